"""Vocabularies for the `voices12` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
Copied from voices11/src_common.py (helpers canon_city, known_city, region, C, T, make_brief unchanged, bound from
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
    "food.hajatan":       ("food_culinary", "cooking for crowds: hajatan, kenduri and wedding kitchens, big pots, portions for hundreds, rewang"),
    "food.es":            ("food_culinary", "frozen treats and iced desserts: home-made ice cream, es lilin, es mambo, es campur, es doger, selling ice"),
    "pets.lebah":         ("pets", "keeping bees: stingless kelulut/trigona bees, honey bees, hives, harvesting honey"),
    "pets.grooming":      ("pets", "pet grooming: bathing, brushing, clipping and nail trims for cats and dogs, grooming salons"),
    "beauty.gigi":        ("beauty_skincare", "smile and oral care: teeth whitening, braces care, toothpaste and mouthwash, dentist visits"),
    "beauty.bibir":       ("beauty_skincare", "lip care and lip colour: lip tint, lip balm, lip scrub, chapped lips, lip swatches"),
    "par.popok":          ("parenting", "diapers and toilet training: cloth diapers, disposable diapers, potty training, diaper rash"),
    "par.kakek":          ("parenting", "grandparents minding grandchildren: kakek/nenek raising cucu, old ways vs new advice"),
    "fit.tenismeja":      ("fitness_health", "table tennis: ping-pong clubs, blades and rubbers, drills, kampung and office tournaments"),
    "fit.basket":         ("fitness_health", "basketball: 3x3, school and campus teams, shooting drills, basketball shoes, local leagues"),
    "fin.arisan":         ("personal_finance", "arisan and group savings: arisan rules, rotating savings, savings groups, arisan scams"),
    "fin.warisan":        ("personal_finance", "inheritance and family property: faraid, wills, hibah, land certificates, dividing an estate"),
    "tech.cctv":          ("tech_gadgets", "CCTV and home security: IP cameras, DVRs, video doorbells, installing cameras at home and shops"),
    "tech.wearable":      ("tech_gadgets", "wearables: smartwatches, fitness bands, smart rings, watch straps and faces"),
    "edu.publicspeaking": ("education_study", "public speaking: speeches, debate, MC work, presentations, stage fright"),
    "edu.bahasadaerah":   ("education_study", "regional languages and scripts: Banjar, Javanese, Bangka Malay, Gorontalo, aksara, local words"),
    "out.bushcraft":      ("outdoor_adventure", "bushcraft and jungle survival: knives and parang, fire-making, shelters, forest skills"),
    "out.layangan":       ("outdoor_adventure", "kite flying: traditional and fighting kites, giant kites, kite making, kite festivals"),
    "travel.roadtrip":    ("travel", "road trips by car: cross-island drives, car camping, mudik by car, routes and rest stops"),
    "auto.ban":           ("automotive", "tyres and wheels: tubeless tyres, rims, tyre pressure, alignment and balancing"),
    "home.cat":           ("home_diy", "painting and wall decoration: wall paint, murals, stencils, repainting furniture and doors"),
    "sust.airhujan":      ("sustainable_living", "saving water: rainwater harvesting, rain tanks, biopori, water filters, greywater reuse"),
    "coffee.kopsus":      ("coffee", "iced milk coffee: es kopi susu gula aren, kopi literan, milk and creamer, selling iced coffee"),
    "music.keyboard":     ("music", "keyboard and organ tunggal: keyboard covers, rhythm styles, playing at weddings, keyboard reviews"),
    "game.retro":         ("gaming", "retro gaming: old consoles, PS1/PS2, Nintendo, emulators, collecting cartridges and discs"),
    "street.topi":        ("streetwear_fashion", "caps and hats: trucker caps, snapbacks, bucket hats, local cap brands, cap care"),
    "modest.mukena":      ("modest_fashion", "prayer wear: mukena, travel mukena, children's mukena, sarung and sajadah"),
}

AUDIENCES = {
    "ibu_muda":       "young mothers of babies and small children",
    "mahasiswa":      "university students, often living in kos",
    "pelajar_sma":    "high-school students (SMA/SMK/MA)",
    "karyawan":       "office workers and young professionals",
    "pelaku_umkm":    "small-business owners, market traders, stall keepers and home sellers",
    "petani":         "farmers, gardeners and rural families",
    "nelayan":        "fishers, river and coastal families",
    "perantau":       "people living away from their home region (rantau), in Indonesia or abroad",
    "lansia":         "older people (55+), grandparents and retirees",
    "turis_asing":    "foreign tourists and travellers planning a trip to Indonesia",
    "pengemudi_ojol": "ride-hailing and delivery drivers",
    "guru":           "teachers",
}

REGIONS = {
    "JABODETABEK": ["Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"],
    "JABAR": ["Bandung", "Bogor", "Depok", "Bekasi", "Tasikmalaya"],
    "JATENG": ["Semarang", "Solo", "Tegal", "Slawi", "Brebes", "Pemalang", "Purwokerto", "Pekalongan"],
    "DIY": ["Yogyakarta"],
    "JATIM": ["Surabaya", "Sidoarjo", "Malang"],
    "BALI": ["Denpasar"],
    "KALSEL": ["Banjarmasin", "Banjarbaru", "Martapura", "Kandangan"],
    "KALTENG": ["Palangkaraya", "Sampit"],
    "KALTIM": ["Balikpapan", "Samarinda"],
    "KALBAR": ["Pontianak"],
    "BABEL": ["Pangkalpinang", "Sungailiat", "Tanjung Pandan", "Toboali"],
    "SUMATRA_LAIN": ["Palembang", "Medan", "Pekanbaru", "Padang", "Jambi", "Bandar Lampung"],
    "GORONTALO": ["Gorontalo", "Limboto", "Marisa"],
    "SULAWESI_LAIN": ["Makassar", "Manado", "Palu", "Kendari"],
    "NUSA_TENGGARA": ["Kupang", "Mataram"],
    "MALUKU_PAPUA": ["Ambon", "Sorong", "Jayapura"],
    "ABROAD": ["Singapore", "Kuala Lumpur", "Jeddah"],
}
REGIONS["KALIMANTAN"] = REGIONS["KALSEL"] + REGIONS["KALTENG"] + REGIONS["KALTIM"] + REGIONS["KALBAR"]
REGIONS["SULAWESI"] = REGIONS["GORONTALO"] + REGIONS["SULAWESI_LAIN"]
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG"] + REGIONS["DIY"]
                  + REGIONS["JATIM"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Singapore": "SG", "Kuala Lumpur": "MY", "Jeddah": "SA"}

# How creators write places -> canonical city (matched case-insensitively). A creator record keeps the
# written form; grading maps it through this table. Canonical names map to themselves.
# Kalimantan Selatan: "Bjm" is Banjarmasin, "Bjb" Banjarbaru; Kandangan is the town of Hulu Sungai Selatan;
# Palangkaraya ("Palangka", "Plk") is Kalimantan TENGAH, not Kalsel. Tegal area: "Tgl" is the city, Slawi is the
# seat of Kabupaten Tegal (its own canonical city here); "Pkl" is Pekalongan and "Pkp" is Pangkalpinang - do not
# mix them up. Bangka Belitung: "Pangkal" is Pangkalpinang, "Belitung"/"Tg Pandan" is Tanjung Pandan. Gorontalo:
# "Gtlo"/"Kota Gorontalo" is the city; Limboto and Marisa are other towns of the province.
CITY_ALIASES = {
    "jkt": "Jakarta", "jaksel": "Jakarta", "jaktim": "Jakarta", "jakbar": "Jakarta", "tangsel": "Tangerang Selatan",
    "tng": "Tangerang", "bks": "Bekasi", "bgr": "Bogor", "dpk": "Depok", "bdg": "Bandung", "tasik": "Tasikmalaya",
    "smg": "Semarang", "solo raya": "Solo", "tgl": "Tegal", "tegal laka-laka": "Tegal", "brebes, jateng": "Brebes",
    "pml": "Pemalang", "pwt": "Purwokerto", "pkl": "Pekalongan", "jogja": "Yogyakarta", "yk": "Yogyakarta",
    "sby": "Surabaya", "sda": "Sidoarjo", "mlg": "Malang", "dps": "Denpasar",
    "bjm": "Banjarmasin", "banjarmasin, kalsel": "Banjarmasin", "bjb": "Banjarbaru", "martapura, kalsel": "Martapura",
    "kandangan, hss": "Kandangan", "palangka": "Palangkaraya", "plk": "Palangkaraya", "bpp": "Balikpapan",
    "smd": "Samarinda", "ptk": "Pontianak",
    "pkp": "Pangkalpinang", "pangkal": "Pangkalpinang", "sungailiat, bangka": "Sungailiat",
    "belitung": "Tanjung Pandan", "tg pandan": "Tanjung Pandan",
    "plg": "Palembang", "mdn": "Medan", "pku": "Pekanbaru", "pdg": "Padang", "lampung": "Bandar Lampung",
    "gtlo": "Gorontalo", "kota gorontalo": "Gorontalo", "limboto, gorontalo": "Limboto",
    "mks": "Makassar", "mdo": "Manado", "kdi": "Kendari", "kpg": "Kupang",
    "sg": "Singapore", "kl": "Kuala Lumpur", "jeddah, ksa": "Jeddah",
}
_CANON = {c.lower(): c for c in ALL_CITIES}


# The helpers canon_city, known_city, region, C, T and make_brief, bound to the vocabularies above.
# Written once for voices4..voices12 in ../voices_helpers.py.
bind(globals())
