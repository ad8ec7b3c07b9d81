"""Vocabularies for the `voices10` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
Copied from voices9/src_common.py (helpers canon_city, known_city, region, C, T, make_brief unchanged, bound from
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
    "food.mie":         ("food_culinary", "noodles and meatballs: mie Aceh, mie celor, bakmi, mie ayam, bakso, home-made noodles"),
    "food.kue":         ("food_culinary", "traditional cakes and jajanan pasar: kue maksuba, kue 8 jam, bolu kojo, timphan, steamed kue basah"),
    "pets.rescue":      ("pets", "rescuing and adopting stray animals: street cats and dogs, sterilisation drives, shelters, fostering"),
    "pets.serangga":    ("pets", "keeping insects and other invertebrates: rhinoceros beetles, tarantulas, mantises, ant colonies (formicarium)"),
    "beauty.alis":      ("beauty_skincare", "brows and lashes: sulam alis (microblading), eyelash extensions, lash lift, brow lamination"),
    "beauty.sawo":      ("beauty_skincare", "make-up and skincare for dark and tan skin tones: shade matching, foundation for sawo matang and darker skin"),
    "par.sehat":        ("parenting", "children's health: fever, immunisation, stunting, posyandu, growth checks, when to see a doctor"),
    "par.kembar":       ("parenting", "raising twins and multiples: feeding two at once, twin gear, twins' routines"),
    "fit.futsal":       ("fitness_health", "futsal and amateur football: skills, goalkeeping, school and office teams, training drills"),
    "fit.senam":        ("fitness_health", "group aerobics (senam): senam aerobik, zumba, senam lansia, morning exercise classes"),
    "fin.kur":          ("personal_finance", "capital for small businesses: KUR, microloans, cooperatives (koperasi), borrowing safely for a stall"),
    "fin.anak":         ("personal_finance", "money for children: pocket money, kids' savings accounts, teaching children about money"),
    "tech.servis":      ("tech_gadgets", "repairing phones and laptops: screen and battery replacement, DIY repair, choosing a repair shop"),
    "tech.internet":    ("tech_gadgets", "home and village internet: WiFi, fibre providers, RT/RW net, signal boosters, satellite internet"),
    "edu.quran":        ("education_study", "learning to read the Quran: iqro, tajwid, tahfidz for children and adults, online ngaji"),
    "edu.mtk":          ("education_study", "maths and science tutoring for school students: maths, physics, chemistry, olympiads"),
    "out.birding":      ("outdoor_adventure", "birdwatching and bird photography: birds of paradise, endemic birds, birding trips"),
    "out.arung":        ("outdoor_adventure", "rafting and river paddling: arung jeram, river kayaking and canoeing"),
    "travel.kereta":    ("travel", "travelling by train: long-distance trains, economy-class trips, commuter lines, railfans"),
    "auto.modif":       ("automotive", "motorcycle modification: custom builds, drag bikes, exhausts, Japstyle and scrambler"),
    "home.rajut":       ("home_diy", "knitting and crochet: amigurumi, crochet bags, yarn, patterns for beginners"),
    "sust.maggot":      ("sustainable_living", "composting kitchen waste and BSF maggot farming: compost bins, maggot as feed"),
    "coffee.manual":    ("coffee", "manual brewing at home: V60, tubruk, Vietnam drip, French press, cold brew, grinders"),
    "music.hiphop":     ("music", "hip-hop and rap: regional-language rap, beat making, rap crews and cyphers"),
    "game.indie":       ("gaming", "indie game development: devlogs, game jams, local Indonesian indie games, pixel art"),
    "street.denim":     ("streetwear_fashion", "denim: raw and selvedge jeans, fades, local denim brands, denim repair"),
    "modest.syari":     ("modest_fashion", "syar'i dress: gamis, long khimar, niqab and cadar styling"),
}

AUDIENCES = {
    "ibu_muda":       "young mothers of babies and small children",
    "mahasiswa":      "university students, often living in kos",
    "pelajar_sma":    "high-school students (SMA/SMK/MA)",
    "karyawan":       "office workers and young professionals",
    "pelaku_umkm":    "small-business owners, stall keepers and home sellers",
    "santri":         "pesantren students and their families, Quran-learning communities",
    "lansia":         "older people (55+) and retirees",
    "nelayan":        "fishers and fish farmers, coastal and river families",
    "pegawai_negeri": "civil servants (ASN) and state employees",
    "jemaat":         "church congregations and church youth groups",
    "turis_asing":    "foreign tourists and travellers planning a trip to Indonesia",
    "petani":         "farmers, breeders and rural families",
}

REGIONS = {
    "JABODETABEK": ["Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"],
    "CIAYUMAJAKUNING": ["Cirebon", "Indramayu", "Majalengka", "Kuningan"],
    "JABAR": ["Bandung", "Cimahi", "Bogor", "Depok", "Bekasi", "Cirebon", "Indramayu", "Majalengka", "Kuningan"],
    "JATENG": ["Semarang", "Solo", "Magelang", "Tegal", "Brebes"],
    "DIY": ["Yogyakarta", "Sleman", "Bantul"],
    "JATIM": ["Surabaya", "Sidoarjo", "Malang", "Jember"],
    "BALI": ["Denpasar", "Badung", "Gianyar"],
    "SUMSEL": ["Palembang", "Prabumulih", "Lubuklinggau", "Baturaja"],
    "ACEH": ["Banda Aceh", "Aceh Besar", "Lhokseumawe", "Takengon", "Sabang"],
    "SUMATRA_LAIN": ["Medan", "Pekanbaru", "Padang", "Jambi", "Bandar Lampung", "Batam"],
    "PAPUA": ["Jayapura", "Sentani", "Merauke", "Wamena", "Biak"],
    "PAPUA_BARAT": ["Sorong", "Manokwari"],
    "MALUKU": ["Ambon", "Ternate"],
    "SULAWESI": ["Makassar", "Manado"],
    "NUSA_TENGGARA": ["Kupang", "Mataram"],
    "KALIMANTAN": ["Pontianak", "Samarinda", "Balikpapan", "Banjarmasin"],
    "ABROAD": ["Kuala Lumpur", "Singapore", "Cairo"],
}
REGIONS["TANAH_PAPUA"] = REGIONS["PAPUA"] + REGIONS["PAPUA_BARAT"]
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG"] + REGIONS["DIY"]
                  + REGIONS["JATIM"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Kuala Lumpur": "MY", "Singapore": "SG", "Cairo": "EG"}

# How creators write places -> canonical city (matched case-insensitively). A creator record keeps the
# written form; grading maps it through this table. Canonical names map to themselves.
# Cirebon area: "Dermayu" is Indramayu in the local language; Tegal and Brebes are next to Cirebon but in Jawa
# Tengah. Sumatera Selatan: "Linggau"/"Lubuk Linggau" is Lubuklinggau, "Prabu" is Prabumulih. Aceh: "Bna" and
# "B. Aceh" are Banda Aceh; Takengon is the town of Aceh Tengah (Gayo). Papua: Sentani is the seat of Kabupaten
# Jayapura (a separate canonical city from Kota Jayapura); Sorong and Manokwari are in Tanah Papua but not in the
# Papua province list. Ambon and Ternate are Maluku, not Papua.
CITY_ALIASES = {
    "jkt": "Jakarta", "jaksel": "Jakarta", "jaktim": "Jakarta", "jakarta timur": "Jakarta", "tangsel": "Tangerang Selatan",
    "tng": "Tangerang", "bks": "Bekasi", "bgr": "Bogor", "dpk": "Depok", "bdg": "Bandung",
    "crb": "Cirebon", "kota cirebon": "Cirebon", "cirebon kota": "Cirebon", "kuningan, jabar": "Kuningan",
    "dermayu": "Indramayu", "majalengka, jabar": "Majalengka",
    "tgl": "Tegal", "brebes, jateng": "Brebes", "smg": "Semarang", "mgl": "Magelang", "solo raya": "Solo",
    "jogja": "Yogyakarta", "yk": "Yogyakarta", "sby": "Surabaya", "mlg": "Malang", "jbr": "Jember",
    "dps": "Denpasar", "ubud": "Gianyar", "canggu": "Badung",
    "plg": "Palembang", "palembang, sumsel": "Palembang", "prabu": "Prabumulih", "lubuk linggau": "Lubuklinggau",
    "linggau": "Lubuklinggau", "bna": "Banda Aceh", "b. aceh": "Banda Aceh", "banda": "Banda Aceh",
    "lhok": "Lhokseumawe", "takengon, aceh tengah": "Takengon", "gayo": "Takengon",
    "mdn": "Medan", "pku": "Pekanbaru", "pdg": "Padang", "bdl": "Bandar Lampung", "lampung": "Bandar Lampung",
    "btm": "Batam",
    "jpr": "Jayapura", "kota jayapura": "Jayapura", "kab. jayapura": "Sentani", "sentani, kab. jayapura": "Sentani",
    "mrk": "Merauke", "wamena, lembah baliem": "Wamena", "biak numfor": "Biak", "soq": "Sorong",
    "sorong, pbd": "Sorong", "mkw": "Manokwari",
    "ambon manise": "Ambon", "mks": "Makassar", "mdo": "Manado", "kpg": "Kupang", "mtr": "Mataram",
    "ptk": "Pontianak", "smd": "Samarinda", "bpp": "Balikpapan", "bjm": "Banjarmasin",
    "kl": "Kuala Lumpur", "sg": "Singapore", "spore": "Singapore", "kairo": "Cairo", "cairo, mesir": "Cairo",
}
_CANON = {c.lower(): c for c in ALL_CITIES}


# The helpers canon_city, known_city, region, C, T and make_brief, bound to the vocabularies above.
# Written once for voices4..voices10 in ../voices_helpers.py.
bind(globals())
