#!/usr/bin/env python3
"""Generate Jodoh's sample creators and the self-written evaluation set in ``data/eval/own``.

Stdlib only (plus the contract's niche and platform lists, storage/contract_ids.py) and
deterministic: the same seeds always give byte-identical files.

    python3 data/generate_sample.py [--out-dir data]

Outputs
  sample_creators.jsonl   SAMPLE_SIZE creators (seed SAMPLE_SEED), about 10 % inauthentic.
  eval/own/               another population (seed OWN_SEED, handles disjoint from the sample),
                          40 briefs, their structured constraints, per-creator labels, graded
                          qrels and a README. Same file formats as shared/eval/dev.

Inauthentic creators. Their bios and communities come from the same templates as everyone
else's; only the numbers give them away (ER = (avg_likes + avg_comments) / followers):
  bought_followers  >= 10k followers and ER < 0.5 %
  engagement_pod    ER > 20 % and comments/likes > 30 %
  follower_jump     one month-to-month jump > 50 % in follower_history; likes sized for the
                    old follower count
  view_farming      tiktok/youtube only: avg_views > 5x followers and likes/views < 0.5 %
Authentic creators stay clear of all four: ER >= 1 %, comments/likes <= 8 %, monthly growth
<= 30 %, views <= 3x followers.

Grading rule for qrels (suspicious creators are never relevant):
  A creator is a "primary match" if its first niche is one of the brief's niches, and a
  "secondary match" if only a later niche is. The stated constraints are city, platform,
  follower range (min and max together count as one constraint) and max rate (a null
  rate_idr never violates it); null constraints are not stated.
    grade 2  primary match, no stated constraint violated
    grade 1  primary match with exactly one violated constraint,
             or secondary match with no violated constraint
  Every brief has at least MIN_GRADE2 grade-2 creators: where the population falls short, the
  generator plants extra authentic creators that fit the brief. Every third brief also gets
  one planted inauthentic "decoy" that fits it on paper.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

# The niche ids and platforms are the contract's (storage/contract_ids.py imports nothing, so
# this script still runs on a bare Python).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from storage.contract_ids import NICHES, PLATFORMS, VIDEO_PLATFORMS

SAMPLE_SEED = 20240611
SAMPLE_SIZE = 378  # 21 primaries per niche
SAMPLE_INAUTHENTIC = 0.10
OWN_SEED = 77031
OWN_BASE_SIZE = 180  # before planting; the final set is about 300
OWN_INAUTHENTIC = 0.10  # plus one inauthentic decoy for every third brief
MIN_GRADE2 = 3
USD_TO_IDR = 16_000

PLATFORM_WEIGHTS = [50, 33, 17]
PATTERNS = ["bought_followers", "engagement_pod", "follower_jump", "view_farming"]
PATTERN_REASONS = {
    "bought_followers": "bought followers: ER under 0.5% with 10k+ followers",
    "engagement_pod": "engagement pod: ER over 20% and comments over 30% of likes",
    "follower_jump": "follower jump: +50% or more in one month while likes stayed flat",
    "view_farming": "view farming: views over 5x followers with likes under 0.5% of views",
}

# name, country, weight, handle code, region (id), region (en)
CITIES = [
    ("Jakarta", "ID", 20, "jkt", "Jabodetabek", "Greater Jakarta"),
    ("Surabaya", "ID", 10, "sby", "Surabaya dan Jawa Timur", "Surabaya and East Java"),
    ("Bandung", "ID", 10, "bdg", "Bandung Raya", "Greater Bandung"),
    ("Yogyakarta", "ID", 8, "jogja", "Jogja dan sekitarnya", "Yogyakarta and nearby towns"),
    ("Semarang", "ID", 6, "smg", "Jawa Tengah", "Central Java"),
    ("Medan", "ID", 6, "mdn", "Sumatera Utara", "North Sumatra"),
    ("Makassar", "ID", 5, "mks", "Sulawesi Selatan", "South Sulawesi"),
    ("Denpasar", "ID", 6, "bali", "Bali", "Bali"),
    ("Malang", "ID", 5, "mlg", "Malang Raya", "Malang and around"),
    ("Palembang", "ID", 3, "plg", "Sumatera Selatan", "South Sumatra"),
    ("Balikpapan", "ID", 3, "bpn", "Kalimantan Timur", "East Kalimantan"),
    ("Manado", "ID", 3, "mdo", "Sulawesi Utara", "North Sulawesi"),
    ("Pontianak", "ID", 2, "ptk", "Kalimantan Barat", "West Kalimantan"),
    ("Bogor", "ID", 4, "bogor", "Bogor dan Jabodetabek", "Bogor and Greater Jakarta"),
    ("Solo", "ID", 4, "solo", "Solo Raya", "Solo and around"),
    ("Kuala Lumpur", "MY", 3, "kl", "Lembah Klang", "the Klang Valley"),
    ("Singapore", "SG", 2, "sg", "Singapura", "Singapore"),
]
CITY_INFO = {c[0]: c for c in CITIES}
NO_CITY_SHARE = 0.02  # city is optional in the contract; a few creators leave it empty


def _items(text: str) -> list[str]:
    return [s.strip() for s in text.split("|")]


HOMETOWNS = _items(
    "Padang|Kupang|Ambon|Jambi|Cirebon|Tegal|Kediri|Banyuwangi|Lampung|Aceh|Mataram|Jember|"
    "Purwokerto|Tasikmalaya|Garut|Madiun|Ternate|Bima"
)
FIRST_NAMES = {
    "general": _items(
        "Ayu|Rina|Nadia|Putri|Sari|Dewi|Citra|Intan|Salsa|Nabila|Tika|Wulan|Fitri|Anisa|Laras|"
        "Dinda|Kirana|Maya|Rara|Vina|Zahra|Bunga|Dimas|Bayu|Rizky|Fajar|Yoga|Galih|Rendy|Arya|"
        "Bagus|Hendra|Ilham|Raka|Satria|Teguh|Wahyu|Yusuf|Fikri|Reza|Naufal|Gilang|Tiara|Mega"
    ),
    "sunda": _items("Asep|Ujang|Euis|Neng|Cecep|Dadang|Yayan|Rini|Iis|Acep|Lilis|Entis"),
    "bali": _items("Wayan|Made|Komang|Ketut|Putu|Gede|Kadek|Nyoman|Luh|Gusti"),
    "batak": _items("Tigor|Rotua|Sahat|Uli|Friska|Boy|Ruth|Maruli|Debora|Lamhot"),
    "bugis": _items("Ridwan|Sitti|Nurul|Akbar|Rahmat|Fadli|Ulfa|Irfan|Sri|Anti"),
    "minahasa": _items("Gloria|Vicky|Stevan|Marcel|Febri|Christy|Jein|Rivo|Meyva|Noldy"),
    "chinese": _items("Kevin|Jessica|Felicia|Steven|Michelle|Jonathan|Cindy|Vincent|Aileen"),
    "my": _items("Aisyah|Farid|Nurul|Haziq|Mei Ling|Arjun|Siti|Amirul|Wei Jie|Kavitha|Danish"),
    "sg": _items("Rachel|Darren|Jun Wei|Priya|Hafiz|Clara|Marcus|Nur|Shawn|Hui Min|Ravi"),
}
LAST_NAMES = {
    "general": _items(
        "Santoso|Wibowo|Pratama|Kusuma|Hidayat|Setiawan|Rahman|Gunawan|Wijaya|Permana|Nugroho|"
        "Putra|Anggraini|Maharani|Utami|Firmansyah|Ramadhan|Susanto|Tanjung|Hakim|Rahmawati|"
        "Purnomo|Prasetyo|Hartono|Kurniawan|Safitri"
    ),
    "sunda": _items("Sumarna|Hermawan|Suryana|Rukmana|Gumelar|Supriatna|Kartika"),
    "bali": _items("Astawa|Suardana|Wirawan|Pradnyani|Ariani|Sudarsana|Widiastuti"),
    "batak": _items("Siregar|Lubis|Simanjuntak|Hutapea|Sitompul|Pardede|Sinaga|Manurung|Ginting"),
    "bugis": _items("Syamsuddin|Nurdin|Latif|Amiruddin|Mappiare|Hasanuddin|Basri"),
    "minahasa": _items("Rumengan|Pangemanan|Kalalo|Lumowa|Wowor|Tumbelaka|Sondakh"),
    "chinese": _items("Halim|Tanoto|Wijaya|Salim|Lim|Tan|Gozali|Chandra"),
    "my": _items("Ismail|Tan|Lim|Rahim|Subramaniam|Othman|Yusof|Chong|Abdullah"),
    "sg": _items("Tan|Lim|Ng|Koh|Goh|Ong|Pillai|Salleh|Teo|Chua"),
}
CITY_NAME_POOL = {
    "Bandung": "sunda",
    "Bogor": "sunda",
    "Denpasar": "bali",
    "Medan": "batak",
    "Makassar": "bugis",
    "Manado": "minahasa",
    "Kuala Lumpur": "my",
    "Singapore": "sg",
}


def _niche(**slots: str) -> dict[str, list[str]]:
    return {key: _items(value) for key, value in slots.items()}


# Per niche: handle words, who the creator is, topics (id/en lists are parallel translations),
# content formats, audiences (parallel), what the audience cares about (parallel), and the
# share of audiences that are mostly women.
NICHE_TEXT = {
    "beauty_skincare": _niche(
        tags="glow|kulit|skin|beauty|makeup|bareface|glowy|lipstain",
        who_id="beauty enthusiast berkulit berminyak|mantan beauty advisor di mall|pejuang "
        "bruntusan sejak SMA|MUA freelance yang sering pegang pengantin|apoteker yang hobi "
        "bedah kandungan skincare|mahasiswi farmasi yang ngulik produk lokal",
        who_en="combination-skin girl who reads ingredient lists for fun|freelance bridal makeup "
        "artist|pharmacist who explains skincare actives|recovering acne-prone skin blogger|"
        "ex beauty-counter advisor|nursing grad obsessed with sunscreen",
        topics_id="skincare lokal di bawah 100rb|review sunscreen tanpa whitecast|rutinitas "
        "kulit berjerawat|makeup natural buat ngantor|racun lip tint|cara layering serum|dupe "
        "parfum lokal|perawatan rambut rontok",
        topics_en="local skincare under 100k|sunscreens with no white cast|routines for acne-"
        "prone skin|five-minute office makeup|lip tint swatches|how to layer serums|local "
        "perfume dupes|hair-fall care",
        formats_id="GRWM sebelum kuliah|tes pemakaian 14 hari|swatch di kulit sawo matang|"
        "review jujur tanpa filter",
        formats_en="get-ready-with-me clips|14-day wear tests|swatches on medium-tan skin|"
        "honest no-filter reviews",
        aud_id="cewek kuliahan dan first jobber|ibu muda yang baru mulai rutin skincare|remaja "
        "yang lagi jerawatan|karyawati yang butuh makeup awet seharian|cowok yang baru kenal "
        "skincare",
        aud_en="college girls and first jobbers|young mums easing back into skincare|teens "
        "fighting breakouts|office workers who need all-day makeup|guys new to skincare",
        care_id="produk ber-BPOM yang aman|harga ramah kantong|hasil yang kelihatan nyata|shade "
        "yang cocok buat kulit sawo matang|kandungan yang nggak bikin iritasi",
        care_en="safe, BPOM-registered products|wallet-friendly prices|results you can actually "
        "see|shades for tan and deep skin|gentle, non-irritating formulas",
        women="0.9",
    ),
    "sustainable_living": _niche(
        tags="hijau|eco|lestari|zerowaste|bumi|organik|daurulang|greenish",
        who_id="ibu rumah tangga yang lagi belajar nol sampah|relawan bank sampah di kampung|"
        "pegiat kompos rumahan|anak kos yang berusaha kurangi plastik|pemilik toko curah "
        "kecil-kecilan",
        who_en="slow-living advocate renting a tiny flat|volunteer at a neighbourhood waste bank|"
        "home composter and urban gardener|low-waste student on a tight budget|owner of a "
        "small refill shop",
        topics_id="tips kurangi sampah plastik|bikin kompos di lahan sempit|produk refill lokal|"
        "belanja ke pasar pakai tas sendiri|ecoprint dan pewarna alami|hemat listrik dan air|"
        "barang preloved|sabun dan deterjen ramah lingkungan",
        topics_en="cutting single-use plastic|composting in small spaces|local refill brands|"
        "plastic-free market runs|natural dyeing and ecoprint|saving energy and water at home|"
        "thrifted and secondhand finds|eco-friendly soaps and detergents",
        formats_id="tantangan 30 hari tanpa plastik|tur toko curah|tutorial DIY dari barang bekas",
        formats_en="30-day plastic-free challenges|refill store tours|upcycling tutorials",
        aud_id="keluarga muda yang mau hidup lebih hemat dan hijau|mahasiswa aktivis lingkungan|"
        "ibu-ibu yang pusing sama sampah dapur|pekerja kantoran yang mulai bawa tumbler",
        aud_en="young families wanting a greener, cheaper home|student climate activists|"
        "parents worried about household waste|office workers switching to reusables",
        care_id="produk yang beneran ramah lingkungan, bukan greenwashing|harga yang masuk akal|"
        "sistem isi ulang yang gampang|dampak nyata ke lingkungan sekitar|asal bahan yang jelas",
        care_en="products that are genuinely green, not greenwashed|sensible prices|refill "
        "systems that are easy to use|real impact on their neighbourhood|transparent sourcing",
        women="0.65",
    ),
    "food_culinary": _niche(
        tags="dapur|makan|kuliner|masak|foodie|lapar|jajan|resep",
        who_id="ibu dua anak yang hobi masak|mantan koki hotel yang sekarang jualan katering|"
        "anak kos jago masak pakai rice cooker|pemburu jajanan kaki lima|penjual frozen food "
        "rumahan",
        who_en="home cook and mum of two|ex hotel line cook now running a small catering|street-"
        "food hunter with a big appetite|student who cooks everything in a rice cooker|recipe "
        "developer for local brands",
        topics_id="resep masakan rumahan|kuliner kaki lima|masak hemat 20rb sehari|menu bekal "
        "anak|review restoran baru|sambal dan bumbu homemade|jajanan pasar|resep air fryer",
        topics_en="home-style Indonesian recipes|street food crawls|cooking on 20k a day|kids' "
        "lunchbox ideas|new restaurant reviews|homemade sambal and spice pastes|traditional "
        "market snacks|air fryer recipes",
        formats_id="resep 1 menit|mukbang jujur|tur warung legendaris|masak bareng followers",
        formats_en="one-minute recipe reels|honest tasting videos|tours of legendary warungs|"
        "cook-alongs",
        aud_id="bu ibu yang cari ide masak harian|anak kos yang mau makan enak tapi irit|"
        "karyawan yang suka wisata kuliner|pengantin baru yang belajar masak",
        aud_en="home cooks hunting daily menu ideas|students eating well on a budget|office "
        "workers who love food trips|newlyweds learning to cook",
        care_id="rasa yang otentik|porsi dan harga yang worth it|bahan yang gampang dicari|"
        "kehalalan produk|resep yang praktis",
        care_en="authentic flavours|portions that are worth the price|ingredients that are easy "
        "to find|halal certification|recipes that are quick to make",
        women="0.6",
    ),
    "parenting": _niche(
        tags="mama|bunda|ibu|papa|anak|bocil|keluarga|momlife",
        who_id="ibu dua balita yang kerja dari rumah|ayah rumah tangga yang doyan cerita|guru "
        "PAUD sekaligus mama baru|bunda yang lagi fase MPASI|ibu tunggal dengan tiga anak",
        who_en="work-from-home mum of two toddlers|stay-at-home dad sharing the chaos|early-"
        "childhood teacher and first-time mum|mother of three juggling school runs|paediatric "
        "nurse turned parenting blogger",
        topics_id="MPASI rumahan|tips menyusui|mainan edukatif|stimulasi tumbuh kembang|"
        "persiapan melahirkan|review perlengkapan bayi|drama toilet training|liburan ramah anak",
        topics_en="homemade baby food|breastfeeding tips|educational toys|developmental play at "
        "home|preparing for birth|baby gear reviews|potty training|family-friendly trips",
        formats_id="sharing pengalaman sehari-hari|review perlengkapan bayi|sesi tanya-jawab "
        "bareng bidan",
        formats_en="candid day-to-day stories|baby gear comparisons|Q&A lives with midwives",
        aud_id="mama muda dengan anak 0-5 tahun|ibu hamil anak pertama|ayah yang mau lebih "
        "terlibat ngasuh|bu ibu pekerja yang sibuk",
        aud_en="young mums with kids under five|first-time expecting mothers|dads who want to be "
        "more hands-on|busy working parents",
        care_id="keamanan produk buat bayi|harga yang masuk akal|tips praktis tanpa menghakimi|"
        "tumbuh kembang anak|produk yang awet dipakai adik-adiknya",
        care_en="baby-safe products|sensible prices|practical, judgement-free advice|child "
        "development milestones|gear that lasts more than one kid",
        women="0.85",
    ),
    "fitness_health": _niche(
        tags="fit|sehat|gym|lari|sweat|workout|gerak|strong",
        who_id="personal trainer bersertifikat|pelari maraton amatir|ahli gizi yang ikut diet "
        "juga|mantan atlet voli|karyawan yang berhasil turun 15 kg",
        who_en="certified personal trainer|amateur marathoner|registered dietitian|former "
        "volleyball athlete|office worker who lost 15 kg",
        topics_id="workout di rumah tanpa alat|menu defisit kalori|latihan lari 5K|yoga buat "
        "pemula|review suplemen|tips tidur cukup|senam buat orang tua|home gym murah",
        topics_en="no-equipment home workouts|calorie-deficit meal plans|couch-to-5K training|"
        "beginner yoga|supplement reviews|better sleep habits|exercise for older parents|budget "
        "home gym setups",
        formats_id="program latihan 4 minggu|vlog lari pagi|koreksi gerakan dari video followers",
        formats_en="four-week programmes|morning run vlogs|form checks on follower videos",
        aud_id="pekerja kantoran yang jarang olahraga|mahasiswa yang mau bulking|ibu pasca "
        "melahirkan|pelari pemula di komunitas lari",
        aud_en="desk workers who rarely move|students trying to bulk up|postpartum mums|"
        "beginner runners in local run clubs",
        care_id="hasil yang realistis|latihan yang aman buat sendi|makanan sehat yang nggak mahal|"
        "motivasi biar konsisten|info berbasis sains, bukan mitos",
        care_en="realistic results|joint-friendly training|healthy food that isn't expensive|"
        "staying consistent|science over fads",
        women="0.5",
    ),
    "travel": _niche(
        tags="jalan|trip|travel|piknik|jelajah|explore|wander|liburan",
        who_id="backpacker yang sudah ke 30 provinsi|pramugari yang hobi jalan di hari libur|"
        "pemandu wisata lokal|pasangan yang suka road trip|karyawan yang cuma punya cuti 12 hari",
        who_en="backpacker who has visited 30 provinces|flight attendant exploring on layovers|"
        "licensed local tour guide|road-tripping couple|office worker making the most of 12 days "
        "of leave",
        topics_id="itinerary hemat 3 hari|hidden gem di Indonesia timur|staycation hotel|tips "
        "berburu tiket promo|wisata sejarah kota tua|trip naik kereta|liburan bareng keluarga|"
        "urusan visa dan imigrasi",
        topics_en="three-day budget itineraries|hidden gems in eastern Indonesia|hotel "
        "staycations|finding flight deals|old-town heritage walks|train journeys|family "
        "holidays|visa and immigration tips",
        formats_id="itinerary lengkap dengan budget|vlog perjalanan|review hotel jujur",
        formats_en="itineraries with full cost breakdowns|travel vlogs|honest hotel reviews",
        aud_id="pekerja muda yang cutinya terbatas|pasangan yang cari ide bulan madu|keluarga "
        "yang mau liburan sekolah|mahasiswa yang suka backpacking",
        aud_en="young workers with limited leave|couples planning honeymoons|families planning "
        "school holidays|students who backpack",
        care_id="budget yang jelas|tempat yang belum terlalu ramai|keamanan selama perjalanan|"
        "penginapan bersih dan murah",
        care_en="clear budgets|places that aren't overcrowded|staying safe on the road|clean, "
        "cheap places to stay",
        women="0.55",
    ),
    "modest_fashion": _niche(
        tags="hijab|muslimah|syari|gamis|modest|jilbab|tunik|khimar",
        who_id="hijabers yang kerja di bank|desainer gamis rumahan|ibu muda yang suka mix and "
        "match|mahasiswi yang jualan kerudung|model hijab freelance",
        who_en="hijabi banker who dresses for the office|home-based abaya designer|young mum who "
        "loves mix-and-match outfits|student running a small scarf shop|freelance modest-wear "
        "model",
        topics_id="tutorial hijab pashmina|OOTD kantor syar'i|outfit kondangan|gamis untuk "
        "lebaran|padu padan warna earth tone|review bahan voal dan ceruty|fashion busui "
        "friendly|koleksi mukena",
        topics_en="pashmina tutorials|modest office outfits|wedding-guest looks|Eid collections|"
        "earth-tone colour pairing|fabric reviews from voile to chiffon|nursing-friendly "
        "outfits|prayer set collections",
        formats_id="OOTD seminggu|try-on haul|tutorial hijab 1 menit",
        formats_en="week-of-outfits posts|try-on hauls|one-minute hijab tutorials",
        aud_id="muslimah usia 18-35|ibu menyusui yang tetap mau stylish|karyawati berhijab|"
        "mahasiswi yang baru hijrah",
        aud_en="Muslim women aged 18-35|breastfeeding mums who still want style|hijabi office "
        "workers|students who recently started wearing hijab",
        care_id="bahan adem dan nggak nerawang|harga yang terjangkau|model yang sopan tapi tetap "
        "modis|ukuran yang inklusif",
        care_en="breathable, non-see-through fabric|affordable pricing|modest yet stylish cuts|"
        "inclusive sizing",
        women="0.95",
    ),
    "streetwear_fashion": _niche(
        tags="fit|drip|kicks|hype|street|outfit|thrift|fits",
        who_id="kolektor sneakers sejak 2015|pemilik thrift shop online|mahasiswa DKV yang suka "
        "styling|skater lokal|penjual distro kecil",
        who_en="sneaker collector since 2015|online thrift shop owner|design student who loves "
        "styling|local skater|founder of a small clothing label",
        topics_id="sneakers lokal|thrift haul|styling kaos polos|review brand lokal|outfit buat "
        "nonton konser|cara rawat sepatu putih|jaket varsity|tren celana cargo",
        topics_en="local sneaker brands|thrift hauls|styling plain tees|reviews of independent "
        "labels|gig outfits|keeping white shoes clean|varsity jackets|cargo pant trends",
        formats_id="lookbook mingguan|unboxing sepatu|tantangan outfit 100rb",
        formats_en="weekly lookbooks|shoe unboxings|100k-rupiah outfit challenges",
        aud_id="cowok 17-25 yang suka nongkrong|mahasiswa yang hobi thrifting|anak skate dan "
        "musik|pekerja kreatif muda",
        aud_en="guys aged 17-25 who like hanging out|students into thrifting|skate and music "
        "kids|young creative workers",
        care_id="brand lokal yang keren|kualitas jahitan|harga yang masih masuk kantong pelajar|"
        "keaslian barang",
        care_en="cool local brands|stitching and build quality|prices a student can afford|"
        "authenticity of the goods",
        women="0.35",
    ),
    "tech_gadgets": _niche(
        tags="tekno|gadget|tech|gawai|hp|unboxing|techie|digital",
        who_id="teknisi servis HP|programmer yang suka ngoprek gadget|mahasiswa teknik "
        "informatika|reviewer laptop kerja|penjual aksesoris HP",
        who_en="phone repair technician|developer who tinkers with gadgets|IT undergrad|laptop "
        "reviewer for remote workers|smart-home hobbyist",
        topics_id="HP sejutaan|laptop buat kuliah|smartwatch murah|aksesoris HP yang berguna|"
        "tips baterai awet|setup meja kerja|kamera HP buat konten|smart home murah",
        topics_en="phones around one million rupiah|laptops for students|budget smartwatches|"
        "useful phone accessories|battery-life tips|desk setups|phone cameras for content|"
        "affordable smart-home kits",
        formats_id="unboxing dan first impression|perbandingan head-to-head|review pemakaian "
        "sebulan",
        formats_en="unboxings and first impressions|head-to-head comparisons|one-month-later "
        "reviews",
        aud_id="mahasiswa yang mau beli HP pertama|pekerja remote|orang tua yang bingung pilih "
        "gadget|orang yang mau upgrade dengan budget pas-pasan",
        aud_en="students buying their first phone|remote workers|parents confused by spec "
        "sheets|people upgrading on a tight budget",
        care_id="harga sesuai kualitas|garansi resmi|baterai awet|review yang bukan titipan",
        care_en="value for money|official warranty|battery endurance|reviews that aren't paid "
        "puff pieces",
        women="0.25",
    ),
    "gaming": _niche(
        tags="game|gamer|main|mabar|gg|noob|pro|play",
        who_id="streamer Mobile Legends|pemain Valorant rank Immortal|kolektor konsol retro|"
        "caster turnamen kampus|gamer santai yang main tiap malam",
        who_en="Mobile Legends streamer|Valorant player at Immortal rank|retro console "
        "collector|campus tournament caster|cosy gamer who plays every night",
        topics_id="tips push rank|game indie lokal|review gaming gear murah|highlight "
        "turnamen|game gacha|nostalgia PS2|setting grafik HP kentang|mabar bareng followers",
        topics_en="rank-climbing tips|Indonesian indie games|budget gaming gear|tournament "
        "highlights|gacha game pulls|PS2 nostalgia|settings for low-end phones|community game "
        "nights",
        formats_id="live streaming tiap malam|video montage|tier list hero",
        formats_en="nightly live streams|highlight montages|hero tier lists",
        aud_id="pelajar SMA dan mahasiswa|pekerja yang main game habis ngantor|komunitas esports "
        "kampus|pemain dengan HP kentang",
        aud_en="high schoolers and college students|workers who game after the office|campus "
        "esports communities|players on low-end phones",
        care_id="tips yang beneran bikin menang|gear murah yang awet|komunitas yang nggak toxic|"
        "event dan giveaway",
        care_en="tips that actually win games|cheap gear that lasts|non-toxic communities|events "
        "and giveaways",
        women="0.25",
    ),
    "personal_finance": _niche(
        tags="cuan|duit|finansial|uang|hemat|nabung|invest|money",
        who_id="perencana keuangan bersertifikat|karyawan yang lunas KPR di usia 30|mantan "
        "teller bank|ibu rumah tangga yang jago ngatur uang belanja|investor reksa dana pemula",
        who_en="certified financial planner|employee who paid off a mortgage at 30|former bank "
        "teller|homemaker who budgets like a CFO|beginner index-fund investor",
        topics_id="dana darurat|budgeting gaji UMR|reksa dana buat pemula|cara lunasin paylater|"
        "nabung emas|asuransi kesehatan|dana pensiun|bahaya pinjol ilegal",
        topics_en="emergency funds|budgeting on minimum wage|mutual funds for beginners|getting "
        "out of buy-now-pay-later debt|gold savings|health insurance basics|retirement "
        "planning|spotting illegal loan apps",
        formats_id="breakdown gaji bulanan|konten edukasi singkat|template budgeting gratis",
        formats_en="monthly salary breakdowns|bite-size explainers|free budgeting templates",
        aud_id="first jobber yang baru gajian pertama|pasangan muda yang mau beli rumah|"
        "sandwich generation|karyawan yang terjebak cicilan",
        aud_en="first jobbers with their first payslip|young couples saving for a house|the "
        "sandwich generation|workers stuck with instalments",
        care_id="penjelasan yang gampang dipahami|produk yang diawasi OJK|tips yang realistis "
        "buat gaji kecil|bebas utang",
        care_en="plain-language explanations|OJK-regulated products|tips that work on a small "
        "salary|becoming debt-free",
        women="0.55",
    ),
    "education_study": _niche(
        tags="belajar|study|kampus|ilmu|guru|pintar|catatan|notes",
        who_id="guru SMA yang bikin konten|mahasiswa S2 penerima beasiswa|tutor bahasa Inggris|"
        "alumni kampus luar negeri|pengajar bimbel UTBK",
        who_en="high-school teacher making content|master's student on a scholarship|English "
        "tutor|overseas-university alum|test-prep tutor",
        topics_id="tips lolos UTBK|beasiswa luar negeri|belajar bahasa Inggris|catatan "
        "estetik|teknik pomodoro|cara nulis skripsi|persiapan IELTS|produktivitas mahasiswa",
        topics_en="passing university entrance exams|scholarships abroad|learning English|"
        "aesthetic study notes|the Pomodoro technique|thesis writing|IELTS prep|student "
        "productivity",
        formats_id="study with me|thread tips belajar|live kelas gratis",
        formats_en="study-with-me sessions|study-tip threads|free live classes",
        aud_id="pelajar kelas 12|mahasiswa tingkat akhir|pejuang beasiswa|orang tua murid yang "
        "cari bimbel",
        aud_en="final-year high schoolers|final-year uni students|scholarship hunters|parents "
        "looking for tutoring",
        care_id="tips yang terbukti|materi gratis|info beasiswa terbaru|cara belajar efektif",
        care_en="proven study methods|free materials|the latest scholarship info|learning "
        "efficiently",
        women="0.6",
    ),
    "pets": _niche(
        tags="meong|kucing|anabul|guguk|pet|paws|kitty|doggo",
        who_id="babu dari lima kucing|pemilik golden retriever|relawan shelter kucing jalanan|"
        "groomer panggilan|mahasiswa kedokteran hewan",
        who_en="servant to five cats|golden retriever owner|street-cat shelter volunteer|mobile "
        "pet groomer|veterinary student",
        topics_id="review makanan kucing|tips adopsi anabul|grooming di rumah|mainan DIY buat "
        "kucing|vaksin dan steril|kucing kampung lucu|merawat anjing di apartemen|pasir kucing "
        "terbaik",
        topics_en="cat food reviews|adopting a rescue|grooming at home|DIY cat toys|vaccines "
        "and neutering|adorable village cats|dogs in apartments|which cat litter works",
        formats_id="vlog keseharian anabul|review produk hewan|konten lucu-lucuan",
        formats_en="daily pet vlogs|pet product reviews|funny pet clips",
        aud_id="pecinta kucing di kota besar|keluarga yang baru adopsi|pemilik anjing ras|"
        "mahasiswa yang pelihara kucing di kos",
        aud_en="cat lovers in big cities|families who just adopted|pedigree dog owners|students "
        "keeping cats in boarding rooms",
        care_id="kesehatan anabul|makanan bergizi yang terjangkau|adopsi, bukan beli|produk yang "
        "aman buat hewan",
        care_en="pet health|nutritious food at fair prices|adopt, don't shop|products that are "
        "safe for animals",
        women="0.7",
    ),
    "home_diy": _niche(
        tags="rumah|diy|dekor|renov|homey|ruang|interior|tukang",
        who_id="pasangan yang renovasi rumah subsidi|tukang kayu hobi|anak kos yang jago dekor|"
        "arsitek interior|ibu yang hobi beberes",
        who_en="couple renovating a subsidised house|hobby woodworker|renter who decorates on a "
        "budget|interior architect|declutter-obsessed mum",
        topics_id="dekor kamar kos|renovasi rumah subsidi|rak DIY dari kayu palet|beberes dan "
        "decluttering|tanaman hias indoor|cat ulang furnitur lama|storage hacks dapur sempit|"
        "perkakas listrik buat pemula",
        topics_en="decorating a rented room|renovating a subsidised house|pallet-wood shelving|"
        "decluttering|indoor plants|repainting old furniture|storage hacks for tiny kitchens|"
        "power tools for beginners",
        formats_id="before-after renovasi|tutorial langkah demi langkah|room tour",
        formats_en="renovation before-and-afters|step-by-step tutorials|room tours",
        aud_id="pasangan yang baru punya rumah|anak kos|ibu rumah tangga|penyewa apartemen",
        aud_en="new homeowners|renters|homemakers|apartment tenants",
        care_id="ide murah tapi kelihatan mahal|bahan yang awet|proyek yang bisa dikerjakan "
        "sendiri|hemat tempat",
        care_en="cheap ideas that look expensive|durable materials|projects they can do "
        "themselves|saving space",
        women="0.6",
    ),
    "automotive": _niche(
        tags="motor|otomotif|mobil|garasi|turing|bengkel|rider|oto",
        who_id="mekanik bengkel motor|penghobi modifikasi mobil|rider touring|pemilik mobil "
        "listrik|driver ojol yang suka ngulik mesin",
        who_en="motorbike mechanic|car modification hobbyist|touring rider|EV early adopter|"
        "ride-hailing driver who tinkers with engines",
        topics_id="servis motor sendiri|modifikasi harian|touring antar kota|mobil bekas di "
        "bawah 100 juta|mobil listrik|tips hemat BBM|perawatan aki|detailing mobil",
        topics_en="DIY motorbike servicing|daily-driver mods|intercity touring|second-hand cars "
        "under 100 million rupiah|electric vehicles|saving fuel|battery care|car detailing",
        formats_id="vlog touring|tutorial bengkel|test ride",
        formats_en="touring vlogs|garage tutorials|test rides",
        aud_id="pemotor harian|pemilik mobil keluarga|komunitas motor|calon pembeli mobil bekas",
        aud_en="daily motorcyclists|family car owners|bike clubs|used-car shoppers",
        care_id="biaya perawatan murah|keselamatan berkendara|onderdil asli|irit bensin",
        care_en="low running costs|riding safety|genuine spare parts|fuel efficiency",
        women="0.15",
    ),
    "coffee": _niche(
        tags="kopi|ngopi|coffee|brew|barista|seduh|espresso|kafein",
        who_id="barista di kedai kopi kecil|roaster rumahan|petani kopi generasi ketiga|pemburu "
        "kafe baru|Q grader bersertifikat",
        who_en="barista at a tiny coffee bar|home roaster|third-generation coffee farmer|café "
        "hopper|licensed Q grader",
        topics_id="manual brew di rumah|review kafe baru|es kopi susu gula aren|biji kopi "
        "nusantara|alat seduh murah|latte art|cold brew|beli kopi langsung dari petani",
        topics_en="manual brewing at home|new café reviews|palm-sugar iced lattes|single-origin "
        "Indonesian beans|budget brewing gear|latte art|cold brew|buying straight from farmers",
        formats_id="tutorial seduh|tur kafe|review biji kopi",
        formats_en="brew guides|café tours|bean reviews",
        aud_id="pekerja yang ngopi tiap hari|mahasiswa yang nugas di kafe|home brewer pemula|"
        "pemilik kedai kopi",
        aud_en="daily coffee drinkers|students who study in cafés|new home brewers|coffee shop "
        "owners",
        care_id="rasa yang konsisten|harga per cup|asal-usul biji|kafe yang enak buat kerja",
        care_en="consistent taste|price per cup|where the beans come from|cafés that are good "
        "for working",
        women="0.45",
    ),
    "music": _niche(
        tags="musik|nada|music|lagu|gitar|band|beat|akustik",
        who_id="gitaris band indie|guru piano|produser beat rumahan|penyanyi cover akustik|DJ di "
        "kafe",
        who_en="indie band guitarist|piano teacher|bedroom beatmaker|acoustic cover singer|café DJ",
        topics_id="cover lagu|belajar gitar dari nol|review alat musik murah|produksi musik di "
        "laptop|gig lokal|rekomendasi band indie|karaoke|teori musik santai",
        topics_en="song covers|learning guitar from zero|budget instrument reviews|producing "
        "music on a laptop|local gigs|indie band picks|karaoke|easy music theory",
        formats_id="cover akustik|tutorial chord|behind the scenes rekaman",
        formats_en="acoustic covers|chord tutorials|studio behind-the-scenes",
        aud_id="pemula yang baru belajar alat musik|penikmat musik indie|band kampus|penyanyi "
        "kamar mandi",
        aud_en="beginners learning an instrument|indie music fans|campus bands|shower singers",
        care_id="alat musik yang terjangkau|tutorial yang gampang diikuti|lagu-lagu baru|"
        "panggung buat musisi lokal",
        care_en="affordable instruments|tutorials that are easy to follow|new releases|stages "
        "for local musicians",
        women="0.45",
    ),
    "outdoor_adventure": _niche(
        tags="gunung|hiking|camp|alam|summit|trail|rimba|pendaki",
        who_id="pendaki yang sudah ke 7 puncak Indonesia|penyelam bersertifikat|pemandu arung "
        "jeram|anak pecinta alam|pesepeda gravel",
        who_en="hiker with seven Indonesian summits|certified scuba diver|rafting guide|"
        "university nature-club member|gravel cyclist",
        topics_id="pendakian pemula|camping bareng keluarga|snorkeling dan diving|gear outdoor "
        "lokal|trail running|bersepeda ke air terjun|tips survival dasar|leave no trace",
        topics_en="beginner hikes|family camping|snorkelling and diving|local outdoor gear|"
        "trail running|cycling to waterfalls|basic survival skills|leave-no-trace ethics",
        formats_id="vlog pendakian|review gear|panduan jalur",
        formats_en="hiking vlogs|gear reviews|trail guides",
        aud_id="pendaki pemula|komunitas pecinta alam|keluarga yang suka camping|pesepeda akhir "
        "pekan",
        aud_en="first-time hikers|nature clubs|camping families|weekend cyclists",
        care_id="keselamatan di alam|gear yang awet dan ringan|info jalur terbaru|menjaga "
        "kebersihan gunung",
        care_en="safety outdoors|light, durable gear|up-to-date trail conditions|keeping "
        "mountains clean",
        women="0.35",
    ),
}

# Niches that plausibly go together; secondary niches are drawn from here.
AFFINITY = {
    "beauty_skincare": [
        "modest_fashion",
        "sustainable_living",
        "fitness_health",
        "streetwear_fashion",
    ],
    "sustainable_living": [
        "home_diy",
        "food_culinary",
        "outdoor_adventure",
        "beauty_skincare",
        "parenting",
    ],
    "food_culinary": ["coffee", "travel", "parenting", "fitness_health", "home_diy"],
    "parenting": ["food_culinary", "education_study", "home_diy", "personal_finance", "pets"],
    "fitness_health": [
        "food_culinary",
        "outdoor_adventure",
        "beauty_skincare",
        "streetwear_fashion",
    ],
    "travel": ["food_culinary", "outdoor_adventure", "coffee", "music"],
    "modest_fashion": ["beauty_skincare", "parenting", "travel"],
    "streetwear_fashion": ["music", "gaming", "beauty_skincare", "automotive"],
    "tech_gadgets": ["gaming", "education_study", "automotive", "personal_finance"],
    "gaming": ["tech_gadgets", "music", "streetwear_fashion"],
    "personal_finance": ["education_study", "parenting", "tech_gadgets"],
    "education_study": ["personal_finance", "tech_gadgets", "coffee"],
    "pets": ["home_diy", "parenting", "outdoor_adventure"],
    "home_diy": ["sustainable_living", "parenting", "pets", "food_culinary"],
    "automotive": ["tech_gadgets", "travel", "outdoor_adventure"],
    "coffee": ["food_culinary", "travel", "music", "education_study"],
    "music": ["coffee", "gaming", "streetwear_fashion"],
    "outdoor_adventure": ["travel", "fitness_health", "sustainable_living", "automotive"],
}

GENERIC_FORMATS_ID = _items(
    "review jujur|konten edukasi singkat|vlog harian|live tanya-jawab|carousel tips"
)
GENERIC_FORMATS_EN = _items(
    "honest reviews|short explainers|day-in-my-life vlogs|Q&A lives|carousel tips"
)
HELLO_ID = _items("Halo bestie!|Hai kak!|Haloo semuanya!|Hai hai!|Halo!")
CTA_ID = _items(
    "DM buat kerja sama ya kak|Kolab? Kontak ada di bawah|📩 Open endorse & paid "
    "promote|Kerja sama: DM aja|Endorse & review: cek kontak|Email buat kolaborasi"
)
CTA_EN = _items(
    "Collabs via email|DM for collabs|📩 Business enquiries below|Open to brand "
    "partnerships|Work with me: contact below|PR and collabs welcome"
)
EXTRA_ID = _items(
    "Upload tiap Selasa & Jumat.|Semua produk dibeli pakai duit sendiri.|Ngonten sambil kerja "
    "kantoran.|Kontennya receh tapi informatif.|Lagi belajar konsisten posting.|Suka bales DM "
    "satu-satu.|Anak rantau dari {home}.|Sabtu Minggu suka live.|Kadang curhat, kebanyakan "
    "berfaedah.|Harga yang kusebut selalu harga asli, bukan harga endorse."
)
EXTRA_EN = _items(
    "New posts every Tuesday and Friday.|Everything I review is bought with my own money.|"
    "Creating around a 9-to-5.|Low-key, honest, slightly chaotic.|I reply to every DM, "
    "eventually.|Originally from {home}.|Weekend lives.|Prices I quote are real shelf prices.|"
    "Posting since 2019."
)
AGES = _items("18-24|20-30|25-34|17-22|24-35|28-40")

BIO_ID = [
    "{Who_id} dari {city} 📍 Bahas {t1_id} dan {t2_id}{sec_id}. {Fmt_id} tiap minggu. {cta_id}",
    "{hi_id} Aku {first}, {who_id} yang tinggal di {city}. Isinya {t1_id}, {t2_id}{sec_id}. "
    "{cta_id}",
    "{T1_id} • {t2_id} • {fmt_id} | {city} | {cta_id}",
    "Review jujur soal {t1_id}, semua pakai duit sendiri ya kak. Sehari-hari {who_id}{sec_id}. "
    "{extra_id}",
    "{Who_id}. Tiap minggu ada racun {t1_id} dan {fmt_id}. Base {city}. {extra_id} {cta_id}",
    "Ngonten {t1_id} & {t2_id} buat kamu yang budget anak kos 😆 {city}.{sec_id_s} {cta_id}",
    "{first} | {who_id} | {city}. Konten: {fmt_id}, {t1_id}, {t3_id}. {extra_id}",
    "Catatan {who_id} soal {t1_id}, {t2_id} dan {t3_id}. {extra_id} {cta_id}",
    "{hi_id} Di sini kita ngobrolin {t1_id} tanpa ribet. {Fmt_id}, kadang {t2_id}. {city} 🏠 "
    "{cta_id}",
]
BIO_EN = [
    "{Who_en} based in {city}. I post {fmt_en} about {t1_en} and {t2_en}.{sec_en_s} {cta_en}",
    "{T1_en} | {t2_en} | {fmt_en}. {city}-based {who_en}. {extra_en}",
    "Hi, I'm {first}! {Who_en} sharing {t1_en}, {t2_en}{sec_en}. {cta_en}",
    "Honest takes on {t1_en}, paid for with my own money. Day job: {who_en}. {extra_en} {cta_en}",
    "{first}, {who_en} from {city}. Expect {fmt_en}, {t1_en} and {t3_en}. {cta_en}",
    "Mostly {t1_en}, sometimes {t2_en}{sec_en}. {Who_en}, {city}. {extra_en}",
    "{Fmt_en} on {t1_en} and {t2_en}, made in {city}. {extra_en} {cta_en}",
]
BIO_MIX = [
    "{Who_en} | {city} | konten {t1_id} & {t2_en}{sec_id}. {cta_id}",
    "{hi_id} {first} here, {who_en}. Sharing {t1_en} + {t2_id}, review jujur always. {cta_en}",
    "Bahas {t1_id} dan {t2_en} lewat {fmt_en}. Based in {city}. DM for collab ya kak!",
    "{T1_en}, tapi versi budget anak kos. {Who_id} dari {city}.{sec_en_s} {cta_en}",
    "{first} • {who_id} • {fmt_en} • {city}. {extra_en}",
]
COMMUNITY_ID = [
    "Kebanyakan {aud_id}, umur {age}. Mereka peduli {c1_id} dan {c2_id}.",
    "Audiensku {aud_id} dari {region_id}, paling sering nanya soal {c1_id}. Paling rame kalau "
    "bahas {c2_id}.",
    "{Aud_id} yang nyari {c1_id}; banyak yang DM minta link produk dan nanya soal {c2_id}.",
    "Mayoritas followers {pct}% {gender_id}, {age} tahun, tinggal di {region_id}. Yang mereka "
    "cari: {c1_id}, {c2_id}.",
    "Komunitasnya {aud_id} dan {aud2_id}, aktif banget di kolom komentar. Yang penting buat "
    "mereka: {c1_id}.",
    "Followers-ku kebanyakan {aud_id} di {region_id}. Mereka sensitif soal {c1_id} dan suka "
    "konten yang bahas {c2_id}.",
]
COMMUNITY_EN = [
    "Mostly {aud_en} aged {age}, who care about {c1_en} and {c2_en}.",
    "My audience: {aud_en}, largely from {region_en}. They ask about {c1_en} and {c2_en} the most.",
    "{pct}% {gender_en}, {age}, mainly in {region_en}. What matters to them: {c1_en}; {c2_en}.",
    "{Aud_en} and {aud2_en} who want {c1_en}. The comments are full of questions about {c2_en}.",
    "A close-knit crowd of {aud_en}. Priorities: {c1_en}, {c2_en}.",
    "People who follow me are {aud_en} around {region_en}; {c1_en} is what they look for first.",
]
COMMUNITY_MIX = [
    "Mostly {aud_en} dari {region_id}, yang peduli {c1_id} dan {c2_en}.",
    "Audiensku {aud_id}, aged {age}. They care about {c1_en} & {c2_id}.",
    "{Aud_id}, most of them di {region_id}. Priorities: {c1_en}, {c2_en}.",
]

HANDLE_STYLES = [
    "{f}.{t}",
    "{t}.{f}",
    "{f}_{l}",
    "{f}{l}",
    "{f}.{l}{n}",
    "{t}{c}.{f}",
    "{f}.{c}",
    "{f}{t}.{c}",
    "{t}by{f}",
    "{f}_{t}{n}",
    "{t}_{f}.id",
    "{f}{li}.{t}",
    "{t}{n}.{f}",
    "{f}{l}.{c}",
    "its{f}{t}",
    "{f}.{l}",
]
HANDLE_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


def _log_uniform(rng: random.Random, lo: float, hi: float) -> int:
    return round(math.exp(rng.uniform(math.log(lo), math.log(hi))))


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    return text.replace(" .", ".").replace("..", ".").strip()


def _round_rate(raw: float) -> int:
    step = 10_000 if raw < 500_000 else 50_000
    return max(30_000, round(raw / step) * step)


class Generator:
    """Makes creator records; remembers used handles so every handle is unique."""

    def __init__(self, seed: int, used_handles: set[str] | None = None) -> None:
        self.rng = random.Random(seed)
        self.used = used_handles if used_handles is not None else set()

    # ------------------------------------------------------------------ identity
    def _pick_city(self) -> str | None:
        if self.rng.random() < NO_CITY_SHARE:
            return None
        return self.rng.choices([c[0] for c in CITIES], weights=[c[2] for c in CITIES])[0]

    def _name(self, city: str | None) -> tuple[str, str]:
        rng = self.rng
        pool = CITY_NAME_POOL.get(city or "", "general")
        if pool not in ("my", "sg"):
            roll = rng.random()
            if roll < 0.12:
                pool = "chinese"
            elif roll > 0.55:
                pool = "general"
        return rng.choice(FIRST_NAMES[pool]), rng.choice(LAST_NAMES[pool])

    def _handle(self, first: str, last: str, tag: str, code: str) -> str:
        rng = self.rng
        fields = {
            "f": _slug(first),
            "l": _slug(last),
            "li": _slug(last)[:1],
            "t": _slug(tag),
            "c": code,
        }
        for attempt in range(200):
            fields["n"] = str(rng.randint(1, 99))
            handle = rng.choice(HANDLE_STYLES).format(**fields)[:26].strip("._")
            if attempt >= 20:
                handle = f"{handle}{rng.randint(2, 999)}"
            if handle not in self.used and set(handle) <= HANDLE_CHARS:
                self.used.add(handle)
                return handle
        raise RuntimeError("could not find a free handle")

    def _contact(self, handle: str, country: str) -> str:
        rng = self.rng
        roll = rng.random()
        plain = handle.replace(".", "").replace("_", "")
        if roll < 0.45:
            fmt = rng.choice(
                [
                    "{h}@gmail.com",
                    "collab.{h}@gmail.com",
                    "{h}.mgmt@yahoo.com",
                    "hello.{h}@outlook.com",
                    "{h}.official@gmail.com",
                ]
            )
            return fmt.format(h=plain)
        if roll < 0.75:
            return f"@{handle}"
        if country == "MY":
            return f"WA +60 1{rng.randint(1, 9)}-{rng.randint(200, 999)} {rng.randint(1000, 9999)}"
        if country == "SG":
            return f"WA +65 {rng.choice('89')}{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        return f"WA 08{rng.randint(11, 59)}-555{rng.randint(0, 9)}-{rng.randint(1000, 9999)}"

    # ------------------------------------------------------------------ texts
    def _text_fields(
        self, primary: str, secondaries: list[str], first: str, city: str | None
    ) -> dict[str, str]:
        rng = self.rng
        text = NICHE_TEXT[primary]
        home = rng.choice(HOMETOWNS)
        kw: dict[str, str] = {"first": first, "city": city or "Indonesia"}
        idx = rng.sample(range(len(text["topics_id"])), 3)
        for i, j in enumerate(idx, start=1):
            kw[f"t{i}_id"] = text["topics_id"][j]
            kw[f"t{i}_en"] = text["topics_en"][j]
        for lang in ("id", "en"):
            generic = GENERIC_FORMATS_ID if lang == "id" else GENERIC_FORMATS_EN
            kw[f"who_{lang}"] = rng.choice(text[f"who_{lang}"])
            kw[f"fmt_{lang}"] = rng.choice(text[f"formats_{lang}"] + generic)
            kw[f"cta_{lang}"] = rng.choice(CTA_ID if lang == "id" else CTA_EN)
            extra = EXTRA_ID if lang == "id" else EXTRA_EN
            kw[f"extra_{lang}"] = rng.choice(extra).format(home=home)
        kw["hi_id"] = rng.choice(HELLO_ID)
        kw["sec_id"] = kw["sec_id_s"] = kw["sec_en"] = kw["sec_en_s"] = ""
        if secondaries:
            other = NICHE_TEXT[secondaries[0]]
            j = rng.randrange(len(other["topics_id"]))
            kw["sec_id"] = f", kadang juga {other['topics_id'][j]}"
            kw["sec_id_s"] = f" Kadang juga bahas {other['topics_id'][j]}."
            kw["sec_en"] = f", plus the odd post on {other['topics_en'][j]}"
            kw["sec_en_s"] = f" Also into {other['topics_en'][j]}."
        aud = rng.sample(range(len(text["aud_id"])), 2)
        care = rng.sample(range(len(text["care_id"])), 2)
        for lang in ("id", "en"):
            kw[f"aud_{lang}"] = text[f"aud_{lang}"][aud[0]]
            kw[f"aud2_{lang}"] = text[f"aud_{lang}"][aud[1]]
            kw[f"c1_{lang}"] = text[f"care_{lang}"][care[0]]
            kw[f"c2_{lang}"] = text[f"care_{lang}"][care[1]]
        info = CITY_INFO.get(city or "")
        kw["region_id"] = info[4] if info else "seluruh Indonesia"
        kw["region_en"] = info[5] if info else "all over Indonesia"
        kw["age"] = rng.choice(AGES)
        women = rng.random() < float(text["women"][0])
        kw["pct"] = str(rng.randint(55, 90))
        kw["gender_id"] = "perempuan" if women else "laki-laki"
        kw["gender_en"] = "women" if women else "men"
        for key in list(kw):
            kw[_cap(key)] = _cap(kw[key])
        return kw

    def _texts(
        self, primary: str, secondaries: list[str], first: str, city: str | None, country: str
    ) -> tuple[str, str, str]:
        """Return (bio, community, bio language mode)."""
        rng = self.rng
        if country == "SG":
            mode = "en"
        elif country == "MY":
            mode = rng.choices(["en", "mix"], weights=[7, 3])[0]
        else:
            mode = rng.choices(["id", "en", "mix"], weights=[50, 33, 17])[0]
        kw = self._text_fields(primary, secondaries, first, city)
        bio_templates = {"id": BIO_ID, "en": BIO_EN, "mix": BIO_MIX}[mode]
        bio = _tidy(rng.choice(bio_templates).format(**kw))
        if mode == "mix":
            cmode = rng.choice(["id", "en", "mix"])
        else:
            cmode = mode if rng.random() < 0.78 else "mix"
        comm_templates = {"id": COMMUNITY_ID, "en": COMMUNITY_EN, "mix": COMMUNITY_MIX}[cmode]
        community = rng.choice(comm_templates).format(**kw)
        if len(secondaries) > 1:
            extra = NICHE_TEXT[secondaries[1]]
            j = rng.randrange(len(extra["topics_id"]))
            if cmode == "en":
                community += f" Many of them are also into {extra['topics_en'][j]}."
            else:
                community += f" Banyak juga yang tertarik {extra['topics_id'][j]}."
        return bio[:1000], _tidy(community)[:1000], mode

    def _languages(self, country: str, mode: str, city: str | None) -> list[str]:
        rng = self.rng
        if country == "MY":
            return ["ms", "en"] if rng.random() < 0.6 else ["en", "ms"]
        if country == "SG":
            return rng.choice([["en"], ["en", "zh"], ["en", "ms"]])
        if mode == "en":
            langs = ["en", "id"]
        elif mode == "mix" or rng.random() < 0.5:
            langs = ["id", "en"]
        else:
            langs = ["id"]
        if city in ("Bandung", "Bogor") and rng.random() < 0.25:
            langs.append("su")
        elif city in ("Yogyakarta", "Solo", "Semarang", "Malang") and rng.random() < 0.25:
            langs.append("jv")
        return langs

    # ------------------------------------------------------------------ numbers
    def _followers(self, lo: int | None = None, hi: int | None = None) -> int:
        rng = self.rng
        if lo is None and hi is None:
            roll = rng.random()
            if roll < 0.12:
                return _log_uniform(rng, 150, 999)
            if roll < 0.86:
                return _log_uniform(rng, 1000, 50_000)
            return _log_uniform(rng, 50_000, 200_000)
        if lo is None:
            lo = max(150, hi // 20)
        if hi is None:
            hi = min(max(200_000, lo), lo * 6)
        return max(lo, min(hi, _log_uniform(rng, lo, hi)))

    def _history(self, followers: int, jump_step: int = -1, jump: float = 1.0) -> list[int]:
        """Six monthly counts, oldest first, ending at ``followers``.

        ``jump_step`` counts back from the newest month (0 = the last month-to-month step).
        """
        rng = self.rng
        viral_step = rng.randrange(5) if jump_step < 0 and rng.random() < 0.08 else -1
        history = [followers]
        for step in range(5):
            if step == jump_step:
                growth = jump - 1
            elif step == viral_step:
                growth = rng.uniform(0.12, 0.30)
            elif jump_step >= 0:
                growth = rng.uniform(0.0, 0.03)
            else:
                growth = rng.uniform(0.01, 0.06)
            history.append(max(1, round(history[-1] / (1 + growth))))
        return history[::-1]

    def _metrics(self, platform: str, followers: int, pattern: str | None) -> dict:
        """Likes, comments, views and follower history for one creator."""
        rng = self.rng
        size = min(1.25, max(0.55, (followers / 5000) ** -0.12))
        er_lo, er_hi = {
            "instagram": (0.02, 0.075),
            "tiktok": (0.045, 0.12),
            "youtube": (0.02, 0.06),
        }[platform]
        er = max(0.011, rng.uniform(er_lo, er_hi) * size)
        ratio = rng.uniform(0.02, 0.08)  # comments per like
        views_per_follower = {
            "instagram": None,
            "tiktok": rng.uniform(0.5, 3.0),
            "youtube": rng.uniform(0.3, 1.2),
        }[platform]
        history = None
        if pattern == "bought_followers":
            er = rng.uniform(0.0008, 0.0045)
            ratio = rng.uniform(0.01, 0.06)
            if views_per_follower is not None:
                views_per_follower = rng.uniform(0.02, 0.08)
        elif pattern == "engagement_pod":
            er = rng.uniform(0.21, 0.40)
            ratio = rng.uniform(0.35, 0.9)
            if views_per_follower is not None:
                views_per_follower = max(views_per_follower, rng.uniform(0.8, 1.5))
        elif pattern == "follower_jump":
            history = self._history(followers, rng.randrange(5), rng.uniform(1.6, 3.0))
            step = max(range(1, 6), key=lambda i: history[i] / history[i - 1])
            er = rng.uniform(0.025, 0.05) * history[step - 1] / followers
            if views_per_follower is not None:
                views_per_follower *= history[step - 1] / followers
        elif pattern == "view_farming":
            views_per_follower = rng.uniform(6.0, 20.0)
            er = views_per_follower * rng.uniform(0.0012, 0.0045)
        likes = round(followers * er / (1 + ratio))
        views = None if views_per_follower is None else round(followers * views_per_follower)
        if views is not None and pattern != "view_farming":
            views = max(views, likes * 3)
        return {
            "avg_likes": likes,
            "avg_comments": round(likes * ratio),
            "avg_views": views,
            "follower_history": history or self._history(followers),
        }

    def _rate(self, platform: str, followers: int, max_rate: int | None) -> int | None:
        rng = self.rng
        if rng.random() < 0.12:
            return None
        per_follower = (
            rng.uniform(30, 150) * {"instagram": 1.0, "tiktok": 0.9, "youtube": 1.4}[platform]
        )
        rate = _round_rate(followers * per_follower)
        if max_rate is not None and rate > max_rate:
            if rng.random() < 0.3:
                return None
            rate = _round_rate(max_rate * rng.uniform(0.5, 0.95))
            while rate > max_rate:
                rate -= 10_000
        return rate

    # ------------------------------------------------------------------ record
    def make_creator(
        self,
        primary: str,
        *,
        cities: list[str] | None = None,
        platforms: list[str] | None = None,
        followers_range: tuple[int | None, int | None] = (None, None),
        max_rate: int | None = None,
        pattern: str | None = None,
    ) -> tuple[dict, dict]:
        """One creator record and its label; keyword arguments pin down what a brief needs."""
        rng = self.rng
        count = rng.choices([1, 2, 3], weights=[50, 35, 15])[0]
        secondaries = rng.sample(AFFINITY[primary], min(count - 1, len(AFFINITY[primary])))
        if secondaries and rng.random() < 0.15:  # the odd unexpected combination
            secondaries[-1] = rng.choice(
                [n for n in NICHES if n != primary and n not in secondaries]
            )
        city = rng.choice(cities) if cities else self._pick_city()
        country = CITY_INFO[city][1] if city else "ID"
        if pattern == "view_farming":
            allowed = [p for p in (platforms or VIDEO_PLATFORMS) if p in VIDEO_PLATFORMS]
            platform = rng.choice(allowed)
        elif platforms:
            platform = rng.choice(platforms)
        else:
            platform = rng.choices(PLATFORMS, weights=PLATFORM_WEIGHTS)[0]
        lo, hi = followers_range
        if pattern == "bought_followers":
            lo, hi = max(lo or 0, 10_000), min(hi or 150_000, 150_000)
        elif pattern in ("engagement_pod", "view_farming"):
            lo, hi = max(lo or 0, 500), min(hi or 50_000, 50_000)
        elif pattern == "follower_jump":
            lo, hi = max(lo or 0, 800), min(hi or 90_000, 90_000)
        followers = self._followers(lo, hi)

        first, last = self._name(city)
        tag = rng.choice(NICHE_TEXT[primary]["tags"])
        code = CITY_INFO[city][3] if city else "id"
        handle = self._handle(first, last, tag, code)
        roll = rng.random()
        if roll < 0.65:
            display = f"{first} {last}"
        elif roll < 0.8:
            display = first
        else:
            display = f"{first} | {tag}" if len(tag) >= 4 else f"{first} {last[:1]}."
        bio, community, mode = self._texts(primary, secondaries, first, city, country)
        metrics = self._metrics(platform, followers, pattern)
        ppw_lo, ppw_hi = {"instagram": (1, 6), "tiktok": (2, 10), "youtube": (0.5, 3)}[platform]
        record = {
            "handle": handle,
            "platform": platform,
            "display_name": display,
            "bio": bio,
            "community": community,
            "niches": [primary, *secondaries],
            "city": city,
            "country": country,
            "languages": self._languages(country, mode, city),
            "followers": followers,
            "avg_likes": metrics["avg_likes"],
            "avg_comments": metrics["avg_comments"],
            "avg_views": metrics["avg_views"],
            "posts_per_week": round(rng.uniform(ppw_lo, ppw_hi), 1),
            "follower_history": metrics["follower_history"],
            "rate_idr": self._rate(platform, followers, max_rate),
            "contact": self._contact(handle, country),
        }
        label = {
            "handle": handle,
            "primary_niche": primary,
            "suspicious": pattern is not None,
            "suspicious_reason": PATTERN_REASONS[pattern] if pattern else None,
        }
        return record, label

    def population(self, size: int, inauthentic_share: float) -> list[tuple[dict, dict]]:
        """``size`` creators with balanced primary niches and a share of inauthentic ones."""
        rng = self.rng
        primaries = list(NICHES * (size // len(NICHES) + 1))[:size]
        rng.shuffle(primaries)
        n_bad = round(size * inauthentic_share)
        bad = rng.sample(range(size), n_bad)
        patterns = {i: PATTERNS[k % len(PATTERNS)] for k, i in enumerate(bad)}
        return [self.make_creator(primaries[i], pattern=patterns.get(i)) for i in range(size)]


# ---------------------------------------------------------------------- briefs
# Phrases a brief may use, and the structured constraint each one stands for.
CITY_ALIASES = {
    "Jakarta": ["Jakarta"],
    "Jkt": ["Jakarta"],
    "Jabodetabek": ["Jakarta", "Bogor"],
    "Surabaya": ["Surabaya"],
    "Sby": ["Surabaya"],
    "Bandung": ["Bandung"],
    "Bdg": ["Bandung"],
    "Jogja": ["Yogyakarta"],
    "Bali": ["Denpasar"],
    "area Bali": ["Denpasar"],
    "Jawa Timur": ["Surabaya", "Malang"],
    "Jawa Tengah": ["Semarang", "Solo"],
    "Sumatera": ["Medan", "Palembang"],
    "Sulawesi": ["Makassar", "Manado"],
    "Kalimantan": ["Balikpapan", "Pontianak"],
    "Medan": ["Medan"],
    "Makassar": ["Makassar"],
    "Malang": ["Malang"],
    "Bogor": ["Bogor"],
    "Malaysia": ["Kuala Lumpur"],
    "Singapore": ["Singapore"],
}
PLATFORM_ALIASES = {
    "IG": ["instagram"],
    "Instagram": ["instagram"],
    "TikTok": ["tiktok"],
    "YT": ["youtube"],
    "YouTube": ["youtube"],
    "IG/TikTok": ["instagram", "tiktok"],
    "IG & TikTok": ["instagram", "tiktok"],
    "TikTok/YT": ["tiktok", "youtube"],
    "Instagram or YouTube": ["instagram", "youtube"],
}
FOLLOWER_PHRASES = {  # phrase: (min_followers, max_followers)
    "micro": (1000, 50_000),
    "nano": (None, 10_000),  # industry tiers: nano < 10k followers
    "di bawah 20k": (None, 20_000),
    "under 20k": (None, 20_000),
    "minimal 10rb": (10_000, None),
    "at least 10k": (10_000, None),
    "5k to 30k": (5000, 30_000),
    "5rb-30rb": (5000, 30_000),
    "50rb-200rb": (50_000, 200_000),
    "50k-200k": (50_000, 200_000),
    "10-50rb": (10_000, 50_000),
    "10k to 50k": (10_000, 50_000),
    "maks 50rb": (None, 50_000),
    "2k-15k": (2000, 15_000),
}
BUDGET_PHRASES = {  # phrase: max_rate_idr (USD at USD_TO_IDR)
    "1,5jt/post": 1_500_000,
    "Rp 500rb": 500_000,
    "750rb": 750_000,
    "1jt": 1_000_000,
    "2jt": 2_000_000,
    "Rp 1 jt": 1_000_000,
    "Rp 2 jt": 2_000_000,
    "IDR 1,500,000": 1_500_000,
    "IDR 2,000,000": 2_000_000,
    "IDR 3,000,000": 3_000_000,
    "$100": 100 * USD_TO_IDR,
    "$150": 150 * USD_TO_IDR,
}


def _brief(
    lang: str,
    niches: list[str],
    text: str,
    city: str | tuple[str, ...] | None = None,
    platform: str | None = None,
    followers: str | None = None,
    budget: str | None = None,
) -> dict:
    return {
        "lang": lang,
        "niches": niches,
        "text": text,
        "city": city,
        "platform": platform,
        "followers": followers,
        "budget": budget,
    }


BRIEFS = [
    _brief(
        "id",
        ["beauty_skincare"],
        "Halo, kami dari Pagi Cerah, brand lokal yang baru merilis sunscreen gel SPF 50 yang "
        "ringan, cepat meresap dan tidak meninggalkan whitecast di kulit sawo matang. Kami "
        "mencari beberapa {followers} influencer di {city} yang aktif di {platform} untuk "
        "kampanye peluncuran bulan depan. Konsumen utama kami mahasiswi dan pekerja muda "
        "yang kulitnya gampang berminyak.",
        city="Bandung",
        platform="Instagram",
        followers="micro",
    ),
    _brief(
        "en",
        ["beauty_skincare"],
        "need {platform} creators for our new lip tint that actually survives a plate of "
        "nasi padang 💄 {followers} followers, budget {budget} per video",
        platform="TikTok",
        followers="5k to 30k",
        budget="$100",
    ),
    _brief(
        "id",
        ["sustainable_living"],
        "cari KOL buat shampoo bar & sabun batang tanpa kemasan plastik, {city}, "
        "{followers} followers 🌱",
        city="area Bali",
        followers="di bawah 20k",
    ),
    _brief(
        "en",
        ["sustainable_living"],
        "Hello! We are Loop & Co and we make a refillable deodorant: you buy the aluminium "
        "case once, then order compostable paper refills. We are planning a three-month "
        "awareness campaign in {city} and would love to work with creators on {platform} "
        "with {followers} followers. Our budget is up to {budget} per post. Our buyers are "
        "mostly urban professionals in their late twenties who want less bathroom waste.",
        city="Jakarta",
        platform="IG & TikTok",
        followers="at least 10k",
        budget="IDR 2,000,000",
    ),
    _brief(
        "id",
        ["food_culinary"],
        "cari KOL dimsum ayam frozen homemade di {city}, {followers} followers, budget {budget} 🙏",
        city="Sby",
        followers="10-50rb",
        budget="1,5jt/post",
    ),
    _brief(
        "en",
        ["food_culinary"],
        "Good afternoon. Our family produces a small-batch chili oil made with andaliman "
        "pepper and shallots, sold in 150 ml jars. We'd like to partner with creators in "
        "{city} who can show how to use it in everyday cooking. A rate of up to {budget} per "
        "post works for us.",
        city="Medan",
        budget="Rp 1 jt",
    ),
    _brief(
        "id",
        ["parenting"],
        "Selamat siang. Kami produsen popok kain modern yang bisa dicuci dan dipakai ulang "
        "sampai dua tahun, dengan motif batik yang lucu. Kami ingin menggandeng {followers} "
        "influencer di wilayah {city} untuk berbagi pengalaman memakai popok kami sehari-"
        "hari. Budget maksimal {budget} per konten. Pembeli kami kebanyakan mama muda yang "
        "baru punya bayi pertama.",
        city="Jawa Timur",
        followers="micro",
        budget="750rb",
    ),
    _brief(
        "en",
        ["parenting"],
        "any {platform} creators who'd review a monthly picture-book box for toddlers? "
        "{followers} followers pls",
        platform="YT",
        followers="under 20k",
    ),
    _brief(
        "id",
        ["fitness_health"],
        "butuh creator {platform} di {city} buat susu protein rasa kopi gula aren, "
        "{followers} followers ya kak",
        city="Jkt",
        platform="TikTok",
        followers="minimal 10rb",
    ),
    _brief(
        "en",
        ["fitness_health"],
        "We run a women-only boxing and HIIT studio and are opening a second location next "
        "quarter. We are looking for creators based in {city} who post on {platform} about "
        "training and feel-good movement, to join a free trial week and share their honest "
        "experience.",
        city="Singapore",
        platform="Instagram",
    ),
    _brief(
        "id",
        ["travel"],
        "Perkenalkan, kami aplikasi pemesanan homestay dan villa di desa wisata, dari Toraja "
        "sampai Labuan Bajo. Untuk kampanye liburan akhir tahun kami mencari kreator "
        "{platform} dengan {followers} followers yang rutin membuat konten jalan-jalan dan "
        "bersedia menginap langsung di mitra kami.",
        platform="YouTube",
        followers="50rb-200rb",
    ),
    _brief(
        "en",
        ["travel"],
        "looking for {platform} peeps in {city} to try our cabin-size backpack that opens "
        "flat like a suitcase ✈️",
        city="Malaysia",
        platform="IG/TikTok",
    ),
    _brief(
        "id",
        ["modest_fashion"],
        "kak, cari influencer buat gamis katun rayon koleksi lebaran, domisili {city}, "
        "{followers} followers, budget {budget} per post",
        city="Medan",
        followers="maks 50rb",
        budget="Rp 500rb",
    ),
    _brief(
        "en",
        ["modest_fashion"],
        "Assalamualaikum! We design sports hijabs from a cooling, quick-dry fabric that stays "
        "put during runs and gym sessions. We'd like to collaborate with {followers} "
        "creators on {platform} who show how they stay active while dressing modestly. Our "
        "shoppers are mostly Muslim women between 18 and 35.",
        platform="TikTok",
        followers="micro",
    ),
    _brief(
        "id",
        ["streetwear_fashion"],
        "cari KOL sneakers kanvas lokal sol vulkanisir di {city}, {platform}, {followers} "
        "followers",
        city="Bdg",
        platform="IG",
        followers="5rb-30rb",
    ),
    _brief(
        "en",
        ["streetwear_fashion"],
        "Hi there, we're a small label making oversized heavyweight tees and hoodies with "
        "graphics inspired by batik and old Indonesian film posters. For our next drop we "
        "want {platform} creators in {city} with {followers} followers who style their own "
        "fits. We can pay up to {budget} per video.",
        city="Jakarta",
        platform="TikTok",
        followers="under 20k",
        budget="$150",
    ),
    _brief(
        "id",
        ["tech_gadgets"],
        "Halo, kami distributor resmi earbuds TWS dengan noise cancelling yang harganya di "
        "bawah 500 ribu. Kami membutuhkan reviewer {platform} dengan {followers} followers "
        "di {city} untuk membuat video ulasan dan perbandingan yang jujur. Budget per video "
        "maksimal {budget}.",
        city="Kalimantan",
        platform="YT",
        followers="10-50rb",
        budget="Rp 2 jt",
    ),
    _brief(
        "en",
        ["tech_gadgets"],
        "need creators in {city} for a 65W GaN charger that juices a laptop + 2 phones at "
        "once. {followers} followers",
        city="Surabaya",
        followers="at least 10k",
    ),
    _brief(
        "id",
        ["gaming"],
        "ada yang bisa rekomendasiin streamer {platform} di {city} buat promo turnamen Mobile "
        "Legends antar kampus? {followers} followers aja gpp",
        city="Makassar",
        platform="TikTok",
        followers="di bawah 20k",
    ),
    _brief(
        "en",
        ["gaming", "tech_gadgets"],
        "We manufacture a mechanical keyboard with hot-swappable switches and a volume knob, "
        "made for players who want to mod without soldering. We're looking for {followers} "
        "creators in {city} on {platform} to unbox it and use it in real matches.",
        city=("Jakarta", "Bandung"),
        platform="Instagram or YouTube",
        followers="micro",
    ),
    _brief(
        "id",
        ["personal_finance"],
        "Kami adalah aplikasi catatan keuangan untuk pasangan muda: setiap pengeluaran bisa "
        "dicatat berdua, lengkap dengan target tabungan nikah dan DP rumah. Kami ingin "
        "bekerja sama dengan kreator {platform} yang followers-nya {followers} dan rutin "
        "membahas pengelolaan uang. Budget {budget} per posting.",
        platform="Instagram",
        followers="di bawah 20k",
        budget="1jt",
    ),
    _brief(
        "en",
        ["personal_finance"],
        "looking for {platform} creators to promo a sharia-compliant gold savings app, you "
        "can start from 10k rupiah. {followers} followers",
        platform="TikTok",
        followers="5k to 30k",
    ),
    _brief(
        "id",
        ["education_study"],
        "cari kakak-kakak creator {platform} di {city} buat promo kelas online persiapan "
        "UTBK, budget {budget}/post",
        city="Jogja",
        platform="TikTok",
        budget="Rp 500rb",
    ),
    _brief(
        "en",
        ["education_study"],
        "Our company offers live English speaking classes for working adults, held over video "
        "call in the evenings in groups of five. We are looking for {platform} creators with "
        "{followers} followers who talk about self-improvement, studying or careers. We can "
        "offer up to {budget} per post plus a free course.",
        platform="Instagram",
        followers="at least 10k",
        budget="IDR 1,500,000",
    ),
    _brief(
        "id",
        ["pets"],
        "butuh {followers} influencer pemilik kucing di {city} buat pasir tofu yang bisa "
        "langsung dibuang ke kloset 🐱 khusus {platform}",
        city="Jabodetabek",
        platform="IG",
        followers="micro",
    ),
    _brief(
        "en",
        ["pets"],
        "We produce grain-free dog food made in Indonesia with locally farmed chicken and "
        "sweet potato. We are seeking dog-owning creators in {city} with {followers} "
        "followers to try a month's supply and share the results.",
        city="Bali",
        followers="5k to 30k",
    ),
    _brief(
        "id",
        ["home_diy"],
        "Halo, kami produsen rak dinding dan furnitur rakitan untuk rumah mungil dan kamar "
        "kos. Kami sedang mencari kreator {platform} di wilayah {city} yang suka konten "
        "dekorasi dan merapikan rumah. Anggaran kami {budget} per konten.",
        city="Jawa Tengah",
        platform="Instagram",
        budget="Rp 1 jt",
    ),
    _brief(
        "en",
        ["home_diy"],
        "anyone know {platform} creators around {city} who'd review a cordless screwdriver "
        "kit for first-time homeowners? {followers} followers is fine",
        city="Bogor",
        platform="TikTok/YT",
        followers="under 20k",
    ),
    _brief(
        "id",
        ["automotive"],
        "cari reviewer {platform} di {city} buat oli motor matic, {followers} followers",
        city="Sumatera",
        platform="YT",
        followers="minimal 10rb",
    ),
    _brief(
        "en",
        ["automotive"],
        "Hello, we make a ceramic coating kit that car owners can apply at home in under two "
        "hours, with a twelve-month protection guarantee. We'd like to work with {platform} "
        "creators in {city} with {followers} followers who show their own cars. Budget: up "
        "to {budget} per post.",
        city="Jakarta",
        platform="Instagram",
        followers="10k to 50k",
        budget="IDR 3,000,000",
    ),
    _brief(
        "id",
        ["coffee"],
        "kami jual kopi susu literan, cari {followers} influencer {platform} yang doyan ngopi "
        "buat barter produk + fee kecil",
        platform="IG",
        followers="nano",
    ),
    _brief(
        "en",
        ["coffee"],
        "We build a hand grinder with stainless steel burrs for pour-over and AeroPress "
        "lovers. We want {platform} creators with {followers} followers who make their "
        "morning drink at home to feature it in their routine videos.",
        platform="YouTube",
        followers="5k to 30k",
    ),
    _brief(
        "id",
        ["music"],
        "Kami aplikasi karaoke dengan lisensi resmi ribuan lagu Indonesia, dari dangdut "
        "sampai pop indie. Untuk peluncuran fitur duet online, kami mencari {followers} "
        "influencer {platform} di {city} yang suka nyanyi atau main alat musik. Budget "
        "hingga {budget} per video.",
        city="Sulawesi",
        platform="TikTok",
        followers="micro",
        budget="1jt",
    ),
    _brief(
        "en",
        ["music"],
        "need {platform} creators in {city} for an entry-level electric guitar bundle (amp + "
        "cable + tuner) 🎸 {followers} followers",
        city="Jogja",
        platform="IG/TikTok",
        followers="under 20k",
    ),
    _brief(
        "id",
        ["outdoor_adventure"],
        "cari KOL pendaki di {city} buat sepatu hiking waterproof lokal, {platform}, "
        "{followers} followers, budget {budget}",
        city="Malang",
        platform="IG",
        followers="5rb-30rb",
        budget="1,5jt/post",
    ),
    _brief(
        "en",
        ["outdoor_adventure", "travel"],
        "We are an outdoor brand making ultralight tents designed for tropical downpours, "
        "under 1.5 kg with a full rain fly. We're looking for {platform} creators with "
        "{followers} followers who film multi-day trips to take our tent on their next "
        "expedition.",
        platform="YouTube",
        followers="50k-200k",
    ),
    _brief(
        "id",
        ["beauty_skincare", "sustainable_living"],
        "Kami brand sabun cuci muka dengan kemasan isi ulang dari plastik daur ulang, bisa "
        "refill di 40 titik. Kami cari kreator di {city} dengan {followers} followers yang "
        "peduli kulit sehat sekaligus lingkungan. Budget maksimal {budget} per post.",
        city="Jakarta",
        followers="10-50rb",
        budget="2jt",
    ),
    _brief(
        "en",
        ["food_culinary", "fitness_health"],
        "looking for {city} creators for a high-protein, low-sugar granola 🥣 {platform} only",
        city="Singapore",
        platform="Instagram",
    ),
    _brief(
        "id",
        ["travel", "coffee"],
        "ada rekomendasi creator {platform} buat paket tur kebun kopi Toraja & Flores? "
        "{followers} followers, budget {budget}",
        platform="YT",
        followers="minimal 10rb",
        budget="Rp 2 jt",
    ),
    _brief(
        "en",
        ["parenting", "personal_finance"],
        "We are a licensed insurer launching a children's education savings plan that "
        "parents can start from IDR 200k a month. We're looking for parent creators in "
        "{city} with {followers} followers who talk about family money matters.",
        city="Jabodetabek",
        followers="2k-15k",
    ),
]


def render_brief(index: int, spec: dict) -> tuple[dict, dict]:
    """The brief line and its constraint line."""
    keys = ("city", "platform", "followers", "budget")
    for key in keys:
        stated = spec[key] is not None
        if stated != ("{" + key + "}" in spec["text"]):
            raise ValueError(f"brief {index}: placeholder {{{key}}} does not match its value")
    city_names = (spec["city"],) if isinstance(spec["city"], str) else spec["city"]
    joiner = " atau " if spec["lang"] == "id" else " or "
    values = {
        "city": joiner.join(city_names) if city_names else None,
        "platform": spec["platform"],
        "followers": spec["followers"],
        "budget": spec["budget"],
    }
    brief_id = f"own-b{index:02d}"
    cities: list[str] = []
    for alias in city_names or ():
        cities += [c for c in CITY_ALIASES[alias] if c not in cities]
    lo, hi = FOLLOWER_PHRASES[spec["followers"]] if spec["followers"] else (None, None)
    constraint = {
        "id": brief_id,
        "niches": spec["niches"],
        "city": cities or None,
        "platform": PLATFORM_ALIASES[spec["platform"]] if spec["platform"] else None,
        "min_followers": lo,
        "max_followers": hi,
        "max_rate_idr": BUDGET_PHRASES[spec["budget"]] if spec["budget"] else None,
    }
    brief = {"id": brief_id, "brief": spec["text"].format(**values), "lang": spec["lang"]}
    return brief, constraint


# ---------------------------------------------------------------------- grading
def violations(creator: dict, cons: dict) -> int:
    """How many stated constraints of a brief the creator breaks."""
    count = 0
    if cons["city"] is not None and creator["city"] not in cons["city"]:
        count += 1
    if cons["platform"] is not None and creator["platform"] not in cons["platform"]:
        count += 1
    lo, hi = cons["min_followers"], cons["max_followers"]
    if (lo is not None and creator["followers"] < lo) or (
        hi is not None and creator["followers"] > hi
    ):
        count += 1
    rate = creator["rate_idr"]
    if cons["max_rate_idr"] is not None and rate is not None and rate > cons["max_rate_idr"]:
        count += 1
    return count


def grade(creator: dict, label: dict, cons: dict) -> int:
    """Relevance grade of one creator for one brief (see the module docstring)."""
    if label["suspicious"]:
        return 0
    if creator["niches"][0] in cons["niches"]:
        primary = True
    elif any(n in cons["niches"] for n in creator["niches"][1:]):
        primary = False
    else:
        return 0
    broken = violations(creator, cons)
    if primary and broken == 0:
        return 2
    if (primary and broken == 1) or (not primary and broken == 0):
        return 1
    return 0


def _planting_args(cons: dict) -> dict:
    return {
        "cities": cons["city"],
        "platforms": cons["platform"],
        "followers_range": (cons["min_followers"], cons["max_followers"]),
        "max_rate": cons["max_rate_idr"],
    }


def _decoy_pattern(rng: random.Random, cons: dict) -> str | None:
    """An inauthentic pattern that can still fit the brief's stated constraints."""
    lo = cons["min_followers"] or 0
    hi = cons["max_followers"] or 10**9
    options = []
    if hi >= 10_000 and lo <= 150_000:
        options.append("bought_followers")
    if lo <= 50_000 and hi >= 500:
        options.append("engagement_pod")
        if cons["platform"] is None or set(cons["platform"]) & set(VIDEO_PLATFORMS):
            options.append("view_farming")
    if lo <= 90_000 and hi >= 800:
        options.append("follower_jump")
    return rng.choice(options) if options else None


def build_eval(gen: Generator) -> tuple[dict[str, list[dict]], int, int]:
    """The evaluation files' rows, and how many fitting and decoy creators were planted."""
    rng = gen.rng
    planted = decoys = 0
    rows = gen.population(OWN_BASE_SIZE, OWN_INAUTHENTIC)
    briefs, constraints = [], []
    for index, spec in enumerate(BRIEFS, start=1):
        brief, cons = render_brief(index, spec)
        briefs.append(brief)
        constraints.append(cons)
    for index, cons in enumerate(constraints, start=1):
        have = sum(1 for rec, lab in rows if grade(rec, lab, cons) == 2)
        need = MIN_GRADE2 - have
        if need > 0:
            need += rng.randint(0, 1)
        for _ in range(max(0, need)):
            rows.append(gen.make_creator(rng.choice(cons["niches"]), **_planting_args(cons)))
            planted += 1
        pattern = _decoy_pattern(rng, cons) if index % 3 == 0 else None
        if pattern:
            rows.append(
                gen.make_creator(cons["niches"][0], pattern=pattern, **_planting_args(cons))
            )
            decoys += 1
    rng.shuffle(rows)
    qrels = []
    for cons in constraints:
        graded = [(grade(rec, lab, cons), rec["handle"]) for rec, lab in rows]
        relevant = {h: g for g, h in sorted(graded, key=lambda x: (-x[0], x[1])) if g > 0}
        qrels.append({"id": cons["id"], "relevant": relevant})
    data = {
        "creators": [rec for rec, _ in rows],
        "labels": [lab for _, lab in rows],
        "briefs": briefs,
        "constraints": constraints,
        "qrels": qrels,
    }
    return data, planted, decoys


# ---------------------------------------------------------------------- output
def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def readme(data: dict[str, list[dict]], planted: int, decoys: int) -> str:
    n = len(data["creators"])
    n_bad = sum(1 for lab in data["labels"] if lab["suspicious"])
    n_briefs = len(data["briefs"])
    n_id = sum(1 for b in data["briefs"] if b["lang"] == "id")
    grade2 = [sum(1 for g in q["relevant"].values() if g == 2) for q in data["qrels"]]
    grade1 = [sum(1 for g in q["relevant"].values() if g == 1) for q in data["qrels"]]
    aliases = "; ".join(f"{k} → {', '.join(v)}" for k, v in CITY_ALIASES.items() if [k] != v)
    followers = "; ".join(
        f'"{k}" → {lo if lo is not None else "-"}..{hi if hi is not None else "-"}'
        for k, (lo, hi) in FOLLOWER_PHRASES.items()
    )
    return f"""# Own evaluation set

Written by `data/generate_sample.py` (seed {OWN_SEED}); regenerate with
`python3 data/generate_sample.py`. Do not edit the files by hand. Same formats as
`shared/eval/dev/` (see `shared/CONTRACT.md`), so `python3 shared/eval/dev/score.py
data/eval/own/qrels.jsonl RUN` scores a run against it.

| file | rows | content |
|---|---|---|
| creators.jsonl | {n} | synthetic creators, {n_bad} of them inauthentic |
| labels.jsonl | {n} | `{{handle, primary_niche, suspicious, suspicious_reason}}` |
| briefs.jsonl | {n_briefs} | `{{id, brief, lang}}`: {n_id} Indonesian, {n_briefs - n_id} English |
| constraints.jsonl | {len(data["constraints"])} | what a brief parser should recover |
| qrels.jsonl | {len(data["qrels"])} | graded relevant creators per brief |

## How it was made
- Creators come from the same template generator as the sample data but a different seed,
  and their handles are disjoint from `data/sample_creators.jsonl`:
  primary niches are balanced, texts are about half Indonesian, a third English and the rest
  mixed. About 10 % are inauthentic (bought followers, engagement pod, follower jump, view
  farming); their texts look like everyone else's, only the numbers give them away.
- The 40 briefs were written by hand with placeholders for city, platform, follower range
  and budget; each placeholder is filled with a phrase whose meaning is fixed in the script,
  so the constraints are exact. Products are described in plain words, never by niche id.
  Some briefs carry money amounts that are not a budget (e.g. a product's price).
- The base population has {OWN_BASE_SIZE} creators. Where it had fewer than {MIN_GRADE2} grade-2
  creators for a brief, authentic creators that fit the brief were planted ({planted} in all);
  every third brief also got an inauthentic decoy that fits it on paper ({decoys} in all). The
  creator list is shuffled afterwards, so position says nothing.

## Phrase meanings
- Cities: {aliases}; other names are themselves.
- Followers: {followers} (bounds inclusive).
- Budgets are the maximum rate per post; "jt" = million, "rb" = thousand, USD at
  {USD_TO_IDR:,} IDR (so $150 → {150 * USD_TO_IDR:,}).

## Grading rule
Suspicious creators are never relevant. A creator is a *primary match* if its first niche is
one of the brief's niches, a *secondary match* if only a later niche is. Stated constraints
are city, platform, follower range (min and max count as one) and max rate (a creator without
a known rate never violates it).
- grade 2: primary match and no stated constraint violated;
- grade 1: primary match violating exactly one constraint, or secondary match violating none.

Grade-2 creators per brief: min {min(grade2)}, median {sorted(grade2)[len(grade2) // 2]},
max {max(grade2)}. Grade-1 per brief: min {min(grade1)}, max {max(grade1)}.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out-dir",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="folder for sample_creators.jsonl and eval/own (default: data/)",
    )
    args = parser.parse_args()

    used: set[str] = set()
    sample = Generator(SAMPLE_SEED, used).population(SAMPLE_SIZE, SAMPLE_INAUTHENTIC)
    write_jsonl(args.out_dir / "sample_creators.jsonl", [rec for rec, _ in sample])

    data, planted, decoys = build_eval(Generator(OWN_SEED, used))
    own = args.out_dir / "eval" / "own"
    for name, rows in data.items():
        write_jsonl(own / f"{name}.jsonl", rows)
    (own / "README.md").write_text(readme(data, planted, decoys), encoding="utf-8")
    print(
        f"wrote {len(sample)} sample creators and {len(data['creators'])} eval creators, "
        f"{len(data['briefs'])} briefs to {args.out_dir}"
    )


if __name__ == "__main__":
    main()
