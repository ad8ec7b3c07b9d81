#!/usr/bin/env python3
"""Write briefs.jsonl and constraints.jsonl for `voices2` (stdlib only), then qrels via make_qrels.py.

    python3 build_briefs.py        # writes briefs.jsonl, constraints.jsonl, qrels.jsonl

Every brief text and its truth (what the brief really asks) is written by hand below. Voice = (n - 1) mod 4 + 1:
 1 Yu Sarni, warung + home-industry owner near Purbalingga (Banyumasan "ngapak" Javanese), admin of her village's
   UMKM WhatsApp group: posts for herself and for neighbours.
 2 Kei, 23, Gen-Z founder in a Jakarta startup-studio cohort: her own dog-treat brand and her cohort friends' brands.
 3 Maya Puspitasari, marketing-communications staff of a mid-size Semarang business group (distribution, medical
   devices, a training institute, a travel bureau): formal letters; English when the principal or audience is foreign.
 4 Dion, admin of a multi-category marketplace reseller shop in Bekasi (warehouse in Cikarang): one or two lines.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from src_common import JAVA, SUBTOPICS, T, make_brief, region, write_brief_set  # noqa: E402, F401


def B(n, *args, **kwargs):
    return make_brief("vo2", n, *args, **kwargs)


BRIEFS = [
    # ---- 1-4 ----
    B(1, "id",
      "assalamualaikum mas mba. nyong sarni, plasma bulu mata palsu sekang purbalingga, siki jualan dewek lewat "
      "online. bulu mata natural karo yg tebel nggo manten, isi 10 pasang 25rb. nggoleti kreator yg jago dandan / "
      "MUA nggo nyoba trus review jujur. nang ig luwih apik, tapi tiktok ya olih. pabrike jane ekspor ke korea karo "
      "jepang tp kuwe urusane bos, dudu urusane nyong 😅 maturnuwun",
      subtopics=["beauty.makeup"],
      nots=["purbalingga", "isi 10 pasang 25rb", "nang ig luwih apik, tapi tiktok ya olih",
            "ekspor ke korea karo jepang"],
      traps=[T("place", "purbalingga is where the eyelash plasma is, not the creator's city"),
             T("number", "isi 10 pasang 25rb is pack size and price"),
             T("relaxation", "IG preferred but TikTok allowed: no platform constraint"),
             T("lookalike", "export to Korea/Japan is not K-pop or language content")]),
    B(2, "mix",
      "hii!! jadi kita lagi launch freeze-dried chicken treats buat anjing 🐶✨ single ingredient, no pengawet, pouch "
      "50gr 39k, launching tgl 17 agustus. ayamnya dari peternak di boyolali fyi. nyari dog owners / dog trainers yg "
      "kontennya anjing beneran, NOT cat accounts ya 😭 (kucing next batch). IG only pls, reels + story. followers "
      "ga penting ngl, yg penting genuine 🫶",
      subtopics=["pets.anjing"], platform=["instagram"],
      nots=["50gr 39k", "17 agustus", "boyolali", "followers ga penting"],
      traps=[T("number", "pouch 50gr 39k, launch date 17 agustus"),
             T("place", "boyolali is where the chicken comes from"),
             T("negation", "NOT cat accounts: a content exclusion, not a constraint on the creator"),
             T("relaxation", "followers ga penting: no follower range")]),
    B(3, "id",
      "Dengan hormat,\nPerkenalkan, saya Maya dari tim Marketing Communication sebuah grup perusahaan distribusi di "
      "Semarang. Saat ini kami memasarkan perangkat kasir (printer struk dan tablet) beserta aplikasi pembukuan "
      "berlangganan yang ditujukan bagi pemilik usaha kecil, seperti warung makan, kedai minuman, toko kelontong, "
      "hingga katering rumahan. Paket yang kami tawarkan seharga Rp 1.450.000 sudah termasuk langganan aplikasi "
      "selama 12 bulan. Kami mencari kreator yang pengikutnya banyak berasal dari kalangan pelaku UMKM atau orang yang "
      "sedang merintis usaha sampingan; topik kontennya boleh apa saja selama audiensnya sesuai. Kreator tidak harus "
      "berdomisili di Semarang karena layanan kami sudah menjangkau seluruh Jawa dan Bali.\nAtas perhatian dan kerja "
      "samanya kami ucapkan terima kasih.",
      kind="audience", subtopics=None, audience=["pelaku_umkm"], niches=None,
      nots=["Semarang", "warung makan, kedai minuman", "Rp 1.450.000", "12 bulan",
            "Kreator tidak harus berdomisili di Semarang", "seluruh Jawa dan Bali"],
      traps=[T("place", "Semarang is the company's home; Jawa dan Bali is the service area"),
             T("lookalike", "warung makan, kedai minuman, katering are the buyers' businesses, not food/coffee content"),
             T("number", "Rp 1.450.000 package, 12 bulan subscription"),
             T("negation", "tidak harus berdomisili di Semarang")]),
    B(4, "id",
      "min cari kol buat banneton rotan 22cm + lame scoring, 1 set 89rb. stok 300 set di gdg cikarang. kontennya "
      "harus roti sourdough / starter ya. ig/tiktok aja, yt skip",
      subtopics=["food.sourdough"], platform=["instagram", "tiktok"],
      nots=["22cm", "1 set 89rb", "stok 300 set", "gdg cikarang"],
      traps=[T("number", "22cm, 89rb per set, 300 sets in stock"),
             T("place", "gdg cikarang is the warehouse"),
             T("negation", "yt skip: platform is instagram/tiktok")]),
    # ---- 5-8 ----
    B(5, "id",
      "mas mba, kiye gula semut karo gula aren cair asli cilongok, nggo campuran es kopi susu. jerigen 5 liter 160rb, "
      "gula semute kadar aire dibawah 2% dadi ora gampang nggumpal. biasane nyong setor nang kedai2 kopi purwokerto, "
      "siki pengin dikenal kedai kopi kota liya. nggoleti kreator yg senengane review kafe / ngopi / kedai kopi. "
      "platform karo kota bebas, followers pira bae ora papa 🙏",
      subtopics=["coffee.cafe"],
      nots=["cilongok", "5 liter 160rb", "dibawah 2%", "purwokerto", "platform karo kota bebas",
            "followers pira bae ora papa"],
      traps=[T("place", "cilongok is the sugar's origin; purwokerto is where she already sells"),
             T("number", "5 liter 160rb, moisture under 2%"),
             T("relaxation", "platform, city and followers all free")]),
    B(6, "mix",
      "okay bestie so brand temenku di cohort bikin photocard binder A5 + toploader deco, 4 pocket per page, 79k. "
      "target: kpopers yg suka collect & trade PC 💖 need creators yg fangirling for real, bukan akun berita. "
      "platform apa aja sabi, ga harus jabodetabek juga, tp pls creators yg based di indo aja ya soalnya shipping "
      "kita cuma domestic 🙏",
      subtopics=["music.kpop"],
      nots=["A5", "4 pocket per page", "79k", "platform apa aja sabi", "ga harus jabodetabek"],
      traps=[T("number", "A5, 4 pockets, 79k"),
             T("relaxation", "any platform"),
             T("negation", "ga harus jabodetabek: no city constraint"),
             T("market", "based di indo is the market (ID), stated here, not a city")]),
    B(7, "id",
      "Dengan hormat,\nKami dari Lembaga Pelatihan Kerja (LPK) yang berada di bawah grup perusahaan kami di Semarang "
      "bermaksud menjalin kerja sama dengan kreator konten untuk mempromosikan program persiapan kerja ke luar negeri. "
      "Program ini mencakup kelas bahasa Jepang hingga level N4 selama 6 bulan, pelatihan budaya kerja, serta "
      "pendampingan dokumen bagi peserta minimal lulusan SMA/SMK berusia 18 sampai 30 tahun, dengan biaya program "
      "Rp 12.500.000 yang dapat diangsur. Kami mencari kreator yang membahas belajar bahasa asing atau pengalaman "
      "bekerja dan kuliah di luar negeri, baik Jepang, Korea, maupun Jerman, karena calon peserta biasanya "
      "mempertimbangkan beberapa negara sekaligus. Jumlah pengikut dan domisili kreator tidak kami batasi.\nAtas "
      "perhatian Bapak/Ibu kami ucapkan terima kasih.",
      subtopics=["edu.bahasa"],
      nots=["Semarang", "N4", "6 bulan", "minimal lulusan SMA/SMK", "18 sampai 30 tahun", "Rp 12.500.000",
            "Jumlah pengikut dan domisili kreator tidak kami batasi"],
      traps=[T("place", "Semarang is where the LPK is"),
             T("number", "N4, 6 bulan, ages 18-30, Rp 12.500.000 fee"),
             T("lookalike", "'minimal lulusan SMA/SMK' is a participant requirement, not a follower minimum; "
                            "Korea is about work abroad, not K-pop"),
             T("relaxation", "followers and domicile unrestricted")]),
    B(8, "id",
      "gan ready reel spinning 2000 + senar PE8 100m, paket 235rb. butuh kreator mancing casting utk review. fol "
      "bebas platform bebas. kirim dr gudang bekasi",
      subtopics=["out.casting"],
      nots=["reel spinning 2000", "PE8 100m", "235rb", "fol bebas", "platform bebas", "gudang bekasi"],
      traps=[T("number", "reel size 2000, PE8 100m, 235rb"),
             T("relaxation", "fol bebas, platform bebas"),
             T("place", "gudang bekasi is the warehouse")]),
    # ---- 9-12 ----
    B(9, "id",
      "sedulur, adine nyong nang kebumen gawe lanting pedes level 1 sampe 5, bungkus 250gr 15rb. pengin di review "
      "karo kreator yg doyan pedes2an / review sambel. angger bisa kreatore wong purwokerto bae ben gampang ngirim "
      "sampel, angger laka ya pokoke esih nang pulau jawa. rate aja larang2 yak hehe",
      subtopics=["food.pedas"], city=["Purwokerto"], city_fallback=JAVA,
      nots=["kebumen", "level 1 sampe 5", "250gr 15rb", "rate aja larang2"],
      traps=[T("place", "kebumen is where her sister makes the lanting"),
             T("number", "level 1-5, 250gr 15rb"),
             T("relaxation", "Purwokerto first, else anywhere on Java (city fallback); 'rate aja larang2' is a "
                             "wish without a number, not a max rate")]),
    B(10, "mix",
      "guys 😭 brand aku bikin tali sepatu waxed & flat, 120/140/160cm, bisa custom aglet metal (engrave inisial!!) "
      "45k/pair. looking for sneakerheads yg kontennya on feet, thrift, legit check, restorasi, whatever. no "
      "follower minimum, no city pref. produksi di bandung tp ga ngaruh lol ✨",
      subtopics=["street.sneakers"],
      nots=["120/140/160cm", "45k/pair", "no follower minimum", "no city pref", "produksi di bandung"],
      traps=[T("number", "lengths 120/140/160cm, 45k/pair"),
             T("relaxation", "no follower minimum, no city preference"),
             T("place", "bandung is where the laces are made")]),
    B(11, "id",
      "Yth. Bapak/Ibu,\nDivisi alat kesehatan perusahaan kami sedang memperkenalkan tensimeter digital lengan atas "
      "dengan memori 2 x 60 pengukuran dan garansi 5 tahun, yang telah memiliki izin edar Kemenkes. Mengingat produk "
      "ini berkaitan dengan kesehatan, kami hanya ingin bekerja sama dengan tenaga kesehatan, misalnya dokter, dokter "
      "gigi, perawat, atau fisioterapis, yang aktif memberikan edukasi kesehatan di media sosial. Kami tidak mencari "
      "influencer olahraga, diet, atau gaya hidup sehat. Produk ini ditujukan untuk keluarga yang memiliki anggota "
      "lansia maupun pekerja usia 30 tahun ke atas yang mulai rutin memeriksa tekanan darah. Lokasi, platform, dan "
      "jumlah pengikut tidak kami batasi.\nHormat kami.",
      subtopics=["fit.nakes"],
      nots=["2 x 60 pengukuran", "garansi 5 tahun", "usia 30 tahun ke atas",
            "Lokasi, platform, dan jumlah pengikut tidak kami batasi"],
      traps=[T("number", "memory 2x60, 5-year warranty, users aged 30+"),
             T("negation", "no fitness/diet influencers: same coarse niche (fitness_health), wrong subtopic"),
             T("relaxation", "location, platform and followers unrestricted")]),
    B(12, "id",
      "cari reviewer laptop / setup kerja. produk stand laptop aluminium 6 level + cooling pad 2 kipas 149rb. ig/tt, "
      "rate max 1jt. ga usah yt",
      subtopics=["tech.laptop"], platform=["instagram", "tiktok"], max_rate=1000000,
      nots=["6 level", "2 kipas", "149rb"],
      traps=[T("number", "6 height levels, 2 fans, 149rb price"),
             T("negation", "ga usah yt: confirms instagram/tiktok")]),
    # ---- 13-16 ----
    B(13, "id",
      "permisi. tanggane nyong pak warso duwe ternak cacing, hasile pupuk kascing wis diayak alus. karung 5kg 20rb, "
      "20kg 65rb. apik nggo nandur sayur nang pot, polybag, pekarangan sempit. nggoleti kreator yg senengane nandur "
      "sayur nang omah / kebun cilik. budget pak warso per konten maksimal 400rb. cacinge ora didol lho, mung pupuke 😁",
      subtopics=["sust.urbanfarm"], max_rate=400000,
      nots=["ternak cacing", "karung 5kg 20rb", "20kg 65rb", "cacinge ora didol"],
      traps=[T("lookalike", "worm farming / cacing is not pets or reptile feed; only the compost is sold"),
             T("number", "5kg 20rb, 20kg 65rb")]),
    B(14, "mix",
      "hi kak 🫶 temen satu cohort launching ring sling gendongan bayi pake kain batik cap pekalongan, adem, dari "
      "newborn 3.5kg sampe 15kg. it's giving heritage but make it functional lol. need creators: bumil, new parents, "
      "babywearing people. NOT fashion/batik pages ya, fokusnya cara gendong yg aman 🙏 budget max 500k per content, "
      "any platform",
      subtopics=["par.hamil"], max_rate=500000,
      nots=["kain batik cap pekalongan", "3.5kg sampe 15kg", "any platform"],
      traps=[T("lookalike", "batik cap fabric does not make it wastra content"),
             T("place", "pekalongan is the fabric's origin"),
             T("number", "3.5kg-15kg baby weight"),
             T("negation", "NOT fashion/batik pages: content exclusion"),
             T("relaxation", "any platform")]),
    B(15, "id",
      "Assalamualaikum warahmatullahi wabarakatuh.\nBapak/Ibu yang kami hormati, biro perjalanan di grup perusahaan "
      "kami akan membuka paket umrah keluarga keberangkatan Februari 2026 selama 12 hari, harga mulai Rp 34.900.000 "
      "per orang, berangkat dari Semarang dan Surabaya. Paket ini dirancang untuk keluarga muslim, termasuk pasangan "
      "muda yang membawa anak. Kami mencari kreator yang pengikutnya mayoritas keluarga muslim atau muslimah "
      "berhijab; tema kontennya tidak harus religi, boleh olahraga, fashion, atau keseharian, asalkan audiensnya "
      "sesuai. Kami mensyaratkan minimal lima belas ribu pengikut, dan kreator harus berdomisili di Indonesia karena "
      "izin kami sebagai PPIU hanya untuk jamaah dari Indonesia.\nWassalamualaikum warahmatullahi wabarakatuh.",
      kind="audience", subtopics=None, audience=["keluarga_muslim"], niches=None, min_f=15000,
      nots=["Februari 2026", "12 hari", "Rp 34.900.000", "Semarang dan Surabaya", "tidak harus religi"],
      traps=[T("number", "departure Februari 2026, 12 days, Rp 34.900.000 per person"),
             T("place", "Semarang and Surabaya are departure cities"),
             T("relaxation", "content need not be religious: any content"),
             T("spelled_number", "minimal lima belas ribu pengikut = min 15,000 followers (real)")]),
    B(16, "id",
      "pomade waterbased 100gr 55rb + hair tonic 60ml, buat promo gajian 25-28 okt. cari kol grooming / skincare "
      "cowok. ig atau tt, jgn yt. rate max 500rb",
      subtopics=["beauty.pria"], platform=["instagram", "tiktok"], max_rate=500000,
      nots=["100gr 55rb", "60ml", "25-28 okt"],
      traps=[T("number", "100gr 55rb, 60ml, promo dates 25-28 okt"),
             T("negation", "jgn yt: platform is instagram/tiktok")]),
    # ---- 17-20 ----
    B(17, "id",
      "nuwun sewu, nyong nitip kang tarno tukang kayu nang desa. dheweke gawe rak piringan hitam kayu mahoni, muat 80 "
      "piringan, ngisore ana laci nggo kaset pita. 750rb. kayune sekang blora. nggoleti kreator yg koleksi piringan "
      "hitam / kaset, seneng muter lagu2 lawas. kota karo followers bebas, platform apa bae olih",
      subtopics=["music.vinyl"], adjacent=["home.interior"],
      nots=["tukang kayu", "muat 80", "750rb", "blora", "kota karo followers bebas", "platform apa bae olih"],
      traps=[T("lookalike", "a carpenter and mahogany furniture: home_diy words, but the buyers are record collectors "
                            "(home interior is only adjacent)"),
             T("number", "holds 80 records, 750rb"),
             T("place", "blora is where the wood comes from"),
             T("relaxation", "city, followers and platform free")]),
    B(18, "mix",
      "okay so our plant protein (kacang hijau + kedelai) 25g protein per scoop, 1kg 289k, rasa es cendol 😭💚 lowkey "
      "enak bgt. target: people who lift, calisthenics, home workout, pokoknya serius latihan kekuatan. bukan konten "
      "diet, bukan food reviewer. kedelainya dari grobogan, pabrik di cikarang. followers & city whatever fr",
      subtopics=["fit.gym"], adjacent=["modest.sport"],
      nots=["25g protein per scoop", "1kg 289k", "rasa es cendol", "grobogan", "cikarang",
            "followers & city whatever"],
      traps=[T("number", "25g protein, 1kg 289k"),
             T("lookalike", "a food product with a dessert flavour (es cendol), but food/diet content is excluded"),
             T("place", "grobogan (soy origin), cikarang (factory)"),
             T("relaxation", "followers and city free")]),
    B(19, "id",
      "Dengan hormat,\nKami merupakan distributor resmi kursi gaming untuk wilayah Jawa Tengah dan DIY. Produk yang "
      "akan kami promosikan adalah kursi gaming dengan sandaran yang dapat direbahkan hingga 165 derajat, kapasitas "
      "beban 150 kg, dan bantal lumbar, dengan harga Rp 2.199.000. Kami mencari kreator yang aktif membuat konten "
      "bermain game di PC maupun konsol, misalnya siaran langsung, ulasan game, atau rakit PC. Anggaran kami maksimal "
      "satu setengah juta rupiah per unggahan, di luar unit kursi yang akan kami kirimkan. Kreator tidak harus berada "
      "di Jawa Tengah maupun DIY.\nDemikian, terima kasih.",
      subtopics=["game.pc"], max_rate=1500000,
      nots=["Jawa Tengah dan DIY", "165 derajat", "150 kg", "Rp 2.199.000",
            "Kreator tidak harus berada di Jawa Tengah maupun DIY"],
      traps=[T("place", "Jawa Tengah dan DIY is the distribution area"),
             T("number", "165 degrees, 150 kg, price Rp 2.199.000 (above the rate cap)"),
             T("spelled_number", "satu setengah juta rupiah = max rate 1,500,000 (real)"),
             T("negation", "tidak harus berada di Jawa Tengah maupun DIY")]),
    B(20, "id",
      "jas hujan setelan ojol, PVC tebal 0.35mm, ada reflektor, sz L-XXXL 95rb. cari kreator yg followersnya driver "
      "ojol / kurir. konten apa aja. fol & kota bebas",
      kind="audience", subtopics=None, audience=["pengemudi_ojol"], niches=None,
      nots=["0.35mm", "sz L-XXXL 95rb", "konten apa aja", "fol & kota bebas"],
      traps=[T("number", "0.35mm, sizes L-XXXL, 95rb"),
             T("relaxation", "any content, followers and city free")]),
    # ---- 21-24 ----
    B(21, "id",
      "assalamualaikum. kiye jahe merah instan campur gula aren, sepak isi 10 sachet @25gr 18rb. nggo bapak2 umur 40an "
      "keatas, awake gampang pegel bar nyambut gawe. nggoleti yutuber yg penontone akeh bapak2. kontene apa bae ora "
      "masalah, mau mancing, mobil, game, batik, bebas. kudu youtube ya, soale bapak2 nontone yutub nang tipi. "
      "produksine nang baturraden, bpom lagi diurus",
      kind="audience", subtopics=None, audience=["bapak_bapak"], niches=None, platform=["youtube"],
      nots=["10 sachet @25gr 18rb", "umur 40an keatas", "mancing, mobil, game, batik", "baturraden"],
      traps=[T("number", "10 sachets of 25gr for 18rb; 'umur 40an keatas' is the audience's age, not a constraint"),
             T("lookalike", "mancing, mobil, game, batik are examples of acceptable content, not a topic list"),
             T("place", "baturraden is where it is produced")]),
    B(22, "mix",
      "hiii so brand temenku bikin rice cooker mini 0.8L, bisa masak nasi + kukus + rebus mie, 1-2 porsi, cuma 300 "
      "watt jd aman buat listrik kos 450VA 😭🍚 target: anak kos!! konten apapun asal followersnya mahasiswa. rn kita "
      "cuma bisa same-day delivery di jogja & smg so creatornya harus based di jogja atau smg ya. tiktok only bestie. "
      "harganya 199k",
      kind="audience", subtopics=None, audience=["mahasiswa"], niches=None, city=region("Yogyakarta", "Semarang"),
      platform=["tiktok"],
      nots=["0.8L", "1-2 porsi", "300 watt", "450VA", "199k"],
      traps=[T("number", "0.8L, 1-2 portions, 300 watt, 450VA, 199k"),
             T("alias", "jogja = Yogyakarta, smg = Semarang (a real city constraint)"),
             T("lookalike", "rice cooker and 'masak nasi' look like food content; the brief targets students, "
                            "any content")]),
    B(23, "en",
      "Dear Sir/Madam,\nI am writing on behalf of the marketing department of our company in Semarang, the appointed "
      "distributor of a Japanese brand of custom-fit car floor mats. The mats are made of TPE, cut to the exact floor "
      "of each model (Avanza, Xpander, Innova and Ertiga, among others), and retail at IDR 1,350,000 for a three-row "
      "set. We would like to work with creators who discuss family cars, car interiors or used-car buying, since their "
      "audience tends to keep their cars for many years. As our dealer network currently covers Java only, we require "
      "creators based on the island of Java. Platform and follower count are not restricted.\nKind regards,\nMaya "
      "Puspitasari\nMarketing Communications",
      subtopics=["auto.mobil"], city=JAVA,
      nots=["Semarang", "Japanese brand", "Avanza, Xpander, Innova and Ertiga", "IDR 1,350,000", "three-row set",
            "Platform and follower count are not restricted"],
      traps=[T("place", "Semarang is the company's home (Java itself is a real constraint)"),
             T("lookalike", "Japanese brand is the principal's origin, not Japanese-language content"),
             T("number", "IDR 1,350,000, three-row set"),
             T("relaxation", "platform and followers unrestricted")]),
    B(24, "id",
      "koper kabin 20inch fiber, 3.2kg, aman buat bagasi kabin max 7kg. 389rb. cari kreator yg followersnya suka "
      "traveling / liburan, konten bebas. ga harus yg di bali",
      kind="audience", subtopics=None, audience=["wisatawan"], niches=None,
      nots=["20inch", "3.2kg", "max 7kg", "389rb", "konten bebas", "ga harus yg di bali"],
      traps=[T("number", "'max 7kg' is the airline cabin allowance, not a cap; 20inch, 3.2kg, 389rb"),
             T("negation", "ga harus yg di bali: no city constraint"),
             T("relaxation", "any content")]),
    # ---- 25-28 ----
    B(25, "id",
      "lik parman tanggane nyong gawe knalpot nang purbalingga, siki nggawe knalpot standar nggo matic: beat, vario, "
      "nmax. suarane alus ora mbrebegi, wis SNI, 450rb. pengin kerjasama karo kreator tiktok yg bahas motor matic / "
      "bengkel / ojol. followerse 5rb-30rb bae, aja kegedhen. dudu knalpot racing lho ya",
      subtopics=["auto.matic"], platform=["tiktok"], min_f=5000, max_f=30000,
      nots=["purbalingga", "beat, vario, nmax", "450rb", "dudu knalpot racing"],
      traps=[T("place", "purbalingga is the exhaust workshop"),
             T("number", "450rb price"),
             T("lookalike", "beat, vario, nmax are scooter models the exhaust fits, not creator names"),
             T("negation", "dudu knalpot racing describes the product, not a constraint")]),
    B(26, "en",
      "ok quick one 🏔️ my cohort buddy makes trail snack packs for hikers: granola + gula aren + kacang mete, 60g per "
      "pack, 3 packs for 45k. made in Bali, ships nationwide. we want creators who actually hike and camp, multi-day "
      "trips, mountain stuff, NOT food reviewers pls 🙏 no rules on platform or city, any follower count is fine fr",
      subtopics=["out.hiking"],
      nots=["60g per pack", "3 packs for 45k", "made in Bali", "ships nationwide", "no rules on platform or city",
            "any follower count is fine"],
      traps=[T("number", "60g, 3 packs for 45k"),
             T("place", "made in Bali (not Bali travel, not the creator's city), ships nationwide"),
             T("lookalike", "a snack, but food reviewers are excluded"),
             T("relaxation", "platform, city and followers free")]),
    B(27, "id",
      "Dengan hormat,\nMelalui surel ini kami ingin menawarkan kerja sama promosi untuk sepeda keseimbangan (balance "
      "bike) berbahan kayu pinus, tanpa pedal, untuk anak usia 2 sampai 5 tahun, dengan berat hanya 3,4 kg dan harga "
      "Rp 679.000. Kami mencari kreator orang tua yang rutin membagikan kegiatan aktif anak di luar rumah, seperti "
      "bersepeda, berenang, bermain di taman, atau olahraga anak. Mohon diperhatikan bahwa kami hanya bekerja sama "
      "melalui Instagram, dan tarif yang dapat kami sanggupi paling tinggi enam ratus ribu rupiah per unggahan. Produk "
      "kami dirakit di Temanggung, namun pengiriman sudah menjangkau seluruh Indonesia.\nTerima kasih atas waktu dan "
      "perhatiannya.",
      subtopics=["par.aktivitas"], platform=["instagram"], max_rate=600000,
      nots=["usia 2 sampai 5 tahun", "3,4 kg", "Rp 679.000", "Temanggung", "seluruh Indonesia"],
      traps=[T("number", "ages 2-5, 3.4 kg, price Rp 679.000 (close to the rate cap)"),
             T("place", "Temanggung is where it is assembled; shipping nationwide"),
             T("spelled_number", "enam ratus ribu rupiah = max rate 600,000 (real)")]),
    B(28, "id",
      "box akrilik 40x30x30 tebal 3mm, ventilasi + pintu geser, 275rb. utk gecko, ular kecil, kura2. cari kreator "
      "reptil fol max 25rb. platform bebas",
      subtopics=["pets.reptil"], max_f=25000,
      nots=["40x30x30", "tebal 3mm", "275rb", "platform bebas"],
      traps=[T("number", "40x30x30, 3mm, 275rb (25rb is the real follower cap)"),
             T("relaxation", "platform bebas")]),
    # ---- 29-32 ----
    B(29, "id",
      "nyong karo ibu2 PKK nang desa gawe kap lampu anyaman bambu, diameter 30cm 85rb, yg 45cm 120rb. bambune sekang "
      "wanayasa banjarnegara. nggoleti kreator yg seneng dekor omah, isi omah anyar, nata kamar kos. kota ora "
      "masalah, followers ya ora masalah 🙏 maturnuwun",
      subtopics=["home.interior"],
      nots=["ibu2 PKK", "30cm 85rb", "45cm 120rb", "wanayasa banjarnegara", "kota ora masalah",
            "followers ya ora masalah"],
      traps=[T("lookalike", "ibu2 PKK are the makers, not the target audience"),
             T("number", "30cm 85rb, 45cm 120rb"),
             T("place", "wanayasa banjarnegara is where the bamboo comes from"),
             T("relaxation", "city and followers free")]),
    B(30, "en",
      "hey!! launching a physical money planner 📒 for people who just started investing: monthly budget pages, "
      "reksadana & saham tracker, gold savings log. A5, 120 pages, 89k. looking for finance creators who explain "
      "investing for beginners, not the 'cuan cepat' trading gurus 🙅‍♀️ TikTok only, and 8k to 50k followers pls. "
      "city doesn't matter",
      subtopics=["fin.investasi"], platform=["tiktok"], min_f=8000, max_f=50000,
      nots=["A5, 120 pages, 89k", "city doesn't matter"],
      traps=[T("number", "A5, 120 pages, 89k"),
             T("negation", "not trading gurus: content preference, not a constraint"),
             T("relaxation", "city doesn't matter")]),
    B(31, "en",
      "Dear content creators,\nOur group's travel bureau is launching a 5-day, 4-night family package covering Bali "
      "and Lombok, including a fast boat to the Gili Islands, starting at IDR 6,750,000 per person with departures "
      "from Semarang. We are looking for creators who produce travel content about Bali and Lombok, such as "
      "itineraries, villa stays and island road trips, and whose followers plan holidays on the islands. Instagram "
      "would be our first preference, although YouTube and TikTok creators are equally welcome. Creators do not need "
      "to live in Bali.\nWe look forward to hearing from you.\nYours faithfully,\nMaya Puspitasari",
      subtopics=["travel.bali"],
      nots=["5-day, 4-night", "IDR 6,750,000", "departures from Semarang", "Instagram would be our first preference",
            "Creators do not need to live in Bali"],
      traps=[T("number", "5D4N, IDR 6,750,000"),
             T("place", "departures from Semarang; Bali/Lombok is the destination, not a creator city"),
             T("relaxation", "Instagram preferred but all platforms welcome"),
             T("negation", "do not need to live in Bali")]),
    B(32, "id",
      "burkini 3in1 (hijab + atasan + celana), lycra anti UV, sz S-XXL 179rb. cari kol hijabers yg olahraga: renang, "
      "gym, lari. fol 10rb-50rb. indo only",
      subtopics=["modest.sport"], min_f=10000, max_f=50000,
      nots=["3in1", "anti UV", "sz S-XXL 179rb"],
      traps=[T("number", "3in1, sizes S-XXL, 179rb"),
             T("lookalike", "gym / renang / lari are the hijabers' sports; the fit is hijab sportswear, not gym"),
             T("market", "indo only = market ID (stated, not a city)")]),
]


def main():
    write_brief_set(HERE, BRIEFS)


if __name__ == "__main__":
    main()
