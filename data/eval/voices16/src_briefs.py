"""Briefs for voices16: 32 briefs typed by four people (hand-written).

voice = (n - 1) mod 4 + 1
  1  Sari (Sariyatun), ~33, Rogojampi (Banyuwangi), sells sambal tempong in jars; very informal phone chat   id x8
  2  Drs. Luther Tingang, M.Si., ~61, Palangka Raya (Kalteng), retired school principal, chairs a cooperative id x8
  3  Tanaka Hiroshi, ~58, Japanese, retired factory engineer in Karawang since 2009, runs a small eatery   en x6, mix x2
  4  Meliana "Mei" Tjhin, ~25, Singkawang (Kalbar), studied in Taichung, helps family and friends           mix x6, en x2

B(n, lang, text, traps, **constraints) builds (briefs row, constraints row) with make_brief. A trap is
(kind, text[, note[, not_constraint]]). Kinds number, place, relaxation, negation and foreign_currency are
texts that are NOT constraints and go to `not_constraints`; lookalike goes there only when flagged;
spelled_number and alias mark texts that ARE real constraints.
"""
from src_common import make_brief, region

PREFIX = "vo16"
NC_KINDS = {"number", "place", "relaxation", "negation", "foreign_currency"}


def B(n, lang, text, traps, **kw):
    nots, tr = [], []
    for t in traps:
        kind, txt = t[0], t[1]
        note = t[2] if len(t) > 2 else ""
        nc = t[3] if len(t) > 3 else kind in NC_KINDS
        assert txt in text, (n, txt)
        if nc:
            nots.append(txt)
        d = {"kind": kind, "text": txt}
        if note:
            d["note"] = note
        tr.append(d)
    b, k = make_brief(PREFIX, n, lang, text, nots=nots, **kw)
    k["traps"] = tr
    return b, k


SIG_LUTHER = "\nHormat kami,\nDrs. Luther Tingang, M.Si."

BRIEFS = [
    # ================================================================ b01 Sari: her cousin's henna studio
    B(1, "id",
      "halo kak 🙏 isun Sari dr Rogojampi, Banyuwangi. sepupu isun buka jasa henna pengantin & lebaran namanya Inai Ayu "
      "ring Genteng. isun golek kreator yg emang demen ngelukis henna/inai ring tangan, bukan yg cuma makeup biasa ya. "
      "paket henna pengantin Rp 350rb, cone henna isi 12 Rp 60rb, daun pacarnya asli dr Madura. utamakan lare Banyuwangi, "
      "kadung sing ono ring Banyuwangi yo Jatim endi ae oleh (Jember, Situbondo, Surabaya, Malang gpp). platform bebas. "
      "followers minimal dua ribu ya kak. suwun 🙏",
      [("place", "dr Rogojampi, Banyuwangi", "the writer's home"),
       ("place", "ring Genteng", "the studio's town (in Kabupaten Banyuwangi)"),
       ("negation", "bukan yg cuma makeup biasa ya", "taste; no henna creator is a plain make-up account"),
       ("number", "paket henna pengantin Rp 350rb"),
       ("number", "cone henna isi 12 Rp 60rb"),
       ("place", "daun pacarnya asli dr Madura", "ingredient origin; no creator lives on Madura"),
       ("alias", "utamakan lare Banyuwangi", "Osing: people of Banyuwangi first -> Banyuwangi"),
       ("alias", "kadung sing ono ring Banyuwangi yo Jatim endi ae oleh (Jember, Situbondo, Surabaya, Malang gpp)",
        "Osing: if there is none in Banyuwangi, anywhere in East Java -> REGIONS['JATIM'] (fallback)"),
       ("relaxation", "platform bebas"),
       ("spelled_number", "followers minimal dua ribu", ">= 2,000")],
      subtopics=["beauty.henna"], city=["Banyuwangi"], city_fallback=region("JATIM"), min_f=2000),

    # ================================================================ b02 Pak Luther: the cooperative's seed bank
    B(2, "id",
      "Salam sejahtera,\n\nDengan hormat,\nPerkenankan kami, Koperasi Handep Hapakat, Jalan Tjilik Riwut Km 7, Palangka Raya, "
      "memohon bantuan untuk mencarikan kreator konten. Sejak tahun 2019 koperasi kami mengelola bank benih padi ladang "
      "(yang biasa ditanam secara manugal) dan sayuran lokal yang dikumpulkan dari 23 desa di Kalimantan Tengah. Benih "
      "dijual Rp 25.000 per kilogram dan juga dikirim ke Jawa dan Sulawesi.\n\nAdapun kriteria kreator yang kami harapkan:\n"
      "1. Sungguh-sungguh menyimpan, menanam ulang, atau menukar benih lokal/warisan, bukan sekadar konten berkebun;\n"
      "2. Berdomisili di Pulau Kalimantan (Kalimantan Tengah, Barat, Selatan, maupun Timur);\n"
      "3. Platform Instagram atau YouTube;\n4. Jumlah pengikut tidak menjadi soal.\n\n"
      "Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.\n"
      + SIG_LUTHER + "\nKetua Koperasi Handep Hapakat",
      [("place", "Jalan Tjilik Riwut Km 7, Palangka Raya", "the cooperative's address"),
       ("number", "Sejak tahun 2019"),
       ("number", "dari 23 desa di Kalimantan Tengah", "where the seeds were collected, not a creator location"),
       ("number", "Rp 25.000 per kilogram"),
       ("place", "dikirim ke Jawa dan Sulawesi", "shipping"),
       ("negation", "bukan sekadar konten berkebun", "taste; excludes nobody who fits"),
       ("alias", "Berdomisili di Pulau Kalimantan (Kalimantan Tengah, Barat, Selatan, maupun Timur)",
        "-> REGIONS['KALIMANTAN'] (9 cities)"),
       ("relaxation", "Jumlah pengikut tidak menjadi soal")],
      subtopics=["sust.benih"], city=region("KALIMANTAN"), platform=["instagram", "youtube"]),

    # ================================================================ b03 Tanaka: ramen kit from his eatery
    B(3, "en",
      "Hello, I am Tanaka. Excuse me for sudden message.\n"
      "I came to Karawang in 2009 for automotive parts factory in KIIC, and after retire I opened small Japanese eatery "
      "\"Tanaka Shokudo\" near Galuh Mas. Now we make ramen kit for cooking at home: 2 portion Rp 89,000, the miso soup "
      "base is from Hokkaido, chicken only, no pork.\n"
      "Please kindly introduce creators who cook Japanese food at home by themselves (ramen, onigiri, bento, miso soup...). "
      "Not only restaurant review, please.\n"
      "- Instagram or YouTube\n- Followers 3,000~40,000\n"
      "- Living place is free, but in Indonesia please, because we ship only inside Indonesia.\n"
      "Best regards,\nTanaka Hiroshi (田中)",
      [("place", "I came to Karawang", "the writer's home; a food.jepang creator lives in Karawang"),
       ("number", "in 2009"),
       ("place", "automotive parts factory in KIIC"),
       ("place", "near Galuh Mas", "the eatery (Karawang)"),
       ("number", "2 portion Rp 89,000"),
       ("place", "base is from Hokkaido", "ingredient origin; a creator lives in Osaka, Japan"),
       ("negation", "Not only restaurant review, please.", "taste; excludes nobody who fits"),
       ("spelled_number", "Followers 3,000~40,000", "3,000-40,000 (Japanese wave-dash range)"),
       ("relaxation", "Living place is free, but in Indonesia please", "market stays ID"),
       ("place", "we ship only inside Indonesia")],
      subtopics=["food.jepang"], platform=["instagram", "youtube"], min_f=3000, max_f=40000),

    # ================================================================ b04 Mei: her cousin's bean-to-bar chocolate
    B(4, "mix",
      "Hai kak! Mei here dari Singkawang 👋 Sepupuku baru launch bean-to-bar chocolate namanya \"Kakao Amoi\" 🍫 biji "
      "kakaonya dari petani di Polewali Mandar, diproses di Pontianak. Dark 70% 50 gram harganya 45k, ada juga varian "
      "durian lol. Nah kita lagi cari kreator yang beneran ngulik cokelat — fermentasi kakao, tempering, bikin cokelat "
      "batang sendiri, hot choco dari cokelat beneran. Bukan dessert reviewer yang cuma bilang \"enak banget\" ya 🙏 "
      "Platform IG atau TikTok. Followers 5k–50k. Domisili bebas kok, gak harus Kalbar. FYI market kita mostly Jakarta & "
      "Surabaya. Xie xie kak!",
      [("place", "Mei here dari Singkawang", "the writer's home"),
       ("place", "dari petani di Polewali Mandar", "bean origin"),
       ("place", "diproses di Pontianak", "the factory; no chocolate creator on an allowed platform lives there"),
       ("number", "Dark 70% 50 gram harganya 45k"),
       ("negation", "Bukan dessert reviewer yang cuma bilang \"enak banget\" ya", "taste; excludes nobody who fits"),
       ("spelled_number", "Followers 5k–50k", "5,000-50,000"),
       ("relaxation", "Domisili bebas kok, gak harus Kalbar"),
       ("place", "market kita mostly Jakarta & Surabaya", "where buyers are; creators live in both")],
      subtopics=["food.cokelat"], platform=["instagram", "tiktok"], min_f=5000, max_f=50000),

    # ================================================================ b05 Sari: her uncle's fish finders -> fishers
    B(5, "id",
      "kak tlg bantu 🙏 om isun jualan fish finder sm lampu celup tenaga surya buat perahu slerek ring Muncar. fish finder "
      "mulai 1,8jt, lampu celup 3 biji 450rb, garansi 6 bulan. targete nelayan, jd yg penting followerse bapak2 nelayan, "
      "ABK, keluarga pesisir. kontene paran ae oleh, sing kudu soal mancing utawa laut. tp kreatore kudu tinggal ring Jawa "
      "Timur atau Bali ya (nelayan sini banyak yg nyebrang ke Bali). TikTok atau YouTube, IG sing usah. followers bebas. "
      "suwun kak",
      [("place", "ring Muncar", "the fishing port (Kabupaten Banyuwangi)"),
       ("number", "fish finder mulai 1,8jt"),
       ("number", "lampu celup 3 biji 450rb"),
       ("number", "garansi 6 bulan"),
       ("relaxation", "kontene paran ae oleh, sing kudu soal mancing utawa laut", "Osing: any content, not necessarily fishing"),
       ("alias", "kreatore kudu tinggal ring Jawa Timur atau Bali", "-> REGIONS['JATIM'] + REGIONS['BALI'] (8 cities)"),
       ("place", "nelayan sini banyak yg nyebrang ke Bali", "context, not a second constraint"),
       ("relaxation", "followers bebas")],
      kind="audience", audience=["nelayan"], subtopics=None, city=region("JATIM", "BALI"),
      platform=["tiktok", "youtube"]),

    # ================================================================ b06 Pak Luther: his son's hearing-aid centre
    B(6, "id",
      "Salam sejahtera,\n\nDengan hormat,\nPerihal: permohonan rekomendasi kreator\n\n"
      "Putra kami membuka Pusat Alat Bantu Dengar \"Telinga Betang\" di Jalan Yos Sudarso, Palangka Raya. Alat bantu "
      "dengar digital kami mulai Rp 4.500.000 dengan garansi 2 (dua) tahun, serta tes pendengaran gratis bagi warga usia "
      "60 tahun ke atas sampai dengan 30 November 2025.\n\n"
      "Mohon kiranya dicarikan kreator yang membahas gangguan pendengaran, telinga berdenging, atau penggunaan alat bantu "
      "dengar, dengan ketentuan:\n1. Platform YouTube atau Instagram; TikTok tidak kami pertimbangkan;\n"
      "2. Jumlah pengikut sekurang-kurangnya 10.000 (sepuluh ribu);\n3. Domisili di mana pun di Indonesia.\n\n"
      "Demikian, atas bantuannya kami ucapkan terima kasih.\n" + SIG_LUTHER,
      [("place", "di Jalan Yos Sudarso, Palangka Raya", "the centre's address"),
       ("number", "mulai Rp 4.500.000"),
       ("number", "garansi 2 (dua) tahun", "a spelled number that is not a constraint"),
       ("lookalike", "tes pendengaran gratis bagi warga usia 60 tahun ke atas",
        "who gets the free test, not a required audience", True),
       ("number", "30 November 2025"),
       ("spelled_number", "sekurang-kurangnya 10.000 (sepuluh ribu)", ">= 10,000"),
       ("relaxation", "Domisili di mana pun di Indonesia")],
      subtopics=["fit.dengar"], platform=["youtube", "instagram"], min_f=10000),

    # ================================================================ b07 Tanaka: a friend's curry shop -> workers
    B(7, "en",
      "Hello again, this is Tanaka from Karawang.\n"
      "My friend Mr. Sato opened Japanese curry shop \"Kare no Mise\" in front of the KIIC bus stop. It is open until "
      "2 a.m. for workers after night shift, curry rice Rp 38,000, and 10% discount with company ID card.\n"
      "This time content is not important — cooking, game, motorbike, anything is OK. Important thing is: the followers "
      "should be factory workers or office workers (karyawan). And creator must live in Karawang, Bekasi (Cikarang is OK) "
      "or Purwakarta, because we want local people come to the shop.\n"
      "Instagram or TikTok please. Followers at least 1,000.\nThank you for your kind cooperation.\nTanaka",
      [("place", "Tanaka from Karawang", "the writer's home"),
       ("place", "in front of the KIIC bus stop"),
       ("number", "until 2 a.m."),
       ("number", "curry rice Rp 38,000"),
       ("number", "10% discount with company ID card"),
       ("relaxation", "content is not important — cooking, game, motorbike, anything is OK"),
       ("alias", "creator must live in Karawang, Bekasi (Cikarang is OK) or Purwakarta",
        "-> Karawang, Bekasi, Purwakarta (Cikarang is Kabupaten Bekasi)"),
       ("spelled_number", "Followers at least 1,000", ">= 1,000")],
      kind="audience", audience=["karyawan"], subtopics=None, city=["Bekasi", "Karawang", "Purwakarta"],
      platform=["instagram", "tiktok"], min_f=1000),

    # ================================================================ b08 Mei: a university friend's SFX make-up brand
    B(8, "mix",
      "Hai kak! Temen kampusku pas di Taichung baru launch brand SFX makeup \"Luka FX\" di Indo 🩸 ada fake blood, scar "
      "wax, liquid latex, harga mulai 39k. Made in Taiwan, BPOM udah beres. Kita nyari kreator yang beneran jago makeup "
      "efek: luka palsu, zombie, karakter horor, cosplay anime. Bukan MUA wedding/ wisuda ya kak. Platform TikTok atau "
      "YouTube. Followers min 10k, rate max 1,2 jt per video. Domisili bebas. Launching-nya pas Halloween 31 Oktober jadi "
      "agak ASAP 🙏 Thank you!",
      [("place", "Temen kampusku pas di Taichung", "where the writer studied; a (finance) creator lives in Taichung"),
       ("number", "harga mulai 39k"),
       ("place", "Made in Taiwan"),
       ("negation", "Bukan MUA wedding/ wisuda ya kak", "taste; excludes nobody who fits"),
       ("spelled_number", "Followers min 10k", ">= 10,000"),
       ("spelled_number", "rate max 1,2 jt per video", "<= Rp 1,200,000"),
       ("relaxation", "Domisili bebas"),
       ("number", "Halloween 31 Oktober")],
      subtopics=["beauty.sfx"], platform=["tiktok", "youtube"], min_f=10000, max_rate=1200000),

    # ================================================================ b09 Sari: her brother's body shop
    B(9, "id",
      "kak, kakak isun buka bengkel ketok magic & cat ulang mobil ring Genteng, jenenge Bodi Mulus Genteng, wes 11 thn. cat "
      "ulang full body mulai 6,5jt, per panel 600rb, garansi cat 1 thn. isun golek kreator yg ngerti bodi mobil: penyok, "
      "baret, dempul, cat ulang. bukan akun modif velg utawa audio ya 🙏 TikTok ae, liyane sing usah. followers maksimal "
      "lima puluh ribu, rate per video maks 750rb. domisili bebas, sing kudu Banyuwangi.",
      [("place", "ring Genteng", "the workshop (Kabupaten Banyuwangi)"),
       ("number", "wes 11 thn"),
       ("number", "cat ulang full body mulai 6,5jt"),
       ("number", "per panel 600rb"),
       ("number", "garansi cat 1 thn"),
       ("negation", "bukan akun modif velg utawa audio ya", "taste; excludes nobody who fits"),
       ("spelled_number", "followers maksimal lima puluh ribu", "<= 50,000"),
       ("spelled_number", "rate per video maks 750rb", "<= Rp 750,000"),
       ("relaxation", "domisili bebas, sing kudu Banyuwangi", "Osing: sing kudu = not necessarily")],
      subtopics=["auto.bodi"], platform=["tiktok"], max_f=50000, max_rate=750000),

    # ================================================================ b10 Pak Luther: nursing academy -> SMA students
    B(10, "id",
      "Salam sejahtera,\n\nDengan hormat,\nKami membantu Akademi Keperawatan \"Isen Mulang\" di Palangka Raya yang membuka "
      "penerimaan mahasiswa baru tahun akademik 2026/2027, kuota 120 orang, biaya pendidikan Rp 9.500.000 per tahun, "
      "tingkat kelulusan uji kompetensi 94%. Calon mahasiswa berasal dari lulusan SMA/SMK/MA di seluruh Kalimantan.\n\n"
      "Yang kami cari adalah kreator yang pengikutnya pelajar SMA/sederajat, DAN isi kontennya memang membahas pendidikan "
      "tenaga kesehatan: kuliah keperawatan atau kebidanan, uji kompetensi (UKOM), praktik klinik. Mohon bukan akun gim "
      "atau akun kecantikan, walaupun pengikutnya banyak anak SMA.\n\n"
      "Platform: TikTok atau Instagram. Domisili kreator tidak dibatasi.\n\nDemikian, terima kasih atas perhatian "
      "Bapak/Ibu.\n" + SIG_LUTHER,
      [("place", "di Palangka Raya", "the academy"),
       ("number", "tahun akademik 2026/2027"),
       ("number", "kuota 120 orang"),
       ("number", "Rp 9.500.000 per tahun"),
       ("number", "tingkat kelulusan uji kompetensi 94%"),
       ("lookalike", "lulusan SMA/SMK/MA di seluruh Kalimantan", "where applicants come from, not a creator location", True),
       ("negation", "Mohon bukan akun gim atau akun kecantikan, walaupun pengikutnya banyak anak SMA",
        "student-followed gacha and SFX creators do not fit the content restriction"),
       ("relaxation", "Domisili kreator tidak dibatasi")],
      kind="audience", audience=["pelajar_sma"], subtopics=["edu.ukom"], platform=["tiktok", "instagram"]),

    # ================================================================ b11 Tanaka: his nephew's projector brand
    B(11, "en",
      "Hello, Tanaka here.\nMy nephew in Nagoya works for a Japanese projector brand and now they start selling in "
      "Indonesia. Model \"Hikari Mini\" short-throw, 1080p native, 450 ANSI lumen, price Rp 4,299,000, launch 2025/12/1.\n"
      "I search creators who really review projectors or make home cinema in small room (screen, throw distance, "
      "sound...). Not TV review, not smartphone review.\n"
      "- YouTube only\n- Followers minimum 8,000\n- Fee is OK until Rp 2,000,000 per video\n"
      "Location is not important.\nBest regards,\nTanaka",
      [("place", "My nephew in Nagoya"),
       ("number", "1080p native, 450 ANSI lumen"),
       ("number", "price Rp 4,299,000"),
       ("number", "launch 2025/12/1", "Japanese Y/M/D date"),
       ("negation", "Not TV review, not smartphone review.", "taste; excludes nobody who fits"),
       ("spelled_number", "Followers minimum 8,000", ">= 8,000"),
       ("spelled_number", "Fee is OK until Rp 2,000,000 per video", "<= Rp 2,000,000"),
       ("relaxation", "Location is not important.")],
      subtopics=["tech.proyektor"], platform=["youtube"], min_f=8000, max_rate=2000000),

    # ================================================================ b12 Mei: her father's café near Untan -> students
    B(12, "mix",
      "Hai kak 👋 Papaku buka cabang kedai kopi & mie \"A Fung\" deket kampus Untan Pontianak, buka 24 jam, wifi kenceng, "
      "kopi susu 12k. Target-nya mahasiswa. Konten kreatornya bebas, literally apa aja — game, makeup, jalan-jalan, "
      "whatever — yang penting followers-nya anak kuliahan. Tapi kreatornya harus domisili Kalbar ya (Pontianak, "
      "Singkawang, Sambas, mana aja asal Kalbar). IG atau TikTok. Followers gak masalah. Thanks kak, see you!",
      [("place", "deket kampus Untan Pontianak", "the café; the constraint is all of Kalbar"),
       ("number", "buka 24 jam"),
       ("number", "kopi susu 12k"),
       ("relaxation", "Konten kreatornya bebas, literally apa aja — game, makeup, jalan-jalan, whatever"),
       ("alias", "kreatornya harus domisili Kalbar ya (Pontianak, Singkawang, Sambas, mana aja asal Kalbar)",
        "-> REGIONS['KALBAR'] (3 cities)"),
       ("relaxation", "Followers gak masalah")],
      kind="audience", audience=["mahasiswa"], subtopics=None, city=region("KALBAR"),
      platform=["instagram", "tiktok"]),

    # ================================================================ b13 Sari: her brother-in-law's circumcision clinic
    B(13, "id",
      "halo kak2 🙏 iparku Mas Didik mantri sunat ring Rogojampi, saiki buka Rumah Sunat Ceria, metode klamp & laser. "
      "biaya mulai 850rb, anak umur 5–12 thn, pas liburan Juni–Juli sehari bisa 20 anak. isun golek kreator parenting yg "
      "pernah bahas sunat anak: persiapan, milih metode, ngerawat habis sunat. followers 3rb–40rb. IG atau TikTok, YouTube "
      "sing usah. domisili endi ae oleh asal Indonesia.",
      [("place", "ring Rogojampi"),
       ("number", "biaya mulai 850rb"),
       ("number", "anak umur 5–12 thn", "an age range written like the follower range"),
       ("number", "liburan Juni–Juli"),
       ("number", "sehari bisa 20 anak"),
       ("spelled_number", "followers 3rb–40rb", "3,000-40,000"),
       ("relaxation", "domisili endi ae oleh asal Indonesia", "market stays ID")],
      subtopics=["par.sunat"], platform=["instagram", "tiktok"], min_f=3000, max_f=40000),

    # ================================================================ b14 Pak Luther: his nephew's BPR motorbike credit
    B(14, "id",
      "Salam sejahtera,\n\nDengan hormat,\nKeponakan kami bekerja pada sebuah BPR di Sampit yang meluncurkan produk "
      "\"Kredit Motor Tani\" bagi petani dan pekebun: uang muka mulai 10%, tenor 12 s.d. 36 bulan, bunga flat 1,1% per "
      "bulan.\n\nKami memerlukan kreator yang memahami seluk-beluk kredit kendaraan: uang muka, tenor, denda keterlambatan, "
      "penarikan kendaraan, dan hak-hak debitur. Mohon bukan akun pinjaman online atau paylater.\n\nKetentuan:\n"
      "1. Jumlah pengikut paling banyak 30.000 (tiga puluh ribu);\n"
      "2. Honorarium paling besar Rp 1.000.000,00 (satu juta rupiah) per unggahan;\n3. Platform dan domisili bebas.\n\n"
      "Demikian, terima kasih.\n" + SIG_LUTHER,
      [("place", "sebuah BPR di Sampit", "the lender; no credit creator lives in Sampit"),
       ("lookalike", "bagi petani dan pekebun", "the product's customers, not a required audience", True),
       ("number", "uang muka mulai 10%"),
       ("number", "tenor 12 s.d. 36 bulan"),
       ("number", "bunga flat 1,1% per bulan"),
       ("negation", "Mohon bukan akun pinjaman online atau paylater", "taste; excludes nobody who fits"),
       ("spelled_number", "paling banyak 30.000 (tiga puluh ribu)", "<= 30,000"),
       ("spelled_number", "paling besar Rp 1.000.000,00 (satu juta rupiah) per unggahan", "<= Rp 1,000,000"),
       ("relaxation", "Platform dan domisili bebas")],
      subtopics=["fin.leasing"], max_f=30000, max_rate=1000000),

    # ================================================================ b15 Tanaka: a friend's money changer
    B(15, "en",
      "Hello, I am Tanaka.\nMy friend runs money changer \"Sakura Valas\" in Karawang and Cikarang. They exchange yen, won, "
      "SGD and also make multi-currency card for trainees going to Japan. Today rate is about 1 yen = Rp 108, minimum "
      "exchange ¥10,000.\n"
      "We look for creators who explain foreign currency: exchange rate, where to exchange, money changer vs bank vs card, "
      "how not to lose money. Indonesian creators who live abroad (for example Japan or Taiwan) are also very welcome, "
      "many trainees come back and need this information.\n"
      "- Instagram or TikTok\n- Maximum 50,000 followers (smaller creator is more trusted I think)\n"
      "Thank you very much.\nTanaka",
      [("place", "in Karawang and Cikarang", "the shops"),
       ("place", "trainees going to Japan"),
       ("number", "about 1 yen = Rp 108"),
       ("foreign_currency", "minimum exchange ¥10,000"),
       ("relaxation", "Indonesian creators who live abroad (for example Japan or Taiwan) are also very welcome",
        "opens the market (null)"),
       ("spelled_number", "Maximum 50,000 followers", "<= 50,000")],
      subtopics=["fin.valas"], platform=["instagram", "tiktok"], max_f=50000, market=None),

    # ================================================================ b16 Mei: her uncle's cross-border bus
    B(16, "mix",
      "Hai kak! Uncle-ku punya bus \"Borneo Ekspres\" rute Singkawang/Pontianak – Kuching lewat PLBN Entikong 🚌 sekitar "
      "9 jam, tiket 380k one way, berangkat tiap hari jam 7 pagi, bagasi max 20 kg. Kita cari kreator travel yang emang "
      "sering bahas nyebrang perbatasan lewat darat — PLBN, cap paspor, antrean imigrasi, Entikong–Kuching, Aruk, "
      "Atambua–Dili gitu. Platform YouTube atau TikTok aja. Followers bebas. Kreator yang tinggal di Malaysia juga boleh "
      "kok, malah bagus 😄 Thank you kak!",
      [("place", "rute Singkawang/Pontianak – Kuching lewat PLBN Entikong", "the route; creators live in Singkawang and Kuching"),
       ("number", "sekitar 9 jam"),
       ("number", "tiket 380k one way"),
       ("number", "jam 7 pagi"),
       ("number", "bagasi max 20 kg", "a maximum that is not a constraint"),
       ("relaxation", "Followers bebas"),
       ("relaxation", "Kreator yang tinggal di Malaysia juga boleh kok", "opens the market (null)")],
      subtopics=["travel.lintasbatas"], platform=["youtube", "tiktok"], market=None),

    # ================================================================ b17 Sari: her husband's pump shop (typo corrected)
    B(17, "id",
      "kak tulung 🙏 bojo isun jualan pompa air, tandon, sm pasang sumur bor ring Banyuwangi kota. pompa sumur dalam 100 "
      "meter mulai 2,3jt, tandon 1.000 liter 1,4jt. isun golek kreator yg ngerti pompa air: pompa macet, mancing air, "
      "otomatis rusak, air kecil, sumur bor. followers max 20rb.. eh typo kak, 25rb maksude 🙏 YouTube atau TikTok. bukan "
      "kreator bangun rumah umum ya. kadung ring luar Jawa yo gpp.",
      [("place", "ring Banyuwangi kota", "the shop"),
       ("number", "pompa sumur dalam 100 meter mulai 2,3jt"),
       ("number", "tandon 1.000 liter 1,4jt"),
       ("spelled_number", "followers max 20rb.. eh typo kak, 25rb maksude",
        "corrected in the same message: <= 25,000, not 20,000"),
       ("negation", "bukan kreator bangun rumah umum ya", "taste; excludes nobody who fits"),
       ("relaxation", "kadung ring luar Jawa yo gpp", "Osing: outside Java is fine too")],
      subtopics=["home.pompa"], platform=["youtube", "tiktok"], max_f=25000),

    # ================================================================ b18 Pak Luther: keroncong festival (no creator in PKY)
    B(18, "id",
      "Salam sejahtera,\n\nDengan hormat,\nPanitia Festival Keroncong Kahayan yang ke-3, yang akan diselenggarakan pada "
      "tanggal 24–26 Oktober 2025 di tepian Sungai Kahayan dan diikuti 12 orkes, bermaksud mengundang kreator konten untuk "
      "meliput dan mempromosikan acara tersebut.\n\nKriteria kreator:\n"
      "1. Memang bermain, menyanyikan, atau membahas musik keroncong;\n"
      "2. Diutamakan yang berdomisili di Palangka Raya; apabila tidak ada, kreator dari kota mana pun di Kalimantan dapat "
      "kami terima;\n3. Platform YouTube atau Instagram;\n"
      "4. Honorarium paling besar Rp 1.500.000,00 (satu juta lima ratus ribu rupiah) per konten, di luar tiket pesawat dan "
      "penginapan 2 (dua) malam yang kami tanggung.\n\nDemikian undangan ini kami sampaikan. Terima kasih.\n"
      + SIG_LUTHER + "\nKetua Panitia",
      [("number", "yang ke-3"),
       ("number", "tanggal 24–26 Oktober 2025"),
       ("place", "di tepian Sungai Kahayan", "the venue (Palangka Raya)"),
       ("number", "diikuti 12 orkes"),
       ("alias", "Diutamakan yang berdomisili di Palangka Raya", "-> Palangka Raya (no keroncong creator lives there)"),
       ("alias", "apabila tidak ada, kreator dari kota mana pun di Kalimantan dapat kami terima",
        "-> REGIONS['KALIMANTAN'] (fallback, fires)"),
       ("spelled_number", "Honorarium paling besar Rp 1.500.000,00 (satu juta lima ratus ribu rupiah) per konten",
        "<= Rp 1,500,000"),
       ("number", "penginapan 2 (dua) malam")],
      subtopics=["music.keroncong"], city=["Palangka Raya"], city_fallback=region("KALIMANTAN"),
      platform=["youtube", "instagram"], max_rate=1500000),

    # ================================================================ b19 Tanaka (mix): his wife's children's modest wear
    B(19, "mix",
      "Halo, selamat siang. Saya Tanaka, orang Jepang, tinggal di Karawang sejak 2009. Bahasa Indonesia saya masih sedikit, "
      "maaf kalau campur English.\nIstri saya punya brand gamis dan hijab anak \"Hana Kids\". Size 2~12 tahun, bahan katun "
      "dari Jepang (Japanese cotton), harga 159,000.\nKami cari kreator yang suka pakai atau review baju muslim anak: gamis "
      "anak, hijab anak, koko anak.\n- Followers 2,000~30,000\n- Platform Instagram saja, TikTok nanti next time\n"
      "- Domisili bebas\nTerima kasih banyak. Yoroshiku onegaishimasu.\nTanaka",
      [("place", "tinggal di Karawang sejak 2009", "the writer's home"),
       ("number", "Size 2~12 tahun", "children's ages, same wave-dash range as the followers"),
       ("place", "bahan katun dari Jepang", "fabric origin"),
       ("number", "harga 159,000"),
       ("spelled_number", "Followers 2,000~30,000", "2,000-30,000"),
       ("relaxation", "Domisili bebas")],
      subtopics=["modest.anak"], platform=["instagram"], min_f=2000, max_f=30000),

    # ================================================================ b20 Mei: her cousin's fertility clinic
    B(20, "mix",
      "Hai kak, Mei lagi 🙏 Sepupuku dokter kandungan di Pontianak, baru buka klinik promil \"Harapan Bunda\". Konsul 250k, "
      "paket USG monitoring folikel 1,5 jt, success rate inseminasi sekitar 15–20% per siklus (bukan janji ya). Kita cari "
      "kreator yang share perjalanan promil-nya — PCOS, cek sperma, inseminasi, bayi tabung, nunggu dua garis. Platform IG "
      "atau YouTube, jangan TikTok ya soalnya topiknya sensitif. Followers max 40k. Domisili bebas, konsul online juga bisa "
      "dari mana aja. Thank you kak 🤍",
      [("place", "dokter kandungan di Pontianak", "the clinic; one promil creator lives in Pontianak, but no city constraint"),
       ("number", "Konsul 250k"),
       ("number", "paket USG monitoring folikel 1,5 jt", "a package price, not a rate cap"),
       ("number", "sekitar 15–20% per siklus"),
       ("spelled_number", "Followers max 40k", "<= 40,000"),
       ("relaxation", "Domisili bebas, konsul online juga bisa dari mana aja")],
      subtopics=["par.promil"], platform=["instagram", "youtube"], max_f=40000),

    # ================================================================ b21 Sari: her cousin's raincoats -> ojol drivers
    B(21, "id",
      "kak2 sepupu isun jualan jas hujan setelan sm sarung tangan khusus driver ojol, merek Tetes. harga 135rb sepasang, "
      "bahan PVC 0,3 mm, ukuran M sampe XXXL. yg penting followerse driver ojol / kurir paket, kontene bebas paran ae. "
      "asal sopan ae, bukan akun yg isine cuma drama orderan fiktif ya 🙏 platform bebas, domisili bebas. followers "
      "minimal sepuluh ribu ya kak.",
      [("number", "harga 135rb sepasang"),
       ("number", "bahan PVC 0,3 mm"),
       ("number", "ukuran M sampe XXXL"),
       ("relaxation", "kontene bebas paran ae", "Osing: content can be anything"),
       ("negation", "bukan akun yg isine cuma drama orderan fiktif ya", "taste; excludes nobody"),
       ("relaxation", "platform bebas, domisili bebas"),
       ("spelled_number", "followers minimal sepuluh ribu", ">= 10,000")],
      kind="audience", audience=["pengemudi_ojol"], subtopics=None, min_f=10000),

    # ================================================================ b22 Pak Luther: pharmacy's 3-in-1 meter (older followers)
    B(22, "id",
      "Salam sejahtera,\n\nDengan hormat,\nAdik ipar kami memiliki Apotek Sehat Betang di Palangka Raya yang menjual alat "
      "cek 3-in-1 (asam urat, kolesterol, gula darah) seharga Rp 325.000 dan strip isi 25 seharga Rp 95.000. Kami mohon "
      "dicarikan kreator yang membahas asam urat, kolesterol, nyeri sendi, dan pola makan rendah purin, dengan ketentuan:\n"
      "1. Pengikutnya harus kalangan lansia, orang tua usia 55 tahun ke atas, bukan anak muda yang sedang diet;\n"
      "2. Platform YouTube atau Instagram;\n3. Domisili dan jumlah pengikut bebas.\n\n"
      "Atas perhatian dan kerja samanya, kami ucapkan terima kasih.\n" + SIG_LUTHER,
      [("place", "Apotek Sehat Betang di Palangka Raya", "the pharmacy"),
       ("number", "alat cek 3-in-1"),
       ("number", "seharga Rp 325.000"),
       ("number", "strip isi 25 seharga Rp 95.000"),
       ("relaxation", "Domisili dan jumlah pengikut bebas")],
      subtopics=["fit.asamurat"], audience=["lansia"], audience_required=True, platform=["youtube", "instagram"]),

    # ================================================================ b23 Tanaka: a friend's reef shop
    B(23, "en",
      "Hello, this is Tanaka.\nMy hobby is saltwater aquarium (since 15 years). My friend opened reef shop \"Umi no Mori\" "
      "in Karawang: LED reef light, 60 cm tank set Rp 1,850,000, coral frags from a farm in Bali with permit.\n"
      "Please kindly introduce creators who keep reef tank / marine aquarium — coral, clownfish, skimmer, salinity. Not "
      "freshwater aquascape, not koi or arwana.\n- Instagram or YouTube\n- At least 2,000 followers\n"
      "Living anywhere in Indonesia is OK.\nBest regards, Tanaka",
      [("number", "since 15 years"),
       ("place", "in Karawang", "the shop"),
       ("number", "60 cm tank set Rp 1,850,000"),
       ("place", "from a farm in Bali", "coral origin; a reef creator lives in Denpasar"),
       ("negation", "Not freshwater aquascape, not koi or arwana.", "taste; excludes nobody who fits"),
       ("spelled_number", "At least 2,000 followers", ">= 2,000"),
       ("relaxation", "Living anywhere in Indonesia is OK.", "market stays ID")],
      subtopics=["pets.reef"], platform=["instagram", "youtube"], min_f=2000),

    # ================================================================ b24 Mei (en): a Taiwanese friend's sachet coffee
    B(24, "en",
      "Hi! Mei here from Singkawang 👋 I'm helping a friend from Taichung bring her 3-in-1 white coffee sachets into "
      "Indonesia — brand \"Morning Lane\", 10 sachets x 35 g, NT$150 in Taiwan and around IDR 69k here. Made in Taichung, "
      "with robusta from Lampung, funnily enough.\n"
      "We're looking for creators who genuinely review instant / sachet coffee — taste tests, brand vs brand, warkop-style "
      "coffee. Not specialty or manual brew people please 🙏\n"
      "TikTok or Instagram, min 15k followers. Anywhere in Indonesia is fine.\nThank youuu, xie xie! Mei",
      [("place", "Mei here from Singkawang", "the writer's home"),
       ("place", "a friend from Taichung", "a (finance) creator lives in Taichung"),
       ("number", "10 sachets x 35 g"),
       ("foreign_currency", "NT$150 in Taiwan"),
       ("number", "around IDR 69k here"),
       ("place", "Made in Taichung, with robusta from Lampung", "product and bean origin"),
       ("negation", "Not specialty or manual brew people please", "taste; excludes nobody who fits"),
       ("spelled_number", "min 15k followers", ">= 15,000"),
       ("relaxation", "Anywhere in Indonesia is fine.", "market stays ID")],
      subtopics=["coffee.sachet"], platform=["tiktok", "instagram"], min_f=15000),

    # ================================================================ b25 Sari: her neighbour's parrot food
    B(25, "id",
      "kak, tonggo isun bikin pakan & mainan buat burung paruh bengkok: conure, african grey, macaw, kakatua. pelet 500 gr "
      "85rb, campuran biji bunga matahari dr Kalimantan. isun golek kreator yg melihara paruh bengkok dewe, ngajari "
      "ngomong, jinakin, bikin mainan. bukan kicau mania lovebird/ murai ya 🙏 TikTok atau YouTube. followers minimal lima "
      "ribu. kiriman cuma Jawa–Bali, tp kreatore ring endi ae oleh.",
      [("number", "pelet 500 gr 85rb"),
       ("place", "biji bunga matahari dr Kalimantan", "ingredient origin"),
       ("negation", "bukan kicau mania lovebird/ murai ya", "taste; no songbird creator in the pool"),
       ("spelled_number", "followers minimal lima ribu", ">= 5,000"),
       ("place", "kiriman cuma Jawa–Bali", "shipping area, not a creator location"),
       ("relaxation", "kreatore ring endi ae oleh", "Osing: the creator can be anywhere")],
      subtopics=["pets.nuri"], platform=["tiktok", "youtube"], min_f=5000),

    # ================================================================ b26 Pak Luther: his daughter's home care -> older people in Kalteng
    B(26, "id",
      "Salam sejahtera,\n\nDengan hormat,\nPutri kami, seorang perawat, membuka layanan perawatan lansia di rumah (home "
      "care) \"Pahari\" di Palangka Raya: kunjungan perawat Rp 150.000 per kunjungan, paket 8 (delapan) kunjungan "
      "Rp 1.100.000, melayani dalam radius 15 km.\n\nUntuk promosi ini isi konten tidak harus tentang kesehatan; konten apa "
      "saja dapat kami terima, asalkan pengikutnya sebagian besar kalangan lansia atau keluarga yang merawat orang tua. "
      "Kreator wajib berdomisili di Provinsi Kalimantan Tengah (Palangka Raya, Sampit, Pangkalan Bun, atau kabupaten "
      "lainnya). Platform dan jumlah pengikut bebas.\n\nDemikian, terima kasih.\n" + SIG_LUTHER,
      [("place", "di Palangka Raya", "the service; the constraint is the whole province"),
       ("number", "Rp 150.000 per kunjungan"),
       ("number", "paket 8 (delapan) kunjungan Rp 1.100.000"),
       ("number", "radius 15 km"),
       ("relaxation", "isi konten tidak harus tentang kesehatan; konten apa saja dapat kami terima"),
       ("alias", "Kreator wajib berdomisili di Provinsi Kalimantan Tengah (Palangka Raya, Sampit, Pangkalan Bun, atau "
        "kabupaten lainnya)", "-> REGIONS['KALTENG'] (3 cities)"),
       ("relaxation", "Platform dan jumlah pengikut bebas")],
      kind="audience", audience=["lansia"], subtopics=None, city=region("KALTENG")),

    # ================================================================ b27 Tanaka (mix): a friend's backup/NAS service
    B(27, "mix",
      "Halo kak, saya Tanaka. Maaf bahasa Indonesia saya kurang bagus, jadi campur English sedikit.\n"
      "My friend buka jasa backup data dan NAS untuk kantor kecil dan UMKM di Karawang. Paket NAS 2-bay 4TB Rp 7,900,000 "
      "sudah termasuk instal, maintenance 1 tahun.\n"
      "Kami cari kreator yang bahas backup data, hard disk, NAS, cloud, recovery file yang hilang. Bukan review HP atau "
      "laptop gaming.\n- YouTube atau TikTok\n- Followers 5,000 ~ 50,000\n- Rate maksimal Rp 1,500,000 per video\n"
      "- Tinggal di mana saja di Indonesia boleh\nTerima kasih, Tanaka",
      [("place", "untuk kantor kecil dan UMKM di Karawang", "the service's customers"),
       ("number", "Paket NAS 2-bay 4TB Rp 7,900,000"),
       ("number", "maintenance 1 tahun"),
       ("negation", "Bukan review HP atau laptop gaming.", "taste; excludes nobody who fits"),
       ("spelled_number", "Followers 5,000 ~ 50,000", "5,000-50,000"),
       ("spelled_number", "Rate maksimal Rp 1,500,000 per video", "<= Rp 1,500,000"),
       ("relaxation", "Tinggal di mana saja di Indonesia boleh", "market stays ID")],
      subtopics=["tech.backup"], platform=["youtube", "tiktok"], min_f=5000, max_f=50000, max_rate=1500000),

    # ================================================================ b28 Mei (en): her uncle's airgun shop
    B(28, "en",
      "Hi there! Mei from Singkawang again. My uncle runs an outdoor & airgun shop here — PCP air rifles, scopes, night "
      "torches. Members of a shooting club only, all legal. Most buyers are oil-palm and pepper farmers dealing with wild "
      "boar and rats.\n"
      "We'd love creators who actually hunt or shoot — pest control on farms, scopes, zeroing, safety, club rules. No one "
      "who just poses with a gun for likes, please.\n"
      "Instagram or YouTube only (TikTok keeps taking down airgun videos). Followers between 2k and 25k. Based anywhere in "
      "Indonesia.\nThank you! 🙏",
      [("place", "Mei from Singkawang again", "the writer's home and the shop"),
       ("lookalike", "Most buyers are oil-palm and pepper farmers", "buyers, not a required audience", True),
       ("negation", "No one who just poses with a gun for likes, please.", "taste; excludes nobody who fits"),
       ("spelled_number", "Followers between 2k and 25k", "2,000-25,000"),
       ("relaxation", "Based anywhere in Indonesia.", "market stays ID")],
      subtopics=["out.berburu"], platform=["instagram", "youtube"], min_f=2000, max_f=25000),

    # ================================================================ b29 Sari: her brother's game top-up counter
    B(29, "id",
      "kak, adik isun buka konter top up game ring Banyuwangi, isa online jg. top up Genshin, Honkai Star Rail, Wuthering "
      "Waves. 60 primogem 16rb, Welkin 79rb. golek kreator gacha: pull banner, pity, build karakter, nabung primo. bukan "
      "akun Mobile Legends ya 😅 TikTok ae. followers paling sithik sewu, paling akeh telung puluh ewu (1rb–30rb). "
      "domisili bebas kak",
      [("place", "ring Banyuwangi", "the counter"),
       ("number", "60 primogem 16rb"),
       ("number", "Welkin 79rb"),
       ("negation", "bukan akun Mobile Legends ya", "taste; no MOBA creator in the pool"),
       ("spelled_number", "followers paling sithik sewu, paling akeh telung puluh ewu (1rb–30rb)",
        "Javanese numerals: 1,000-30,000"),
       ("relaxation", "domisili bebas")],
      subtopics=["game.gacha"], platform=["tiktok"], min_f=1000, max_f=30000),

    # ================================================================ b30 Pak Luther: his nephew's welding course
    B(30, "id",
      "Salam sejahtera,\n\nDengan hormat,\nLembaga Pelatihan Kerja \"Tingang Teknik\" milik keponakan kami membuka kursus "
      "pengelasan SMAW bersertifikat BNSP: 160 jam pelajaran, biaya Rp 3.750.000, angkatan berikutnya dimulai 5 Januari "
      "2026, lulusan disalurkan ke perusahaan tambang dan perkebunan.\n\nKami mencari kreator yang membahas pelatihan "
      "keterampilan kerja, kursus vokasi, dan sertifikasi kompetensi, dengan ketentuan:\n"
      "1. Jumlah pengikut sekurang-kurangnya 3.000 (tiga ribu) dan sebanyak-banyaknya 60.000 (enam puluh ribu);\n"
      "2. Platform TikTok atau YouTube;\n3. Domisili tidak harus di Kalimantan Tengah.\n\n"
      "Demikian, terima kasih atas perhatiannya.\n" + SIG_LUTHER,
      [("number", "160 jam pelajaran"),
       ("number", "biaya Rp 3.750.000"),
       ("number", "dimulai 5 Januari 2026"),
       ("spelled_number", "sekurang-kurangnya 3.000 (tiga ribu) dan sebanyak-banyaknya 60.000 (enam puluh ribu)",
        "3,000-60,000"),
       ("relaxation", "Domisili tidak harus di Kalimantan Tengah")],
      subtopics=["edu.vokasi"], platform=["tiktok", "youtube"], min_f=3000, max_f=60000),

    # ================================================================ b31 Tanaka: a Japanese friend's boots (fallback fires)
    B(31, "en",
      "Hello, Tanaka again.\nMy Japanese friend makes handmade leather boots in Karawang, brand \"Kawa Boots\": Goodyear "
      "welt, cowhide from Garut, size 38~46, price Rp 2,450,000, order takes 6 weeks.\n"
      "Please introduce creators who really love leather boots — care, resole, break-in, styling. Not sneakers.\n"
      "Karawang creator is best. If there is nobody in Karawang, anywhere in West Java is OK (Bandung, Bekasi, Bogor, "
      "Depok, Tasikmalaya...).\nInstagram or TikTok please. Followers no problem.\nBest regards, Tanaka",
      [("place", "makes handmade leather boots in Karawang", "the workshop"),
       ("place", "cowhide from Garut", "leather origin; no creator lives in Garut"),
       ("number", "size 38~46", "shoe sizes with the wave dash"),
       ("number", "price Rp 2,450,000"),
       ("number", "order takes 6 weeks"),
       ("negation", "Not sneakers.", "taste; excludes nobody who fits"),
       ("alias", "Karawang creator is best.", "-> Karawang (its only boots account is an engagement pod)"),
       ("alias", "If there is nobody in Karawang, anywhere in West Java is OK (Bandung, Bekasi, Bogor, Depok, Tasikmalaya...)",
        "-> REGIONS['JABAR'] (fallback, fires)"),
       ("relaxation", "Followers no problem.")],
      subtopics=["street.boots"], city=["Karawang"], city_fallback=region("JABAR"), platform=["instagram", "tiktok"]),

    # ================================================================ b32 Mei: a school friend's kitesurf school
    B(32, "mix",
      "Hai kak! Mei lagi 😆 Temen SMP-ku buka kitesurf school kecil di Pantai Pasir Panjang, Singkawang. Angin bagus "
      "Nov–Mar, 15–20 knot. Trial lesson 2 jam 650k, full course 3 hari 2,8 jt. Kita cari kreator kitesurf atau windsurf "
      "ya, bukan surfing ombak biasa. IG atau YouTube. Followers max 30k, rate per konten max 1 jt. Domisili bebas, yang di "
      "Bali/Lombok juga boleh. Thank you!",
      [("place", "di Pantai Pasir Panjang, Singkawang", "the school"),
       ("number", "Angin bagus Nov–Mar, 15–20 knot"),
       ("number", "Trial lesson 2 jam 650k"),
       ("number", "full course 3 hari 2,8 jt", "a course price written like a rate"),
       ("negation", "bukan surfing ombak biasa", "taste; no wave-surfing creator in the pool"),
       ("spelled_number", "Followers max 30k", "<= 30,000"),
       ("spelled_number", "rate per konten max 1 jt", "<= Rp 1,000,000"),
       ("relaxation", "Domisili bebas, yang di Bali/Lombok juga boleh")],
      subtopics=["out.kitesurf"], platform=["instagram", "youtube"], max_f=30000, max_rate=1000000),
]
