"""Briefs of voices8, hand-written, typed by four people (voice = (n - 1) mod 4 + 1):
 1 Kak Ijah (Khadijah), ~42, Pontianak: sells kerupuk basah, amplang and lempok durian from a small home
   kitchen, and posts for her husband, son, nephew, brother and sister-in-law. Phone-typed Pontianak Malay
   Indonesian: kamek, kitak, ndak, ape, jak, mane, ade, nian, ye, "lah"; prices as "35 ribu".
 2 Koh Hendra (Liem Hendra Wijaya), ~46, Surabaya: distributor (CV Sumber Hoki) of household goods, baby
   products and tools. Brisk business chat, Indonesian-English mix, cuan / cincai / hoki, price lists, MOQ.
 3 Rara (Larasati Hutapea), 27, Jakarta: product manager in a startup group with fintech, edtech and healthtech
   apps. Slack-style English briefs with bullets and acronyms; two slide into Indonesian.
 4 Pak I Ketut Suarjana, ~63, Desa Mas (Ubud, Gianyar): woodcarver and owner of a six-room family homestay;
   posts for his son, daughter, nephew and grandson. Polite, old-fashioned Indonesian (Dengan hormat, mohon
   bantuannya, matur suksma) and careful formal English.
"""
from src_common import T, make_brief, region

P = "vo8"
KALBAR = region("KALBAR")
KALIMANTAN = region("KALIMANTAN")
JATIM = region("JATIM")
BALI = region("BALI")
JABODETABEK = region("JABODETABEK")

BRIEFS = [
    # ---------------------------------------------------------------- b01 Kak Ijah
    make_brief(P, 1, "id",
        "Assalamualaikum kak. Kamek Ijah, jualan kerupuk basah same amplang ikan belida di Pontianak, ade juga "
        "terasi udang dari Kakap. Kamek nak cari kreator yg suke masak ikan, udang, cumi di rumah, yg bise tunjuk "
        "cara olah lauk laut biar ndak amis, trus kerupuk basah kamek dimakan same sambal. Bukan yg cuma mukbang ye. "
        "Utamekan orang Pontianak lah, kalau di Pontianak ndak ade, Kalbar lain pun boleh, Singkawang, Kubu Raya, "
        "Mempawah. Kerupuk basah 35 ribu sebatang, amplang 250 gram 40 ribu. Dapur kecil kamek di Siantan. "
        "Followers berape pun ndak ape.",
        subtopics=["food.seafood"], city=["Pontianak"], city_fallback=KALBAR,
        nots=["terasi udang dari Kakap", "Bukan yg cuma mukbang ye", "35 ribu", "250 gram", "40 ribu",
              "Dapur kecil kamek di Siantan", "Followers berape pun ndak ape"],
        traps=[T("alias", "city fallback in her words: Pontianak, else 'Kalbar lain' (Singkawang, Kubu Raya, Mempawah)"),
               T("place", "shrimp paste from Kakap and her kitchen in Siantan are not constraints"),
               T("negation", "'Bukan yg cuma mukbang' is taste; no mukbang account in the pool"),
               T("number", "35 ribu, 250 gram, 40 ribu: the product"),
               T("relaxation", "Followers berape pun ndak ape")]),
    # ---------------------------------------------------------------- b02 Koh Hendra
    make_brief(P, 2, "mix",
        "Halo, Hendra dari CV Sumber Hoki, distributor perkakas Sby. Kita baru masuk bor cordless + gerinda mini, "
        "ready stock gudang Margomulyo.\n- Bor 21V set 2 baterai: Rp 389rb\n- Gerinda 4 inch: Rp 265rb\n"
        "- Tool kit 108 pcs: Rp 219rb\nCari creator yg konten benerin rumah sendiri: pipa bocor, listrik, pasang rak, "
        "pake perkakas beneran. Jangan yg unboxing doang, harus dipake. Creator harus domisili Jawa Timur ya, biar "
        "gampang kirim sample & bisa mampir toko. Fee max sejuta setengah per video, lebih dari itu nggak cuan. "
        "Followers cincai lah.",
        subtopics=["home.perbaikan"], city=JATIM, max_rate=1500000,
        nots=["distributor perkakas Sby", "gudang Margomulyo", "21V", "Rp 389rb", "4 inch", "Rp 265rb", "108 pcs",
              "Rp 219rb", "Jangan yg unboxing doang", "Followers cincai lah"],
        traps=[T("place", "the distributor is in Surabaya (warehouse in Margomulyo); the constraint is all of Jawa Timur"),
               T("number", "price list 389rb / 265rb / 219rb, 21V, 4 inch, 108 pcs"),
               T("spelled_number", "fee cap 'sejuta setengah' = Rp 1,500,000"),
               T("negation", "'Jangan yg unboxing doang' is taste; excludes nobody"),
               T("relaxation", "Followers cincai lah")]),
    # ---------------------------------------------------------------- b03 Rara
    make_brief(P, 3, "en",
        "hey team \U0001F44B quick brief for Lunasin (debt consolidation, OJK-licensed)\n"
        "- product: merge paylater + credit card + KTA into 1 installment, rates from 1.2%/mo, tenor up to 24 mo\n"
        "- creators: people who talk openly about getting out of debt (paylater, pinjol, CC). personal story > generic tips\n"
        "- platforms: IG or TikTok only\n- min 10k followers\n"
        "- NOT: crypto/trading 'get rich' accounts\n"
        "- budget ~IDR 50M total for Q3, split across creators\n- timeline: content live by 15 Aug\nlmk if questions \U0001F64F",
        subtopics=["fin.utang"], platform=["instagram", "tiktok"], min_f=10000,
        nots=["OJK-licensed", "1.2%/mo", "24 mo", "~IDR 50M total for Q3", "15 Aug"],
        traps=[T("number", "1.2%/mo, 24 mo, 15 Aug"),
               T("number", "~IDR 50M is a campaign total, not a per-creator cap"),
               T("negation", "crypto/trading accounts refused; none in the pool")]),
    # ---------------------------------------------------------------- b04 Pak Ketut
    make_brief(P, 4, "id",
        "Om Swastiastu. Dengan hormat, perkenalkan saya I Ketut Suarjana, pemilik Pondok Suarjana, homestay kecil "
        "dengan enam kamar di Desa Mas, Ubud. Sejak pandemi tamu kami berkurang, maka dari itu kami mohon bantuannya "
        "untuk dicarikan kreator yang biasa membuat konten tentang desa wisata, menginap di homestay, tinggal bersama "
        "keluarga di desa, bukan hotel atau resort mewah. Kami mengutamakan kreator yang tinggal di Kabupaten Gianyar; "
        "apabila tidak ada, kreator dari daerah lain di Bali juga dapat kami terima. Harga kamar Rp350.000 per malam "
        "termasuk sarapan. Mengenai jumlah pengikut, tidak menjadi soal. Atas perhatiannya saya ucapkan matur suksma.",
        subtopics=["travel.desa"], city=["Gianyar"], city_fallback=BALI,
        nots=["enam kamar", "Desa Mas, Ubud", "bukan hotel atau resort mewah", "Rp350.000 per malam",
              "tidak menjadi soal"],
        traps=[T("alias", "city fallback: Kabupaten Gianyar, else 'daerah lain di Bali'"),
               T("place", "his homestay in Desa Mas, Ubud is where he lives, not where creators must live"),
               T("number", "enam kamar, Rp350.000 per malam"),
               T("negation", "'bukan hotel atau resort mewah' is taste; no luxury-stay account in the pool"),
               T("relaxation", "jumlah pengikut tidak menjadi soal")]),
    # ---------------------------------------------------------------- b05 Kak Ijah
    make_brief(P, 5, "id",
        "Kak, lebaran haji nanti kamek nak kirim paket lempok durian same kerupuk basah ke orang Kalbar yg merantau, "
        "di Jawa, Batam, mane-mane lah. Jadi kamek cari kreator yg followersnye banyak orang Kalbar, Dayak, Melayu "
        "perantauan, yg kangen kampung. Kontennye ape jak boleh, masak, musik, kerajinan, ndak masalah. Pakai IG atau "
        "TikTok jak, Youtube ndak usah, kamek ndak ngerti. Paket 500 gram 85 ribu, ongkir ke Jawa kamek tanggung "
        "kalau beli 3. Kreator tinggal dimane pun boleh, asal masih di Indonesia.",
        kind="audience", audience=["perantau"], subtopics=None, niches=None, platform=["instagram", "tiktok"],
        nots=["di Jawa, Batam", "500 gram", "85 ribu", "beli 3", "Kreator tinggal dimane pun boleh"],
        traps=[T("place", "where her customers live (Jawa, Batam) is not where creators must live"),
               T("number", "500 gram, 85 ribu, beli 3"),
               T("relaxation", "any content; Kreator tinggal dimane pun boleh ('asal masih di Indonesia': market ID stays)")]),
    # ---------------------------------------------------------------- b06 Koh Hendra
    make_brief(P, 6, "mix",
        "Bro, kita ada stok cooler box 45L & 80L, senter kepala waterproof, jas hujan PVC tebel. Target: nelayan & "
        "keluarga pesisir. Butuh creator yg followers-nya banyak nelayan / orang kampung pesisir, kontennya bebas, mau "
        "masak ikan, laut, konservasi, apapun. Platform YouTube atau TikTok aja, IG kurang nyampe ke bapak2 nelayan. "
        "Harga cooler 45L Rp 310rb, 80L Rp 525rb, senter Rp 47rb. Followers nggak penting, yg penting penontonnya pas. "
        "Kota bebas, kita kirim dari Sby ke seluruh Indo.",
        kind="audience", audience=["nelayan"], subtopics=None, niches=None, platform=["youtube", "tiktok"],
        nots=["45L & 80L", "Rp 310rb", "Rp 525rb", "Rp 47rb", "Followers nggak penting", "Kota bebas",
              "kita kirim dari Sby"],
        traps=[T("number", "45L, 80L, 310rb, 525rb, 47rb"),
               T("relaxation", "kontennya bebas; Followers nggak penting; Kota bebas"),
               T("place", "ships from Surabaya"),
               T("lookalike", "ocean creators whose followers are tourists, not fishers, do not count")]),
    # ---------------------------------------------------------------- b07 Rara
    make_brief(P, 7, "en",
        "Brief: Kerjain (invoicing + tax app for freelancers)\n"
        "- TA: freelancers / gig workers (designers, writers, video editors, remote devs)\n"
        "- creator content: doesn't matter!! finance, productivity, mental health, whatever. what matters is that "
        "their followers are freelancers\n"
        "- min 5K followers (smaller = hard to measure CAC)\n- any platform, any city\n"
        "- offer: free Pro plan 12 mo (worth IDR 588K) + fee\n"
        "- KPI: signups w/ promo code, target 2,000 in 30 days",
        kind="audience", audience=["freelancer"], subtopics=None, niches=None, min_f=5000,
        nots=["any platform, any city", "12 mo", "IDR 588K", "2,000 in 30 days"],
        traps=[T("relaxation", "content doesn't matter; any platform, any city"),
               T("number", "12 mo, IDR 588K, 2,000 in 30 days"),
               T("spelled_number", "'min 5K followers' is the one real constraint")]),
    # ---------------------------------------------------------------- b08 Pak Ketut
    make_brief(P, 8, "en",
        "Dear Sir or Madam, good day to you. I am the owner of a small family homestay and woodcarving workshop in "
        "Mas village, near Ubud. We wish to welcome more guests from overseas. Therefore we kindly request creators "
        "whose followers are foreign tourists or people planning a holiday to Bali. The subject of their content is "
        "not so important; it may be food, diving, crafts or family travel. However, we humbly ask that the creator "
        "lives in Bali, so that he or she may visit us in person. Our rooms are IDR 350,000 per night (about 22 US "
        "dollars) with breakfast, and a carving class is IDR 250,000 for two hours. Platform is free. Thank you very "
        "much for your kind assistance.",
        kind="audience", audience=["turis_asing"], subtopics=None, niches=None, city=BALI,
        nots=["Mas village", "IDR 350,000 per night", "about 22 US dollars", "IDR 250,000 for two hours",
              "Platform is free"],
        traps=[T("place", "Mas village near Ubud is his home; the constraint is all of Bali"),
               T("number", "IDR 350,000 per night, IDR 250,000 for two hours"),
               T("foreign_currency", "about 22 US dollars"),
               T("relaxation", "content not so important; Platform is free")]),
    # ---------------------------------------------------------------- b09 Kak Ijah
    make_brief(P, 9, "id",
        "Assalamualaikum kak. Adek laki kamek buka usaha jahit telok belanga same baju koko, kainnye dari Sambas, ade "
        "juga kopiah. Die nak cari kreator cowok yg suke pakai baju muslim laki2, sarung, peci, yg bise nunjuk cara "
        "padu padan buat jumatan same lebaran. Ndak nak yg konten gamis perempuan atau hijab ye, ini khusus laki. "
        "Harga koko 175 ribu, telok belanga satu stel 350 ribu. Kota bebas, platform bebas. Followers sikit ndak ape "
        "asal rapi kontennye.",
        subtopics=["modest.pria"],
        nots=["dari Sambas", "175 ribu", "350 ribu", "Kota bebas, platform bebas", "Followers sikit ndak ape"],
        traps=[T("place", "cloth from Sambas"),
               T("negation", "women's hijab and gamis content refused; no such subtopic in the pool"),
               T("number", "175 ribu, 350 ribu"),
               T("relaxation", "Kota bebas, platform bebas; Followers sikit ndak ape")]),
    # ---------------------------------------------------------------- b10 Koh Hendra
    make_brief(P, 10, "mix",
        "Sis, mau launch breast pump elektrik double + cooler bag ASIP, stok 2.000 unit di gudang, hoki banget dapet "
        "slot import bulan ini. Target: ibu bekerja yg masih menyusui. Creator-nya harus yg konten menyusui/ASI atau "
        "parenting anak, DAN audiensnya ibu2 kerja. Bukan beauty atau skincare mom ya, walaupun followersnya ibu kerja, "
        "kita nggak mau. Harga pump Rp 699rb (normal 899rb), cooler bag Rp 129rb. Platform & kota bebas, fee nego.",
        kind="audience", audience=["ibu_bekerja"], subtopics=["par.asi", "par.remaja"],
        nots=["2.000 unit", "Rp 699rb", "899rb", "Rp 129rb", "Platform & kota bebas", "fee nego"],
        traps=[T("lookalike", "mature-skin beauty creators followed by working mothers are refused"),
               T("negation", "'Bukan beauty atau skincare mom' restricts content"),
               T("number", "2.000 unit, 699rb, 899rb, 129rb"),
               T("relaxation", "Platform & kota bebas, fee nego")]),
    # ---------------------------------------------------------------- b11 Rara
    make_brief(P, 11, "en",
        "Tenang (mental health teleconsult): creator brief v2\n"
        "- what: chat/video sessions w/ licensed psychologists, from IDR 99K/session, first session 50% off\n"
        "- looking for: creators who talk about mental health honestly: burnout, anxiety, going to therapy. lived "
        "experience or actual psychologists both ok\n"
        "- pls NO: creators who post toxic-positivity quotes or sell supplements as a cure\n"
        "- platform: whatever works, IG/TikTok/YT all fine\n- no follower min, micro is fine\n"
        "- sensitive topic, so we'll do a briefing call w/ our clinical team before posting",
        subtopics=["fit.mental"],
        nots=["IDR 99K/session", "50% off", "IG/TikTok/YT all fine", "no follower min"],
        traps=[T("number", "IDR 99K/session, 50% off"),
               T("negation", "toxic-positivity and supplement accounts refused; taste, excludes nobody"),
               T("relaxation", "IG/TikTok/YT all fine; no follower min")]),
    # ---------------------------------------------------------------- b12 Pak Ketut
    make_brief(P, 12, "id",
        "Dengan hormat, Bapak/Ibu. Putra saya, Made, memimpin sanggar gamelan anak-anak di banjar kami dan tahun ini "
        "mulai menjual rekaman serta kelas gamelan daring. Kami mohon dicarikan kreator yang berkarya di bidang musik "
        "tradisional, entah itu gamelan, angklung, sape', kolintang, atau alat musik daerah lainnya. Mohon maaf, kami "
        "kurang berkenan dengan kreator musik pop atau DJ. Kelas daring Rp150.000 per bulan untuk delapan kali "
        "pertemuan. Kreator boleh dari mana saja, tidak harus orang Bali, dan platformnya terserah. Matur suksma.",
        subtopics=["music.tradisi"],
        nots=["Rp150.000 per bulan", "delapan kali pertemuan", "tidak harus orang Bali", "platformnya terserah"],
        traps=[T("number", "Rp150.000 per bulan, delapan kali pertemuan (spelled, not a constraint)"),
               T("negation", "pop and DJ creators refused; none in the pool"),
               T("relaxation", "dari mana saja, tidak harus orang Bali; platformnya terserah")]),
    # ---------------------------------------------------------------- b13 Kak Ijah
    make_brief(P, 13, "id",
        "Kak Ijah lagi. Kali ni punye kakak ipar kamek, die bikin minuman lidah buaya dalam cup same sirup jeruk "
        "sambas. Nak cari kreator yg suke bikin minuman rumahan, jamu, es, wedang, ape lah yg minuman tradisional. "
        "Kreatornye harus orang Kalimantan ye, Kalbar, Kaltim, Kalsel same jak, sebab barang kami cuma kirim sekitar "
        "pulau ni. Yg di Jawa ndak usah. Satu cup 8 ribu, satu dus isi 24. Budget ndak banyak tapi bise nego.",
        subtopics=["food.minuman"], city=KALIMANTAN,
        nots=["jeruk sambas", "8 ribu", "isi 24", "Budget ndak banyak tapi bise nego"],
        traps=[T("place", "'jeruk sambas' names a fruit from Sambas, not a city constraint"),
               T("number", "8 ribu, isi 24"),
               T("relaxation", "budget small but negotiable, no cap"),
               T("lookalike", "a drinks creator in Kuching is on the same island but in Malaysia: misses city and market")]),
    # ---------------------------------------------------------------- b14 Koh Hendra
    make_brief(P, 14, "mix",
        "Halo, ini Hendra. Kita distributor sepeda lipat 20 inch + aksesoris (lampu, pompa mini, tas sadel). Harga "
        "seli Rp 2,45jt, aksesoris mulai 35rb. Cari creator yg hobi gowes: roadbike, seli, bike to work, onthel juga "
        "boleh. Platform cuma IG sama YouTube ya, TikTok nggak dulu, tim kita belum siap. Domisili bebas. Rate kalau "
        "bisa di bawah 3jt, tapi bisa diomongin.",
        subtopics=["fit.sepeda"], platform=["instagram", "youtube"],
        nots=["20 inch", "Rp 2,45jt", "35rb", "Domisili bebas", "Rate kalau bisa di bawah 3jt, tapi bisa diomongin"],
        traps=[T("number", "20 inch, 2,45jt, 35rb"),
               T("relaxation", "'Rate kalau bisa di bawah 3jt, tapi bisa diomongin' is a wish, not a cap"),
               T("relaxation", "Domisili bebas")]),
    # ---------------------------------------------------------------- b15 Rara
    make_brief(P, 15, "mix",
        "brief buat Lolos (UTBK tryout app) \U0001F3AF\n"
        "- TA: anak SMA/SMK kelas 11-12 yang mau masuk PTN\n"
        "- creator: audiens-nya harus anak SMA, DAN kontennya soal belajar: UTBK/SNBT, pilih jurusan, atau study "
        "tools / cara belajar pake app & AI\n"
        "- bukan akun gaming atau bola/jersey meskipun followers-nya anak SMA. brand safety + yang bayar ortu\n"
        "- platform bebas, kota bebas\n- harga premium IDR 149K/3 bulan, tryout gratis 4x\n"
        "- go-live: sebelum pendaftaran SNBT bulan Februari",
        kind="audience", audience=["pelajar_sma"], subtopics=["edu.utbk", "tech.produktivitas"],
        nots=["kelas 11-12", "platform bebas, kota bebas", "IDR 149K/3 bulan", "4x", "bulan Februari"],
        traps=[T("lookalike", "PC-gaming, jersey and angklung creators followed by high-school students do not count"),
               T("negation", "'bukan akun gaming atau bola/jersey' restricts content"),
               T("number", "kelas 11-12, IDR 149K/3 bulan, 4x, Februari"),
               T("relaxation", "platform bebas, kota bebas")]),
    # ---------------------------------------------------------------- b16 Pak Ketut
    make_brief(P, 16, "mix",
        "Om Swastiastu. Keponakan saya, Wayan, membuka dive center kecil di Amed dengan dua perahu jukung. Dengan "
        "hormat kami mencari kreator yang membuat konten menyelam, snorkeling, freediving, atau foto bawah laut. "
        "Kreator sebaiknya memiliki paling sedikit lima ribu pengikut, so that the dive center is seen by enough "
        "people. We are a small family business, please forgive my English. Harga fun dive dua kali selam Rp900.000 "
        "(about 55 dollars), kursus open water Rp5.500.000 untuk tiga hari. Domisili tidak masalah, asal masih di "
        "Indonesia. Terima kasih atas bantuannya.",
        subtopics=["out.diving"], min_f=5000,
        nots=["di Amed", "dua perahu jukung", "dua kali selam", "Rp900.000", "about 55 dollars", "Rp5.500.000",
              "tiga hari", "Domisili tidak masalah"],
        traps=[T("place", "the dive center is in Amed; creators may live anywhere in Indonesia"),
               T("spelled_number", "'paling sedikit lima ribu pengikut' = min 5,000 followers"),
               T("number", "dua perahu, dua kali selam, Rp900.000, Rp5.500.000, tiga hari"),
               T("foreign_currency", "about 55 dollars"),
               T("relaxation", "Domisili tidak masalah (market ID stays)")]),
    # ---------------------------------------------------------------- b17 Kak Ijah
    make_brief(P, 17, "id",
        "Assalamualaikum. Laki kamek buka toko pakan burung same ayam di Jalan Tanjungpura, jual pakan serama, pur "
        "merpati, vitamin, kandang. Kamek cari kreator yg pelihare ayam serama, ayam kampung, merpati, bebek, macam "
        "tu lah. Jangan yg sabung ayam ye, kamek ndak mau. Bayarnye paling banyak lima ratus ribu satu konten, ndak "
        "bise lebih. Pakan 1 kilo 18 ribu, ade karung 25 kilo. Dari mane pun boleh, kami kirim pakai ekspedisi.",
        subtopics=["pets.unggas"], max_rate=500000,
        nots=["Jalan Tanjungpura", "Jangan yg sabung ayam ye", "1 kilo", "18 ribu", "25 kilo", "Dari mane pun boleh"],
        traps=[T("place", "the shop on Jalan Tanjungpura (Pontianak) is not a city constraint"),
               T("spelled_number", "'paling banyak lima ratus ribu satu konten' = max Rp 500,000"),
               T("negation", "cockfighting accounts refused; none in the pool"),
               T("number", "1 kilo, 18 ribu, 25 kilo"),
               T("relaxation", "Dari mane pun boleh")]),
    # ---------------------------------------------------------------- b18 Koh Hendra
    make_brief(P, 18, "mix",
        "Bro sis, masuk produk baru: shampoo anjing anti kutu 500ml, sisir deshedding, pet pad. Ini khusus anjing ya, "
        "jadi creator yg pelihara / latih / grooming anjing. Bukan akun ayam, burung atau merpati, beda pasar. "
        "Shampoo Rp 59rb, sisir Rp 45rb, MOQ reseller 1 lusin. Mau IG, TikTok, YT gpp, kota mana aja. Rate standar "
        "aja, jangan ketinggian \U0001F605",
        subtopics=["pets.anjing"],
        nots=["500ml", "Rp 59rb", "Rp 45rb", "1 lusin", "Mau IG, TikTok, YT gpp, kota mana aja",
              "Rate standar aja, jangan ketinggian"],
        traps=[T("negation", "poultry and pigeon creators refused (the competing pets subtopic)"),
               T("number", "500ml, 59rb, 45rb, 1 lusin"),
               T("relaxation", "any platform, any city; 'jangan ketinggian' is not a cap")]),
    # ---------------------------------------------------------------- b19 Rara
    make_brief(P, 19, "en",
        "Mulai: 8-week career bootcamp for fresh grads (brief)\n"
        "- creators: career content for fresh graduates: CV, interviews, internships, job hunting\n"
        "- must be based in Jabodetabek, we want them at our demo day in Kuningan + offline mock interviews\n"
        "- any platform\n- follower count flexible, but engagement matters\n"
        "- price IDR 2.5M, ISA option, 60% placement rate last batch (don't overclaim pls)\n"
        "- NOT: 'get rich from side hustle' / MLM-style 'financial freedom' accounts",
        subtopics=["edu.karier"], city=JABODETABEK,
        nots=["8-week", "in Kuningan", "any platform", "follower count flexible", "IDR 2.5M", "60% placement"],
        traps=[T("place", "demo day in Kuningan (Jakarta); the constraint is Jabodetabek"),
               T("number", "8-week, IDR 2.5M (the bootcamp price), 60% placement"),
               T("negation", "side-hustle / MLM accounts refused; none in the pool"),
               T("relaxation", "any platform; follower count flexible")]),
    # ---------------------------------------------------------------- b20 Pak Ketut
    make_brief(P, 20, "id",
        "Dengan hormat. Saya mewakili kelompok pelestari penyu dan mangrove di pantai dekat desa kami di Gianyar. Kami "
        "sedang menggalang dana untuk pembibitan 5.000 batang mangrove dan penetasan tukik. Mohon bantuannya "
        "mencarikan kreator yang peduli pelestarian pesisir dan laut: menanam mangrove, terumbu karang, penyu, "
        "kehidupan nelayan. Kami tidak mencari kreator wisata pantai yang hanya berfoto di beach club. Kreator dari "
        "pulau mana pun dipersilakan, platform bebas. Kami belum dapat membayar banyak, kira-kira Rp500.000 sebagai "
        "uang transport, semoga berkenan.",
        subtopics=["sust.pesisir"],
        nots=["desa kami di Gianyar", "5.000 batang", "pulau mana pun dipersilakan, platform bebas",
              "kira-kira Rp500.000 sebagai uang transport"],
        traps=[T("place", "the group is in Gianyar; creators from any island"),
               T("number", "5.000 batang"),
               T("number", "'kira-kira Rp500.000 sebagai uang transport' is an offered fee, not a cap"),
               T("negation", "beach-club tourism creators refused; taste, excludes nobody"),
               T("relaxation", "pulau mana pun, platform bebas")]),
    # ---------------------------------------------------------------- b21 Kak Ijah
    make_brief(P, 21, "id",
        "Kak, ponakan kamek buka konter hp di Pontianak, jual TWS same headset, speaker bluetooth kecik. Die minta "
        "kamek carikan kreator yg review earbuds, headphone, speaker gitu, yg tes suare beneran. Maunye di TikTok jak, "
        "IG same YouTube ndak usah. Bayaran per video maksimal 750 ribu ye, lebih dari tu ndak sanggup. Barangnye 89 "
        "ribu sampai 399 ribu, garansi 1 bulan. Ndak harus orang Pontianak, dari mane pun boleh asal Indonesia.",
        subtopics=["tech.audio"], platform=["tiktok"], max_rate=750000,
        nots=["konter hp di Pontianak", "89 ribu sampai 399 ribu", "garansi 1 bulan", "Ndak harus orang Pontianak"],
        traps=[T("place", "the shop is in Pontianak; 'Ndak harus orang Pontianak'"),
               T("number", "89 ribu sampai 399 ribu, garansi 1 bulan"),
               T("relaxation", "dari mane pun boleh asal Indonesia (market ID)")]),
    # ---------------------------------------------------------------- b22 Koh Hendra
    make_brief(P, 22, "id",
        "Selamat siang. Saya Hendra, CV Sumber Hoki Surabaya. Kami jadi distributor smartwatch anak dengan GPS dan "
        "tombol SOS, cocok buat anak SMP-SMA yang mulai pulang sendiri. Kami cari kreator yang bahas parenting anak "
        "remaja: HP, pergaulan, keamanan anak ABG. Bukan kreator parenting bayi, menyusui atau MPASI ya, produknya "
        "buat anak umur 12 tahun ke atas. Harga Rp 749rb, garansi 1 tahun, stok 500 pcs. Kota dan platform bebas, "
        "yang penting kontennya nyambung.",
        subtopics=["par.remaja"],
        nots=["CV Sumber Hoki Surabaya", "12 tahun", "Rp 749rb", "garansi 1 tahun", "500 pcs",
              "Kota dan platform bebas"],
        traps=[T("negation", "baby / breastfeeding parenting refused: the competing parenting subtopic does not count"),
               T("place", "the distributor is in Surabaya"),
               T("number", "12 tahun, 749rb, 1 tahun, 500 pcs"),
               T("relaxation", "Kota dan platform bebas")]),
    # ---------------------------------------------------------------- b23 Rara
    make_brief(P, 23, "en",
        "Hari Tua: micro-pension (DPLK) from IDR 50K/month, creator brief\n"
        "- want: creators who explain retirement planning: JHT, pension funds, preparing at 30/40/50, money after "
        "retiring\n"
        "- YouTube only. long-form explainers convert way better for this product than short video, so no TikTok/IG "
        "this round\n"
        "- TA: employees 30-50 + their parents\n"
        "- no follower min; rate card ok up to what's reasonable, we'll negotiate\n"
        "- compliance: no return promises, no 'guaranteed' wording",
        subtopics=["fin.pensiun"], platform=["youtube"],
        nots=["IDR 50K/month", "30/40/50", "employees 30-50", "no follower min", "rate card ok up to what's reasonable"],
        traps=[T("number", "IDR 50K/month, 30/40/50, employees 30-50 (ages, not followers)"),
               T("relaxation", "no follower min; rate negotiable")]),
    # ---------------------------------------------------------------- b24 Pak Ketut
    make_brief(P, 24, "en",
        "Dear all, with respect. I am a woodcarver from Mas, Gianyar, and together with my wife we also sell pandan "
        "baskets and beaded bags from friends in Kalimantan through our small online shop. We would be grateful if you "
        "could find creators who make handicraft content: weaving, carving, pottery, beadwork, macrame and the like. "
        "Instagram only, please, as our shop is on Instagram. We prefer modest accounts, not more than 30,000 "
        "followers, because big accounts feel far from the craftsman. Our baskets are IDR 120,000 to 450,000. "
        "Shipping worldwide from Denpasar. The creator may live anywhere. Thank you kindly.",
        subtopics=["home.kriya"], platform=["instagram"], max_f=30000,
        nots=["Mas, Gianyar", "friends in Kalimantan", "IDR 120,000 to 450,000", "Shipping worldwide from Denpasar",
              "The creator may live anywhere"],
        traps=[T("place", "Mas, Gianyar (his home), Kalimantan (suppliers), Denpasar (shipping)"),
               T("number", "IDR 120,000 to 450,000 (prices next to a real follower cap)"),
               T("relaxation", "The creator may live anywhere")]),
    # ---------------------------------------------------------------- b25 Kak Ijah
    make_brief(P, 25, "id",
        "Anak sulung kamek buka rental PC game dekat kampus Untan, 20 unit, ade Valorant, Dota, macam-macam. Die nak "
        "kerjasama same kreator yg konten game PC atau rakit PC, bukan game HP ye, kate die beda penontonnye. Sewa 7 "
        "ribu sejam, paket malam 25 ribu. Kreator kota mane jak, platform ape jak. Followers ndak harus banyak nian.",
        subtopics=["game.pc"],
        nots=["kampus Untan", "20 unit", "7 ribu sejam", "25 ribu", "Kreator kota mane jak, platform ape jak",
              "Followers ndak harus banyak nian"],
        traps=[T("place", "near the Untan campus (Pontianak)"),
               T("negation", "mobile gaming refused; none in the pool"),
               T("number", "20 unit, 7 ribu sejam, 25 ribu"),
               T("relaxation", "kota mane jak, platform ape jak, followers ndak harus banyak")]),
    # ---------------------------------------------------------------- b26 Koh Hendra
    make_brief(P, 26, "id",
        "Pagi. Saya Hendra dari distributor di Surabaya. Kita pegang parfum lokal extrait 30ml, 6 varian, harga "
        "Rp 89rb, reseller Rp 62rb. Cari kreator parfum yang review wangi, ketahanan, layering gitu. Kreatornya harus "
        "tinggal di Surabaya, Sidoarjo atau Gresik, soalnya mau diajak ke event di Tunjungan Plaza tanggal 14. Malang "
        "nggak usah, kejauhan bolak-balik. Followers berapa aja oke, platform bebas.",
        subtopics=["beauty.parfum"], city=["Surabaya", "Sidoarjo", "Gresik"],
        nots=["30ml", "6 varian", "Rp 89rb", "Rp 62rb", "Tunjungan Plaza", "tanggal 14", "Followers berapa aja oke",
              "platform bebas"],
        traps=[T("number", "30ml, 6 varian, 89rb, 62rb, tanggal 14"),
               T("place", "event at Tunjungan Plaza"),
               T("lookalike", "Malang is in Jawa Timur but ruled out by name"),
               T("relaxation", "Followers berapa aja oke, platform bebas")]),
    # ---------------------------------------------------------------- b27 Rara
    make_brief(P, 27, "en",
        "brief: Catat AI (meeting notes + to-do app) \U0001F680\n"
        "- creators doing productivity / AI tools / Notion-and-sheets kind of content, for work or study\n"
        "- budget cap: IDR 2M per creator per post (hard cap, finance won't approve more)\n"
        "- platform: any\n- product: free tier, Pro IDR 39K/mo, 14-day trial\n"
        "- NOT: gadget unboxers or earbuds / speaker reviewers, we're software",
        subtopics=["tech.produktivitas"], max_rate=2000000,
        nots=["platform: any", "IDR 39K/mo", "14-day trial"],
        traps=[T("negation", "audio-gear reviewers refused (the competing tech subtopic)"),
               T("number", "IDR 39K/mo, 14-day trial (next to the real cap)"),
               T("relaxation", "platform: any")]),
    # ---------------------------------------------------------------- b28 Pak Ketut
    make_brief(P, 28, "id",
        "Dengan hormat. Putri saya, Komang, meracik krim malam dan minyak boreh dari bahan tradisional Bali untuk "
        "kulit yang sudah berumur, kira-kira usia empat puluh tahun ke atas. Kami mohon dicarikan kreator yang "
        "membahas perawatan kulit usia matang: kerutan, flek, kulit kering menjelang menopause. Bukan kreator remaja "
        "atau yang membahas jerawat. Kami mohon kreator dengan pengikut paling sedikit tiga ribu orang, dan honor "
        "paling banyak satu juta rupiah per unggahan, karena usaha kami masih kecil. Krim 30 gram Rp95.000. Tempat "
        "tinggal kreator tidak menjadi soal. Matur suksma.",
        subtopics=["beauty.matang"], min_f=3000, max_rate=1000000,
        nots=["empat puluh tahun", "30 gram", "Rp95.000", "Tempat tinggal kreator tidak menjadi soal"],
        traps=[T("spelled_number", "'paling sedikit tiga ribu orang' = min 3,000; 'satu juta rupiah' = max rate"),
               T("number", "empat puluh tahun (an age), 30 gram, Rp95.000"),
               T("negation", "teen and acne creators refused; none in the pool"),
               T("relaxation", "Tempat tinggal kreator tidak menjadi soal")]),
    # ---------------------------------------------------------------- b29 Kak Ijah
    make_brief(P, 29, "id",
        "Laki kamek anggota klub jip di Pontianak, die same kawan2nye jual winch, ban MT, snorkel, lampu sorot, "
        "barang offroad lah. Cari kreator yg main jip, 4x4, offroad, lewat lumpur, trabas. Ndak usah yg konten mobil "
        "mewah atau modif ceper, beda dunia kate laki kamek. Barang paling murah 450 ribu, winch sampai 9 juta. Kota "
        "ndak penting, kami kirim ke seluruh Indonesia. Bayaran nego, bise juga dikasih barang.",
        subtopics=["auto.offroad"],
        nots=["klub jip di Pontianak", "450 ribu", "9 juta", "Kota ndak penting", "kirim ke seluruh Indonesia",
              "Bayaran nego"],
        traps=[T("place", "the jeep club is in Pontianak"),
               T("number", "450 ribu, 9 juta (product prices, not fees)"),
               T("negation", "luxury-car and lowered-car creators refused; none in the pool"),
               T("relaxation", "Kota ndak penting; Bayaran nego")]),
    # ---------------------------------------------------------------- b30 Koh Hendra
    make_brief(P, 30, "mix",
        "Bro, kita dapet lot jersey retro grade ori + jersey klub lokal musim ini. Jersey retro Rp 175rb, player issue "
        "Rp 325rb, minimal order 10 pcs buat toko. Cari creator yg ngonten jersey bola, blokecore, outfit tribun, "
        "koleksi jersey. Jangan akun prediksi skor atau yg nyerempet judi bola, bahaya buat brand. Followers maksimal "
        "seratus ribu ya, yg gede2 mahal dan nggak cuan. Kota & platform bebas.",
        subtopics=["street.jersey"], max_f=100000,
        nots=["Rp 175rb", "Rp 325rb", "10 pcs", "Kota & platform bebas"],
        traps=[T("spelled_number", "'Followers maksimal seratus ribu' = max 100,000"),
               T("number", "175rb, 325rb, 10 pcs"),
               T("negation", "score-prediction / betting accounts refused; none in the pool"),
               T("relaxation", "Kota & platform bebas")]),
    # ---------------------------------------------------------------- b31 Rara
    make_brief(P, 31, "mix",
        "brief: Susu, teleconsult laktasi (healthtech) \U0001F37C\n"
        "- produk: konsultasi video sama konselor laktasi bersertifikat, IDR 75K/sesi, buka 24 jam\n"
        "- creator: yang ngonten soal menyusui, pumping, ASIP, pelekatan. bidan/konselor atau ibu biasa yang lagi "
        "busui, dua-duanya oke\n"
        "- bukan akun parenting anak gede / remaja ya, fokus di fase menyusui\n"
        "- platform bebas, domisili bebas, followers bebas\n"
        "- timeline: Pekan ASI Sedunia, 1-7 Agustus",
        subtopics=["par.asi"],
        nots=["IDR 75K/sesi", "24 jam", "platform bebas, domisili bebas, followers bebas", "1-7 Agustus"],
        traps=[T("negation", "teen-parenting creators refused (the competing parenting subtopic)"),
               T("number", "IDR 75K/sesi, 24 jam, 1-7 Agustus"),
               T("relaxation", "platform bebas, domisili bebas, followers bebas")]),
    # ---------------------------------------------------------------- b32 Pak Ketut
    make_brief(P, 32, "mix",
        "Om Swastiastu. Cucu saya yang kuliah di Denpasar membantu membuat paket liburan keluarga di homestay kami: "
        "family room for 2 adults and 2 children, extra bed, ada kolam kecil dan kelas menggambar untuk anak. Kami "
        "mencari kreator yang membuat konten liburan bersama anak-anak, family trip, jalan-jalan dengan balita. Not "
        "solo backpackers or honeymoon couples, please. Paket Rp1.200.000 for three nights. Kreator boleh dari kota "
        "mana saja dan platform apa saja. Thank you, matur suksma.",
        subtopics=["travel.keluarga"], adjacent=["travel.desa"],
        nots=["kuliah di Denpasar", "2 adults and 2 children", "Rp1.200.000 for three nights",
              "kota mana saja dan platform apa saja"],
        traps=[T("place", "his grandson studies in Denpasar"),
               T("number", "2 adults and 2 children, Rp1.200.000 for three nights"),
               T("negation", "solo backpacker and honeymoon content refused; none in the pool"),
               T("relaxation", "kota mana saja dan platform apa saja")]),
]
