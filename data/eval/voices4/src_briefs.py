"""The 32 briefs of voices4 with their structured truth and trap notes (hand-written).

Voices (voice = (n - 1) mod 4 + 1):
 1  Komang, Balinese homestay & craft owner in Ubud: polite Indonesian, "Om Swastiastu", "tiang", "nggih", "suksma".
 2  Uda Rizal, Minang rumah makan owner in Jakarta, family businesses back home: Minang-flavoured Indonesian
    ("ambo", "dunsanak", "ndak", "nan", "sajo", "buliah", "bana", "labiah").
 3  Very young TikTok-shop seller: Gen-Z slang, emoji, lowercase, "bestie", "gaes", "wkwk", code-mixing.
 4  Agency account manager: bullet points, mostly English with Indonesian words.
"""
from src_common import T, make_brief, region

P = "vo4"
B = []


def add(*a, **k):
    B.append(make_brief(P, *a, **k))


# ============================================================ voice 1: Balinese homestay/craft owner
add(1, "id",
    "Om Swastiastu. Tiang Komang, punya homestay kecil di Ubud, 6 kamar. Bulan depan tiang buka paket retreat "
    "7 hari 6 malam: kelas pagi di bale bengong, asana dan meditasi, matras dan blok disediakan, makan sayur dari "
    "kebun sendiri. Harga Rp 4,5 juta per orang. Tiang cari kreator yang memang rutin latihan atau mengajar di atas "
    "matras, yang pengikutnya suka peregangan dan napas pelan, bukan yang angkat beban. Kota dan jumlah pengikut "
    "tidak masalah. Suksma 🙏",
    subtopics=["fit.yoga"],
    nots=["Ubud", "6 kamar", "7 hari 6 malam", "Rp 4,5 juta per orang", "bukan yang angkat beban",
          "Kota dan jumlah pengikut tidak masalah"],
    traps=[T("place", "Ubud is where the homestay is, not a creator city"),
           T("number", "6 kamar, 7 hari 6 malam, Rp 4,5 juta per orang (a package price, not a budget)"),
           T("negation", "'bukan yang angkat beban' rules out gym content, not a constraint"),
           T("relaxation", "city and follower count explicitly free")])

add(5, "id",
    "Om Swastiastu. Sepupu tiang buka dive center kecil di Amed, dekat Tulamben. Paket fun dive 2x turun Rp 1,2 jt "
    "sudah termasuk alat, bisa lihat bangkai kapal USAT Liberty di kedalaman 5-30 meter. Tiang mau cari kreator IG "
    "saja nggih, yang sering posting dari bawah laut, followers antara lima ribu sampai tiga puluh ribu. Tinggalnya "
    "dari mana saja boleh. Suksma.",
    subtopics=["out.diving"], adjacent=["travel.timur"], platform=["instagram"], min_f=5000, max_f=30000,
    nots=["Amed", "Tulamben", "2x turun", "Rp 1,2 jt", "USAT Liberty", "5-30 meter", "Tinggalnya dari mana saja boleh"],
    traps=[T("place", "Amed / Tulamben: the dive center's location"),
           T("number", "2x turun, Rp 1,2 jt package price, 5-30 meter depth (looks like a follower range)"),
           T("lookalike", "USAT Liberty is a shipwreck, not a brand or place constraint"),
           T("spelled_number", "followers 'lima ribu sampai tiga puluh ribu' = 5,000-30,000 (real constraint)"),
           T("relaxation", "creator city free")])

add(9, "id",
    "Om Swastiastu, tiang punya usaha gerabah di Pejaten, Tabanan. Sekarang bikin pot tanah liat ukuran 15 cm, 20 cm "
    "dan 30 cm, ada lubang air dan tatakan, pas untuk monstera, aglonema, anggrek. Kirim ke seluruh Indonesia pakai "
    "peti kayu. Tiang cari kreator yang rumahnya penuh daun-daunan dan senang pamer koleksi pot. Platform apa saja, "
    "tidak harus orang Bali. Suksma nggih.",
    subtopics=["home.tanaman"],
    nots=["Pejaten, Tabanan", "15 cm, 20 cm", "30 cm", "seluruh Indonesia", "Platform apa saja",
          "tidak harus orang Bali"],
    traps=[T("place", "Pejaten, Tabanan is the pottery's village; 'seluruh Indonesia' is the shipping area"),
           T("number", "pot sizes 15/20/30 cm"),
           T("lookalike", "gerabah / tanah liat could read as crafts or DIY pottery; the buyers are plant keepers"),
           T("relaxation", "'Platform apa saja'"),
           T("negation", "'tidak harus orang Bali' removes a city constraint")])

add(13, "id",
    "Om Swastiastu. Homestay tiang di pinggir sawah Ubud punya 2 kamar lantai bawah, tanpa tangga, kamar mandi ada "
    "pegangan. Tiang ingin tamu yang sudah purna tugas, umur 55 ke atas, yang mau tinggal lama 1-3 bulan sambil jalan "
    "pagi dan melihat upacara di desa. Kontennya tidak harus soal jalan-jalan, yang penting yang menonton banyak bapak "
    "ibu pensiunan. Suksma nggih.",
    kind="audience", audience=["pensiunan"], niches=None,
    nots=["sawah Ubud", "2 kamar", "umur 55 ke atas", "1-3 bulan", "Kontennya tidak harus soal jalan-jalan"],
    traps=[T("place", "Ubud: the homestay"),
           T("number", "2 kamar, umur 55 ke atas (viewers' age), 1-3 bulan stay"),
           T("lookalike", "'sawah' might pull farming creators; the audience is retirees"),
           T("relaxation", "content topic explicitly free (not travel only)")])

add(17, "id",
    "Om Swastiastu. Tiang dan ibu-ibu banjar membuat sabun batang dan sampo batang dari minyak kelapa Karangasem, "
    "100 gram, tanpa plastik, dibungkus kertas daur ulang. Ada juga isi ulang sabun cair, bawa botol sendiri. Tiang "
    "cari kreator yang hidupnya berusaha mengurangi sampah. Bayarannya maksimal lima ratus ribu per postingan nggih, "
    "dana kami kecil. Suksma.",
    subtopics=["sust.zerowaste"], adjacent=["home.rapi"], max_rate=500000,
    nots=["Karangasem", "100 gram", "sampo batang"],
    traps=[T("place", "Karangasem: origin of the coconut oil"),
           T("number", "100 gram bar"),
           T("lookalike", "'sampo batang' / sabun may pull beauty creators"),
           T("spelled_number", "'maksimal lima ratus ribu per postingan' = max Rp 500,000 (real constraint)")])

add(21, "id",
    "Om Swastiastu. Tiang jual biji kopi arabika Kintamani proses natural, sangrai medium, 250 gr Rp 95rb, dari kebun "
    "keluarga di ketinggian 1.400 mdpl. Ada juga paket dengan kertas saring dan dripper. Tiang mau cari kreator yang "
    "senang menyeduh sendiri di rumah pakai timbangan dan ketel leher angsa, bukan review kafe. Tidak ada syarat lain. "
    "Suksma.",
    subtopics=["coffee.seduh"],
    nots=["Kintamani", "250 gr Rp 95rb", "1.400 mdpl", "bukan review kafe", "Tidak ada syarat lain"],
    traps=[T("place", "Kintamani: origin of the beans"),
           T("number", "250 gr, Rp 95rb (retail price), 1.400 mdpl"),
           T("negation", "'bukan review kafe': not coffee-shop content"),
           T("relaxation", "no other requirements")])

add(25, "id",
    "Om Swastiastu, tiang pengrajin rotan di Gianyar. Sekarang membuat tempat tidur anabul bentuk bulat diameter 45 cm "
    "dan rumah-rumahan dua tingkat yang boleh dicakar. Tiga ekor meong di rumah tiang sudah coba, hehe. Tiang cari "
    "kreator yang memelihara kucing. Followers bebas, kota bebas. Suksma nggih.",
    subtopics=["pets.kucing"],
    nots=["Gianyar", "diameter 45 cm", "dua tingkat", "Tiga ekor", "Followers bebas, kota bebas"],
    traps=[T("place", "Gianyar: the craftsman's town"),
           T("number", "diameter 45 cm, dua tingkat, tiga ekor"),
           T("lookalike", "'rotan' / 'rumah-rumahan' could pull home/DIY creators"),
           T("relaxation", "followers and city free")])

add(29, "id",
    "Om Swastiastu. Anak tiang punya sanggar yang membuat rindik, suling bambu dan tingklik untuk anak-anak belajar, "
    "harga mulai 350rb, bisa kirim sampai Lombok. Tiang cari kreator yang main atau mengajar alat musik tradisi: "
    "gamelan, angklung, yang seperti itu. Kalau bisa yang tinggal di Bali, tapi kalau tidak ada, di Jawa juga boleh "
    "nggih. Suksma.",
    subtopics=["music.gamelan"], city=region("BALI"), city_fallback=region("BALI", "JAVA"),
    nots=["350rb", "Lombok"],
    traps=[T("number", "mulai 350rb: product price"),
           T("place", "Lombok: shipping area"),
           T("relaxation", "city fallback: Bali, else Java as well (only an inauthentic rindik account is in Bali)")])

# ============================================================ voice 2: Minang rumah makan owner
add(2, "id",
    "Assalamualaikum dunsanak. Ambo Uda Rizal, punyo rumah makan di Tanah Abang, asli urang Payakumbuh. Kini ambo jua "
    "rendang kaleng jo dendeng batokok vakum, tahan 12 bulan, halal MUI, aman dibawok naiak pesawat. Cocok bana "
    "untuak urang nan pai umrah atau jalan-jalan ka Jepang, Turki, Korea nan susah cari makanan halal. Ambo cari "
    "kreator nan kontennyo perjalanan ka luar negeri untuak keluarga muslim. Followers ndak penting bana, nan penting "
    "cocok. Tarimo kasih.",
    subtopics=["travel.halal"],
    nots=["Tanah Abang", "Payakumbuh", "12 bulan", "Jepang, Turki, Korea", "rendang kaleng",
          "Followers ndak penting bana"],
    traps=[T("place", "Tanah Abang (his restaurant), Payakumbuh (origin), Jepang/Turki/Korea (destinations)"),
           T("number", "tahan 12 bulan"),
           T("lookalike", "rendang kaleng / dendeng: a food product, but the brief wants travel creators"),
           T("relaxation", "followers not important")])

add(6, "id",
    "Assalamualaikum. Ambo punyo toko ameh keluarga di Pasar Atas Bukittinggi, alah tigo generasi. Kini ado program "
    "tabungan ameh, mulai 0,05 gram, bisa dicicil Rp 50rb sapakan, cocok untuak karyawan jo buruh nan gajinyo "
    "pas-pasan. Ambo cari kreator nan di Padang; kalau ndak ado di Padang, di Sumatera lainnyo buliah. Nan mambahas "
    "manabuang, bukan nan main saham.",
    subtopics=["fin.emas"], city=["Padang"], city_fallback=region("SUMATRA"),
    nots=["Pasar Atas Bukittinggi", "tigo generasi", "0,05 gram", "Rp 50rb sapakan", "bukan nan main saham"],
    traps=[T("place", "Pasar Atas Bukittinggi: the shop; not the creator city"),
           T("number", "tigo generasi, 0,05 gram, Rp 50rb per week"),
           T("negation", "'bukan nan main saham': not stock investing"),
           T("relaxation", "city fallback: Padang, else the rest of Sumatra (only an inauthentic account is in Padang)")])

add(10, "id",
    "Dunsanak, anak gadih ambo buka katering sehat, masakan Padang tapi rendah minyak, gulai santan encer, 1.200 "
    "kalori sahari. Paket 20 hari Rp 1,1 juta, diantar ka kantor. Karano antarnyo cuma di Jakarta, ambo cari kreator "
    "nan tingga di Jakarta sajo. Jaksel labiah rancak, tapi ndak wajib. Nan kontennyo soal makan sehat, diet, bekal.",
    subtopics=["food.katering"], city=["Jakarta"],
    nots=["masakan Padang", "1.200 kalori", "Paket 20 hari Rp 1,1 juta", "Jaksel labiah rancak, tapi ndak wajib"],
    traps=[T("lookalike", "'masakan Padang' names a city but is a cuisine"),
           T("number", "1.200 kalori, 20 hari, Rp 1,1 juta (package price)"),
           T("relaxation", "Jaksel preferred but not required: all of Jakarta")])

add(14, "id",
    "Assalamualaikum. Ambo nio jua kue basah untuak hantaran Lebaran: lapek bugih, kue talam, bika, pinyaram. Sakotak "
    "isi 24 Rp 120rb. Resepnyo dari amak ambo di Pariaman. Cari kreator di Instagram sajo, nan suko mambuek atau "
    "mancaliak kue tradisional. Bayarannyo paliang banyak 750rb sakali posting. Kotanyo di mano sajo.",
    subtopics=["food.kuebasah"], platform=["instagram"], max_rate=750000,
    nots=["isi 24 Rp 120rb", "Pariaman", "Kotanyo di mano sajo"],
    traps=[T("number", "isi 24, Rp 120rb per box (price, not budget)"),
           T("place", "Pariaman: where the recipe comes from"),
           T("relaxation", "any city")])

add(18, "id",
    "Dunsanak, ambo kini jua bumbu rendang jo bumbu gulai curah, 1 kg sampai 5 kg, untuak urang nan buka warung nasi, "
    "katering ketek, atau jualan online. Harganyo Rp 85rb sakilo, dikirim dari gudang di Cikarang. Ambo ndak paduli "
    "kontennyo apo, nan penting nan manonton banyak urang nan punyo usaho ketek-ketek. Platform apo sajo.",
    kind="audience", audience=["pelaku_umkm"], niches=None,
    nots=["1 kg sampai 5 kg", "katering ketek", "Rp 85rb sakilo", "Cikarang", "Platform apo sajo"],
    traps=[T("number", "1-5 kg pack sizes, Rp 85rb per kilo"),
           T("lookalike", "'katering ketek' could pull healthy-catering creators; the target is small-business owners"),
           T("place", "Cikarang: the warehouse"),
           T("relaxation", "any content, any platform")])

add(22, "id",
    "Assalamualaikum. Adiak ambo punyo usaho cuci mobil jo salon mobil di Pekanbaru. Kini kami jua cairan coating 9H "
    "botol 50 ml, katonyo tahan 3 tahun, jo lap microfiber. Ambo cari kreator nan rajin marawat mobil: poles, coating, "
    "cuci. Followersnyo sapuluah ribu sampai limo puluah ribu. Di mano sajo tingganyo.",
    subtopics=["auto.detailing"], min_f=10000, max_f=50000,
    nots=["Pekanbaru", "9H", "50 ml", "3 tahun", "salon mobil", "Di mano sajo tingganyo"],
    traps=[T("place", "Pekanbaru: the brother's shop"),
           T("number", "9H hardness, 50 ml, 3 tahun"),
           T("lookalike", "'salon mobil' contains 'salon' (beauty)"),
           T("spelled_number", "'sapuluah ribu sampai limo puluah ribu' = 10,000-50,000 followers (real constraint)"),
           T("relaxation", "any city")])

add(26, "id",
    "Dunsanak, kamanakan ambo perencana keuangan, buka kelas online 4 kali patamuan, Rp 149rb, caro malunasi cicilan, "
    "paylater jo pinjol nan alah manumpuak. Banyak urang awak nan tajarek utang. Cari kreator nan acok mambahas utang, "
    "bukan nan mangaja investasi saham atau kripto. TikTok atau YouTube labiah elok, tapi IG pun ndak baa.",
    subtopics=["fin.utang"],
    nots=["4 kali patamuan, Rp 149rb", "bukan nan mangaja investasi saham atau kripto",
          "TikTok atau YouTube labiah elok, tapi IG pun ndak baa"],
    traps=[T("number", "4 sessions, Rp 149rb course price"),
           T("negation", "not stock/crypto investing content"),
           T("relaxation", "TikTok/YouTube preferred but Instagram also fine: no platform constraint")])

add(30, "id",
    "Assalamualaikum dunsanak. Kini ambo buka layanan kirim paket rendang ka rantau, sampai ka Malaysia, Hong Kong, "
    "Taiwan, Jepang. Minimal 2 kg, ongkir mulai Rp 180rb. Ambo cari kreator nan ditonton urang-urang nan marantau "
    "jauah dari kampuang, apo sajo kontennyo. Kreatornyo tingga di lua negeri pun buliah bana.",
    kind="audience", audience=["perantau"], niches=None, market=None,
    nots=["Malaysia, Hong Kong, Taiwan, Jepang", "Minimal 2 kg", "Rp 180rb", "apo sajo kontennyo",
          "tingga di lua negeri pun buliah bana"],
    traps=[T("place", "Malaysia/Hong Kong/Taiwan/Jepang: shipping destinations, not creator cities"),
           T("number", "minimum 2 kg, ongkir Rp 180rb"),
           T("relaxation", "any content; creators abroad explicitly fine (market null)")])

# ============================================================ voice 3: Gen-Z TikTok-shop seller
add(3, "mix",
    "haloo kakk 🙏✨ aku jualan acne patch di tiktok shop, isi 36 pcs, hydrocolloid, 2 hari jerawat kempes no debat "
    "😭🔥 nyari kreator yg kontennya ttg jerawat/bruntusan/bekas jerawat gitu, real experience bukan yg endorse doang "
    "wkwk. WAJIB tiktok ya bestie, budget max 1jt/video. makasiii 💕",
    subtopics=["beauty.jerawat"], platform=["tiktok"], max_rate=1000000,
    nots=["tiktok shop", "isi 36 pcs", "2 hari"],
    traps=[T("lookalike", "'tiktok shop' is where she sells; the platform constraint is the later 'WAJIB tiktok'"),
           T("number", "isi 36 pcs, 2 hari")])

add(7, "mix",
    "guys aku lagi launching press on nails 💅 24 pcs/box, udah ada glue + nail file, harga 49rb aja!! cari kreator "
    "yg suka nail art / ganti2 kuku tiap minggu. followers 5k-25k yaa biar ga kemahalan 🥲 kota gaa harus jakarta kok, "
    "platform bebas jg. thx bestie 🫶",
    subtopics=["beauty.kuku"], min_f=5000, max_f=25000,
    nots=["24 pcs/box", "49rb", "kota gaa harus jakarta", "platform bebas"],
    traps=[T("number", "24 pcs/box, 49rb price"),
           T("negation", "'kota gaa harus jakarta' removes the city constraint"),
           T("relaxation", "platform free")])

add(11, "mix",
    "gaes 🎮 aku jual kipas pendingin HP magnet 20W + finger sleeve anti keringet, biar ga ngelag pas push rank 😤 "
    "nyari kreator yg main MLBB/FF/PUBG mobile, BUKAN yg PC/console ya. yt preferred tp tiktok jg gas, followers "
    "berapa aja asal engagement bagus 🔥",
    subtopics=["game.mobile"],
    nots=["kipas pendingin", "20W", "BUKAN yg PC/console", "yt preferred tp tiktok jg gas", "followers berapa aja"],
    traps=[T("lookalike", "'kipas pendingin HP' is a gaming accessory, not home or gadget review content"),
           T("number", "20W"),
           T("negation", "not PC/console gaming"),
           T("relaxation", "YouTube preferred but TikTok fine; any followers")])

add(15, "mix",
    "halooo 🛍️ aku jual bal thrift/karungan impor dari jepang & korea, 1 bal isi 100 pcs mulai 2,5jt. cari kreator "
    "yg suka hunting baju bekas / ootd preloved. domisili harus jkt atau bdg yaa soalnya mau bikin event bongkar bal "
    "offline 🙏 platform apapun ok",
    subtopics=["street.thrift"], city=["Bandung", "Jakarta"],
    nots=["jepang & korea", "isi 100 pcs", "2,5jt", "platform apapun ok"],
    traps=[T("place", "jepang & korea: where the bales come from"),
           T("number", "100 pcs per bale, 2,5jt (bale price, not budget)"),
           T("alias", "jkt, bdg"),
           T("relaxation", "any platform")])

add(19, "mix",
    "heyy 👋 toko aku jual custom case HP, bisa tulis nama + foto bias 😍 harga 35rb-an. target pembelinya anak SMP-SMA "
    "umur 13-18 thn. konten kreatornya apa aja gpp (mau skincare, game, kucing, bebas 😂) yg penting followersnya "
    "bocil2 sekolahan. tiktok only yaa 🙏",
    kind="audience", audience=["remaja"], niches=None, platform=["tiktok"],
    nots=["foto bias", "35rb-an", "umur 13-18 thn", "skincare, game, kucing"],
    traps=[T("lookalike", "'foto bias' is K-pop slang; the product is a phone case"),
           T("number", "35rb-an, umur 13-18 (buyers' age)"),
           T("relaxation", "'skincare, game, kucing, bebas': examples of free content, not niche constraints")])

add(23, "mix",
    "kakkk 📸 aku jual lensa clip-on buat HP: wide 0.6x, macro 15x, fisheye, + tripod mini 1/4 inch. bisa buat iPhone 13 "
    "sampe android murah. cari kreator yg suka foto/videografi pake hp, tips angle, editing lightroom mobile gitu. bebas "
    "platform, bebas kota, bebas followers wkwk 🤙",
    subtopics=["tech.hpfoto"],
    nots=["0.6x", "macro 15x", "1/4 inch", "iPhone 13", "bebas platform, bebas kota, bebas followers"],
    traps=[T("number", "0.6x, 15x, 1/4 inch, iPhone 13 (model number)"),
           T("relaxation", "platform, city and followers all free")])

add(27, "mix",
    "halo kak 🐟 aku jual pakan cupang (cacing sutra beku + pelet 1mm), daun ketapang kering, sama toples aquarium 3 "
    "liter. cari kreator yg pelihara ikan hias, cupang/guppy/aquascape gitu. harus domisili sby yaa, sda jg gpp 🙏 "
    "soalnya mau COD + kontes kecil2an. makasii ✨",
    subtopics=["pets.ikanhias"], city=["Sidoarjo", "Surabaya"],
    nots=["cacing sutra", "1mm", "daun ketapang", "3 liter"],
    traps=[T("lookalike", "'daun ketapang kering' (leaves) could pull plant creators; 'cacing sutra' is fish feed"),
           T("number", "pelet 1mm, 3 liter jar"),
           T("alias", "sby = Surabaya, sda = Sidoarjo")])

add(31, "mix",
    "guyss 🏃‍♀️💨 aku jual kaos kaki lari anti lecet + arm sleeve UV, cocok buat latihan 5K sampe half marathon 21K 🔥 "
    "harga 59rb. cari kreator yg beneran rutin lari, bukan yg nge-gym doang ya. IG preferred tp tiktok jg oke bgt 🙌",
    subtopics=["fit.lari"],
    nots=["5K sampe half marathon 21K", "59rb", "bukan yg nge-gym doang", "IG preferred tp tiktok jg oke bgt"],
    traps=[T("number", "5K / 21K are race distances, not follower counts; 59rb price"),
           T("negation", "not gym content"),
           T("relaxation", "Instagram preferred, TikTok fine: no platform constraint")])

# ============================================================ voice 4: agency account manager
add(4, "en",
    "Hi team, new brief below 👇\n"
    "- Client: premium grain-free wet food for cats, 85g pouch, imported from Thailand\n"
    "- Objective: awareness + trial (voucher 20% off)\n"
    "- Creator profile: cat owners / rescuers who post their cats daily\n"
    "- Platform: Instagram only (Reels + feed)\n"
    "- Size: 10k–50k followers\n"
    "- Budget: max IDR 1.5M per creator\n"
    "- Timeline: posting 3rd week of March\n"
    "Thanks!",
    subtopics=["pets.kucing"], platform=["instagram"], min_f=10000, max_f=50000, max_rate=1500000,
    nots=["85g pouch", "Thailand", "20% off", "3rd week of March"],
    traps=[T("number", "85g, 20% off, 3rd week of March"),
           T("place", "Thailand: country of manufacture")])

add(8, "mix",
    "Brief – client asuransi mikro motor\n"
    "- Product: micro insurance for motorbikes, premi Rp 15rb/bulan, klaim via app\n"
    "- Target audience: ojol drivers / kurir (GoRide, GrabBike, ShopeeFood)\n"
    "- Content: any topic is fine, as long as the followers are mostly ojol drivers\n"
    "- Location: creators based in Jabodetabek (launch area)\n"
    "- Platform & followers: open\n"
    "- Campaign: 17 Agustus",
    kind="audience", audience=["pengemudi_ojol"], niches=None, city=region("JABODETABEK"),
    nots=["motorbikes", "Rp 15rb/bulan", "ShopeeFood", "Platform & followers: open", "17 Agustus"],
    traps=[T("lookalike", "'motorbikes' could pull automotive creators; 'ShopeeFood' could pull food creators"),
           T("number", "Rp 15rb/bulan premium, 17 Agustus campaign date"),
           T("relaxation", "platform and followers open"),
           T("alias", "Jabodetabek = Jakarta, Bogor, Depok, Tangerang, Tangsel, Bekasi")])

add(12, "en",
    "Brief: touring gear\n"
    "- Client: local brand of waterproof side panniers (2 × 40L) + riding jacket with CE level 2 protectors\n"
    "- Story: the founder rode Trans-Sumatra from Aceh to Lampung in 2019\n"
    "- Need: creators who do long-distance motorbike trips, overnight rides, touring clubs\n"
    "- Platform: NOT Instagram — video only (TikTok / YouTube)\n"
    "- Followers / city: no requirement",
    subtopics=["auto.touring"], platform=["tiktok", "youtube"],
    nots=["2 × 40L", "CE level 2", "Trans-Sumatra from Aceh to Lampung in 2019", "Followers / city: no requirement"],
    traps=[T("number", "2 × 40L, CE level 2, 2019"),
           T("place", "Trans-Sumatra, Aceh, Lampung: the founder's story"),
           T("negation", "'NOT Instagram' = TikTok or YouTube (a real platform constraint)"),
           T("relaxation", "no follower or city requirement")])

add(16, "en",
    "New brief\n"
    "- Client: online curriculum + printable worksheets for families who teach their kids at home (K–6), "
    "Cambridge-aligned, USD 29/month\n"
    "- Looking for: parents who homeschool and document their days\n"
    "- Not looking for: school teachers reviewing their classroom\n"
    "- No hard requirements on platform, city or follower count",
    subtopics=["par.homeschool"], adjacent=["edu.sd"],
    nots=["K–6", "Cambridge", "USD 29/month", "Not looking for: school teachers",
          "No hard requirements on platform, city or follower count"],
    traps=[T("number", "K–6 grades, USD 29/month"),
           T("place", "Cambridge: a curriculum, not a place constraint"),
           T("negation", "not school teachers (primary-school teachers are only adjacent)"),
           T("relaxation", "no platform, city or follower requirements")])

add(20, "en",
    "Hi all,\n"
    "- Client: sensory toys & weighted blankets (2 kg / 3 kg) + a therapy clinic network in Surabaya and Jakarta\n"
    "- Audience: parents of children with autism, ADHD, Down syndrome, speech delay\n"
    "- Creators: parents or therapists who share life with a special-needs child\n"
    "- Tone: warm, no miracle claims\n"
    "- Constraints: none, any city, any platform",
    subtopics=["par.abk"],
    nots=["2 kg / 3 kg", "Surabaya and Jakarta", "Constraints: none, any city, any platform"],
    traps=[T("number", "2 kg / 3 kg blankets"),
           T("place", "Surabaya and Jakarta: where the clinics are"),
           T("relaxation", "no constraints")])

add(24, "en",
    "Brief — learning app\n"
    "- Client: reading & maths app for primary school (grades 1–6), 7-day free trial\n"
    "- Creators: primary teachers, tutors, parents helping with calistung / homework\n"
    "- Min. followers: fifteen thousand\n"
    "- Platform: any; city: any\n"
    "- Budget per post is flexible (around IDR 2–3M)",
    subtopics=["edu.sd"], adjacent=["par.homeschool"], min_f=15000,
    nots=["grades 1–6", "7-day", "Platform: any; city: any", "Budget per post is flexible (around IDR 2–3M)"],
    traps=[T("number", "grades 1–6, 7-day trial"),
           T("spelled_number", "'fifteen thousand' = min 15,000 followers (real constraint)"),
           T("relaxation", "platform and city free; budget flexible, so no rate cap")])

add(28, "mix",
    "Brief: persiapan PPG / sertifikasi guru\n"
    "- Client: bimbel online untuk guru yang ikut PPG & PPPK, 3-month program, Rp 399rb\n"
    "- Audience: teachers (guru SD–SMA, guru honorer)\n"
    "- Content: bebas, any topic, as long as many followers are teachers\n"
    "- Followers: at least twenty thousand\n"
    "- City: anywhere",
    kind="audience", audience=["guru"], niches=None, min_f=20000,
    nots=["bimbel online", "3-month program, Rp 399rb", "Content: bebas", "City: anywhere"],
    traps=[T("lookalike", "'bimbel' suggests tutoring content; the target is the teacher audience, any content"),
           T("number", "3-month program, Rp 399rb"),
           T("spelled_number", "'at least twenty thousand' = min 20,000 followers (real constraint)"),
           T("relaxation", "any content, any city")])

add(32, "en",
    "Brief: home recording bundle\n"
    "- Client: USB audio interface + condenser mic bundle (48kHz / 24-bit), IDR 2.9M\n"
    "- Creators: bedroom producers, indie bands, singer-songwriters who record at home\n"
    "- Location: Jogja or Bandung only (offline listening session)\n"
    "- Platform: any\n"
    "- NOT K-pop covers",
    subtopics=["music.indie"], city=["Bandung", "Yogyakarta"],
    nots=["48kHz / 24-bit", "IDR 2.9M", "Platform: any", "NOT K-pop covers"],
    traps=[T("number", "48kHz / 24-bit, IDR 2.9M retail price"),
           T("alias", "Jogja = Yogyakarta"),
           T("relaxation", "any platform"),
           T("negation", "not K-pop covers")])

BRIEFS = sorted(B, key=lambda bt: bt[0]["id"])
