"""Briefs for voices12: 32 briefs typed by four people (hand-written).

voice = (n - 1) mod 4 + 1
  1  Acil Nor (Hj. Noorhayati), ~52, Banjarmasin, sells Banjar cakes at "Wadai Acil Nor"      id x8
  2  Mas Warto (Suwarto), ~35, Tegal, teh poci and tahu aci stall near Alun-alun Tegal       id x6, mix x2
  3  Vania (Vania Wijaya), 23, Pangkalpinang, family kopitiam socials + freelance            en x6, mix x2
  4  Pak Ismail (Ismail Mooduto), ~58, Gorontalo, retired teacher, karawo shop and homestay  mix x5, en x3

B(n, lang, text, traps, **constraints) builds (briefs row, constraints row) with make_brief. A trap is
(kind, text[, note[, not_constraint]]). Kinds number, place, relaxation, negation and foreign_currency are
texts that are NOT constraints and go to `not_constraints`; lookalike goes there only when flagged;
spelled_number and alias mark texts that ARE real constraints.
"""
from src_common import REGIONS, make_brief, region

PREFIX = "vo12"
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
    # ---------------------------------------------------------------- b01 Acil Nor: hajatan cooking, Bjm else Kalsel
    B(1, "id",
      "Assalamualaikum bubuhan kreator 🙏 ulun Acil Nor, nang bejualan wadai di Jl. Sungai Jingah. Ading ulun buka "
      "toko panci wan dandang di Pasar Sudimampir, ada dandang 100 liter, kuali jumbo, kompor gas 2 tungku, harga "
      "mulai Rp 1,2 juta. Handak cari kreator nang biasa bemasak gasan hajatan, bakawinan, selamatan, masak gasan "
      "ratusan urang kaya itu. Bukan akun resep kue lah. Utamakan urang Banjarmasin, kalau di Banjarmasin kada ada, "
      "Kalsel lain jua kawa (Banjarbaru, Martapura, Kandangan). Barang kawa dikirim sampai Palangkaraya wan "
      "Samarinda. Followers kada masalah, platform bebas haja 🤗",
      [("place", "wadai di Jl. Sungai Jingah"), ("place", "toko panci wan dandang di Pasar Sudimampir"),
       ("number", "dandang 100 liter"), ("number", "kompor gas 2 tungku"), ("number", "Rp 1,2 juta"),
       ("negation", "Bukan akun resep kue lah"),
       ("alias", "kalau di Banjarmasin kada ada, Kalsel lain jua kawa", "fallback to Kalimantan Selatan"),
       ("place", "dikirim sampai Palangkaraya wan Samarinda", "shipping; Palangkaraya is Kalteng, not a fallback"),
       ("relaxation", "Followers kada masalah, platform bebas haja")],
      subtopics=["food.hajatan"], city=region("Banjarmasin"), city_fallback=region("KALSEL")),

    # ---------------------------------------------------------------- b02 Warto: tyres, YouTube/TikTok
    B(2, "id",
      "Sugeng enjing lur 🙏 Nyong Warto, sing dodol teh poci karo tahu aci cedhak Alun-alun Tegal. Iki nggo "
      "sepupune nyong, duwe toko ban neng Slawi, jual ban tubeless motor karo mobil, velg, karo jasa spooring "
      "balancing. Ban tubeless ring 14 mulai Rp 350 ewu. Golet kreator sing seneng bahas ban karo velg, cara milih "
      "ban, tekanan angin, kaya kuwe lah. YouTube karo TikTok bae ya, IG ora usah. Ora kudu wong Tegal, sak "
      "Indonesia oli. Followers pira bae ora masalah. Matur nuwun 🙏",
      [("place", "cedhak Alun-alun Tegal"), ("place", "duwe toko ban neng Slawi"), ("number", "ring 14"),
       ("number", "Rp 350 ewu"), ("relaxation", "Ora kudu wong Tegal, sak Indonesia oli"),
       ("relaxation", "Followers pira bae ora masalah")],
      subtopics=["auto.ban"], platform=["youtube", "tiktok"]),

    # ---------------------------------------------------------------- b03 Vania: toothpaste, IG/TikTok, <= 40k
    B(3, "en",
      "hiii ok so my friend's launching a whitening toothpaste 🦷✨ charcoal + coconut oil, 120 g, IDR 59k, bpom "
      "registered (she's from jakarta but we're handling socials from pangkalpinang lol). looking for ppl who talk "
      "about teeth stuff — whitening, braces, dentist visits, that kind of content. IG or TikTok only pls, no "
      "YouTube. 40k followers max bc budget 😭 not a skincare-only account pls. location literally anywhere in "
      "indo. tysm 🫶",
      [("number", "120 g"), ("number", "IDR 59k"), ("place", "she's from jakarta"),
       ("place", "handling socials from pangkalpinang"), ("negation", "not a skincare-only account pls"),
       ("relaxation", "location literally anywhere in indo")],
      subtopics=["beauty.gigi"], platform=["instagram", "tiktok"], max_f=40000),

    # ---------------------------------------------------------------- b04 Ismail: kite festival, YouTube/IG
    B(4, "mix",
      "Assalamualaikum wr wb. Kita Ismail, ketua panitia Festival Layangan Pantai Leato. Torang mo bekeng festival "
      "tanggal 17 Agustus, ada 48 peserta, hadiah total Rp 10 juta, layangan paling kecil 2 meter. Kita cari "
      "kreator yang suka main layangan, bekeng layangan, layangan aduan ato layangan raksasa. Cuma YouTube deng "
      "Instagram, TikTok nda usah. Ngana nda usah orang Gorontalo, dari mana saja boleh. Followers berapa saja "
      "nda apa-apa. Thank you very much, wassalam.",
      [("place", "Festival Layangan Pantai Leato"), ("number", "tanggal 17 Agustus"), ("number", "48 peserta"),
       ("number", "Rp 10 juta"), ("number", "2 meter"),
       ("relaxation", "Ngana nda usah orang Gorontalo, dari mana saja boleh"),
       ("relaxation", "Followers berapa saja nda apa-apa")],
      subtopics=["out.layangan"], platform=["youtube", "instagram"]),

    # ---------------------------------------------------------------- b05 Acil Nor: lip tint, Instagram
    B(5, "id",
      "Assalamualaikum 🙏 ulun Acil Nor pulang. Anak ulun nang bungsu baulah lip tint wan lip balm, diulah di "
      "Banjarmasin, isi 6 warna, harganya Rp 45 ribu haja. Handak cari kreator nang rajin bahas bibir, lip tint, "
      "lip balm, bibir kering pecah-pecah kaya itu lah. Cuma di Instagram haja, TikTok wan YouTube kada usah. "
      "Bukan akun MUA pengantin lah. Kada harus urang Banjar, di mana haja kawa. Tarima kasih banyak 🌸",
      [("place", "diulah di Banjarmasin"), ("number", "isi 6 warna"), ("number", "Rp 45 ribu"),
       ("negation", "Bukan akun MUA pengantin lah"), ("relaxation", "Kada harus urang Banjar, di mana haja kawa")],
      subtopics=["beauty.bibir"], platform=["instagram"]),

    # ---------------------------------------------------------------- b06 Warto: perantau pack, Jabodetabek, IG/TikTok
    B(6, "id",
      "Sugeng siang lur. Nyong Warto maning 😁 Saiki produk nyong dewek: paket teh poci karo tahu aci frozen nggo "
      "wong Tegal sing lagi merantau, isi 10 bungkus, Rp 65 ewu, teh e asli Slawi. Golet kreator sing followers-e "
      "wong perantauan, sing kangen kampung. Kontene ora kudu masakan, apa bae oli. Kudu sing domisili neng "
      "Jabodetabek ya, soale nyong ngirim seka gudang neng Tangerang. Tapi paket e bisa dikirim nganti Bandung "
      "karo Semarang. IG utawa TikTok bae, YouTube ora usah. Nuwun 🙏",
      [("number", "isi 10 bungkus"), ("number", "Rp 65 ewu"), ("place", "teh e asli Slawi"),
       ("relaxation", "Kontene ora kudu masakan, apa bae oli"),
       ("place", "ngirim seka gudang neng Tangerang", "reason for the Jabodetabek constraint, not a city of its own"),
       ("place", "bisa dikirim nganti Bandung karo Semarang")],
      kind="audience", audience=["perantau"], city=region("JABODETABEK"), platform=["instagram", "tiktok"]),

    # ---------------------------------------------------------------- b07 Vania: caps, TikTok
    B(7, "en",
      "ok so bestie of mine has a local cap brand 🧢 trucker caps + bucket hats, made in bandung, IDR 129k, "
      "restock 12 Sept. we need creators who actually post caps/hats content, fits, collections, how to wash a cap "
      "w/o ruining it, etc. TikTok only pls!! not sneaker accounts tho. followers idc, city idc. ty ty 🙏",
      [("place", "made in bandung"), ("number", "IDR 129k"), ("number", "restock 12 Sept"),
       ("negation", "not sneaker accounts tho"), ("relaxation", "followers idc, city idc")],
      subtopics=["street.topi"], platform=["tiktok"]),

    # ---------------------------------------------------------------- b08 Ismail: rain tanks, Sulawesi
    B(8, "mix",
      "Assalamualaikum Bapak/Ibu kreator. Kita pe anak laki-laki ada jual tandon panen air hujan deng filter, "
      "tandon 1.000 liter, pipa 3 inci, harga Rp 2,1 juta so termasuk pasang. Di Gorontalo ini kalau musim kemarau "
      "air susah skali. Torang cari kreator yang bahas tampung air hujan, hemat air, biopori, filter air. Kreator "
      "musti tinggal di Sulawesi, karena tukang pasang cuma ada di Sulawesi. Followers nda jadi soal. Best "
      "regards, Ismail.",
      [("number", "tandon 1.000 liter"), ("number", "pipa 3 inci"), ("number", "Rp 2,1 juta"),
       ("place", "Di Gorontalo ini kalau musim kemarau"), ("relaxation", "Followers nda jadi soal")],
      subtopics=["sust.airhujan"], city=region("SULAWESI")),

    # ---------------------------------------------------------------- b09 Acil Nor: outboard engines -> nelayan
    B(9, "id",
      "Assalamualaikum 🙏 ulun Acil Nor. Keponakan ulun di Marabahan bejual mesin ketinting wan baling-baling "
      "kapal, mesin 6,5 PK harganya Rp 3,8 juta, garansi 6 bulan. Handak cari kreator nang followers-nya nelayan, "
      "urang sungai, nang bejukung tiap hari. Kontennya kada harus soal mancing atau kapal, apa haja kawa. TikTok "
      "atau YouTube haja, IG kada usah. Followers minimal dua ribu lah. Kada harus urang Kalimantan. Tarima kasih 🤗",
      [("place", "Keponakan ulun di Marabahan"), ("number", "mesin 6,5 PK"), ("number", "Rp 3,8 juta"),
       ("number", "garansi 6 bulan"),
       ("relaxation", "Kontennya kada harus soal mancing atau kapal, apa haja kawa"),
       ("spelled_number", "Followers minimal dua ribu", "min 2,000 followers"),
       ("relaxation", "Kada harus urang Kalimantan")],
      kind="audience", audience=["nelayan"], platform=["tiktok", "youtube"], min_f=2000),

    # ---------------------------------------------------------------- b10 Warto: keyboard shop, Jawa Tengah
    B(10, "id",
      "Sugeng sonten lur 🙏 Iki nggo Paklik nyong, duwe toko musik neng Jl. Ahmad Yani Tegal, jual keyboard karo "
      "sewa organ tunggal nggo hajatan. Keyboard 61 tuts mulai Rp 4,5 juta. Golet kreator sing seneng main "
      "keyboard, organ tunggal, cover lagu dangdut nganggo keyboard, review keyboard. Dudu akun gitar ya. Kudu wong "
      "Jawa Tengah, soale Paklik gelem ngundang kreatore maring toko. Followers ora masalah, platform bebas. "
      "Matur nuwun.",
      [("place", "toko musik neng Jl. Ahmad Yani Tegal"), ("number", "Keyboard 61 tuts"), ("number", "Rp 4,5 juta"),
       ("negation", "Dudu akun gitar ya"), ("relaxation", "Followers ora masalah, platform bebas")],
      subtopics=["music.keyboard"], city=region("JATENG")),

    # ---------------------------------------------------------------- b11 Vania (Bangka): ice cream, Pkp else Babel
    B(11, "mix",
      "hai kak 🙏 aku Vania. Mak Ngah aku jual es krim durian kek es kacang merah rumahan, Rp 15 ribu per cup, "
      "pakai durian lokal dari Koba. Kami nek cari kreator yang biase bahas es, es krim rumahan, es lilin, es "
      "campur, jualan es. Utamekan yang tinggal di Pangkalpinang, kalau di Pangkal dak ade, Bangka Belitung mane "
      "bae boleh (Sungailiat, Belitung, Toboali). Platform ape bae, followers dak masalah. makaseh banyak ✨",
      [("number", "Rp 15 ribu per cup"), ("place", "durian lokal dari Koba"),
       ("alias", "kalau di Pangkal dak ade, Bangka Belitung mane bae boleh", "fallback to Bangka Belitung"),
       ("relaxation", "Platform ape bae, followers dak masalah")],
      subtopics=["food.es"], city=region("Pangkalpinang"), city_fallback=region("BABEL")),

    # ---------------------------------------------------------------- b12 Ismail: homestay -> foreign tourists
    B(12, "en",
      "Dear Sir/Madam, I am writing on behalf of my family's homestay in Olele, Bone Bolango, some 30 minutes from "
      "Gorontalo city. We have 3 rooms, USD 45 per night including breakfast, and we arrange trips to see the "
      "whale sharks at Botubarani from 6 am. We are seeking creators whose followers are foreign tourists and "
      "travellers planning a visit to Indonesia; the subject of their content is of no consequence. Instagram or "
      "YouTube only, kindly. Creators residing abroad are most welcome. Yours faithfully, Ismail Mooduto",
      [("place", "homestay in Olele, Bone Bolango"), ("number", "some 30 minutes from Gorontalo city"),
       ("number", "3 rooms"), ("foreign_currency", "USD 45 per night"), ("place", "whale sharks at Botubarani"),
       ("number", "from 6 am"), ("relaxation", "the subject of their content is of no consequence"),
       ("relaxation", "Creators residing abroad are most welcome", "opens the market")],
      kind="audience", audience=["turis_asing"], platform=["instagram", "youtube"], market=None),

    # ---------------------------------------------------------------- b13 Acil Nor: kelulut honey, TikTok/YouTube
    B(13, "id",
      "Assalamualaikum 🙏 Laki ulun ada beternak kelulut di kebun Kandangan, madu kelulut asli, Rp 120 ribu per "
      "botol 250 ml. Handak cari kreator nang bepiara lebah, kelulut, trigona, panen madu kaya itu. Bukan akun "
      "jamu herbal lah. TikTok atau YouTube haja, IG kada usah. Kada harus urang Kalimantan, di mana haja kawa, "
      "followers kada papa. Tarima kasih 🐝",
      [("place", "kebun Kandangan"), ("number", "Rp 120 ribu"), ("number", "botol 250 ml"),
       ("negation", "Bukan akun jamu herbal lah"),
       ("relaxation", "Kada harus urang Kalimantan, di mana haja kawa, followers kada papa")],
      subtopics=["pets.lebah"], platform=["tiktok", "youtube"]),

    # ---------------------------------------------------------------- b14 Warto (mix): iced coffee, audience UMKM required
    B(14, "mix",
      "Warto again lur 😁 this time my own product: es kopi susu gula aren literan, 1 liter Rp 40 ewu, tahan 3 dina "
      "neng kulkas. Looking for creators sing seneng bikin es kopi susu dewek, resep kopsus, jualan kopi literan. "
      "Important: followers-e kudu wong sing pengen buka usaha / pelaku UMKM, soale nyong arep nawakake reseller. "
      "Location anywhere, platform anything. Thx lur.",
      [("number", "1 liter Rp 40 ewu"), ("number", "tahan 3 dina neng kulkas"),
       ("relaxation", "Location anywhere, platform anything")],
      subtopics=["coffee.kopsus"], audience=["pelaku_umkm"], audience_required=True),

    # ---------------------------------------------------------------- b15 Vania: basketball, >= 3k
    B(15, "en",
      "hii it's vania again 🏀 my cousin runs a 3x3 basketball tournament in pangkalpinang + sells basketball "
      "shoes, 16 teams, IDR 300k per team, shoes from IDR 499k. need creators who post basketball content — drills, "
      "3x3, school/campus teams, hoops vlogs. at least 3k followers pls. not NBA highlight reposts ok. can be "
      "anywhere, any platform fr. tysm",
      [("place", "tournament in pangkalpinang"), ("number", "16 teams"), ("number", "IDR 300k per team"),
       ("number", "from IDR 499k"), ("negation", "not NBA highlight reposts ok"),
       ("relaxation", "can be anywhere, any platform fr")],
      subtopics=["fit.basket"], min_f=3000),

    # ---------------------------------------------------------------- b16 Ismail: public speaking class, TikTok, >= 5k
    B(16, "mix",
      "Assalamualaikum wr wb. Kita pe anak perempuan buka kelas public speaking online, 8 kali pertemuan, Rp 350 "
      "ribu, untuk anak SMA sampe orang kantoran. Torang cari kreator yang bahas public speaking, jadi MC, debat, "
      "presentasi, deng cara lawan demam panggung. Bukan akun motivator ya. Cuma TikTok. Followers minimal lima "
      "ribu. Ngana nda perlu tinggal di Gorontalo. Terima kasih banyak, wassalam.",
      [("number", "8 kali pertemuan"), ("number", "Rp 350 ribu"),
       ("lookalike", "untuk anak SMA sampe orang kantoran", "who the class is for, not a required audience", True),
       ("negation", "Bukan akun motivator ya"),
       ("spelled_number", "Followers minimal lima ribu", "min 5,000 followers"),
       ("relaxation", "Ngana nda perlu tinggal di Gorontalo")],
      subtopics=["edu.publicspeaking"], platform=["tiktok"], min_f=5000),

    # ---------------------------------------------------------------- b17 Acil Nor: cloth diapers, <= 25k
    B(17, "id",
      "Assalamualaikum 🙏 Menantu ulun bejualan popok kain (clodi) gasan bayi umur 0-3 tahun, Rp 85 ribu isi 3, "
      "bahannya dari Bandung. Handak cari kreator nang bahas popok, clodi, toilet training, ruam popok kaya itu. "
      "Followers paling banyak dua puluh lima ribu haja lah, biar kada mahal. Platform bebas, kada harus urang "
      "Banjar. Tarima kasih banyak 🤗",
      [("number", "umur 0-3 tahun"), ("number", "Rp 85 ribu isi 3"), ("place", "bahannya dari Bandung"),
       ("spelled_number", "Followers paling banyak dua puluh lima ribu", "max 25,000 followers"),
       ("relaxation", "Platform bebas, kada harus urang Banjar")],
      subtopics=["par.popok"], max_f=25000),

    # ---------------------------------------------------------------- b18 Warto: table tennis, >= 1,000 ("sewu")
    B(18, "id",
      "Sugeng enjing lur 🏓 Kancane nyong duwe toko bet karo karet pingpong neng Jl. Kolonel Sugiono, karet 2,1 mm "
      "mulai Rp 280 ewu, bet rakitan Rp 650 ewu. Golet kreator sing seneng main tenis meja, review bet karo karet, "
      "latihan pingpong, turnamen antar kampung. Followers minimal sewu ya lur. Domisili bebas, platform apa bae "
      "oli. Nuwun.",
      [("place", "neng Jl. Kolonel Sugiono"), ("number", "karet 2,1 mm"), ("number", "Rp 280 ewu"),
       ("number", "Rp 650 ewu"), ("spelled_number", "Followers minimal sewu", "sewu = 1,000 (Javanese)"),
       ("relaxation", "Domisili bebas, platform apa bae oli")],
      subtopics=["fit.tenismeja"], min_f=1000),

    # ---------------------------------------------------------------- b19 Vania: word-game app -> SMA, content bahasa daerah
    B(19, "en",
      "hiii 🙏 so my friend built a lil word game app for learning bahasa daerah (bangka malay first, banjar + "
      "javanese next update), free w/ IDR 15k premium. we want creators whose followers are SMA kids AND who "
      "actually make content about regional languages / local words / aksara. not gaming, basketball or public "
      "speaking accounts even if their followers are SMA kids ok. TikTok or YouTube only, IG not needed. anywhere "
      "in indo is fine. thx ✨",
      [("number", "IDR 15k premium"),
       ("negation", "not gaming, basketball or public speaking accounts even if their followers are SMA kids"),
       ("relaxation", "anywhere in indo is fine")],
      kind="audience", audience=["pelajar_sma"], subtopics=["edu.bahasadaerah"], platform=["tiktok", "youtube"]),

    # ---------------------------------------------------------------- b20 Ismail: parang / bushcraft, >= 5,000
    B(20, "en",
      "Dear esteemed creators, Good day. My nephew forges parang and survival knives by hand in Gorontalo; the "
      "blade is 30 cm and the price is IDR 450,000, sheath included, and he ships nationwide. We are looking for "
      "creators who practise bushcraft and jungle survival: fire-making, shelters, knives, living in the forest. "
      "Kindly note that we require not fewer than five thousand followers. Residence anywhere in Indonesia is "
      "acceptable, on any platform. Yours faithfully, Ismail",
      [("place", "survival knives by hand in Gorontalo"), ("number", "the blade is 30 cm"),
       ("number", "IDR 450,000"), ("place", "he ships nationwide"),
       ("spelled_number", "not fewer than five thousand followers", "min 5,000 followers"),
       ("relaxation", "Residence anywhere in Indonesia is acceptable, on any platform")],
      subtopics=["out.bushcraft"], min_f=5000),

    # ---------------------------------------------------------------- b21 Acil Nor: arisan app, rate <= 400k
    B(21, "id",
      "Assalamualaikum 🙏 Bubuhan arisan ulun baulah aplikasi catat arisan, gratis gasan 20 urang anggota, setoran "
      "Rp 100 ribu sebulan, ada pengingat kocokan. Handak cari kreator nang bahas arisan, nabung bekelompok, wan "
      "cara supaya kada kena arisan bodong. Rate paling mahal empat ratus ribu lah, duit kas arisan sedikit haja 😅 "
      "Bukan akun saham atau kripto lah. Di mana haja kawa, platform bebas. Tarima kasih.",
      [("number", "20 urang anggota"), ("number", "Rp 100 ribu sebulan"),
       ("spelled_number", "Rate paling mahal empat ratus ribu", "max Rp 400,000"),
       ("negation", "Bukan akun saham atau kripto lah"), ("relaxation", "Di mana haja kawa, platform bebas")],
      subtopics=["fin.arisan"], max_rate=400_000),

    # ---------------------------------------------------------------- b22 Warto: wall paint, rate <= 750k
    B(22, "id",
      "Sugeng siang lur 🎨 Iparku duwe toko cat neng Jl. Gajah Mada, cat tembok 5 kilo Rp 185 ewu, ana 40 warna. "
      "Golet kreator sing seneng ngecat tembok dewek, gawe mural, ngecat ulang lemari utawa lawang. Rate maksimal "
      "Rp 750 ewu per video ya. Ora kudu wong Tegal, sak Indonesia oli, platform bebas. Nuwun.",
      [("place", "toko cat neng Jl. Gajah Mada"), ("number", "cat tembok 5 kilo"), ("number", "Rp 185 ewu"),
       ("number", "ana 40 warna"), ("relaxation", "Ora kudu wong Tegal, sak Indonesia oli, platform bebas")],
      subtopics=["home.cat"], max_rate=750_000),

    # ---------------------------------------------------------------- b23 Vania: car fridge, YouTube, >= 10k
    B(23, "en",
      "ok this one's for a car fridge + roof box brand 🚗 12V fridge 25 L, IDR 2.3 mio, they ship from jakarta. "
      "looking for ppl who do long road trips by car — trans sumatra, kalimantan, sulawesi, car camping, mudik by "
      "car. YouTube only, at least 10k subs. no motorbike touring accounts pls. anywhere in indo. thx bestie 🫶",
      [("number", "12V fridge 25 L"), ("number", "IDR 2.3 mio"), ("place", "they ship from jakarta"),
       ("lookalike", "trans sumatra, kalimantan, sulawesi", "routes as content, not where the creator lives", True),
       ("negation", "no motorbike touring accounts pls"), ("relaxation", "anywhere in indo")],
      subtopics=["travel.roadtrip"], platform=["youtube"], min_f=10000),

    # ---------------------------------------------------------------- b24 Ismail: notary -> lansia, content warisan/kakek
    B(24, "mix",
      "Assalamualaikum wr wb. Kita pe ponakan buka kantor notaris di Limboto, bantu urus sertifikat tanah, hibah, "
      "deng surat wasiat. Biaya konsultasi Rp 250 ribu. Torang cari kreator yang followers-nya orang tua, kakek "
      "nenek, pensiunan. Kontennya harus soal warisan / pembagian harta, ato soal kakek nenek yang jaga cucu. Bukan "
      "akun keyboard, mukena, ato arisan walaupun dorang pe followers orang tua. Instagram ato YouTube saja, TikTok "
      "nda usah. Thank you, wassalam.",
      [("place", "kantor notaris di Limboto"), ("number", "Rp 250 ribu"),
       ("negation", "Bukan akun keyboard, mukena, ato arisan walaupun dorang pe followers orang tua")],
      kind="audience", audience=["lansia"], subtopics=["fin.warisan", "par.kakek"],
      platform=["instagram", "youtube"]),

    # ---------------------------------------------------------------- b25 Acil Nor: cashier printer -> UMKM, TikTok, Kalimantan
    B(25, "id",
      "Assalamualaikum 🙏 Anak ulun nang tuha bejualan printer thermal 58 mm wan aplikasi kasir gasan warung, Rp "
      "450 ribu, garansi 1 tahun. Handak cari kreator nang followers-nya urang bejualan, pedagang pasar, UMKM. "
      "Kontennya kada harus soal usaha, apa haja kawa. TikTok haja lah, yang lain kada usah. Kreatornya harus "
      "tinggal di Kalimantan, supaya gampang ulun kirim barang. Tarima kasih banyak 🤗",
      [("number", "printer thermal 58 mm"), ("number", "Rp 450 ribu"), ("number", "garansi 1 tahun"),
       ("relaxation", "Kontennya kada harus soal usaha, apa haja kawa")],
      kind="audience", audience=["pelaku_umkm"], platform=["tiktok"], city=region("KALIMANTAN")),

    # ---------------------------------------------------------------- b26 Warto (mix): CCTV, YouTube
    B(26, "mix",
      "Hello lur, Warto here 🙏 my cousin does CCTV installation around Tegal & Brebes, paket 4 kamera 2 MP Rp 1,1 "
      "juta include pasang. Looking for creators sing review CCTV, pasang CCTV dewek, IP camera, security kamera "
      "nggo omah karo toko. YouTube only ya, soale video tutorial. Location anywhere, followers ora masalah. "
      "Thanks lur.",
      [("place", "CCTV installation around Tegal & Brebes"), ("number", "paket 4 kamera 2 MP"),
       ("number", "Rp 1,1 juta"), ("relaxation", "Location anywhere, followers ora masalah")],
      subtopics=["tech.cctv"], platform=["youtube"]),

    # ---------------------------------------------------------------- b27 Vania (Bangka): pet shampoo, IG/TikTok, rate <= 1 jt
    B(27, "mix",
      "hai kak 😊 kawan aku di Pangkal jual sampo kucing kek anjing, 250 ml Rp 49 ribu, wangi lavender. Kite nek "
      "cari kreator yang biase grooming anabul, mandiin kucing, potong kuku, salon hewan. IG atau TikTok bae, "
      "YouTube dak usah. Rate maksimal sejuta ye. Dak harus orang Bangka, mane bae boleh. makaseh ✨",
      [("place", "kawan aku di Pangkal"), ("number", "250 ml Rp 49 ribu"),
       ("spelled_number", "Rate maksimal sejuta", "sejuta = Rp 1,000,000"),
       ("relaxation", "Dak harus orang Bangka, mane bae boleh")],
      subtopics=["pets.grooming"], platform=["instagram", "tiktok"], max_rate=1_000_000),

    # ---------------------------------------------------------------- b28 Ismail: faraid book, Gorontalo else Sulawesi
    B(28, "mix",
      "Assalamualaikum wr wb. Kita pe teman, ustadz, ada tulis buku panduan faraid (bagi warisan menurut Islam), "
      "180 halaman, Rp 95 ribu. Torang cari kreator yang bahas warisan, faraid, hibah, sertifikat tanah keluarga. "
      "Utamakan orang Gorontalo, kalau di Gorontalo nda ada, Sulawesi mana saja boleh. Platform bebas. Thank you, "
      "wassalam.",
      [("number", "180 halaman"), ("number", "Rp 95 ribu"),
       ("alias", "kalau di Gorontalo nda ada, Sulawesi mana saja boleh", "fallback to Sulawesi"),
       ("relaxation", "Platform bebas")],
      subtopics=["fin.warisan"], city=region("Gorontalo"), city_fallback=region("SULAWESI")),

    # ---------------------------------------------------------------- b29 Acil Nor: mukena, IG/TikTok, >= 3,000
    B(29, "id",
      "Assalamualaikum 🙏 Ading ulun menjahit mukena bordir motif sasirangan, ukuran dewasa wan anak, Rp 275 ribu, "
      "ada 12 warna. Handak cari kreator nang bahas mukena, mukena traveling, mukena anak, sajadah. IG atau TikTok "
      "haja, YouTube kada usah. Followers minimal tiga ribu lah. Tinggal di mana haja kawa, asal di Indonesia. "
      "Tarima kasih 🌸",
      [("number", "Rp 275 ribu"), ("number", "ada 12 warna"),
       ("spelled_number", "Followers minimal tiga ribu", "min 3,000 followers"),
       ("relaxation", "Tinggal di mana haja kawa, asal di Indonesia", "any city, but the market stays ID")],
      subtopics=["modest.mukena"], platform=["instagram", "tiktok"], min_f=3000),

    # ---------------------------------------------------------------- b30 Warto: retro consoles, YouTube/TikTok
    B(30, "id",
      "Sugeng dalu lur 🎮 Ponakane nyong dodol PS2 rakitan isi 5000 game karo konsol retro, Rp 850 ewu, garansi 3 "
      "sasi. Golet kreator sing seneng game jadul, PS1, PS2, Nintendo, emulator, koleksi kaset lawas. Dudu akun "
      "Mobile Legends ya. YouTube utawa TikTok bae. Domisili bebas, followers ora masalah. Nuwun lur.",
      [("number", "isi 5000 game"), ("number", "Rp 850 ewu"), ("number", "garansi 3 sasi"),
       ("negation", "Dudu akun Mobile Legends ya"), ("relaxation", "Domisili bebas, followers ora masalah")],
      subtopics=["game.retro"], platform=["youtube", "tiktok"]),

    # ---------------------------------------------------------------- b31 Vania: smartwatch, Jkt/Bdg/Sby, <= 50k
    B(31, "en",
      "heyyy 🙌 smartwatch brand client, IDR 699k, battery 14 days, ships from batam. they want creators who review "
      "wearables — smartwatches, fitness bands, smart rings. creators in jakarta, bandung or surabaya pls (they "
      "wanna do a meetup). max 50k followers. any platform. ty!!",
      [("number", "IDR 699k"), ("number", "battery 14 days"), ("place", "ships from batam"),
       ("relaxation", "any platform")],
      subtopics=["tech.wearable"], city=region("Jakarta", "Bandung", "Surabaya"), max_f=50000),

    # ---------------------------------------------------------------- b32 Ismail: grandparents' baby monitor, >= 10,000
    B(32, "en",
      "Dear Sir/Madam, My son-in-law sells a baby monitor with large buttons and a loud speaker, made for "
      "grandparents who look after their grandchildren; the price is IDR 780,000 and the screen is 5 inches. We "
      "should be most grateful to find creators whose content concerns grandparents raising or minding "
      "grandchildren. Kindly note that we require not fewer than ten thousand followers. Not baby product review "
      "accounts, please. Any platform and any city are acceptable. Yours faithfully, Ismail Mooduto, Gorontalo",
      [("number", "IDR 780,000"), ("number", "the screen is 5 inches"),
       ("spelled_number", "not fewer than ten thousand followers", "min 10,000 followers"),
       ("negation", "Not baby product review accounts, please"),
       ("relaxation", "Any platform and any city are acceptable"), ("place", "Ismail Mooduto, Gorontalo")],
      subtopics=["par.kakek"], min_f=10000),
]

assert len(BRIEFS) == 32
assert REGIONS  # imported for readers of this file: regions are named in the constraints above
