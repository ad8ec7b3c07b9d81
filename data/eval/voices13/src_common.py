"""Vocabularies for the `voices13` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
Copied from voices12/src_common.py (helpers canon_city, known_city, region, C, T, make_brief unchanged, bound from
../voices_helpers.py); the subtopics, regions and city spellings are new (the twelve audiences are voices12's).
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
    "food.daging":        ("food_culinary", "meat and butchery: qurban slaughter and dividing the meat, beef and goat cuts, deboning, storing and mincing meat, butchers"),
    "food.buah":          ("food_culinary", "fruit: rujak and fruit salads, cutting and selling fruit, seasonal fruit, picking ripe fruit, fruit farms and fruit hunting"),
    "pets.lele":          ("pets", "fish farming: catfish (lele) and tilapia (nila) in tarpaulin ponds, buckets (budikdamber), biofloc, floating cages, fry"),
    "pets.pakan":         ("pets", "pet food and nutrition: home-made cat and dog food, raw feeding, treats, reviewing kibble"),
    "beauty.softlens":    ("beauty_skincare", "contact lenses and eye make-up: coloured and minus softlens, lens care, eyeliner, mascara"),
    "beauty.flek":        ("beauty_skincare", "dark spots and scars: flek, melasma, acne scars, stretch marks, hyperpigmentation treatments"),
    "par.daycare":        ("parenting", "childcare: daycare, babysitters and nannies, choosing a carer, working parents leaving children in care"),
    "par.gawai":          ("parenting", "children and screens: screen time, gadget rules at home, kids' apps, parental controls, online safety for children"),
    "fit.tenis":          ("fitness_health", "lawn tennis and padel: strokes, rackets and strings, clubs and tournaments"),
    "fit.takraw":         ("fitness_health", "sepak takraw: smashes, serves, school and kampung tournaments, rattan and synthetic balls"),
    "fin.kos":            ("personal_finance", "rental property: kos-kosan and kontrakan as a business, being a landlord, rental cash flow"),
    "fin.kripto":         ("personal_finance", "crypto and digital assets: bitcoin, wallets, exchanges, crypto tax, avoiding crypto scams"),
    "tech.radio":         ("tech_gadgets", "amateur and two-way radio: HT, rigs, antennas, ORARI/RAPI, marine radio, emergency communication"),
    "tech.charger":       ("tech_gadgets", "charging gear: power banks, chargers, USB cables, battery capacity tests"),
    "edu.isyarat":        ("education_study", "sign language and Deaf culture: BISINDO, SIBI, learning to sign, teman Tuli"),
    "edu.excel":          ("education_study", "office software skills: Excel, Google Sheets, Word, formulas, pivot tables, typing"),
    "out.bintang":        ("outdoor_adventure", "stargazing and astronomy: telescopes, astrophotography, meteor showers, eclipses, rukyatul hilal"),
    "out.airsoft":        ("outdoor_adventure", "airsoft and paintball: fields, milsim, replicas and gear, team games"),
    "travel.terbang":     ("travel", "flying: cheap tickets, airlines, airports and transit, lounges, miles"),
    "auto.vespa":         ("automotive", "Vespa and classic scooters: restoration, 2-stroke engines, scooter clubs and touring"),
    "home.sabun":         ("home_diy", "soap and candle making at home: cold-process soap, lye, soy-wax candles, fragrance"),
    "sust.jelantah":      ("sustainable_living", "used cooking oil: collecting jelantah, jelantah banks, recycling it into biodiesel, not pouring it away"),
    "coffee.tubruk":      ("coffee", "traditional coffee: kopi tubruk, kopi saring, old coffee houses and warkop, spiced coffee"),
    "music.biola":        ("music", "violin and bowed strings: violin and cello playing, covers, Malay and church violin, lessons"),
    "game.bussid":        ("gaming", "driving simulators: Bus Simulator Indonesia (BUSSID), truck simulators, liveries and mods"),
    "street.kacamata":    ("streetwear_fashion", "sunglasses and eyewear as fashion: frames, try-ons, styling shades"),
    "modest.sarimbit":    ("modest_fashion", "family matching Lebaran outfits: sarimbit, couple gamis and koko, family uniforms"),
}

AUDIENCES = {
    "ibu_muda":       "young mothers of babies and small children",
    "mahasiswa":      "university students, often living in kos",
    "pelajar_sma":    "high-school students (SMA/SMK/MA)",
    "karyawan":       "office workers and young professionals",
    "pelaku_umkm":    "small-business owners, market traders, stall keepers and home sellers",
    "petani":         "farmers, fish farmers, gardeners and rural families",
    "nelayan":        "fishers, boat crews, river and coastal families",
    "perantau":       "people living away from their home region (rantau), in Indonesia or abroad",
    "lansia":         "older people (55+), grandparents and retirees",
    "turis_asing":    "foreign tourists and travellers planning a trip to Indonesia",
    "pengemudi_ojol": "ride-hailing and delivery drivers",
    "guru":           "teachers",
}

REGIONS = {
    "JABODETABEK": ["Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"],
    "JABAR": ["Bandung", "Bogor", "Depok", "Bekasi", "Cirebon"],
    "JATENG": ["Semarang", "Solo", "Purwokerto"],
    "DIY": ["Yogyakarta"],
    "JATIM": ["Surabaya", "Sidoarjo", "Malang"],
    "BALI": ["Denpasar"],
    "RIAU": ["Pekanbaru", "Dumai", "Bangkinang", "Siak"],
    "KEPRI": ["Batam", "Tanjung Pinang"],
    "LAMPUNG": ["Bandar Lampung", "Metro", "Kalianda", "Pringsewu"],
    "SUMATRA_LAIN": ["Medan", "Padang", "Palembang", "Jambi"],
    "KALIMANTAN": ["Pontianak", "Samarinda", "Balikpapan", "Banjarmasin"],
    "SULAWESI": ["Makassar", "Manado", "Palu"],
    "NUSA_TENGGARA": ["Kupang", "Mataram"],
    "MALUKU": ["Ambon", "Masohi", "Tual", "Namlea"],
    "PAPUA": ["Sorong", "Jayapura"],
    "ABROAD": ["Singapore", "Johor Bahru", "Kuala Lumpur"],
}
# The island of Sumatra: Riau (mainland), Lampung and the other Sumatran provinces; NOT Kepri (Batam, Tanjung
# Pinang are islands of their own province).
REGIONS["SUMATRA"] = REGIONS["RIAU"] + REGIONS["LAMPUNG"] + REGIONS["SUMATRA_LAIN"]
REGIONS["RIAU_KEPRI"] = REGIONS["RIAU"] + REGIONS["KEPRI"]
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG"] + REGIONS["DIY"]
                  + REGIONS["JATIM"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Singapore": "SG", "Johor Bahru": "MY", "Kuala Lumpur": "MY"}

# How creators write places -> canonical city (matched case-insensitively). A creator record keeps the
# written form; grading maps it through this table. Canonical names map to themselves.
# Maluku: "Ambon Manise"/"Kota Ambon" is Ambon; Masohi (Maluku Tengah), Tual (Maluku Tenggara/Kei) and Namlea
# (Pulau Buru) are other towns of the province. Riau: "Pku" is Pekanbaru; Bangkinang is the seat of Kabupaten
# Kampar ("Bangkinang, Kampar"); Siak is Siak Sri Indrapura. Kepri (a separate province since 2002, NOT Riau):
# "Btm" is Batam, "Tpi"/"Tg Pinang"/"Tanjungpinang" is Tanjung Pinang. Lampung: "Balam" is Bandar Lampung;
# Metro, Kalianda (Lampung Selatan, "Lamsel") and Pringsewu are other towns of the province.
CITY_ALIASES = {
    "jkt": "Jakarta", "jaksel": "Jakarta", "jaktim": "Jakarta", "jakbar": "Jakarta", "jakut": "Jakarta",
    "tangsel": "Tangerang Selatan", "tng": "Tangerang", "bks": "Bekasi", "bgr": "Bogor", "dpk": "Depok",
    "bdg": "Bandung", "smg": "Semarang", "pwt": "Purwokerto", "jogja": "Yogyakarta", "yk": "Yogyakarta",
    "sby": "Surabaya", "sda": "Sidoarjo", "mlg": "Malang", "dps": "Denpasar",
    "pku": "Pekanbaru", "pekanbaru, riau": "Pekanbaru", "dumai, riau": "Dumai", "bangkinang, kampar": "Bangkinang",
    "siak sri indrapura": "Siak", "btm": "Batam", "batam, kepri": "Batam", "tpi": "Tanjung Pinang",
    "tg pinang": "Tanjung Pinang", "tanjungpinang": "Tanjung Pinang",
    "balam": "Bandar Lampung", "b. lampung": "Bandar Lampung", "metro, lampung": "Metro",
    "kalianda, lamsel": "Kalianda",
    "mdn": "Medan", "pdg": "Padang", "plg": "Palembang",
    "ptk": "Pontianak", "smd": "Samarinda", "bpp": "Balikpapan", "bjm": "Banjarmasin",
    "mks": "Makassar", "mdo": "Manado", "kpg": "Kupang",
    "ambon manise": "Ambon", "kota ambon": "Ambon", "masohi, malteng": "Masohi", "tual, malra": "Tual",
    "namlea, buru": "Namlea",
    "sg": "Singapore", "jb": "Johor Bahru", "kl": "Kuala Lumpur",
}
_CANON = {c.lower(): c for c in ALL_CITIES}


# The helpers canon_city, known_city, region, C, T and make_brief, bound to the vocabularies above.
# Written once for voices4..voices13 in ../voices_helpers.py.
bind(globals())
