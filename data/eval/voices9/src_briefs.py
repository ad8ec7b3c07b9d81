"""Briefs and their structured truth (hand-written for voices9).

Four people, 8 briefs each; voice = (n - 1) mod 4 + 1 for vo9-bNN:
 1 Uni Rahmi (Padang, Minang-flavoured Indonesian)   2 Mama Yohana (Kupang, Kupang Malay)
 3 Dito (Semarang, lowercase Gen-Z texting English)   4 Baiq Nurul (Mataram, Sasak/Indonesian/English mix)

Each entry is (brief record, constraints record). `traps` lists (kind, verbatim text[, note]); the kinds number,
place, relaxation, negation and foreign_currency are not constraints and also go to `not_constraints`, as do
lookalike traps marked nc=True. spelled_number and alias traps are real constraints written in words.
"""
from src_common import REGIONS, SUBTOPICS

NOT_CONSTRAINT_KINDS = {"number", "place", "relaxation", "negation", "foreign_currency"}


def B(n, lang, kind, text, subtopics=None, adjacent=(), audience=None, audience_required=False, city=None,
      fallback=None, platform=None, min_f=None, max_f=None, max_rate=None, market=("ID",), traps=()):
    bid = f"vo9-b{n:02d}"
    text = " ".join(text.split())
    nc, tr = [], []
    for t in traps:
        k, s = t[0], t[1]
        extra = t[2] if len(t) > 2 else {}
        assert s in text, (bid, s)
        rec = {"kind": k, "text": s}
        if extra.get("note"):
            rec["note"] = extra["note"]
        tr.append(rec)
        if k in NOT_CONSTRAINT_KINDS or extra.get("nc"):
            nc.append(s)
    niches = None
    if subtopics:
        niches = []
        for s in subtopics:
            if SUBTOPICS[s][0] not in niches:
                niches.append(SUBTOPICS[s][0])
    cons = {"id": bid, "voice": (n - 1) % 4 + 1, "kind": kind, "niches": niches,
            "subtopics": list(subtopics) if subtopics else None, "adjacent_subtopics": list(adjacent),
            "audience": list(audience) if audience else None, "audience_required": audience_required,
            "city": list(city) if city else None, "city_fallback": list(fallback) if fallback else None,
            "platform": list(platform) if platform else None, "min_followers": min_f, "max_followers": max_f,
            "max_rate_idr": max_rate, "market": list(market) if market else None,
            "not_constraints": nc, "traps": tr}
    return {"id": bid, "brief": text, "lang": lang}, cons


R = REGIONS
IG, TT, YT = "instagram", "tiktok", "youtube"

BRIEFS = [
    # ================================================================ 1 Uni Rahmi, Padang (id x8)
    B(1, "id", "topic", """
Assalamualaikum, ambo Uni Rahmi, punya rumah makan Salero Bundo dakek Pasar Raya Padang. Kini awak jual dendeng
batokok & sate Padang frozen, 1 pak isi 10 tusuk Rp 65.000, tahan 3 bulan di freezer. Daging sapinya dari Padang
Panjang. Awak cari kreator yg suka bakar-bakar, sate, dendeng, ikan bakar, yg ngerti soal arang jo bara. Utamakan
urang Padang, kok di Padang ndak ado, Sumbar lain buliah (Bukittinggi, Payakumbuh, Solok). Followers bebas,
platform bebas. Jan yg cuma mukbang sajo yo 🙏""",
      subtopics=["food.bakar"], city=["Padang"], fallback=R["SUMBAR"],
      traps=[("place", "dakek Pasar Raya Padang"), ("number", "1 pak isi 10 tusuk Rp 65.000"),
             ("number", "tahan 3 bulan"), ("place", "Daging sapinya dari Padang Panjang"),
             ("alias", "kok di Padang ndak ado, Sumbar lain buliah"),
             ("relaxation", "Followers bebas, platform bebas"), ("negation", "Jan yg cuma mukbang sajo yo")]),
    B(5, "id", "audience", """
Assalamualaikum dunsanak. Ambo Uni Rahmi dari Padang. Manjalang lebaran awak buka PO paket rendang daging 500 gram
+ karupuak jangek + sambalado tanak, Rp 185.000 sapaket, dikirim dari Padang ka saluruh Indonesia. Sasarannyo urang
awak di rantau nan taragak masakan kampuang. Jadi awak cari kreator yg followers-nyo banyak perantau, kontennyo apo
sajo buliah, ndak harus masak. IG atau TikTok samo sajo, YouTube ndak usah. Tinggal dimano sajo buliah, asal masih di
Indonesia. Followers barapo sajo ndak masalah.""",
      audience=["perantau"], platform=[IG, TT],
      traps=[("number", "500 gram"), ("number", "Rp 185.000 sapaket"), ("place", "dikirim dari Padang"),
             ("relaxation", "kontennyo apo sajo buliah, ndak harus masak"), ("relaxation", "Tinggal dimano sajo buliah"),
             ("relaxation", "Followers barapo sajo ndak masalah")]),
    B(9, "id", "topic", """
Assalamualaikum, ambo Uni Rahmi lai. Anak gadih ambo si Nisa bikin bedak dingin jo lulur dari bareh & kunyik,
merek "Bareh Bundo", 1 toples 100 gram Rp 35.000, produksi di rumah kami di Lubuk Begalung. Awak cari kreator yg
suka perawatan tradisional: lulur, bedak dingin, masker rempah, mangir. Bukan MUA atau tutorial makeup pengantin
yo, itu lain. Bayarannyo paling banyak tujuh ratus lima puluh ribu sakali posting. Domisili bebas, platform bebas,
umur kreator ndak masalah, 20 atau 40 tahun samo sajo.""",
      subtopics=["beauty.tradisional"], max_rate=750_000,
      traps=[("number", "1 toples 100 gram Rp 35.000"), ("place", "produksi di rumah kami di Lubuk Begalung"),
             ("negation", "Bukan MUA atau tutorial makeup pengantin yo"),
             ("spelled_number", "paling banyak tujuh ratus lima puluh ribu sakali posting"),
             ("relaxation", "Domisili bebas, platform bebas"), ("number", "20 atau 40 tahun"),
             ("lookalike", "tutorial makeup pengantin", {"note": "MUA creators are beauty too but do not fit"})]),
    B(13, "id", "topic", """
Uni Rahmi baliak lai 😅 Kali ko untuak anak bujang ambo, Fadil. Inyo buka sewa alat panjat tebing jo open trip ka
Lambah Harau, 2 hari 1 malam Rp 450.000 per urang, maksimal 12 peserta. Awak cari kreator panjat tebing atau
bouldering, nan ngerti tali, harness, belay. Bukan pendaki gunung yo, lain itu. Followers-nyo minimal tigo ribu lah.
Tinggal dimano sajo buliah, ndak harus di Sumbar.""",
      subtopics=["out.panjat"], min_f=3000,
      traps=[("place", "open trip ka Lambah Harau"), ("number", "2 hari 1 malam Rp 450.000 per urang"),
             ("number", "maksimal 12 peserta"), ("negation", "Bukan pendaki gunung yo"),
             ("spelled_number", "minimal tigo ribu"), ("relaxation", "Tinggal dimano sajo buliah, ndak harus di Sumbar")]),
    B(17, "id", "topic", """
Assalamualaikum. Adiak ambo Ni Ema punya toko ameh "Ameh Bundo" di Pasar Raya blok B. Kini ado program tabungan
ameh, nyicil mulai 0,5 gram, bayar Rp 50.000 saminggu. Awak cari kreator yg kontennyo soal manabuang emas, harga
emas, logam mulia, cicil emas. Jan yg kontennyo trading saham atau kripto, awak ndak nio. Honornyo paliang banyak
sajuta sakali posting. Kota jo platform bebas.""",
      subtopics=["fin.emas"], max_rate=1_000_000,
      traps=[("place", "di Pasar Raya blok B"), ("number", "nyicil mulai 0,5 gram"), ("number", "Rp 50.000 saminggu"),
             ("negation", "Jan yg kontennyo trading saham atau kripto"),
             ("spelled_number", "paliang banyak sajuta sakali posting"), ("relaxation", "Kota jo platform bebas")]),
    B(21, "id", "topic", """
Uni lai, maaf banyak pesan 🙏 Suami ambo Da Edi buka kursus nyetir "Setir Bundo" di Padang, paket 10 kali latihan
Rp 1.200.000, mobil manual jo matic, umur 17 tahun ka ateh. Awak cari kreator yg kontennyo belajar nyetir, parkir,
tes SIM, nyetir aman. TikTok labiah rancak, tapi YouTube juo buliah. Followers-nyo paliang banyak duo puluah ribu,
dek awak nio nan ketek-ketek tapi dakek jo followers-nyo. Domisili ndak harus Padang.""",
      subtopics=["auto.nyetir"], platform=[TT, YT], max_f=20_000,
      traps=[("place", "kursus nyetir \"Setir Bundo\" di Padang"), ("number", "paket 10 kali latihan Rp 1.200.000"),
             ("number", "umur 17 tahun ka ateh"),
             ("spelled_number", "paliang banyak duo puluah ribu"), ("relaxation", "Domisili ndak harus Padang")]),
    B(25, "id", "topic", """
Assalamualaikum, Uni Rahmi. Rumah makan kami kini buka katering bekal anak sekolah jo bekal kantor, langganan 20
hari Rp 500.000, ado menu ndak padeh untuak anak. Antar ka sekolah di Padang Utara jo Kuranji. Awak cari kreator
yg kontennyo isi kotak bekal, bekal anak, bekal kantor, meal prep. Bukan yg review rumah makan atau mukbang.
Followers, kota, platform, samo sajo, bebas.""",
      subtopics=["food.bekal"],
      traps=[("number", "langganan 20 hari Rp 500.000"), ("place", "Antar ka sekolah di Padang Utara jo Kuranji"),
             ("negation", "Bukan yg review rumah makan atau mukbang"),
             ("relaxation", "Followers, kota, platform, samo sajo, bebas")]),
    B(29, "id", "audience", """
Uni lai 🙏 Kamanakan ambo si Rendi buka warung nasi kapau dakek kampus Unand Limau Manis, nasi + lauk mulai Rp
15.000, buka sampai jam 11 malam. Awak cari kreator yg followers-nyo mahasiswa, anak kos. Kontennyo harus soal
makanan, masak atau kuliner, bukan akun game atau gym walaupun followers-nyo anak kuliah. IG atau TikTok, jan
YouTube. Kreatornyo ndak harus urang Padang.""",
      audience=["mahasiswa"], subtopics=["food.bakar", "food.bekal"], platform=[IG, TT],
      traps=[("place", "dakek kampus Unand Limau Manis"), ("number", "mulai Rp 15.000"),
             ("number", "jam 11 malam"),
             ("negation", "bukan akun game atau gym walaupun followers-nyo anak kuliah"),
             ("lookalike", "anak kos", {"note": "console, gym and hamster creators followed by students in kos do not fit"}),
             ("relaxation", "Kreatornyo ndak harus urang Padang")]),

    # ================================================================ 2 Mama Yohana, Kupang (id x6, mix x2)
    B(2, "id", "topic", """
Shalom. Beta Mama Yohana dari Kupang. Beta pung kelompok tenun di Amarasi ada bikin kain ikat pewarna alam, pake akar
mengkudu deng daun tarum, satu kain ukuran 60 x 200 cm harga Rp 1.750.000, kerja 3 bulan baru jadi. Katong cari
kreator yg konten soal pewarna alam, eco print, celup indigo, kain slow fashion. Bukan yg jual tenun printing
pabrik e. Cuma IG sa, TikTok deng YouTube sonde usah. Lu tinggal di mana sa boleh, followers brapa sa boleh.""",
      subtopics=["sust.pewarna"], platform=[IG],
      traps=[("place", "kelompok tenun di Amarasi"), ("number", "60 x 200 cm"), ("number", "Rp 1.750.000"),
             ("number", "kerja 3 bulan"), ("negation", "Bukan yg jual tenun printing pabrik e"),
             ("relaxation", "Lu tinggal di mana sa boleh, followers brapa sa boleh"),
             ("lookalike", "kain ikat", {"note": "a tailor who sews ikat into shirts (home.jahit) does not fit", "nc": True})]),
    B(6, "mix", "topic", """
Shalom kaka dong. Beta pung anak laki, Ferdi, ada pegang kapal phinisi kecil di Labuan Bajo, trip 3D2N Padar -
Komodo - Pink Beach, sharing cabin start Rp 2.900.000/pax, private boat for 8 guests. We're looking for creators who
do island hopping, sailing, boat trips, ferry stories. Bukan yg konten hotel mewah sa. Followers minimal sepuluh
ribu, because our guests check Instagram first. Creator can live anywhere, sonde harus di NTT.""",
      subtopics=["travel.pulau"], min_f=10_000,
      traps=[("place", "kapal phinisi kecil di Labuan Bajo"), ("number", "trip 3D2N"),
             ("number", "Rp 2.900.000/pax"), ("number", "8 guests"), ("negation", "Bukan yg konten hotel mewah sa"),
             ("spelled_number", "minimal sepuluh ribu"),
             ("lookalike", "our guests check Instagram first", {"note": "a platform named without asking for it", "nc": True}),
             ("relaxation", "Creator can live anywhere, sonde harus di NTT")]),
    B(10, "id", "audience", """
Shalom. Beta pung sepupu Om Nikolas buka jasa kirim paket deng kirim uang dari Malaysia ke Kupang, So'e, Atambua.
Ongkir 1 kg mulai RM 12, uang sampe dalam 1 hari. Katong cari kreator yg followers dong banyak pekerja migran,
TKI/PMI di Malaysia, Hong Kong, deng keluarga di kampung. Konten apa sa boleh, sonde harus soal uang. Kreator tinggal
di luar negri ju boleh, di Malaysia ko Hong Kong sonde masalah. TikTok lebe bae, ma YouTube ju boleh. Followers
bebas.""",
      audience=["pekerja_migran"], platform=[TT, YT], market=None,
      traps=[("place", "dari Malaysia ke Kupang, So'e, Atambua"), ("number", "1 kg"), ("foreign_currency", "RM 12"),
             ("number", "dalam 1 hari"), ("relaxation", "Konten apa sa boleh, sonde harus soal uang"),
             ("relaxation", "Kreator tinggal di luar negri ju boleh"), ("relaxation", "Followers bebas")]),
    B(14, "id", "topic", """
Shalom. Beta ini pengurus paduan suara gereja di Oebobo. Katong mau kasi kenal album rohani baru, 12 lagu, deng kelas
vokal tiap Sabtu Rp 150.000 sebulan. Cari kreator yg konten nyanyi, latihan vokal, paduan suara, koor, acapella.
Bukan dangdut koplo e. YouTube sa, karena katong pung video latihan panjang-panjang. Dong tinggal di mana sa
boleh.""",
      subtopics=["music.vokal"], platform=[YT],
      traps=[("place", "paduan suara gereja di Oebobo"), ("number", "12 lagu"), ("number", "Rp 150.000 sebulan"),
             ("negation", "Bukan dangdut koplo e"), ("relaxation", "Dong tinggal di mana sa boleh")]),
    B(18, "id", "topic", """
Shalom. Beta pung bapa mantu di Sumba ada piara kuda sandalwood, sekarang mau jual pakan kuda campuran jagung deng
dedak, karung 25 kg Rp 180.000, kirim dari Waingapu. Katong cari kreator yg konten kuda: rawat kuda, berkuda,
pacuan kuda. Sonde mau akun kucing, anjing, hamster e, harus kuda. Followers, kota, platform bebas sa.""",
      subtopics=["pets.kuda"],
      traps=[("place", "bapa mantu di Sumba"), ("number", "karung 25 kg Rp 180.000"), ("place", "kirim dari Waingapu"),
             ("negation", "Sonde mau akun kucing, anjing, hamster e"),
             ("relaxation", "Followers, kota, platform bebas sa")]),
    B(22, "id", "topic", """
Shalom. Beta pung anak nona, Maria, mama tunggal deng 2 anak umur 4 deng 7 taun. Dia bikin komunitas online "Mama
Tunggal Kuat" deng kelas online Rp 75.000 sekali. Katong cari kreator yg konten soal besarkan anak sendiri, orang tua
tunggal, single mom atau single dad, co-parenting. Bukan konten suami istri romantis e. Sonde usah di Kupang,
followers brapa sa.""",
      subtopics=["par.tunggal"],
      traps=[("number", "2 anak umur 4 deng 7 taun"), ("number", "Rp 75.000 sekali"),
             ("negation", "Bukan konten suami istri romantis e"), ("relaxation", "Sonde usah di Kupang, followers brapa sa")]),
    B(26, "id", "topic", """
Shalom. Beta pung ponakan Kak Ferdy buka les renang anak deng dewasa di kolam Oepoi, 8x pertemuan Rp 400.000, umur 5
taun ke atas. Katong cari kreator renang, les renang, renang di laut. Harus orang NTT e, Kupang, Flores, Sumba,
Labuan Bajo, samua boleh. Platform bebas, followers brapa sa.""",
      subtopics=["fit.renang"], city=R["NTT"],
      traps=[("place", "di kolam Oepoi"), ("number", "8x pertemuan Rp 400.000"), ("number", "umur 5 taun ke atas"),
             ("lookalike", "Harus orang NTT e", {"note": "Mataram and Bima are NTB, not NTT"}),
             ("relaxation", "Platform bebas, followers brapa sa")]),
    B(30, "mix", "topic", """
Shalom. Beta Mama Yohana lai. Beta pung usaha jahit di Kuanino, sekarang mau jual mesin jahit portable, Rp 1.350.000,
free 5 pola baju, garansi 1 taun. Looking for creators who sew at home, permak, bikin pola, jahit baju sendiri. Not
fashion haul or OOTD accounts. Budget per konten paling banya lima ratus ribu, sorry katong usaha kecil. Domisili
bebas, platform bebas.""",
      subtopics=["home.jahit"], max_rate=500_000,
      traps=[("place", "usaha jahit di Kuanino"), ("number", "Rp 1.350.000"), ("number", "free 5 pola baju"),
             ("number", "garansi 1 taun"), ("negation", "Not fashion haul or OOTD accounts"),
             ("spelled_number", "paling banya lima ratus ribu"), ("relaxation", "Domisili bebas, platform bebas")]),

    # ================================================================ 3 Dito, Semarang (en x6, mix x2)
    B(3, "en", "topic", """
yo!! dito here from semarang, running socials for a few clients rn. first one: a tax app for online sellers,
"Lapor.in", lets u do ur PPh final 0.5% + SPT in like 10 mins, sub is IDR 49K/mo. need creators who talk tax stuff —
NPWP, SPT, tax for olshop sellers n freelancers. NOT motivational "cuan" finance gurus pls. IG or TikTok, skip YT. at
least 5k followers. location idc.""",
      subtopics=["fin.pajak"], platform=[IG, TT], min_f=5000,
      traps=[("number", "PPh final 0.5%"), ("number", "in like 10 mins"), ("number", "IDR 49K/mo"),
             ("negation", "NOT motivational \"cuan\" finance gurus pls"), ("relaxation", "location idc")]),
    B(7, "en", "audience", """
ok client #2 lol. a helmet + raincoat bundle for ojol drivers, IDR 289K, free shipping from our warehouse in kaligawe.
target = ojol n delivery drivers, so i need creators whose followers r drivers. content can be anything tbh (money,
safety, vlogs, whatever) as long as the audience is drivers. tiktok only fr, thats where drivers scroll while waiting
for orders. followers n city dont matter.""",
      audience=["ojol"], platform=[TT],
      traps=[("number", "client #2"), ("number", "IDR 289K"), ("place", "warehouse in kaligawe"),
             ("relaxation", "content can be anything tbh"), ("relaxation", "followers n city dont matter")]),
    B(11, "en", "topic", """
client #3: camera rental, "Jepret Rent", shop on jl. pandanaran, opening a 2nd branch soon. mirrorless from IDR
120K/day, lenses 50K. looking for photo/camera creators — gear reviews, product photography, lens talk. not phone
reviewers, its about cameras. must be based in semarang or jogja (sleman/bantul ok too) bc they gotta pick up the
gear in person. magelang n solo r too far lol. any platform, any follower count.""",
      subtopics=["tech.foto"], city=["Semarang"] + R["DIY"],
      traps=[("number", "client #3"), ("place", "shop on jl. pandanaran"), ("number", "IDR 120K/day"),
             ("number", "lenses 50K"), ("negation", "not phone reviewers"),
             ("lookalike", "magelang n solo r too far lol", {"note": "a Magelang camera creator misses the city"}),
             ("relaxation", "any platform, any follower count")]),
    B(15, "mix", "audience", """
client #4: app tryout CPNS & BUMN namanya "NIPku", 3.000+ soal SKD, premium IDR 79K sampe hari tes. target audiens:
job seekers, fresh grad yg lagi ngincer CPNS/PPPK/BUMN. kontennya HARUS soal persiapan tes CPNS/BUMN ya — bukan akun
loker, scam alert, atau tes SIM walaupun followers-nya pencari kerja. platform bebas, domisili bebas, followers ga
ngaruh.""",
      audience=["pencari_kerja"], subtopics=["edu.cpns"],
      traps=[("number", "client #4"), ("number", "3.000+ soal SKD"), ("number", "IDR 79K"),
             ("negation", "bukan akun loker, scam alert, atau tes SIM walaupun followers-nya pencari kerja"),
             ("lookalike", "job seekers", {"note": "scam-alert and driving-test creators followed by job seekers do not fit"}),
             ("relaxation", "platform bebas, domisili bebas, followers ga ngaruh")]),
    B(19, "en", "topic", """
client: local whey brand, "Otot Lokal", 1 kg tub IDR 385K, 33 servings, made in a factory in ungaran. need gym /
weightlifting creators — beginner programs, bulking on a budget, form checks. BUT their followers gotta be college
students (anak kuliah), thats the whole point. not runners, not yoga. budget is IDR 1.5M per post max, hard cap,
client wont move. anywhere in indo is fine.""",
      subtopics=["fit.gym"], audience=["mahasiswa"], audience_required=True, max_rate=1_500_000,
      traps=[("number", "1 kg tub IDR 385K, 33 servings"), ("place", "made in a factory in ungaran"),
             ("negation", "not runners, not yoga"), ("relaxation", "anywhere in indo is fine")]),
    B(23, "en", "topic", """
next: a skate shop in semarang (kota lama area), decks from IDR 650K, we also do baggy pants + skate shoes. want skate
creators — skating, skate spots, skate fits. not general ootd / hypebeast resellers pls. dont care where u live, dont
care about follower count, any platform. age 15-25 audience would be nice but not a must.""",
      subtopics=["street.skate"],
      traps=[("place", "a skate shop in semarang (kota lama area)"), ("number", "IDR 650K"),
             ("negation", "not general ootd / hypebeast resellers pls"),
             ("relaxation", "dont care where u live, dont care about follower count, any platform"),
             ("number", "age 15-25 audience would be nice but not a must")]),
    B(27, "en", "topic", """
last one this week i swear. PS5 + switch rental w/ delivery in semarang, IDR 75K/day, min 3 days, games included (FC
25, mario kart). need console gaming creators — playstation, switch, retro consoles, couch co-op. NOT mobile legends /
mobile gamers. 10k+ followers pls, any platform. creator doesnt have to be in semarang.""",
      subtopics=["game.konsol"], min_f=10_000,
      traps=[("place", "delivery in semarang"), ("number", "IDR 75K/day"), ("number", "min 3 days"), ("number", "FC 25"),
             ("negation", "NOT mobile legends / mobile gamers"), ("relaxation", "any platform"),
             ("relaxation", "creator doesnt have to be in semarang")]),
    B(31, "mix", "topic", """
client baru: password manager + anti-phishing app, "Kunci", gratis 30 hari trus IDR 25K/bulan. cari creator yang
bahas keamanan digital — modus penipuan, link phishing, OTP, WhatsApp dibajak. bukan reviewer HP atau kamera ya,
beda. followers max 50k, we want mid-tier yang audiensnya masih percaya. platform bebas, kota bebas.""",
      subtopics=["tech.aman"], max_f=50_000,
      traps=[("number", "gratis 30 hari"), ("number", "IDR 25K/bulan"), ("negation", "bukan reviewer HP atau kamera ya"),
             ("relaxation", "platform bebas, kota bebas")]),

    # ================================================================ 4 Baiq Nurul, Mataram (mix x5, en x3)
    B(4, "mix", "topic", """
Halo kak, tiang Baiq dari Mataram 🙏 My family opens "Kopi Inaq", kedai kopi kecil near Udayana, es kopi susu gula
aren 18K, biji kopi dari Sembalun. Kami cari creator yang bahas usaha kedai kopi — buka kedai, gerobak kopi, hitung
HPP, barista life. Bukan review cafe aesthetic aja ya. Prefer yang tinggal di Mataram, kalau di Mataram nggak ada,
anywhere in Lombok is fine. Platform bebas, followers bebas. Tampiasih!""",
      subtopics=["coffee.kedai"], city=["Mataram"], fallback=R["LOMBOK"],
      traps=[("place", "kedai kopi kecil near Udayana"), ("number", "18K"), ("place", "biji kopi dari Sembalun"),
             ("negation", "Bukan review cafe aesthetic aja ya"),
             ("alias", "kalau di Mataram nggak ada, anywhere in Lombok is fine"),
             ("lookalike", "anywhere in Lombok", {"note": "Sumbawa is NTB but not Lombok"}),
             ("relaxation", "Platform bebas, followers bebas")]),
    B(8, "en", "audience", """
Hello, this is Baiq from Lombok. My brother runs a small surf hostel in Kuta Lombok, dorm beds from 150K IDR (around
10 USD) a night, private rooms about 25 USD, surf lessons with local guides at Gerupuk. We want creators whose
followers are foreign travellers planning a trip to Indonesia. Their content can be anything — surf, food, beauty,
culture — as long as the followers are tourists. Creators should be based in Lombok or Bali so they can come and
stay. Instagram or YouTube please. Follower count is not important.""",
      audience=["turis_asing"], city=R["LOMBOK"] + R["BALI"], platform=[IG, YT],
      traps=[("place", "surf hostel in Kuta Lombok"), ("number", "150K IDR"), ("foreign_currency", "around 10 USD"),
             ("foreign_currency", "about 25 USD"), ("place", "local guides at Gerupuk"),
             ("relaxation", "Their content can be anything"), ("relaxation", "Follower count is not important")]),
    B(12, "mix", "topic", """
Assalamualaikum kak. Tiang Baiq lagi. My own brand "Sasambo Active" — hijab sport, burkini, baju lari longgar, ukuran
S-XXL, harga 129K-349K. Produksi di Cakranegara. Cari creator muslimah yang konten olahraga + modest activewear: lari
pakai hijab, renang pakai burkini, outfit gym tertutup. Bukan hijab tutorial biasa atau OOTD kondangan. IG atau
TikTok aja, YouTube nggak perlu. Domisili bebas, nggak harus di Lombok.""",
      subtopics=["modest.sport"], platform=[IG, TT],
      traps=[("number", "ukuran S-XXL"), ("number", "harga 129K-349K"), ("place", "Produksi di Cakranegara"),
             ("negation", "Bukan hijab tutorial biasa atau OOTD kondangan"),
             ("relaxation", "Domisili bebas, nggak harus di Lombok")]),
    B(16, "en", "topic", """
Hi, Baiq again. My cousin rents touring motorbikes in Mataram (KLX 150 and ADV 160), 250K IDR per day or about 16
USD, and runs a 7-day Lombok-Sumbawa touring package. We are looking for motorcycle touring creators: long rides,
touring routes, riding across islands. Not driving-school content and not car rental content. YouTube only, because
the rides are long videos. Location and followers are free.""",
      subtopics=["travel.motor"], platform=[YT],
      traps=[("place", "rents touring motorbikes in Mataram"), ("number", "KLX 150 and ADV 160"),
             ("number", "250K IDR per day"), ("foreign_currency", "about 16 USD"), ("number", "7-day"),
             ("place", "Lombok-Sumbawa touring package"),
             ("negation", "Not driving-school content and not car rental content"),
             ("relaxation", "Location and followers are free")]),
    B(20, "mix", "topic", """
Kak, tiang Baiq. Kakak tiang, Lale Ayu, buka studio rias pengantin di Ampenan — paket nyongkolan Rp 4.500.000
termasuk baju adat, kapasitas 2 pengantin per hari. We need MUA creators: makeup pengantin, makeup wisuda, tutorial
makeup. Bukan skincare routine ya. Creator harus tinggal di NTB atau Bali, and followers between 3k and 30k, biar
masih terjangkau. Platform bebas.""",
      subtopics=["beauty.mua"], city=R["NTB"] + R["BALI"], min_f=3000, max_f=30_000,
      traps=[("place", "studio rias pengantin di Ampenan"), ("number", "paket nyongkolan Rp 4.500.000"),
             ("number", "2 pengantin per hari"), ("negation", "Bukan skincare routine ya"),
             ("relaxation", "Platform bebas")]),
    B(24, "en", "topic", """
Hello, Baiq here. I volunteer at a children's reading corner in Sekarbela and we started selling bilingual picture
books (Sasak-Indonesian-English), 32 pages, IDR 95K each, for ages 3 to 8, printed in Surabaya. We're looking for
creators who read with their kids: read-alouds, bedtime stories, dongeng, home libraries. Please not homeschooling
curriculum sellers. Our budget is max IDR 1.2M per post. Any city, any platform.""",
      subtopics=["par.buku"], max_rate=1_200_000,
      traps=[("place", "reading corner in Sekarbela"), ("number", "32 pages"), ("number", "IDR 95K each"),
             ("number", "for ages 3 to 8"), ("place", "printed in Surabaya"),
             ("negation", "Please not homeschooling curriculum sellers"), ("relaxation", "Any city, any platform")]),
    B(28, "mix", "topic", """
Kak tiang Baiq 🙏 Ponakan tiang buka petshop kecil khusus hewan kecil di Rembiga — hamster, marmut, sugar glider,
kandang 2 tingkat 175K, pasir wangi 1 liter 20K. Looking for creators who keep hamsters, marmut, sugar glider. Bukan
akun kucing atau anjing ya. Followers berapa aja boleh, kota bebas, platform bebas.""",
      subtopics=["pets.hamster"],
      traps=[("place", "petshop kecil khusus hewan kecil di Rembiga"), ("number", "kandang 2 tingkat 175K"),
             ("number", "pasir wangi 1 liter 20K"), ("negation", "Bukan akun kucing atau anjing ya"),
             ("relaxation", "Followers berapa aja boleh, kota bebas, platform bebas")]),
    B(32, "mix", "topic", """
Assalamualaikum. Tiang Baiq, I also help a teacher training foundation in Lombok Timur. We made "Kelas Guru Berdaya",
online workshop for teachers, 4 sesi, Rp 120.000, sertifikat 32 JP. Kami cari creator yang kontennya untuk guru: ide
mengajar, Kurikulum Merdeka, cerita guru honorer, PAUD juga boleh. Bukan bimbel atau les untuk siswa ya. Domisili
bebas, followers bebas, platform bebas.""",
      subtopics=["edu.guru"],
      traps=[("place", "teacher training foundation in Lombok Timur"), ("number", "4 sesi, Rp 120.000"),
             ("number", "sertifikat 32 JP"), ("negation", "Bukan bimbel atau les untuk siswa ya"),
             ("relaxation", "Domisili bebas, followers bebas, platform bebas")]),
]

BRIEFS.sort(key=lambda bc: bc[0]["id"])
