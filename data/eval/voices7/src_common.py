"""Vocabularies for the `voices7` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
Copied from voices6/src_common.py (helpers canon_city, known_city, region, C, T, make_brief unchanged); the
subtopics, audiences, regions and city spellings are new.
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
    "food.resepdaerah":  ("food_culinary", "regional Indonesian home cooking: coto, konro, pallubasa, arsik, rendang, gulai; family recipes step by step"),
    "food.mealprep":     ("food_culinary", "healthy meal prep and diet cooking: calorie-counted lunch boxes, diet catering, low-sugar home meals"),
    "pets.kucing":       ("pets", "cats: kampung and breed cats, feeding, grooming, sterilisation, rescuing strays"),
    "pets.ikanhias":     ("pets", "ornamental fish keeping and breeding: betta (cupang), koi, louhan, guppies; ponds and breeding tubs"),
    "beauty.jerawat":    ("beauty_skincare", "acne-prone skin: breakouts, acne scars, actives (BHA, niacinamide), purging, skin barrier"),
    "beauty.kuku":       ("beauty_skincare", "nail art and nail care: gel polish, press-on nails, nail salons, nail health"),
    "par.sekolah":       ("parenting", "school-age children (6-12): learning at home, reading habits, homework, calistung, homeschooling"),
    "par.abk":           ("parenting", "raising children with special needs: speech delay, autism, ADHD, therapy and inclusion"),
    "fit.lari":          ("fitness_health", "running: 5K to marathon training, running clubs, race reviews, running shoes"),
    "fit.mamaworkout":   ("fitness_health", "home workouts for mothers: postpartum recovery, prenatal exercise, no-equipment routines at home"),
    "fin.syariah":       ("personal_finance", "sharia finance: riba-free saving and financing, zakat, gold savings, sharia banks and cooperatives"),
    "fin.properti":      ("personal_finance", "buying a first home: KPR mortgages, subsidised housing, property checks, property investing"),
    "auto.detailing":    ("automotive", "car detailing and car care: washing, polishing, coating, interior cleaning"),
    "auto.trukbus":      ("automotive", "trucks and buses: truck drivers' life on the road, bus enthusiasts (busmania), commercial vehicles"),
    "home.bersih":       ("home_diy", "cleaning and decluttering: cleaning hacks, stain removal, tidy-up routines, laundry"),
    "home.renovasi":     ("home_diy", "building and renovating a house: contractors, materials and costs, roofs, walls, floors"),
    "travel.umrah":      ("travel", "umrah and hajj: preparing, choosing an agency, manasik, life in Makkah and Madinah"),
    "travel.jepang":     ("travel", "budget trips to Japan and Korea: visas, itineraries, rail passes, cheap stays"),
    "tech.hp":           ("tech_gadgets", "smartphone reviews: budget and mid-range phones, camera tests, battery, refurbished and second-hand phones"),
    "out.gunung":        ("outdoor_adventure", "mountain hiking: climbing Indonesian volcanoes, trails, gear, safety, leave-no-trace"),
    "sust.banksampah":   ("sustainable_living", "waste banks and waste sorting: bank sampah, community clean-ups, recycling at home and in villages"),
    "sust.tani":         ("sustainable_living", "smallholder farming: rice, corn, chilli and vegetable fields, fertiliser and pests, petani milenial"),
    "edu.beasiswa":      ("education_study", "scholarships and studying abroad: LPDP, IELTS, applications, life as an international student"),
    "modest.hijab":      ("modest_fashion", "hijab styling and modest outfits: everyday hijab tutorials, modest office and casual looks"),
    "street.lokal":      ("streetwear_fashion", "Indonesian local-brand streetwear: distro brands, drops, outfit-of-the-day with local labels"),
    "game.mobile":       ("gaming", "mobile gaming: MLBB, Free Fire, PUBG Mobile, ranked play, mobile esports"),
    "music.dangdut":     ("music", "dangdut and koplo: covers, orkes, kendang, live stage singing"),
}

AUDIENCES = {
    "ibu_rumah_tangga":  "stay-at-home mothers and housewives (ibu-ibu rumah tangga)",
    "ibu_hamil":         "pregnant women and expecting couples",
    "mahasiswa_rantau":  "university students living away from home (anak kos, perantau)",
    "pelajar":           "school students (SMP/SMA), teenagers",
    "karyawan":          "office workers and young professionals",
    "pekerja_pabrik":    "factory and shift workers",
    "petani":            "farmers, including young farmers (petani milenial)",
    "pengemudi_ojol":    "online motorbike-taxi and delivery drivers (ojol)",
    "guru":              "teachers and tutors (PAUD, SD, SMP, SMA)",
    "pelaku_umkm":       "small-business owners, home sellers and resellers",
    "jamaah":            "mosque and pengajian communities, people preparing umrah or hajj",
    "pecinta_alam":      "hikers, climbers and outdoor people",
}

REGIONS = {
    "JABODETABEK": ["Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"],
    "JABAR": ["Bandung", "Cimahi", "Sumedang", "Garut", "Tasikmalaya", "Bogor", "Depok", "Bekasi"],
    "JATENG": ["Semarang", "Solo", "Purwokerto", "Brebes", "Kudus"],
    "DIY": ["Yogyakarta", "Sleman", "Bantul"],
    "JATIM": ["Surabaya", "Sidoarjo", "Malang", "Batu", "Jember", "Kediri"],
    "BALI": ["Denpasar", "Badung"],
    "SUMUT": ["Medan", "Binjai", "Pematangsiantar", "Deli Serdang", "Tebing Tinggi"],
    "SUMATRA_LAIN": ["Banda Aceh", "Padang", "Pekanbaru", "Palembang", "Batam", "Bandar Lampung"],
    "KALIMANTAN": ["Balikpapan", "Samarinda", "Banjarmasin", "Pontianak"],
    "SULSEL": ["Makassar", "Gowa", "Maros", "Parepare", "Bone", "Palopo"],
    "SULAWESI_LAIN": ["Manado", "Kendari", "Palu"],
    "NUSA_TENGGARA": ["Mataram", "Kupang"],
    "ABROAD": ["Tokyo", "Seoul", "Makkah", "Kuala Lumpur"],
}
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG"] + REGIONS["DIY"]
                  + REGIONS["JATIM"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Tokyo": "JP", "Seoul": "KR", "Makkah": "SA", "Kuala Lumpur": "MY"}

# How creators write places -> canonical city (matched case-insensitively). A creator record keeps the
# written form; grading maps it through this table. Canonical names map to themselves.
# Sulawesi Selatan: Sungguminasa is the seat of Gowa, Watampone of Bone. Sumatera Utara: Lubuk Pakam is the
# seat of Deli Serdang; "Siantar" is Pematangsiantar. Jatinangor (the campus town) is in Sumedang, not Bandung.
CITY_ALIASES = {
    "jkt": "Jakarta", "jaksel": "Jakarta", "jakut": "Jakarta", "jaktim": "Jakarta", "jakbar": "Jakarta",
    "jakarta selatan": "Jakarta", "jakarta timur": "Jakarta", "dki": "Jakarta",
    "tangsel": "Tangerang Selatan", "bintaro": "Tangerang Selatan", "bsd": "Tangerang Selatan",
    "tgr": "Tangerang", "bks": "Bekasi", "bekasi timur": "Bekasi", "dpk": "Depok", "bgr": "Bogor",
    "kota bogor": "Bogor", "bdg": "Bandung", "bandung kota": "Bandung", "jatinangor": "Sumedang",
    "tasik": "Tasikmalaya", "smg": "Semarang", "surakarta": "Solo", "pwt": "Purwokerto",
    "jogja": "Yogyakarta", "yogya": "Yogyakarta", "jogjakarta": "Yogyakarta", "sleman, diy": "Sleman",
    "sby": "Surabaya", "sda": "Sidoarjo", "mlg": "Malang", "kota batu": "Batu", "jember, jatim": "Jember",
    "dps": "Denpasar", "kuta": "Badung",
    "mdn": "Medan", "medan, sumut": "Medan", "siantar": "Pematangsiantar", "p. siantar": "Pematangsiantar",
    "pematang siantar": "Pematangsiantar", "lubuk pakam": "Deli Serdang", "tebing": "Tebing Tinggi",
    "aceh": "Banda Aceh", "pdg": "Padang", "pku": "Pekanbaru", "plg": "Palembang", "btm": "Batam",
    "lampung": "Bandar Lampung",
    "bpp": "Balikpapan", "smd": "Samarinda", "bjm": "Banjarmasin", "ptk": "Pontianak",
    "mks": "Makassar", "makasar": "Makassar", "mksr": "Makassar", "sungguminasa": "Gowa", "pare2": "Parepare",
    "pare-pare": "Parepare", "watampone": "Bone", "mdo": "Manado", "kdi": "Kendari",
    "mataram, ntb": "Mataram", "kupang, ntt": "Kupang",
    "tokyo, japan": "Tokyo", "seoul, korea": "Seoul", "mekkah": "Makkah", "makkah al mukarramah": "Makkah",
    "kl": "Kuala Lumpur",
}
_CANON = {c.lower(): c for c in ALL_CITIES}


# The helpers canon_city, known_city, region, C, T and make_brief, bound to the vocabularies above.
# Written once for voices4..voices8 in ../voices_helpers.py.
bind(globals())
