#!/usr/bin/env python3
"""Write briefs.jsonl and constraints.jsonl for `voices3` (stdlib only), then qrels.jsonl via make_qrels.py.

    python3 build_briefs.py        # writes briefs.jsonl, constraints.jsonl, qrels.jsonl and prints grade counts

Every brief text and its truth (what the brief really asks) is written by hand below. Voice = (n - 1) mod 4 + 1:
 1 Pak Tumpal Simanjuntak, 58, wholesaler of plastic cups, bags and camping goods at Pajak Sambu, Medan. He
   dictates into his phone's voice typing: no punctuation, no capitals, one long run-on sentence, Medan/Batak
   words (bah, lae, awak, kali, bere, ito, boru, pajak = market, "motor" = car). Also posts for his family's
   businesses (a nephew's tyre shop, his sister's ulos weaving, his daughter's print shop).
 2 Kak Uli, 29, young mum in Makassar running an Instagram shop (kids' swimwear, breast pumps, local makeup) and
   posting for friends from her arisan. Makassar chat Indonesian: sa/ko, ji, mi, di', nah, tawwa, iye, ndak,
   dg/yg/utk abbreviations, emoji.
 3 Steve ("Koh Steve"), 31, second generation of a Chinese-Indonesian family business group in Surabaya (an
   electrical/audio shop, a furniture factory in Gresik, a garment konveksi, cousins' brands). Suroboyoan
   Javanese + English: rek, cak, ae, iki, gak onok, pokok'e, sing, nang, gae, ojok, saiki, teko.
 4 Mr. Park, 47, Korean general manager of a Korean consumer-goods group's Indonesian subsidiary (office in
   Jakarta, plant in Bekasi). Second-language English with dropped articles and "Dear team ... Thank you",
   or plain textbook Indonesian ("Selamat siang. Saya Park."), once mixed.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from src_common import JAVA, SUBTOPICS, T, make_brief, region, write_brief_set  # noqa: E402, F401


def B(n, *args, **kwargs):
    return make_brief("vo3", n, *args, **kwargs)


BRIEFS = [
    # ---------------------------------------------------------------- b01 Tumpal: cups & cup sealer -> coffee shops
    B(1, "id",
      "halo ini pak tumpal dari pajak sambu medan awak jualan grosir cup plastik 16 oz sama 22 oz sedotan sama "
      "mesin cup sealer lah pokoknya perlengkapan kedai kopi kekinian bah awak mau cari anak muda yang suka "
      "review kafe kafe coffee shop gitu yang di instagram aja ya jangan yang lain paling mahal tujuh ratus ribu "
      "sekali posting kalau lebih dari itu awak nggak sanggup lah harga grosir kami 35 ribu satu slop isi 50 "
      "kirim ke seluruh sumatera dan jawa pun bisa jadi kota nya bebas lae yang penting orangnya ngerti dunia "
      "kopi",
      subtopics=["coffee.cafe"], platform=["instagram"], max_rate=700000,
      nots=["pajak sambu medan", "16 oz sama 22 oz", "35 ribu satu slop isi 50",
            "kirim ke seluruh sumatera dan jawa", "kota nya bebas", "anak muda"],
      traps=[T("spelled_number", "'tujuh ratus ribu sekali posting' is a real rate cap of Rp 700,000"),
             T("number", "cup sizes (16 oz, 22 oz) and the wholesale price per slop are not constraints"),
             T("place", "Pajak Sambu, Medan is the seller's market stall; Sumatra/Java is the shipping area"),
             T("relaxation", "'kota nya bebas': no city"),
             T("lookalike", "'anak muda' describes the kind of reviewer, it is not a required teen audience")]),
    # ---------------------------------------------------------------- b02 Uli: kids' UV swimwear
    B(2, "id",
      "Assalamualaikum kak 🙏 sa mau cari kreator utk promo baju renang anak anti UV dri olshop ku, bahan UPF 50+, "
      "ada ukuran umur 1-8 thn 🏊‍♀️ harga 89rb ji kak, lagi diskon 20% sampe akhir bulan. Yg dicari itu ortu yg "
      "sering posting kegiatan anaknya, les renang, main di luar, olahraga gitu di'. Instagram ji nah, sa nda "
      "main tiktok 😅 barang dikirim dari gudang di Sungguminasa tp bisa ke seluruh Indo kok",
      subtopics=["par.aktivitas"], platform=["instagram"],
      nots=["UPF 50+", "umur 1-8 thn", "89rb", "diskon 20%", "akhir bulan", "gudang di Sungguminasa",
            "ke seluruh Indo"],
      traps=[T("number", "UPF rating, children's ages, price, discount and the promo end date are product facts"),
             T("lookalike", "'UPF 50+' reads like a sunscreen (beauty) spec; this is kids' swimwear"),
             T("place", "Sungguminasa (Gowa, near Makassar) is the warehouse; shipping is nationwide"),
             T("negation", "'sa nda main tiktok' together with 'Instagram ji' makes Instagram the only platform")]),
    # ---------------------------------------------------------------- b03 Steve: gaming chair
    B(3, "mix",
      "Hi team, Steve here dari Surabaya 👋 Pabrik furniture Papa di Gresik sekarang bikin gaming chair sendiri, "
      "rek. Specs: 4D armrest, gas lift class 4, max load 150 kg, harga launching 2,3jt. Target e creator sing "
      "main game PC/console, streaming, rakit PC ngono. Not office chair content yo, iki bukan kursi kantor. "
      "City bebas, platform bebas, pokok'e gamer beneran 🎮",
      subtopics=["game.pc"],
      nots=["dari Surabaya", "Pabrik furniture Papa di Gresik", "4D armrest", "class 4", "max load 150 kg",
            "2,3jt", "Not office chair content", "bukan kursi kantor", "City bebas, platform bebas"],
      traps=[T("place", "Surabaya is where Steve writes from and Gresik is the factory, not the creator's city"),
             T("number", "armrest/gas-lift class, load and launch price are specs"),
             T("lookalike", "a chair looks like home/office furniture (home_diy); he says it is not office-chair content"),
             T("relaxation", "'City bebas, platform bebas'")]),
    # ---------------------------------------------------------------- b04 Park: fire ramyeon
    B(4, "en",
      "Dear Jodoh team. I am Park, general manager of Korean food company in Indonesia. We launch new super spicy "
      "ramyeon, fire chicken taste, 8,000 SHU, halal certified. Product is imported from Busan factory. One pack "
      "140 g, promotion price 5 packs IDR 45,000. We want creator who makes spicy food challenge or spicy food "
      "review. Only video please, TikTok or YouTube. Not need K-pop or Korean drama creator, spicy is important. "
      "Thank you.",
      subtopics=["food.pedas"], platform=["tiktok", "youtube"],
      nots=["8,000 SHU", "imported from Busan factory", "140 g", "5 packs IDR 45,000",
            "Not need K-pop or Korean drama creator"],
      traps=[T("number", "Scoville rating, pack weight and promo price are product facts"),
             T("place", "Busan is the origin of the product"),
             T("lookalike", "'Korean' ramyeon points towards K-pop / Korean-language creators; the topic is spicy food"),
             T("negation", "'Not need K-pop or Korean drama creator' excludes content, it is not a platform rule")]),
    # ---------------------------------------------------------------- b05 Tumpal: PE braid line -> casting
    B(5, "id",
      "selamat sore ini tumpal lagi kali ini punya adik awak dia grosir senar pe 8 braid merek sendiri panjang "
      "100 meter ada ukuran 0.8 sampai 3.0 kuat tarikan sampai 30 kg cocok kali untuk casting gabus toman sama "
      "sebarau cari lah yang kontennya mancing casting pakai umpan buatan bukan mancing kolam harian ya kota "
      "bebas followers berapa pun tidak apa apa awak sendiri dulu sering mancing di danau toba tapi sekarang "
      "sudah jarang sibuk di pajak",
      subtopics=["out.casting"],
      nots=["8 braid", "100 meter", "0.8 sampai 3.0", "30 kg", "bukan mancing kolam harian", "kota bebas",
            "followers berapa pun tidak apa apa", "danau toba"],
      traps=[T("number", "braid count, spool length, line sizes and breaking strain are specs"),
             T("lookalike", "'mancing kolam harian' (pay-pond fishing) is fishing but not lure casting"),
             T("relaxation", "'kota bebas', 'followers berapa pun tidak apa apa'"),
             T("place", "Danau Toba is the writer's own fishing memory")]),
    # ---------------------------------------------------------------- b06 Uli: breast pump
    B(6, "id",
      "kak mau tanya, ada ji kreator yg kontennya soal hamil, lahiran, bayi baru lahir, menyusui? Sa reseller "
      "pompa ASI elektrik wireless, 2 mode pijat & hisap, garansi 1 thn, harga 899rb. Produk lokal dr Bandung "
      "kak. Cari yg followersnya 5rb smpe 30rb ji, biar engagement bagus. Kota bebas, mau di Makassar atau di "
      "Jawa sama ji 🤱",
      subtopics=["par.hamil"], min_f=5000, max_f=30000,
      nots=["2 mode", "garansi 1 thn", "899rb", "dr Bandung", "Kota bebas", "mau di Makassar atau di Jawa sama ji"],
      traps=[T("number", "pump modes, warranty and price are not constraints"),
             T("place", "Bandung is where the product is made"),
             T("relaxation", "'Kota bebas, mau di Makassar atau di Jawa sama ji': no city")]),
    # ---------------------------------------------------------------- b07 Steve: SPC vinyl flooring
    B(7, "mix",
      "Rek, aku lagi handle brand lantai vinyl SPC punya keluarga, model click, tebal 4mm, waterproof, motif "
      "kayu oak & jati 🏠 Rp 185rb/m2. Ojok salah yo, iki vinyl gae lantai, bukan piringan hitam 😂 Cari "
      "creator interior, renovasi rumah, makeover kamar, rumah minimalis. Gudang e nang Sidoarjo tapi kirim "
      "sak Indonesia. Followers gak ngaruh, sing penting taste e apik.",
      subtopics=["home.interior"],
      nots=["lantai vinyl", "tebal 4mm", "Rp 185rb/m2", "bukan piringan hitam", "Gudang e nang Sidoarjo",
            "kirim sak Indonesia", "Followers gak ngaruh"],
      traps=[T("lookalike", "'vinyl' is flooring here, not records (music.vinyl); he even says so"),
             T("number", "thickness and price per m² are specs"),
             T("place", "Sidoarjo is the warehouse, shipping is nationwide"),
             T("relaxation", "'Followers gak ngaruh'")]),
    # ---------------------------------------------------------------- b08 Park: scooter battery, Bekasi else Java
    B(8, "en",
      "Hello. Our company make maintenance-free battery (aki) for motorcycle, 12V 5Ah, for Beat, Vario, Scoopy, "
      "NMAX. Warranty 6 months. Already sold in 1,200 bengkel in Sumatra and Java. We want creator who make "
      "content about matic scooter service and daily riding. Our plant is in Bekasi, so creator who lives in "
      "Bekasi is best. If there is nobody in Bekasi, any city in Java island is OK. Thank you very much.",
      subtopics=["auto.matic"], city=["Bekasi"], city_fallback=JAVA,
      nots=["12V 5Ah", "Warranty 6 months", "1,200 bengkel in Sumatra and Java"],
      traps=[T("number", "voltage/capacity, warranty and number of workshops are facts, not constraints"),
             T("place", "'Sumatra and Java' is the retail area, not where creators must live"),
             T("relaxation", "city fallback: Bekasi, else anywhere on Java (no authentic matic creator lives in Bekasi)")]),
    # ---------------------------------------------------------------- b09 Tumpal: ulos from Tarutung
    B(9, "id",
      "ini untuk ito awak boru simanjuntak dia penenun ulos di tarutung tenunan tangan asli ulos sadum ulos ragi "
      "hotang harganya 750 ribu sampai 2 juta sehelai panjangnya 2 meter lebih sekarang mau dikenalkan ke anak "
      "muda supaya ulos dipakai juga buat kondangan dan ke kantor bukan cuma pesta adat awak cari yang kontennya "
      "kain tradisional tenun batik kebaya gitu yang di instagram saja followers 10 ribu sampai 40 ribu lah "
      "jangan yang artis kali",
      subtopics=["modest.wastra"], platform=["instagram"], min_f=10000, max_f=40000,
      nots=["penenun ulos di tarutung", "750 ribu sampai 2 juta sehelai", "2 meter", "anak muda", "ke kantor",
            "jangan yang artis kali"],
      traps=[T("place", "Tarutung is where the ulos is woven"),
             T("number", "price per piece and length are product facts"),
             T("lookalike", "'anak muda' and 'ke kantor' describe buyers and occasions, not a required audience"),
             T("negation", "'jangan yang artis kali' (no celebrities) only restates the follower cap, no extra constraint")]),
    # ---------------------------------------------------------------- b10 Uli: rattan banneton
    B(10, "id",
      "Tawwa kak, sepupuku bikin banneton dr rotan asli Sulawesi, anyaman tangan 🧺 buat proofing adonan roti "
      "sourdough. Ada bulat diameter 22 cm sama oval 25 cm, isi 2 pcs 150rb, free kain linen. Bukan keranjang "
      "hiasan rumah nah, ini alat baking. Sa cari yg suka bikin roti sendiri, fermentasi, starter2 begitu. "
      "Platform apa saja boleh ji, followers kecil jg ndak papa 😊",
      subtopics=["food.sourdough"],
      nots=["rotan asli Sulawesi", "diameter 22 cm", "oval 25 cm", "isi 2 pcs 150rb",
            "Bukan keranjang hiasan rumah", "Platform apa saja boleh ji", "followers kecil jg ndak papa"],
      traps=[T("place", "Sulawesi is where the rattan comes from"),
             T("number", "basket sizes and bundle price"),
             T("lookalike", "a rattan basket looks like home decor (home.interior); it is a baking tool"),
             T("relaxation", "'Platform apa saja boleh ji', 'followers kecil jg ndak papa'")]),
    # ---------------------------------------------------------------- b11 Steve: active bookshelf speaker, Jakarta
    B(11, "mix",
      "Halo! Koh Steve dari toko audio keluarga di Surabaya. We just launched bookshelf speaker aktif 2x30 watt "
      "+ built-in phono preamp, cocok gae turntable 🎶 harga 3,2jt. Cari creator sing koleksi vinyl/kaset, crate "
      "digging, rilisan fisik ngono. Creator e kudu domisili Jkt yo, soale ada listening session offline nang "
      "studio partner. Rate nego, followers cilik gpp.",
      subtopics=["music.vinyl"], city=["Jakarta"],
      nots=["toko audio keluarga di Surabaya", "2x30 watt", "3,2jt", "Rate nego", "followers cilik gpp"],
      traps=[T("alias", "'Jkt' = Jakarta (a real city constraint)"),
             T("place", "the family audio shop is in Surabaya"),
             T("number", "speaker power and price"),
             T("lookalike", "a speaker reads as tech_gadgets; the audience is record collectors"),
             T("relaxation", "'Rate nego, followers cilik gpp'")]),
    # ---------------------------------------------------------------- b12 Park: LED smart planter
    B(12, "id",
      "Selamat siang. Saya Park dari perusahaan elektronik Korea di Jakarta. Kami punya produk baru, pot pintar "
      "dengan lampu LED untuk menanam sayur di dalam rumah. Bisa tanam 12 pot sekaligus, lampu 24 watt, harga "
      "Rp 1.290.000. Bukan produk untuk gamer atau review gadget. Kami cari kreator yang menanam sayur sendiri, "
      "hidroponik, kebun di rumah kecil. Kota tidak penting, pengikut tidak penting. Terima kasih banyak.",
      subtopics=["sust.urbanfarm"],
      nots=["perusahaan elektronik Korea di Jakarta", "12 pot", "24 watt", "Rp 1.290.000",
            "Bukan produk untuk gamer atau review gadget", "Kota tidak penting, pengikut tidak penting"],
      traps=[T("place", "Jakarta is the company's office"),
             T("number", "pot count, lamp power and price"),
             T("lookalike", "an electronic LED planter looks like tech_gadgets; he rules out gadget reviewers"),
             T("relaxation", "'Kota tidak penting, pengikut tidak penting'")]),
    # ---------------------------------------------------------------- b13 Tumpal: car tyres ("ban motor" in Medan)
    B(13, "id",
      "lae lae tolong lah bantu bere awak si jhonson dia buka toko ban di jalan sisingamangaraja medan jual ban "
      "motor ring 14 ring 15 yang pas untuk avanza xenia innova ertiga macam macam lah ukuran 185 65 ring 15 "
      "paling laku beli 4 gratis spooring balancing tapi dia juga jual online kirim ke seluruh indonesia jadi "
      "cari yang kontennya soal mobil keluarga perawatan mobil mobil bekas gitu di mana saja tinggalnya "
      "terserah tiktok youtube instagram sama saja bagi awak",
      subtopics=["auto.mobil"],
      nots=["ban motor", "jalan sisingamangaraja medan", "ring 14 ring 15", "185 65 ring 15",
            "beli 4 gratis spooring", "kirim ke seluruh indonesia", "di mana saja tinggalnya terserah",
            "tiktok youtube instagram sama saja"],
      traps=[T("lookalike", "in Medan speech 'motor' means a car (a motorbike is 'kereta'); Avanza/Xenia/Innova "
                            "make it family cars, not scooters"),
             T("place", "the shop is on Jl. Sisingamangaraja, Medan; it ships nationwide"),
             T("number", "rim and tyre sizes and the buy-4 promo"),
             T("relaxation", "'di mana saja tinggalnya terserah', all three platforms fine")]),
    # ---------------------------------------------------------------- b14 Uli: Quran reading pen
    B(14, "id",
      "Assalamualaikum kak, sa mau endorse pen Quran digital utk anak 📖 tinggal ditempel ke huruf langsung "
      "keluar suaranya, ada hafalan 30 juz, doa harian, cocok umur 3-7 thn. Harga 450rb garansi 6 bulan. "
      "Kreatornya yg bahas belajar ngaji, tajwid, hafalan anak begitu kak. Tdk mesti org Makassar ji, dimana "
      "saja boleh 🤲 Ramadan nanti mau mulai kampanye",
      subtopics=["edu.quran"],
      nots=["pen Quran digital", "30 juz", "umur 3-7 thn", "450rb", "garansi 6 bulan", "Tdk mesti org Makassar ji",
            "dimana saja boleh", "Ramadan"],
      traps=[T("lookalike", "a talking digital pen looks like a gadget (tech_gadgets); the topic is Quran learning"),
             T("number", "30 juz, ages, price, warranty"),
             T("negation", "'Tdk mesti org Makassar ji': no city"),
             T("relaxation", "'dimana saja boleh'"),
             T("number", "'Ramadan' is the campaign date, not a constraint")]),
    # ---------------------------------------------------------------- b15 Steve: leather lifting belt (English)
    B(15, "en",
      "Hi! My cousin runs a small leather workshop in Tanggulangin, Sidoarjo (the leather town near Surabaya) and "
      "we're launching a 10 mm lever lifting belt, full-grain, sizes S–XXL (waist 70–110 cm), IDR 450k. Looking "
      "for people who actually lift: gym, strength training, calisthenics, home workouts. Anywhere in "
      "Indonesia, any platform, small accounts welcome.",
      subtopics=["fit.gym"], adjacent=["modest.sport"],
      nots=["Tanggulangin, Sidoarjo", "near Surabaya", "10 mm", "sizes S–XXL", "waist 70–110 cm", "IDR 450k",
            "Anywhere in Indonesia, any platform", "small accounts welcome"],
      traps=[T("place", "Tanggulangin (Sidoarjo) is the workshop's town, a canonical city a parser may grab"),
             T("number", "belt thickness, sizes, waist range and price"),
             T("lookalike", "a leather belt reads like fashion; it is strength-training gear"),
             T("relaxation", "'Anywhere in Indonesia, any platform, small accounts welcome'")]),
    # ---------------------------------------------------------------- b16 Park: sonic toothbrush & water flosser
    B(16, "en",
      "Dear team, please kindly help us. Our Korean oral care brand has sonic toothbrush (40,000 strokes per "
      "minute) and water flosser, price IDR 699,000 and IDR 849,000. It is sold in 300 drugstores in Java and "
      "Bali. We need health professional creator: dentist is best, doctor or physiotherapist also OK because "
      "they explain health with trust. It is not whitening product, so beauty creator is not needed. Big "
      "followers is not necessary. Regards, Park.",
      subtopics=["fit.nakes"],
      nots=["40,000 strokes per minute", "IDR 699,000 and IDR 849,000", "300 drugstores in Java and Bali",
            "not whitening product", "Big followers is not necessary"],
      traps=[T("number", "strokes per minute and prices"),
             T("place", "'Java and Bali' is where it is sold"),
             T("lookalike", "oral care sounds like beauty (whitening); he wants health professionals"),
             T("relaxation", "'Big followers is not necessary'")]),
    # ---------------------------------------------------------------- b17 Tumpal: sleeping bags & mats
    B(17, "id",
      "ini masih tumpal grosir di pajak sambu awak baru masuk barang sleeping bag sama matras gulung buat naik "
      "gunung sleeping bag nya tahan sampai suhu 5 derajat beratnya 1,2 kilo matrasnya 180 kali 60 minimal "
      "order 1 kodi tapi eceran pun ada di toko online mau cari anak anak pendaki yang suka bikin konten naik "
      "gunung camping packing list gitu dulu awak naik sibayak sama sinabung waktu muda bah capek kali tapi "
      "senang cari di mana saja lah rate nya nanti kita bicarakan",
      subtopics=["out.hiking"],
      nots=["grosir di pajak sambu", "5 derajat", "1,2 kilo", "180 kali 60", "1 kodi", "sibayak sama sinabung",
            "di mana saja", "rate nya nanti kita bicarakan"],
      traps=[T("number", "comfort temperature, weight, mat size and minimum order (1 kodi = 20)"),
             T("place", "Pajak Sambu is his stall; Sibayak and Sinabung are his youth memories"),
             T("relaxation", "'cari di mana saja', rate to be discussed")]),
    # ---------------------------------------------------------------- b18 Uli: gold savings
    B(18, "id",
      "kak sa agen resmi tabungan emas, jual emas mini 0,5 gram & 1 gram, bisa cicil mulai 50rb/minggu 💛 harga "
      "skrg sekitar 1,3jt/gram. Mau cari kreator tiktok yg bahas investasi, nabung, reksadana, saham buat "
      "pemula. Budget maks 1jt per video yh kak. Pembeliku biasanya ibu2 arisan ji, tp kreatornya ndak harus "
      "bahas ibu2",
      subtopics=["fin.investasi"], platform=["tiktok"], max_rate=1000000,
      nots=["0,5 gram & 1 gram", "mulai 50rb/minggu", "1,3jt/gram", "ibu2 arisan", "ndak harus bahas ibu2"],
      traps=[T("number", "gram sizes, instalment and gold price are not the rate cap (the cap is 'maks 1jt per video')"),
             T("lookalike", "'ibu2 arisan' are her buyers, not a required audience"),
             T("negation", "'kreatornya ndak harus bahas ibu2' removes any audience/content requirement")]),
    # ---------------------------------------------------------------- b19 Steve: pomade & beard oil
    B(19, "mix",
      "Cak, sepupuku launching pomade water-based + beard oil, brand lokal, pabrik e nang Pasuruan 💈 80 gram, "
      "hold 8/10, Rp 89rb. Butuh creator grooming / skincare cowok, barber content oke. Platform IG atau TikTok "
      "ae, followers 10rb-50rb. YouTube skip dulu. Target pembeli cowok 18-35 tapi creator e gak kudu umur "
      "segitu.",
      subtopics=["beauty.pria"], platform=["instagram", "tiktok"], min_f=10000, max_f=50000,
      nots=["pabrik e nang Pasuruan", "80 gram", "hold 8/10", "Rp 89rb", "cowok 18-35"],
      traps=[T("place", "Pasuruan is the factory"),
             T("number", "jar size, hold rating, price and the buyers' age range"),
             T("negation", "'YouTube skip dulu' restates the platform rule (a real constraint)")]),
    # ---------------------------------------------------------------- b20 Park: photocard binder
    B(20, "mix",
      "Halo kakak-kakak! Saya Park, Korean stationery brand. Kami launching photocard binder A5, 4 pocket per "
      "sheet, muat 240 photocards, plus lightstick pouch 💜 harga mulai Rp 79.000. We want K-pop fan creator, "
      "unboxing album, photocard trade, dance cover, konser. Instagram atau TikTok saja, minimum ten thousand "
      "followers. Ada event di Korean Cultural Center Jakarta tanggal 23 November, but creator tidak harus "
      "datang. Terima kasih!",
      subtopics=["music.kpop"], platform=["instagram", "tiktok"], min_f=10000,
      nots=["binder A5", "4 pocket per sheet", "240 photocards", "Rp 79.000",
            "Korean Cultural Center Jakarta tanggal 23 November", "tidak harus datang"],
      traps=[T("spelled_number", "'minimum ten thousand followers' is a real minimum of 10,000"),
             T("number", "binder size, pockets, capacity and price"),
             T("place", "the Jakarta event venue is not the creator's city ('tidak harus datang')"),
             T("number", "'23 November' is an event date"),
             T("lookalike", "'stationery' sounds like education; the topic is K-pop fandom")]),
    # ---------------------------------------------------------------- b21 Tumpal: acrylic drop-front shoe boxes
    B(21, "id",
      "halo halo awak ada barang baru kotak sepatu akrilik yang pintunya di depan itu lah drop front kata anak "
      "muda sekarang muat sampai size 45 ukurannya 35 kali 25 kali 19 bisa disusun sampai 10 tingkat warna "
      "bening sama hitam cari yang kontennya sneakers koleksi sepatu cuci sepatu legit check itu tapi jangan "
      "yang youtube ya awak mau yang video pendek atau foto saja instagram tiktok boleh harga grosir 65 ribu "
      "per pcs beli 1 lusin lebih murah lagi",
      subtopics=["street.sneakers"], platform=["instagram", "tiktok"],
      nots=["kotak sepatu akrilik", "size 45", "35 kali 25 kali 19", "10 tingkat", "65 ribu per pcs", "1 lusin"],
      traps=[T("negation", "'jangan yang youtube' IS a platform constraint: Instagram/TikTok"),
             T("number", "shoe size 45, box dimensions, stacking height, price, dozen"),
             T("lookalike", "a stackable acrylic box looks like home storage (home.interior); it is for sneaker collectors")]),
    # ---------------------------------------------------------------- b22 Uli: lip cream & cushion
    B(22, "id",
      "Kak sa jual lip cream & cushion lokal di olshop ku, shade 01 smpe 08, tahan 12 jam, sdh BPOM 💄 harga "
      "65rb & 120rb. Mau kolab sm MUA atau beauty creator yg suka tutorial makeup, bridal jg boleh. Tp yg "
      "followers dibawah 30rb ji kak, budgetku tipis 😅 Stok ada di Makassar, pengiriman ke seluruh Indonesia",
      subtopics=["beauty.makeup"], max_f=30000,
      nots=["shade 01 smpe 08", "tahan 12 jam", "65rb & 120rb", "budgetku tipis", "Stok ada di Makassar",
            "pengiriman ke seluruh Indonesia"],
      traps=[T("number", "shade numbers, wear time and prices"),
             T("place", "Makassar is where the stock is; shipping is nationwide"),
             T("relaxation", "'budgetku tipis' has no number: not a rate cap")]),
    # ---------------------------------------------------------------- b23 Steve: dimsum partnership
    B(23, "mix",
      "Rek, family business kita buka kemitraan dimsum frozen 🥟 paket mitra 3,5jt sudah dapet freezer, banner, "
      "200 pcs dimsum. BEP klaim e 3 bulan, bagi hasil 0%. Saiki mitra e wis 120 nang Jatim & Bali. Aku gak "
      "golek food reviewer yo, golek e creator sing bahas peluang usaha, franchise, kemitraan, hitung2an modal "
      "& BEP. Followers gak ngaruh, kota bebas.",
      subtopics=["fin.usaha"],
      nots=["3,5jt", "200 pcs", "3 bulan", "bagi hasil 0%", "120 nang Jatim & Bali", "gak golek food reviewer",
            "Followers gak ngaruh, kota bebas"],
      traps=[T("number", "package price, pieces, break-even months, 0% profit share, partner count"),
             T("place", "'Jatim & Bali' is where current partners are"),
             T("lookalike", "frozen dimsum looks like food_culinary; he explicitly does not want food reviewers"),
             T("relaxation", "'Followers gak ngaruh, kota bebas'")]),
    # ---------------------------------------------------------------- b24 Park: free coding scholarship
    B(24, "id",
      "Selamat siang. Saya Park, perusahaan IT Korea di Jakarta. Kami buka beasiswa kelas coding gratis 6 bulan: "
      "bahasa pemrograman Python dan Java, data, web. Untuk umur 18-29 tahun, kuota 200 orang, kelas online, "
      "tes akhir di Jakarta dan Surabaya. Kami cari kreator yang membahas belajar coding, karier IT, pindah "
      "karier ke data. Tidak perlu pengikut banyak, kota mana saja. Bukan kursus bahasa Korea. Terima kasih.",
      subtopics=["edu.coding"],
      nots=["perusahaan IT Korea di Jakarta", "6 bulan", "Python dan Java", "umur 18-29 tahun", "kuota 200 orang",
            "tes akhir di Jakarta dan Surabaya", "Tidak perlu pengikut banyak, kota mana saja",
            "Bukan kursus bahasa Korea"],
      traps=[T("lookalike", "'Java' is a programming language, not the island; 'bahasa pemrograman' is not a "
                            "foreign language (edu.bahasa); he says it is not a Korean course"),
             T("number", "course length, participants' ages and quota"),
             T("place", "office in Jakarta; final-test venues Jakarta and Surabaya"),
             T("relaxation", "'Tidak perlu pengikut banyak, kota mana saja'")]),
    # ---------------------------------------------------------------- b25 Tumpal: laptop bags
    B(25, "id",
      "awak grosir tas laptop sama ransel kerja muat laptop 14 inci sampai 15,6 inci ada slot charger sama anti "
      "air gudangnya di tanjung morawa tapi kami kirim ke seluruh indonesia cari lah kawan kawan yang bikin "
      "konten laptop review laptop setup kerja laptop bekas gitu bukan tas gunung ya ini tas kerja sama tas "
      "kuliah harganya 85 ribu sampai 160 ribu diskon 10 persen kalau ambil 3 kodi kota bebas platform bebas",
      subtopics=["tech.laptop"],
      nots=["14 inci sampai 15,6 inci", "gudangnya di tanjung morawa", "kirim ke seluruh indonesia",
            "bukan tas gunung", "tas kuliah", "85 ribu sampai 160 ribu", "diskon 10 persen", "3 kodi",
            "kota bebas platform bebas"],
      traps=[T("number", "laptop sizes, price range, 10% discount, 3 kodi"),
             T("place", "Tanjung Morawa is the warehouse; shipping nationwide"),
             T("lookalike", "'ransel' is not a hiking pack ('bukan tas gunung'); 'tas kuliah' does not require a student audience"),
             T("relaxation", "'kota bebas platform bebas'")]),
    # ---------------------------------------------------------------- b26 Uli: felt busy book -> young parents
    B(26, "id",
      "Assalamualaikum kak 🙏 temanku dari arisan buka usaha busy book / quiet book dr kain flanel, buat anak "
      "umur 1-4 thn biar ndak main HP terus. Isi 12 halaman, harga 125rb, bisa custom nama anak. Yg mau dicari "
      "itu kreator yg followersnya banyak papa mama muda, kontennya apa saja ji boleh, mau masak kek, jalan2 "
      "kek, yg penting yg nonton ortu muda 👶 Di IG ji nah kak, krn tmnku jualannya di IG. Followers brp saja "
      "ndak masalah",
      kind="audience", subtopics=None, audience=["orang_tua_muda"], platform=["instagram"],
      nots=["kain flanel", "umur 1-4 thn", "Isi 12 halaman", "125rb", "kontennya apa saja ji boleh",
            "Followers brp saja ndak masalah"],
      traps=[T("number", "children's ages, page count, price"),
             T("lookalike", "a 'book' suggests education; 'kain flanel' suggests fashion; the target is an audience"),
             T("relaxation", "'kontennya apa saja ji boleh', 'Followers brp saja ndak masalah' (but 'Di IG ji' "
                             "is a real platform constraint)")]),
    # ---------------------------------------------------------------- b27 Steve: UVB lamps & heat mats, Jatim
    B(27, "id",
      "Halo rek, iki Steve, toko listrik keluargaku nang Surabaya saiki jual lampu UVB 10.0, lampu basking "
      "25-75 watt, heat mat karo thermostat digital gae reptil 🦎 barang impor teko Shenzhen. Golek creator "
      "reptil: gecko, ular, kura2, iguana, terrarium. Sing domisili Jawa Timur ae yo, soale sample tak kirim "
      "langsung & iso mampir toko. Suhu kandang 30-32 derajat iku sing sering ditakokno wong2.",
      subtopics=["pets.reptil"], city=region("JATIM"),
      nots=["toko listrik keluargaku nang Surabaya", "UVB 10.0", "25-75 watt", "impor teko Shenzhen",
            "30-32 derajat"],
      traps=[T("alias", "'Jawa Timur' is a region: all its cities count"),
             T("place", "the shop is in Surabaya (inside Jatim, but not the only allowed city); goods come from Shenzhen"),
             T("number", "UVB rating, wattage, enclosure temperature"),
             T("lookalike", "'lampu' and an electrical shop look like home/tech; the topic is reptile keeping")]),
    # ---------------------------------------------------------------- b28 Park: cheese corn dog -> teenagers
    B(28, "en",
      "Hello Jodoh. Our Korean snack company launch frozen cheese corn dog for minimarket, IDR 12,000 per piece. "
      "Main target is teenager 13 to 19 years old, students of SMP and SMA. Creator content can be "
      "anything—dance, game, makeup, sneakers—but their followers must be mostly teenagers. TikTok only please. "
      "First launching is only in Jabodetabek minimarkets, but online creator from any city is OK. Thank you.",
      kind="audience", subtopics=None, audience=["remaja"], platform=["tiktok"],
      nots=["IDR 12,000 per piece", "13 to 19 years old", "only in Jabodetabek minimarkets", "any city is OK",
            "Creator content can be anything"],
      traps=[T("number", "price; '13 to 19 years old' defines the audience (remaja), not a creator age or follower count"),
             T("place", "Jabodetabek is the first distribution area"),
             T("lookalike", "'Korean' snack points towards K-pop; 'dance, game, makeup, sneakers' are examples, not a list"),
             T("relaxation", "'any city is OK', content can be anything")]),
    # ---------------------------------------------------------------- b29 Tumpal: wedding invitations -> engaged couples
    B(29, "id",
      "ini untuk boru awak si debora dia buka percetakan undangan pernikahan sama souvenir di medan undangan "
      "hardcover ada yang pakai motif gorga batak ada juga yang model modern minimal pesan 300 lembar harga "
      "mulai 3.500 per lembar kirim ke seluruh indonesia yang mau dicari yang pengikutnya calon pengantin orang "
      "yang mau menikah tahun ini kontennya apa saja boleh makeup pengantin kebaya rumah tangga keuangan nikah "
      "tapi pengikutnya di bawah dua puluh ribu saja lah biar harganya masuk bulan 6 sampai bulan 12 itu musim "
      "orang pesta",
      kind="audience", subtopics=None, audience=["calon_pengantin"], max_f=20000,
      nots=["souvenir di medan", "motif gorga batak", "300 lembar", "3.500 per lembar", "kirim ke seluruh indonesia",
            "kontennya apa saja boleh", "bulan 6 sampai bulan 12"],
      traps=[T("spelled_number", "'di bawah dua puluh ribu' is a real follower maximum of 20,000"),
             T("place", "the print shop is in Medan; it ships nationwide"),
             T("number", "minimum order, price per sheet, wedding season months"),
             T("lookalike", "'motif gorga batak' and 'kebaya' look like wastra; content is open"),
             T("relaxation", "'kontennya apa saja boleh'")]),
    # ---------------------------------------------------------------- b30 Uli: granite cookware -> housewives, cooking/home
    B(30, "id",
      "kak sa lg cari kreator utk wajan & panci granit anti lengket, 1 set isi 5 (wajan 24 cm, panci susu 16 cm "
      "dst) harga 399rb, garansi 2 thn 🍳 pabriknya di Sidoarjo. Yg dicari kreator yg followersnya ibu2 rumah "
      "tangga, trus kontennya masak2 atau ngurus rumah/dapur nah, bukan yg jualan online tok. Mau kota mana ji "
      "boleh 😊",
      kind="audience", subtopics=["food.pedas", "food.sourdough", "home.interior"], audience=["ibu_rumah_tangga"],
      nots=["1 set isi 5", "wajan 24 cm", "panci susu 16 cm", "399rb", "garansi 2 thn", "pabriknya di Sidoarjo",
            "bukan yg jualan online tok", "Mau kota mana ji boleh"],
      traps=[T("number", "set size, pan diameters, price, warranty"),
             T("place", "Sidoarjo is the factory (a canonical city; one fitting creator happens to live there)"),
             T("negation", "'bukan yg jualan online tok' rules out pure online-seller content, not a constraint"),
             T("relaxation", "'Mau kota mana ji boleh'")]),
    # ---------------------------------------------------------------- b31 Steve: wrinkle-free shirts -> office workers
    B(31, "mix",
      "Guys, konveksi keluarga launching kemeja kerja anti-kusut 👔 bahan katun stretch, size S–3XL, Rp 199rb, "
      "beli 3 diskon 15%. Target e wong kantoran, first jobber, pekerja muda. Konten e bebas: kopi, skincare, "
      "finance, tech, opo ae, sing penting followers e wong kerja. IG only, budget max 750rb per post. Ada "
      "pop-up nang Tunjungan Plaza 12–14 September, tapi creator e gak wajib teko.",
      kind="audience", subtopics=None, audience=["pekerja_kantoran"], platform=["instagram"], max_rate=750000,
      nots=["size S–3XL", "Rp 199rb", "beli 3 diskon 15%", "Konten e bebas", "Tunjungan Plaza 12–14 September",
            "gak wajib teko"],
      traps=[T("number", "sizes, price, 15% discount"),
             T("place", "Tunjungan Plaza (Surabaya) is an event venue; attending is optional"),
             T("number", "'12–14 September' is the pop-up date"),
             T("relaxation", "'Konten e bebas: ... opo ae'")]),
    # ---------------------------------------------------------------- b32 Park: halal Korean sauces -> Muslim families
    B(32, "id",
      "Selamat pagi. Saya Park. Perusahaan kami membuat saus bulgogi dan gochujang yang sudah sertifikat halal "
      "BPJPH. Botol 300 gram, harga Rp 38.000. Kami ingin dikenal keluarga muslim di Indonesia. Kreator boleh "
      "konten apa saja: keluarga, hijab, olahraga, mengaji, masak. Yang penting pengikutnya keluarga muslim "
      "atau muslimah. Hanya Instagram. Produk dijual di supermarket di Jakarta, Bandung, Surabaya, Medan.",
      kind="audience", subtopics=None, audience=["keluarga_muslim"], platform=["instagram"],
      nots=["300 gram", "Rp 38.000", "konten apa saja", "supermarket di Jakarta, Bandung, Surabaya, Medan"],
      traps=[T("number", "bottle size and price"),
             T("place", "four cities where the sauce is sold, not where creators must live"),
             T("lookalike", "a sauce looks like food_culinary; the target is an audience, content is open"),
             T("relaxation", "'konten apa saja'")]),
]


def main():
    write_brief_set(HERE, BRIEFS)


if __name__ == "__main__":
    main()
