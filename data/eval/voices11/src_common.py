"""Vocabularies for the `voices11` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
Copied from voices10/src_common.py (helpers canon_city, known_city, region, C, T, make_brief unchanged, bound from
../voices_helpers.py); the subtopics, audiences, regions and city spellings are new.
"""

import os
import sys

_EVAL = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # data/eval, for voices_helpers
if _EVAL not in sys.path:
    sys.path.append(_EVAL)
from voices_helpers import bind  # noqa: E402

NICHES = ["beauty_skincare", "sustainable_living", "food_culinary", "parenting", "fitness_health", "travel",
          "modest_fashion", "streetwear_fashion", "tech_gadgets", "gaming", "personal_finance", "education_study",
          "pets", "home_diy", "automotive", "coffee", "music", "outdoor_adventure"]

# subtopic -> (contract niche it lives in, meaning). Pairs inside one niche compete on purpose.
SUBTOPICS = {
    "food.sagu":        ("food_culinary", "sago and eastern staples: papeda, sinonggi, kasoami, sagu lempeng, cassava and sago cooking"),
    "food.fermentasi":  ("food_culinary", "home fermentation: tempe, tape, tempoyak, brem, kombucha, ragi and starter cultures"),
    "pets.vet":         ("pets", "animal health: vets and paramedics on vaccines, deworming, first aid, sick pets and livestock"),
    "pets.kambing":     ("pets", "keeping goats and sheep: kambing etawa, domba, feed, pens, qurban animals, goat contests"),
    "beauty.sunscreen": ("beauty_skincare", "sun protection: sunscreen reviews, SPF/PA, reapplying, sunscreen for outdoor workers"),
    "beauty.sensitif":  ("beauty_skincare", "sensitive and reactive skin: skin barrier, redness, eczema-prone skin, fragrance-free routines"),
    "par.tidur":        ("parenting", "baby and toddler sleep: nap schedules, sleep training, swaddles, night waking"),
    "par.bilingual":    ("parenting", "raising bilingual children: English at home, first words, language play for small kids"),
    "fit.voli":         ("fitness_health", "volleyball: village tournaments, school and office teams, spikes and drills, beach volley"),
    "fit.panahan":      ("fitness_health", "archery: target archery, horse-bow, traditional bows, archery for children"),
    "fin.nikah":        ("personal_finance", "money for getting married: saving for a wedding, uang panai, mahar, seserahan, wedding budgets"),
    "fin.remit":        ("personal_finance", "sending money home and managing money while working away: remittance, exchange rates, migrant savings"),
    "tech.3d":          ("tech_gadgets", "3D printing and maker electronics: 3D printers, filament, Arduino, DIY gadgets"),
    "tech.tv":          ("tech_gadgets", "TV at home: digital TV set-top boxes, antennas, Android/smart TVs, casting"),
    "edu.sejarah":      ("education_study", "history: Indonesian and local history, sultanates, museums, history explained for students"),
    "edu.menulis":      ("education_study", "writing: creative writing, essays, short stories, writing novels, writing contests"),
    "out.goa":          ("outdoor_adventure", "caving: cave exploration, cave diving in sinkholes, karst, caving gear"),
    "out.paralayang":   ("outdoor_adventure", "paragliding and free flight: tandem flights, licences, flying sites"),
    "travel.pelni":     ("travel", "long-distance ship and ferry travel: Pelni ships, ASDP ferries, speedboats between islands"),
    "auto.caraudio":    ("automotive", "car audio and cabin: head units, speakers, subwoofers, sound damping, car interior"),
    "home.sablon":      ("home_diy", "DIY screen printing and heat press: sablon manual, DTF, printing t-shirts and totes at home"),
    "sust.surya":       ("sustainable_living", "solar power at home: rooftop panels, off-grid batteries, solar lamps and pumps"),
    "coffee.roasting":  ("coffee", "roasting coffee at home: green beans, pan and small drum roasters, roast profiles"),
    "music.drum":       ("music", "drumming: drum covers, lessons, practice pads, drum kits and cymbals"),
    "game.catur":       ("gaming", "chess: online chess, tactics, openings, local tournaments and chess clubs"),
    "street.tas":       ("streetwear_fashion", "bags: sling bags, backpacks, tote bags, local bag brands"),
    "modest.kebaya":    ("modest_fashion", "modest kebaya: kebaya muslimah for akad, wisuda and kondangan, hijab-friendly kebaya"),
}

AUDIENCES = {
    "ibu_muda":        "young mothers of babies and small children",
    "mahasiswa":       "university students, often living in kos",
    "pelajar_sma":     "high-school students (SMA/SMK/MA)",
    "karyawan":        "office workers and young professionals",
    "pelaku_umkm":     "small-business owners, stall keepers and home sellers",
    "petani":          "farmers, breeders and rural families",
    "nelayan":         "fishers and coastal families",
    "perantau":        "people living away from their home region (rantau), in Indonesia or abroad",
    "lansia":          "older people (55+) and retirees",
    "calon_pengantin": "engaged couples planning a wedding",
    "pekerja_migran":  "Indonesian migrant workers abroad and their families",
    "turis_asing":     "foreign tourists and travellers planning a trip to Indonesia",
}

REGIONS = {
    "JABODETABEK": ["Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"],
    "JABAR": ["Bandung", "Cimahi", "Bogor", "Depok", "Bekasi", "Tasikmalaya"],
    "JATENG": ["Semarang", "Solo", "Wonosobo"],
    "DIY": ["Yogyakarta", "Sleman"],
    "MADIUN_RAYA": ["Madiun", "Ponorogo", "Magetan", "Ngawi"],
    "JATIM": ["Surabaya", "Malang", "Kediri", "Madiun", "Ponorogo", "Magetan", "Ngawi"],
    "BALI": ["Denpasar", "Badung"],
    "BENGKULU": ["Bengkulu", "Curup", "Mukomuko"],
    "SUMSEL": ["Palembang", "Lubuklinggau"],
    "SUMATRA_LAIN": ["Medan", "Pekanbaru", "Padang", "Jambi", "Bandar Lampung", "Banda Aceh"],
    "SULTRA": ["Kendari", "Baubau", "Kolaka", "Wakatobi"],
    "SULAWESI_LAIN": ["Makassar", "Manado", "Palu"],
    "MALUT": ["Ternate", "Tidore", "Tobelo"],
    "MALUKU": ["Ambon", "Tual"],
    "PAPUA": ["Jayapura", "Sorong"],
    "NUSA_TENGGARA": ["Kupang", "Mataram", "Labuan Bajo"],
    "KALIMANTAN": ["Balikpapan", "Samarinda", "Tarakan"],
    "ABROAD": ["Kuala Lumpur", "Hong Kong", "Taipei", "Osaka"],
}
REGIONS["SUMATERA"] = REGIONS["BENGKULU"] + REGIONS["SUMSEL"] + REGIONS["SUMATRA_LAIN"]
REGIONS["MALUKU_ALL"] = REGIONS["MALUT"] + REGIONS["MALUKU"]
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG"] + REGIONS["DIY"]
                  + REGIONS["JATIM"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Kuala Lumpur": "MY", "Hong Kong": "HK", "Taipei": "TW", "Osaka": "JP"}

# How creators write places -> canonical city (matched case-insensitively). A creator record keeps the
# written form; grading maps it through this table. Canonical names map to themselves.
# Sulawesi Tenggara: "Kdi" is Kendari, "Bau-Bau"/"Buton" is Baubau. Madiun area ("Madiun Raya"): "Mdn" is NOT
# Madiun (it is Medan); people write "Madiun kota", "Ponorogo, Jatim", "Reog city". Bengkulu: "Bkl" and "Bengkulu
# kota"; Curup is the town of Rejang Lebong. Maluku Utara: "Tte" is Ternate; Tidore is its own city; Tobelo is in
# Halmahera Utara. Ambon and Tual are Maluku (province), not Maluku Utara.
CITY_ALIASES = {
    "jkt": "Jakarta", "jaksel": "Jakarta", "jakbar": "Jakarta", "tangsel": "Tangerang Selatan", "tng": "Tangerang",
    "bks": "Bekasi", "bgr": "Bogor", "dpk": "Depok", "bdg": "Bandung", "tasik": "Tasikmalaya",
    "smg": "Semarang", "solo raya": "Solo", "jogja": "Yogyakarta", "yk": "Yogyakarta", "sby": "Surabaya",
    "mlg": "Malang", "kdr": "Kediri", "madiun kota": "Madiun", "kota madiun": "Madiun", "ponorogo, jatim": "Ponorogo",
    "po": "Ponorogo", "magetan, jatim": "Magetan", "ngawi ramah": "Ngawi",
    "dps": "Denpasar", "canggu": "Badung",
    "bkl": "Bengkulu", "bengkulu kota": "Bengkulu", "rejang lebong": "Curup", "plg": "Palembang", "linggau": "Lubuklinggau",
    "mdn": "Medan", "pku": "Pekanbaru", "pdg": "Padang", "lampung": "Bandar Lampung", "bna": "Banda Aceh",
    "kdi": "Kendari", "kendari, sultra": "Kendari", "bau-bau": "Baubau", "buton": "Baubau", "kolaka, sultra": "Kolaka",
    "wanci": "Wakatobi", "mks": "Makassar", "mdo": "Manado",
    "tte": "Ternate", "ternate, malut": "Ternate", "tidore kepulauan": "Tidore", "halut": "Tobelo",
    "ambon manise": "Ambon", "jpr": "Jayapura", "soq": "Sorong", "kpg": "Kupang", "mtr": "Mataram", "labuanbajo": "Labuan Bajo",
    "bpp": "Balikpapan", "smd": "Samarinda", "trk": "Tarakan",
    "kl": "Kuala Lumpur", "hk": "Hong Kong", "taipei, taiwan": "Taipei", "osaka, jepang": "Osaka",
}
_CANON = {c.lower(): c for c in ALL_CITIES}


# The helpers canon_city, known_city, region, C, T and make_brief, bound to the vocabularies above.
# Written once for voices4..voices11 in ../voices_helpers.py.
bind(globals())
