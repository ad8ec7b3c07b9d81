"""Vocabularies for the `voices15` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
Copied from voices14/src_common.py (helpers canon_city, known_city, region, C, T, make_brief unchanged, bound from
../voices_helpers.py); the subtopics, regions and city spellings are new (the twelve audiences are voices14's).
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
    "food.soto":          ("food_culinary", "soups and soto: soto, sop, kaledo, coto and konro, broth-making, soup-stall hunting"),
    "food.teh":           ("food_culinary", "tea: loose-leaf and local estate tea, brewing and tasting, teh tarik and teh talua, tea stalls"),
    "pets.walet":         ("pets", "swiftlet farming: swiftlet houses (rumah walet), calling sounds, humidity, harvesting and sorting nests"),
    "pets.musang":        ("pets", "civets and ferrets as pets: musang pandan and musang bulan, ferrets, taming, cages and feeding"),
    "beauty.bpom":        ("beauty_skincare", "skincare safety: BPOM registration checks, mercury and steroid creams, illegal racikan creams, overclaims"),
    "beauty.bulu":        ("beauty_skincare", "hair removal: waxing, sugaring, shaving, depilatory creams, home IPL, ingrown hairs"),
    "par.ppdb":           ("parenting", "choosing a school: PPDB/SPMB admissions, zonasi, public vs private schools, school tours, first-grade readiness"),
    "par.aman":           ("parenting", "child safety and protection: body safety, good and bad touch, online grooming, bullying, how children report"),
    "fit.diabetes":       ("fitness_health", "living with diabetes: blood sugar checks, glucometers, HbA1c, diet and insulin for diabetics"),
    "fit.tensi":          ("fitness_health", "blood pressure and heart health: hypertension, home BP monitors, low-salt diet, stroke warning signs"),
    "fin.sbn":            ("personal_finance", "government bonds and safe savings: SBN ritel (ORI, SBR, sukuk ritel), deposits, coupons after tax"),
    "fin.reksadana":      ("personal_finance", "mutual funds: reksadana, robo-advisors and investment apps, fund fact sheets, investing small amounts"),
    "tech.rakitpc":       ("tech_gadgets", "building PCs: choosing parts, assembling, upgrades, budget and gaming builds, cable management"),
    "tech.tablet":        ("tech_gadgets", "drawing tablets: pen tablets, pen displays, iPads for drawing, styluses, digital-art gear"),
    "edu.skripsi":        ("education_study", "academic and research writing: skripsi and thesis, classroom action research (PTK), journals, reference managers"),
    "edu.sains":          ("education_study", "popular science: science experiments at home, explainers of physics, chemistry and biology for kids and teens"),
    "out.trail":          ("outdoor_adventure", "dirt-bike trail and enduro riding: off-road tracks, motocross and grasstrack, trail tours"),
    "out.spearfishing":   ("outdoor_adventure", "spearfishing and freediving: spearguns, breath-hold, selective spearfishing, line diving"),
    "travel.visa":        ("travel", "visas and travel documents: tourist and work visas, KITAS, passports, working-holiday visas, immigration"),
    "auto.surat":         ("automotive", "vehicle paperwork: STNK, BPKB, balik nama, vehicle tax and Samsat, driving licences (SIM), tickets"),
    "home.ac":            ("home_diy", "air conditioners at home: cleaning and servicing AC, freon, choosing inverter AC, fans, electricity use"),
    "sust.bambu":         ("sustainable_living", "bamboo: bamboo building and treatment, bamboo furniture and crafts, bamboo instead of plastic"),
    "coffee.cupping":     ("coffee", "coffee cupping and sensory evaluation: cupping forms and scores, Q-grading, calibration, comparing processes"),
    "music.hadroh":       ("music", "hadroh, rebana and sholawat groups: banjari, terbang, rebana playing, sholawat performances, making the drums"),
    "game.minecraft":     ("gaming", "Minecraft and Roblox: building, survival, redstone, servers, family-friendly sandbox gaming"),
    "street.akik":        ("streetwear_fashion", "gemstone rings and men's silver jewellery: batu akik, bacan, silver 925 rings, styling"),
    "modest.bigsize":     ("modest_fashion", "plus-size modest fashion: big-size gamis, tunics and hijab, sizing honestly, plus-size try-ons"),
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
    "JABODETABEK": ["Jakarta", "Bogor", "Depok", "Tangerang", "Bekasi"],
    "JABAR": ["Bandung", "Bogor", "Depok", "Bekasi"],
    "MURIA_RAYA": ["Kudus", "Jepara", "Pati"],
    "JATENG_LAIN": ["Semarang", "Surakarta", "Purwokerto", "Magelang"],
    "DIY": ["Yogyakarta"],
    "JATIM": ["Surabaya", "Malang"],
    "BALI": ["Denpasar"],
    "LOMBOK": ["Mataram"],
    "SUMBAWA": ["Sumbawa Besar", "Bima", "Dompu"],
    "SULTENG": ["Palu", "Donggala", "Poso", "Luwuk"],
    "SULAWESI_LAIN": ["Makassar", "Manado", "Kendari"],
    "JAMBI": ["Jambi", "Kuala Tungkal", "Muara Bungo", "Sungai Penuh"],
    "SUMATRA_LAIN": ["Medan", "Padang", "Pekanbaru", "Palembang"],
    "KALIMANTAN": ["Pontianak", "Balikpapan"],
    "TIMUR": ["Kupang", "Ambon"],
    "ABROAD": ["Den Haag", "Hong Kong", "Melbourne"],
}
# Muria Raya (the old Karesidenan Pati): Kudus, Jepara, Pati. Jawa Tengah = Muria Raya + the other Central Java cities.
REGIONS["JATENG"] = REGIONS["MURIA_RAYA"] + REGIONS["JATENG_LAIN"]
# Nusa Tenggara Barat = Lombok (Mataram) + Sumbawa island (Sumbawa Besar, Bima, Dompu).
REGIONS["NTB"] = REGIONS["LOMBOK"] + REGIONS["SUMBAWA"]
# Sulawesi (any province): Sulawesi Tengah plus the other provinces' cities in the pool.
REGIONS["SULAWESI"] = REGIONS["SULTENG"] + REGIONS["SULAWESI_LAIN"]
# Sumatra: Jambi province plus the other Sumatran cities in the pool.
REGIONS["SUMATRA"] = REGIONS["JAMBI"] + REGIONS["SUMATRA_LAIN"]
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG"] + REGIONS["DIY"]
                  + REGIONS["JATIM"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Den Haag": "NL", "Hong Kong": "HK", "Melbourne": "AU"}

# How creators write places -> canonical city (matched case-insensitively). A creator record keeps the
# written form; grading maps it through this table. Canonical names map to themselves.
# Sulteng: Luwuk is the seat of Banggai. Jambi: "Tungkal" / "K. Tungkal" is Kuala Tungkal (Tanjung Jabung Barat,
# "Tanjabbar"); "Bungo" is Muara Bungo; Sungai Penuh is a city of its own inside the Kerinci highlands. NTB:
# "Sumbawa" written alone by someone from there means the town Sumbawa Besar. Jateng: "Solo" is Surakarta; "Kds"
# Kudus. "Den Haag" = The Hague (NL); "Melbourne, VIC" is Melbourne, Victoria (AU).
CITY_ALIASES = {
    "jkt": "Jakarta", "jaksel": "Jakarta", "jaktim": "Jakarta", "jakbar": "Jakarta", "jakut": "Jakarta",
    "bgr": "Bogor", "dpk": "Depok", "tangerang, banten": "Tangerang", "bks": "Bekasi", "bekasi, jabar": "Bekasi",
    "bdg": "Bandung", "bandung, jabar": "Bandung",
    "kds": "Kudus", "kudus, jateng": "Kudus", "jepara, jateng": "Jepara", "pati, jateng": "Pati",
    "smg": "Semarang", "kota semarang": "Semarang", "solo": "Surakarta", "pwt": "Purwokerto", "mgl": "Magelang",
    "jogja": "Yogyakarta", "yogya": "Yogyakarta", "yk": "Yogyakarta",
    "sby": "Surabaya", "mlg": "Malang",
    "dps": "Denpasar", "denpasar, bali": "Denpasar",
    "mtr": "Mataram", "mataram, lombok": "Mataram",
    "sumbawa": "Sumbawa Besar", "sumbawa besar, ntb": "Sumbawa Besar", "kota bima": "Bima", "dompu, ntb": "Dompu",
    "kota palu": "Palu", "palu, sulteng": "Palu", "donggala, sulteng": "Donggala", "poso, sulteng": "Poso",
    "luwuk, banggai": "Luwuk", "mks": "Makassar", "mdo": "Manado", "kdi": "Kendari",
    "kota jambi": "Jambi", "tungkal": "Kuala Tungkal", "k. tungkal": "Kuala Tungkal",
    "kuala tungkal, tanjabbar": "Kuala Tungkal", "bungo": "Muara Bungo", "muara bungo, jambi": "Muara Bungo",
    "sungai penuh, kerinci": "Sungai Penuh",
    "mdn": "Medan", "pdg": "Padang", "pku": "Pekanbaru", "plg": "Palembang",
    "ptk": "Pontianak", "bpp": "Balikpapan",
    "kpg": "Kupang", "kupang, ntt": "Kupang", "ambon, maluku": "Ambon",
    "the hague": "Den Haag", "hk": "Hong Kong", "melbourne, vic": "Melbourne",
}
_CANON = {c.lower(): c for c in ALL_CITIES}


# The helpers canon_city, known_city, region, C, T and make_brief, bound to the vocabularies above.
# Written once for voices4..voices15 in ../voices_helpers.py.
bind(globals())
