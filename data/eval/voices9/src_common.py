"""Vocabularies for the `voices9` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
Copied from voices8/src_common.py (helpers canon_city, known_city, region, C, T, make_brief unchanged, bound from
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
    "food.bakar":         ("food_culinary", "grilled and smoked meat and fish: sate, dendeng batokok, se'i, ikan bakar, backyard BBQ, charcoal grilling"),
    "food.bekal":         ("food_culinary", "packed lunches (bekal): lunch boxes for school children and office workers, weekly meal-box planning"),
    "pets.kuda":          ("pets", "horses and ponies: horse care, riding, Sumba and Sumbawa horses, horse racing (pacuan), stables"),
    "pets.hamster":       ("pets", "small pets: hamsters, guinea pigs, sugar gliders; cages, bedding, feed"),
    "beauty.tradisional": ("beauty_skincare", "traditional beauty: lulur, boreh, mangir, bedak dingin, herbal masks and scrubs"),
    "beauty.mua":         ("beauty_skincare", "makeup artists: bridal and event makeup, graduation makeup, MUA tutorials and kits"),
    "par.tunggal":        ("parenting", "single parenting: raising children alone, co-parenting after divorce, single parents at work"),
    "par.buku":           ("parenting", "reading with children: picture books, bedtime stories, storytelling (dongeng), home libraries"),
    "fit.renang":         ("fitness_health", "swimming: lessons for children and adults, stroke technique, open-water and sea swimming"),
    "fit.gym":            ("fitness_health", "gym and strength training: weightlifting, beginners at the gym, bulking, protein on a budget"),
    "fin.emas":           ("personal_finance", "gold as savings: Antam bars, gold jewellery as savings, gold instalments, gold prices"),
    "fin.pajak":          ("personal_finance", "personal and small-business tax: NPWP, SPT, tax for online sellers and freelancers"),
    "tech.foto":          ("tech_gadgets", "camera gear and photography: mirrorless cameras, lenses, product photography, editing"),
    "tech.aman":          ("tech_gadgets", "digital safety: online scams, phishing links, OTP theft, securing WhatsApp and bank accounts"),
    "edu.cpns":           ("education_study", "civil-service and state-company test prep: CPNS, PPPK, BUMN tests (SKD, TWK, TIU, TKP)"),
    "edu.guru":           ("education_study", "content for teachers: teaching ideas, Kurikulum Merdeka, classroom life, honorary teachers"),
    "travel.pulau":       ("travel", "island hopping and sea trips: Komodo sailing, Gili boats, liveaboards, Pelni ferries"),
    "travel.motor":       ("travel", "motorcycle touring: long rides across islands, touring routes, riding clubs, moto-vlogs"),
    "auto.nyetir":        ("automotive", "learning to drive: driving lessons, the SIM test, parking, safe and defensive driving"),
    "coffee.kedai":       ("coffee", "running a small coffee shop: kedai kopi, coffee carts, menu costing, barista work"),
    "modest.sport":       ("modest_fashion", "modest activewear: sports hijab, burkini, modest running and gym outfits"),
    "street.skate":       ("streetwear_fashion", "skateboarding culture and skate fashion: skate spots, decks, skate outfits"),
    "game.konsol":        ("gaming", "console gaming: PlayStation, Nintendo Switch, handhelds, retro consoles, PS rental"),
    "music.vokal":        ("music", "singing and choirs: vocal coaching, church and school choirs, a cappella groups"),
    "home.jahit":         ("home_diy", "sewing at home: sewing machines, patterns, alterations (permak), tailoring for a side income"),
    "sust.pewarna":       ("sustainable_living", "natural dyes and eco-print: indigo, mengkudu, natural-dye ikat, slow textiles"),
    "out.panjat":         ("outdoor_adventure", "rock climbing and bouldering: crags, climbing gyms, ropes and safety"),
}

AUDIENCES = {
    "ibu_muda":       "young mothers of babies and small children",
    "mahasiswa":      "university students, often living in kos",
    "pelajar_sma":    "high-school students (SMA/SMK)",
    "karyawan":       "office workers and young professionals",
    "pelaku_umkm":    "small-business owners, home sellers and resellers",
    "perantau":       "people living away from their home region (perantau), missing home food and culture",
    "turis_asing":    "foreign tourists and travellers planning a trip to Indonesia",
    "guru":           "teachers (PAUD to SMA), including honorary teachers",
    "pekerja_migran": "Indonesian migrant workers abroad (Malaysia, Hong Kong, Taiwan) and their families at home",
    "ojol":           "ride-hailing and delivery drivers (ojek online)",
    "pencari_kerja":  "job seekers: fresh graduates and people applying for CPNS or BUMN jobs",
    "petani":         "farmers, breeders and rural families",
}

REGIONS = {
    "JABODETABEK": ["Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"],
    "JABAR": ["Bandung", "Cimahi", "Bogor", "Depok", "Bekasi"],
    "JATENG": ["Semarang", "Solo", "Salatiga", "Magelang", "Kudus"],
    "DIY": ["Yogyakarta", "Sleman", "Bantul"],
    "JATIM": ["Surabaya", "Sidoarjo", "Malang"],
    "BALI": ["Denpasar", "Badung", "Gianyar"],
    "SUMBAR": ["Padang", "Bukittinggi", "Payakumbuh", "Padang Panjang", "Solok", "Pariaman"],
    "SUMATRA_LAIN": ["Medan", "Pekanbaru", "Palembang", "Jambi", "Batam"],
    "LOMBOK": ["Mataram", "Lombok Barat", "Lombok Tengah", "Lombok Timur", "Lombok Utara"],
    "SUMBAWA": ["Sumbawa Besar", "Bima"],
    "NTT": ["Kupang", "Labuan Bajo", "Ende", "Maumere", "Waingapu"],
    "SULAWESI": ["Makassar", "Manado"],
    "KALIMANTAN": ["Pontianak", "Balikpapan", "Banjarmasin"],
    "MALUKU_PAPUA": ["Ambon", "Jayapura"],
    "ABROAD": ["Kuala Lumpur", "Johor Bahru", "Hong Kong"],
}
REGIONS["NTB"] = REGIONS["LOMBOK"] + REGIONS["SUMBAWA"]
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG"] + REGIONS["DIY"]
                  + REGIONS["JATIM"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Kuala Lumpur": "MY", "Johor Bahru": "MY", "Hong Kong": "HK"}

# How creators write places -> canonical city (matched case-insensitively). A creator record keeps the
# written form; grading maps it through this table. Canonical names map to themselves.
# Sumatera Barat: "Bukik" is Bukittinggi in Minang. Lombok: Senggigi is in Lombok Barat; Kuta Lombok, Mandalika
# and Praya are in Lombok Tengah (not Kuta in Bali); Selong is the seat of Lombok Timur. Sumbawa island (Sumbawa
# Besar, Bima) is in NTB but not on Lombok. NTT: Waingapu is the town of Sumba Timur; Ende and Maumere are on
# Flores. Mataram is NTB, not NTT.
CITY_ALIASES = {
    "jkt": "Jakarta", "jaksel": "Jakarta", "jakarta selatan": "Jakarta", "jakut": "Jakarta", "tangsel": "Tangerang Selatan",
    "tng": "Tangerang", "bks": "Bekasi", "bdg": "Bandung", "bandung, jabar": "Bandung",
    "smg": "Semarang", "semarang kota": "Semarang", "solo raya": "Solo", "mgl": "Magelang", "kota magelang": "Magelang",
    "jogja": "Yogyakarta", "yk": "Yogyakarta", "jogjakarta": "Yogyakarta", "sleman, diy": "Sleman",
    "bantul, diy": "Bantul", "sby": "Surabaya", "mlg": "Malang", "sda": "Sidoarjo",
    "dps": "Denpasar", "canggu": "Badung", "ubud": "Gianyar",
    "pdg": "Padang", "padang, sumbar": "Padang", "kota padang": "Padang", "bukik": "Bukittinggi", "bkt": "Bukittinggi",
    "payakumbuah": "Payakumbuh", "pyk": "Payakumbuh", "padangpanjang": "Padang Panjang", "piaman": "Pariaman",
    "mdn": "Medan", "pku": "Pekanbaru", "plg": "Palembang", "btm": "Batam",
    "mtr": "Mataram", "mataram, lombok": "Mataram", "senggigi": "Lombok Barat", "kuta lombok": "Lombok Tengah",
    "mandalika": "Lombok Tengah", "praya": "Lombok Tengah", "selong": "Lombok Timur", "selong, lotim": "Lombok Timur",
    "sumbawa": "Sumbawa Besar", "bima, ntb": "Bima",
    "kpg": "Kupang", "kupang, ntt": "Kupang", "labuanbajo": "Labuan Bajo", "lbj": "Labuan Bajo",
    "sumba timur": "Waingapu", "ende, flores": "Ende", "maumere, sikka": "Maumere",
    "mks": "Makassar", "mdo": "Manado", "ambon manise": "Ambon", "ptk": "Pontianak", "bpp": "Balikpapan",
    "bjm": "Banjarmasin", "kl": "Kuala Lumpur", "kuala lumpur, malaysia": "Kuala Lumpur", "jb": "Johor Bahru",
    "hk": "Hong Kong",
}
_CANON = {c.lower(): c for c in ALL_CITIES}


# The helpers canon_city, known_city, region, C, T and make_brief, bound to the vocabularies above.
# Written once for voices4..voices9 in ../voices_helpers.py.
bind(globals())
