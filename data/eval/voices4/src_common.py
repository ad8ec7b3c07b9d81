"""Vocabularies for the `voices4` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
Adapted (copied, not linked) from voices/src_common.py; the subtopics, audiences and places are new.
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
    "pets.ikanhias":   ("pets", "ornamental fish: betta (cupang), guppy, koi, arowana, aquascape"),
    "pets.kucing":     ("pets", "cats: rescue, cat food, grooming, everyday life with cats"),
    "food.kuebasah":   ("food_culinary", "traditional cakes / jajanan pasar: klepon, lapis, talam, laklak, kuih"),
    "food.katering":   ("food_culinary", "healthy catering and meal prep: calorie-counted boxes, office lunches"),
    "auto.touring":    ("automotive", "motorbike touring: long-distance rides, riding gear, touring clubs"),
    "auto.detailing":  ("automotive", "car detailing and car care: washing, polishing, coating"),
    "beauty.jerawat":  ("beauty_skincare", "acne care: breakouts, acne scars, acne patches, routines for acne"),
    "beauty.kuku":     ("beauty_skincare", "nail art: press-on nails, gel polish, nail salons"),
    "par.homeschool":  ("parenting", "homeschooling families: teaching kids at home, curricula"),
    "par.abk":         ("parenting", "special-needs children: autism, Down syndrome, speech delay, therapy"),
    "fit.lari":        ("fitness_health", "running: 5K to marathon training, running clubs, trail running"),
    "fit.yoga":        ("fitness_health", "yoga and pilates: mats, stretching, meditation, gentle practice"),
    "fin.utang":       ("personal_finance", "debt management: paying off pinjol, paylater, credit cards, instalments"),
    "fin.emas":        ("personal_finance", "gold and saving for workers: gold savings, small regular savings"),
    "out.diving":      ("outdoor_adventure", "scuba diving and freediving: dive spots, underwater content"),
    "edu.sd":          ("education_study", "primary-school learning: calistung, maths, homework help, SD teachers"),
    "music.indie":     ("music", "indie bands and home recording: gigs, bedroom producers, songwriting"),
    "music.gamelan":   ("music", "traditional music: gamelan, karawitan, angklung, rindik, sasando"),
    "home.rapi":       ("home_diy", "small-space organising and decluttering: tidy small homes, storage"),
    "home.tanaman":    ("home_diy", "ornamental houseplants: monstera, aglonema, orchids, pots, plant care"),
    "tech.hpfoto":     ("tech_gadgets", "smartphone photography and videography: angles, lenses, mobile editing"),
    "game.mobile":     ("gaming", "mobile esports: Mobile Legends, Free Fire, PUBG Mobile, ranked play"),
    "travel.timur":    ("travel", "backpacking Eastern Indonesia: Flores, Maluku, Papua, Sulawesi"),
    "travel.halal":    ("travel", "halal travel abroad for Muslim families: umrah plus, Japan/Korea/Turkey trips"),
    "street.thrift":   ("streetwear_fashion", "thrift and preloved clothing: bal/karungan, OOTD from thrift"),
    "coffee.seduh":    ("coffee", "home brewing: manual brew, beans, grinders, drippers"),
    "sust.zerowaste":  ("sustainable_living", "zero waste: refill stores, soap bars, compost, less plastic"),
}

AUDIENCES = {
    "ibu_rumah_tangga": "mothers at home, ibu-ibu",
    "orang_tua_muda":   "young parents",
    "mahasiswa":        "university students, anak kos",
    "remaja":           "teenagers (SMP/SMA)",
    "pekerja_kantoran": "office workers, young professionals, factory/wage workers",
    "pengemudi_ojol":   "ride-hailing / delivery riders",
    "petani":           "farmers and growers",
    "pensiunan":        "retirees, older people",
    "pelaku_umkm":      "small-business owners and people looking for a side business",
    "keluarga_muslim":  "Muslim families, hijabi women",
    "perantau":         "people living away from home: perantau, migrant workers (PMI/TKI) abroad",
    "guru":             "teachers",
}

REGIONS = {
    "JABODETABEK": ["Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"],
    "JABAR": ["Bandung", "Cimahi", "Bogor", "Depok", "Bekasi"],
    "JATENG": ["Semarang", "Solo", "Magelang"],
    "DIY": ["Yogyakarta"],
    "JATIM": ["Surabaya", "Sidoarjo", "Malang", "Kediri"],
    "BALI": ["Denpasar", "Badung", "Gianyar"],
    "SUMATRA": ["Medan", "Padang", "Pekanbaru", "Palembang"],
    "KALIMANTAN": ["Pontianak", "Balikpapan"],
    "SULAWESI": ["Makassar", "Manado", "Kendari"],
    "NUSA_TENGGARA": ["Mataram", "Kupang", "Labuan Bajo"],
    "MALUKU_PAPUA": ["Ambon", "Jayapura"],
    "ABROAD": ["Kuala Lumpur", "Singapore", "Hong Kong", "Taipei"],
}
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG"] + REGIONS["DIY"]
                  + REGIONS["JATIM"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Kuala Lumpur": "MY", "Singapore": "SG", "Hong Kong": "HK", "Taipei": "TW"}

# How creators write places -> canonical city (matched case-insensitively). A creator record keeps the
# written form; grading maps it through this table. Canonical names map to themselves.
CITY_ALIASES = {
    "sby": "Surabaya", "surabaya, jawa timur": "Surabaya", "surbaya": "Surabaya",
    "sda": "Sidoarjo", "mlg": "Malang",
    "jkt": "Jakarta", "dki jakarta": "Jakarta", "jakarta selatan": "Jakarta", "jaksel": "Jakarta",
    "jakarta timur": "Jakarta", "jakarta pusat": "Jakarta", "jakarta utara": "Jakarta", "jakarta barat": "Jakarta",
    "tangsel": "Tangerang Selatan",
    "bdg": "Bandung", "bandung, jawa barat": "Bandung",
    "jogja": "Yogyakarta", "jogjakarta": "Yogyakarta", "sleman, yogyakarta": "Yogyakarta",
    "smg": "Semarang", "surakarta": "Solo",
    "dps": "Denpasar", "canggu, bali": "Badung", "ubud, bali": "Gianyar",
    "mdn": "Medan", "pdg": "Padang", "pku": "Pekanbaru", "plg": "Palembang",
    "mks": "Makassar", "makassar, sulsel": "Makassar",
    "kl": "Kuala Lumpur", "sg": "Singapore",
}
_CANON = {c.lower(): c for c in ALL_CITIES}


# The helpers canon_city, known_city, region, C, T and make_brief, bound to the vocabularies above.
# Written once for voices4..voices8 in ../voices_helpers.py.
bind(globals())
