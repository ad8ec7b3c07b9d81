"""Briefs for voices14: 32 briefs typed by four people (hand-written).

voice = (n - 1) mod 4 + 1
  1  Inang Lamria (Lamria br. Simanjuntak), ~54, Pematangsiantar, kedai kopi & roti ganda near Pajak Horas   id x8
  2  Cak Ipul (Saiful Anam), ~30, Malang, keripik tempe from Sanan + part-time golf caddie             id x6, mix x2
  3  Fina (Yosefina Wangge), ~33, Labuan Bajo, ops manager of a small sailing company + freelance        en x6, mix x2
  4  Dr. Rahmawati, M.Pd., ~50, Samarinda, head of a university's public-relations office               mix x5, en x3

B(n, lang, text, traps, **constraints) builds (briefs row, constraints row) with make_brief. A trap is
(kind, text[, note[, not_constraint]]). Kinds number, place, relaxation, negation and foreign_currency are
texts that are NOT constraints and go to `not_constraints`; lookalike goes there only when flagged;
spelled_number and alias mark texts that ARE real constraints.
"""
from src_common import REGIONS, make_brief, region

PREFIX = "vo14"
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


BRIEFS = [
    # ================================================================ b01 Inang: sambal andaliman
    B(1, "id",
      "Horas kawan2 kreator! 🙏 Aku Inang Lamria, yg punya kedai kopi & roti ganda dekat Pajak Horas. Sekarang boru-ku "
      "bikin sambal andaliman botolan, namanya Sambal Tuk Tuk Inang. Andaliman-nya dipetik dari Humbang, cabenya cabe "
      "rawit Karo, pedasnya bah.. mantap kali 🌶️🌶️ Botol 250 gram Rp 38 ribu, udah bisa kirim sampai Jakarta & Batam. "
      "Kami cari kreator yg memang suka bikin konten makanan pedas, sambal, level2 cabe gitu lah, bukan akun masak biasa. "
      "Utamakan yg tinggal di Siantar, kalau di Siantar gak ada, Sumut mana pun jadi lah (Medan, Balige, Sibolga). "
      "Followers berapa pun gak apa, IG TikTok YouTube terserah kalian. Mauliate 🙏",
      [("place", "kedai kopi & roti ganda dekat Pajak Horas", "the writer's shop"),
       ("place", "Andaliman-nya dipetik dari Humbang", "ingredient origin"),
       ("place", "cabe rawit Karo", "ingredient origin"),
       ("number", "Botol 250 gram Rp 38 ribu"),
       ("place", "bisa kirim sampai Jakarta & Batam", "shipping"),
       ("negation", "bukan akun masak biasa", "taste; excludes nobody with the subtopic"),
       ("alias", "kalau di Siantar gak ada, Sumut mana pun jadi lah (Medan, Balige, Sibolga)", "fallback = REGIONS['SUMUT']"),
       ("relaxation", "Followers berapa pun gak apa, IG TikTok YouTube terserah kalian")],
      subtopics=["food.pedas"], city=["Pematangsiantar"], city_fallback=region("SUMUT")),

    # ================================================================ b02 Ipul: breakfast
    B(2, "id",
      "Salam Satu Jiwa nawak-nawak 🙏 Ayas Ipul teko Sanan, Ngalam. Ebes ayas buka warung nasi pecel & bubur ayam tiap "
      "isuk nang Jl. Kawi, saiki nggawe bubur ayam beku siap seduh, Rp 15 ewu sak cup, iso dikirim sak Jawa Timur. Golek "
      "kreator sing konten'e sarapan: bubur, nasi uduk, nasi pecel, jajan isuk-isuk ngunu iku. Platform'e TikTok opo IG "
      "ae, YouTube gak usah. Followers minimal 10 ewu yo Sam. Domisili nang ndi ae oleh, gak kudu arek Malang. Suwun rek 🔥",
      [("place", "Ayas Ipul teko Sanan, Ngalam", "the writer's home"),
       ("place", "nang Jl. Kawi", "the family stall"),
       ("number", "Rp 15 ewu sak cup"),
       ("place", "iso dikirim sak Jawa Timur", "shipping area"),
       ("spelled_number", "Followers minimal 10 ewu", "Javanese ewu = ribu: min 10,000"),
       ("relaxation", "Domisili nang ndi ae oleh, gak kudu arek Malang")],
      subtopics=["food.sarapan"], platform=["tiktok", "instagram"], min_f=10000),

    # ================================================================ b03 Fina: sailing / sea kayak
    B(3, "en",
      "Hi creators! Fina here from Labuan Bajo 🌊 Ops manager for a small sailing company — we run 3D2N sailing trips "
      "around Komodo on a 2-mast wooden boat, max 6 pax, plus sea kayak half-days from Seraya island. IDR 4.5 mio pp (or "
      "EUR 290 for our euro guests lol). Looking for creators who actually sail or paddle — sailing, dinghy, sea kayaking "
      "content, not just 'boat party' reels. Platform: IG or YouTube pls, no TikTok for this one. Followers between 5k and "
      "100k. You can be based anywhere in indo, we fly you in to Komodo airport. Tks! 🙏",
      [("place", "Fina here from Labuan Bajo", "the writer's home"),
       ("number", "3D2N"),
       ("number", "2-mast wooden boat"),
       ("number", "max 6 pax", "a 'max' about guests"),
       ("place", "from Seraya island"),
       ("number", "IDR 4.5 mio pp"),
       ("foreign_currency", "EUR 290", "trip price"),
       ("negation", "not just 'boat party' reels", "taste"),
       ("relaxation", "You can be based anywhere in indo", "no city; market stays ID"),
       ("place", "we fly you in to Komodo airport")],
      subtopics=["out.layar"], platform=["instagram", "youtube"], min_f=5000, max_f=100000),

    # ================================================================ b04 Rahmawati: legal aid clinic
    B(4, "mix",
      "Kepada Yth. Rekan-rekan Kreator Konten,\n"
      "Dengan hormat, saya Dr. Rahmawati, M.Pd., Kepala Biro Humas Universitas Tepian Mahakam, Samarinda. Sehubungan "
      "dengan program pengabdian masyarakat Lembaga Konsultasi dan Bantuan Hukum (LKBH) Fakultas Hukum kami, bersama ini "
      "kami mencari content creator yang konsisten membahas literasi hukum sehari-hari (hak pekerja, kontrak, sengketa "
      "konsumen, prosedur melapor ke polisi) untuk campaign awareness layanan konsultasi gratis kami. Layanan dibuka "
      "setiap Selasa dan Kamis pukul 09.00–12.00 WITA di Gedung B lantai 2, dan telah melayani masyarakat sejak 2009.\n"
      "Adapun kriteria kreator sebagai berikut:\n"
      "a. platform Instagram atau YouTube;\n"
      "b. jumlah pengikut sekurang-kurangnya lima ribu;\n"
      "c. domisili tidak menjadi syarat.\n"
      "Deliverables: 1 video edukasi + 2 story. Demikian, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n"
      "Hormat kami, Dr. Rahmawati, M.Pd.",
      [("place", "Universitas Tepian Mahakam, Samarinda", "the writer's institution"),
       ("number", "pukul 09.00–12.00 WITA"),
       ("number", "Gedung B lantai 2"),
       ("number", "sejak 2009"),
       ("spelled_number", "jumlah pengikut sekurang-kurangnya lima ribu"),
       ("relaxation", "domisili tidak menjadi syarat"),
       ("number", "1 video edukasi + 2 story")],
      subtopics=["edu.hukum"], platform=["instagram", "youtube"], min_f=5000),

    # ================================================================ b05 Inang: cattle feed
    B(5, "id",
      "Horas! Inang Lamria lagi ini 😁 Kali ini untuk tulang awak di Simalungun, dia ternak lembu 40 ekor, sekarang "
      "jualan blok mineral & konsentrat pakan lembu buatan sendiri. 1 blok 5 kilo Rp 25 ribu, bisa dikirim ke Aceh & Riau "
      "juga. Kami cari kreator yg kontennya memang soal ternak sapi/lembu: penggemukan, sapi perah, pakan, ngurus kandang. "
      "Bukan akun kambing atau ayam ya. TikTok atau YouTube aja, Instagram gak usah. Followers paling sikit tiga ribu. "
      "Tinggalnya di mana pun boleh nya. Mauliate, Tuhan memberkati 🙏",
      [("place", "tulang awak di Simalungun", "the uncle's farm"),
       ("number", "ternak lembu 40 ekor"),
       ("number", "1 blok 5 kilo Rp 25 ribu"),
       ("place", "bisa dikirim ke Aceh & Riau", "shipping"),
       ("negation", "Bukan akun kambing atau ayam ya", "taste; no goat or poultry creators in the pool"),
       ("spelled_number", "Followers paling sikit tiga ribu", "Medan 'sikit' = sedikit: min 3,000"),
       ("relaxation", "Tinggalnya di mana pun boleh nya")],
      subtopics=["pets.sapi"], platform=["tiktok", "youtube"], min_f=3000),

    # ================================================================ b06 Ipul: motorbike service for ojol drivers (audience)
    B(6, "id",
      "Sam, ker, nawak2 kreator 🙏 Sepupu ayas Mas Dodik buka bengkel motor + cuci motor nang Blimbing, khusus promo gawe "
      "driver ojol: servis + ganti oli Rp 55 ewu, cuci gratis tiap Jumat. Golek kreator sing followers'e akeh driver ojol "
      "/ kurir, konten'e gak kudu soal motor, bebas. Sing penting kreator'e omah nang Malang Raya (Kota Malang, Batu, opo "
      "Kabupaten Malang). TikTok ae yo, soale driver-driver iku nonton TikTok kabeh 😂 Suwun Sam",
      [("place", "nang Blimbing", "the workshop, a district of Kota Malang"),
       ("number", "servis + ganti oli Rp 55 ewu"),
       ("number", "cuci gratis tiap Jumat"),
       ("relaxation", "konten'e gak kudu soal motor, bebas", "any content"),
       ("alias", "Malang Raya (Kota Malang, Batu, opo Kabupaten Malang)", "REGIONS['MALANG_RAYA']: Malang, Batu, Kepanjen")],
      kind="audience", audience=["pengemudi_ojol"], city=region("MALANG_RAYA"), platform=["tiktok"]),

    # ================================================================ b07 Fina: fishers' safety kit (audience)
    B(7, "en",
      "Hey all, Fina again 👋 This one's for an NGO partner we work with — they're rolling out life jackets + a small GPS "
      "tracker for small-boat fishers, subsidised to IDR 350k per set (normal price ~1.2 mio). Need creators whose "
      "followers are fishermen / coastal fishing families. Content can be anything — music, food, daily life, doesn't "
      "have to be about the sea. Creator must live in NTT (Flores, Timor, Sumba, Alor, all good). TikTok or YouTube only, "
      "most fishers here don't really use IG. Pilot runs Sept–Nov in 12 villages. Cheers 🙏",
      [("number", "IDR 350k per set"),
       ("number", "normal price ~1.2 mio"),
       ("relaxation", "Content can be anything — music, food, daily life, doesn't have to be about the sea", "any content"),
       ("alias", "NTT (Flores, Timor, Sumba, Alor, all good)", "REGIONS['NTT']: Flores towns + Kupang"),
       ("number", "Pilot runs Sept–Nov in 12 villages")],
      kind="audience", audience=["nelayan"], city=region("NTT"), platform=["tiktok", "youtube"]),

    # ================================================================ b08 Rahmawati: employee classes (audience, content restricted)
    B(8, "mix",
      "Dengan hormat,\n"
      "Universitas Tepian Mahakam membuka Program Kelas Karyawan dan RPL (Rekognisi Pembelajaran Lampau) untuk Semester "
      "Ganjil 2025/2026: kuliah daring dengan tatap muka hanya dua kali per semester, UKT mulai Rp 3.750.000,-. Campaign "
      "objective: awareness dan leads pendaftaran. Kami membutuhkan kreator yang target audience-nya karyawan atau pekerja, "
      "DAN kontennya memang membahas kuliah sambil bekerja / kuliah jarak jauh / lanjut studi bagi yang sudah bekerja. "
      "Mohon dicatat: bukan akun golf, kopi, promo, atau keyboard walaupun followers-nya orang kantoran. Platform "
      "Instagram atau TikTok; YouTube tidak termasuk. Domisili bebas.\n"
      "Atas perhatiannya kami ucapkan terima kasih. Hormat kami, Dr. Rahmawati, M.Pd. (Humas UTM)",
      [("number", "Semester Ganjil 2025/2026"),
       ("number", "dua kali per semester"),
       ("number", "UKT mulai Rp 3.750.000,-"),
       ("negation", "bukan akun golf, kopi, promo, atau keyboard walaupun followers-nya orang kantoran",
        "audience-followed creators with other content do not count"),
       ("relaxation", "Domisili bebas")],
      kind="audience", audience=["karyawan"], subtopics=["edu.jarakjauh"], platform=["instagram", "tiktok"]),

    # ================================================================ b09 Inang: parcel for perantau (audience)
    B(9, "id",
      "Horas kawan2! Inang Lamria dari Siantar 🙏 Boru-ku yg paling kecil bikin 'Paket Rindu Kampung': andaliman 100 "
      "gram, kopi Sidikalang, sama ulos kecil tenunan Tarutung, Rp 275 ribu sepaket. Ini untuk orang kita yg merantau lah, "
      "yg rindu kampung. Jadi kami cari kreator yg followers-nya anak rantau / perantau, kontennya apa aja boleh, gak harus "
      "soal makanan Batak. IG sama TikTok aja, YouTube jangan. Followers paling sikit dua ribu. Yg tinggal di luar negeri "
      "pun boleh nya, banyak orang kita di Malaysia sama Australia 😁 Mauliate!",
      [("place", "Inang Lamria dari Siantar", "the writer's home"),
       ("number", "andaliman 100 gram"),
       ("place", "kopi Sidikalang", "product origin"),
       ("place", "ulos kecil tenunan Tarutung", "product origin"),
       ("number", "Rp 275 ribu sepaket"),
       ("relaxation", "kontennya apa aja boleh, gak harus soal makanan Batak", "any content"),
       ("spelled_number", "Followers paling sikit dua ribu", "min 2,000"),
       ("relaxation", "Yg tinggal di luar negeri pun boleh nya", "market open"),
       ("place", "banyak orang kita di Malaysia sama Australia", "where buyers live; not a constraint")],
      kind="audience", audience=["perantau"], platform=["instagram", "tiktok"], min_f=2000, market=None),

    # ================================================================ b10 Ipul: custom keyboards
    B(10, "id",
      "Oyi nawak2! Konco ayas Sam Yoyok nduwe toko keyboard custom nang Dinoyo, Ngalam: keycaps PBT, switch wes di-lube, "
      "case aluminium, mulai Rp 450 ewu, garansi 3 wulan. Golek kreator sing konten'e keyboard mekanik / desk setup, sing "
      "ngerti switch-switch an. YouTube opo TikTok, IG kadit usah. Followers'e ojok luwih teko 50 ewu yo, dudu sing artis. "
      "Ndi ae oleh domisili'e, kirim barang iso sak Indonesia. Suwun!",
      [("place", "nang Dinoyo, Ngalam", "the shop"),
       ("number", "mulai Rp 450 ewu"),
       ("number", "garansi 3 wulan"),
       ("spelled_number", "Followers'e ojok luwih teko 50 ewu", "max 50,000 (inclusive)"),
       ("relaxation", "Ndi ae oleh domisili'e"),
       ("place", "kirim barang iso sak Indonesia", "shipping")],
      subtopics=["tech.keyboard"], platform=["youtube", "tiktok"], max_f=50000),

    # ================================================================ b11 Fina: clay mask
    B(11, "en",
      "Hi hi! Fina here, helping a friend in Ende launch her clay mask — made w/ volcanic clay from around Kelimutu + "
      "kaolin, 100 g jar IDR 129k, BPOM done. It's made for oily skin & big pores, so we want creators who actually talk "
      "about oily skin, blackheads, pores, oil control. IG or TikTok. 20k followers minimum pls. Any city is fine, we ship "
      "from Ende via JNE. Not looking for makeup tutorial accounts tbh. Thx!!",
      [("place", "helping a friend in Ende", "the brand's home"),
       ("place", "volcanic clay from around Kelimutu", "ingredient origin"),
       ("number", "100 g jar IDR 129k"),
       ("relaxation", "Any city is fine"),
       ("place", "we ship from Ende via JNE", "shipping"),
       ("negation", "Not looking for makeup tutorial accounts tbh", "taste")],
      subtopics=["beauty.berminyak"], platform=["instagram", "tiktok"], min_f=20000),

    # ================================================================ b12 Rahmawati: student admissions (audience)
    B(12, "en",
      "Dear Content Creators,\n"
      "On behalf of the Admissions Office of Universitas Tepian Mahakam, Samarinda, we would like to invite creators to "
      "promote our New Student Admission (PMB) 2026, including 150 full-tuition scholarships for high-achieving "
      "applicants. Kindly note the criteria: (i) the creator's followers are predominantly senior high school students "
      "(SMA/SMK/MA); (ii) the content may be on any topic — it need not be about education; (iii) the creator must "
      "reside in Kalimantan (any province). Platform and follower count are not restricted. Registration closes on 31 "
      "July 2026.\n"
      "Sincerely, Dr. Rahmawati, M.Pd.",
      [("place", "Universitas Tepian Mahakam, Samarinda", "the writer's institution"),
       ("number", "New Student Admission (PMB) 2026"),
       ("number", "150 full-tuition scholarships"),
       ("relaxation", "the content may be on any topic — it need not be about education", "any content"),
       ("alias", "reside in Kalimantan (any province)", "REGIONS['KALIMANTAN']"),
       ("relaxation", "Platform and follower count are not restricted"),
       ("number", "Registration closes on 31 July 2026")],
      kind="audience", audience=["pelajar_sma"], city=region("KALIMANTAN")),

    # ================================================================ b13 Inang: modest workwear
    B(13, "id",
      "Permisi kawan2 🙏 Ini Inang Lamria, tolong promosikan jiran awak si Kak Nur, dia jahit & jual seragam kerja "
      "muslimah: blazer, tunik, rok span panjang, gamis kantor. Mulai Rp 189 ribu, bisa pesan 20 potong ke atas untuk "
      "kantor/bank/sekolah, bahannya dari Bandung. Cari kreator yg kontennya OOTD kerja berhijab, baju kantor muslimah "
      "gitu lah. Cuma Instagram ya, yg lain gak usah. Bayaran per posting paling banyak lima ratus ribu. Tinggal di mana "
      "aja boleh, followers pun bebas. Mauliate 😊",
      [("number", "Mulai Rp 189 ribu"),
       ("number", "bisa pesan 20 potong ke atas", "a minimum order, not a follower minimum"),
       ("place", "bahannya dari Bandung", "material origin"),
       ("spelled_number", "Bayaran per posting paling banyak lima ratus ribu", "max rate Rp 500,000"),
       ("relaxation", "Tinggal di mana aja boleh, followers pun bebas")],
      subtopics=["modest.kerja"], platform=["instagram"], max_rate=500000),

    # ================================================================ b14 Ipul: affiliate class (audience required)
    B(14, "mix",
      "Halo guys, Ipul here from Ngalam 🙏 Lagi bantu konco ayas Mbak Sari launching 'Kelas Affiliate Emak Cuan' — online "
      "class 4x meet via Zoom, Rp 149k, bonus template konten. Looking for content creators sing biasa bahas affiliate, "
      "dropship, cuan sampingan dari marketplace. Important: followers'e kudu emak-emak muda / ibu rumah tangga, dudu "
      "arek kuliahan opo driver. Platform bebas, followers bebas, location anywhere. Deal-deal an iso via DM. Thx Sam!",
      [("place", "Ipul here from Ngalam", "the writer's home"),
       ("number", "online class 4x meet via Zoom, Rp 149k"),
       ("relaxation", "Platform bebas, followers bebas, location anywhere")],
      subtopics=["fin.afiliasi"], audience=["ibu_muda"], audience_required=True),

    # ================================================================ b15 Fina: pet hotel in Denpasar
    B(15, "mix",
      "Tabe kaka dong 🙏 Sa Fina dari Labuan Bajo. Sa pu teman Komang buka pet hotel & pet sitting di Denpasar, Rp 85rb/"
      "malam untuk kucing, Rp 120rb untuk anjing kecil, ada CCTV 24 jam. Cocok buat yg mo mudik atau liburan tapi bingung "
      "titip anabul. Cari kreator yg memang bahas pet hotel, penitipan hewan, bawa/titip hewan waktu traveling. Kreator "
      "harus tinggal di Bali ya, karena harus datang langsung ke tempatnya. Platform bebas. Followers kecil juga ok. "
      "Makasih banyak kaka 🐶🐱",
      [("place", "Sa Fina dari Labuan Bajo", "the writer's home"),
       ("number", "Rp 85rb/malam untuk kucing"),
       ("number", "Rp 120rb untuk anjing kecil"),
       ("number", "CCTV 24 jam"),
       ("lookalike", "Cocok buat yg mo mudik", "names perantau-like buyers; no audience constraint", True),
       ("relaxation", "Platform bebas. Followers kecil juga ok.")],
      subtopics=["pets.hotel"], city=region("BALI")),

    # ================================================================ b16 Rahmawati: aesthetic clinic
    B(16, "mix",
      "Dengan hormat,\n"
      "Adik kami, dr. Fitri, membuka Klinik Estetika Mahakam Glow di Jl. M.T. Haryono, Samarinda, dengan layanan facial, "
      "chemical peeling, laser, dan microneedling yang ditangani langsung oleh dokter spesialis dermatologi. Paket facial "
      "Rp 350.000,- dan peeling Rp 600.000,-; produk pendukung diimpor dari Korea. Kami mencari kreator yang membahas "
      "perawatan di klinik kecantikan (review treatment, tips memilih klinik, before-after yang jujur). Kriteria:\n"
      "a. platform Instagram;\n"
      "b. diutamakan berdomisili di Samarinda; apabila tidak ada, kreator dari wilayah Kalimantan Timur lainnya "
      "(Balikpapan, Bontang, Tenggarong) dapat dipertimbangkan;\n"
      "c. jumlah pengikut tidak menjadi persoalan.\n"
      "Output: 1 reels + 3 story. Terima kasih. Hormat kami, Dr. Rahmawati, M.Pd.",
      [("place", "Jl. M.T. Haryono", "the clinic's street"),
       ("number", "Paket facial Rp 350.000,-"),
       ("number", "peeling Rp 600.000,-"),
       ("place", "produk pendukung diimpor dari Korea", "product origin"),
       ("alias", "apabila tidak ada, kreator dari wilayah Kalimantan Timur lainnya (Balikpapan, Bontang, Tenggarong) dapat dipertimbangkan",
        "fallback = REGIONS['KALTIM']"),
       ("relaxation", "jumlah pengikut tidak menjadi persoalan"),
       ("number", "1 reels + 3 story")],
      subtopics=["beauty.klinik"], city=["Samarinda"], city_fallback=region("KALTIM"), platform=["instagram"]),

    # ================================================================ b17 Inang: card shop
    B(17, "id",
      "Horas! 🙏 Anakku si Daniel buka toko kartu di Jl. Sutomo Siantar, jual kartu Pokemon, Yu-Gi-Oh, One Piece, sama "
      "booster box (Rp 1,2 juta sekotak katanya, mahal kali bah 😅). Tiap Sabtu malam ada turnamen kecil, hadiahnya kartu "
      "langka. Inang pun gak ngerti kali, tapi dia minta tolong carikan kreator yg kontennya main kartu ini lah, buka "
      "booster, turnamen, koleksi kartu. TikTok atau YouTube aja katanya. Followers bebas, tinggal di mana pun bisa, "
      "kartunya bisa dikirim. Jangan akun judi ya. Mauliate!",
      [("place", "toko kartu di Jl. Sutomo Siantar", "the son's shop"),
       ("number", "Rp 1,2 juta sekotak"),
       ("number", "Tiap Sabtu malam"),
       ("relaxation", "Followers bebas, tinggal di mana pun bisa", "no city; market stays ID"),
       ("negation", "Jangan akun judi ya", "taste; no gambling accounts in the pool")],
      subtopics=["game.tcg"], platform=["tiktok", "youtube"]),

    # ================================================================ b18 Ipul: EV rental in Batu
    B(18, "id",
      "Sam, Ipul maneh 😂 Pakdhe ayas nang Batu buka rental mobil listrik gawe wisatawan, Rp 650 ewu sedino wes karo "
      "ngecas, mobil'e impor teko China. Golek kreator sing konten'e mobil listrik: review EV, ngecas nang SPKLU, tes jarak "
      "tempuh. Utamakno sing omah'e Batu, lek nang Batu gak onok yo Malang Raya oleh (Kota Malang, Kepanjen). IG opo "
      "YouTube, TikTok gak usah. Followers bebas. Matursuwun 🙏",
      [("number", "Rp 650 ewu sedino"),
       ("place", "mobil'e impor teko China", "product origin"),
       ("alias", "lek nang Batu gak onok yo Malang Raya oleh (Kota Malang, Kepanjen)", "fallback = REGIONS['MALANG_RAYA']"),
       ("relaxation", "Followers bebas")],
      subtopics=["auto.mobillistrik"], city=["Batu"], city_fallback=region("MALANG_RAYA"),
      platform=["instagram", "youtube"]),

    # ================================================================ b19 Fina: heritage walk in Ende
    B(19, "en",
      "Hi there, Fina from Labuan Bajo again. A friend in Ende runs a heritage walk — Bung Karno's exile house "
      "(1934–1938), the old cathedral, the harbour and the local museum, ~2 hrs, IDR 150k pp incl. guide. We want creators "
      "who do museums / heritage / history-walk content, people who actually read the plaques lol. YouTube only "
      "(long-form). Budget max 1.5 mio per video. Location doesn't matter, flights to Ende from Kupang daily. Thank u 🙏",
      [("place", "A friend in Ende", "the business's home"),
       ("number", "(1934–1938)"),
       ("number", "~2 hrs, IDR 150k pp incl. guide"),
       ("relaxation", "Location doesn't matter"),
       ("place", "flights to Ende from Kupang daily")],
      subtopics=["travel.museum"], platform=["youtube"], max_rate=1500000),

    # ================================================================ b20 Rahmawati: cabin stroller
    B(20, "en",
      "Dear Creators,\n"
      "My son-in-law is the sole distributor of a lightweight cabin stroller (6.2 kg, one-hand fold, designed in the "
      "Netherlands and manufactured in China), retail price IDR 2,450,000 with a 1-year warranty. We are seeking creators "
      "who review baby gear — strollers, car seats, baby carriers and the like. Requirements: (1) Instagram or TikTok; (2) "
      "a fee not exceeding IDR 1,000,000 (one million rupiah) per content. The creator's domicile and number of followers "
      "are not a concern. The stroller is ideal for families travelling by plane.\n"
      "Sincerely, Dr. Rahmawati, M.Pd. (Samarinda)",
      [("number", "6.2 kg"),
       ("place", "designed in the Netherlands and manufactured in China", "product origin"),
       ("number", "IDR 2,450,000"),
       ("number", "1-year warranty"),
       ("spelled_number", "a fee not exceeding IDR 1,000,000 (one million rupiah) per content", "max rate"),
       ("relaxation", "The creator's domicile and number of followers are not a concern"),
       ("lookalike", "ideal for families travelling by plane", "names buyers; no travel subtopic or audience required", True),
       ("place", "(Samarinda)", "the writer's signature")],
      subtopics=["par.perlengkapan"], platform=["instagram", "tiktok"], max_rate=1000000),

    # ================================================================ b21 Inang: pest control
    B(21, "id",
      "Selamat sore kawan2 🙏 Bere awak si Jhonson buka jasa anti rayap & basmi hama, melayani Siantar, Medan, sampai "
      "Tebing Tinggi. Anti rayap Rp 15 ribu per meter, garansi 2 tahun, obatnya aman untuk anak. Kami cari kreator yg "
      "kontennya soal hama di rumah: rayap, tikus, kecoa, nyamuk, cara basminya. Platform apa aja, followers pun gak "
      "masalah, tinggalnya di mana pun boleh. Cuma bayaran per konten jangan lebih dari tiga ratus ribu ya, maklum usaha "
      "baru 😅 Mauliate!",
      [("place", "melayani Siantar, Medan, sampai Tebing Tinggi", "service area"),
       ("number", "Anti rayap Rp 15 ribu per meter"),
       ("number", "garansi 2 tahun"),
       ("relaxation", "Platform apa aja, followers pun gak masalah, tinggalnya di mana pun boleh"),
       ("spelled_number", "bayaran per konten jangan lebih dari tiga ratus ribu", "max rate Rp 300,000")],
      subtopics=["home.hama"], max_rate=300000),

    # ================================================================ b22 Ipul: golf course
    B(22, "id",
      "Nawak2, ayas saiki nyambi dadi caddy nang lapangan golf nang Ngalam 😁 Bos'e njaluk golekno kreator gawe promo paket "
      "golf weekday: green fee + caddy Rp 450 ewu, 18 hole, driving range Rp 50 ewu sak box. Kreator'e sing konten'e golf "
      "yo, swing, tips pemula, review lapangan. Instagram opo YouTube, TikTok kadit. Followers minimal limang ewu. Omah'e "
      "nang ndi ae oleh. Suwun Sam!",
      [("place", "lapangan golf nang Ngalam", "the course"),
       ("number", "green fee + caddy Rp 450 ewu, 18 hole"),
       ("number", "driving range Rp 50 ewu sak box"),
       ("spelled_number", "Followers minimal limang ewu", "Javanese limang ewu = 5,000"),
       ("relaxation", "Omah'e nang ndi ae oleh")],
      subtopics=["fit.golf"], platform=["instagram", "youtube"], min_f=5000),

    # ================================================================ b23 Fina: menstrual cups
    B(23, "en",
      "Hiii, Fina here 🌸 My friend's social enterprise in Maumere makes menstrual cups + washable cloth pads (cups made in "
      "Surabaya, pads sewn by mamas in Sikka), cup IDR 95k, lasts up to 10 yrs. They donate 1 cup for every 5 sold to "
      "schoolgirls in Flores. Looking for creators who talk about reusable period stuff / menstrual cups / zero-waste "
      "periods. TikTok only. 25k followers or under — we like smaller honest creators. Anywhere in indo ok. Tks!",
      [("place", "social enterprise in Maumere", "the brand's home"),
       ("place", "cups made in Surabaya", "product origin"),
       ("place", "pads sewn by mamas in Sikka", "product origin"),
       ("number", "cup IDR 95k"),
       ("number", "lasts up to 10 yrs"),
       ("number", "1 cup for every 5 sold"),
       ("lookalike", "to schoolgirls in Flores", "who gets donations; no audience or city constraint", True),
       ("relaxation", "Anywhere in indo ok")],
      subtopics=["sust.menstruasi"], platform=["tiktok"], max_f=25000),

    # ================================================================ b24 Rahmawati: printer dealer
    B(24, "mix",
      "Dengan hormat,\n"
      "Keponakan kami mengelola CV Mahakam Printindo, dealer resmi dan service center printer di Samarinda (printer ink "
      "tank, dot matrix untuk kasir, scanner), garansi resmi 2 tahun, servis head mulai Rp 150.000,-, melayani pengiriman "
      "ke seluruh Kalimantan. Kami mencari kreator yang membahas printer: review printer, isi ulang tinta, usaha "
      "fotokopi/cetak, perawatan printer. Kriteria: jumlah pengikut antara dua ribu (2.000) sampai lima puluh ribu "
      "(50.000); platform dan domisili bebas. Timeline: Agustus–September, deliverables 1 video tutorial.\n"
      "Atas perhatiannya kami ucapkan terima kasih. Hormat kami, Dr. Rahmawati, M.Pd.",
      [("place", "service center printer di Samarinda", "the dealer"),
       ("number", "garansi resmi 2 tahun"),
       ("number", "servis head mulai Rp 150.000,-"),
       ("place", "melayani pengiriman ke seluruh Kalimantan", "shipping area"),
       ("spelled_number", "antara dua ribu (2.000) sampai lima puluh ribu (50.000)", "followers 2,000-50,000 inclusive"),
       ("relaxation", "platform dan domisili bebas"),
       ("number", "Timeline: Agustus–September")],
      subtopics=["tech.printer"], min_f=2000, max_f=50000),

    # ================================================================ b25 Inang: DJ course
    B(25, "id",
      "Horas kawan2 🙏 Bere awak si Ucok buka kursus DJ & sewa alat di Siantar: 8 kali pertemuan Rp 1,5 juta, sewa "
      "controller + speaker untuk pesta Rp 800 ribu semalam. Dia minta carikan kreator DJ, yg bikin remix, funkot, "
      "breakbeat, main DJ di acara gitu lah. TikTok atau Instagram aja, YouTube gak usah. Followers jangan lebih dari empat "
      "puluh ribu, katanya biar harganya masuk. Tinggal di mana aja boleh. Mauliate, GBU 🙏",
      [("place", "kursus DJ & sewa alat di Siantar", "the nephew's business"),
       ("number", "8 kali pertemuan Rp 1,5 juta"),
       ("number", "Rp 800 ribu semalam"),
       ("spelled_number", "Followers jangan lebih dari empat puluh ribu", "max 40,000 (inclusive)"),
       ("relaxation", "Tinggal di mana aja boleh")],
      subtopics=["music.dj"], platform=["tiktok", "instagram"], max_f=40000),

    # ================================================================ b26 Ipul: physio clinic for older people (audience, content restricted)
    B(26, "mix",
      "Halo rek, Ipul again 🙏 Bulik ayas buka klinik fisioterapi nang Sawojajar, Malang: terapi lutut, saraf kejepit, "
      "stroke ringan, Rp 120k per sesi, iso home visit. Target'e wong tuwo, mbah-mbah, pensiunan. So we need creators sing "
      "followers'e wong tuwo / lansia AND konten'e soal fisioterapi, nyeri sendi, lutut, olahraga ringan gawe lansia. Dudu "
      "akun golf, museum, opo sambel walaupun followers'e wong tuwo. YouTube or IG only, TikTok skip. Location bebas. "
      "Suwun!",
      [("place", "klinik fisioterapi nang Sawojajar, Malang", "the aunt's clinic"),
       ("number", "Rp 120k per sesi"),
       ("negation", "Dudu akun golf, museum, opo sambel walaupun followers'e wong tuwo",
        "older-people-followed creators with other content do not count"),
       ("relaxation", "Location bebas")],
      kind="audience", audience=["lansia"], subtopics=["fit.fisio"], platform=["youtube", "instagram"]),

    # ================================================================ b27 Fina: ikat watch straps
    B(27, "mix",
      "Hai kaka dong 👋 Sa pu adik nana Rian bikin strap jam tangan dari tenun ikat Sikka, IDR 175k, muat lug 20 & 22 mm, "
      "bisa custom nama. Cari kreator yang memang konten jam tangan: G-Shock, jam lokal, ganti strap, koleksi jam. IG aja "
      "ya, followers max 15rb. Domisili bebas, kirim dari Maumere. Trima kasih 🙏",
      [("place", "tenun ikat Sikka", "material origin"),
       ("number", "IDR 175k"),
       ("number", "lug 20 & 22 mm"),
       ("relaxation", "Domisili bebas"),
       ("place", "kirim dari Maumere", "shipping")],
      subtopics=["street.jam"], platform=["instagram"], max_f=15000),

    # ================================================================ b28 Rahmawati: kids' party room
    B(28, "en",
      "Dear Sir/Madam,\n"
      "We are pleased to announce the opening of the Kids Party Room at our family's indoor playground in Balikpapan, with "
      "party packages from IDR 2,500,000 for up to 30 children, including decoration, a mascot and goodie bags. We wish to "
      "collaborate with creators who share content about children's birthday parties — party themes, decoration, goodie "
      "bags, party entertainers. Kindly note: the creator must be domiciled in East Kalimantan (Samarinda, Balikpapan, "
      "Bontang, Tenggarong, etc.), and the content must be published on Instagram or TikTok. The number of followers is "
      "not a requirement.\n"
      "Yours faithfully, Dr. Rahmawati, M.Pd.",
      [("place", "indoor playground in Balikpapan", "the venue"),
       ("number", "from IDR 2,500,000 for up to 30 children"),
       ("alias", "East Kalimantan (Samarinda, Balikpapan, Bontang, Tenggarong, etc.)", "REGIONS['KALTIM']"),
       ("relaxation", "The number of followers is not a requirement")],
      subtopics=["par.ultah"], city=region("KALTIM"), platform=["instagram", "tiktok"]),

    # ================================================================ b29 Inang: latte art class
    B(29, "id",
      "Horas! 🙏 Boru-ku si Rosa baru buka coffee shop kecil di Siantar, pakai kopi Sidikalang sama susu segar dari "
      "Berastagi. Bulan depan dia buka kelas latte art 3 kali pertemuan Rp 750 ribu, max 6 orang sekelas. Jadi kami cari "
      "kreator yg kontennya latte art, steam susu, barista-barista gitu. Cuma TikTok ya. Followers minimal seribu lah. "
      "Kalau kalian gak di Siantar pun gak apa. Mauliate, Tuhan memberkati 😊",
      [("place", "coffee shop kecil di Siantar", "the daughter's shop"),
       ("place", "kopi Sidikalang", "ingredient origin"),
       ("place", "susu segar dari Berastagi", "ingredient origin"),
       ("number", "3 kali pertemuan Rp 750 ribu"),
       ("number", "max 6 orang sekelas", "a 'max' about students"),
       ("spelled_number", "Followers minimal seribu", "min 1,000"),
       ("relaxation", "Kalau kalian gak di Siantar pun gak apa")],
      subtopics=["coffee.latteart"], platform=["tiktok"], min_f=1000),

    # ================================================================ b30 Ipul: waterfall open trip
    B(30, "id",
      "Salam Satu Jiwa 🔥 Konco ayas nduwe open trip curug: Coban Rondo, Coban Pelangi, sampe Tumpak Sewu nang Lumajang. "
      "Rp 175 ewu sak wong wes karo transport teko Malang, minimal 4 wong sak trip. Golek kreator sing seneng blusukan "
      "curug / air terjun, canyoning, river tracking. IG opo TikTok ae. Rate'e maksimal limang atus ewu sak konten yo Sam. "
      "Domisili bebas, followers bebas. Suwun!",
      [("place", "Tumpak Sewu nang Lumajang", "trip destination"),
       ("number", "Rp 175 ewu sak wong"),
       ("place", "transport teko Malang", "departure point"),
       ("number", "minimal 4 wong sak trip", "a minimum about participants"),
       ("spelled_number", "Rate'e maksimal limang atus ewu", "Javanese: max rate Rp 500,000"),
       ("relaxation", "Domisili bebas, followers bebas")],
      subtopics=["out.curug"], platform=["instagram", "tiktok"], max_rate=500000),

    # ================================================================ b31 Fina: e-wallet promo
    B(31, "en",
      "Hey! Fina here w/ a freelance client: an e-wallet app that just launched in NTT. Promo: up to 20% cashback on ferry & "
      "boat tickets, min top-up IDR 25k, valid till Dec 31. We need creators who do promo / cashback / voucher hunting "
      "content — the 'cara hemat pakai promo' type. YouTube or TikTok only. At least 10k followers. Creators from anywhere "
      "in Indonesia. Cheers!",
      [("place", "just launched in NTT", "where the app operates"),
       ("number", "up to 20% cashback"),
       ("number", "min top-up IDR 25k", "a 'min' about top-ups"),
       ("number", "valid till Dec 31"),
       ("relaxation", "Creators from anywhere in Indonesia", "no city; market stays ID")],
      subtopics=["fin.promo"], platform=["youtube", "tiktok"], min_f=10000),

    # ================================================================ b32 Rahmawati: ergonomic chair
    B(32, "mix",
      "Dengan hormat,\n"
      "Kakak kami memproduksi kursi kerja ergonomis merek Duduk Tegak di Balikpapan (sandaran lumbar, tinggi dapat diatur, "
      "rangka baja, harga Rp 1.890.000,-). Target pasar kami pekerja kantoran yang sering mengeluh sakit punggung. Kami "
      "mencari kreator fisioterapi: konten nyeri punggung, saraf kejepit, postur, peregangan, rehabilitasi cedera. "
      "Kriteria: jumlah pengikut minimal 10.000 (sepuluh ribu); platform dan domisili bebas. Deliverables: 1 video review.\n"
      "Terima kasih. Hormat kami, Dr. Rahmawati, M.Pd.",
      [("place", "merek Duduk Tegak di Balikpapan", "the producer"),
       ("number", "harga Rp 1.890.000,-"),
       ("lookalike", "Target pasar kami pekerja kantoran", "names buyers; no audience required", True),
       ("spelled_number", "minimal 10.000 (sepuluh ribu)", "min 10,000"),
       ("relaxation", "platform dan domisili bebas"),
       ("number", "1 video review")],
      subtopics=["fit.fisio"], min_f=10000),
]
