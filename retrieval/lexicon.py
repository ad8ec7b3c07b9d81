"""Bilingual (Indonesian/English) domain vocabulary: niches, places, platforms.

This is general knowledge about the creator economy in Indonesia, not rules for particular
briefs: each niche lists the products, topics and slang people use for it in both languages.
A term may belong to several niches (e.g. "camping" is outdoor and travel).
"""

from __future__ import annotations

from retrieval.niche_vocabulary import BLIND_NICHE_TERMS

NICHE_LABELS: dict[str, dict[str, str]] = {
    "beauty_skincare": {"id": "kecantikan & skincare", "en": "beauty & skincare"},
    "sustainable_living": {"id": "gaya hidup ramah lingkungan", "en": "sustainable living"},
    "food_culinary": {"id": "kuliner & makanan", "en": "food & culinary"},
    "parenting": {"id": "parenting & keluarga", "en": "parenting & family"},
    "fitness_health": {"id": "kebugaran & kesehatan", "en": "fitness & health"},
    "travel": {"id": "traveling & wisata", "en": "travel"},
    "modest_fashion": {"id": "fashion muslimah / hijab", "en": "modest fashion"},
    "streetwear_fashion": {"id": "streetwear", "en": "streetwear fashion"},
    "tech_gadgets": {"id": "teknologi & gadget", "en": "tech & gadgets"},
    "gaming": {"id": "gaming", "en": "gaming"},
    "personal_finance": {"id": "keuangan pribadi & investasi", "en": "personal finance"},
    "education_study": {"id": "edukasi & belajar", "en": "education & study"},
    "pets": {"id": "hewan peliharaan", "en": "pets"},
    "home_diy": {"id": "rumah & DIY", "en": "home & DIY"},
    "automotive": {"id": "otomotif", "en": "automotive"},
    "coffee": {"id": "kopi", "en": "coffee"},
    "music": {"id": "musik", "en": "music"},
    "outdoor_adventure": {"id": "petualangan alam bebas", "en": "outdoor adventure"},
}


# Strong terms say the niche on their own; weak terms (suffix "~") only add evidence: a word
# too broad for one niche ("wajah"), or one whose everyday sense in a brief is mostly not the
# topic ("makan" = to eat, "tahu" = to know, "ibu" = madam, "rumah" in "ibu rumah tangga",
# "uang"/"cuan" in any talk of prices or profit, English "ban", "tools", "trip").
NICHE_TERMS: dict[str, tuple[str, ...]] = {
    "beauty_skincare": (
        "skincare", "skin care", "perawatan kulit", "perawatan wajah", "kecantikan", "beauty",
        "serum", "sunscreen", "sunblock", "spf", "tabir surya", "moisturizer", "moisturiser",
        "pelembab", "pelembap", "toner", "essence", "facial wash", "face wash", "sabun muka",
        "cleanser", "pembersih wajah", "micellar", "jerawat", "acne", "berjerawat", "bruntusan",
        "kulit berminyak", "oily skin", "kulit kering", "dry skin", "kulit sensitif",
        "sensitive skin", "glowing", "skin barrier", "niacinamide", "retinol", "ceramide",
        "makeup", "make up", "kosmetik", "cosmetics", "lipstik", "lipstick", "lip tint",
        "lip cream", "cushion", "foundation", "bedak", "maskara", "mascara", "eyeliner",
        "skincare lokal", "body lotion", "body care", "perawatan tubuh", "hair care",
        "perawatan rambut", "sampo", "shampoo", "parfum", "perfume", "fragrance", "wajah~",
        "kulit~", "skin~", "face~", "masker wajah", "sheet mask", "beauty vlogger", "mua",
        "sabun cuci muka", "cuci muka", "face serum", "lip balm", "blush", "skin tint",
        "deodoran", "deodorant", "skincare routine",
        # Men's grooming: a barber's chair, not a pet salon.
        "grooming pria", "grooming cowok", "men's grooming", "mens grooming", "barbershop",
        "barber", "pomade", "hair styling", "beard oil", "minyak rambut",
    ),
    "sustainable_living": (
        "ramah lingkungan", "eco friendly", "eco-friendly", "eco", "zero waste", "zerowaste",
        "sustainable", "sustainability", "berkelanjutan", "lestari", "gaya hidup hijau",
        "isi ulang", "refill", "refillable", "reusable", "bisa dipakai ulang", "guna ulang",
        "tanpa plastik", "plastic free", "plastic-free", "bebas plastik", "plastik sekali pakai",
        "single-use plastic", "single use plastic", "sekali pakai", "kurangi plastik",
        "tumbler", "sedotan stainless", "steel straw", "metal straw", "sedotan bambu",
        "tas belanja kain", "tote bag", "cloth bag", "totebag", "kompos", "compost",
        "composting", "daur ulang", "recycle", "recycling", "upcycle", "upcycling",
        "thrift", "preloved", "slow fashion", "belanja curah", "bulk store", "bank sampah",
        "sampah", "waste", "limbah", "lingkungan", "environment", "planet~", "bumi~",
        "biodegradable", "menstrual cup", "menspad", "pembalut kain", "carbon footprint",
        "jejak karbon", "hemat energi", "solar panel", "panel surya", "urban farming",
        "berkebun~", "green living", "minimalis~",
        "tanpa kemasan", "kemasan plastik", "plastic packaging", "packaging-free",
        "sabun batang", "shampoo bar", "soap bar", "bar soap", "refill station", "ecobrick",
    ),
    "food_culinary": (
        "kuliner", "culinary", "makanan", "food", "foodie", "resep", "recipe", "masak",
        "memasak", "cooking", "masakan", "jajanan", "street food", "camilan", "cemilan",
        "snack", "keripik", "kripik", "chips", "sambal", "saus", "sauce", "bumbu", "rempah",
        "frozen food", "makanan beku", "katering", "catering", "restoran", "restaurant",
        "warung", "kafe~", "cafe~", "kue", "cake", "bakery", "roti", "bread", "dessert",
        "kuliner lokal", "review makanan", "food review", "mukbang", "makan~", "minuman",
        "beverage", "drink~", "jamu", "teh", "tea", "mie", "noodle", "bakso", "seblak",
        "nasi~", "rendang", "ayam geprek", "frozen", "home cooking", "umkm kuliner",
        "food vlogger", "kulineran", "dapur~", "kitchen~", "healthy food~", "tempe", "tahu~",
        "granola", "sereal", "cereal", "oat", "oats", "oatmeal", "selai", "jam~", "madu",
        "honey", "low-sugar", "rendah gula",
    ),
    "parenting": (
        "parenting", "parent", "orang tua", "orangtua", "ibu~", "ibu-ibu", "bu ibu",
        "mom", "moms", "mommy", "mama", "bunda", "ayah", "dad", "papa", "anak", "kids",
        "children", "balita", "toddler", "bayi", "baby", "newborn", "mpasi", "baby food",
        "makanan bayi", "makanan pendamping asi", "asi", "breastfeeding", "menyusui",
        "popok", "diaper", "diapers", "hamil", "pregnancy", "kehamilan", "ibu hamil",
        "mainan anak", "toys", "mainan edukatif", "tumbuh kembang", "keluarga muda",
        "family~", "keluarga~", "homeschooling", "stroller", "momlife", "mom life",
        "ibu rumah tangga", "irt",
        "picture book", "picture-book", "buku cerita anak", "buku anak", "bedtime story",
        "dongeng", "playdate", "school run", "family money",
    ),
    "fitness_health": (
        "fitness", "olahraga", "workout", "gym", "lari", "running", "runner", "pelari",
        "marathon", "maraton", "sepatu lari", "running shoes", "jogging", "yoga", "pilates",
        "senam", "angkat beban", "weightlifting", "calisthenics", "sepeda", "cycling",
        "gowes", "diet", "protein", "whey", "suplemen", "supplement", "vitamin",
        "kesehatan", "health", "healthy", "sehat", "hidup sehat", "nutrisi", "nutrition",
        "gizi", "kalori", "calorie", "defisit kalori", "jaga pola makan", "pola makan",
        "turun berat badan", "weight loss", "home workout", "badminton", "futsal", "sepak bola",
        "football", "basket", "renang", "swimming", "atlet", "athlete", "hiit", "crossfit",
        "personal trainer", "pt~", "wellness", "mental health", "kesehatan mental", "tidur~",
        # Everyday conditions that health creators explain.
        "diabetes", "diabetesi", "gula darah", "blood sugar", "hipertensi", "hypertension",
        "darah tinggi", "tekanan darah", "blood pressure", "kolesterol", "cholesterol",
        "asam urat",
    ),
    "travel": (
        "travel", "traveling", "travelling", "traveler", "traveller", "wisata", "pariwisata",
        "liburan", "holiday", "vacation", "jalan-jalan", "jalan jalan", "backpacker",
        "backpacking", "destinasi", "destination", "hotel", "homestay", "villa", "resort",
        "penginapan", "staycation", "tiket pesawat", "flight", "itinerary", "itinerari",
        "trip~", "tour", "tur", "open trip", "desa wisata", "pantai", "beach", "pulau",
        "island", "road trip", "explore~", "eksplor", "turis", "tourist", "booking~",
        "koper", "luggage", "visa", "solo traveling", "camping~", "kemah~",
        "suitcase", "carry-on", "cabin bag", "cabin-size", "travel bag", "tas travel",
        "backpack~", "ransel~", "packing", "jet lag",
    ),
    "modest_fashion": (
        "modest fashion", "modest", "hijab", "hijabers", "jilbab", "kerudung", "khimar",
        "pashmina", "segi empat", "bergo", "voile", "ciput", "inner hijab", "gamis", "abaya",
        "tunik", "tunic", "busana muslim", "busana muslimah", "baju muslim", "muslimah",
        "muslim fashion", "syar'i", "syari", "outfit kondangan", "ootd hijab", "mukena",
        "koko", "baju lebaran", "lebaran outfit", "fashion muslim",
        "modestly", "modest wear", "sports hijab", "hijab sport", "hijab olahraga",
    ),
    "streetwear_fashion": (
        "streetwear", "street wear", "street style", "sneakers", "sneaker", "sepatu kets",
        "kicks", "hypebeast", "hype", "oversized", "oversize", "kaos", "t-shirt", "tshirt",
        "tees", "tee", "hoodie", "hoodies", "jaket", "jacket", "celana cargo", "cargo pants",
        "topi", "cap", "local brand~", "brand lokal~", "distro", "clothing line", "drop~",
        "limited edition", "ootd", "outfit", "fashion pria", "menswear", "thrifting", "skate",
        "skateboard", "urban fashion", "fashion~", "apparel", "clothing",
    ),
    "tech_gadgets": (
        "tech", "teknologi", "technology", "gadget", "gadgets", "gawai", "hp", "smartphone",
        "ponsel", "handphone", "android", "iphone", "laptop", "notebook", "pc", "komputer",
        "computer", "tablet", "earbuds", "earphone", "headphone", "headset", "tws",
        "wireless", "bluetooth", "speaker", "smartwatch", "jam pintar", "wearable",
        "wearables", "kamera", "camera", "charger", "powerbank", "power bank", "aksesoris hp",
        "unboxing", "review gadget", "spesifikasi", "specs", "aplikasi~", "app~", "software",
        "coding", "programming", "ai~", "keyboard", "mouse", "monitor", "router", "wifi",
        "smart home", "elektronik", "electronics", "anc", "noise cancelling", "phone",
    ),
    "gaming": (
        "gaming", "gamer", "gamers", "game", "games", "esports", "e-sports", "esport",
        "mobile legends", "mlbb", "pubg", "free fire", "valorant", "genshin", "dota",
        "minecraft", "roblox", "console", "konsol", "playstation", "ps5", "nintendo",
        "switch~", "xbox", "steam", "streamer", "streaming game", "live streaming~",
        "mouse gaming", "gaming mouse", "keyboard gaming", "gaming keyboard", "mechanical keyboard",
        "keyboard mekanik", "headset gaming", "gaming chair", "kursi gaming", "pc gaming",
        "gaming pc", "top up", "diamond~", "rank~", "mabar", "speedrun", "fps~",
        "turnamen", "tournament", "esports team",
    ),
    "personal_finance": (
        "keuangan", "finance", "finansial", "financial", "personal finance", "investasi",
        "investing", "investment", "invest", "reksa dana", "reksadana", "mutual fund",
        "mutual funds", "saham", "stock", "stocks", "obligasi", "bond", "bonds", "sbn",
        "deposito", "tabungan", "menabung", "saving", "savings", "budgeting", "anggaran~",
        "dana darurat", "emergency fund", "pensiun", "retirement", "asuransi", "insurance",
        "kripto", "crypto", "bitcoin", "emas", "gold~", "paylater", "pinjol", "utang", "hutang",
        "debt", "cuan~", "financial freedom", "literasi keuangan", "financial literacy",
        "catatan keuangan", "pengeluaran", "expense", "expenses", "gaji~", "salary",
        "fintech", "bank~", "e-wallet", "dompet digital", "pajak", "tax",
        "savings plan", "insurer", "asuransi pendidikan", "tabungan pendidikan", "money~",
        "uang~", "duit~", "uang jajan~",
    ),
    "education_study": (
        "edukasi", "education", "educational", "belajar", "study", "studying", "learning",
        "learn", "pelajar", "student", "students", "mahasiswa", "kuliah", "college~",
        "university~", "kampus", "campus", "sekolah", "school", "ujian", "exam", "utbk",
        "snbt", "sbmptn", "cpns", "ielts", "toefl", "bahasa inggris", "english learning",
        "learn english", "english learners", "speaking", "grammar", "vocabulary",
        "kursus", "course", "courses", "les", "bimbel", "tutor", "tutoring", "guru", "teacher",
        "beasiswa", "scholarship", "scholarships", "study abroad", "kuliah di luar negeri",
        "edtech", "skripsi", "thesis", "produktivitas", "productivity", "catatan~", "notes~",
        "study tips", "tips belajar", "bahasa asing", "language learning",
    ),
    "pets": (
        "pet", "pets", "hewan peliharaan", "peliharaan", "anabul", "kucing", "cat", "cats",
        "kitten", "anjing", "dog", "dogs", "puppy", "anak anjing", "makanan kucing", "cat food",
        "makanan anjing", "dog food", "pet food", "pakan", "litter", "pasir kucing", "grooming~",
        "pet grooming",
        "vet", "dokter hewan", "veterinarian", "kelinci", "rabbit", "hamster", "ikan hias",
        "aquarium", "akuarium", "burung", "bird", "reptil", "reptile", "pet shop", "petshop",
        "cat lover", "dog lover", "pawrent", "meow", "steril",
        # Owners call themselves their pets' parents: not parenting.
        "pet parent", "pet-parent", "pet mom", "pet dad", "cat parent", "cat mom", "cat dad",
        "dog parent", "dog mom", "dog dad", "fur parent", "fur baby", "furbaby",
    ),
    "home_diy": (
        "rumah~", "home~", "house~", "hunian", "interior", "dekorasi", "decor", "home decor",
        "diy", "do it yourself", "renovasi", "renovation", "cat tembok", "wall paint",
        "paint", "pengecatan", "furnitur", "furniture", "mebel", "perabot", "dapur", "kitchen",
        "kamar~", "bedroom", "kamar mandi", "bathroom", "tanaman hias", "houseplant", "taman",
        "plant parent", "plant mom", "plant dad",
        "garden", "gardening", "berkebun", "perkakas", "tools~", "bor", "drill", "tukang",
        "handyman", "bersih-bersih", "cleaning", "beberes", "organizer", "storage~", "rak",
        "shelf", "rumah minimalis", "home improvement", "bangunan", "keramik", "lantai",
        "atap", "bocor", "anti jamur", "waterproofing", "pasangan muda~", "rumah baru",
        "kpr", "kontrakan", "kos~", "makeover",
        "screwdriver", "obeng", "cordless", "homeowner", "homeowners", "first home",
        "rumah pertama", "power tools", "hand tools",
    ),
    "automotive": (
        "otomotif", "automotive", "mobil", "car", "cars", "motor", "motorcycle", "motorbike",
        "sepeda motor", "bengkel", "workshop~", "mekanik", "mechanic", "oli", "oil~",
        "pelumas", "lubricant", "ban~", "tire", "tyre", "aki", "battery~", "sparepart",
        "spare part", "suku cadang", "modifikasi", "modif", "modification", "servis", "service~",
        "perawatan motor", "perawatan mobil", "car care", "detailing", "cuci mobil", "car wash",
        "matic", "skutik", "vespa", "touring", "riding", "rider", "biker", "pengendara",
        "ojol", "mobil bekas", "used car", "ev", "mobil listrik", "motor listrik",
        "electric vehicle", "helm", "helmet", "dashcam", "velg", "knalpot", "test drive",
    ),
    "coffee": (
        "kopi", "coffee", "kopi susu", "specialty coffee", "kopi specialty", "biji kopi",
        "coffee beans", "beans~", "roastery", "roaster", "roasting", "barista", "espresso",
        "latte", "cappuccino", "americano", "manual brew", "pour over", "v60", "french press",
        "aeropress", "cold brew", "kedai kopi", "coffee shop", "ngopi", "arabika", "arabica",
        "robusta", "gayo", "toraja", "kintamani", "grinder", "home brewing", "home brew",
        "cafe", "kafe", "coffee lover", "pecinta kopi", "penikmat kopi", "kopi literan",
    ),
    "music": (
        "musik", "music", "musisi", "musician", "lagu", "song", "songs", "nyanyi", "singing",
        "singer", "penyanyi", "cover lagu", "cover song", "gitar", "guitar", "senar gitar",
        "guitar strings", "strings~", "bass", "drum", "drums", "piano", "keyboard musik",
        "ukulele", "biola", "violin", "band", "akustik", "acoustic", "produser musik",
        "music producer", "beat", "beats", "rekaman", "recording", "home studio", "studio~",
        "mixing", "konser", "concert", "gig", "manggung", "indie", "spotify", "vokal", "vocal",
        "alat musik", "instrument", "instrumen", "sound system", "audio interface",
        "mikrofon", "microphone", "songwriter", "penulis lagu",
    ),
    "outdoor_adventure": (
        "outdoor", "alam bebas", "petualangan", "adventure", "hiking", "hiker", "pendakian",
        "mendaki", "pendaki", "naik gunung", "gunung", "mountain", "trekking", "camping",
        "kemah", "berkemah", "tenda", "tent", "carrier", "ransel", "backpack", "sleeping bag",
        "perlengkapan camping", "camping gear", "outdoor gear", "alat outdoor", "mapala",
        "climbing", "panjat tebing", "rock climbing", "rafting", "arung jeram", "diving",
        "snorkeling", "surfing", "surf", "surfer", "surfboard", "selancar", "trail run",
        "trail running", "sepeda gunung",
        "mtb", "survival", "bushcraft", "ultralight", "summit", "basecamp", "glamping",
        "alam~", "nature~", "hutan", "forest", "air terjun", "waterfall", "kayak",
        "mancing", "memancing", "pemancing", "fishing", "angler",
    ),
}

# The list above as it was written here; synthetic creators (`bench.generate`) are drawn from
# it alone, so that a seed keeps giving the same creators whatever the blind list holds.
CURATED_NICHE_TERMS = NICHE_TERMS

def _with_blind_terms(niche: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    known = {term.rstrip("~").lower() for term in terms}
    return terms + tuple(term for term in BLIND_NICHE_TERMS.get(niche, ()) if term not in known)


NICHE_TERMS = {niche: _with_blind_terms(niche, terms)
               for niche, terms in CURATED_NICHE_TERMS.items()}

def _names_of(labels: dict[str, str], terms: tuple[str, ...]) -> frozenset[str]:
    """A niche's own names: each label and its parts ("kuliner & makanan"), and the parts'
    words that are strong terms of the niche ("petualangan alam bebas": not "bebas")."""
    strong = {term.lower() for term in terms if not term.endswith("~")}
    parts = {part.strip().lower() for label in labels.values()
             for part in label.replace("/", "&").split("&")}
    return frozenset(parts | {word for part in parts for word in part.split()
                              if word in strong})


# What a niche is called, not what it covers: "no food reviewers" refuses the niche itself,
# "not cat accounts" only one kind inside it.
NICHE_NAMES: dict[str, frozenset[str]] = {
    niche: _names_of(labels, NICHE_TERMS[niche]) for niche, labels in NICHE_LABELS.items()}

# Niches whose audiences overlap, used to give partial credit (not a match).
RELATED_NICHES: dict[str, tuple[str, ...]] = {
    "outdoor_adventure": ("travel", "fitness_health"),
    "travel": ("outdoor_adventure", "food_culinary"),
    "gaming": ("tech_gadgets",),
    "tech_gadgets": ("gaming",),
    "food_culinary": ("coffee", "fitness_health"),
    "coffee": ("food_culinary",),
    "fitness_health": ("food_culinary", "outdoor_adventure"),
    "beauty_skincare": ("modest_fashion", "sustainable_living"),
    "sustainable_living": ("home_diy", "beauty_skincare"),
    "modest_fashion": ("beauty_skincare", "streetwear_fashion"),
    "streetwear_fashion": ("modest_fashion", "music"),
    "parenting": ("food_culinary", "education_study"),
    "education_study": ("personal_finance", "tech_gadgets"),
    "personal_finance": ("education_study",),
    "home_diy": ("sustainable_living",),
    "pets": (),
    "automotive": ("tech_gadgets",),
    "music": ("streetwear_fashion",),
}


PLATFORM_TERMS: dict[str, tuple[str, ...]] = {
    "instagram": ("instagram", "insta", "ig", "igers", "reels", "selebgram", "instagrammer"),
    "tiktok": ("tiktok", "tik tok", "tiktoker", "tiktokers", "tt"),
    "youtube": ("youtube", "yt", "youtuber", "youtubers", "shorts", "vlog youtube", "yutub",
                "yutuber", "yutuberr", "yucub"),
}
# The terms above that name a platform's creators rather than the platform.
PLATFORM_CREATOR_WORDS = frozenset({"igers", "selebgram", "instagrammer", "tiktoker", "tiktokers",
                                    "youtuber", "youtubers", "yutuber", "yutuberr"})

# Who follows a creator, in the words both sides use: a brief's "orang kantoran" and a
# community text's "karyawan muda" or "office workers" name one audience. Each group is one
# audience; a brief naming any of its words searches the community texts for all of them.
AUDIENCE_GROUPS: tuple[tuple[str, ...], ...] = (
    ("pekerja kantoran", "orang kantoran", "anak kantoran", "kerja kantoran", "karyawan",
     "karyawati", "pegawai", "office workers", "office worker", "employees",
     "profesional muda", "young professionals", "professionals", "corporate", "wfh"),
    ("mahasiswa", "mahasiswi", "anak kuliah", "anak kampus", "college students",
     "university students", "uni students", "kampus"),
    ("remaja", "abg", "teen", "teens", "teenagers", "pelajar", "anak sekolah", "siswa", "smp",
     "sma", "anak sma", "gen z", "gen-z"),
    ("ibu muda", "mamah muda", "new moms", "young mothers", "ibu baru", "busui",
     "ibu menyusui", "bumil", "ibu hamil"),
    ("ibu rumah tangga", "irt", "emak-emak", "ibu-ibu", "homemakers", "housewives"),
    ("bapak-bapak", "bapak bapak", "bapak2", "om-om", "dads", "fathers", "pria paruh baya",
     "middle-aged men"),
    ("pelaku umkm", "umkm", "pemilik usaha", "pengusaha kecil", "small business owners",
     "online sellers", "seller", "pedagang", "olshop", "jualan online"),
    ("keluarga muslim", "muslim families", "hijabers", "hijabi", "muslimah", "ummahat"),
    ("pensiunan", "lansia", "manula", "kakek nenek", "retirees", "seniors", "elderly",
     "older people", "older adults", "grandparents"),
    ("anak kos", "anak kost", "kosan", "perantau"),
)
