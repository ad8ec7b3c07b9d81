"""Vocabularies for the `voices16` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
Copied from voices15/src_common.py (helpers canon_city, known_city, region, C, T, make_brief unchanged, bound from
../voices_helpers.py); the subtopics, regions and city spellings are new (the twelve audiences are voices15's).
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
    "food.jepang":        ("food_culinary", "Japanese cooking at home: ramen, onigiri, bento, miso soup, Japanese curry, halal swaps for Japanese recipes"),
    "food.cokelat":       ("food_culinary", "cacao and chocolate: bean-to-bar, cacao farming and fermentation, tempering, home-made bars and hot chocolate"),
    "pets.reef":          ("pets", "marine reef aquariums: saltwater tanks, corals and frags, clownfish, skimmers, salinity and reef lighting"),
    "pets.nuri":          ("pets", "parrots and cockatoos as pets: conures, African greys, macaws, nuri and kakatua; taming, talking, pellets, toys, breeding papers"),
    "beauty.henna":       ("beauty_skincare", "henna art: bridal and Eid henna (inai, daun pacar), henna cones and designs, natural vs black henna safety"),
    "beauty.sfx":         ("beauty_skincare", "special-effects and cosplay make-up: fake wounds and blood, scar wax, latex, zombie and horror looks, anime characters"),
    "par.sunat":          ("parenting", "circumcising boys (sunat/khitan): methods (conventional, clamp, laser), age, preparing the child, aftercare, sunatan"),
    "par.promil":         ("parenting", "trying to conceive (program hamil): fertility checks, PCOS, sperm analysis, insemination and IVF, the waiting"),
    "fit.asamurat":       ("fitness_health", "gout, uric acid and cholesterol: low-purine diet, joint pain, home test meters, living with high cholesterol"),
    "fit.dengar":         ("fitness_health", "hearing health: hearing loss, hearing tests and audiograms, hearing aids, tinnitus, ear wax and ear care"),
    "fin.leasing":        ("personal_finance", "vehicle and gadget credit: motorbike and car leasing, down payments, tenors, late fees, debt collectors, repossession"),
    "fin.valas":          ("personal_finance", "foreign currency: money changers, exchange rates and spreads, travel money, multi-currency cards"),
    "tech.proyektor":     ("tech_gadgets", "projectors and home cinema: mini and short-throw projectors, screens, throw distance, lumens, projector sound"),
    "tech.backup":        ("tech_gadgets", "data storage and backup: external drives, NAS, cloud backup, recovering lost files, hard-disk health"),
    "edu.ukom":           ("education_study", "health-worker schooling and competency exams: UKOM for nurses, midwives and pharmacy staff, nursing-school life"),
    "edu.vokasi":         ("education_study", "vocational training and trade certification: BLK and LPK courses, welding, electrical work, BNSP/SKK certificates"),
    "out.berburu":        ("outdoor_adventure", "hunting and airgun shooting: air rifles, scopes, wild-boar and rat pest control on farms, shooting clubs and safety"),
    "out.kitesurf":       ("outdoor_adventure", "kitesurfing and windsurfing: kites, boards and sails, wind seasons, lessons, kite spots"),
    "travel.lintasbatas": ("travel", "crossing land borders: PLBN border posts, Entikong/Aruk-Sarawak, Atambua-Dili, Skouw-Vanimo, cross-border buses"),
    "auto.bodi":          ("automotive", "car body repair and paint: dents, scratches, putty (dempul), rust, repainting, ketok magic, colour matching"),
    "home.pompa":         ("home_diy", "water pumps and wells at home: jet pumps, bored wells, pressure switches, water tanks (tandon), low water pressure"),
    "sust.benih":         ("sustainable_living", "seed saving: local and heirloom seed varieties, community seed banks and exchanges, saving seed from a harvest"),
    "coffee.sachet":      ("coffee", "instant and sachet coffee: 3-in-1 and white coffee sachets, taste tests and brand comparisons, warung coffee"),
    "music.keroncong":    ("music", "keroncong: keroncong orchestras, langgam and stambul, cak and cuk ukuleles, keroncong singing, young keroncong groups"),
    "game.gacha":         ("gaming", "gacha games: Genshin Impact, Honkai Star Rail, Wuthering Waves, ZZZ; banners, pity, pulls, character builds"),
    "street.boots":       ("streetwear_fashion", "leather boots and handmade shoes: work boots, Goodyear welt, leather care, resoling, styling boots"),
    "modest.anak":        ("modest_fashion", "children's modest wear: kids' gamis, hijab for girls, koko and sarung for boys, sizing and fabrics for children"),
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
    "JABAR_LAIN": ["Karawang", "Purwakarta", "Bandung", "Tasikmalaya"],
    "JATENG_DIY": ["Semarang", "Surakarta", "Yogyakarta"],
    "TAPAL_KUDA": ["Banyuwangi", "Jember", "Situbondo"],
    "JATIM_LAIN": ["Surabaya", "Sidoarjo", "Malang"],
    "BALI": ["Denpasar", "Negara"],
    "NTB": ["Mataram"],
    "KALTENG": ["Palangka Raya", "Sampit", "Pangkalan Bun"],
    "KALBAR": ["Pontianak", "Singkawang", "Sambas"],
    "KALIMANTAN_LAIN": ["Banjarmasin", "Balikpapan", "Samarinda"],
    "SUMATRA": ["Medan", "Palembang"],
    "SULAWESI": ["Makassar"],
    "TIMUR": ["Kupang", "Atambua", "Ambon", "Jayapura"],
    "ABROAD": ["Osaka", "Taichung", "Kuching"],
}
# Jawa Barat (the province): the other West Java cities plus Bogor, Depok and Bekasi (Cikarang is in Kabupaten Bekasi).
REGIONS["JABAR"] = REGIONS["JABAR_LAIN"] + ["Bogor", "Depok", "Bekasi"]
# Jawa Timur = Tapal Kuda (the eastern salient: Banyuwangi, Jember, Situbondo) + the other East Java cities.
REGIONS["JATIM"] = REGIONS["TAPAL_KUDA"] + REGIONS["JATIM_LAIN"]
# Kalimantan (any province, Indonesian side only): Kalteng + Kalbar + Kalsel/Kaltim.
REGIONS["KALIMANTAN"] = REGIONS["KALTENG"] + REGIONS["KALBAR"] + REGIONS["KALIMANTAN_LAIN"]
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG_DIY"] + REGIONS["JATIM"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Osaka": "JP", "Taichung": "TW", "Kuching": "MY"}

# How creators write places -> canonical city (matched case-insensitively). A creator record keeps the
# written form; grading maps it through this table. Canonical names map to themselves.
# Banyuwangi: "Bwi"; Genteng and Rogojampi are towns of Kabupaten Banyuwangi. Bali: Negara is the seat of Jembrana.
# Kalteng: "Palangkaraya" (one word) and "PKY" are Palangka Raya; Sampit is the seat of Kotawaringin Timur
# ("Kotim"), Pangkalan Bun of Kotawaringin Barat ("Kobar", "P. Bun"). Kalbar: "Skw" Singkawang. Jabar: "Krw"
# Karawang (Cikampek is in Kabupaten Karawang), "Pwk" Purwakarta, "Tasik" Tasikmalaya; "Cikarang" is Kabupaten Bekasi.
# NTT: Atambua is the seat of Belu. Abroad: Osaka (JP), Taichung (TW), Kuching (Sarawak, MY).
CITY_ALIASES = {
    "jkt": "Jakarta", "jaksel": "Jakarta", "jaktim": "Jakarta", "jakbar": "Jakarta", "jakut": "Jakarta",
    "jakpus": "Jakarta", "kota bogor": "Bogor", "bgr": "Bogor", "dpk": "Depok", "tangerang, banten": "Tangerang",
    "bks": "Bekasi", "cikarang": "Bekasi", "bekasi, jabar": "Bekasi",
    "krw": "Karawang", "karawang, jabar": "Karawang", "cikampek": "Karawang", "pwk": "Purwakarta",
    "purwakarta, jabar": "Purwakarta", "bdg": "Bandung", "bandung, jabar": "Bandung", "tasik": "Tasikmalaya",
    "tasikmalaya, jabar": "Tasikmalaya",
    "smg": "Semarang", "solo": "Surakarta", "jogja": "Yogyakarta", "yogya": "Yogyakarta", "yk": "Yogyakarta",
    "bwi": "Banyuwangi", "banyuwangi, jatim": "Banyuwangi", "genteng, bwi": "Banyuwangi", "rogojampi": "Banyuwangi",
    "jbr": "Jember", "jember, jatim": "Jember", "situbondo, jatim": "Situbondo",
    "sby": "Surabaya", "sda": "Sidoarjo", "sidoarjo, jatim": "Sidoarjo", "mlg": "Malang",
    "dps": "Denpasar", "denpasar, bali": "Denpasar", "negara, jembrana": "Negara", "mtr": "Mataram",
    "palangkaraya": "Palangka Raya", "pky": "Palangka Raya", "palangka raya, kalteng": "Palangka Raya",
    "sampit, kotim": "Sampit", "sampit, kalteng": "Sampit", "pangkalan bun, kobar": "Pangkalan Bun",
    "p. bun": "Pangkalan Bun",
    "ptk": "Pontianak", "pontianak, kalbar": "Pontianak", "skw": "Singkawang", "singkawang, kalbar": "Singkawang",
    "sambas, kalbar": "Sambas",
    "bjm": "Banjarmasin", "bpp": "Balikpapan", "smd": "Samarinda",
    "mdn": "Medan", "plg": "Palembang", "mks": "Makassar",
    "kpg": "Kupang", "atambua, belu": "Atambua", "ambon, maluku": "Ambon", "jpr": "Jayapura",
    "jayapura, papua": "Jayapura",
    "osaka, japan": "Osaka", "taichung, taiwan": "Taichung", "kuching, sarawak": "Kuching",
}
_CANON = {c.lower(): c for c in ALL_CITIES}


# The helpers canon_city, known_city, region, C, T and make_brief, bound to the vocabularies above.
# Written once for voices4..voices16 in ../voices_helpers.py.
bind(globals())
