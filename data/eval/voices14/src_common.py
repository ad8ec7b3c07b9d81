"""Vocabularies for the `voices14` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
Copied from voices13/src_common.py (helpers canon_city, known_city, region, C, T, make_brief unchanged, bound from
../voices_helpers.py); the subtopics, regions and city spellings are new (the twelve audiences are voices13's).
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
    "food.pedas":         ("food_culinary", "spicy food and chilli: sambal making and bottled sambal, chilli varieties, spice levels, seblak and spicy challenges"),
    "food.sarapan":       ("food_culinary", "breakfast: bubur ayam, nasi uduk, nasi pecel, nasi kuning, lontong sayur, breakfast stalls and morning food hunting"),
    "pets.sapi":          ("pets", "cattle raising: fattening beef cattle, dairy cows, forage, silage and concentrate, weighing and selling cattle"),
    "pets.hotel":         ("pets", "pet boarding and pet sitting: pet hotels, home boarding, pet sitters and dog walkers, travelling or mudik with pets"),
    "beauty.klinik":      ("beauty_skincare", "aesthetic clinic treatments: facials, chemical peels, laser, microneedling, choosing a clinic and a doctor"),
    "beauty.berminyak":   ("beauty_skincare", "oily skin and pores: blackheads, oil control, clay masks, blotting paper, enlarged and clogged pores"),
    "par.perlengkapan":   ("parenting", "baby gear: strollers, car seats, baby carriers, cribs and high chairs, reviewing and choosing gear"),
    "par.ultah":          ("parenting", "children's birthday parties: party themes and decoration, goodie bags, kids' party entertainers, party budgets"),
    "fit.golf":           ("fitness_health", "golf: swing, driving ranges, putting, courses, clubs, junior and senior golfers"),
    "fit.fisio":          ("fitness_health", "physiotherapy and injury recovery: joint and back pain, knees, pinched nerves, posture, rehab and balance exercises"),
    "fin.promo":          ("personal_finance", "promo and cashback hunting: e-wallet promos, vouchers, credit-card points, flash sales, saving through promos"),
    "fin.afiliasi":       ("personal_finance", "earning online on the side: affiliate marketing, dropshipping, reselling, side income from marketplaces"),
    "tech.keyboard":      ("tech_gadgets", "mechanical keyboards and desk setups: switches, keycaps, mods, mice, desk setups"),
    "tech.printer":       ("tech_gadgets", "printers and scanners: ink-tank printers, refilling ink, printer repair, print and photocopy shops, photo printing"),
    "edu.hukum":          ("education_study", "legal literacy: workers' rights, contracts, consumer disputes, reporting to the police, free legal aid"),
    "edu.jarakjauh":      ("education_study", "studying while working: distance and online degrees, Universitas Terbuka, evening and employee classes, RPL credit for work"),
    "out.curug":          ("outdoor_adventure", "waterfalls and canyons: waterfall hunting (curug, coban), canyoning, river tracking"),
    "out.layar":          ("outdoor_adventure", "sailing and sea kayaking: small-boat sailing, dinghy and sailing clubs, sea-kayak trips, paddling"),
    "travel.museum":      ("travel", "museums and heritage: museums, heritage walks, old towns and colonial buildings, historic houses"),
    "auto.mobillistrik":  ("automotive", "electric cars: EV reviews, home charging and SPKLU, range tests, owning an EV"),
    "home.hama":          ("home_diy", "pest control at home: termites, rats, cockroaches, mosquitoes and ants, natural repellents"),
    "sust.menstruasi":    ("sustainable_living", "reusable menstrual products: menstrual cups, cloth pads, period underwear, less menstrual waste"),
    "coffee.latteart":    ("coffee", "latte art and milk: steaming milk, microfoam, pouring patterns, barista training and latte-art contests"),
    "music.dj":           ("music", "DJing and electronic music: DJ controllers, remixes, funkot and breakbeat, DJ gigs at parties"),
    "game.tcg":           ("gaming", "trading card games: Pokémon, Yu-Gi-Oh!, One Piece cards, booster openings, grading, local tournaments"),
    "street.jam":         ("streetwear_fashion", "wristwatches as style: G-Shock and Casio, local watch brands, straps, watch collecting"),
    "modest.kerja":       ("modest_fashion", "modest workwear: office outfits with hijab, work gamis and blazers, uniforms for nurses, teachers, bank staff"),
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
    "JABAR": ["Bandung", "Bogor", "Depok", "Bekasi"],
    "JATENG": ["Semarang", "Purwokerto"],
    "DIY": ["Yogyakarta"],
    "MALANG_RAYA": ["Malang", "Batu", "Kepanjen"],
    "JATIM_LAIN": ["Surabaya", "Sidoarjo", "Kediri"],
    "BALI": ["Denpasar"],
    "SUMUT": ["Medan", "Pematangsiantar", "Balige", "Sibolga"],
    "SUMATRA_LAIN": ["Padang", "Palembang"],
    "KALTIM": ["Samarinda", "Balikpapan", "Bontang", "Tenggarong"],
    "KALIMANTAN_LAIN": ["Pontianak", "Banjarmasin"],
    "SULAWESI": ["Makassar", "Manado"],
    "NTB": ["Mataram"],
    "FLORES": ["Labuan Bajo", "Ruteng", "Ende", "Maumere"],
    "TIMOR": ["Kupang"],
    "PAPUA": ["Jayapura"],
    "ABROAD": ["Singapore", "Kuala Lumpur", "Perth"],
}
# Malang Raya = Kota Malang, Kota Batu and Kabupaten Malang (seat: Kepanjen). Jawa Timur includes it.
REGIONS["JATIM"] = REGIONS["JATIM_LAIN"] + REGIONS["MALANG_RAYA"]
# Kalimantan: East Kalimantan plus the other provinces' capitals in the pool.
REGIONS["KALIMANTAN"] = REGIONS["KALTIM"] + REGIONS["KALIMANTAN_LAIN"]
# Nusa Tenggara Timur: Flores plus Timor (Kupang). Kupang is NOT on Flores.
REGIONS["NTT"] = REGIONS["FLORES"] + REGIONS["TIMOR"]
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG"] + REGIONS["DIY"]
                  + REGIONS["JATIM"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Singapore": "SG", "Kuala Lumpur": "MY", "Perth": "AU"}

# How creators write places -> canonical city (matched case-insensitively). A creator record keeps the
# written form; grading maps it through this table. Canonical names map to themselves.
# Sumut: "Siantar"/"P. Siantar"/"Pematang Siantar" is Pematangsiantar; Balige is the seat of Toba (formerly
# Toba Samosir, "Tobasa"). Malang Raya: "Ngalam" (walikan) and "Mlg" are Kota Malang; "Kota Batu" is Batu (a city of
# its own since 2001); Kepanjen is the seat of Kabupaten Malang. Flores: "LBJ" is Labuan Bajo (Manggarai Barat,
# "Mabar"); Ruteng (Manggarai), Ende, Maumere (Sikka). Kaltim: "Smd" Samarinda, "Bpp" Balikpapan, Tenggarong
# (Kutai Kartanegara, "Kukar"). "Perth, WA" is Perth, Western Australia.
CITY_ALIASES = {
    "jkt": "Jakarta", "jaksel": "Jakarta", "jaktim": "Jakarta", "jakbar": "Jakarta", "jakut": "Jakarta",
    "tangsel": "Tangerang Selatan", "tng": "Tangerang", "bks": "Bekasi", "bgr": "Bogor", "dpk": "Depok",
    "bdg": "Bandung", "smg": "Semarang", "pwt": "Purwokerto", "jogja": "Yogyakarta", "yk": "Yogyakarta",
    "sby": "Surabaya", "sda": "Sidoarjo", "dps": "Denpasar",
    "mlg": "Malang", "ngalam": "Malang", "kota malang": "Malang", "kota batu": "Batu", "batu, jatim": "Batu",
    "kepanjen, kab. malang": "Kepanjen", "kediri, jatim": "Kediri",
    "mdn": "Medan", "medan, sumut": "Medan", "siantar": "Pematangsiantar", "p. siantar": "Pematangsiantar",
    "pematang siantar": "Pematangsiantar", "balige, tobasa": "Balige", "sibolga, sumut": "Sibolga",
    "pdg": "Padang", "plg": "Palembang",
    "smd": "Samarinda", "samarinda, kaltim": "Samarinda", "bpp": "Balikpapan", "bontang, kaltim": "Bontang",
    "tenggarong, kukar": "Tenggarong", "ptk": "Pontianak", "bjm": "Banjarmasin",
    "mks": "Makassar", "mdo": "Manado",
    "lbj": "Labuan Bajo", "labuan bajo, mabar": "Labuan Bajo", "ruteng, manggarai": "Ruteng",
    "ende, flores": "Ende", "maumere, sikka": "Maumere", "kpg": "Kupang",
    "sg": "Singapore", "kl": "Kuala Lumpur", "perth, wa": "Perth",
}
_CANON = {c.lower(): c for c in ALL_CITIES}


# The helpers canon_city, known_city, region, C, T and make_brief, bound to the vocabularies above.
# Written once for voices4..voices14 in ../voices_helpers.py.
bind(globals())
