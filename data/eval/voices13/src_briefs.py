"""Briefs for voices13: 32 briefs typed by four people (hand-written).

voice = (n - 1) mod 4 + 1
  1  Usi Mince (Mince Pattiasina), ~50, Ambon, sells minyak kayu putih and kenari at Pasar Mardika     id x8
  2  Bang Fadli (Fadli Syahputra), ~37, Pekanbaru, phone-accessory stall at Pasar Bawah               id x6, mix x2
  3  Kezia (Kezia Natalia), 21, Batam, socials for the family's optical store + freelance             en x6, mix x2
  4  Pak Hasan (H. Hasan Basri, S.E.), ~61, Bandar Lampung, retired bank branch manager              mix x5, en x3

B(n, lang, text, traps, **constraints) builds (briefs row, constraints row) with make_brief. A trap is
(kind, text[, note[, not_constraint]]). Kinds number, place, relaxation, negation and foreign_currency are
texts that are NOT constraints and go to `not_constraints`; lookalike goes there only when flagged;
spelled_number and alias mark texts that ARE real constraints.
"""
from src_common import REGIONS, make_brief, region

PREFIX = "vo13"
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
    # ---------------------------------------------------------------- b01 Usi Mince: meat/butchery, Ambon else Maluku
    B(1, "id",
      "Salamat pagi basudara samua 🙏🌺 Beta Usi Mince, yg jual minyak kayu putih Buru deng kenari di Pasar Mardika. "
      "Beta pung basudara Salam, Bu Hamid, ada usaha potong hewan qurban deng jual daging sapi segar di Batu Merah. "
      "Sapi lokal dari Pulau Seram, berat 250 sampe 300 kg, daging has dalam Rp 150 ribu sekilo. Dong cari kreator yg "
      "biasa bikin konten soal daging: cara potong, bagi daging qurban, pisah tulang, macam-macam potongan sapi. "
      "Bukan akun resep rendang sa e. Utamakan yg tinggal di Ambon, kalo di Ambon seng ada, Maluku mana sa boleh "
      "(Masohi, Tual, Namlea). Daging beku bisa kirim sampe Makassar. Followers seng jadi soal, platform bebas. "
      "Dangke banya 🙏",
      [("place", "jual minyak kayu putih Buru deng kenari di Pasar Mardika"),
       ("place", "daging sapi segar di Batu Merah"),
       ("place", "Sapi lokal dari Pulau Seram"),
       ("number", "250 sampe 300 kg"), ("number", "Rp 150 ribu sekilo"),
       ("negation", "Bukan akun resep rendang sa e"),
       ("alias", "kalo di Ambon seng ada, Maluku mana sa boleh", "fallback to the province of Maluku"),
       ("place", "Daging beku bisa kirim sampe Makassar", "shipping; tukang.daging.mks lives in Makassar"),
       ("relaxation", "Followers seng jadi soal, platform bebas")],
      subtopics=["food.daging"], city=region("Ambon"), city_fallback=region("MALUKU")),

    # ---------------------------------------------------------------- b02 Fadli: power banks/chargers, TikTok/YouTube
    B(2, "id",
      "Assalamualaikum kawan2. Sy Fadli, yg pny kedai aksesoris hp kat Pasar Bawah Pekanbaru. Skrg sy nak promosi "
      "powerbank & charger merk sndiri, powerbank 10.000 mAh fast charging 22,5W, hrg Rp 145 ribu, kabel type C "
      "1 meter Rp 35 ribu, garansi 1 thn. Cari kreator yg suka review powerbank, charger, kabel data, cek asli atau "
      "KW, yg betol2 ngerti pasal baterai. TikTok atau YouTube je, IG tak payah. Dimane pun tinggalnye tak ape, "
      "followers jg bebas. Trimakasih bang/kak 👍",
      [("place", "kedai aksesoris hp kat Pasar Bawah Pekanbaru"),
       ("number", "10.000 mAh"), ("number", "22,5W"), ("number", "Rp 145 ribu"), ("number", "1 meter Rp 35 ribu"),
       ("number", "garansi 1 thn"),
       ("relaxation", "Dimane pun tinggalnye tak ape, followers jg bebas")],
      subtopics=["tech.charger"], platform=["tiktok", "youtube"]),

    # ---------------------------------------------------------------- b03 Kezia: sunglasses, IG/TikTok, <= 30k
    B(3, "en",
      "OKAYYY hi creators 😭✨ kezia here, i do socials for my fam's optical store in nagoya hill batam. we're dropping "
      "our own sunnies line rn — acetate frames, UV400 lenses, polarized, IDR 189k each, 6 colorways 🔥 looking for "
      "creators who actually post eyewear/sunglasses content, like try-ons, frame shape vs face shape, styling shades "
      "w fits. NOT optik/prescription-lens accounts pls, it's giving medical lol. IG or TikTok only, no YouTube. 30k "
      "followers max bc we want that micro energy fr. location wherever, we ship from batam to all indo. tyyy 🙏",
      [("place", "optical store in nagoya hill batam"),
       ("number", "UV400"), ("number", "IDR 189k each"), ("number", "6 colorways"),
       ("negation", "NOT optik/prescription-lens accounts pls"),
       ("relaxation", "location wherever"),
       ("place", "we ship from batam to all indo")],
      subtopics=["street.kacamata"], platform=["instagram", "tiktok"], max_f=30000),

    # ---------------------------------------------------------------- b04 Pak Hasan: tennis, >= 5,000, IG/YouTube
    B(4, "mix",
      "Tabik pun. Yth. Bapak/Ibu kreator, sy H. Hasan Basri, pensiunan bank, skrg ketua Persatuan Tenis Saburai "
      "Bandar Lampung. Kami akan mengadakan turnamen tenis lapangan antar-klub se-Sumbagsel tgl 14 s.d. 16 Juni, "
      "32 pasang peserta ganda, total hadiah Rp 25.000.000,-. Sponsor kami toko raket & senar. Kami cari kreator yg "
      "kontennya tenis (atau padel): teknik pukulan, review raket & senar, match klub. Ketentuan: 1) followers minimal "
      "lima ribu, 2) platform Instagram atau YouTube saja, TikTok tidak. Domisili bebas, reach nasional lebih baik. "
      "Demikian, atas perhatiannya diucapkan terima kasih. Wassalam.",
      [("place", "ketua Persatuan Tenis Saburai Bandar Lampung"),
       ("place", "antar-klub se-Sumbagsel", "the tournament's region, not the creator's"),
       ("number", "tgl 14 s.d. 16 Juni"), ("number", "32 pasang peserta ganda"), ("number", "Rp 25.000.000,-"),
       ("spelled_number", "followers minimal lima ribu"),
       ("relaxation", "Domisili bebas, reach nasional lebih baik")],
      subtopics=["fit.tenis"], platform=["instagram", "youtube"], min_f=5000),

    # ---------------------------------------------------------------- b05 Usi Mince: contact lenses, IG/TikTok
    B(5, "id",
      "Halo basudara 😊 Beta Usi Mince lai. Beta pung ana parampuang, Nona Ira, buka olshop softlens dari rumah di "
      "Kudamati. Softlens warna diameter 14,5 mm, ada yg minus sampe -6, harga Rp 85 ribu sepasang, dapa bonus tempat "
      "lensa. Dia mau cari kreator yg biasa bikin konten softlens, make up mata, eyeliner, cara pake lensa yg aman par "
      "mata. Cuma IG deng TikTok sa, YouTube seng usah. Tinggal di mana sa boleh, seng harus orang Ambon. Dangke e 🌺",
      [("place", "olshop softlens dari rumah di Kudamati"),
       ("number", "diameter 14,5 mm"), ("number", "minus sampe -6"), ("number", "Rp 85 ribu sepasang"),
       ("relaxation", "Tinggal di mana sa boleh, seng harus orang Ambon")],
      subtopics=["beauty.softlens"], platform=["instagram", "tiktok"]),

    # ---------------------------------------------------------------- b06 Fadli: oil-palm tools -> farmers, Sumatra island
    B(6, "id",
      "Assalamualaikum. Fadli lg ni. Pakcik sy di Kandis buka toko alat kebun sawit, jual dodos, egrek galah 12 meter, "
      "pupuk NPK karung 50 kg, semprotan 16 liter. Yg beli kebanyakan petani sawit & petani karet. Jd sy cari kreator "
      "yg followersnye petani, konten tak mesti pasal kebun, ape aje boleh asal yg nonton orang kebun. Tp kreatornye "
      "hrs tinggal di pulau Sumatera ye, Batam & Kepri tak masuk. TikTok atau YouTube aje. Trimakasih.",
      [("place", "Pakcik sy di Kandis"),
       ("number", "egrek galah 12 meter"), ("number", "pupuk NPK karung 50 kg"), ("number", "semprotan 16 liter"),
       ("relaxation", "konten tak mesti pasal kebun, ape aje boleh")],
      kind="audience", audience=["petani"], city=region("SUMATRA"), platform=["tiktok", "youtube"]),

    # ---------------------------------------------------------------- b07 Kezia: crypto app, >= 10k, YouTube/TikTok
    B(7, "en",
      "heyyy 🫡 kezia again. my friend's startup is a crypto app (bappebti registered, min deposit IDR 50k, 0.1% "
      "trading fee) and they need creators who actually talk crypto — bitcoin basics, wallets, how not to get rugged, "
      "DCA stuff. NOT forex or 'trading signal' grups pls, that's a red flag istg 💀 10k+ followers, YouTube or "
      "TikTok only. their team is in jakarta but creator can be anywhere in indo. ty ily",
      [("number", "min deposit IDR 50k"), ("number", "0.1% trading fee"),
       ("negation", "NOT forex or 'trading signal' grups pls"),
       ("place", "their team is in jakarta"),
       ("relaxation", "creator can be anywhere in indo")],
      subtopics=["fin.kripto"], platform=["youtube", "tiktok"], min_f=10000),

    # ---------------------------------------------------------------- b08 Pak Hasan: fruit, Bandar Lampung else Lampung
    B(8, "mix",
      "Tabik pun. Dgn hormat, sy Hasan Basri. Anak sy mengelola kebun nanas madu & pisang cavendish di Lampung Tengah "
      "seluas 40 hektar, nanas 1,2 s.d. 1,5 kg per buah, sdh ekspor ke Jepang. Kami ingin kerja sama dgn kreator yg "
      "kontennya buah-buahan: rujak, potong buah, buah musiman, review buah segar dsb. Target market: keluarga & anak "
      "muda. Diutamakan domisili Bandar Lampung; apabila tidak ada, domisili di Provinsi Lampung lainnya juga boleh "
      "(Metro, Kalianda, Pringsewu). Followers & platform tidak kami batasi. Terima kasih. Wassalam.",
      [("place", "kebun nanas madu & pisang cavendish di Lampung Tengah"),
       ("number", "seluas 40 hektar"), ("number", "1,2 s.d. 1,5 kg per buah"),
       ("place", "sdh ekspor ke Jepang"),
       ("lookalike", "Target market: keluarga & anak muda", "who buys the fruit, not a creator audience", True),
       ("alias", "apabila tidak ada, domisili di Provinsi Lampung lainnya juga boleh", "fallback to the province"),
       ("relaxation", "Followers & platform tidak kami batasi")],
      subtopics=["food.buah"], city=region("Bandar Lampung"), city_fallback=region("LAMPUNG")),

    # ---------------------------------------------------------------- b09 Usi Mince: kayu putih oil -> older people, YouTube
    B(9, "id",
      "Salamat sore basudara 🙏 Beta Usi Mince. Minyak kayu putih asli Pulau Buru yg beta jual, botol 60 ml Rp 40 ribu "
      "deng 150 ml Rp 85 ribu, paling laku di orang tatua, opa-opa deng oma-oma. Jadi beta cari kreator yg penontonnya "
      "orang tua, lansia, pensiunan. Kontennya seng usah soal kesehatan, apa sa boleh, asal yg nonton orang tatua. "
      "Cuma YouTube sa, karna orang tua di rumah seng main TikTok 😅 Tinggal di mana sa boleh. Tuhan berkati 🌺",
      [("place", "Minyak kayu putih asli Pulau Buru"),
       ("number", "botol 60 ml Rp 40 ribu"), ("number", "150 ml Rp 85 ribu"),
       ("relaxation", "Kontennya seng usah soal kesehatan, apa sa boleh"),
       ("relaxation", "Tinggal di mana sa boleh")],
      kind="audience", audience=["lansia"], platform=["youtube"]),

    # ---------------------------------------------------------------- b10 Fadli: vespa parts, >= 3,000 (written)
    B(10, "id",
      "Salam kawan2 scooterist 🛵 Sy Fadli. Kawan sy Bang Iwan pny bengkel & toko sparepart vespa kat Jl. Tuanku "
      "Tambusai, jual karbu, kampas kopling, ban 3.50-10, bodi Vespa Super 1970an, restorasi full mulai Rp 12 juta. "
      "Cari kreator yg main vespa klasik: restorasi, touring vespa, ngoprek mesin 2 tak. Bukan akun motor matic atau "
      "NMAX ye. Followers minimal tiga ribu. Platform bebas, tinggal dimane pun ok, sparepart bisa dikirim ke seluruh "
      "Indonesia. Makasih bang!",
      [("place", "bengkel & toko sparepart vespa kat Jl. Tuanku Tambusai"),
       ("number", "ban 3.50-10"), ("number", "Vespa Super 1970an"), ("number", "Rp 12 juta"),
       ("number", "mesin 2 tak"),
       ("negation", "Bukan akun motor matic atau NMAX ye"),
       ("spelled_number", "Followers minimal tiga ribu"),
       ("relaxation", "Platform bebas, tinggal dimane pun ok"),
       ("place", "sparepart bisa dikirim ke seluruh Indonesia")],
      subtopics=["auto.vespa"], min_f=3000),

    # ---------------------------------------------------------------- b11 Kezia: resort in Nongsa -> foreign tourists, market open
    B(11, "en",
      "hiiii 🌴 so my auntie runs a small seaside resort + seafood resto in nongsa, batam — 18 rooms, 45 min ferry from "
      "singapore, weekend package SGD 180 per night incl. breakfast. her guests are mostly singaporeans, malaysians & "
      "other foreigners so we want creators whose followers are FOREIGN travellers / tourists. content can be literally "
      "anything, not just travel. IG or YouTube only pls, no TikTok this time. creators based in SG or JB or anywhere "
      "outside indo are SO welcome 🫶 ty!!",
      [("place", "seaside resort + seafood resto in nongsa, batam"),
       ("number", "18 rooms"), ("number", "45 min ferry from singapore"),
       ("foreign_currency", "SGD 180 per night"),
       ("relaxation", "content can be literally anything, not just travel"),
       ("relaxation", "creators based in SG or JB or anywhere outside indo are SO welcome", "opens the market")],
      kind="audience", audience=["turis_asing"], platform=["instagram", "youtube"], market=None),

    # ---------------------------------------------------------------- b12 Pak Hasan: report-card app -> teachers, >= 5,000
    B(12, "en",
      "Dear Valued Creators, Herewith I, H. Hasan Basri (Bandar Lampung), want to introduce the application of my "
      "daughter, 'RaporKu', a digital report card and attendance app for the teachers. Price is Rp 25.000 per month for "
      "one class up to 40 students, free trial 30 days. We are looking for the creator which the followers are teachers "
      "(guru SD, SMP, SMA). The content is not must about education, any topic is okay as long as the followers are "
      "teachers. The creator must have followers not less than five thousand. Platform and domicile are free. Thanks "
      "for your kind attention. Regards, H. Hasan Basri, S.E.",
      [("place", "H. Hasan Basri (Bandar Lampung)"),
       ("number", "Rp 25.000 per month"), ("number", "up to 40 students"), ("number", "free trial 30 days"),
       ("relaxation", "The content is not must about education, any topic is okay"),
       ("spelled_number", "followers not less than five thousand"),
       ("relaxation", "Platform and domicile are free")],
      kind="audience", audience=["guru"], min_f=5000),

    # ---------------------------------------------------------------- b13 Usi Mince: fish fry, >= 1,000 (written)
    B(13, "id",
      "Pagi basudara 🙏 Beta Usi Mince. Beta pung ana laki-laki, Nyong Edo, ada usaha bibit ikan lele deng nila di "
      "Desa Waai, Salahutu. Bibit 5-7 cm Rp 350 ribu par 1.000 ekor, kolam terpal bulat diameter 2 meter Rp 600 ribu. "
      "Dia cari kreator yg pelihara ikan lele, nila, budidaya ikan di kolam terpal, ember, bioflok bagitu. Followers "
      "paling sadiki seribu. Platform bebas, tinggal di mana sa boleh. Dangke 🐟",
      [("place", "usaha bibit ikan lele deng nila di Desa Waai, Salahutu"),
       ("number", "Bibit 5-7 cm"), ("number", "Rp 350 ribu par 1.000 ekor"), ("number", "diameter 2 meter"),
       ("number", "Rp 600 ribu"),
       ("spelled_number", "Followers paling sadiki seribu"),
       ("relaxation", "Platform bebas, tinggal di mana sa boleh")],
      subtopics=["pets.lele"], min_f=1000),

    # ---------------------------------------------------------------- b14 Fadli: kos-management app, audience required
    B(14, "mix",
      "Fadli again guys 🙏 This time utk makcik sy, dia pny 3 rumah kos dekat kampus UNRI, total 34 kamar. Skrg dia & "
      "kawan2nya bikin app kelola kos: tagih sewa otomatis, catat listrik & air, Rp 49rb/bulan utk max 20 kamar. "
      "Looking for creators yg bahas bisnis kos-kosan / kontrakan, jadi juragan kos, properti sewa. Important: "
      "followers dia hrs pemilik usaha / pelaku UMKM, bukan anak kos ye, krn yg bayar app ni pemilik kos. Platform "
      "bebas, location anywhere. Thx bang.",
      [("place", "3 rumah kos dekat kampus UNRI"),
       ("number", "total 34 kamar"), ("number", "Rp 49rb/bulan"),
       ("number", "max 20 kamar", "a 'max' that is about rooms, not followers or rate"),
       ("relaxation", "Platform bebas, location anywhere")],
      subtopics=["fin.kos"], audience=["pelaku_umkm"], audience_required=True),

    # ---------------------------------------------------------------- b15 Kezia: dark-spot serum, IG only, rate <= 750k
    B(15, "mix",
      "haiii kakak2 kreator ✨ kezia lagi. tante aku baru launch serum flek & bekas jerawat, niacinamide 10% + alpha "
      "arbutin 2%, 20 ml, IDR 129k, udah BPOM, diproduksi di Cikarang. cari kreator yg kontennya soal flek hitam, "
      "bekas jerawat, melasma, stretch mark gitu, real progress before-after no filter 😭 IG only ya, rate max 750rb "
      "per post. domisili bebas. makasihh 🫶",
      [("number", "niacinamide 10%"), ("number", "alpha arbutin 2%"), ("number", "20 ml"), ("number", "IDR 129k"),
       ("place", "diproduksi di Cikarang"),
       ("relaxation", "domisili bebas")],
      subtopics=["beauty.flek"], platform=["instagram"], max_rate=750000),

    # ---------------------------------------------------------------- b16 Pak Hasan: BISINDO class, >= 3,000, YouTube/TikTok
    B(16, "en",
      "Dear Sir/Madam, I am H. Hasan Basri from Bandar Lampung. My granddaughter is Deaf, and our family foundation "
      "opens a BISINDO (Indonesian Sign Language) class for parents and siblings, 12 sessions every Saturday, "
      "Rp 300.000,- for the whole course, 15 seats only. We are looking for creators who make content about sign "
      "language and the Deaf community (teman Tuli). The followers must be not less than three thousand. Only YouTube "
      "or TikTok, Instagram is not needed. Domicile anywhere in Indonesia. Kindly to contact us. Regards, Hasan Basri",
      [("place", "I am H. Hasan Basri from Bandar Lampung"),
       ("number", "12 sessions every Saturday"), ("number", "Rp 300.000,- for the whole course"),
       ("number", "15 seats only"),
       ("spelled_number", "not less than three thousand"),
       ("relaxation", "Domicile anywhere in Indonesia")],
      subtopics=["edu.isyarat"], platform=["youtube", "tiktok"], min_f=3000),

    # ---------------------------------------------------------------- b17 Usi Mince: violins, rate <= Rp 300,000 (written)
    B(17, "id",
      "Salamat malam basudara 🎻 Beta Usi Mince. Beta pung ponakan, Bu Rio, buka kursus musik deng jual biola di Ambon, "
      "kota musik dunia par UNESCO tu. Biola 4/4 mulai Rp 1,6 juta, ukuran 1/2 deng 3/4 par anak-anak, kelas biola 8 "
      "kali pertemuan Rp 400 ribu. Dong cari kreator yg maen biola atau cello, cover lagu pake biola, ajar gesek biola. "
      "Rate paling mahal tiga ratus ribu satu posting, ponakan baru mulai usaha 🙏 Platform deng tampa tinggal bebas. "
      "Dangke banya.",
      [("place", "jual biola di Ambon, kota musik dunia par UNESCO tu"),
       ("number", "Biola 4/4"), ("number", "Rp 1,6 juta"), ("number", "ukuran 1/2 deng 3/4"),
       ("number", "8 kali pertemuan Rp 400 ribu"),
       ("spelled_number", "Rate paling mahal tiga ratus ribu"),
       ("relaxation", "Platform deng tampa tinggal bebas")],
      subtopics=["music.biola"], max_rate=300000),

    # ---------------------------------------------------------------- b18 Fadli: takraw balls, YouTube, <= 50k ("ke bawah")
    B(18, "id",
      "Assalamualaikum. Sy Fadli. Sepupu sy kat Siak buat bola takraw rotan sintetis, standar turnamen, diameter "
      "42-44 cm, Rp 95 ribu per biji, beli 10 gratis 1. Cari kreator sepak takraw: latihan smash, sepak sila, turnamen "
      "takraw antar kampung/sekolah. YouTube aje ye. Followers 50 ribu ke bawah, yg kecik2 pun boleh. Domisili tak jd "
      "soal. Trims.",
      [("place", "Sepupu sy kat Siak"),
       ("number", "diameter 42-44 cm"), ("number", "Rp 95 ribu per biji"), ("number", "beli 10 gratis 1"),
       ("relaxation", "yg kecik2 pun boleh"),
       ("relaxation", "Domisili tak jd soal")],
      subtopics=["fit.takraw"], platform=["youtube"], max_f=50000),

    # ---------------------------------------------------------------- b19 Kezia: office-skills bootcamp -> students, content edu.excel
    B(19, "en",
      "ok so 🧠 my friend runs an online office-skills bootcamp — excel, pivot table, vlookup, google sheets, 6 weeks, "
      "IDR 99k, certificate at the end. target = college students who need it for internships. so we need creators "
      "whose followers are uni students AND whose content is about excel / office skills. NOT gaming, vespa or crypto "
      "accounts even if their followers are college kids 🙅‍♀️ TikTok only. city doesn't matter, followers doesn't "
      "matter. thank uuu",
      [("number", "6 weeks"), ("number", "IDR 99k"),
       ("negation", "NOT gaming, vespa or crypto accounts even if their followers are college kids"),
       ("relaxation", "city doesn't matter, followers doesn't matter")],
      kind="audience", audience=["mahasiswa"], subtopics=["edu.excel"], platform=["tiktok"]),

    # ---------------------------------------------------------------- b20 Pak Hasan: telescopes, IG/YouTube ("jangan yg TikTok")
    B(20, "mix",
      "Tabik pun. Yth. Bpk/Ibu kreator. Keponakan sy, a.n. Rizal, membuka toko teleskop & binokular online dari Way "
      "Halim, Bandar Lampung. Teleskop refraktor 70 mm Rp 1.750.000,-, mount EQ, filter matahari utk gerhana. Target "
      "market: penggemar astronomi, pengamat bintang, komunitas rukyatul hilal. Kami cari kreator yg kontennya langit "
      "malam / astronomi / astrofotografi. Platform Instagram atau YouTube, asal jangan yg TikTok. Followers & "
      "domisili bebas. Demikian, terima kasih. Wassalam.",
      [("place", "toko teleskop & binokular online dari Way Halim, Bandar Lampung"),
       ("number", "refraktor 70 mm"), ("number", "Rp 1.750.000,-"),
       ("relaxation", "Followers & domisili bebas")],
      subtopics=["out.bintang"], platform=["instagram", "youtube"]),

    # ---------------------------------------------------------------- b21 Usi Mince: daycare/nanny agency, Jakarta dan sekitarnya
    B(21, "id",
      "Halo basudara 🙏 Beta Usi Mince. Beta pung mantu, Nona Sherly, kerja di yayasan penyalur baby sitter deng "
      "daycare di Jakarta Timur. Dong terima anak umur 3 bulan sampe 5 tahun, paket daycare Rp 3,5 juta sabulan, baby "
      "sitter su ada pelatihan P3K. Dong cari kreator yg bikin konten soal titip anak: daycare, baby sitter, pengasuh, "
      "mama kerja kantoran. Kreator harus tinggal di Jakarta dan sekitarnya, karna nanti datang lia tampa. Followers "
      "seng jadi soal. Dangke 😊",
      [("place", "yayasan penyalur baby sitter deng daycare di Jakarta Timur"),
       ("number", "umur 3 bulan sampe 5 tahun"), ("number", "Rp 3,5 juta sabulan"),
       ("alias", "Jakarta dan sekitarnya", "= Jabodetabek (6 cities)"),
       ("relaxation", "Followers seng jadi soal")],
      subtopics=["par.daycare"], city=region("JABODETABEK")),

    # ---------------------------------------------------------------- b22 Fadli: used-cooking-oil collector, Pekanbaru else Riau
    B(22, "id",
      "Assalamualaikum kawan2. Fadli lg. Abang ipar sy pny usaha pengepul minyak jelantah, gudang kat Rumbai, beli "
      "jelantah dr rumah makan & ibu2 RT Rp 6.000 per liter, jerigen 18 liter, nanti diolah jd biodiesel & dikirim ke "
      "Dumai. Cari kreator yg bahas jelantah: jgn buang minyak bekas ke got, setor jelantah, bank jelantah, daur ulang "
      "jelantah. Diutamakan yg tinggal di Pekanbaru, klo tak ade yg Pekanbaru, Riau lain pun boleh (Dumai, Kampar, "
      "Siak). Platform & followers bebas. Makasih.",
      [("place", "gudang kat Rumbai"),
       ("number", "Rp 6.000 per liter"), ("number", "jerigen 18 liter"),
       ("place", "dikirim ke Dumai", "shipping; minyak.bekas.dumai lives in Dumai (inside the fallback anyway)"),
       ("alias", "klo tak ade yg Pekanbaru, Riau lain pun boleh", "fallback to Riau province (not Kepri)"),
       ("relaxation", "Platform & followers bebas")],
      subtopics=["sust.jelantah"], city=region("Pekanbaru"), city_fallback=region("RIAU")),

    # ---------------------------------------------------------------- b23 Kezia: flight-booking app, 20k-200k
    B(23, "en",
      "hiii 🛫 client update: a flight-booking app (promo codes, cashback up to IDR 150k, flights from hang nadim to 30+ "
      "cities) wants creators who make flying content — cheap ticket hacks, airport & transit tips, airline reviews, "
      "lounge stuff. perfect for uni kids flying home for lebaran lol. followers between 20k and 200k. platform "
      "whatever, anywhere in indo. tyy 🫶",
      [("number", "cashback up to IDR 150k"),
       ("place", "flights from hang nadim to 30+ cities"),
       ("lookalike", "perfect for uni kids flying home for lebaran", "audience named, not required", True),
       ("relaxation", "platform whatever, anywhere in indo")],
      subtopics=["travel.terbang"], min_f=20000, max_f=200000),

    # ---------------------------------------------------------------- b24 Pak Hasan: handmade soap, rate <= Rp 500,000
    B(24, "mix",
      "Tabik pun. Dgn hormat, sy Hasan Basri. Istri sy (Ibu Hj. Rosnah) membuat sabun batang handmade & lilin "
      "aromaterapi di rumah, Kemiling, Bandar Lampung. Sabun 100 gram Rp 18.000,-, bahan minyak kelapa & kopi robusta "
      "Lampung, lilin 150 ml Rp 45.000,-. Kami cari kreator yg kontennya membuat sabun / lilin sendiri (DIY, cold "
      "process, handmade). Budget fee per konten maksimal Rp 500.000,-. Platform, followers, domisili tidak jadi "
      "masalah. Terima kasih. Wassalam.",
      [("place", "di rumah, Kemiling, Bandar Lampung"),
       ("number", "Sabun 100 gram Rp 18.000,-"),
       ("place", "kopi robusta Lampung"),
       ("number", "lilin 150 ml Rp 45.000,-"),
       ("relaxation", "Platform, followers, domisili tidak jadi masalah")],
      subtopics=["home.sabun"], max_rate=500000),

    # ---------------------------------------------------------------- b25 Usi Mince: kopi rarobang, TikTok, <= 50,000 (written)
    B(25, "id",
      "Salamat pagi 🙏☕ Beta Usi Mince. Beta pung tamang di Jl. Said Perintah ada rumah kopi, skarang jual kopi "
      "rarobang bubuk kemasan: kopi, jahe, gula merah, kenari, 250 gram Rp 45 ribu. Dong cari kreator yg suka kopi "
      "tradisional: kopi tubruk, kopi saring, rumah kopi, warkop, kopi rempah. Cuma TikTok. Followers paling banya "
      "lima puluh ribu, yg kacil-kacil lebe bae. Tinggal di mana sa. Dangke ☕",
      [("place", "tamang di Jl. Said Perintah ada rumah kopi"),
       ("number", "250 gram Rp 45 ribu"),
       ("spelled_number", "Followers paling banya lima puluh ribu"),
       ("relaxation", "Tinggal di mana sa")],
      subtopics=["coffee.tubruk"], platform=["tiktok"], max_f=50000),

    # ---------------------------------------------------------------- b26 Fadli: BUSSID mods, no constraints
    B(26, "mix",
      "Yo kawan2 gamers 🚌 Fadli here. Ponakan sy bikin livery & mod BUSSID sendiri, bus Jetbus, truk oleng, livery PO "
      "Sumatera, harga mod Rp 25 ribu, udah 300+ mod terjual. Looking for creators yg main Bus Simulator Indonesia / "
      "truck simulator, review mod, share livery. Platform bebas, followers bebas, location anywhere in Indonesia. Thx!",
      [("place", "livery PO Sumatera"),
       ("number", "harga mod Rp 25 ribu"), ("number", "udah 300+ mod terjual"),
       ("relaxation", "Platform bebas, followers bebas, location anywhere in Indonesia")],
      subtopics=["game.bussid"]),

    # ---------------------------------------------------------------- b27 Kezia: home-made pet food, Batam only
    B(27, "mix",
      "halooo 🐾 kezia nih. temen aku bikin makanan kucing & anjing homemade, fresh frozen, ayam + ikan tongkol, pouch "
      "100 gr, paket 1 kg IDR 65k, baru bisa antar area Batam aja krn frozen. jadi cari kreator yg kontennya soal "
      "makanan hewan: masak makanan kucing/anjing, raw feeding, review pakan. domisili batam aja ya 🙏 followers kecil "
      "ga masalah, platform bebas. makasih!!",
      [("number", "pouch 100 gr"), ("number", "paket 1 kg IDR 65k"),
       ("relaxation", "followers kecil ga masalah, platform bebas")],
      subtopics=["pets.pakan"], city=region("Batam")),

    # ---------------------------------------------------------------- b28 Pak Hasan: kids' tablet -> young mothers, content par.gawai/par.daycare
    B(28, "mix",
      "Tabik pun. Yth. Bpk/Ibu kreator. Putri sy (a.n. dr. Mira) memasarkan tablet anak 8 inci dgn parental control, "
      "batas waktu layar & filter konten, harga Rp 1.299.000,-, garansi 1 tahun. Target market: ibu muda yg punya "
      "balita & anak SD. Kami cari kreator yg followers-nya ibu muda DAN kontennya soal anak & gadget / screen time, "
      "atau soal pengasuhan anak (daycare, baby sitter). Bukan akun resep, skincare atau fashion walaupun followers-nya "
      "ibu muda. Platform Instagram atau TikTok, YouTube tidak. Domisili tidak dibatasi. Terima kasih. Wassalam.",
      [("number", "tablet anak 8 inci"), ("number", "Rp 1.299.000,-"), ("number", "garansi 1 tahun"),
       ("negation", "Bukan akun resep, skincare atau fashion walaupun followers-nya ibu muda"),
       ("relaxation", "Domisili tidak dibatasi")],
      kind="audience", audience=["ibu_muda"], subtopics=["par.gawai", "par.daycare"],
      platform=["instagram", "tiktok"]),

    # ---------------------------------------------------------------- b29 Usi Mince: sarimbit, IG only, >= 2,000 (written)
    B(29, "id",
      "Assalamualaikum deng salamat siang basudara 🙏 Beta Usi Mince. Beta pung tetangga basudara Salam, Ibu Fatma, "
      "jual baju sarimbit lebaran: gamis mama, koko papa, baju anak samua warna sama. Satu set kaluarga 4 orang "
      "Rp 850 ribu, bahan katun rayon, ukuran anak 2-12 tahun. Dong cari kreator yg bikin konten baju lebaran "
      "couple/sarimbit kaluarga, OOTD kaluarga. Cuma di IG sa. Followers paling sadiki dua ribu. Dari kota mana sa "
      "boleh. Dangke banya 🌺",
      [("number", "Satu set kaluarga 4 orang"), ("number", "Rp 850 ribu"), ("number", "ukuran anak 2-12 tahun"),
       ("spelled_number", "Followers paling sadiki dua ribu"),
       ("relaxation", "Dari kota mana sa boleh")],
      subtopics=["modest.sarimbit"], platform=["instagram"], min_f=2000),

    # ---------------------------------------------------------------- b30 Fadli: HT radios, Riau or Kepri
    B(30, "id",
      "Salam 73 kawan2 ORARI & RAPI 📻 Sy Fadli. Kawan sy buka toko HT & rig radio kat Jl. Nangka, jual HT dual band "
      "5 watt Rp 450 ribu, antena 2 meter, rig mobil 50 watt. Cari kreator yg bahas radio amatir, HT, antena, pasang "
      "rig, komunikasi darurat. Kreator hrs tinggal di Riau atau Kepri (Pekanbaru, Dumai, Batam, Tanjungpinang dll), "
      "krn nanti diajak kopdar. Followers tak penting, platform bebas. Trims, 73!",
      [("number", "Salam 73", "ham-radio greeting, not a number of anything"),
       ("place", "toko HT & rig radio kat Jl. Nangka"),
       ("number", "HT dual band 5 watt Rp 450 ribu"), ("number", "antena 2 meter"), ("number", "rig mobil 50 watt"),
       ("relaxation", "Followers tak penting, platform bebas")],
      subtopics=["tech.radio"], city=region("RIAU_KEPRI")),

    # ---------------------------------------------------------------- b31 Kezia: airsoft field, TikTok, rate <= 1.5 mio
    B(31, "en",
      "YOOO 🔫 (toy ones lol) kezia here. new client = an airsoft & paintball field in batam, 2 hectares, CQB arena, "
      "rental package IDR 350k incl. 2000 bbs, lots of singaporean players every weekend. need creators who post "
      "airsoft / paintball / milsim content. TikTok only!! budget is 1.5 mio max per video. location anywhere bc we'll "
      "fly the best ones in 😤 thxx",
      [("place", "airsoft & paintball field in batam"),
       ("number", "2 hectares"), ("number", "rental package IDR 350k"), ("number", "2000 bbs"),
       ("place", "lots of singaporean players every weekend"),
       ("relaxation", "location anywhere")],
      subtopics=["out.airsoft"], platform=["tiktok"], max_rate=1500000),

    # ---------------------------------------------------------------- b32 Pak Hasan: screen-time book, no constraints
    B(32, "en",
      "Dear Creators, Good day. My son-in-law, a child psychologist in Bandar Lampung, has written a book 'Anak dan "
      "Layar' (220 pages, Rp 98.000,-) about screen time and gadget rules for children aged 2-12. We are looking for "
      "creators who discuss children and gadgets: screen time, gadget rules at home, kids' apps and online safety for "
      "kids. Platform, domicile and the number of followers are not important for us. We thank you for your kind "
      "cooperation. Regards, H. Hasan Basri, S.E.",
      [("place", "a child psychologist in Bandar Lampung"),
       ("number", "220 pages"), ("number", "Rp 98.000,-"), ("number", "children aged 2-12"),
       ("relaxation", "Platform, domicile and the number of followers are not important for us")],
      subtopics=["par.gawai"]),
]
