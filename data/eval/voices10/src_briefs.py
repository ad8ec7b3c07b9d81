"""Briefs for voices10: 32 briefs typed by four people (hand-written).

voice = (n - 1) mod 4 + 1
  1  Cek Yuli (Yuliana), ~49, Palembang, pempek shop owner           id x8
  2  Bang Rizki (T. Rizki Maulana), ~38, Banda Aceh, print shop       id x6, mix x2
  3  Sekar (Sekar Ayu Pramesti), ~30, Cirebon, rattan-export family   en x6, mix x2
  4  Kaka Ester (Ester Yoku), ~36, Jayapura, small lake-tour business mix x5, en x3

B(n, lang, text, traps, **constraints) builds (briefs row, constraints row) with make_brief. A trap is
(kind, text[, note[, not_constraint]]). Kinds number, place, relaxation, negation and foreign_currency are
texts that are NOT constraints and go to `not_constraints`; lookalike goes there only when flagged;
spelled_number and alias mark texts that ARE real constraints.
"""
from src_common import REGIONS, make_brief, region

PREFIX = "vo10"
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
    # ---------------------------------------------------------------- b01 Cek Yuli: kue, Palembang else Sumsel
    B(1, "id",
      "Assalamualaikum dulur galo 🙏 Aku Cek Yuli, yg punyo Pempek Cek Yuli di 26 Ilir. Adek aku Yuk Nani baru buka "
      "usaha kue maksuba samo kue 8 jam, dijual per loyang Rp185rb, ukuran 20x20 cm, telurnyo telur bebek dari "
      "Pemulutan. Kami nak cari wong yg biaso bikin konten kue tradisional, kue basah, kue lebaran cak itu. Bukan akun "
      "dessert box atau bolu kekinian ye. Utamakan wong Palembang ye, kalo di Palembang katek, Sumsel lain jugo pacak "
      "(Prabumulih, Linggau, Baturaja). Pesenan pacak dikirim sampe Jakarta pake cargo. Followers dak masalah, platform "
      "bebas. Makasih nian 😊",
      [("place", "Pempek Cek Yuli di 26 Ilir", "the writer's own shop"),
       ("number", "Rp185rb", "price per tin"), ("number", "20x20 cm", "tin size"),
       ("place", "telur bebek dari Pemulutan", "ingredient origin"),
       ("negation", "Bukan akun dessert box atau bolu kekinian ye", "taste; excludes nobody in the pool"),
       ("alias", "Sumsel lain jugo pacak", "fallback to REGIONS['SUMSEL']"),
       ("place", "dikirim sampe Jakarta", "shipping area"),
       ("relaxation", "Followers dak masalah, platform bebas")],
      subtopics=["food.kue"], city=["Palembang"], city_fallback=REGIONS["SUMSEL"]),

    # ---------------------------------------------------------------- b02 Bang Rizki: mie, not YouTube
    B(2, "id",
      "Assalamualaikum warahmatullah. Lon Rizki dari Banda Aceh, usaha percetakan dekat Masjid Raya. Abang lon buka "
      "usaha bumbu mie Aceh instan \"Mie Aceh Bang Ramli\", 1 paket isi 3 bungkus bumbu + mie kuning Rp 45.000,-. "
      "Rempahnya dari Pidie, kapulaga sama adas yang bagus that. Kami cari kreator yang suka masak mie, mie ayam, "
      "bakso, pokoknya yang bahas mie lah. Bukan yang cuma mukbang ya. Jangan YouTube ya bang/kak, IG atau TikTok saja. "
      "Pengiriman ke seluruh Indonesia, tahan 6 bulan. Domisili hana masalah.",
      [("place", "Lon Rizki dari Banda Aceh", "the writer's home, not a creator city"),
       ("place", "dekat Masjid Raya"),
       ("number", "isi 3 bungkus"), ("number", "Rp 45.000,-"),
       ("place", "Rempahnya dari Pidie", "ingredient origin"),
       ("negation", "Bukan yang cuma mukbang ya", "taste; excludes nobody in the pool"),
       ("place", "Pengiriman ke seluruh Indonesia"), ("number", "tahan 6 bulan", "shelf life"),
       ("relaxation", "Domisili hana masalah")],
      subtopics=["food.mie"], platform=["instagram", "tiktok"]),

    # ---------------------------------------------------------------- b03 Sekar: indie game, YT/TikTok, >= 3k
    B(3, "en",
      "Hi kak! 🙏🏻 Sekar here from Cirebon. My college friend's studio (3 people only, based in Bandung) is launching "
      "their first indie game on Steam, a pixel-art horror set in an old sugar factory, price IDR 55k, wishlist is open "
      "now, release date 17 Aug. Looking for creators who talk about indie game dev — devlogs, game jams, small local "
      "studios etc. Not mobile game streamers / MLBB ya. Platform: YouTube or TikTok, no need Instagram. Min 3k "
      "followers kindly. Location doesn't matter. Thank u in advance!! ✨",
      [("place", "Sekar here from Cirebon", "the writer's home"),
       ("number", "3 people only"), ("place", "based in Bandung", "the studio's home"),
       ("number", "IDR 55k"), ("number", "17 Aug"),
       ("negation", "Not mobile game streamers / MLBB ya", "taste; excludes nobody in the pool"),
       ("relaxation", "Location doesn't matter")],
      subtopics=["game.indie"], platform=["youtube", "tiktok"], min_f=3000),

    # ---------------------------------------------------------------- b04 Ester: tourists, IG/YT, market open
    B(4, "mix",
      "Selamat siang kaka-kaka 🙏🏾 Sa Ester dari Jayapura, sa pu usaha tour kecil \"Sentani Lake Trips\": 2D1N to "
      "Kampung Asei for bark painting, Pulau Kwadeware, Tugu MacArthur, USD 180 per person or Rp 2,8 jt, max 6 orang. "
      "Target kitong tamu luar negeri, foreign travellers. Content de bebas, tra harus travel, asal followers-nya turis "
      "asing or people planning to come to Indonesia. Instagram or YouTube sa, TikTok tra usah. Creators living outside "
      "Indonesia also fine, malah lebih bagus. Tuhan berkati 🌴",
      [("place", "Sa Ester dari Jayapura", "the writer's home"),
       ("number", "2D1N"), ("place", "Kampung Asei"), ("place", "Pulau Kwadeware"), ("place", "Tugu MacArthur"),
       ("foreign_currency", "USD 180 per person"), ("number", "Rp 2,8 jt"), ("number", "max 6 orang", "group size"),
       ("relaxation", "Content de bebas, tra harus travel"),
       ("relaxation", "Creators living outside Indonesia also fine", "market open")],
      kind="audience", audience=["turis_asing"], platform=["instagram", "youtube"], market=None),

    # ---------------------------------------------------------------- b05 Cek Yuli: fishers, TikTok/YT
    B(5, "id",
      "Assalamualaikum. Anak lanang aku Fikri jualan mesin ketek, jaring, pelampung samo lampu tembak utk nelayan, "
      "tokonyo di Pasar 16 Ilir tapi jualan online jugo. Mesin ketek 6,5 PK mulai Rp2,8jt. Kami nak kerjo samo kreator "
      "yg followers-nyo wong nelayan atau yg budidaya ikan, kontennyo dak harus soal mancing atau laut, apo bae boleh "
      "asal yg nonton tu nelayan. Di TikTok atau YouTube bae ye, IG dak usah. Kreatornyo tinggal dimano bae pacak, kami "
      "kirim sampe Bangka, Maluku, Sulawesi.",
      [("place", "Pasar 16 Ilir"), ("number", "6,5 PK"), ("number", "Rp2,8jt"),
       ("relaxation", "kontennyo dak harus soal mancing atau laut, apo bae boleh"),
       ("relaxation", "Kreatornyo tinggal dimano bae pacak"),
       ("place", "kirim sampe Bangka, Maluku, Sulawesi", "shipping area")],
      kind="audience", audience=["nelayan"], platform=["tiktok", "youtube"]),

    # ---------------------------------------------------------------- b06 Bang Rizki: Quran, Aceh
    B(6, "id",
      "Assalamualaikum warahmatullah wabarakatuh. Sepupu lon, Teungku Hamdan, punya aplikasi belajar iqro dan tajwid "
      "\"Meunasah Digital\", Rp 25.000,- per bulan, bisa untuk anak umur 4 tahun ke atas. Kami cari guru ngaji / ustadz "
      "/ ustadzah yang bikin konten belajar baca Al-Qur'an. Kreatornya harus orang Aceh yang tinggal di Aceh, boleh "
      "dari Banda, Aceh Besar, Lhokseumawe, Takengon, Sabang. Bukan ceramah politik ya. Platform bebas. Insya Allah ada "
      "lanjutan kerjasama bulan Ramadhan.",
      [("number", "Rp 25.000,- per bulan"), ("number", "umur 4 tahun ke atas"),
       ("lookalike", "harus orang Aceh yang tinggal di Aceh",
        "a real constraint (REGIONS['ACEH']); tajwid.kairo is from Aceh but lives in Cairo", False),
       ("negation", "Bukan ceramah politik ya", "excludes nobody in the pool"),
       ("relaxation", "Platform bebas")],
      subtopics=["edu.quran"], city=REGIONS["ACEH"]),

    # ---------------------------------------------------------------- b07 Sekar: office workers, IG, Jabodetabek
    B(7, "en",
      "Hi kak, good afternoon 🙏🏻 This one is for our own company: we make rattan furniture in Plumbon, Cirebon (export "
      "to Netherlands & Japan since 2009) and now launching a rattan ergonomic chair for WFH, IDR 2.4 mio, 5 colours, "
      "seat 48 cm. Target is office workers / young professionals who work from home sometimes. Content can be "
      "anything — coffee, fashion, commuting, whatever, as long as the followers are karyawan. Creator must be in "
      "Jabodetabek since we do a showroom event in Kemang. Instagram only pls. Thank u!",
      [("place", "Plumbon, Cirebon", "the company's home"), ("place", "Netherlands & Japan"),
       ("number", "since 2009"), ("number", "IDR 2.4 mio"), ("number", "5 colours"), ("number", "seat 48 cm"),
       ("relaxation", "Content can be anything"),
       ("place", "showroom event in Kemang", "inside the stated region; the constraint is Jabodetabek")],
      kind="audience", audience=["karyawan"], city=REGIONS["JABODETABEK"], platform=["instagram"]),

    # ---------------------------------------------------------------- b08 Ester: dark-skin make-up, Tanah Papua
    B(8, "mix",
      "Halo kaka 🙏🏾 Sa pu sepupu mace Ribka bikin bedak deng foundation lokal \"Mutiara Hitam Beauty\" — 6 shade "
      "khusus kulit gelap, Rp 85 ribu, bahan minyak buah merah dari Wamena. We want creators who do makeup/skincare for "
      "dark skin, yang tra maksa kulit jadi putih. Kreator harus tinggal di Tanah Papua — Jayapura, Sentani, Merauke, "
      "Wamena, Sorong, Manokwari, semua boleh. Maluku atau NTT belum dulu e. Followers berapa sa tra masalah.",
      [("number", "6 shade"), ("number", "Rp 85 ribu"),
       ("place", "minyak buah merah dari Wamena", "ingredient origin (Wamena also happens to be in the region)"),
       ("lookalike", "Maluku atau NTT belum dulu e", "cantik.timur.ambon (Ambon, Maluku) misses the city", False),
       ("relaxation", "Followers berapa sa tra masalah")],
      subtopics=["beauty.sawo"], city=region("TANAH_PAPUA")),

    # ---------------------------------------------------------------- b09 Cek Yuli: KUR / microloans, <= 750rb
    B(9, "id",
      "Dulur, koperasi tempat aku nyimpen duit, KSP Musi Makmur, nak promosi pinjaman modal usaha utk pedagang kecil. "
      "Plafon Rp5jt sampe Rp50jt, bunga 0,9% sebulan, tenor 36 bulan. Cari kreator yg biaso bahas modal usaha, KUR, "
      "pinjam ke koperasi, cak mano ngatur cicilan. Bukan yg bahas saham atau kripto ye. Budget dari koperasi paling "
      "banyak tujuh ratus limo puluh ribu sekali posting. Kreator dak harus di Palembang, yg penting bahasonyo gampang "
      "dimengerti pedagang pasar.",
      [("number", "Rp5jt sampe Rp50jt", "loan size"), ("number", "0,9% sebulan"), ("number", "tenor 36 bulan"),
       ("negation", "Bukan yg bahas saham atau kripto ye", "excludes nobody in the pool"),
       ("spelled_number", "tujuh ratus limo puluh ribu", "Palembang spelling of 750,000: max rate"),
       ("relaxation", "Kreator dak harus di Palembang")],
      subtopics=["fin.kur"], max_rate=750000),

    # ---------------------------------------------------------------- b10 Bang Rizki: santri, market open
    B(10, "mix",
      "Assalamualaikum bang, kak. Lon Rizki again. My friend's startup \"Kitab Lamp\" sells a reading lamp with built-in "
      "murottal speaker, Rp 189.000,-, USB-C, 3 light modes, specially for santri who study kitab at night. Target "
      "audience is santri and their families, pesantren people lah. Content can be anything, tak kisah, as long as the "
      "followers are santri. Kreator yang tinggal di luar negeri pun boleh, macam mahasiswa di Kairo atau Malaysia, "
      "sebab ramai alumni pondok di sana. Platform bebas. Terima kasih, semoga berkah.",
      [("number", "Rp 189.000,-"), ("number", "3 light modes"),
       ("relaxation", "Content can be anything, tak kisah"),
       ("relaxation", "Kreator yang tinggal di luar negeri pun boleh", "market open"),
       ("place", "mahasiswa di Kairo atau Malaysia", "examples of where creators may live, not a constraint"),
       ("relaxation", "Platform bebas")],
      kind="audience", audience=["santri"], market=None),

    # ---------------------------------------------------------------- b11 Sekar: birding, >= 10k
    B(11, "en",
      "Hi kak! 🙏🏻 My cousin opened a small birding lodge near Gunung Ciremai, Kuningan — 4 rooms only, max 8 guests, "
      "packages 3D2N IDR 1.8 mio incl. local guide. We want birdwatching / bird photography creators, people who really "
      "go out with binoculars and long lens. Not wildlife-in-general or zoo content. Min 10k followers pls, we need the "
      "reach. Any platform, any city. Thanks a lot kak ✨",
      [("place", "near Gunung Ciremai, Kuningan", "the lodge's home"),
       ("number", "4 rooms only"), ("number", "max 8 guests"), ("number", "3D2N"), ("number", "IDR 1.8 mio"),
       ("negation", "Not wildlife-in-general or zoo content", "excludes nobody in the pool"),
       ("relaxation", "Any platform, any city")],
      subtopics=["out.birding"], min_f=10000),

    # ---------------------------------------------------------------- b12 Ester: hip-hop, TikTok/YT
    B(12, "en",
      "Hello, this is Ester from Jayapura. My younger brother runs a small recording studio and beat label, \"Tifa "
      "Beats\", selling beat packs (IDR 150k for 10 beats) and studio time IDR 200k per hour, opened in 2021. We're "
      "looking for hip-hop and rap creators — rappers, beat makers, cypher crews, especially rap in local languages. Not "
      "K-pop or dangdut covers please. TikTok or YouTube only, no Instagram. Creators can be from anywhere in Indonesia. "
      "Thank you and God bless.",
      [("place", "Ester from Jayapura", "the writer's home"),
       ("number", "IDR 150k for 10 beats"), ("number", "IDR 200k per hour"), ("number", "opened in 2021"),
       ("negation", "Not K-pop or dangdut covers please", "excludes nobody in the pool"),
       ("relaxation", "Creators can be from anywhere in Indonesia")],
      subtopics=["music.hiphop"], platform=["tiktok", "youtube"]),

    # ---------------------------------------------------------------- b13 Cek Yuli: denim, IG only
    B(13, "id",
      "Halo, ini Cek Yuli lagi 😅 keponakan aku Rian bikin merk celano jins lokal, namonyo Ampera Denim, kainnyo tebel "
      "14 oz selvedge, dijahit di Plaju, harganyo Rp450rb. Dio minta carike kreator yg ngerti denim, jins mentah yg "
      "dipake lamo sampe pudar, fade-fade cak itu. Bukan selebgram OOTD biaso ye kato Rian. Cuma di Instagram bae, "
      "soalnyo tokonyo cuma ado di IG. Ukuran 28 sampe 36. Domisili bebas.",
      [("number", "14 oz"), ("place", "dijahit di Plaju"), ("number", "Rp450rb"),
       ("negation", "Bukan selebgram OOTD biaso ye", "taste; excludes nobody in the pool"),
       ("number", "Ukuran 28 sampe 36", "sizes"),
       ("relaxation", "Domisili bebas")],
      subtopics=["street.denim"], platform=["instagram"]),

    # ---------------------------------------------------------------- b14 Bang Rizki: syar'i, 5k-50k
    B(14, "id",
      "Assalamualaikum. Istri lon, Kak Putri, punya brand gamis & khimar syar'i \"Putroe Syar'i\", bahan wolfis & "
      "ceruty, ukuran S sampai 3XL, harga mulai Rp 275.000,-. Dijahit di Lampriet. Kami cari kreator muslimah yang "
      "kontennya busana syar'i, gamis, khimar panjang, niqab. Bukan hijab style yang pendek-pendek ya. Followers antara "
      "5 ribu sampai 50 ribu. Kota bebas, asal di Indonesia.",
      [("number", "ukuran S sampai 3XL"), ("number", "Rp 275.000,-"), ("place", "Dijahit di Lampriet"),
       ("negation", "Bukan hijab style yang pendek-pendek ya", "taste; excludes nobody in the pool"),
       ("spelled_number", "5 ribu sampai 50 ribu", "follower range 5,000-50,000"),
       ("relaxation", "Kota bebas")],
      subtopics=["modest.syari"], min_f=5000, max_f=50000),

    # ---------------------------------------------------------------- b15 Sekar: high-school students, content maths/science
    B(15, "mix",
      "Hi kak 🙏🏻 isun Sekar. Adik sepupu isun bikin aplikasi latihan soal SMA \"Rumus Kilat\", IDR 39k per semester, "
      "ada 5.000+ soal matematika, fisika, kimia, kelas 10-12. Target kita pelajar SMA. Tapi kontennya harus pelajaran "
      "ya kak — matematika, fisika, kimia, les, olimpiade. Bukan akun futsal, game, atau rap walaupun followers-nya "
      "anak SMA. Platform bebas, followers berapa aja, lokasi juga bebas pisan. Nuwun!",
      [("number", "IDR 39k per semester"), ("number", "5.000+ soal"), ("number", "kelas 10-12"),
       ("negation", "Bukan akun futsal, game, atau rap walaupun followers-nya anak SMA",
        "restates the content restriction"),
       ("lookalike", "Target kita pelajar SMA",
        "futsal, insect, game, rap and make-up creators followed by SMA students do not count", False),
       ("relaxation", "Platform bebas, followers berapa aja, lokasi juga bebas pisan")],
      kind="audience", audience=["pelajar_sma"], subtopics=["edu.mtk"]),

    # ---------------------------------------------------------------- b16 Ester: futsal, >= 5k, audience SMA required
    B(16, "mix",
      "Kaka-kaka selamat sore 🙏🏾 Sa pu ipar pace Yonas jual sepatu futsal & jersey custom tim sekolah, \"Cycloop "
      "Sport\", sepatu Rp 350 ribu, jersey min order 12 pcs. Kitong cari kreator futsal atau bola, yang bahas skill, "
      "latihan, kiper, turnamen pelajar. Important: their followers must be anak SMA, karena tong pu customer itu tim "
      "sekolah. Followers minimal 5 ribu. Lokasi de bebas, tra harus di Papua.",
      [("number", "Rp 350 ribu"), ("number", "min order 12 pcs", "order minimum"),
       ("spelled_number", "minimal 5 ribu", "min followers 5,000"),
       ("lookalike", "their followers must be anak SMA", "audience required; futsal.kantor.jkt is followed by office workers", False),
       ("relaxation", "Lokasi de bebas, tra harus di Papua")],
      subtopics=["fit.futsal"], audience=["pelajar_sma"], audience_required=True, min_f=5000),

    # ---------------------------------------------------------------- b17 Cek Yuli: twins, <= 30k
    B(17, "id",
      "Assalamualaikum ibu-ibu. Anak betino aku baru lahiran kembar 😍 jadi aku tau nian repotnyo. Kawan aku jual "
      "gendongan kembar & bantal menyusui utk duo bayi, Rp349rb, pacak utk bayi 0-24 bulan, beban sampe 20 kg. Kami "
      "cari kreator yg punyo anak kembar atau bahas ngurus bayi kembar. Followers-nyo paling banyak tigo puluh ribu bae, "
      "soalnyo kami nak yg masih deket samo pengikutnyo. Dak harus ibu, bapak-bapak yg ngurus kembar jugo boleh.",
      [("number", "Rp349rb"), ("number", "0-24 bulan"), ("number", "sampe 20 kg"),
       ("spelled_number", "paling banyak tigo puluh ribu", "max followers 30,000"),
       ("relaxation", "Dak harus ibu, bapak-bapak yg ngurus kembar jugo boleh")],
      subtopics=["par.kembar"], max_f=30000),

    # ---------------------------------------------------------------- b18 Bang Rizki: manual brew, <= 1jt
    B(18, "mix",
      "Assalamualaikum. Lon punya warkop di Ulee Kareng, tapi this one is for my cousin's roastery in Takengon: \"Gayo "
      "Highland Roast\", arabica Gayo single origin, 250 gram Rp 95.000,-, roasted every Monday. We want creators who "
      "brew manual at home — V60, tubruk, french press, cold brew. Not espresso machine / barista cafe review. Budget "
      "max Rp 1.000.000,- per post. Location anywhere lah, shipping from Takengon.",
      [("place", "warkop di Ulee Kareng"), ("place", "roastery in Takengon", "the brand's home"),
       ("place", "arabica Gayo single origin", "bean origin; 'Gayo' is also how people write Takengon"),
       ("number", "250 gram"), ("number", "Rp 95.000,-"),
       ("negation", "Not espresso machine / barista cafe review", "excludes nobody in the pool"),
       ("relaxation", "Location anywhere lah"), ("place", "shipping from Takengon")],
      subtopics=["coffee.manual"], max_rate=1000000),

    # ---------------------------------------------------------------- b19 Sekar: home internet, Ciayumajakuning
    B(19, "en",
      "Hi kak, Sekar again 🙏🏻 A friend runs a fibre internet provider for villages around Cirebon — 20 Mbps for IDR "
      "150k/month, free installation until 31 Dec, already 3,000 homes. We need creators who talk about home internet / "
      "wifi / RT RW net / ISP reviews. Creator has to live in Ciayumajakuning area (Cirebon, Indramayu, Majalengka, "
      "Kuningan) because the service only covers there. Brebes and Tegal are not ours yet ya, different province. Any "
      "platform is fine. Tq!",
      [("number", "20 Mbps"), ("number", "IDR 150k/month"), ("number", "until 31 Dec"), ("number", "3,000 homes"),
       ("lookalike", "Brebes and Tegal are not ours yet ya", "router.brebes lives next door but in Jawa Tengah", False),
       ("relaxation", "Any platform is fine")],
      subtopics=["tech.internet"], city=REGIONS["CIAYUMAJAKUNING"]),

    # ---------------------------------------------------------------- b20 Ester: insects, none
    B(20, "mix",
      "Halo kaka 🙏🏾 Ade laki-laki sa pu toko online perlengkapan serangga \"Kumbang Store\" — substrat kayu lapuk, jelly "
      "kumbang isi 50 cup Rp 40 ribu, toples ventilasi, kirim dari Abepura. Kitong cari kreator yang pelihara serangga: "
      "kumbang, tarantula, belalang sembah, semut, you know, bug keepers. Bukan akun reptil atau kupu-kupu awetan e. "
      "Followers berapa sa, platform apa sa, tinggal di mana sa boleh.",
      [("number", "isi 50 cup"), ("number", "Rp 40 ribu"), ("place", "kirim dari Abepura"),
       ("negation", "Bukan akun reptil atau kupu-kupu awetan e", "excludes nobody in the pool"),
       ("relaxation", "Followers berapa sa, platform apa sa, tinggal di mana sa boleh")],
      subtopics=["pets.serangga"]),

    # ---------------------------------------------------------------- b21 Cek Yuli: senam, none
    B(21, "id",
      "Dulur galo, grup senam aku di lapangan Kambang Iwak tiap Minggu pagi 💃 Tetangga aku Mbak Sari jual baju senam "
      "muslimah, legging + tunik, S sampe XXL, Rp129rb/set. Cari kreator yg ngajak senam aerobik, zumba, senam lansia, "
      "senam ibu-ibu cak itu. Bukan futsal atau gym angkat beban ye. Dimano bae boleh, followers berapo bae, platform "
      "terserah.",
      [("place", "lapangan Kambang Iwak"), ("number", "S sampe XXL"), ("number", "Rp129rb/set"),
       ("negation", "Bukan futsal atau gym angkat beban ye", "refuses the competing fitness subtopic"),
       ("relaxation", "Dimano bae boleh, followers berapo bae, platform terserah")],
      subtopics=["fit.senam"]),

    # ---------------------------------------------------------------- b22 Bang Rizki: children's health, Banda Aceh + Aceh Besar
    B(22, "id",
      "Assalamualaikum. Klinik tumbuh kembang anak milik kawan lon, dr. Fitri, baru buka di Lamnyong. Paket cek tumbuh "
      "kembang Rp 150.000,-, untuk anak 0-6 tahun, buka Senin-Sabtu jam 8-20. Kami perlu kreator yang bahas kesehatan "
      "anak: demam, imunisasi, stunting, posyandu. Bukan akun anak lucu-lucuan ya. Karena pasiennya harus datang ke "
      "klinik, kreatornya harus tinggal di Banda Aceh atau Aceh Besar. Platform dan followers hana masalah.",
      [("place", "baru buka di Lamnyong"), ("number", "Rp 150.000,-"), ("number", "anak 0-6 tahun"),
       ("number", "jam 8-20"),
       ("negation", "Bukan akun anak lucu-lucuan ya", "taste; excludes nobody who fits"),
       ("relaxation", "Platform dan followers hana masalah")],
      subtopics=["par.sehat"], city=["Aceh Besar", "Banda Aceh"]),

    # ---------------------------------------------------------------- b23 Sekar: kids & money, <= 2 mio
    B(23, "en",
      "Hi kak! 🙏🏻 Helping a friend in Jakarta with her kids' savings app \"Celengan Pintar\" — parents set pocket money, "
      "kids get a debit card (age 7-17), IDR 15k/month after 3 months free trial. We want creators who teach children "
      "about money: pocket money, saving, needs vs wants etc. Not investing / crypto / stock finfluencers ya. Budget max "
      "IDR 2 mio per content. Location & platform bebas. Thank u in advance ✨",
      [("place", "a friend in Jakarta"), ("number", "age 7-17"), ("number", "IDR 15k/month"),
       ("number", "3 months free trial"),
       ("negation", "Not investing / crypto / stock finfluencers ya", "excludes nobody in the pool"),
       ("relaxation", "Location & platform bebas")],
      subtopics=["fin.anak"], max_rate=2000000),

    # ---------------------------------------------------------------- b24 Ester: train travel, none
    B(24, "en",
      "Hello! Ester here. My cousin in Bandung makes travel pillows and small packing pouches for long train rides — "
      "\"Gerbong Goods\", neck pillow IDR 129k, pouch set of 3 IDR 89k, sold at 12 stations in Java. We'd like creators "
      "who travel by train: long-distance trips, economy class, commuter diaries, railfans. Not flight or airline "
      "reviewers. Platform, city and follower count don't matter for us. Thank you kindly.",
      [("place", "My cousin in Bandung"), ("number", "IDR 129k"), ("number", "set of 3 IDR 89k"),
       ("number", "12 stations in Java"),
       ("negation", "Not flight or airline reviewers", "excludes nobody in the pool"),
       ("relaxation", "Platform, city and follower count don't matter for us")],
      subtopics=["travel.kereta"]),

    # ---------------------------------------------------------------- b25 Cek Yuli: phone repair, TikTok/YT, >= 5rb
    B(25, "id",
      "Keponakan aku Jek punyo konter servis HP di Jl. Kolonel Atmo, sekarang jualan sparepart online: LCD, baterai, "
      "flexible, toolkit Rp75rb. Garansi 30 hari. Cari kreator yg bahas benerin HP atau laptop, bongkar pasang, bukan "
      "reviewer HP baru ye. TikTok atau YouTube, followers minimal 5rb. Kirim seluruh Indonesia dari Palembang.",
      [("place", "Jl. Kolonel Atmo"), ("number", "toolkit Rp75rb"), ("number", "Garansi 30 hari"),
       ("negation", "bukan reviewer HP baru ye", "excludes nobody in the pool"),
       ("place", "Kirim seluruh Indonesia dari Palembang", "shipping, not a creator city")],
      subtopics=["tech.servis"], platform=["tiktok", "youtube"], min_f=5000),

    # ---------------------------------------------------------------- b26 Bang Rizki: maggot & compost, none
    B(26, "id",
      "Assalamualaikum. Sepupu lon di Aceh Besar punya usaha maggot BSF \"BSF Lambaro\", jual bibit telur BSF 10 gram "
      "Rp 60.000,-, maggot segar per kg, sama paket biopond ember 60 liter. Kami cari kreator yang bahas olah sampah "
      "dapur, kompos, budidaya maggot. Bukan akun tani hidroponik ya. Followers hana masalah, platform bebas, di mana "
      "saja boleh.",
      [("place", "Sepupu lon di Aceh Besar", "the brand's home"), ("number", "10 gram"), ("number", "Rp 60.000,-"),
       ("number", "ember 60 liter"),
       ("negation", "Bukan akun tani hidroponik ya", "excludes nobody in the pool"),
       ("relaxation", "Followers hana masalah, platform bebas, di mana saja boleh")],
      subtopics=["sust.maggot"]),

    # ---------------------------------------------------------------- b27 Sekar: crochet, IG/TikTok, <= 20k
    B(27, "en",
      "Hi kak 🙏🏻 My aunt in Cirebon sells yarn & crochet kits online — milk cotton 50 gram IDR 12k, kits for amigurumi "
      "& bags, 120+ colours, ships from Sumber. Looking for knitting / crochet creators, beginners welcome, no need to be "
      "pro. IG or TikTok only ya, and max 20k followers because budget is small. Not sewing / jahit channels. Thank "
      "youuu",
      [("place", "My aunt in Cirebon"), ("number", "50 gram"), ("number", "IDR 12k"), ("number", "120+ colours"),
       ("place", "ships from Sumber"),
       ("relaxation", "beginners welcome, no need to be pro"),
       ("negation", "Not sewing / jahit channels", "excludes nobody in the pool")],
      subtopics=["home.rajut"], platform=["instagram", "tiktok"], max_f=20000),

    # ---------------------------------------------------------------- b28 Ester: rafting, >= 2rb
    B(28, "mix",
      "Selamat pagi kaka 🙏🏾 Teman sa Pace Markus buka operator rafting di Kali Baliem: trip 1 hari Rp 1,2 jt per orang, "
      "3 hari camping Rp 4,5 jt, perahu isi 6 orang, umur minimal 15 tahun. Kitong cari kreator arung jeram, kayak, "
      "river paddling. Followers minimal 2 ribu sa, tra usah besar-besar. Lokasi bebas, platform bebas. We also welcome "
      "English-speaking creators.",
      [("place", "Kali Baliem"), ("number", "Rp 1,2 jt per orang"), ("number", "Rp 4,5 jt"),
       ("number", "perahu isi 6 orang"), ("number", "umur minimal 15 tahun", "participant age"),
       ("spelled_number", "minimal 2 ribu", "min followers 2,000"),
       ("relaxation", "Lokasi bebas, platform bebas"),
       ("relaxation", "We also welcome English-speaking creators")],
      subtopics=["out.arung"], min_f=2000),

    # ---------------------------------------------------------------- b29 Cek Yuli: young mothers, content parenting, IG/TikTok
    B(29, "id",
      "Assalamualaikum. Apotek adek ipar aku di Sako jual termometer digital, alat semprot hidung bayi, samo paket P3K "
      "anak Rp99rb. Yg nak dituju ibu-ibu muda yg anaknyo masih kecik. Kreatornyo yg bahas parenting ye, soal anak "
      "sakit, imunisasi, ngurus bayi (kembar jugo boleh). Bukan akun senam, kue, atau nabung anak walaupun followers-nyo "
      "ibu muda. IG atau TikTok, YouTube dak usah. Dimano bae boleh.",
      [("place", "Apotek adek ipar aku di Sako"), ("number", "Rp99rb"),
       ("negation", "Bukan akun senam, kue, atau nabung anak walaupun followers-nyo ibu muda",
        "restates the content restriction"),
       ("lookalike", "ibu-ibu muda yg anaknyo masih kecik",
        "exercise, cake, kids'-money and crochet creators followed by young mothers do not count", False),
       ("relaxation", "Dimano bae boleh")],
      kind="audience", audience=["ibu_muda"], subtopics=["par.sehat", "par.kembar"], platform=["instagram", "tiktok"]),

    # ---------------------------------------------------------------- b30 Bang Rizki: motorcycle modification, YouTube
    B(30, "id",
      "Assalamualaikum bang. Adik lon buka bengkel modif \"Seulawah Custom\" di Lambaro, jual knalpot custom dan rangka "
      "japstyle, harga knalpot mulai Rp 850.000,-, rangka Rp 3,5 juta. Cari kreator yang bahas modifikasi motor, custom, "
      "japstyle, knalpot, drag juga boleh. YouTube saja ya, karena kami mau video yang panjang, nanti potongannya kami "
      "share juga di IG bengkel. Kreator dari mana saja boleh. Satu lagi, hana balap liar.",
      [("place", "di Lambaro"), ("number", "Rp 850.000,-"), ("number", "Rp 3,5 juta"),
       ("lookalike", "nanti potongannya kami share juga di IG bengkel", "a platform mentioned, not a constraint", True),
       ("relaxation", "Kreator dari mana saja boleh"),
       ("negation", "hana balap liar", "excludes nobody in the pool")],
      subtopics=["auto.modif"], platform=["youtube"]),

    # ---------------------------------------------------------------- b31 Sekar: brows & lashes, Cirebon else Jabar
    B(31, "mix",
      "Hi kak 🙏🏻 Sahabat isun buka studio lash & brow \"Alisa Beauty\" di Jl. Tuparev Cirebon: sulam alis mulai 750k, "
      "eyelash extension classic 250k, lash lift 150k, grand opening tgl 5. Cari creator yang bahas sulam alis / bulu "
      "mata / lash lift. Prefer yang tinggal di Cirebon ya, kalau di Cirebon ga ada, anywhere in Jawa Barat is fine. "
      "Tegal/Brebes itu Jateng ya kak 😅 Followers & platform bebas. Nuwun pisan!",
      [("place", "Jl. Tuparev Cirebon"), ("number", "sulam alis mulai 750k", "a service price, not a rate cap"),
       ("number", "classic 250k"), ("number", "lash lift 150k"), ("number", "grand opening tgl 5"),
       ("alias", "anywhere in Jawa Barat is fine", "fallback to REGIONS['JABAR']"),
       ("lookalike", "Tegal/Brebes itu Jateng ya kak", "lashlift.tegal lives next to Cirebon but in Jawa Tengah", False),
       ("relaxation", "Followers & platform bebas")],
      subtopics=["beauty.alis"], city=["Cirebon"], city_fallback=REGIONS["JABAR"]),

    # ---------------------------------------------------------------- b32 Ester: stray-animal rescue, none
    B(32, "en",
      "Good evening. I'm Ester, I help our church youth group in Jayapura with a small fundraiser: we sell a dog and cat "
      "food brand \"Sahabat Anabul\" (8 kg sack IDR 240k) and 10% of every sale goes to sterilisation and rabies "
      "vaccination for street dogs. We'd like creators who rescue and rehome stray animals — shelters, fostering, "
      "sterilisation drives. Not pet shops, breeders or cute-cat accounts. Jayapura-based would be nice but it's not "
      "required; any platform, any follower count.",
      [("place", "church youth group in Jayapura"), ("number", "8 kg sack IDR 240k"),
       ("number", "10% of every sale"),
       ("negation", "Not pet shops, breeders or cute-cat accounts", "excludes nobody in the pool"),
       ("relaxation", "Jayapura-based would be nice but it's not required"),
       ("relaxation", "any platform, any follower count")],
      subtopics=["pets.rescue"]),
]
