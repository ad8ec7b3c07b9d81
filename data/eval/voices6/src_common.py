"""Vocabularies for the `voices6` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
Copied from voices5/src_common.py (helpers C, T, make_brief unchanged); the subtopics, audiences, regions and
city spellings are new.
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
    "pets.aquascape":     ("pets", "aquascaping and planted tanks: nano tanks, aquatic plants, hardscape, CO2, lighting"),
    "pets.kelinci":       ("pets", "rabbits (and small pets kept with them): care, breeds, rescue, rabbit farming"),
    "food.vegan":         ("food_culinary", "plant-based / vegan cooking: tempe and tofu recipes, vegan swaps, plant protein"),
    "food.jajanan":       ("food_culinary", "street-food hunting: warung, kaki lima, night markets, cheap eats reviews"),
    "beauty.halal":       ("beauty_skincare", "halal cosmetics and makeup for hijabi women: halal-certified, wudhu-friendly makeup"),
    "beauty.rambut":      ("beauty_skincare", "hair care: hair fall, scalp care, curly hair, colouring, hair under the hijab"),
    "par.balita":         ("parenting", "toddler activities: sensory play, Montessori at home, crafts and play ideas for 1-5 year olds"),
    "par.ayah":           ("parenting", "dad life: fathers raising kids, stay-at-home dads, fatherhood stories"),
    "fit.yoga":           ("fitness_health", "yoga and pilates: mat and reformer pilates, yoga flows, mobility, chair yoga"),
    "fit.beladiri":       ("fitness_health", "martial arts and combat sports: pencak silat, muay thai, BJJ, boxing"),
    "fin.asuransi":       ("personal_finance", "insurance literacy: health and life insurance, claims, policies explained"),
    "fin.hemat":          ("personal_finance", "frugal budgeting: envelope budgets, saving on a small salary, anti get-rich-quick/crypto hype"),
    "auto.klasik":        ("automotive", "classic cars: restoring and driving old cars (VW, Mercedes, old jeeps), parts hunting"),
    "auto.servismotor":   ("automotive", "motorbike maintenance: servicing your own motorbike, oil, CVT, tune-ups"),
    "home.sewa":          ("home_diy", "making over a small rented home: kos rooms, studio apartments, renter-friendly decor"),
    "home.kebun":         ("home_diy", "home gardening: balcony and yard gardens, chillies in pots, compost, permaculture"),
    "travel.solo":        ("travel", "budget solo travel by women: backpacking alone, safety, cheap routes"),
    "travel.staycation":  ("travel", "luxury staycations: hotel and villa reviews, suites, loyalty points, weekend stays"),
    "tech.smarthome":     ("tech_gadgets", "smart home: smart plugs and lights, CCTV, home automation, IoT at home"),
    "tech.kamera":        ("tech_gadgets", "action cameras and drones: GoPro-style cams, underwater housings, FPV, aerial footage"),
    "game.cozy":          ("gaming", "cozy games: farming/life sims, Stardew-like PC games, pastel desk setups"),
    "music.gitar":        ("music", "guitar: acoustic covers, fingerstyle, chord lessons, old guitars"),
    "edu.coding":         ("education_study", "coding for kids: Scratch, robotics, teaching children programming"),
    "coffee.espresso":    ("coffee", "home espresso: machines, grinders, puck prep, milk steaming at home"),
    "sust.refill":        ("sustainable_living", "refill and zero waste: refill stations, bringing your own containers, less plastic"),
    "street.thrift":      ("streetwear_fashion", "thrift and vintage streetwear: thrift hauls, vintage tees, reselling pre-loved clothes"),
    "out.surf":           ("outdoor_adventure", "surfing: surf spots, learning to surf, surf trips, boards"),
}

AUDIENCES = {
    "ibu_muda":          "young mothers with small children",
    "mahasiswa":         "university students, anak kos",
    "pelajar":           "school students (SMP/SMA), teenagers",
    "pekerja_kantoran":  "office workers and young professionals (karyawan, 9-to-5)",
    "lansia":            "older people and retirees (55+)",
    "ekspat":            "foreigners living in Indonesia (expats, bule residents)",
    "digital_nomad":     "remote workers and digital nomads",
    "hijaber":           "hijab-wearing women, muslimah communities",
    "komuter":           "daily commuters, mostly by motorbike",
    "pelaku_umkm":       "small-business owners and resellers",
    "diaspora":          "Indonesians living abroad (students and workers overseas)",
    "pecinta_alam":      "outdoor people: surfers, divers, hikers",
}

REGIONS = {
    "JABODETABEK": ["Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"],
    "JABAR": ["Bandung", "Cimahi", "Bogor", "Depok", "Bekasi", "Sukabumi", "Cirebon"],
    "JATENG": ["Semarang", "Solo", "Purwokerto", "Magelang", "Salatiga"],
    "DIY": ["Yogyakarta"],
    "JATIM": ["Surabaya", "Sidoarjo", "Malang", "Gresik", "Kediri", "Banyuwangi"],
    "BALI": ["Denpasar", "Badung", "Gianyar", "Tabanan", "Buleleng"],
    "SUMATRA": ["Medan", "Padang", "Pekanbaru", "Batam", "Palembang"],
    "KALIMANTAN": ["Balikpapan", "Pontianak"],
    "SULAWESI": ["Makassar", "Manado"],
    "NUSA_TENGGARA": ["Mataram", "Labuan Bajo", "Kupang"],
    "ABROAD": ["Singapore", "Kuala Lumpur", "Tokyo", "Melbourne", "Perth"],
}
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG"] + REGIONS["DIY"]
                  + REGIONS["JATIM"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Singapore": "SG", "Kuala Lumpur": "MY", "Tokyo": "JP", "Melbourne": "AU", "Perth": "AU"}

# How creators write places -> canonical city (matched case-insensitively). A creator record keeps the
# written form; grading maps it through this table. Canonical names map to themselves.
# Bali: Canggu, Seminyak, Kuta, Uluwatu and Pererenan are in Badung; Ubud and Keramas in Gianyar; Sanur in Denpasar.
CITY_ALIASES = {
    "jkt": "Jakarta", "jaksel": "Jakarta", "jakpus": "Jakarta", "jakbar": "Jakarta", "jaktim": "Jakarta",
    "jakut": "Jakarta", "south jakarta": "Jakarta", "jakarta, indonesia": "Jakarta", "dki jakarta": "Jakarta",
    "bekasi kota": "Bekasi", "bks": "Bekasi", "dpk": "Depok", "depok, jabar": "Depok",
    "tangsel": "Tangerang Selatan", "bsd city": "Tangerang Selatan", "bintaro": "Tangerang Selatan",
    "tng": "Tangerang", "kab. bogor": "Bogor",
    "bdg": "Bandung", "bandung, jawa barat": "Bandung", "kota kembang": "Bandung", "smi": "Sukabumi",
    "smg": "Semarang", "surakarta": "Solo", "solo raya": "Solo", "pwt": "Purwokerto", "mgl": "Magelang",
    "jogja": "Yogyakarta", "jogjakarta": "Yogyakarta", "yogya": "Yogyakarta", "djogja": "Yogyakarta",
    "sby": "Surabaya", "surabaya, jatim": "Surabaya", "sda": "Sidoarjo", "mlg": "Malang", "malang raya": "Malang",
    "gsk": "Gresik", "bwi": "Banyuwangi",
    "dps": "Denpasar", "denpasar, bali": "Denpasar", "sanur": "Denpasar", "canggu": "Badung",
    "canggu, bali": "Badung", "seminyak": "Badung", "kuta": "Badung", "uluwatu": "Badung", "pererenan": "Badung",
    "ubud": "Gianyar", "ubud, bali": "Gianyar", "keramas": "Gianyar", "singaraja": "Buleleng",
    "mdn": "Medan", "pku": "Pekanbaru", "btm": "Batam", "plg": "Palembang",
    "bpn": "Balikpapan", "ptk": "Pontianak", "mks": "Makassar", "mdo": "Manado",
    "mataram, lombok": "Mataram", "labuanbajo": "Labuan Bajo",
    "sg": "Singapore", "singapura": "Singapore", "kl": "Kuala Lumpur", "tokyo, japan": "Tokyo",
    "melb": "Melbourne", "melbourne, vic": "Melbourne", "perth, wa": "Perth",
}
_CANON = {c.lower(): c for c in ALL_CITIES}


# The helpers canon_city, known_city, region, C, T and make_brief, bound to the vocabularies above.
# Written once for voices4..voices8 in ../voices_helpers.py.
bind(globals())
