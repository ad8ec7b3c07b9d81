"""The 32 briefs of voices5, hand-written, with their structured truth and traps.

Voice = (n - 1) mod 4 + 1:
 1 Teh Euis  - Garut, dodol/keripik home industry + small batik Garutan shop, posts for her neighbours too;
               Sundanese-flavoured Indonesian (punten, abdi, teh, mah, atuh, euy, sok, mangga, teu kedah, hatur nuhun).
 2 Om Jefri  - Manado, cakalang fufu / sambal roa online + small boat & gear rental; Manado Malay
               (kita = I, ngana, torang, so, nyanda/nda, pe, deng, mo, jo).
 3 dr. Nadia - Jakarta dentist, clinic-chain marketing + a skincare side brand; structured, marketing English mixed in.
 4 Pak Hendro - retired civil servant, koperasi products (beras, pupuk, madu...) + his son's bengkel in Solo;
               WhatsApp boomer style (CAPITALS, "....", spaces before punctuation, Mohon dibantu, Trims).
"""
from src_common import REGIONS, region, make_brief, T

P = "vo5"
JABODETABEK = region("JABODETABEK")
JATENG_DIY = region("JATENG", "DIY")


def B(n, lang, text, **kw):
    return make_brief(P, n, lang, text, **kw)


BRIEFS = [
    # ------------------------------------------------------------------ 1 Teh Euis
    B(1, "id",
      "Punten, abdi Teh Euis ti Garut. Abdi punya toko kecil batik Garutan, motif merak ngibing sama bilik, warnanya "
      "cerah-cerah khas Garut. Kain batik tulis 2 meter harganya 275 rebu, yang cap mah 120 rebu. Mau promosi ke "
      "ibu-ibu sama pegawai yang suka pakai kain buat kondangan atau ke kantor. Nyari influencer yang sering posting "
      "soal kain, kebaya, cara makai kain teh. Influencernya di Bandung nya, kalau tidak ada di Bandung, sok mangga "
      "dari Jawa Barat mana wae juga boleh. Followers mah teu kedah seueur pisan. Hatur nuhun 🙏",
      subtopics=["fash.wastra"], city=["Bandung"], city_fallback=region("JABAR"),
      nots=["ti Garut", "batik Garutan", "khas Garut", "2 meter", "275 rebu", "120 rebu",
            "Followers mah teu kedah seueur pisan"],
      traps=[T("place", "'ti Garut' / 'batik Garutan' / 'khas Garut': the shop's home town and the cloth's origin, not the creator's city"),
             T("number", "'2 meter', '275 rebu', '120 rebu': cloth length and prices"),
             T("relaxation", "'Followers mah teu kedah seueur pisan': no follower limit"),
             T("alias", "'dari Jawa Barat mana wae' is a region: the fallback is every West-Java city")]),
    B(5, "id",
      "Punten teh, abdi Euis, home industry dodol Garut sama keripik kentang balado. Dodol isi 20 biji 35 rebu, "
      "keripik 250 gram 25 rebu. Abdi pengen dibantu promosi sama influencer yang suka ngereview cemilan dan "
      "oleh-oleh bikinan rumahan, yang jualan kecil-kecilan kitu, UMKM. Budgetnya teh maksimal lima ratus rebu per "
      "posting, punten nya da masih usaha alit. Platform mah mangga naon wae, kota oge bebas. Dodolnya tahan 3 bulan, "
      "aman dikirim ke luar kota.",
      subtopics=["food.sambal"], max_rate=500_000,
      nots=["dodol Garut", "20 biji", "35 rebu", "250 gram", "25 rebu", "UMKM",
            "Platform mah mangga naon wae", "kota oge bebas", "3 bulan", "ke luar kota"],
      traps=[T("place", "'dodol Garut': the product's origin; 'ke luar kota': shipping"),
             T("number", "'20 biji', '35 rebu', '250 gram', '25 rebu', '3 bulan': pack sizes, prices, shelf life"),
             T("lookalike", "'UMKM' describes the products reviewed, not a small-business-finance creator or audience"),
             T("relaxation", "'Platform mah mangga naon wae', 'kota oge bebas'"),
             T("spelled_number", "'maksimal lima ratus rebu per posting' is the real rate cap (Rp 500,000)")]),
    B(9, "id",
      "Punten, langganan abdi teh loba pisan TKW di Hongkong sama Taiwan, suka pesan dodol sama keripik buat ngobat "
      "kangen kampung. Abdi mau ngiklan ke para pekerja migran yang lagi di luar negeri, sama yang lagi siap-siap "
      "berangkat. Influencernya bebas bahas apa wae, yang penting yang ngikutin teh pekerja migran. Influencernya "
      "boleh di luar negeri, teu kedah di Indonesia. Ongkir ke Hongkong 150 rebu per 2 kilo. Hatur nuhun.",
      kind="audience", subtopics=None, audience=["pekerja_migran"], market=None,
      nots=["di Hongkong sama Taiwan", "bebas bahas apa wae", "boleh di luar negeri, teu kedah di Indonesia",
            "Ongkir ke Hongkong 150 rebu per 2 kilo", "dodol sama keripik"],
      traps=[T("place", "'di Hongkong sama Taiwan' is where customers work, not a city constraint; creators anywhere are fine"),
             T("relaxation", "'boleh di luar negeri, teu kedah di Indonesia': market open; 'bebas bahas apa wae': any content"),
             T("number", "'150 rebu per 2 kilo': shipping cost"),
             T("lookalike", "'dodol sama keripik' names food, but the brief is audience-led (any content)")]),
    B(13, "id",
      "Punten, ini buat tetangga abdi, Bu Imas, yang jualan bolu pisang sama roti sobek. Ovennya masih oven tangkring, "
      "tapi rasanya mah juara euy. Bolu pisang satu loyang 40 rebu. Bu Imas teh sekalian pengen belajar, jadi nyari "
      "influencer yang suka ngajarin bikin adonan, ngembangin roti, resep bolu kitu. Kota, platform, followers, bebas "
      "sadayana. Bu Imas mah di Cibatu, Garut.",
      subtopics=["food.roti"],
      nots=["oven tangkring", "satu loyang 40 rebu", "Kota, platform, followers, bebas sadayana", "di Cibatu, Garut"],
      traps=[T("lookalike", "'oven tangkring' is a kitchen tool, but the brief is about baking, not kitchen gear"),
             T("number", "'satu loyang 40 rebu': price"),
             T("relaxation", "'Kota, platform, followers, bebas sadayana'"),
             T("place", "'di Cibatu, Garut': the neighbour's home, not the creator's city")]),
    B(17, "id",
      "Punten, abdi deui 😊 Keponakan abdi, Neng Rina, bikin makanan bayi homemade: bubur beras merah, puree labu, "
      "kaldu ayam kampung beku, buat bayi 6 bulan ke atas. Satu paket 7 hari 95 rebu. Nyari influencer ibu-ibu yang "
      "suka masakin makanan bayi, bahas tekstur, jadwal makan si dede. Harus Instagram nya, soalnya Neng Rina mah cuma "
      "punya IG. Kota mah teu kedah Garut.",
      subtopics=["par.mpasi"], adjacent=["par.hamil"], platform=["instagram"],
      nots=["kaldu ayam kampung beku", "6 bulan ke atas", "7 hari", "95 rebu", "Kota mah teu kedah Garut"],
      traps=[T("lookalike", "'kaldu ayam kampung beku' sounds like frozen food, but it is baby food"),
             T("number", "'6 bulan ke atas' (baby's age), '7 hari', '95 rebu'"),
             T("relaxation", "'Kota mah teu kedah Garut': no city"),
             T("place", "Garut is named only to say the city does not matter")]),
    B(21, "id",
      "Punten, ini buat anak abdi, si Salsa, dia jualan binder photocard, toploader, sama gantungan lightstick bikinan "
      "sendiri, harganya 15 rebu sampai 60 rebu. Nyari influencer yang suka unboxing album, dance cover, bahas idol "
      "Korea kitu. Followersnya lima rebu sampai dua puluh rebu wae, yang kecil-kecil mah lebih dekat sama fansnya. "
      "Platform mah bebas. Pengiriman dari Garut ke semua kota.",
      subtopics=["music.kpop"], min_f=5_000, max_f=20_000,
      nots=["15 rebu sampai 60 rebu", "Platform mah bebas", "dari Garut ke semua kota"],
      traps=[T("number", "'15 rebu sampai 60 rebu' is a price range right before the real follower range"),
             T("spelled_number", "'lima rebu sampai dua puluh rebu' is the real follower range (5,000-20,000)"),
             T("relaxation", "'Platform mah bebas'"),
             T("place", "'dari Garut ke semua kota': shipping")]),
    B(25, "id",
      "Punten, ada lagi dari tetangga, Kang Dadang tukang kayu, bikin bangku, rak buku, sama meja lipat dari kayu jati "
      "bekas bongkaran rumah lama. Meja lipat 60x40 cm 350 rebu. Nyari influencer yang hobi ngoprek perabot sendiri, "
      "ngamplas, mernis, bikin rak. Kota bebas, followers bebas. Ngirimnya dari Garut bisa ke Jabodetabek sama Bandung.",
      subtopics=["home.furnitur"], adjacent=["home.dapur"],
      nots=["kayu jati bekas", "60x40 cm", "350 rebu", "Kota bebas, followers bebas",
            "dari Garut bisa ke Jabodetabek sama Bandung"],
      traps=[T("lookalike", "'kayu jati bekas': second-hand wood, not second-hand goods/cars"),
             T("number", "'60x40 cm', '350 rebu'"),
             T("relaxation", "'Kota bebas, followers bebas'"),
             T("place", "'dari Garut bisa ke Jabodetabek sama Bandung': shipping area, not the creator's city")]),
    B(29, "id",
      "Punten, saudara abdi punya tempat kemah di Darajat, Garut: tenda safari pakai kasur, air panas, sarapan, "
      "450 rebu per malam, muat 4 orang. Nyari influencer yang suka kemping bareng keluarga, ngaliwet di depan tenda, "
      "nginep di alam. Influencernya dari mana wae, followers sabaraha wae mangga. IG lebih bagus, tapi TikTok sama "
      "YouTube juga boleh.",
      subtopics=["travel.glamping"],
      nots=["di Darajat, Garut", "450 rebu per malam", "muat 4 orang", "dari mana wae, followers sabaraha wae mangga",
            "IG lebih bagus, tapi TikTok sama YouTube juga boleh"],
      traps=[T("place", "'di Darajat, Garut': the destination"),
             T("number", "'450 rebu per malam', 'muat 4 orang'"),
             T("relaxation", "'dari mana wae, followers sabaraha wae mangga'; 'IG lebih bagus, tapi TikTok sama YouTube juga boleh'")]),

    # ------------------------------------------------------------------ 2 Om Jefri
    B(2, "id",
      "Kita Om Jefri dari Manado. Kita ada jual sambal roa deng cakalang fufu online, so 4 taon. Sambal roa botol "
      "200 gram Rp 55 ribu, dari ikan roa asap asli Sulut, pedas skali. Kita mo cari influencer yang suka coba-coba "
      "sambal botol deng lauk kemasan kiriman orang jualan dari rumah. Torang pe barang kirim ke seluruh Indonesia. "
      "Cuma mo TikTok jo, kita nda maen IG. Kota bebas, dari mana-mana boleh. Makase banyak.",
      subtopics=["food.sambal"], platform=["tiktok"],
      nots=["dari Manado", "so 4 taon", "200 gram", "Rp 55 ribu", "asli Sulut", "ke seluruh Indonesia",
            "Kota bebas, dari mana-mana boleh"],
      traps=[T("place", "'dari Manado', 'asli Sulut': the seller and the fish; 'ke seluruh Indonesia': shipping"),
             T("number", "'so 4 taon', '200 gram', 'Rp 55 ribu'"),
             T("relaxation", "'Kota bebas, dari mana-mana boleh'"),
             T("negation", "'kita nda maen IG' backs up the real constraint 'Cuma mo TikTok jo' (TikTok only)")]),
    B(6, "id",
      "Kita pe usaha laeng: sewa perahu deng alat pancing di Bitung, trip mancing dasar deng jigging, 1 perahu muat "
      "6 orang, Rp 2,5 juta satu hari. Kita mo cari influencer yang hobi mancing laut, yang biasa dapa GT, kerapu, bobara. "
      "Mo yang tinggal di Manado. Kalo nyanda ada di Manado, dari Sulawesi laeng juga boleh, Makassar, Gorontalo, Palu, "
      "samua boleh. Nda usah yang pe followers banya skali. Bukan yang masak ikan ya, yang tangkap ikan.",
      subtopics=["out.mancing"], city=["Manado"], city_fallback=region("SULAWESI"),
      nots=["di Bitung", "6 orang", "Rp 2,5 juta satu hari", "Nda usah yang pe followers banya skali",
            "Bukan yang masak ikan"],
      traps=[T("place", "'di Bitung': where the boats are, not the creator's city (Bitung only counts through the Sulawesi fallback)"),
             T("number", "'6 orang', 'Rp 2,5 juta satu hari'"),
             T("relaxation", "'Nda usah yang pe followers banya skali'"),
             T("negation", "'Bukan yang masak ikan': not cooking content"),
             T("alias", "'dari Sulawesi laeng' is a region: the fallback is every Sulawesi city")]),
    B(10, "id",
      "Ada produk baru: cakalang fufu suwir dalam toples 150 gram, tinggal campur nasi, cocok skali for anak kos. "
      "Harga Rp 45 ribu, tahan 2 minggu di luar kulkas. Kita mo iklan ke mahasiswa-mahasiswa yang ngekos jauh dari "
      "rumah. Influencer bahas apa saja boleh, masak kek, kuliah kek, game kek, asal yang follow dorang itu anak "
      "kuliahan. Harus TikTok. Followers nda usah lebe dari 20 ribu, yang kecil-kecil jo. Manado ato luar Manado sama jo.",
      kind="audience", subtopics=None, audience=["mahasiswa"], platform=["tiktok"], max_f=20_000,
      nots=["150 gram", "Rp 45 ribu", "2 minggu", "bahas apa saja boleh", "masak kek, kuliah kek, game kek",
            "Manado ato luar Manado sama jo"],
      traps=[T("number", "'150 gram', 'Rp 45 ribu', '2 minggu'"),
             T("relaxation", "'bahas apa saja boleh': any content; 'Manado ato luar Manado sama jo': no city"),
             T("lookalike", "'masak kek, kuliah kek, game kek': examples of allowed content, not a topic filter")]),
    B(14, "id",
      "Kita pe tamang buka toko perlengkapan hewan di Tomohon: terrarium kaca 60x45x45, lampu UVB 10.0, heat mat, deng "
      "jangkrik hidup. Dia mo endorse ke influencer yang piara gecko, iguana, kura-kura darat, ular. Bukan akuarium "
      "ikan ya, so beda. Followers, kota, nda penting. Terrarium harga Rp 750 ribu.",
      subtopics=["pets.reptil"],
      nots=["di Tomohon", "60x45x45", "UVB 10.0", "Bukan akuarium ikan", "Followers, kota, nda penting", "Rp 750 ribu"],
      traps=[T("place", "'di Tomohon': the shop"),
             T("number", "'60x45x45', 'UVB 10.0' (model numbers), 'Rp 750 ribu' (price, not a rate cap)"),
             T("negation", "'Bukan akuarium ikan': not fish keepers"),
             T("relaxation", "'Followers, kota, nda penting'")]),
    B(18, "mix",
      "Halo, Om Jefri lagi. Kita deng tamang-tamang PB di Manado buka toko raket online, ada senar BG65, grip, "
      "shuttlecock isi 12 harga Rp 95 ribu, raket mulai Rp 350 ribu. Kita mo cari content creator yang rajin maen, "
      "kasih tips smash, footwork, review raket. Mo Instagram, karena torang pe customer banyak di IG. Budget max "
      "Rp 1 juta per konten. Kota bebas, nda harus Manado. Bukan tenis meja ya, so banyak orang salah.",
      subtopics=["fit.badminton"], platform=["instagram"], max_rate=1_000_000,
      nots=["PB di Manado", "BG65", "isi 12", "Rp 95 ribu", "Rp 350 ribu", "Kota bebas, nda harus Manado",
            "Bukan tenis meja"],
      traps=[T("place", "'PB di Manado': the club that owns the shop"),
             T("number", "'BG65' (string model), 'isi 12', 'Rp 95 ribu', 'Rp 350 ribu' next to the real 'max Rp 1 juta'"),
             T("relaxation", "'Kota bebas, nda harus Manado'"),
             T("negation", "'Bukan tenis meja': not table tennis")]),
    B(22, "id",
      "Kita pe ipar ada kebun kopi di Kotamobagu, arabika deng robusta, dia olah sendiri: petik merah, jemur di "
      "para-para, sangrai kecil 5 kg sekali. Biji sangrai 250 gram Rp 85 ribu. Mo cari influencer yang bahas kopi "
      "dari kebun, dari pohon sampe biji, bukan yang cuma review kafe. Kota, platform, followers bebas samua.",
      subtopics=["coffee.kebun"],
      nots=["di Kotamobagu", "5 kg sekali", "250 gram", "Rp 85 ribu", "bukan yang cuma review kafe",
            "Kota, platform, followers bebas samua"],
      traps=[T("place", "'di Kotamobagu': the farm"),
             T("number", "'5 kg sekali', '250 gram', 'Rp 85 ribu'"),
             T("negation", "'bukan yang cuma review kafe'"),
             T("relaxation", "'Kota, platform, followers bebas samua'")]),
    B(26, "id",
      "Kita ada buka paket perjalanan 3 hari 2 malam: Bukit Kasih Kanonang, Gua Maria Lourdes Rurukan, deng Patung "
      "Yesus Memberkati, Rp 1,8 juta per orang. Torang pe peserta biasanya rombongan gereja deng keluarga. Kita mo cari "
      "influencer yang bahas perjalanan ziarah, ke tempat-tempat doa, bukan yang cuma pantai deng kuliner. Mo Kristen "
      "ato Islam pe tempat ziarah, nda apa-apa, yang penting kontennya perjalanan rohani. Kota deng followers bebas.",
      subtopics=["travel.religi"],
      nots=["3 hari 2 malam", "Bukit Kasih Kanonang", "Gua Maria Lourdes Rurukan", "Patung Yesus Memberkati",
            "Rp 1,8 juta per orang", "rombongan gereja", "bukan yang cuma pantai deng kuliner", "Kota deng followers bebas"],
      traps=[T("number", "'3 hari 2 malam', 'Rp 1,8 juta per orang'"),
             T("place", "'Bukit Kasih Kanonang', 'Gua Maria Lourdes Rurukan', 'Patung Yesus Memberkati': destinations"),
             T("lookalike", "'rombongan gereja' names the customers, but the brief is topic-led (religious travel)"),
             T("negation", "'bukan yang cuma pantai deng kuliner'"),
             T("relaxation", "'Kota deng followers bebas'")]),
    B(30, "mix",
      "Kita pe ponakan buka jasa cuci sepatu di Manado, deep clean Rp 50 ribu, unyellowing sole Rp 80 ribu, repaint "
      "suede. Dia mo jual juga cleaning kit sendiri, Rp 120 ribu, kirim ke seluruh Indonesia. Cari content creator yang "
      "suka sneakers, legit check, koleksi sepatu lokal, rawat sepatu. Platform bebas, followers bebas, kota nda harus "
      "Manado. Bukan sepatu bola ya.",
      subtopics=["street.sneakers"],
      nots=["cuci sepatu di Manado", "Rp 50 ribu", "Rp 80 ribu", "Rp 120 ribu", "ke seluruh Indonesia",
            "Platform bebas, followers bebas, kota nda harus Manado", "Bukan sepatu bola"],
      traps=[T("place", "'cuci sepatu di Manado': the shop; 'ke seluruh Indonesia': shipping"),
             T("number", "'Rp 50 ribu', 'Rp 80 ribu', 'Rp 120 ribu'"),
             T("relaxation", "'Platform bebas, followers bebas, kota nda harus Manado'"),
             T("negation", "'Bukan sepatu bola': not football boots")]),

    # ------------------------------------------------------------------ 3 dr. Nadia
    B(3, "mix",
      "Hi, saya dr. Nadia. Selain praktik di klinik gigi, saya punya side brand skincare, dan bulan depan kami launch "
      "body serum niacinamide 5% + body lotion SPF 30 untuk kulit badan yang kusam dan belang karena sering di luar. "
      "Target awareness: perempuan 18–35, audience demographic mostly kulit medium-tan. Saya cari KOL di Instagram "
      "dengan followers 10k–50k, engagement rate idealnya min 3% (nice to have, bukan syarat mati). Konten yang kami "
      "mau: review tekstur, before-after 4 minggu, routine mandi. Bukan untuk wajah ya, fokus badan. Budget sekitar "
      "1-2 juta per KOL, masih nego. Lokasi bebas karena kami kirim produk ke seluruh Indonesia.",
      subtopics=["beauty.bodycare"], platform=["instagram"], min_f=10_000, max_f=50_000,
      nots=["klinik gigi", "niacinamide 5%", "SPF 30", "18–35", "min 3%", "4 minggu", "Bukan untuk wajah",
            "sekitar 1-2 juta per KOL, masih nego", "Lokasi bebas", "ke seluruh Indonesia"],
      traps=[T("lookalike", "'klinik gigi': the writer's job, not the product"),
             T("number", "'niacinamide 5%', 'SPF 30', '18–35' (ages), 'min 3%' (a wish, not a hard field), '4 minggu'"),
             T("number", "'sekitar 1-2 juta per KOL, masih nego': flexible budget, not a cap"),
             T("negation", "'Bukan untuk wajah': not facial skincare"),
             T("relaxation", "'Lokasi bebas'"),
             T("place", "'ke seluruh Indonesia': shipping")]),
    B(7, "en",
      "Hello! I'm Nadia, marketing lead for a dental clinic chain in Jakarta, and I'm also helping a friend launch a "
      "line for guys: beard oil, matte clay for hair, and a 3-in-1 face wash for men who work outdoors. Price point "
      "IDR 89k–149k. Looking for male creators whose audience asks them how to trim, style and keep their face fresh; "
      "18–30 y.o. guys, mostly students and first jobbers. Platforms: Instagram or TikTok only, no YouTube this time. "
      "Any city is fine, our warehouse is in Cikarang. Budget is flexible, around IDR 1–2M per creator depending on "
      "deliverables.",
      subtopics=["beauty.grooming"], platform=["instagram", "tiktok"],
      nots=["dental clinic chain in Jakarta", "3-in-1", "IDR 89k–149k", "18–30 y.o.", "Any city is fine",
            "warehouse is in Cikarang", "around IDR 1–2M per creator"],
      traps=[T("place", "'dental clinic chain in Jakarta': the writer's employer; 'warehouse is in Cikarang'"),
             T("number", "'3-in-1', 'IDR 89k–149k' (prices), '18–30 y.o.' (ages)"),
             T("number", "'around IDR 1–2M per creator': flexible budget, not a cap"),
             T("relaxation", "'Any city is fine'"),
             T("negation", "'no YouTube this time' is a real platform rule (Instagram/TikTok)")]),
    B(11, "mix",
      "Untuk klinik gigi kami: program 'Gigi Sehat Bumil', pemeriksaan dan scaling untuk ibu hamil trimester 2, paket "
      "Rp 350.000, di 4 cabang (Kemang, Kelapa Gading, BSD, Bekasi). Target audience: ibu hamil dan new moms. Saya mau "
      "KOL yang kontennya seputar kehamilan, persiapan melahirkan, atau makanan pertama bayi, bukan beauty/fashion mom "
      "influencer walaupun followers-nya ibu-ibu. Domisili KOL harus Jabodetabek supaya bisa datang ke klinik untuk "
      "content shooting. Followers berapa saja OK, engagement lebih penting.",
      kind="audience", subtopics=["par.hamil", "par.mpasi"], audience=["ibu_hamil"], city=JABODETABEK,
      nots=["trimester 2", "Rp 350.000", "4 cabang", "(Kemang, Kelapa Gading, BSD, Bekasi)",
            "bukan beauty/fashion mom influencer", "Followers berapa saja OK"],
      traps=[T("number", "'trimester 2', 'Rp 350.000', '4 cabang'"),
             T("place", "'(Kemang, Kelapa Gading, BSD, Bekasi)': the clinic branches; the constraint is all of Jabodetabek"),
             T("negation", "'bukan beauty/fashion mom influencer': the content is restricted even though the audience fits"),
             T("relaxation", "'Followers berapa saja OK'"),
             T("alias", "'Jabodetabek' is a region")]),
    B(15, "en",
      "Brief: our clinic chain is launching a braces and clear-aligner payment plan for teenagers (IDR 450k/month for "
      "24 months, parents pay but teens decide). Audience: SMP/SMA students, ages 13–18. Any content is fine: gaming, "
      "K-pop, sports, study tips, as long as the followers are mostly school kids. Creators must be based in "
      "Jabodetabek because the consult is in-clinic. Minimum five thousand followers. We also have branches in Bandung "
      "and Surabaya, but those are not part of this campaign.",
      kind="audience", subtopics=None, audience=["pelajar"], city=JABODETABEK, min_f=5_000,
      nots=["IDR 450k/month", "24 months", "ages 13–18", "Any content is fine", "gaming, K-pop, sports, study tips",
            "branches in Bandung and Surabaya"],
      traps=[T("number", "'IDR 450k/month', '24 months', 'ages 13–18'"),
             T("relaxation", "'Any content is fine'"),
             T("lookalike", "'gaming, K-pop, sports, study tips': examples, not a topic filter"),
             T("place", "'branches in Bandung and Surabaya': explicitly not part of the campaign"),
             T("spelled_number", "'Minimum five thousand followers' (5,000)"),
             T("alias", "'Jabodetabek' is a region")]),
    B(19, "mix",
      "Project baru: saya dan dua kolega dokter bikin kelas online 'Investasi untuk Tenaga Kesehatan', 6 sesi, "
      "Rp 499.000, partner dengan salah satu sekuritas. Objective: awareness dan sign-up. Saya butuh KOL yang rutin "
      "edukasi untuk pemula: cara buka RDN, beli lot pertama, baca laporan keuangan emiten, dividen. NOT crypto, "
      "NOT forex, bukan yang pamer cuan trading harian. Platform, kota dan followers open, yang penting kredibel dan "
      "engagement-nya organik.",
      subtopics=["fin.saham"],
      nots=["Tenaga Kesehatan", "6 sesi", "Rp 499.000", "NOT crypto, NOT forex", "bukan yang pamer cuan trading harian",
            "Platform, kota dan followers open"],
      traps=[T("lookalike", "'Tenaga Kesehatan': the course's buyers, not health content"),
             T("number", "'6 sesi', 'Rp 499.000'"),
             T("negation", "'NOT crypto, NOT forex', 'bukan yang pamer cuan trading harian'"),
             T("relaxation", "'Platform, kota dan followers open'")]),
    B(23, "en",
      "We're building a 12-week online English course for nurses and dental assistants who want to work in Japan, "
      "the Middle East or Australia (IDR 2.9M, cohort of 30). I need creators who teach a foreign language in a fun "
      "way (speaking drills, vocab, interview practice) and whose followers are actually trying to learn. Not looking "
      "for general study-motivation or school tutoring accounts. No platform, city or follower requirements; English "
      "or Indonesian content both fine.",
      subtopics=["edu.bahasa"],
      nots=["12-week", "Japan, the Middle East or Australia", "IDR 2.9M", "cohort of 30",
            "Not looking for general study-motivation or school tutoring accounts",
            "No platform, city or follower requirements"],
      traps=[T("number", "'12-week', 'IDR 2.9M', 'cohort of 30'"),
             T("place", "'Japan, the Middle East or Australia': where the students want to work"),
             T("negation", "'Not looking for general study-motivation or school tutoring accounts'"),
             T("relaxation", "'No platform, city or follower requirements'")]),
    B(27, "mix",
      "Brief untuk apotek klinik kami: prenatal vitamin dengan folic acid 400 mcg + DHA 200 mg, 30 softgel "
      "Rp 189.000. Saya mau KOL yang konten utamanya perjalanan kehamilan dan bulan-bulan pertama dengan newborn, yang "
      "bisa share pengalaman jujur. KOL harus tinggal di Jakarta (kota, bukan Bodetabek) karena ada sesi konsultasi di "
      "klinik Kemang. Fee maksimal Rp 1,5 juta per feed post. Pabrik vitaminnya di Cikarang, tapi itu nggak relevan.",
      subtopics=["par.hamil"], adjacent=["par.mpasi"], city=["Jakarta"], max_rate=1_500_000,
      nots=["400 mcg", "200 mg", "30 softgel", "Rp 189.000", "klinik Kemang", "Pabrik vitaminnya di Cikarang"],
      traps=[T("number", "'400 mcg', '200 mg', '30 softgel', 'Rp 189.000' (price, next to the real fee cap)"),
             T("place", "'klinik Kemang': the clinic; 'Pabrik vitaminnya di Cikarang'"),
             T("negation", "'(kota, bukan Bodetabek)': the city constraint is strict Jakarta, not the metro region")]),
    B(31, "en",
      "New product from my skincare brand: a sweat-proof sunscreen stick, SPF 50 PA++++, 15 g, IDR 79k, for people "
      "who train outdoors. I want creators who do bodyweight training in parks or at home: pull-ups, push-ups, "
      "handstands, skill progressions. Not gym bodybuilders, not runners. Size: between 5k and 30k followers. Platform "
      "and city are open; our lab is in Tangerang.",
      subtopics=["fit.kalistenik"], min_f=5_000, max_f=30_000,
      nots=["SPF 50 PA++++", "15 g", "IDR 79k", "Not gym bodybuilders, not runners", "Platform and city are open",
            "our lab is in Tangerang"],
      traps=[T("number", "'SPF 50 PA++++', '15 g', 'IDR 79k'"),
             T("negation", "'Not gym bodybuilders, not runners'"),
             T("relaxation", "'Platform and city are open'"),
             T("place", "'our lab is in Tangerang'")]),

    # ------------------------------------------------------------------ 4 Pak Hendro
    B(4, "id",
      "Selamat siang .... Saya Pak Hendro , pengurus KOPERASI tani di Klaten . Kami jual BERAS ORGANIK varietas menthik "
      "wangi , kemasan 5 kg harga Rp 85rb .... Mohon dibantu dicarikan influencer yang tiap hari MASAK di rumah , "
      "belanja dapur , ngurus isi dapur , ibu2 atau bapak2 yg pegang dapur .... Kota tidak harus Klaten , followers "
      "juga bebas . Pengiriman dari Klaten ke seluruh Jawa & Bali . Trims ....",
      subtopics=["home.dapur"],
      nots=["KOPERASI tani di Klaten", "5 kg", "Rp 85rb", "Kota tidak harus Klaten", "followers juga bebas",
            "ke seluruh Jawa & Bali"],
      traps=[T("lookalike", "'KOPERASI tani': a farmers' co-op sells it, but the brief wants home cooks, not farmers"),
             T("place", "'di Klaten': the co-op; 'ke seluruh Jawa & Bali': shipping"),
             T("number", "'5 kg', 'Rp 85rb'"),
             T("relaxation", "'Kota tidak harus Klaten', 'followers juga bebas'")]),
    B(8, "id",
      "Assalamualaikum .... Mohon dibantu . Koperasi kami produksi PUPUK ORGANIK cair & padat , dari kotoran kambing "
      "fermentasi , karung 25 kg harga 60rb , cair 1 liter 35rb .... Yang mau kami tuju itu PARA PETANI , terutama "
      "petani muda yang melek HP . Influencernya boleh bahas apa saja , kopi , sayur , ternak , apa saja yg penting yg "
      "nonton/follow itu petani . Tidak harus di Jawa Tengah . BUKAN pupuk kimia ya , ini organik 100% . Trims ....",
      kind="audience", subtopics=None, audience=["petani"],
      nots=["25 kg", "60rb", "1 liter", "35rb", "kopi , sayur , ternak", "Tidak harus di Jawa Tengah",
            "BUKAN pupuk kimia", "organik 100%"],
      traps=[T("number", "'25 kg', '60rb', '1 liter', '35rb', '100%'"),
             T("lookalike", "'kopi , sayur , ternak': examples of allowed content, not a topic filter"),
             T("relaxation", "'boleh bahas apa saja'; 'Tidak harus di Jawa Tengah'"),
             T("place", "'Jawa Tengah' is named only to say it is not required"),
             T("negation", "'BUKAN pupuk kimia': about the product, not a creator filter")]),
    B(12, "id",
      "Selamat pagi Bapak/Ibu .... Anak saya punya BENGKEL di Solo , sekarang bisa KONVERSI motor bensin jadi motor "
      "LISTRIK , sudah resmi , biaya mulai 15 juta , baterai 72V 40Ah , jarak tempuh s/d 80 km .... Mohon dicarikan "
      "influencer yang paham & sering bahas motor yg pakai setrum / baterai . Domisili JAWA TENGAH atau JOGJA saja "
      "supaya bisa mampir ke bengkel . Followers tidak masalah . Trims .....",
      subtopics=["auto.ev"], city=JATENG_DIY,
      nots=["BENGKEL di Solo", "15 juta", "72V 40Ah", "80 km", "Followers tidak masalah"],
      traps=[T("place", "'BENGKEL di Solo': the workshop; the constraint is the wider Central Java + Jogja"),
             T("number", "'15 juta', '72V 40Ah', '80 km'"),
             T("relaxation", "'Followers tidak masalah'"),
             T("alias", "'JAWA TENGAH atau JOGJA' is a region plus an alias (Jogja = Yogyakarta)")]),
    B(16, "id",
      "Mohon maaf mengganggu .... Koperasi kami sekarang juga buat PAKAN racikan sendiri , voer untuk murai , kacer , "
      "lovebird , kenari , campur madu & kroto . Kemasan 500 gr harga 28rb .... Cari influencer yg PELIHARA & rawat "
      "peliharaan berkicau , yg biasa ikut lomba atau latihan , supaya makin GACOR . Kota dan followers bebas , "
      "Instagram / YouTube / TikTok semua boleh . Trims ....",
      subtopics=["pets.burung"],
      nots=["500 gr", "28rb", "GACOR", "Kota dan followers bebas", "Instagram / YouTube / TikTok semua boleh"],
      traps=[T("number", "'500 gr', '28rb'"),
             T("lookalike", "'GACOR' is also slang for online slot wins; here it means a bird singing well"),
             T("relaxation", "'Kota dan followers bebas', 'Instagram / YouTube / TikTok semua boleh'")]),
    B(20, "id",
      "Selamat sore .... Bengkel anak saya di Solo juga jual-beli MOBIL SEKEN , sudah di inspeksi 150 titik , ada "
      "Avanza 2015 , Ertiga 2018 , harga mulai 95 juta .... Mohon dibantu cari influencer yang sering bahas cara pilih "
      "mobil bekas , cek mesin , cek surat2 . Followers minimal SEPULUH RIBU ya . Kota tidak harus Solo , pembeli dari "
      "mana saja boleh , unit bisa dikirim . Trims ....",
      subtopics=["auto.mobilbekas"], min_f=10_000,
      nots=["Bengkel anak saya di Solo", "150 titik", "Avanza 2015", "Ertiga 2018", "95 juta", "Kota tidak harus Solo"],
      traps=[T("place", "'Bengkel anak saya di Solo': the seller"),
             T("number", "'150 titik', 'Avanza 2015', 'Ertiga 2018' (model years), '95 juta' (car price)"),
             T("relaxation", "'Kota tidak harus Solo , pembeli dari mana saja boleh'"),
             T("spelled_number", "'minimal SEPULUH RIBU' is the real follower minimum (10,000)")]),
    B(24, "id",
      "Mohon dibantu .... Koperasi kami jual NUTRISI AB MIX untuk sayuran daun , kemasan 1 liter pekat (jadi 200 liter "
      "larutan) harga 45rb , PPM 800-1200 untuk selada & pakcoy .... Cari influencer yang TANAM sayur pakai pipa / air "
      "tanpa tanah , di rumah atau di atap . Kota , platform bebas . BUKAN tanaman hias ya . Trims ....",
      subtopics=["sust.hidroponik"],
      nots=["1 liter", "200 liter", "45rb", "PPM 800-1200", "Kota , platform bebas", "BUKAN tanaman hias"],
      traps=[T("number", "'1 liter', '200 liter', '45rb', 'PPM 800-1200'"),
             T("relaxation", "'Kota , platform bebas'"),
             T("negation", "'BUKAN tanaman hias': not houseplants")]),
    B(28, "id",
      "Selamat malam .... Bengkel anak saya di Solo ada PROMO servis motor untuk driver OJOL : ganti oli + cek rem "
      "cuma 65rb , tiap Selasa & Jumat diskon 20% .... Mohon dibantu carikan influencer yang PENGIKUTNYA banyak driver "
      "ojol , kontennya boleh apa saja . Yang domisili JAWA TENGAH saja ya . Followers tidak dibatasi . Trims .....",
      kind="audience", subtopics=None, audience=["pengemudi_ojol"], city=region("JATENG"),
      nots=["Bengkel anak saya di Solo", "servis motor", "65rb", "Selasa & Jumat", "diskon 20%",
            "kontennya boleh apa saja", "Followers tidak dibatasi"],
      traps=[T("place", "'Bengkel anak saya di Solo': the workshop; the constraint is all of Central Java"),
             T("lookalike", "'servis motor' sounds automotive, but the brief is audience-led (any content)"),
             T("number", "'65rb', 'Selasa & Jumat', 'diskon 20%'"),
             T("relaxation", "'kontennya boleh apa saja', 'Followers tidak dibatasi'"),
             T("alias", "'JAWA TENGAH' is a region")]),
    B(32, "id",
      "Selamat siang .... Anggota koperasi kami ada usaha LAPTOP REKONDISI , Thinkpad T480 & Dell Latitude , RAM 8GB "
      "SSD 256 , garansi 3 bulan , harga mulai 3,2 juta .... Cocok untuk anak kuliah & guru . Mohon dibantu cari "
      "influencer yang sering REVIEW laptop / servis laptop . Honor per posting maksimal tujuh ratus lima puluh ribu "
      "rupiah . Kota bebas . Trims ....",
      subtopics=["tech.laptop"], max_rate=750_000,
      nots=["T480", "RAM 8GB", "SSD 256", "3 bulan", "3,2 juta", "anak kuliah & guru", "Kota bebas"],
      traps=[T("number", "'T480', 'RAM 8GB', 'SSD 256' (model/spec numbers), '3 bulan', '3,2 juta' (laptop price)"),
             T("lookalike", "'anak kuliah & guru': who the laptops suit, not an audience requirement"),
             T("relaxation", "'Kota bebas'"),
             T("spelled_number", "'maksimal tujuh ratus lima puluh ribu rupiah' is the real rate cap (Rp 750,000)")]),
]
BRIEFS.sort(key=lambda bt: bt[0]["id"])
