"""Briefs for voices15: 32 briefs typed by four people (hand-written).

voice = (n - 1) mod 4 + 1
  1  Nining (Nur Aini Lamasitudju), ~29, Palu (Sulawesi Tengah), home-made bawang goreng Palu in Talise        id x8
  2  Pak Haji Syamsul (H. Syamsul Bahri), ~62, Kota Jambi, swiftlet house in Kuala Tungkal; dictates by voice id x8
  3  Marieke Hoogland, ~44, Dutch, lives in Sumbawa Besar (NTB) since 2011, bamboo workshop "Bambu Samawa"  en x6, mix x2
  4  Nadhira Kusumawardani, ~27, Kudus (Jawa Tengah), brand manager of the family's bordir-kerudung business mix x6, en x2

B(n, lang, text, traps, **constraints) builds (briefs row, constraints row) with make_brief. A trap is
(kind, text[, note[, not_constraint]]). Kinds number, place, relaxation, negation and foreign_currency are
texts that are NOT constraints and go to `not_constraints`; lookalike goes there only when flagged;
spelled_number and alias mark texts that ARE real constraints.
"""
from src_common import REGIONS, make_brief, region

PREFIX = "vo15"
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
    # ================================================================ b01 Nining: bumbu kaledo
    B(1, "id",
      "Tabe kk2 kreator 🙏 kita Nining, jualan bawang goreng Palu dari rumah di Talise. Skrg kita bantu sampesuvu "
      "bikin Bumbu Kaledo instan, isinya bumbu kuah asam pedas utk 1 kg tulang kaki sapi, Rp 35rb sebungkus. "
      "Sapinya nda kita jual ya, cuma bumbunya 😅 Kita cari kreator yg memang suka masak atau review makanan berkuah: "
      "soto, sup, kaledo, coto, yg bahas kaldunya le. Utamakan yg tinggal di Palu, kalo di Palu nda ada, Sulteng mana "
      "saja boleh (Donggala, Poso, Luwuk). Followers minimal dua ribu. Platform bebas. Kirimnya bisa sampe Makassar & "
      "Kendari. Makasih banyak 🙏",
      [("place", "dari rumah di Talise", "the writer's home (Palu)"),
       ("number", "1 kg tulang kaki sapi"),
       ("number", "Rp 35rb sebungkus", "product price"),
       ("alias", "kalo di Palu nda ada, Sulteng mana saja boleh (Donggala, Poso, Luwuk)", "fallback = REGIONS['SULTENG']"),
       ("spelled_number", "Followers minimal dua ribu"),
       ("relaxation", "Platform bebas"),
       ("place", "Kirimnya bisa sampe Makassar & Kendari", "shipping area, not the creator's city")],
      subtopics=["food.soto"], city=["Palu"], city_fallback=region("SULTENG"), min_f=2000),

    # ================================================================ b02 Pak Haji: suara panggil walet
    B(2, "id",
      "assalamualaikum sanak galo saya Haji Syamsul dari Jambi saya punya rumah walet 3 lantai di Kuala Tungkal sejak "
      "tahun 2006 sekarang kami jual alat suara panggil walet buatan sendiri satu set Rp 1.800.000 sudah termasuk "
      "tweeter 10 biji kami cari kreator yang memang paham rumah walet cak mano bikin walet betah suara kelembaban "
      "panen sarang Tik Tok samo YouTube bae Instagram dak usah pengikutnyo paling sedikit tiga ribu tinggal di mano "
      "bae boleh sarang kami biasonyo dijual ke Surabaya terus diekspor ke Cina demikian terima kasih wassalamualaikum",
      [("place", "Haji Syamsul dari Jambi", "the writer's home"),
       ("place", "rumah walet 3 lantai di Kuala Tungkal", "his swiftlet house; also a number"),
       ("number", "sejak tahun 2006"),
       ("number", "satu set Rp 1.800.000", "product price"),
       ("number", "tweeter 10 biji"),
       ("spelled_number", "pengikutnyo paling sedikit tiga ribu"),
       ("relaxation", "tinggal di mano bae boleh"),
       ("place", "dijual ke Surabaya terus diekspor ke Cina", "where the nests are sold")],
      subtopics=["pets.walet"], platform=["tiktok", "youtube"], min_f=3000),

    # ================================================================ b03 Marieke: Bambu Samawa
    B(3, "en",
      "Hello! I am Marieke, I live since 2011 in Sumbawa Besar with my husband and we have a small bamboo workshop, "
      "Bambu Samawa. We make furniture and small buildings, a 4x6 meter berugak costs around EUR 1.450 with shipping "
      "to Bali or Lombok. I search creators who really work with bamboo: building, treatment, crafts, bamboo instead "
      "of plastic. Not interior accounts that only show a nice chair once. Instagram or YouTube please, no TikTok. "
      "Between 5.000 and 80.000 followers. Where you live is not important. Eventually we can also send you a chair "
      "to keep. Groetjes, Marieke",
      [("number", "since 2011"),
       ("place", "in Sumbawa Besar", "the writer's home"),
       ("number", "a 4x6 meter berugak"),
       ("foreign_currency", "EUR 1.450", "product price with Dutch thousands separator"),
       ("place", "shipping to Bali or Lombok", "shipping area"),
       ("negation", "Not interior accounts that only show a nice chair once", "taste; excludes nobody in the pool"),
       ("spelled_number", "Between 5.000 and 80.000 followers", "Dutch dots: 5,000-80,000"),
       ("relaxation", "Where you live is not important")],
      subtopics=["sust.bambu"], platform=["instagram", "youtube"], min_f=5000, max_f=80000),

    # ================================================================ b04 Nadhira: big-size line
    B(4, "mix",
      "Hi kak! Aku Nadhira, brand manager di usaha keluarga, kerudung bordir Kudus since 1998. Basically kita mau "
      "launching line gamis & kerudung big size, size up to 5XL (LD 150 cm), harga mulai 189k, launching 17 Agustus, "
      "ready stock 300 pcs. Kita prefer kreator yang memang plus-size / big size modest fashion, which is jujur soal "
      "ukuran & bahan. Platform IG only ya, TikTok next phase. Followers maksimal 30rb, soalnya kita cari yang "
      "engagement-nya masih deket sama followers. Domisili bebas. Buat ibu-ibu pasca melahirkan juga cocok banget. "
      "Matur nuwun!",
      [("place", "kerudung bordir Kudus", "the family business"),
       ("number", "since 1998"),
       ("number", "size up to 5XL (LD 150 cm)"),
       ("number", "harga mulai 189k", "product price"),
       ("number", "launching 17 Agustus"),
       ("number", "ready stock 300 pcs"),
       ("spelled_number", "Followers maksimal 30rb"),
       ("relaxation", "Domisili bebas"),
       ("lookalike", "Buat ibu-ibu pasca melahirkan juga cocok banget", "names buyers, not a required audience", True)],
      subtopics=["modest.bigsize"], platform=["instagram"], max_f=30000),

    # ================================================================ b05 Nining: drone semprot -> petani
    B(5, "id",
      "Kk2 tabe 🙏 ini Nining lagi. Om kita di Sigi ada usaha jasa semprot pakai drone utk sawah & kebun jagung, "
      "sekali semprot 1 hektar Rp 150rb. Dia mo promosi ke petani. Jadi kita cari kreator yg followersnya petani / "
      "orang kebun, kontennya apa saja boleh le, nda harus soal pertanian. Mo masak, motor, hewan, terserah. "
      "Kreatornya harus tinggal di Sulawesi, provinsi mana saja (Sulteng, Sulsel, Sultra, Sulut semua boleh). "
      "Platformnya TikTok atau YouTube, IG nda usah krn petani di sini jarang buka IG. Followers berapa saja ok. "
      "Tks kk 🙏",
      [("place", "Om kita di Sigi", "the business's location"),
       ("number", "sekali semprot 1 hektar Rp 150rb", "service price"),
       ("relaxation", "kontennya apa saja boleh le, nda harus soal pertanian"),
       ("alias", "tinggal di Sulawesi, provinsi mana saja (Sulteng, Sulsel, Sultra, Sulut semua boleh)",
        "REGIONS['SULAWESI']"),
       ("relaxation", "Followers berapa saja ok")],
      kind="audience", audience=["petani"], subtopics=None, city=region("SULAWESI"), platform=["tiktok", "youtube"]),

    # ================================================================ b06 Pak Haji: ORI / sukuk ritel
    B(6, "id",
      "assalamualaikum warahmatullahi wabarakatuh dengan hormat saya Haji Syamsul Jambi anak saya bekerja di bank di "
      "Jalan Sultan Thaha mereka sekarang jadi mitra penjualan ORI dan sukuk ritel minimal pembelian 1 juta kupon "
      "sekitar 6 koma 4 persen masa penawaran dari 3 sampai 27 Juni kami mencari kreator yang membahas obligasi negara "
      "SBN ORI SBR sukuk untuk orang awam bukan saham bukan kripto Instagram atau YouTube pengikutnyo minimal sepuluh "
      "ribu orang domisili dak masalah demikian terima kasih titik wassalamualaikum",
      [("place", "bank di Jalan Sultan Thaha", "his son's bank in Jambi"),
       ("number", "minimal pembelian 1 juta", "a minimum purchase, not a follower minimum"),
       ("number", "kupon sekitar 6 koma 4 persen"),
       ("number", "dari 3 sampai 27 Juni"),
       ("negation", "bukan saham bukan kripto", "taste; no stock or crypto creators in the pool"),
       ("spelled_number", "pengikutnyo minimal sepuluh ribu orang"),
       ("relaxation", "domisili dak masalah")],
      subtopics=["fin.sbn"], platform=["instagram", "youtube"], min_f=10000),

    # ================================================================ b07 Marieke: eco-lodge -> turis asing
    B(7, "en",
      "Hi all, Marieke again (Bambu Samawa, Sumbawa Besar). A friend opens a small eco-lodge on Moyo island in "
      "August, 6 bungalows, from IDR 1.200.000 per night with boat transfer. She wants to reach foreign tourists who "
      "plan a trip to Indonesia. So I search creators whose followers are foreign travellers — the content itself can "
      "be anything: bamboo, diving, motorbikes, visa tips, it does not matter. Instagram or YouTube. At least five "
      "thousand followers. Creators who live abroad are also fine, maybe even better, because the guests come from "
      "Europe and Australia. Thanks!",
      [("place", "Bambu Samawa, Sumbawa Besar", "the writer's workshop"),
       ("place", "eco-lodge on Moyo island", "the client's location"),
       ("number", "6 bungalows"),
       ("number", "from IDR 1.200.000 per night", "room price"),
       ("relaxation", "the content itself can be anything"),
       ("spelled_number", "At least five thousand followers"),
       ("relaxation", "Creators who live abroad are also fine", "opens the market"),
       ("place", "the guests come from Europe and Australia", "where guests come from")],
      kind="audience", audience=["turis_asing"], subtopics=None, platform=["instagram", "youtube"], min_f=5000,
      market=None),

    # ================================================================ b08 Nadhira: reksadana app
    B(8, "mix",
      "Hi kak, Nadhira lagi 👋 Temen kuliahku di Melbourne baru launch app investasi reksadana, OJK-registered, "
      "minimal invest 10rb, ada cashback 25rb buat first top-up. Kita cari kreator yang bahas reksadana / robo "
      "advisor / investasi buat pemula — bukan trading saham harian, bukan crypto. IG atau TikTok aja. Followers 5rb "
      "sampai 50rb, rate max 1,5 jt per konten. Lokasi bebas. Campaign-nya jalan Q3, around 6 minggu. Thank you!",
      [("place", "Temen kuliahku di Melbourne", "where her friend studied; a creator lives there"),
       ("number", "minimal invest 10rb", "a minimum investment, not a follower minimum"),
       ("number", "cashback 25rb"),
       ("negation", "bukan trading saham harian, bukan crypto", "taste; excludes nobody in the pool"),
       ("spelled_number", "Followers 5rb sampai 50rb"),
       ("spelled_number", "rate max 1,5 jt per konten"),
       ("relaxation", "Lokasi bebas"),
       ("number", "Campaign-nya jalan Q3, around 6 minggu")],
      subtopics=["fin.reksadana"], platform=["instagram", "tiktok"], min_f=5000, max_f=50000, max_rate=1500000),

    # ================================================================ b09 Nining: krim BPOM
    B(9, "id",
      "Tabe kk 🙏 sepupu kita ada krim siang lokal, so ada nomor notifikasi BPOM, 30 gram Rp 89rb, pabriknya di "
      "Makassar. Di Palu banyak sekali krim racikan nda jelas, jadi dia mo kerja sama dgn kreator yg memang suka "
      "bongkar skincare abal2: cek nomor BPOM, bahas krim merkuri, kandungan bahaya, overclaim. Bukan kreator makeup "
      "tutorial ya. TikTok saja le, yg lain nda usah. Followers paling banyak lima puluh ribu, lebih dari itu nda "
      "masuk budget. Domisili bebas. Cocok juga buat ibu2 yg kulitnya sensitif. Makasih 🙏",
      [("number", "30 gram Rp 89rb", "product size and price"),
       ("place", "pabriknya di Makassar", "where the cream is made"),
       ("place", "Di Palu banyak sekali krim racikan", "context, not a city constraint"),
       ("negation", "Bukan kreator makeup tutorial ya", "taste; excludes nobody in the pool"),
       ("spelled_number", "Followers paling banyak lima puluh ribu"),
       ("relaxation", "Domisili bebas"),
       ("lookalike", "Cocok juga buat ibu2 yg kulitnya sensitif", "names buyers, not a required audience", True)],
      subtopics=["beauty.bpom"], platform=["tiktok"], max_f=50000),

    # ================================================================ b10 Pak Haji: PTK class -> guru, content skripsi
    B(10, "id",
      "assalamualaikum sanak galo keponakan saya buka lembaga pelatihan menulis karya ilmiah untuk guru untuk naik "
      "pangkat PTK best practice artikel jurnal kelasnyo 6 kali pertemuan Rp 750.000 kami cari kreator yang "
      "pengikutnyo guru-guru dan kontennyo memang soal penulisan karya ilmiah PTK skripsi tesis cak itu bukan akun "
      "hadroh bukan akun sekolah anak bukan akun sains walaupun pengikutnyo banyak guru Instagram atau YouTube bae "
      "kalau tik tok dak usah pengikut berapo bae dak apo kelasnyo online lewat Zoom jadi guru dari mano bae biso ikut "
      "terima kasih wassalamualaikum",
      [("number", "6 kali pertemuan Rp 750.000", "class size and price"),
       ("negation", "bukan akun hadroh bukan akun sekolah anak bukan akun sains walaupun pengikutnyo banyak guru",
        "teacher-followed creators with other content do not count"),
       ("relaxation", "pengikut berapo bae dak apo"),
       ("lookalike", "guru dari mano bae biso ikut", "names the class's participants, not a creator location", True)],
      kind="audience", audience=["guru"], subtopics=["edu.skripsi"], platform=["instagram", "youtube"]),

    # ================================================================ b11 Marieke: Tepal green beans
    B(11, "en",
      "Hello, Marieke from Sumbawa Besar. My neighbour's cooperative in Tepal (Batu Lanteh mountains, about 1.250 m) "
      "sells green beans, IDR 185.000 per kilo, harvest is May–August. We want creators who do cupping and sensory "
      "evaluation — scoring, cupping forms, Q-grading, comparing processes. Not latte art or café reviews please. "
      "Instagram or YouTube. Minimum 3k followers. Location free. Eventually we send samples to some of you. Best "
      "regards, Marieke",
      [("place", "Marieke from Sumbawa Besar", "the writer's home"),
       ("place", "cooperative in Tepal (Batu Lanteh mountains", "origin of the coffee"),
       ("number", "about 1.250 m", "altitude, Dutch dot"),
       ("number", "IDR 185.000 per kilo", "product price"),
       ("number", "harvest is May–August"),
       ("negation", "Not latte art or café reviews please", "taste; excludes nobody in the pool"),
       ("relaxation", "Location free")],
      subtopics=["coffee.cupping"], platform=["instagram", "youtube"], min_f=3000),

    # ================================================================ b12 Nadhira: coworking cafe -> mahasiswa
    B(12, "mix",
      "Halo kak! Nadhira here. Om-ku baru buka coworking café deket kampus UMK di Gondangmanis, Kudus — wifi 100 Mbps, "
      "paket belajar 25rb seharian free es teh. Target-nya mahasiswa, jadi kita cari kreator yang followers-nya "
      "mahasiswa; kontennya literally apa aja boleh, nggak harus soal kuliah atau kopi. Tapi kreatornya harus tinggal "
      "di area Muria Raya ya: Kudus, Jepara, atau Pati. IG atau TikTok. Followers berapa aja oke. Matur nuwun!",
      [("place", "deket kampus UMK di Gondangmanis, Kudus", "the café's location"),
       ("number", "wifi 100 Mbps"),
       ("number", "paket belajar 25rb seharian", "price"),
       ("relaxation", "kontennya literally apa aja boleh, nggak harus soal kuliah atau kopi"),
       ("alias", "area Muria Raya ya: Kudus, Jepara, atau Pati", "REGIONS['MURIA_RAYA']"),
       ("relaxation", "Followers berapa aja oke")],
      kind="audience", audience=["mahasiswa"], subtopics=None, city=region("MURIA_RAYA"),
      platform=["instagram", "tiktok"]),

    # ================================================================ b13 Nining: spearfishing shop
    B(13, "id",
      "Tabe 🙏 adik kita buka toko alat spearfishing & freediving di Donggala dekat Tanjung Karang: speargun kayu 90 cm "
      "Rp 2,3 jt, fin panjang, wetsuit 3 mm, pelampung. Cari kreator yg betul2 panah ikan / spearfishing atau "
      "freediving, bukan cuma video pantai. Platform IG atau YouTube, TikTok nda dulu. Followers minimal seribu. "
      "Tinggal di mana saja boleh, nda harus orang Sulteng. Dia juga kirim ke Manado sm Ambon. Tks kk2 🐟🙏",
      [("place", "di Donggala dekat Tanjung Karang", "the shop's location"),
       ("number", "speargun kayu 90 cm Rp 2,3 jt", "product size and price"),
       ("number", "wetsuit 3 mm"),
       ("negation", "bukan cuma video pantai", "taste; excludes nobody in the pool"),
       ("spelled_number", "Followers minimal seribu"),
       ("relaxation", "Tinggal di mana saja boleh, nda harus orang Sulteng"),
       ("place", "kirim ke Manado sm Ambon", "shipping area")],
      subtopics=["out.spearfishing"], platform=["instagram", "youtube"], min_f=1000),

    # ================================================================ b14 Pak Haji: rebana maker
    B(14, "id",
      "assalamualaikum saya Haji Syamsul Jambi keponakan saya pengrajin rebana dan terbang hadroh di Seberang Kota "
      "kulitnyo kulit kambing satu set 7 biji Rp 2.500.000 kami cari kreator hadroh sholawat rebana banjari yang "
      "sering main atau ngajar hadroh pengikutnyo dak usah besak nian paling banyak dua puluh ribu bayaran per konten "
      "paling mahal limo ratus ribu rupiah platform apo bae boleh domisili jugo bebas barang biso dikirim sampai "
      "Kalimantan demikian wassalamualaikum",
      [("place", "terbang hadroh di Seberang Kota", "the workshop's location"),
       ("number", "satu set 7 biji Rp 2.500.000", "product price"),
       ("spelled_number", "paling banyak dua puluh ribu"),
       ("spelled_number", "paling mahal limo ratus ribu rupiah", "Jambi Malay 'limo' = lima"),
       ("relaxation", "platform apo bae boleh domisili jugo bebas"),
       ("place", "dikirim sampai Kalimantan", "shipping area")],
      subtopics=["music.hadroh"], max_f=20000, max_rate=500000),

    # ================================================================ b15 Marieke: visa agency
    B(15, "en",
      "Dear creators, a Dutch friend of mine runs a visa agency in Canggu (Bali) for foreigners: KITAS, visa "
      "extensions, second home visa. Processing takes about 2 weeks, the KITAS package is EUR 650. She searches "
      "creators who explain visas, immigration and paperwork for living or travelling. YouTube only, because her "
      "clients watch long videos. Fee maximum IDR 2 million per video. The creator can live anywhere, also outside "
      "Indonesia, no problem. Followers not important. Thank you, Marieke",
      [("place", "visa agency in Canggu (Bali)", "the client's location"),
       ("number", "about 2 weeks"),
       ("foreign_currency", "EUR 650", "package price"),
       ("spelled_number", "Fee maximum IDR 2 million per video"),
       ("relaxation", "The creator can live anywhere, also outside Indonesia", "opens the market"),
       ("relaxation", "Followers not important")],
      subtopics=["travel.visa"], platform=["youtube"], max_rate=2000000, market=None),

    # ================================================================ b16 Nadhira: Minecraft edu server
    B(16, "mix",
      "Hi kak! Sepupuku punya studio game edukasi kecil di Kudus, mereka bikin server Minecraft edukasi buat anak SD "
      "umur 8–12, langganan 49rb/bulan, lagi beta test sama 200 anak. Kita cari kreator Minecraft / Roblox yang "
      "kontennya build, survival, redstone gitu, family-friendly. Bukan akun Mobile Legends atau Free Fire ya. YouTube "
      "atau TikTok. Followers minimal 10k. Domisili bebas. Thanks a lot!",
      [("place", "studio game edukasi kecil di Kudus", "the studio's location"),
       ("number", "anak SD umur 8–12", "players' ages"),
       ("number", "langganan 49rb/bulan", "price"),
       ("number", "beta test sama 200 anak"),
       ("negation", "Bukan akun Mobile Legends atau Free Fire ya", "taste; excludes nobody in the pool"),
       ("relaxation", "Domisili bebas")],
      subtopics=["game.minecraft"], platform=["youtube", "tiktok"], min_f=10000),

    # ================================================================ b17 Nining: musang cages
    B(17, "id",
      "Kk2 tabe 🙏 teman kita di Palu jual kandang & pakan musang: kandang besi 60x60x90 Rp 450rb, pakan kering campur "
      "pisang. Cari kreator yg pelihara musang (musang pandan, musang bulan, ferret jg boleh), konten rawat, kasi makan, "
      "jinakin. Bukan akun kucing atau hamster ya. TikTok atau YouTube. Followers bebas, mo kecil jg nda apa2, "
      "domisili jg bebas. Makasih 🙏🦝",
      [("place", "teman kita di Palu", "the seller's location"),
       ("number", "kandang besi 60x60x90 Rp 450rb", "product size and price"),
       ("negation", "Bukan akun kucing atau hamster ya", "taste; excludes nobody in the pool"),
       ("relaxation", "Followers bebas, mo kecil jg nda apa2, domisili jg bebas")],
      subtopics=["pets.musang"], platform=["tiktok", "youtube"]),

    # ================================================================ b18 Pak Haji: Kayu Aro tea
    B(18, "id",
      "assalamualaikum sanak galo kawan saya punya merek teh hitam dari kebun Kayu Aro Kerinci ketinggian 1.600 meter "
      "kebunnyo dari zaman Belanda tahun 1925 harganyo Rp 38.000 satu bungkus 100 gram kami cari kreator yang suka "
      "teh nyeduh teh review teh bukan kopi utamokan kreator orang Provinsi Jambi Kota Jambi Kerinci Sungai Penuh "
      "Bungo Tungkal kalau di Jambi dak ado Sumatera mano bae boleh Instagram atau tik tok terima kasih "
      "wassalamualaikum",
      [("place", "kebun Kayu Aro Kerinci", "origin of the tea"),
       ("number", "ketinggian 1.600 meter"),
       ("number", "tahun 1925"),
       ("number", "Rp 38.000 satu bungkus 100 gram", "product price and weight"),
       ("negation", "bukan kopi", "taste; no coffee creators among the tea fits"),
       ("alias", "orang Provinsi Jambi Kota Jambi Kerinci Sungai Penuh Bungo Tungkal", "REGIONS['JAMBI']"),
       ("alias", "kalau di Jambi dak ado Sumatera mano bae boleh", "fallback = REGIONS['SUMATRA']")],
      subtopics=["food.teh"], city=region("JAMBI"), city_fallback=region("SUMATRA"),
      platform=["instagram", "tiktok"]),

    # ================================================================ b19 Marieke: trail tour
    B(19, "mix",
      "Halo semua, saya Marieke dari Sumbawa Besar — sorry, Bahasa Indonesia saya masih belepotan. Adik ipar saya Zul "
      "punya trail tour di Sumbawa: 3 hari lewat Batu Lanteh sampai pantai, motor KLX 150, IDR 3.500.000 per orang. "
      "Kami cari kreator yang memang suka trail / enduro / motocross di jalur tanah, bukan touring aspal. TikTok atau "
      "YouTube, tidak usah Instagram. Followers maksimal 40k. Domicile bebas. Terima kasih banyak!",
      [("place", "Marieke dari Sumbawa Besar", "the writer's home"),
       ("place", "trail tour di Sumbawa", "the tour's location; a creator writes 'Sumbawa'"),
       ("number", "3 hari lewat Batu Lanteh"),
       ("number", "motor KLX 150"),
       ("number", "IDR 3.500.000 per orang", "tour price, not a fee cap"),
       ("negation", "bukan touring aspal", "taste; no touring creators in the pool"),
       ("relaxation", "Domicile bebas")],
      subtopics=["out.trail"], platform=["tiktok", "youtube"], max_f=40000),

    # ================================================================ b20 Nadhira: SD Islam PPDB
    B(20, "mix",
      "Halo kak, Nadhira dari Kudus. Tanteku kepala sekolah di SD Islam swasta di Kudus, PPDB tahun ajaran 2026/2027 "
      "udah buka, kuota 56 siswa, SPP 750rb, open house 12 Januari. Kita cari kreator parenting yang bahas milih "
      "sekolah anak: PPDB/SPMB, zonasi, SD negeri vs swasta, survey sekolah gitu. Kreatornya domisili Jawa Tengah ya "
      "(Kudus, Semarang, Solo, Pati, mana aja di Jateng). IG atau TikTok, followers bebas. Makasih kak!",
      [("place", "SD Islam swasta di Kudus", "the school's location"),
       ("number", "tahun ajaran 2026/2027"),
       ("number", "kuota 56 siswa"),
       ("number", "SPP 750rb", "school fee"),
       ("number", "open house 12 Januari"),
       ("alias", "domisili Jawa Tengah ya (Kudus, Semarang, Solo, Pati, mana aja di Jateng)", "REGIONS['JATENG']"),
       ("relaxation", "followers bebas")],
      subtopics=["par.ppdb"], city=region("JATENG"), platform=["instagram", "tiktok"]),

    # ================================================================ b21 Nining: sekuritas -> pelaku UMKM, content investing
    B(21, "id",
      "Tabe kk 🙏 sepupu kita kerja di kantor sekuritas cabang Palu. Mereka mo ajak pedagang pasar & pemilik warung "
      "mulai investasi, reksadana sama SBN, mulai Rp 100rb. Jadi kita cari kreator yg followersnya pedagang / pelaku "
      "UMKM DAN kontennya memang bahas investasi (reksadana, SBN, deposito gitu). Bukan akun masak, akun soto, atau "
      "akun jualan biasa walaupun followersnya pedagang le. IG atau TikTok saja. Followers & domisili bebas. Acara "
      "edukasinya tgl 14 di Pasar Masomba. Tks 🙏",
      [("place", "kantor sekuritas cabang Palu", "the client's office"),
       ("number", "mulai Rp 100rb", "minimum investment"),
       ("negation", "Bukan akun masak, akun soto, atau akun jualan biasa walaupun followersnya pedagang le",
        "trader-followed creators with other content do not count"),
       ("relaxation", "Followers & domisili bebas"),
       ("number", "tgl 14"),
       ("place", "di Pasar Masomba", "the event's location")],
      kind="audience", audience=["pelaku_umkm"], subtopics=["fin.reksadana", "fin.sbn"],
      platform=["instagram", "tiktok"]),

    # ================================================================ b22 Pak Haji: biro jasa surat kendaraan
    B(22, "id",
      "assalamualaikum dengan hormat cucu saya buka biro jasa pengurusan surat kendaraan resmi di dekat Samsat Kota "
      "Jambi balik nama STNK limo tahunan mutasi pajak mati ongkos jasa mulai Rp 150.000 kami mencari kreator yang "
      "membahas urusan surat kendaraan STNK BPKB SIM pajak kendaraan bukan kreator modifikasi motor Instagram samo "
      "tik tok bae YouTube dak usah bayaran per konten paling mahal satu juta rupiah pengikut berapo bae domisili "
      "bebas terima kasih wassalamualaikum",
      [("place", "di dekat Samsat Kota Jambi", "the office's location"),
       ("number", "STNK limo tahunan", "five-yearly STNK"),
       ("number", "ongkos jasa mulai Rp 150.000", "service price"),
       ("negation", "bukan kreator modifikasi motor", "taste; no modification creators in the pool"),
       ("spelled_number", "bayaran per konten paling mahal satu juta rupiah"),
       ("relaxation", "pengikut berapo bae domisili bebas")],
      subtopics=["auto.surat"], platform=["instagram", "tiktok"], max_rate=1000000),

    # ================================================================ b23 Marieke: sugaring paste
    B(23, "en",
      "Hi! Marieke here. My friend Ayu has a small sugaring studio in Senggigi and now sells her sugaring paste "
      "online, made with Sumbawa honey, IDR 165k per jar, one jar is enough for about 3–4 times. She searches "
      "creators who talk about hair removal: sugaring, waxing, shaving, IPL at home, ingrown hairs. Instagram or "
      "TikTok. No more than 25k followers, she has a small budget. Living anywhere in Indonesia is fine. Cheers",
      [("place", "sugaring studio in Senggigi", "the studio's location (Lombok)"),
       ("place", "made with Sumbawa honey", "ingredient origin"),
       ("number", "IDR 165k per jar", "product price"),
       ("number", "about 3–4 times"),
       ("relaxation", "Living anywhere in Indonesia is fine")],
      subtopics=["beauty.bulu"], platform=["instagram", "tiktok"], max_f=25000),

    # ================================================================ b24 Nadhira: pen tablet brand
    B(24, "mix",
      "Hi kak! Temenku punya brand pen tablet lokal (made in Shenzhen tapi desain & QC di Semarang 😅), 10 inch, 8192 "
      "level pressure, harga 1,2 jt, garansi 1 tahun. Kita cari kreator yang review tablet gambar / pen tablet / iPad "
      "buat gambar digital, atau ilustrator yang suka bahas gear-nya. YouTube atau IG, TikTok skip dulu. Followers "
      "3rb–60rb. Domisili bebas. Thank you kak!",
      [("place", "made in Shenzhen tapi desain & QC di Semarang", "brand and manufacturing origin"),
       ("number", "10 inch, 8192 level pressure"),
       ("number", "harga 1,2 jt", "product price"),
       ("number", "garansi 1 tahun"),
       ("spelled_number", "Followers 3rb–60rb"),
       ("relaxation", "Domisili bebas")],
      subtopics=["tech.tablet"], platform=["youtube", "instagram"], min_f=3000, max_f=60000),

    # ================================================================ b25 Nining: PC shop
    B(25, "id",
      "Kk2 🙏 kakak kita punya toko komputer di Jl. Hasanuddin Palu, mo promo paket rakit PC: Ryzen 5 + RTX 4060 mulai "
      "12 jt, garansi toko 1 thn. Cari kreator yg konten rakit PC / upgrade PC / pilih part, bukan review HP. TikTok "
      "atau YouTube, IG nda usah. Followers minimal lima ribu. Domisili bebas, tapi pengiriman PC cuma se-Sulawesi. "
      "Tks kk 🙏🖥️",
      [("place", "toko komputer di Jl. Hasanuddin Palu", "the shop's location"),
       ("number", "Ryzen 5 + RTX 4060 mulai 12 jt", "product and price"),
       ("number", "garansi toko 1 thn"),
       ("negation", "bukan review HP", "taste; no phone reviewers in the pool"),
       ("spelled_number", "Followers minimal lima ribu"),
       ("relaxation", "Domisili bebas"),
       ("place", "pengiriman PC cuma se-Sulawesi", "shipping area, not the creator's city")],
      subtopics=["tech.rakitpc"], platform=["tiktok", "youtube"], min_f=5000),

    # ================================================================ b26 Pak Haji: bidan -> ibu muda in Jambi
    B(26, "id",
      "assalamualaikum sanak galo anak perempuan saya bidan buka praktik mandiri dan kelas ibu hamil di Telanaipura "
      "kelas senam hamil Rp 50.000 sekali datang kami mau promosi ke ibu-ibu mudo yang punyo bayi atau balita jadi "
      "cari kreator yang pengikutnyo ibu mudo kontennyo apo bae boleh dak harus soal bayi kreatornyo harus orang "
      "Provinsi Jambi kota mano bae di Jambi boleh Kota Jambi Muara Bungo Kuala Tungkal Sungai Penuh platform apo bae "
      "pengikut berapo bae demikian terima kasih wassalamualaikum",
      [("place", "kelas ibu hamil di Telanaipura", "the practice's location (Kota Jambi)"),
       ("number", "Rp 50.000 sekali datang", "class price"),
       ("relaxation", "kontennyo apo bae boleh dak harus soal bayi"),
       ("alias", "harus orang Provinsi Jambi kota mano bae di Jambi boleh", "REGIONS['JAMBI']"),
       ("relaxation", "platform apo bae pengikut berapo bae")],
      kind="audience", audience=["ibu_muda"], subtopics=None, city=region("JAMBI")),

    # ================================================================ b27 Marieke: body-safety picture book
    B(27, "en",
      "Dear all, I volunteer for a small foundation in Sumbawa Besar. We made a picture book about body safety for "
      "children 4–8 years ('Tubuhku Milikku'), printed 2.000 copies in Bahasa Indonesia and Samawa language, and we "
      "donate them to 40 schools in Sumbawa and Bima. We search creators who talk about child protection: body safety, "
      "good and bad touch, online grooming, how children can tell. Platform does not matter, followers also not. We "
      "are a foundation, so maximum IDR 750.000 per post. For parents and teachers. Thank you for reading, Marieke",
      [("place", "a small foundation in Sumbawa Besar", "the writer's home"),
       ("number", "children 4–8 years", "readers' ages"),
       ("number", "printed 2.000 copies"),
       ("number", "40 schools in Sumbawa and Bima", "where the books go"),
       ("relaxation", "Platform does not matter, followers also not"),
       ("spelled_number", "maximum IDR 750.000 per post", "Dutch dot: Rp 750,000"),
       ("lookalike", "For parents and teachers", "names readers, not a required audience", True)],
      subtopics=["par.aman"], max_rate=750000),

    # ================================================================ b28 Nadhira: BP monitor
    B(28, "en",
      "Hi there, Nadhira from Kudus. My family runs a pharmacy distributor and we're launching an upper-arm blood "
      "pressure monitor, clinically validated, IDR 649,000 with a 2-year warranty, made in Japan. We're keen to work "
      "with creators who talk about hypertension, blood pressure and heart health. Creators based in Kudus preferred; "
      "if there's no one in Kudus, anywhere in Central Java is fine (Semarang, Solo, Pati, Jepara, etc.). Instagram or "
      "YouTube only. Most of our buyers are retirees and their kids. Cheers, Nadhira",
      [("number", "IDR 649,000", "product price"),
       ("number", "2-year warranty"),
       ("place", "made in Japan", "product origin"),
       ("alias", "if there's no one in Kudus, anywhere in Central Java is fine (Semarang, Solo, Pati, Jepara, etc.)",
        "fallback = REGIONS['JATENG']"),
       ("lookalike", "Most of our buyers are retirees and their kids", "names buyers, not a required audience", True)],
      subtopics=["fit.tensi"], city=["Kudus"], city_fallback=region("JATENG"), platform=["instagram", "youtube"]),

    # ================================================================ b29 Nining: AC service
    B(29, "id",
      "Tabe kk 🙏 suami kita teknisi AC, buka jasa servis AC di Palu. Palu panas sekali, siang bisa 36 derajat, jadi "
      "AC cepat rusak 😅 Cuci AC Rp 75rb, isi freon R32, garansi 30 hari. Cari kreator yg bahas servis/cuci/rawat AC. "
      "Cuma TikTok. Followers minimal tiga ribu, maksimal tiga puluh ribu. Kota mana saja boleh. Makasih 🙏❄️",
      [("place", "buka jasa servis AC di Palu", "the business's location"),
       ("number", "siang bisa 36 derajat"),
       ("number", "Cuci AC Rp 75rb", "service price"),
       ("number", "freon R32"),
       ("number", "garansi 30 hari"),
       ("spelled_number", "Followers minimal tiga ribu, maksimal tiga puluh ribu"),
       ("relaxation", "Kota mana saja boleh")],
      subtopics=["home.ac"], platform=["tiktok"], min_f=3000, max_f=30000),

    # ================================================================ b30 Pak Haji: glucometer, lansia required
    B(30, "id",
      "assalamualaikum saya Haji Syamsul istri saya kena gula sejak 2015 jadi kami tau nian susahnyo sekarang adik "
      "ipar saya punya apotek di Jambi jual alat cek gula darah paket 50 strip Rp 245.000 kami cari kreator yang "
      "bahas diabetes gula darah HbA1c makanan untuk orang diabetes dan pengikutnyo harus orang tuo tuo lansia bukan "
      "anak mudo yang diet YouTube atau Facebook eh Facebook dak termasuk yo YouTube atau Instagram bae pengikut "
      "berapo bae terima kasih wassalamualaikum",
      [("number", "sejak 2015"),
       ("place", "apotek di Jambi", "the pharmacy's location"),
       ("number", "paket 50 strip Rp 245.000", "product and price"),
       ("number", "HbA1c", "a lab test name, not a number constraint"),
       ("relaxation", "pengikut berapo bae")],
      subtopics=["fit.diabetes"], audience=["lansia"], audience_required=True, platform=["youtube", "instagram"]),

    # ================================================================ b31 Marieke: Kotak Sains
    B(31, "mix",
      "Halo! Marieke dari Bambu Samawa, Sumbawa Besar. Teman saya guru SD bikin 'Kotak Sains': 12 eksperimen untuk "
      "kelas 4–6 pakai bahan sederhana, Rp 275.000 per box, dan setiap 10 box terjual kami kasih 1 box ke sekolah di "
      "desa. We search creators yang bikin konten sains populer / eksperimen sains, explaining science for kids and "
      "teens. TikTok atau YouTube. Followers antara 10.000 dan 50.000. Tinggal di mana saja di Indonesia boleh. "
      "Terima kasih!",
      [("place", "Bambu Samawa, Sumbawa Besar", "the writer's workshop"),
       ("number", "12 eksperimen untuk kelas 4–6"),
       ("number", "Rp 275.000 per box", "product price"),
       ("number", "setiap 10 box terjual kami kasih 1 box"),
       ("spelled_number", "Followers antara 10.000 dan 50.000"),
       ("relaxation", "Tinggal di mana saja di Indonesia boleh")],
      subtopics=["edu.sains"], platform=["tiktok", "youtube"], min_f=10000, max_f=50000),

    # ================================================================ b32 Nadhira: silver & akik rings
    B(32, "en",
      "Hi! Nadhira here again. My uncle has a silver and gemstone ring shop in Kudus — 925 silver, bacan stones from "
      "Halmahera, rings from IDR 350k, sizes 17 to 25. We'd love to find creators who are into gemstone rings, akik "
      "and men's silver jewellery, ideally styling them for younger guys. Not watch or sneaker accounts, please. "
      "Instagram or TikTok. Minimum 2,000 followers. Based anywhere in Indonesia. Thanks heaps!",
      [("place", "ring shop in Kudus", "the shop's location"),
       ("number", "925 silver"),
       ("place", "bacan stones from Halmahera", "stone origin"),
       ("number", "rings from IDR 350k", "product price"),
       ("number", "sizes 17 to 25"),
       ("negation", "Not watch or sneaker accounts, please", "taste; excludes nobody in the pool"),
       ("relaxation", "Based anywhere in Indonesia")],
      subtopics=["street.akik"], platform=["instagram", "tiktok"], min_f=2000),
]
