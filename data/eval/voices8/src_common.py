"""Vocabularies for the `voices8` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
Copied from voices7/src_common.py (helpers canon_city, known_city, region, C, T, make_brief unchanged); the
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
    "food.seafood":       ("food_culinary", "cooking fish and seafood at home: buying at the fish market, cleaning, shrimp, squid, crab, salted and dried fish"),
    "food.minuman":       ("food_culinary", "traditional and home-made drinks: jamu, wedang, aloe-vera and fruit drinks, syrups, herbal drinks to sell or to drink"),
    "pets.anjing":        ("pets", "dogs: training, grooming, dog food, adopting local dogs, dog health"),
    "pets.unggas":        ("pets", "keeping chickens and pigeons: ayam serama, ayam kampung, racing and fancy pigeons, ducks; feed and coops"),
    "beauty.parfum":      ("beauty_skincare", "perfume and fragrance: local perfume brands, refill perfume, scent reviews, layering"),
    "beauty.matang":      ("beauty_skincare", "skincare for mature skin (40+): wrinkles, dark spots, menopause skin, gentle routines"),
    "par.asi":            ("parenting", "breastfeeding and pumping: lactation, breast pumps, storing breast milk, pumping at the office"),
    "par.remaja":         ("parenting", "parenting teenagers (12-18): phones and screen time, puberty, talking with teens, teen safety"),
    "fit.sepeda":         ("fitness_health", "cycling: road bikes, folding bikes, gowes routes, bike commuting, cycling gear"),
    "fit.mental":         ("fitness_health", "mental health: stress, anxiety, burnout, going to a psychologist, self-care that is not skincare"),
    "fin.utang":          ("personal_finance", "getting out of debt: paylater, online loans (pinjol), credit cards, debt repayment plans"),
    "fin.pensiun":        ("personal_finance", "retirement planning: pension funds, JHT/BPJS Ketenagakerjaan, money for retirees, preparing at 30-50"),
    "home.perbaikan":     ("home_diy", "fixing things at home with tools: plumbing, wiring, drills and grinders, leaks, tool reviews"),
    "home.kriya":         ("home_diy", "handicrafts: weaving (rattan, pandan), beadwork, pottery, wood carving, macrame, making crafts to sell"),
    "travel.desa":        ("travel", "village tourism and homestays: desa wisata, slow travel, rice-field villages, staying with local families"),
    "travel.keluarga":    ("travel", "family trips with children: kid-friendly destinations, road trips with kids, family hotels"),
    "tech.audio":         ("tech_gadgets", "audio gear: TWS earbuds, headphones, Bluetooth speakers, sound tests"),
    "tech.produktivitas": ("tech_gadgets", "productivity apps and AI tools: note-taking, Notion, spreadsheets, AI assistants for work and study"),
    "edu.utbk":           ("education_study", "university entrance exam prep (UTBK-SNBT): tryouts, study plans, choosing a major and campus"),
    "edu.karier":         ("education_study", "careers for fresh graduates: CVs, job interviews, internships, job hunting, first job"),
    "auto.offroad":       ("automotive", "off-road and 4x4: jeeps, trail routes, winches, overlanding, off-road clubs"),
    "sust.pesisir":       ("sustainable_living", "coastal and marine conservation: mangrove planting, coral restoration, sea turtles, fishing villages"),
    "modest.pria":        ("modest_fashion", "men's modest wear: baju koko, sarung, peci, modest menswear for Eid and Friday prayers"),
    "game.pc":            ("gaming", "PC gaming: building and upgrading PCs, PC game reviews, gaming cafes (warnet)"),
    "music.tradisi":      ("music", "traditional music: gamelan, sape', angklung, kolintang; learning, performing, instrument makers"),
    "out.diving":         ("outdoor_adventure", "diving and snorkelling: scuba courses, freediving, dive spots, underwater photography"),
    "street.jersey":      ("streetwear_fashion", "football jersey culture: club and retro jerseys, blokecore outfits, jersey collecting"),
}

AUDIENCES = {
    "ibu_muda":       "young mothers of babies and small children",
    "ibu_bekerja":    "working mothers (office, shift or own business)",
    "mahasiswa":      "university students",
    "pelajar_sma":    "high-school students (SMA/SMK), teenagers preparing for university",
    "karyawan":       "office workers and young professionals",
    "freelancer":     "freelancers and gig workers: designers, writers, editors, remote workers",
    "pelaku_umkm":    "small-business owners, home sellers and resellers",
    "lansia":         "older people, retirees and people close to retirement",
    "nelayan":        "fishers and coastal families",
    "turis_asing":    "foreign tourists and travellers planning a trip to Indonesia",
    "perantau":       "people living away from their home region (perantau), missing home food and culture",
    "pengrajin":      "craftspeople and artisans",
}

REGIONS = {
    "JABODETABEK": ["Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"],
    "JABAR": ["Bandung", "Cimahi", "Bogor", "Depok", "Bekasi"],
    "JATENG": ["Semarang", "Solo"],
    "DIY": ["Yogyakarta", "Sleman", "Bantul"],
    "JATIM": ["Surabaya", "Sidoarjo", "Gresik", "Malang", "Batu", "Jember", "Banyuwangi", "Bangkalan"],
    "BALI": ["Denpasar", "Badung", "Gianyar", "Tabanan", "Buleleng", "Karangasem"],
    "KALBAR": ["Pontianak", "Kubu Raya", "Singkawang", "Sintang", "Ketapang", "Mempawah"],
    "KALIMANTAN_LAIN": ["Banjarmasin", "Balikpapan", "Samarinda", "Palangka Raya"],
    "SUMATRA": ["Medan", "Palembang", "Padang", "Pekanbaru", "Bandar Lampung", "Batam"],
    "SULAWESI": ["Makassar", "Manado", "Kendari", "Palu"],
    "NUSA_TENGGARA": ["Mataram", "Kupang", "Labuan Bajo"],
    "MALUKU_PAPUA": ["Ambon", "Jayapura", "Sorong"],
    "ABROAD": ["Kuching", "Perth", "Amsterdam"],
}
REGIONS["KALIMANTAN"] = REGIONS["KALBAR"] + REGIONS["KALIMANTAN_LAIN"]
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG"] + REGIONS["DIY"]
                  + REGIONS["JATIM"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Kuching": "MY", "Perth": "AU", "Amsterdam": "NL"}

# How creators write places -> canonical city (matched case-insensitively). A creator record keeps the
# written form; grading maps it through this table. Canonical names map to themselves.
# Kalimantan Barat: Sungai Raya is the seat of Kubu Raya (next to Pontianak, not Pontianak itself); Singkawang is
# "Kota Amoi". Bali: Ubud and Mas are in Gianyar; Canggu, Kuta and Jimbaran in Badung; Sanur in Denpasar; Lovina in
# Buleleng; Amed in Karangasem; Jatiluwih in Tabanan. Kuching (Sarawak) is on Borneo but in Malaysia.
CITY_ALIASES = {
    "jkt": "Jakarta", "jaksel": "Jakarta", "jakpus": "Jakarta", "jakarta barat": "Jakarta", "jakarta pusat": "Jakarta",
    "kuningan, jaksel": "Jakarta", "tangsel": "Tangerang Selatan", "bsd": "Tangerang Selatan",
    "bsd city": "Tangerang Selatan", "tng": "Tangerang", "bks": "Bekasi", "kota bekasi": "Bekasi",
    "depok, jabar": "Depok", "bogor kota": "Bogor", "bdg": "Bandung", "cimahi, jabar": "Cimahi",
    "smg": "Semarang", "solo raya": "Solo", "jogja": "Yogyakarta", "yk": "Yogyakarta", "sleman, yogyakarta": "Sleman",
    "bantul, diy": "Bantul",
    "sby": "Surabaya", "suroboyo": "Surabaya", "surabaya barat": "Surabaya", "sda": "Sidoarjo",
    "sidoarjo kota": "Sidoarjo", "gresik kota": "Gresik", "mlg": "Malang", "kota batu": "Batu",
    "jember, jatim": "Jember", "bwi": "Banyuwangi", "madura": "Bangkalan",
    "dps": "Denpasar", "sanur": "Denpasar", "denpasar, bali": "Denpasar", "canggu": "Badung", "kuta": "Badung",
    "jimbaran": "Badung", "ubud": "Gianyar", "mas, ubud": "Gianyar", "gianyar, bali": "Gianyar",
    "tabanan, bali": "Tabanan", "jatiluwih": "Tabanan", "lovina": "Buleleng", "amed": "Karangasem",
    "ptk": "Pontianak", "pontianak kota": "Pontianak", "pontianak, kalbar": "Pontianak", "pnk": "Pontianak",
    "sungai raya": "Kubu Raya", "kubu raya, kalbar": "Kubu Raya", "skw": "Singkawang", "kota amoi": "Singkawang",
    "sintang, kalbar": "Sintang", "ketapang kalbar": "Ketapang",
    "bjm": "Banjarmasin", "bpp": "Balikpapan", "smd": "Samarinda", "palangkaraya": "Palangka Raya",
    "plg": "Palembang", "palembang, sumsel": "Palembang", "mdn": "Medan", "pku": "Pekanbaru", "btm": "Batam",
    "lampung": "Bandar Lampung",
    "mks": "Makassar", "mdo": "Manado", "kdi": "Kendari",
    "mataram, lombok": "Mataram", "kupang, ntt": "Kupang", "labuanbajo": "Labuan Bajo",
    "ambon manise": "Ambon", "sorong, papua barat daya": "Sorong",
    "kuching, sarawak": "Kuching", "perth, wa": "Perth", "amsterdam, nl": "Amsterdam",
}
_CANON = {c.lower(): c for c in ALL_CITIES}


# The helpers canon_city, known_city, region, C, T and make_brief, bound to the vocabularies above.
# Written once for voices4..voices8 in ../voices_helpers.py.
bind(globals())
