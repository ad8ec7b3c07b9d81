"""Briefs for voices11: 32 briefs typed by four people (hand-written).

voice = (n - 1) mod 4 + 1
  1  Wa Ode Hasnah, ~46, Kendari, runs the sinonggi stall "Warung Wa Ode"           id x8
  2  Mas Bayu (Bayu Setyo Nugroho), ~31, Madiun, pecel stall and family brem shop    id x6, mix x2
  3  Dini (Andini Putri), 24, Bengkulu, social media for a beach hotel + freelance   en x6, mix x2
  4  Om Rusli (Rusli Hi. Umar), ~52, Ternate, spice tours and speedboat rental      mix x5, en x3

B(n, lang, text, traps, **constraints) builds (briefs row, constraints row) with make_brief. A trap is
(kind, text[, note[, not_constraint]]). Kinds number, place, relaxation, negation and foreign_currency are
texts that are NOT constraints and go to `not_constraints`; lookalike goes there only when flagged;
spelled_number and alias mark texts that ARE real constraints.
"""
from src_common import REGIONS, make_brief, region

PREFIX = "vo11"
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
    # ---------------------------------------------------------------- b01 Wa Ode: sagu, Kendari else Sultra
    B(1, "id",
      "Assalamualaikum bela 🙏 sa Wa Ode, yg punya Warung Wa Ode dekat Pasar Mandonga. Adikku baru jual tepung sagu "
      "kemasan 500 gram, Rp 35 ribu, sagunya dari Konawe asli. Mau cari kreator yg biasa bikin konten masakan sagu, "
      "sinonggi, kasoami, papeda begitu mi. Bukan akun mukbang ji. Utamakan orang Kendari deh, kalau di Kendari tidak "
      "ada, Sultra lain juga boleh (Baubau, Kolaka, Wakatobi). Kami kirim sampe Makassar, Palu, Jakarta. Followers "
      "tidak masalah ji, platform bebas 😊",
      [("number", "kemasan 500 gram"), ("number", "Rp 35 ribu"), ("place", "dekat Pasar Mandonga"),
       ("place", "sagunya dari Konawe asli"), ("negation", "Bukan akun mukbang ji"),
       ("alias", "kalau di Kendari tidak ada, Sultra lain juga boleh", "fallback to Sulawesi Tenggara"),
       ("place", "Kami kirim sampe Makassar, Palu, Jakarta"), ("relaxation", "Followers tidak masalah ji, platform bebas")],
      subtopics=["food.sagu"], city=["Kendari"], city_fallback=region("SULTRA")),
    # ---------------------------------------------------------------- b02 Mas Bayu: panahan, IG/TikTok
    B(2, "id",
      "Sugeng siang lur 🙏 aku Bayu, sing dodol pecel nang Jl. Pahlawan Madiun. Kancaku buka toko busur panahan, busur "
      "recurve pemula Rp 1,2 juta, draw weight 18 lbs, iso nggo bocah umur 7 tahun ke atas. Golek kreator sing "
      "senengane latihan panahan, memanah, jemparingan ngono kae. Ojo YouTube yo mas mbak, IG utowo TikTok ae. "
      "Domisili bebas, followers yo ra masalah. Matur nuwun 🙏",
      [("place", "Jl. Pahlawan Madiun"), ("number", "Rp 1,2 juta"), ("number", "draw weight 18 lbs"),
       ("number", "umur 7 tahun ke atas"), ("relaxation", "Domisili bebas, followers yo ra masalah")],
      subtopics=["fit.panahan"], platform=["instagram", "tiktok"]),
    # ---------------------------------------------------------------- b03 Dini: sunscreen, >= 5k
    B(3, "en",
      "hiii! Dini here from Bengkulu ✨ my bestie's skincare brand is launching a sunscreen, SPF 50 PA++++, 50 ml, IDR "
      "89k. we're looking for creators who actually talk about sunscreen & sun protection, like reviewing SPFs, "
      "reapplying, white cast etc. not a makeup tutorial account pls 🙏 min 5k followers tho. can be anywhere in "
      "Indonesia, any platform is fine. thank uuu 💛",
      [("place", "Dini here from Bengkulu"), ("number", "SPF 50 PA++++"), ("number", "50 ml"), ("number", "IDR 89k"),
       ("negation", "not a makeup tutorial account pls"), ("relaxation", "can be anywhere in Indonesia, any platform is fine")],
      subtopics=["beauty.sunscreen"], min_f=5000),
    # ---------------------------------------------------------------- b04 Om Rusli: perantau, IG/YouTube, market open
    B(4, "mix",
      "Salam dari Ternate 🙏 kita Om Rusli. Torang ada bikin box rempah Moloku Kie Raha, isi 12 macam: cengkeh, pala, "
      "kayu manis, kenari, harga Rp 275 ribu. Target torang itu orang Maluku Utara deng orang Indonesia timur yang "
      "tinggal di rantau, yang rindu kampung. Konten apa saja boleh, tara harus masak. Instagram atau YouTube saja e, "
      "TikTok tara usah. Ngana yang tinggal di luar negeri juga boleh, kong torang bisa kirim ka Malaysia deng Hong "
      "Kong, ongkir sekitar USD 20. Thank you and best regards.",
      [("number", "isi 12 macam"), ("number", "Rp 275 ribu"), ("relaxation", "Konten apa saja boleh, tara harus masak"),
       ("relaxation", "Ngana yang tinggal di luar negeri juga boleh"),
       ("place", "torang bisa kirim ka Malaysia deng Hong Kong"), ("foreign_currency", "USD 20"),
       ("place", "Salam dari Ternate")],
      kind="audience", subtopics=None, audience=["perantau"], niches=None, platform=["instagram", "youtube"], market=None),
    # ---------------------------------------------------------------- b05 Wa Ode: petani, TikTok/YouTube, <= 10k
    B(5, "id",
      "Bela, sa mau tanya 🙏 kakakku di Konawe buka sewa traktor tangan deng jual pupuk organik, sewa Rp 250 ribu per "
      "hari, pupuk karung 40 kg. Yang mau kita jangkau itu petani sama peternak di desa. Kontennya tidak harus soal "
      "tani pale, yang penting penontonnya orang desa. TikTok atau YouTube saja, IG tidak usah. Followers tidak usah "
      "besar, maksimal 10 ribu ji, biar dekat sama penontonnya kodong. Lokasi bebas.",
      [("place", "kakakku di Konawe"), ("number", "Rp 250 ribu per hari"), ("number", "pupuk karung 40 kg"),
       ("relaxation", "Kontennya tidak harus soal tani pale"), ("relaxation", "Lokasi bebas")],
      kind="audience", subtopics=None, audience=["petani"], niches=None, platform=["tiktok", "youtube"], max_f=10000),
    # ---------------------------------------------------------------- b06 Mas Bayu: fermentasi, Jawa Timur
    B(6, "id",
      "Monggo lur, mampir sebentar 🙏 Omku nang Caruban produksi ragi tempe, 1 sachet nggo 5 kilo kedelai, regane "
      "Rp 7.500. Aku golek kreator sing biasa bikin konten fermentasi: tempe, tape, brem, kombucha, pokok'e sing "
      "nggawe ragi. Tapi kudu sing domisili Jawa Timur yo, soale distributor e mung nang Jatim. Bukan akun resep "
      "masakan umum lho. Platform bebas, followers sak onone.",
      [("place", "Omku nang Caruban"), ("number", "1 sachet nggo 5 kilo kedelai"), ("number", "Rp 7.500"),
       ("lookalike", "kudu sing domisili Jawa Timur", "the real constraint: JATIM"),
       ("negation", "Bukan akun resep masakan umum lho"), ("relaxation", "Platform bebas, followers sak onone")],
      subtopics=["food.fermentasi"], city=region("JATIM")),
    # ---------------------------------------------------------------- b07 Dini: mahasiswa, TikTok, Sumatra or Sulawesi
    B(7, "en",
      "hi guys!! 🙌 a friend's brand makes a mini rice cooker for kos life, 0.8 liter, IDR 199k, and tbh the target is "
      "college students (anak kos, mahasiswa). content can be anything, doesn't have to be cooking or gadgets, as long "
      "as the followers are students. TikTok only pls! and the creators should live in Sumatra or Sulawesi, bc our "
      "stores are only there for now. follower count doesn't matter ngl 🫶",
      [("number", "0.8 liter"), ("number", "IDR 199k"),
       ("relaxation", "content can be anything, doesn't have to be cooking or gadgets"),
       ("relaxation", "follower count doesn't matter ngl")],
      kind="audience", subtopics=None, audience=["mahasiswa"], niches=None, platform=["tiktok"],
      city=region("SUMATERA", "SULTRA", "SULAWESI_LAIN")),
    # ---------------------------------------------------------------- b08 Om Rusli: caving, >= 2k
    B(8, "mix",
      "Selamat sore 🙏 ini Om Rusli lagi. Ponakan kita pe usaha trip susur goa di Halmahera, paket 2 hari 1 malam, "
      "maksimal 8 orang satu grup, helm deng headlamp so ada. Torang cari kreator yang biasa masuk goa, caving, susur "
      "karst. Followers minimal dua ribu e. Tinggal di mana saja boleh, tara harus di Maluku Utara. Platform bebas. "
      "English content is also welcome.",
      [("number", "paket 2 hari 1 malam"), ("number", "maksimal 8 orang satu grup"), ("place", "di Halmahera"),
       ("spelled_number", "Followers minimal dua ribu", "min_followers 2000"),
       ("relaxation", "Tinggal di mana saja boleh, tara harus di Maluku Utara"), ("relaxation", "Platform bebas"),
       ("relaxation", "English content is also welcome")],
      subtopics=["out.goa"], min_f=2000),
    # ---------------------------------------------------------------- b09 Wa Ode: wedding money, <= 500k
    B(9, "id",
      "Assalamualaikum 🤲 sepupuku kerja di koperasi syariah di Kendari, ada produk tabungan nikah, setoran mulai "
      "Rp 100 ribu per bulan, tenor 24 bulan. Kita cari kreator yg suka bahas uang nikah: nabung nikah, uang panai, "
      "mahar, biaya resepsi. Budget terbatas kodong, rate paling mahal lima ratus ribu satu postingan. Bukan WO atau "
      "vendor dekor ya. Tinggal di mana saja tidak apa-apa, platform bebas.",
      [("place", "koperasi syariah di Kendari"), ("number", "Rp 100 ribu per bulan"), ("number", "tenor 24 bulan"),
       ("spelled_number", "rate paling mahal lima ratus ribu", "max_rate 500000"),
       ("negation", "Bukan WO atau vendor dekor ya"),
       ("relaxation", "Tinggal di mana saja tidak apa-apa, platform bebas")],
      subtopics=["fin.nikah"], max_rate=500_000),
    # ---------------------------------------------------------------- b10 Mas Bayu: calon pengantin, kebaya/nikah, IG
    B(10, "mix",
      "Halo lur, Bayu again 😁 my sister buka usaha undangan nikah custom, mulai Rp 3.500 per pcs, min order 200 pcs. "
      "Target market-nya calon pengantin, sing arep rabi. Tapi kontennya harus soal kebaya muslimah atau keuangan nikah "
      "ya, bukan akun souvenir, sablon, atau dekor walaupun followers-e calon manten. Instagram only, soale undangan "
      "iku visual. Location anywhere, followers no problem. Thx!",
      [("number", "Rp 3.500 per pcs"), ("number", "min order 200 pcs"),
       ("negation", "bukan akun souvenir, sablon, atau dekor walaupun followers-e calon manten"),
       ("relaxation", "Location anywhere, followers no problem")],
      kind="audience", subtopics=["modest.kebaya", "fin.nikah"], audience=["calon_pengantin"], niches=None,
      platform=["instagram"]),
    # ---------------------------------------------------------------- b11 Dini: paragliding, >= 10k
    B(11, "en",
      "hey! ✨ we're launching a paragliding tandem package at a hill near our hotel, 15 min flight, IDR 850k, max "
      "weight 100 kg. need creators who do paragliding / free flight content, lowkey the real ones who fly "
      "themselves. must have at least 10k followers. not general travel vloggers pls. anywhere in Indonesia is ok "
      "fr 🪂",
      [("number", "15 min flight"), ("number", "IDR 850k"), ("number", "max weight 100 kg"),
       ("negation", "not general travel vloggers pls"), ("relaxation", "anywhere in Indonesia is ok")],
      subtopics=["out.paralayang"], min_f=10000),
    # ---------------------------------------------------------------- b12 Om Rusli: drums, YouTube/TikTok
    B(12, "en",
      "Dear creators, good day. My son opened a small music store in Ternate selling drum kits, practice pads and "
      "sticks; a 5-piece starter kit is IDR 6.5 million. We are looking for drummers who make drum covers or drum "
      "lessons. YouTube or TikTok only, please, no Instagram. The creator may live anywhere. Best regards, Rusli.",
      [("place", "small music store in Ternate"), ("number", "5-piece starter kit"), ("number", "IDR 6.5 million"),
       ("relaxation", "The creator may live anywhere")],
      subtopics=["music.drum"], platform=["youtube", "tiktok"]),
    # ---------------------------------------------------------------- b13 Wa Ode: sensitive skin, IG only
    B(13, "id",
      "Bela semua 😊 ponakanku jual pelembab untuk kulit sensitif, tanpa parfum, isi 30 ml, harga Rp 69 ribu, "
      "dibuat di Makassar. Cari kreator yg bahas kulit sensitif, kulit gampang merah, skin barrier begitu mi. Cuma di "
      "Instagram saja deh. Bukan akun jerawat ji. Domisili bebas, followers juga tidak dipatok.",
      [("number", "isi 30 ml"), ("number", "Rp 69 ribu"), ("place", "dibuat di Makassar"),
       ("negation", "Bukan akun jerawat ji"), ("relaxation", "Domisili bebas, followers juga tidak dipatok")],
      subtopics=["beauty.sensitif"], platform=["instagram"]),
    # ---------------------------------------------------------------- b14 Mas Bayu: kebaya, 5k-50k
    B(14, "id",
      "Nuwun sewu lur 🙏 Budheku nang Nglames buka sewa kebaya akad muslimah, sewa mulai Rp 450 ribu, ukuran S sampe "
      "XXL. Golek kreator sing konten e kebaya muslimah, kebaya akad, kebaya wisuda sing syar'i. Followers minimal "
      "5 ribu, maksimal 50 ribu yo, ora usah artis. Ora kudu wong Madiun, sak Indonesia oleh. Platform bebas.",
      [("place", "Budheku nang Nglames"), ("number", "sewa mulai Rp 450 ribu"), ("number", "ukuran S sampe XXL"),
       ("spelled_number", "Followers minimal 5 ribu, maksimal 50 ribu", "5,000-50,000"),
       ("relaxation", "Ora kudu wong Madiun, sak Indonesia oleh"), ("relaxation", "Platform bebas")],
      subtopics=["modest.kebaya"], min_f=5000, max_f=50000),
    # ---------------------------------------------------------------- b15 Dini: pelajar SMA, content history
    B(15, "mix",
      "Halo kawan-kawan 🙏 awak Dini dari Bengkulu. Kawan awak bikin komik sejarah Indonesia buat anak SMA, 120 "
      "halaman, harga Rp 79 ribu. Kami nak cari kreator yang followers-nyo anak SMA, tapi kontennyo harus soal "
      "sejarah ye. Bukan akun drum, catur, atau voli walaupun followers-nyo anak SMA. Platform apo bae boleh, "
      "followers idak masalah. Makasih nian!",
      [("place", "awak Dini dari Bengkulu"), ("number", "120 halaman"), ("number", "Rp 79 ribu"),
       ("negation", "Bukan akun drum, catur, atau voli walaupun followers-nyo anak SMA"),
       ("lookalike", "followers-nyo anak SMA, tapi kontennyo harus soal sejarah", "audience pelajar_sma, content edu.sejarah"),
       ("relaxation", "Platform apo bae boleh, followers idak masalah")],
      kind="audience", subtopics=["edu.sejarah"], audience=["pelajar_sma"], niches=None),
    # ---------------------------------------------------------------- b16 Om Rusli: volleyball, >= 3k, karyawan
    B(16, "mix",
      "Halo kreator 🙏 kita Om Rusli, panitia turnamen voli antar kantor di Ternate, 16 tim, hadiah total Rp 15 juta. "
      "Sponsor torang jual bola voli deng deker lutut. Cari kreator voli, yang main atau latih voli. Penting: dorang "
      "pe followers harus orang kantoran / karyawan, karna pembeli itu tim kantor. Followers minimal 3 ribu. Tara "
      "harus di Ternate, platform bebas.",
      [("number", "16 tim"), ("number", "hadiah total Rp 15 juta"), ("place", "antar kantor di Ternate"),
       ("lookalike", "dorang pe followers harus orang kantoran / karyawan", "audience_required karyawan", False),
       ("spelled_number", "Followers minimal 3 ribu", "min_followers 3000"),
       ("relaxation", "Tara harus di Ternate, platform bebas")],
      subtopics=["fit.voli"], audience=["karyawan"], audience_required=True, min_f=3000),
    # ---------------------------------------------------------------- b17 Wa Ode: baby sleep, <= 30k
    B(17, "id",
      "Assalamualaikum bela 🙏 anak tetangga jual sleeping bag bayi, bahan katun, untuk umur 0-18 bulan, harga Rp 129 "
      "ribu. Cari kreator yg bahas tidur bayi: jadwal tidur, bayi bangun malam, sleep training. Followers paling "
      "banyak tiga puluh ribu saja, yg kecil-kecil ji. Tinggal di mana saja, platform bebas 😊",
      [("number", "umur 0-18 bulan"), ("number", "Rp 129 ribu"),
       ("spelled_number", "Followers paling banyak tiga puluh ribu", "max_followers 30000"),
       ("relaxation", "Tinggal di mana saja, platform bebas")],
      subtopics=["par.tidur"], max_f=30000),
    # ---------------------------------------------------------------- b18 Mas Bayu: home roasting, <= 1.5jt
    B(18, "mix",
      "Halo mas mbak, Bayu here ☕ kancaku jual mesin roasting mini kapasitas 250 gram, harga Rp 4,7 juta, plus green "
      "bean Kopi Lawu Rp 120rb/kg. Looking for kreator sing seneng roasting kopi dewe nang omah. Budget per konten "
      "max Rp 1,5 juta yo. Bukan barista cafe review. Lokasi bebas, platform bebas, pokok'e roasting.",
      [("number", "kapasitas 250 gram"), ("number", "Rp 4,7 juta"), ("number", "Rp 120rb/kg"),
       ("place", "green bean Kopi Lawu"), ("negation", "Bukan barista cafe review"),
       ("relaxation", "Lokasi bebas, platform bebas")],
      subtopics=["coffee.roasting"], max_rate=1_500_000),
    # ---------------------------------------------------------------- b19 Dini: TV, Sumatra
    B(19, "en",
      "hi!! 📺 my uncle's electronics shop sells digital TV set-top boxes, IDR 175k, and outdoor antennas, 10 meter "
      "cable included. looking for creators who make content about TV at home: STB, antennas, smart TVs, that kind of "
      "stuff. they must live in Sumatra pls, our service centers are only on the island. any platform, any follower "
      "count. ty ✨",
      [("number", "IDR 175k"), ("number", "10 meter cable included"),
       ("relaxation", "any platform, any follower count")],
      subtopics=["tech.tv"], city=region("SUMATERA")),
    # ---------------------------------------------------------------- b20 Om Rusli: goats, no constraints
    B(20, "mix",
      "Selamat pagi 🙏 kita pe adik di Tidore bikin pakan kambing fermentasi, karung 25 kg, Rp 180 ribu. Torang cari "
      "kreator yang pelihara kambing atau domba, bahas pakan, kandang, kambing kurban. Tinggal di mana saja boleh, "
      "platform deng followers bebas. We can also ship to Sulawesi and Java.",
      [("place", "kita pe adik di Tidore"), ("number", "karung 25 kg"), ("number", "Rp 180 ribu"),
       ("relaxation", "Tinggal di mana saja boleh, platform deng followers bebas"),
       ("place", "We can also ship to Sulawesi and Java")],
      subtopics=["pets.kambing"]),
    # ---------------------------------------------------------------- b21 Wa Ode: vet, no constraints
    B(21, "id",
      "Bela, mau minta tolong 🙏 suamiku jual vitamin hewan dan obat cacing, botol 100 ml Rp 45 ribu, buat kucing "
      "sampai kambing. Cari kreator yg bahas kesehatan hewan, dokter hewan atau mantri hewan begitu. Bukan petshop "
      "atau akun kucing lucu-lucuan ji. Lokasi bebas, followers bebas.",
      [("number", "botol 100 ml"), ("number", "Rp 45 ribu"),
       ("negation", "Bukan petshop atau akun kucing lucu-lucuan ji"), ("relaxation", "Lokasi bebas, followers bebas")],
      subtopics=["pets.vet"]),
    # ---------------------------------------------------------------- b22 Mas Bayu: bilingual kids, Madiun Raya
    B(22, "id",
      "Sugeng enjing lur 🙏 adikku buka les bahasa Inggris anak TK-SD nang Madiun, biaya Rp 200 ribu per bulan, kelas "
      "maksimal 6 bocah. Golek kreator sing bahas ngajari anak bilingual / bahasa Inggris nang omah. Kudu wong "
      "daerah Madiun yo (Ponorogo, Magetan, Ngawi yo oleh), soale lese offline. Followers piro wae ra masalah.",
      [("number", "Rp 200 ribu per bulan"), ("number", "maksimal 6 bocah"),
       ("lookalike", "Kudu wong daerah Madiun yo (Ponorogo, Magetan, Ngawi yo oleh)", "city list, not a fallback"),
       ("relaxation", "Followers piro wae ra masalah")],
      subtopics=["par.bilingual"], city=region("MADIUN_RAYA")),
    # ---------------------------------------------------------------- b23 Dini: remittance, <= 2jt
    B(23, "en",
      "hiii 💸 doing this one for a fintech client: a remittance app, transfer fee IDR 15k, rates updated every 5 "
      "minutes, works from Hong Kong, Taiwan, Malaysia. we need creators who talk about sending money home / managing "
      "money while working away. budget is max IDR 2 mio per post. creator must be based in Indonesia for legal "
      "reasons. platform free. tysm!",
      [("number", "transfer fee IDR 15k"), ("number", "every 5 minutes"),
       ("place", "works from Hong Kong, Taiwan, Malaysia"), ("relaxation", "platform free")],
      subtopics=["fin.remit"], max_rate=2_000_000),
    # ---------------------------------------------------------------- b24 Om Rusli: ship travel, no constraints
    B(24, "en",
      "Good afternoon. I run a speedboat rental in Ternate, 12 seats, Ternate-Sofifi 45 minutes. We would like to work "
      "with creators who travel by ship and ferry: Pelni, ASDP, speedboats between islands. The creator may live "
      "anywhere, and the platform and follower count are not important. Kindly contact us. Best regards.",
      [("place", "speedboat rental in Ternate"), ("number", "12 seats"), ("number", "Ternate-Sofifi 45 minutes"),
       ("relaxation", "The creator may live anywhere, and the platform and follower count are not important")],
      subtopics=["travel.pelni"]),
    # ---------------------------------------------------------------- b25 Wa Ode: 3D printing, TikTok/YouTube, >= 5k
    B(25, "id",
      "Bela 🙏 anakku baru buka toko filamen 3D printer di Kendari, PLA 1 kg Rp 185 ribu, diameter 1,75 mm. Cari "
      "kreator yg suka 3D print, bikin-bikin barang pakai printer 3D begitu. TikTok atau YouTube saja deh. Followers "
      "minimal 5rb ya. Tidak harus di Kendari ji.",
      [("place", "toko filamen 3D printer di Kendari"), ("number", "PLA 1 kg Rp 185 ribu"),
       ("number", "diameter 1,75 mm"), ("relaxation", "Tidak harus di Kendari ji")],
      subtopics=["tech.3d"], platform=["tiktok", "youtube"], min_f=5000),
    # ---------------------------------------------------------------- b26 Mas Bayu: solar, no constraints
    B(26, "id",
      "Monggo lur 🙏 kancaku dodol paket panel surya 100 Wp plus aki 50 Ah, Rp 3,2 juta, garansi 2 tahun. Golek "
      "kreator sing bahas listrik tenaga surya, panel surya omah, pompa surya ngono. Bukan akun review HP. "
      "Domisili, platform, followers bebas kabeh.",
      [("number", "100 Wp"), ("number", "aki 50 Ah"), ("number", "Rp 3,2 juta"), ("number", "garansi 2 tahun"),
       ("negation", "Bukan akun review HP"), ("relaxation", "Domisili, platform, followers bebas kabeh")],
      subtopics=["sust.surya"]),
    # ---------------------------------------------------------------- b27 Dini: bags, IG/TikTok, <= 20k
    B(27, "en",
      "hi bestie 👜 my friend's local bag brand is dropping a sling bag, 22 x 15 cm, IDR 249k, restock 17 Aug. we want "
      "creators who review bags: sling bags, backpacks, totes. IG or TikTok only ya. max 20k followers, we want the "
      "small ones fr. location doesn't matter 💅",
      [("number", "22 x 15 cm"), ("number", "IDR 249k"), ("number", "restock 17 Aug"),
       ("relaxation", "location doesn't matter")],
      subtopics=["street.tas"], platform=["instagram", "tiktok"], max_f=20000),
    # ---------------------------------------------------------------- b28 Om Rusli: chess, Ternate else Maluku
    B(28, "mix",
      "Assalamualaikum 🙏 torang Percasi kecil di Ternate mo bikin turnamen catur pelajar, 64 peserta, hadiah Rp 5 "
      "juta. Cari kreator catur yang bisa promosi. Utamakan orang Ternate e, kalau di Ternate tara ada, Maluku Utara "
      "atau Maluku juga boleh. Followers tara penting. Thank you.",
      [("number", "64 peserta"), ("number", "hadiah Rp 5 juta"),
       ("alias", "kalau di Ternate tara ada, Maluku Utara atau Maluku juga boleh", "fallback to MALUT + MALUKU"),
       ("relaxation", "Followers tara penting")],
      subtopics=["game.catur"], city=["Ternate"], city_fallback=region("MALUKU_ALL")),
    # ---------------------------------------------------------------- b29 Wa Ode: ibu muda, parenting sleep/bilingual
    B(29, "id",
      "Bela 🙏 iparku jual kasur bayi lipat, ukuran 60x120 cm, Rp 399 ribu. Kita mau kreator yang followers-nya ibu "
      "muda, dan kontennya parenting: tidur bayi atau ngajar anak bahasa (bilingual juga boleh). Bukan akun masak, "
      "skincare, atau panahan anak walaupun followers-nya ibu muda. IG atau TikTok saja, YouTube tidak usah. "
      "Domisili bebas ji.",
      [("number", "60x120 cm"), ("number", "Rp 399 ribu"),
       ("negation", "Bukan akun masak, skincare, atau panahan anak walaupun followers-nya ibu muda"),
       ("lookalike", "followers-nya ibu muda, dan kontennya parenting", "audience ibu_muda, content par.tidur/par.bilingual"),
       ("relaxation", "Domisili bebas ji")],
      kind="audience", subtopics=["par.tidur", "par.bilingual"], audience=["ibu_muda"], niches=None,
      platform=["instagram", "tiktok"]),
    # ---------------------------------------------------------------- b30 Mas Bayu: car audio, YouTube only
    B(30, "id",
      "Halo lur 🙏 sepupuku duwe bengkel audio mobil nang Jl. Cokroaminoto, paket speaker + peredam Rp 2,5 juta. "
      "Golek kreator audio mobil, pasang speaker, subwoofer, head unit. YouTube wae yo, soale butuh video dowo. Nanti "
      "potongan videone tak share nang IG bengkel. Bukan akun modif knalpot. Lokasi bebas.",
      [("place", "nang Jl. Cokroaminoto"), ("number", "Rp 2,5 juta"),
       ("lookalike", "Nanti potongan videone tak share nang IG bengkel", "Instagram mentioned, not required", True),
       ("negation", "Bukan akun modif knalpot"), ("relaxation", "Lokasi bebas")],
      subtopics=["auto.caraudio"], platform=["youtube"]),
    # ---------------------------------------------------------------- b31 Dini: screen printing, Bengkulu else Sumatra
    B(31, "mix",
      "Halo semuo 🙏 paman awak jual tinta sablon plastisol, 1 kg Rp 95 ribu, ado 24 warna. Kami nak cari kreator "
      "sablon, sablon manual, DTF, heat press. Utamakan yang tinggal di Bengkulu, kalu di Bengkulu idak ado, "
      "Sumatera mano bae boleh. Followers idak masalah, platform bebas.",
      [("number", "1 kg Rp 95 ribu"), ("number", "ado 24 warna"),
       ("alias", "kalu di Bengkulu idak ado, Sumatera mano bae boleh", "fallback to Sumatra"),
       ("relaxation", "Followers idak masalah, platform bebas")],
      subtopics=["home.sablon"], city=["Bengkulu"], city_fallback=region("SUMATERA")),
    # ---------------------------------------------------------------- b32 Om Rusli: writing, no constraints
    B(32, "en",
      "Dear all, my daughter organises an online short-story writing class, 6 sessions, IDR 300,000, for ages 15 "
      "and above, with a writing contest on 28 October. We seek creators who teach or talk about writing: short "
      "stories, essays, novels. Not book reviewers only. Location, platform and followers are free. Thank you.",
      [("number", "6 sessions"), ("number", "IDR 300,000"), ("number", "ages 15 and above"),
       ("number", "28 October"), ("negation", "Not book reviewers only"),
       ("relaxation", "Location, platform and followers are free")],
      subtopics=["edu.menulis"]),
]
