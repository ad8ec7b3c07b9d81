"""Briefs of voices7, hand-written, typed by four people (voice = (n - 1) mod 4 + 1):
 1 Bu Ros (Hj. Rosmiati), ~48, Makassar: home-made frozen food business "Dapur Ros"; also posts for family
   and neighbours. Casual phone Indonesian with typos and abbreviations, "kak", "sis", "wkwk", no emoji.
 2 Naya, 23, Bandung: Gen-Z founder of a local skincare + fashion/accessories label. Jaksel code-mixing.
 3 Ibu Sri Wahyuni Nasution, marketing staff of a Medan family group (umrah travel, BPR Syariah, fertiliser,
   truck dealer, mother-and-child hospital, housing developer). Formal letter Indonesian.
 4 Sophie Lemaire, French co-founder of a social enterprise (solar pumps, filter bottles, cleaning concentrate,
   refurbished phones) who also runs NGO programmes in eastern Indonesia. English with some Indonesian.
"""
from src_common import REGIONS, T, make_brief, region

P = "vo7"
SULSEL = region("SULSEL")
SULAWESI = region("SULSEL", "SULAWESI_LAIN")
SUMUT = region("SUMUT")
JATIM = region("JATIM")
JABODETABEK = region("JABODETABEK")
IG_YT = ["instagram", "youtube"]

BRIEFS = [
    # ---------------------------------------------------------------- b01 Bu Ros
    make_brief(P, 1, "id",
        "Assalamualaikum kak, sy Ros dr Makassar, punya usaha frozen food rumahan namanya Dapur Ros. Skrg mau "
        "launching bumbu coto sm konro siap masak, 1 pak 250 gr bisa utk 5 porsi, harganya 35rb. Mau cari kreator "
        "yg suka masak2 makanan daerah, yg bikin resep rumahan gt kak, bkn yg review restoran. Kalo bisa org "
        "Makassar krn lidahnya udh tau rasa coto yg benar wkwk. Kalo di Makassar gk ada, Sulsel lain boleh lah, "
        "Gowa, Maros, Pare2. Produksinya di dapur sy di Antang, kirim bs ke seluruh Indonesia pake ekspedisi. "
        "Followers gk masalah kak yg penting masaknya beneran.",
        subtopics=["food.resepdaerah"], city=["Makassar"], city_fallback=SULSEL,
        nots=["250 gr", "5 porsi", "35rb", "bkn yg review restoran", "di Antang", "seluruh Indonesia",
              "Followers gk masalah"],
        traps=[T("number", "250 gr, 5 porsi, 35rb: the product"),
               T("negation", "'bkn yg review restoran' excludes restaurant reviewers; none in the pool"),
               T("alias", "city fallback in her words: Makassar, else 'Sulsel lain' (Gowa, Maros, Pare2)"),
               T("place", "production kitchen in Antang (a Makassar district) is not a constraint"),
               T("place", "ships to 'seluruh Indonesia'"),
               T("relaxation", "Followers gk masalah")]),
    # ---------------------------------------------------------------- b02 Naya
    make_brief(P, 2, "mix",
        "Hi kak! Aku Naya, founder brand skincare lokal dari Bandung. Kita mau launch acne spot serum (2% salicylic "
        "+ 5% niacinamide), harganya 89K, diproduksi di maklon Cikarang. Literally lagi nyari creator yang kontennya "
        "beneran ngebahas jerawat & bekas jerawat, yang jujurly pernah struggle sama acne, bukan yang glowing-glowing "
        "doang. Followers range 10K sampe 100K ya, micro to mid aja. Platform bebas, city juga bebas. Timeline "
        "konten Agustus, 1 video + 3 stories. Which is budgetnya masih fleksibel kok, bisa diobrolin.",
        subtopics=["beauty.jerawat"], min_f=10000, max_f=100000,
        nots=["dari Bandung", "2% salicylic", "5% niacinamide", "89K", "maklon Cikarang",
              "bukan yang glowing-glowing doang", "Platform bebas, city juga bebas", "1 video + 3 stories",
              "budgetnya masih fleksibel"],
        traps=[T("place", "the brand is from Bandung; contract manufacturer in Cikarang"),
               T("number", "2% salicylic, 5% niacinamide, 89K, 1 video + 3 stories"),
               T("negation", "'bukan yang glowing-glowing doang' is taste, excludes nobody"),
               T("spelled_number", "'10K sampe 100K' is the real follower range (both ends inclusive)"),
               T("relaxation", "Platform bebas, city juga bebas; budget flexible")]),
    # ---------------------------------------------------------------- b03 Ibu Sri
    make_brief(P, 3, "id",
        "Dengan hormat, Kami dari PT Al-Mabrur Wisata, penyelenggara perjalanan ibadah umrah resmi (PPIU) yang "
        "berkantor pusat di Jalan Sisingamangaraja, Medan. Dalam rangka promosi paket Umrah Ramadhan 2025 (12 hari, "
        "mulai Rp32.500.000), kami membutuhkan kreator konten yang membahas persiapan dan pengalaman ibadah umrah. "
        "Kami mengutamakan kreator yang berdomisili di Kota Medan; apabila tidak ada, kreator dari kota lain di "
        "Sumatera Utara dapat kami terima. Jumlah pengikut tidak kami batasi. Keberangkatan jamaah melalui Bandara "
        "Kualanamu. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.",
        subtopics=["travel.umrah"], city=["Medan"], city_fallback=SUMUT,
        nots=["Jalan Sisingamangaraja", "2025", "12 hari", "Rp32.500.000", "Jumlah pengikut tidak kami batasi",
              "Bandara Kualanamu"],
        traps=[T("place", "head office on Jalan Sisingamangaraja; departures from Kualanamu (Deli Serdang)"),
               T("number", "2025, 12 hari, Rp32.500.000"),
               T("alias", "fallback: 'kota lain di Sumatera Utara'"),
               T("relaxation", "Jumlah pengikut tidak kami batasi")]),
    # ---------------------------------------------------------------- b04 Sophie
    make_brief(P, 4, "en",
        "Hello! I'm Sophie, programme lead at an international NGO working on plastic waste in Lombok and NTT. "
        "We're launching a small grant (up to EUR 2,000 per village) for community waste banks and want to work "
        "with creators who actually run or join a bank sampah, organise clean-ups, or show how to sort waste at "
        "home. Not zero-waste lifestyle influencers with perfect jars, please, we want the messy real thing. Any "
        "platform, any island, follower count is not important. We'd pay a fixed fee, around IDR 1.5 million per "
        "creator, negotiable.",
        subtopics=["sust.banksampah"],
        nots=["Lombok and NTT", "EUR 2,000", "Not zero-waste lifestyle influencers", "Any platform, any island",
              "follower count is not important", "IDR 1.5 million per creator, negotiable"],
        traps=[T("place", "the programme runs in Lombok and NTT; creators anywhere"),
               T("foreign_currency", "EUR 2,000 is the grant per village, not a fee"),
               T("negation", "not zero-waste lifestyle influencers; none of them in the pool's bank-sampah group"),
               T("relaxation", "Any platform, any island, follower count is not important"),
               T("number", "a negotiable fee of about IDR 1.5 million is not a cap")]),
    # ---------------------------------------------------------------- b05 Bu Ros (audience)
    make_brief(P, 5, "id",
        "Kak mau tanya, sy lg buka program reseller frozen food (bakso, pastel, risol, pisang ijo beku). Modal awal "
        "reseller cuma 500rb, untung bs sampe 30%. Sy mau cari kreator yg followersnya banyak ibu2 rumah tangga, krn "
        "yg jd reseller sy kebanyakan ibu2 yg jualan dr rumah. Kontennya apa aja boleh kak, masak kek, beberes kek, "
        "yg penting yg nonton ibu2. Tp yg tinggal di Sulawesi aja ya sis, soalnya frozen kalo dikirim ke Jawa bs "
        "cair di jalan wkwk. Platform apa aja. Jgn yg akun olshop ya.",
        kind="audience", audience=["ibu_rumah_tangga"], city=SULAWESI,
        nots=["500rb", "30%", "Kontennya apa aja boleh", "ke Jawa", "Platform apa aja", "Jgn yg akun olshop"],
        traps=[T("number", "500rb starter capital, 30% margin"),
               T("relaxation", "any content; Platform apa aja"),
               T("alias", "'di Sulawesi' = every Sulawesi city (Sulsel, Manado, Kendari, Palu)"),
               T("place", "'dikirim ke Jawa' is the reason, not a place to look in"),
               T("negation", "'Jgn yg akun olshop' excludes nobody in the pool")]),
    # ---------------------------------------------------------------- b06 Naya
    make_brief(P, 6, "mix",
        "Guys, brand fashion aku mau drop koleksi baru bulan depan (cargo pants + boxy tee, 249K-399K). Aku butuh "
        "creator streetwear yang beneran anak brand lokal, vibes-nya distro Bandung gitu. Harus domisili Bandung ya "
        "soalnya mau diajak photoshoot di studio kita di Jalan Riau, bukan Jatinangor atau Cimahi, kejauhan buat "
        "bolak-balik. Followers gak penting, engagement lebih worth it. Konten boleh di IG, TikTok, YouTube, "
        "terserah. Produksi kaosnya di Soreang btw.",
        subtopics=["street.lokal"], city=["Bandung"],
        nots=["bulan depan", "249K-399K", "Jalan Riau", "Followers gak penting", "terserah", "di Soreang"],
        traps=[T("number", "249K-399K prices"),
               T("place", "studio on Jalan Riau, production in Soreang"),
               T("negation", "real: 'bukan Jatinangor atau Cimahi' (Bandung city only)"),
               T("relaxation", "Followers gak penting; platform terserah"),
               T("lookalike", "'IG, TikTok, YouTube' listed as all allowed, not a restriction")]),
    # ---------------------------------------------------------------- b07 Ibu Sri
    make_brief(P, 7, "id",
        "Dengan hormat, BPR Syariah Amanah Deli bermaksud bekerja sama dengan kreator konten dalam rangka "
        "sosialisasi produk Tabungan Emas iB dan pembiayaan tanpa riba. Kami membutuhkan kreator yang konsisten "
        "membahas keuangan syariah (akad, zakat, menabung emas, dan sejenisnya). Konten ditayangkan di Instagram "
        "atau YouTube; kami tidak menggunakan TikTok untuk produk perbankan. Honor per konten tidak melebihi "
        "Rp2.000.000 (dua juta rupiah). Nisbah bagi hasil tabungan 60:40 dan setoran awal Rp50.000 dapat disebutkan "
        "dalam konten. Domisili kreator tidak menjadi syarat. Kantor pusat kami berada di Lubuk Pakam.",
        subtopics=["fin.syariah"], platform=IG_YT, max_rate=2000000,
        nots=["60:40", "Rp50.000", "Domisili kreator tidak menjadi syarat", "Lubuk Pakam"],
        traps=[T("number", "nisbah 60:40, setoran awal Rp50.000"),
               T("negation", "real: 'tidak menggunakan TikTok'"),
               T("spelled_number", "'Rp2.000.000 (dua juta rupiah)' is the real cap"),
               T("relaxation", "Domisili kreator tidak menjadi syarat"),
               T("place", "head office in Lubuk Pakam (a spelling of Deli Serdang) is not a constraint")]),
    # ---------------------------------------------------------------- b08 Sophie
    make_brief(P, 8, "mix",
        "Hi, Sophie here. Our social enterprise is piloting a solar-powered water pump for small farms (1 unit "
        "irrigates about 1 hectare, price Rp 12 juta, bisa dicicil lewat koperasi). Kami cari creator yang petani "
        "beneran, sawah, cabai, sayur, jagung, ideally petani milenial who film their own fields. The pilot is in "
        "East Java, so the creator must live in Jawa Timur because our field team will visit. Followers tidak "
        "penting. The pumps are assembled in Semarang and shipped from there.",
        subtopics=["sust.tani"], city=JATIM,
        nots=["1 hectare", "Rp 12 juta", "Followers tidak penting", "in Semarang"],
        traps=[T("number", "1 hectare, Rp 12 juta"),
               T("alias", "'Jawa Timur' = East Java cities"),
               T("relaxation", "Followers tidak penting"),
               T("place", "assembled in Semarang")]),
    # ---------------------------------------------------------------- b09 Bu Ros
    make_brief(P, 9, "id",
        "Halo kak, ponakan sy buka petshop kecil di Panakkukang, jual makanan kucing curah sm pasir. Dia minta "
        "tolong carikan kreator kucing, yg pelihara kucing kampung jg boleh malah lbh bagus, jgn yg cuma pamer "
        "kucing ras mahal. Budget kami cuma lima ratus ribu per post kak, lebih dr itu gk sanggup. Kota bebas, toh "
        "bs kirim paket. Makanan kucingnya 1 kg 28rb, wet food isi 20 sachet 75rb.",
        subtopics=["pets.kucing"], max_rate=500000,
        nots=["Panakkukang", "jgn yg cuma pamer kucing ras mahal", "Kota bebas", "1 kg 28rb", "20 sachet", "75rb"],
        traps=[T("place", "the shop is in Panakkukang (Makassar)"),
               T("negation", "'jgn yg cuma pamer kucing ras mahal' excludes nobody"),
               T("spelled_number", "'lima ratus ribu per post' is the real cap"),
               T("relaxation", "Kota bebas"),
               T("number", "1 kg 28rb, 20 sachet 75rb")]),
    # ---------------------------------------------------------------- b10 Naya
    make_brief(P, 10, "mix",
        "Hai kak, side project aku sekarang press-on nails reusable, 1 set 24 kuku harganya 65K, bisa dipake 3-4x. "
        "Aku cari nail creator yang ngerti nail art / nail care, bukan beauty guru yang bahas makeup. Honestly "
        "followers, kota, platform semuanya bebas, yang penting taste-nya bagus dan audiensnya suka nail art. "
        "Shipping dari gudang kita di Bojongsoang ke seluruh Indonesia. Racun banget sih kalo bisa bikin FYP.",
        subtopics=["beauty.kuku"],
        nots=["24 kuku", "65K", "3-4x", "bukan beauty guru", "followers, kota, platform semuanya bebas",
              "Bojongsoang", "seluruh Indonesia"],
        traps=[T("number", "24 kuku, 65K, 3-4x"),
               T("negation", "'bukan beauty guru yang bahas makeup' excludes nobody among nail creators"),
               T("relaxation", "followers, kota, platform semuanya bebas"),
               T("place", "warehouse in Bojongsoang, ships everywhere"),
               T("lookalike", "'FYP' is TikTok slang but not a platform constraint")]),
    # ---------------------------------------------------------------- b11 Ibu Sri (audience)
    make_brief(P, 11, "id",
        "Dengan hormat, CV Tanah Subur Nusantara, produsen pupuk organik cair dan pembenah tanah, bermaksud mengajak "
        "kreator yang pengikutnya sebagian besar petani, termasuk petani milenial. Materi konten tidak harus tentang "
        "pertanian; kreator hiburan atau keagamaan pun dapat kami pertimbangkan selama penontonnya petani. Kami "
        "mensyaratkan minimal lima ribu pengikut. Produk kami dikemas dalam jeriken 5 liter (Rp185.000) dan "
        "didistribusikan di Sumatera Utara, Aceh, dan Riau, namun domisili kreator bebas. Pabrik kami berlokasi di "
        "Tanjung Morawa.",
        kind="audience", audience=["petani"], min_f=5000,
        nots=["tidak harus tentang pertanian", "5 liter", "Rp185.000", "Sumatera Utara, Aceh, dan Riau",
              "domisili kreator bebas", "Tanjung Morawa"],
        traps=[T("relaxation", "content need not be about farming; domisili bebas"),
               T("spelled_number", "'minimal lima ribu pengikut' is real"),
               T("number", "5 liter, Rp185.000"),
               T("place", "distribution area Sumut/Aceh/Riau and a factory in Tanjung Morawa are not constraints")]),
    # ---------------------------------------------------------------- b12 Sophie (audience, content restricted)
    make_brief(P, 12, "en",
        "Hi there! We run a free reading app for primary schools (500+ Indonesian picture books, works offline) and "
        "we're trying to reach teachers. So the creator's followers should be mostly teachers: guru SD, guru "
        "honorer, tutors. Content-wise we want people who talk about children's learning or education and "
        "schooling, not motivational speakers and not entertainment accounts that just happen to have teachers "
        "watching. Platform doesn't matter, city doesn't matter, size doesn't matter. We're an NGO so no paid "
        "posts, but we donate 50 tablets to a school the creator chooses.",
        kind="audience", audience=["guru"], subtopics=["par.sekolah", "edu.beasiswa"],
        nots=["500+", "works offline", "Platform doesn't matter, city doesn't matter, size doesn't matter",
              "50 tablets"],
        traps=[T("number", "500+ books, 50 tablets"),
               T("negation", "real content restriction: learning/education only, not entertainment with teacher fans"),
               T("relaxation", "Platform doesn't matter, city doesn't matter, size doesn't matter"),
               T("lookalike", "'no paid posts' is not a budget cap")]),
    # ---------------------------------------------------------------- b13 Bu Ros
    make_brief(P, 13, "id",
        "Sis, anak sy baru buka salon kuku di ruko dkt Mall Panakkukang. Mau endorse kreator nail art yg bs dtg "
        "langsung ke salon, jd hrs org Makassar ya kak, Gowa jauh macetnya wkwk. Nanti dikasih treatment gel gratis "
        "1x (harga normal 150rb) + fee. Mau yg kontennya ttg kuku beneran, bkn beauty influencer yg bahas semua2. "
        "Followers 5rb jg gpp. IG atau tiktok sama aja.",
        subtopics=["beauty.kuku"], city=["Makassar"],
        nots=["Mall Panakkukang", "1x", "150rb", "bkn beauty influencer", "Followers 5rb jg gpp",
              "IG atau tiktok sama aja"],
        traps=[T("place", "salon near Mall Panakkukang"),
               T("negation", "real: 'Gowa jauh' (Makassar only)"),
               T("number", "1x gel treatment worth 150rb"),
               T("relaxation", "'Followers 5rb jg gpp' says small accounts are fine, not a minimum"),
               T("relaxation", "IG atau tiktok sama aja")]),
    # ---------------------------------------------------------------- b14 Naya (audience)
    make_brief(P, 14, "id",
        "Halo! Brand skincare aku mau promo acne patch isi 36 titik, harganya 25rb aja, target pasarnya anak kos / "
        "mahasiswa rantau yang jauh dari rumah dan jajannya pas-pasan. Kontennya gak harus skincare, mau kreator "
        "masak di kos, ootd kampus, gaming, apa aja asal yang nonton anak rantau. Platform khusus TikTok ya, karena "
        "mau dorong ke TikTok Shop. Budget per video maksimal 750rb. Kota bebas, tapi kebanyakan pembeli kita di "
        "Jatinangor, Jogja, sama Malang.",
        kind="audience", audience=["mahasiswa_rantau"], platform=["tiktok"], max_rate=750000,
        nots=["36 titik", "25rb", "gak harus skincare", "TikTok Shop", "Kota bebas", "Jatinangor, Jogja, sama Malang"],
        traps=[T("number", "36 titik, 25rb"),
               T("relaxation", "any content; Kota bebas"),
               T("lookalike", "'TikTok Shop' repeats the real TikTok-only rule"),
               T("place", "buyers are mostly in Jatinangor, Jogja, Malang: not a constraint")]),
    # ---------------------------------------------------------------- b15 Ibu Sri
    make_brief(P, 15, "id",
        "Dengan hormat, PT Deli Niaga Motor, dealer resmi kendaraan niaga, akan memperkenalkan truk 6 roda terbaru "
        "dengan daya angkut 8 ton dan harga off the road mulai Rp480 juta. Kami membutuhkan kreator yang kontennya "
        "seputar dunia truk dan bus, misalnya kehidupan sopir di jalan lintas atau penggemar bus dan truk. Kami "
        "tidak mencari reviewer mobil pribadi. Kanal YouTube lebih kami sukai, namun platform lain tetap dapat "
        "dipertimbangkan. Tidak ada batasan domisili maupun jumlah pengikut. Showroom kami berada di Jalan Yos "
        "Sudarso KM 10, Medan.",
        subtopics=["auto.trukbus"],
        nots=["6 roda", "8 ton", "Rp480 juta", "tidak mencari reviewer mobil pribadi", "Kanal YouTube lebih kami sukai",
              "platform lain tetap dapat dipertimbangkan", "Tidak ada batasan domisili maupun jumlah pengikut",
              "Jalan Yos Sudarso KM 10, Medan"],
        traps=[T("number", "6 roda, 8 ton, Rp480 juta"),
               T("negation", "no private-car reviewers; excludes nobody among truck/bus creators"),
               T("relaxation", "YouTube preferred but other platforms considered; no domicile or size limits"),
               T("place", "showroom in Medan is not a constraint")]),
    # ---------------------------------------------------------------- b16 Sophie
    make_brief(P, 16, "en",
        "Hey! Our other product is a filter bottle (filters 1,500 litres, 0.1 micron) that we're bringing to "
        "Indonesian hikers. Looking for mountain people: creators who climb Rinjani, Semeru, Merbabu etc. and talk "
        "about trails, water sources and leave-no-trace. No TikTok please, our team can't handle TikTok comments, so "
        "Instagram or YouTube. Anywhere in Indonesia is fine and we don't mind small accounts. Launch is at a gear "
        "shop in Malang in November.",
        subtopics=["out.gunung"], platform=IG_YT,
        nots=["1,500 litres", "0.1 micron", "Rinjani, Semeru, Merbabu", "Anywhere in Indonesia is fine",
              "we don't mind small accounts", "in Malang", "in November"],
        traps=[T("number", "1,500 litres, 0.1 micron"),
               T("place", "mountains named and a launch in Malang are not where creators must live"),
               T("negation", "real: 'No TikTok please'"),
               T("relaxation", "Anywhere in Indonesia; small accounts fine")]),
    # ---------------------------------------------------------------- b17 Bu Ros
    make_brief(P, 17, "id",
        "Kak sepupu sy punya usaha cuci mobil & poles di Jl. Perintis, mau coba promosi lewat kreator. Cari yg "
        "kontennya ttg cuci/detailing mobil, bkn yg review mobil baru. Followersnya minimal 5rb lah kak biar ada yg "
        "liat, trs budget per konten maksimal 1 juta. Promo kami cuci + vakum 60rb, coating mulai 1,5jt. Domisili "
        "bebas, nnt produknya (sabun sm wax) yg dikirim.",
        subtopics=["auto.detailing"], min_f=5000, max_rate=1000000,
        nots=["Jl. Perintis", "bkn yg review mobil baru", "60rb", "coating mulai 1,5jt", "Domisili bebas"],
        traps=[T("place", "the car wash is on Jl. Perintis (Makassar)"),
               T("negation", "'bkn yg review mobil baru' excludes nobody among detailers"),
               T("number", "60rb promo"),
               T("lookalike", "'coating mulai 1,5jt' is a service price, not the budget (1 juta)"),
               T("relaxation", "Domisili bebas")]),
    # ---------------------------------------------------------------- b18 Naya
    make_brief(P, 18, "mix",
        "Hi! Jadi brand aku lagi bikin capsule collection modest wear, 6 pieces, tunik + wide pants + pashmina voal, "
        "harganya 179K-329K. Aku nyari hijab creator yang suka styling hijab & OOTD modest sehari-hari, kayak ke "
        "kampus, ke kantor, ngopi. Style-nya bebas, mau yang syar'i atau yang casual, dua-duanya masuk. IG lebih "
        "prefer soalnya kita mau carousel + Reels, tapi TikTok juga boleh kok. Domisili bebas, followers juga gak "
        "ada minimum.",
        subtopics=["modest.hijab"],
        nots=["6 pieces", "179K-329K", "mau yang syar'i atau yang casual", "carousel + Reels", "TikTok juga boleh kok", "Domisili bebas",
              "followers juga gak ada minimum"],
        traps=[T("number", "6 pieces, 179K-329K"),
               T("relaxation", "syar'i or casual; Domisili bebas; no follower minimum"),
               T("lookalike", "'carousel + Reels' are deliverables"),
               T("relaxation", "'IG lebih prefer ... tapi TikTok juga boleh kok' is a preference, not a platform rule")]),
    # ---------------------------------------------------------------- b19 Ibu Sri
    make_brief(P, 19, "id",
        "Dengan hormat, Rumah Sakit Ibu dan Anak Permata Deli akan membuka Klinik Tumbuh Kembang dengan layanan "
        "terapi wicara, terapi okupasi, dan sensori integrasi. Kami membutuhkan kreator yang membahas pengasuhan "
        "anak berkebutuhan khusus, seperti anak dengan keterlambatan bicara, autisme, atau ADHD. Kreator diharapkan "
        "berdomisili di wilayah Sumatera Utara agar dapat hadir pada peresmian klinik tanggal 14 September. Paket "
        "konsultasi perdana Rp350.000. Kami tidak mencari selebritas.",
        subtopics=["par.abk"], adjacent=["par.sekolah"], city=SUMUT,
        nots=["14 September", "Rp350.000", "Kami tidak mencari selebritas"],
        traps=[T("alias", "'wilayah Sumatera Utara' = Medan, Binjai, Siantar, Deli Serdang, Tebing Tinggi"),
               T("number", "14 September, Rp350.000"),
               T("negation", "'tidak mencari selebritas' excludes nobody")]),
    # ---------------------------------------------------------------- b20 Sophie
    make_brief(P, 20, "mix",
        "Hello! Sophie again. Our foundation opens a scholarship for young women from eastern Indonesia to do an S2 "
        "in France (full tuition + €1,100/month). Deadline 30 Januari. Kami butuh creator yang biasa bahas beasiswa "
        "& kuliah di luar negeri, tips esai, IELTS, wawancara, not general motivational content. Bebas platform, "
        "bebas kota. The info session is in Makassar and online. Fee negotiable, something like 1–2 juta per "
        "creator.",
        subtopics=["edu.beasiswa"],
        nots=["S2 in France", "€1,100/month", "30 Januari", "not general motivational content",
              "Bebas platform, bebas kota", "in Makassar", "1–2 juta per creator"],
        traps=[T("place", "study in France; info session in Makassar"),
               T("foreign_currency", "€1,100/month is the stipend"),
               T("number", "30 Januari; a negotiable 1–2 juta fee is not a cap"),
               T("negation", "'not general motivational content' excludes nobody among scholarship creators"),
               T("relaxation", "Bebas platform, bebas kota")]),
    # ---------------------------------------------------------------- b21 Bu Ros
    make_brief(P, 21, "id",
        "Assalamualaikum. Anak sy yg sulung buka katering diet, menu sehari 3x makan 85rb, per kotak kurang lebih "
        "400 kalori. Dia sendiri turun 12 kilo dlm 4 bulan makan gini wkwk. Mau cari kreator yg suka bahas makanan "
        "sehat/diet, masak bekal, meal prep gitu. Minimal sepuluh ribu followers ya kak. Gk hrs di Makassar, bisa "
        "kita kirim resep & bahan. Umur followers 20-40an lebih bagus tp gk wajib.",
        subtopics=["food.mealprep"], min_f=10000,
        nots=["3x makan", "85rb", "400 kalori", "12 kilo", "4 bulan", "Gk hrs di Makassar", "20-40an"],
        traps=[T("number", "3x makan 85rb, 400 kalori, 12 kilo in 4 bulan, ages 20-40an (optional)"),
               T("spelled_number", "'Minimal sepuluh ribu followers' is real (10,000 inclusive)"),
               T("place", "'Gk hrs di Makassar': the city is explicitly not required")]),
    # ---------------------------------------------------------------- b22 Naya
    make_brief(P, 22, "mix",
        "Kak, aku lagi collab sama temen bikin running belt & hydration vest lokal, 199K sama 459K. Cari running "
        "creator yang rutin lari, ikut race, atau ngajak orang mulai lari dari 0. Harus based di Jabodetabek karena "
        "kita mau ikutin mereka ke event lari di GBK sama BSD bulan Oktober. Followers min 5K ya. Produksi jahitnya "
        "masih di Bandung btw, jadi aku bolak-balik haha.",
        subtopics=["fit.lari"], city=JABODETABEK, min_f=5000,
        nots=["199K", "459K", "GBK sama BSD", "bulan Oktober", "di Bandung"],
        traps=[T("number", "199K, 459K"),
               T("alias", "'Jabodetabek' = Jakarta, Bogor, Depok, Tangerang, Tangsel, Bekasi"),
               T("place", "events at GBK and BSD; sewing in Bandung"),
               T("spelled_number", "'Followers min 5K' is real")]),
    # ---------------------------------------------------------------- b23 Ibu Sri (audience, content restricted)
    make_brief(P, 23, "id",
        "Dengan hormat, RSIA Permata Deli akan meluncurkan Kelas Persiapan Persalinan (6 pertemuan, Rp750.000) "
        "untuk ibu hamil trimester kedua dan ketiga. Kami membutuhkan kreator yang pengikutnya banyak ibu hamil. "
        "Mohon diperhatikan, konten kreator harus bertema olahraga ibu atau pola makan sehat; kami tidak bekerja "
        "sama dengan kreator kecantikan maupun fashion. Kelas diselenggarakan secara daring melalui Zoom sehingga "
        "domisili kreator bebas. Platform dan jumlah pengikut tidak kami batasi.",
        kind="audience", audience=["ibu_hamil"], subtopics=["fit.mamaworkout", "food.mealprep"],
        nots=["6 pertemuan", "Rp750.000", "trimester kedua dan ketiga", "melalui Zoom", "domisili kreator bebas",
              "Platform dan jumlah pengikut tidak kami batasi"],
        traps=[T("number", "6 pertemuan, Rp750.000 (class price), trimester"),
               T("negation", "real content restriction: exercise or healthy eating, not beauty or fashion"),
               T("lookalike", "'melalui Zoom' is not a platform"),
               T("relaxation", "domisili, platform and size free")]),
    # ---------------------------------------------------------------- b24 Sophie
    make_brief(P, 24, "mix",
        "Hi! We also make a plant-based cleaning concentrate: 1 botol 250 ml jadi 5 liter cairan pel, Rp 49.000. "
        "Looking for cleaning & beberes creators (tips bersih-bersih rumah, stain removal, declutter), nano or micro "
        "only, maksimal 50K followers, because we've seen they convert better. Kota dan platform bebas. Please no "
        "'aesthetic' home decor accounts, we want people who actually scrub.",
        subtopics=["home.bersih"], max_f=50000,
        nots=["250 ml", "5 liter", "Rp 49.000", "Kota dan platform bebas", "no 'aesthetic' home decor accounts"],
        traps=[T("number", "250 ml, 5 liter, Rp 49.000"),
               T("spelled_number", "'maksimal 50K followers' is real (50,000 inclusive)"),
               T("relaxation", "Kota dan platform bebas"),
               T("negation", "no aesthetic decor accounts; excludes nobody among cleaning creators")]),
    # ---------------------------------------------------------------- b25 Bu Ros
    make_brief(P, 25, "id",
        "Kak, tetangga sy ternak ikan cupang sm louhan di belakang rumah, mau mulai jual online. Cari kreator ikan "
        "hias, yg ngerti ternak ikan, bkn yg akuarium tanaman2 (aquascape). Maunya di tiktok aja kak krn pembelinya "
        "anak2 muda di tiktok semua, IG gk usah. Harga cupang 25rb-150rb/ekor, louhan 300rb ke atas. Followers brp "
        "aja gpp, kota jg bebas.",
        subtopics=["pets.ikanhias"], platform=["tiktok"],
        nots=["bkn yg akuarium tanaman2", "25rb-150rb", "300rb", "Followers brp aja gpp", "kota jg bebas"],
        traps=[T("negation", "'bkn yg akuarium tanaman2 (aquascape)' excludes nobody; real: 'IG gk usah'"),
               T("number", "25rb-150rb per fish, 300rb"),
               T("relaxation", "Followers brp aja gpp, kota jg bebas")]),
    # ---------------------------------------------------------------- b26 Naya
    make_brief(P, 26, "id",
        "Halo kak, aku jual aksesoris gaming HP: finger sleeve, kipas pendingin HP magnet 99rb, sama tripod buat "
        "live. Cari kreator game mobile yang main MLBB, Free Fire, PUBG gitu, beneran main, bukan cuma repost "
        "highlight orang. Platform apa aja, TikTok, YouTube, IG boleh semua. Followers nggak ada minimal. Gudang di "
        "Bandung, kirim ke seluruh Indonesia.",
        subtopics=["game.mobile"],
        nots=["99rb", "bukan cuma repost highlight orang", "Platform apa aja", "Followers nggak ada minimal",
              "Gudang di Bandung"],
        traps=[T("number", "99rb"),
               T("negation", "no repost accounts; excludes nobody"),
               T("relaxation", "Platform apa aja; no follower minimum"),
               T("place", "warehouse in Bandung")]),
    # ---------------------------------------------------------------- b27 Ibu Sri
    make_brief(P, 27, "id",
        "Dengan hormat, PT Griya Deli Lestari, pengembang perumahan bersubsidi, sedang memasarkan Perumahan Griya "
        "Asri Tahap 3 (tipe 36/72, DP 1%, angsuran mulai Rp1.150.000 per bulan). Kami membutuhkan kreator yang "
        "membahas pembelian rumah pertama, KPR, atau pengecekan perumahan. Pengikut kreator minimal 20.000 akun. "
        "Domisili dan platform bebas. Lokasi perumahan berada di Kecamatan Percut Sei Tuan, Deli Serdang.",
        subtopics=["fin.properti"], min_f=20000,
        nots=["tipe 36/72", "DP 1%", "Rp1.150.000", "Domisili dan platform bebas", "Percut Sei Tuan, Deli Serdang"],
        traps=[T("number", "tipe 36/72, DP 1%, Rp1.150.000 per month"),
               T("relaxation", "Domisili dan platform bebas"),
               T("place", "the estate is in Deli Serdang (a canonical city) but that is not a constraint")]),
    # ---------------------------------------------------------------- b28 Sophie
    make_brief(P, 28, "en",
        "Hi! We're starting a refurbished-phone programme: used Android phones repaired in our workshop in Depok, "
        "6-month warranty, from IDR 1.2 million, to cut e-waste. Looking for phone reviewers: budget phones, "
        "second-hand phones, how to check a used phone. Budget is tight, max IDR 1 million per post. Any platform, "
        "any city. Please not unboxing-only channels that review a new flagship every week.",
        subtopics=["tech.hp"], max_rate=1000000,
        nots=["in Depok", "6-month warranty", "IDR 1.2 million", "Any platform, any city",
              "not unboxing-only channels"],
        traps=[T("place", "workshop in Depok"),
               T("number", "6-month warranty"),
               T("lookalike", "'from IDR 1.2 million' is the phone price; the cap is IDR 1 million"),
               T("relaxation", "Any platform, any city"),
               T("negation", "no unboxing-only channels; excludes nobody authentic")]),
    # ---------------------------------------------------------------- b29 Bu Ros
    make_brief(P, 29, "id",
        "Kak sy mau bantu adik ipar, dia instruktur senam, buka kelas senam online utk ibu2 via zoom, 4x seminggu, "
        "150rb sebulan. Cari kreator yg konten olahraga di rumah utk ibu2, yg abis lahiran atau yg sibuk ngurus "
        "anak. Jgn yg atlet atau binaragawan ya kak wkwk. Mau berapa followersnya, di kota mana, platform apa gk "
        "masalah, yg penting ibu2 yg nonton percaya.",
        subtopics=["fit.mamaworkout"],
        nots=["via zoom", "4x seminggu", "150rb sebulan", "Jgn yg atlet atau binaragawan", "gk masalah"],
        traps=[T("lookalike", "'via zoom' is not a platform"),
               T("number", "4x seminggu, 150rb sebulan"),
               T("negation", "no athletes/bodybuilders; none in the pool"),
               T("relaxation", "followers, city and platform gk masalah")]),
    # ---------------------------------------------------------------- b30 Naya
    make_brief(P, 30, "mix",
        "Hi kak! Temen aku founder startup pocket WiFi & eSIM buat traveling ke Jepang dan Korea, paket 10 hari "
        "1GB/day cuma 180K. Dia minta tolong aku cariin travel creator yang spesialis trip hemat ke Jepang atau "
        "Korea, itinerary, visa, gitu-gitu, bukan luxury travel. Jujurly yang penting creator-nya ngonten buat orang "
        "Indonesia yang mau berangkat dari sini, jadi based di Indo ya. Platform & followers bebas.",
        subtopics=["travel.jepang"],
        nots=["10 hari", "1GB/day", "180K", "bukan luxury travel", "Platform & followers bebas"],
        traps=[T("number", "10 hari, 1GB/day, 180K"),
               T("place", "Jepang and Korea are destinations, not where creators live"),
               T("negation", "'bukan luxury travel' excludes nobody; 'based di Indo' is the market (ID)"),
               T("relaxation", "Platform & followers bebas")]),
    # ---------------------------------------------------------------- b31 Ibu Sri (audience)
    make_brief(P, 31, "id",
        "Dengan hormat, BPR Syariah Amanah Deli memiliki program pembiayaan sepeda motor syariah khusus mitra "
        "pengemudi ojek daring, dengan angsuran mulai Rp27.000 per hari dan tenor 24 bulan. Kami mencari kreator yang "
        "pengikutnya banyak pengemudi ojol. Tema konten tidak dibatasi. Kreator wajib berdomisili di Kota Medan, "
        "tidak termasuk Deli Serdang atau Binjai, karena akan mengikuti acara kopdar mitra di kantor kami. Platform "
        "bebas.",
        kind="audience", audience=["pengemudi_ojol"], city=["Medan"],
        nots=["Rp27.000 per hari", "24 bulan", "Tema konten tidak dibatasi", "Platform bebas"],
        traps=[T("number", "Rp27.000 per hari, 24 bulan"),
               T("relaxation", "Tema konten tidak dibatasi; Platform bebas"),
               T("negation", "real: 'tidak termasuk Deli Serdang atau Binjai' (Medan city only)")]),
    # ---------------------------------------------------------------- b32 Sophie
    make_brief(P, 32, "mix",
        "Hi, last one from me. Our partner makes roof tiles and paving blocks from recycled plastic (1 m² uses about "
        "2 kg sachet waste, Rp 85.000/m²). Kami cari creator yang bahas bangun atau renovasi rumah, tukang, "
        "material, RAB, not interior styling accounts. Platform, kota, followers: all free. The factory is in Gresik "
        "and they ship to Jawa, Bali, Sulawesi.",
        subtopics=["home.renovasi"],
        nots=["1 m²", "2 kg", "Rp 85.000/m²", "not interior styling accounts", "Platform, kota, followers: all free",
              "in Gresik", "Jawa, Bali, Sulawesi"],
        traps=[T("number", "1 m², 2 kg, Rp 85.000/m²"),
               T("negation", "no interior styling accounts; excludes nobody"),
               T("relaxation", "Platform, kota, followers: all free"),
               T("place", "factory in Gresik; shipping area Jawa, Bali, Sulawesi")]),
]

assert [b["id"] for b, _ in BRIEFS] == [f"{P}-b{n:02d}" for n in range(1, 33)]
assert REGIONS  # imported for readers of this file
