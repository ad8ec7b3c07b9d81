"""Vocabularies for the `voices5` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
Copied from voices4/src_common.py (helpers C, T, make_brief unchanged); the subtopics, audiences, regions and
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
    "pets.reptil":       ("pets", "reptiles: leopard gecko, iguana, tortoises, snakes, terrariums, UVB lamps"),
    "pets.burung":       ("pets", "songbirds (kicau mania): murai, kacer, lovebird, kenari, bird contests, bird feed"),
    "food.sambal":       ("food_culinary", "home-industry packaged food: bottled sambal, frozen food, keripik, oleh-oleh"),
    "food.roti":         ("food_culinary", "home baking: bread, bolu, sourdough, kue kering, dough and oven basics"),
    "beauty.bodycare":   ("beauty_skincare", "body care: body lotion, body serum, scrubs, deodorant, uneven skin tone"),
    "beauty.grooming":   ("beauty_skincare", "men's grooming: haircuts, pomade/clay, beard care, skincare for men"),
    "par.mpasi":         ("parenting", "baby's first foods (MPASI): purees, textures, feeding schedules, toddler menus"),
    "par.hamil":         ("parenting", "pregnancy and newborns: prenatal care, giving birth, breastfeeding, newborn care"),
    "fit.kalistenik":    ("fitness_health", "calisthenics and bodyweight training: pull-ups, handstands, street workout"),
    "fit.badminton":     ("fitness_health", "badminton: technique, rackets, clubs (PB), matches"),
    "fin.saham":         ("personal_finance", "stock investing for beginners: buying shares, dividends, mutual funds"),
    "fin.umkm":          ("personal_finance", "small-business bookkeeping: cash books, HPP/pricing, tax for UMKM"),
    "auto.ev":           ("automotive", "electric motorbikes: EV reviews, conversions, batteries, charging"),
    "auto.mobilbekas":   ("automotive", "used cars: choosing, inspecting and buying second-hand cars"),
    "home.furnitur":     ("home_diy", "DIY furniture and woodworking: shelves, tables, pallets, finishing wood"),
    "home.dapur":        ("home_diy", "the home kitchen: cooking at home day to day, kitchen tools, pantry, kitchen makeovers"),
    "sust.hidroponik":   ("sustainable_living", "hydroponics and urban farming: growing vegetables in pipes, rooftops"),
    "travel.glamping":   ("travel", "camping and glamping trips: family camping, campsites, tents, cooking outdoors"),
    "travel.religi":     ("travel", "religious travel in Indonesia: ziarah wali, church pilgrimages, mosque trips"),
    "out.mancing":       ("outdoor_adventure", "fishing: sea fishing, jigging, casting, pond fishing contests"),
    "fash.wastra":       ("modest_fashion", "wastra nusantara: batik, tenun, lurik, kebaya, styling traditional cloth"),
    "street.sneakers":   ("streetwear_fashion", "sneakers: collecting, legit checks, cleaning, local sneaker brands"),
    "tech.laptop":       ("tech_gadgets", "laptops: reviews, second-hand/refurbished laptops, repair and upgrades"),
    "game.boardgame":    ("gaming", "board games and tabletop RPGs: reviews, game nights, local board games"),
    "edu.bahasa":        ("education_study", "learning foreign languages: English, Japanese, Korean, Mandarin, German"),
    "coffee.kebun":      ("coffee", "coffee from the farm: growing, harvesting, post-harvest processing, small roasting"),
    "music.kpop":        ("music", "K-pop and K-culture fandom: dance covers, album unboxing, photocards, idols"),
}

AUDIENCES = {
    "ibu_rumah_tangga": "mothers at home, ibu-ibu",
    "ibu_hamil":        "pregnant women and mothers of newborns",
    "mahasiswa":        "university students, anak kos",
    "pelajar":          "school students (SMP/SMA), teenagers",
    "pekerja_pabrik":   "factory and wage workers, buruh, shift workers",
    "petani":           "farmers and growers, including young farmers (petani milenial)",
    "pegawai_negeri":   "civil servants (PNS/ASN), office staff of government agencies",
    "pekerja_migran":   "Indonesian migrant workers abroad (PMI/TKW) and people preparing to go",
    "lansia":           "older people and retirees",
    "jamaah":           "church and mosque communities: jemaat, majelis taklim, remaja masjid, pemuda gereja",
    "pengemudi_ojol":   "ride-hailing / delivery riders",
    "pelaku_umkm":      "small-business owners and people looking for a side business",
    "pecinta_alam":     "hikers, campers, anglers and other outdoor people",
}

REGIONS = {
    "JABODETABEK": ["Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"],
    "JABAR": ["Bandung", "Cimahi", "Bogor", "Depok", "Bekasi", "Garut", "Tasikmalaya", "Cirebon"],
    "JATENG": ["Semarang", "Solo", "Magelang", "Klaten", "Purwokerto", "Kudus", "Jepara"],
    "DIY": ["Yogyakarta"],
    "JATIM": ["Surabaya", "Sidoarjo", "Malang", "Kediri", "Jember"],
    "BALI": ["Denpasar"],
    "SUMATRA": ["Medan", "Palembang", "Bandar Lampung", "Padang"],
    "KALIMANTAN": ["Samarinda", "Banjarmasin"],
    "SULAWESI": ["Manado", "Bitung", "Makassar", "Palu", "Gorontalo", "Kendari"],
    "NUSA_TENGGARA": ["Mataram", "Kupang"],
    "MALUKU_PAPUA": ["Ambon", "Sorong"],
    "ABROAD": ["Hong Kong", "Taipei", "Seoul", "Singapore", "Kuala Lumpur"],
}
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG"] + REGIONS["DIY"]
                  + REGIONS["JATIM"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Hong Kong": "HK", "Taipei": "TW", "Seoul": "KR", "Singapore": "SG", "Kuala Lumpur": "MY"}

# How creators write places -> canonical city (matched case-insensitively). A creator record keeps the
# written form; grading maps it through this table. Canonical names map to themselves.
CITY_ALIASES = {
    "jkt": "Jakarta", "jaksel": "Jakarta", "jakbar": "Jakarta", "jaktim": "Jakarta", "jakut": "Jakarta",
    "jakarta pusat": "Jakarta", "jakarta timur": "Jakarta", "jakarta selatan": "Jakarta", "dki": "Jakarta",
    "bks": "Bekasi", "kota bekasi": "Bekasi", "dpk": "Depok", "tgr": "Tangerang", "bsd": "Tangerang Selatan",
    "tangsel": "Tangerang Selatan", "bogor, jabar": "Bogor",
    "bdg": "Bandung", "bandung barat": "Bandung", "lembang": "Bandung", "tasik": "Tasikmalaya",
    "smg": "Semarang", "semarang, jateng": "Semarang", "sala": "Solo", "kota solo": "Solo", "surakarta": "Solo",
    "pwt": "Purwokerto", "jogja": "Yogyakarta", "yk": "Yogyakarta", "sleman": "Yogyakarta",
    "bantul": "Yogyakarta", "yogyakrta": "Yogyakarta",
    "sby": "Surabaya", "suroboyo": "Surabaya", "sda": "Sidoarjo", "mlg": "Malang", "ngalam": "Malang",
    "pare, kediri": "Kediri",
    "dps": "Denpasar", "denpasar, bali": "Denpasar",
    "mdn": "Medan", "medan, sumut": "Medan", "plg": "Palembang", "lampung": "Bandar Lampung", "bdl": "Bandar Lampung",
    "smd": "Samarinda", "bjm": "Banjarmasin",
    "mdo": "Manado", "menado": "Manado", "mks": "Makassar", "makasar": "Makassar", "gtlo": "Gorontalo",
    "hk": "Hong Kong", "hongkong": "Hong Kong", "taipei city": "Taipei", "seoul, korea": "Seoul",
    "sg": "Singapore", "kl": "Kuala Lumpur",
}
_CANON = {c.lower(): c for c in ALL_CITIES}


# The helpers canon_city, known_city, region, C, T and make_brief, bound to the vocabularies above.
# Written once for voices4..voices8 in ../voices_helpers.py.
bind(globals())
