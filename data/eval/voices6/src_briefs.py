"""Briefs of the voices6 set (hand-written): four new people, 8 briefs each, voice = (n - 1) mod 4 + 1.

1 Ms. Ratna Hadiwijaya - brand manager, Indonesian OTC-health/pharma company; corporate English, marketing jargon.
2 Wei Ling           - Singapore-based D2C founder selling into Indonesia; Singlish-tinged English, SGD and IDR.
3 Dimas              - strategist at a Jakarta agency; briefs as mini-decks, Indonesian creeping in.
4 Jake               - Australian expat with a surf-and-yoga camp and a cafe in Bali; casual Aussie English.
"""
from src_common import T, make_brief, region

P = "vo6"


def B(n, lang, text, **kw):
    return make_brief(P, n, lang, text, **kw)


BRIEFS = [
    # ------------------------------------------------------------------ 1 Ratna
    B(1, "en",
      "Hi Jodoh team, Ratna here, Brand Manager at PT Sehat Sentosa Farma. We are launching 'Rontoq-Stop', an OTC "
      "anti hair-fall tonic (caffeine 1.5% + ginseng extract, 60 ml, RSP Rp 89.000), and need KOLs for the awareness "
      "phase. Creator requirements: Instagram only, follower range 10-50K. Content pillar: people who share their own "
      "hair-loss and scalp-care routine with real before/after, not hairstyling tutorials. Target audience: females "
      "25–34, SES B–A, urban. Deliverables: 1 feed + 3 stories per KOL. KPI: ER ≥ 3% would be nice, but it is not a "
      "hard requirement. Campaign period: 1–31 March. Product will be shipped from our DC in Cikarang. Thank you.",
      subtopics=["beauty.rambut"], platform=["instagram"], min_f=10000, max_f=50000,
      nots=["caffeine 1.5%", "60 ml", "Rp 89.000", "not hairstyling tutorials", "females 25–34", "SES B–A",
            "1 feed + 3 stories", "ER ≥ 3%", "1–31 March", "DC in Cikarang"],
      traps=[T("number", "ingredient %, size, RSP, ages, SES, deliverables, dates"),
             T("number", "ER ≥ 3% explicitly nice-to-have, not a constraint"),
             T("negation", "not hairstyling tutorials: restricts content inside hair care, no creator field"),
             T("place", "the distribution centre in Cikarang is not the creator's location"),
             T("spelled_number", "real: '10-50K' = 10,000-50,000 followers")]),
    B(2, "en",
      "Hello! Wei Ling here, I run a small coffee gear brand from Singapore, we ship to Indo since last year. "
      "Launching our compact flat-burr grinder (SGD 189, around IDR 2.2 mil) for people who pull espresso at home. "
      "Looking for creators who actually make espresso on their own machine at home lah, not cafe hoppers. Budget wise "
      "can pay max SGD 100 per post, roughly 1.2 juta rupiah. Any platform can, any city in Indo also can. We ship "
      "from our warehouse in Jurong, takes about 5 days. Can or not?",
      subtopics=["coffee.espresso"], max_rate=1_200_000,
      nots=["SGD 189", "IDR 2.2 mil", "not cafe hoppers", "Any platform can, any city in Indo also can",
            "warehouse in Jurong", "5 days"],
      traps=[T("number", "product price in SGD and IDR, shipping days"),
             T("negation", "not cafe hoppers"),
             T("relaxation", "any platform, any city in Indo"),
             T("place", "Jurong warehouse (Singapore) is not the creator's location"),
             T("foreign_currency", "real: max SGD 100 per post ≈ Rp 1.2 juta (the brief gives the IDR value)")]),
    B(3, "mix",
      "Background: Klien kami, brand oli motor matic 'GasPol Matic 0.8L', mau edukasi pentingnya servis rutin.\n"
      "Objective: awareness + trial, 3.000 redeem voucher ganti oli.\n"
      "Target Audience: pengendara motor harian 18–35, SES C–B.\n"
      "Creator Persona: creator yang ngerjain servis motornya sendiri — ganti oli, bersihin CVT, tune up — bukan "
      "modifikasi/balap.\n"
      "Mandatories: TikTok atau YouTube aja, NO Instagram (IG sudah di-cover tim in-house). Kota & followers bebas.\n"
      "Budget: Rp 60 juta total, dibagi sesuai tier.\n"
      "Timeline: posting minggu ke-2 Juli.",
      subtopics=["auto.servismotor"], platform=["tiktok", "youtube"],
      nots=["0.8L", "3.000 redeem voucher", "18–35", "SES C–B", "bukan modifikasi/balap", "Kota & followers bebas",
            "Rp 60 juta total", "minggu ke-2 Juli"],
      traps=[T("number", "0.8L, 3.000 vouchers, ages, SES, total budget, timeline"),
             T("negation", "bukan modifikasi/balap (content); real: NO Instagram -> TikTok/YouTube"),
             T("relaxation", "Kota & followers bebas")]),
    B(4, "en",
      "G'day! Jake here, I run a little surf-and-yoga camp in Canggu (plus a café next door). Keen to get some surf "
      "creators to come out for a session and post about our learn-to-surf week (7 nights, IDR 9.5 mil, or about "
      "950 AUD). Ideally they live in Canggu, easier for everyone. If there's no one in Canggu then anyone living on "
      "Bali is fine, mate. Heaps of our guests fly in from Perth and Melbourne, but the creator needs to be here. "
      "Boards and rashies supplied. Size doesn't matter, no min followers.",
      subtopics=["out.surf"], city=["Badung"], city_fallback=region("BALI"),
      nots=["surf-and-yoga camp in Canggu", "7 nights", "IDR 9.5 mil", "950 AUD", "Perth and Melbourne",
            "Size doesn't matter, no min followers"],
      traps=[T("alias", "Canggu = Badung regency; 'anyone living on Bali' = fallback to the Bali cities"),
             T("place", "the camp's own location (Canggu) is stated before the creator requirement; guests' cities"),
             T("number", "nights, price in IDR and AUD"),
             T("relaxation", "no minimum followers")]),
    B(5, "en",
      "Good afternoon. Brief for our eye-care line 'Mata Segar' — lubricating eye drops (10 ml, Rp 38.500) for people "
      "who stare at laptops all day. Objective: awareness among office workers. We are looking for KOLs whose "
      "followers are mainly office employees and young professionals; the content category itself is open "
      "(lifestyle, finance, fitness, food – anything that audience watches after work). Creators must be based in "
      "Greater Jakarta, since we will invite them to a screen-time workshop. No doctors please – our medical KOLs are "
      "covered. Target audience: 22–35, SES B. Our launch event is in Nusa Dua, Bali, but travel is not required. "
      "Budget: Rp 150 juta for the whole activation.",
      kind="audience", audience=["pekerja_kantoran"], subtopics=None, niches=None, city=region("JABODETABEK"),
      nots=["10 ml", "Rp 38.500", "the content category itself is open", "No doctors please", "22–35", "SES B",
            "Nusa Dua, Bali", "Rp 150 juta for the whole activation"],
      traps=[T("alias", "Greater Jakarta = Jabodetabek"),
             T("number", "size, price, ages, SES, total budget"),
             T("relaxation", "content category open"),
             T("negation", "No doctors please (no creator field; none in the pool)"),
             T("place", "launch event in Nusa Dua, Bali")]),
    B(6, "en",
      "hi hi, my brand does shampoo & body wash in refill pouches, and we partner with refill stations in Indo so "
      "people can top up with their own bottle. 1L pouch is IDR 79k (SGD 6.50). Want creators who live the "
      "bring-your-own-container, refill, less plastic kind of lifestyle. TikTok only this round ya, our IG one is next "
      "quarter. Follower size don't care, city also don't care. Not those DIY-soap-making accounts hor. Pouches come "
      "from our factory in Johor Bahru.",
      subtopics=["sust.refill"], platform=["tiktok"],
      nots=["1L pouch", "IDR 79k", "SGD 6.50", "our IG one is next quarter", "Follower size don't care, city also don't care",
            "Not those DIY-soap-making accounts", "factory in Johor Bahru"],
      traps=[T("number", "pouch size and price"),
             T("lookalike", "'our IG one is next quarter' mentions Instagram but the platform is TikTok"),
             T("relaxation", "followers and city open"),
             T("negation", "not DIY soap makers"),
             T("place", "factory in Johor Bahru")]),
    B(7, "en",
      "Background: EdTech client 'KodeKecil' runs live online coding classes for kids aged 7–12 (Rp 349k/month, "
      "8 sessions).\nObjective: drive trial-class sign-ups, target 1,200 leads.\nTarget Audience: parents of "
      "primary-school kids, SES B–A.\nCreator Persona: people who teach children to code — Scratch, robotics, coding "
      "projects with kids. Not general parenting or 'tech reviewer' creators.\nMandatories: none on platform, city or "
      "size.\nBudget: IDR 45M total.\nTimeline: school holiday, late June.",
      subtopics=["edu.coding"],
      nots=["aged 7–12", "Rp 349k/month", "8 sessions", "1,200 leads", "SES B–A",
            "Not general parenting or 'tech reviewer' creators", "none on platform, city or size", "IDR 45M total",
            "late June"],
      traps=[T("number", "ages, price, sessions, leads, SES, total budget, timeline"),
             T("negation", "not general parenting / tech reviewers"),
             T("relaxation", "no mandatories on platform, city or size")]),
    B(8, "en",
      "Hey Jodoh, Jake again. Running a 5-day yoga & pilates retreat up in the hills near Bedugul next month — "
      "12 spots, 14 mil rupiah twin share. After creators who teach or properly practise yoga or pilates (mat, "
      "reformer, whatever) to post about it. Instagram only mate, the retreat crowd lives on IG. Don't care where "
      "they're based, we cover flights within Indo. Not after gym bros or CrossFit types. Cheers.",
      subtopics=["fit.yoga"], platform=["instagram"],
      nots=["5-day", "near Bedugul", "12 spots", "14 mil rupiah twin share", "Don't care where they're based",
            "flights within Indo", "Not after gym bros or CrossFit types"],
      traps=[T("number", "days, spots, retreat price"),
             T("place", "retreat near Bedugul"),
             T("relaxation", "any location"),
             T("negation", "not gym bros / CrossFit")]),

    # ------------------------------------------------------------------ round 2
    B(9, "mix",
      "Dear Jodoh, untuk brand multivitamin anak kami, 'Tumbuh Ceria' sirup (rasa jeruk, 60 ml, untuk usia 1–5 "
      "tahun, 1 sendok takar 5 ml per hari), kami cari KOL yang kontennya ide bermain dan kegiatan sehari-hari bersama "
      "balita di rumah — sensory play, craft, main di luar. Objective: consideration among moms of toddlers. Fee "
      "maksimal Rp 1.500.000 per KOL per konten (net, sudah termasuk usage rights 3 bulan). Kota dan platform bebas. "
      "Please avoid medical claims; tidak perlu dokter anak. Deliverables: 1 Reels/TikTok + 2 stories. Produk "
      "diproduksi di pabrik kami di Pasuruan.",
      subtopics=["par.balita"], adjacent=["par.ayah"], max_rate=1_500_000,
      nots=["60 ml", "usia 1–5 tahun", "5 ml per hari", "usage rights 3 bulan", "Kota dan platform bebas",
            "tidak perlu dokter anak", "1 Reels/TikTok + 2 stories", "pabrik kami di Pasuruan"],
      traps=[T("number", "size, ages, dosage, usage period"),
             T("relaxation", "city and platform open"),
             T("lookalike", "'1 Reels/TikTok' is a deliverable format, not a platform constraint"),
             T("negation", "no paediatricians (none in the pool)"),
             T("place", "factory in Pasuruan")]),
    B(10, "en",
      "Hello, we make pastel mechanical keyboards and desk mats (from SGD 89 / IDR 1,049,000), now selling in Indo via "
      "Shopee and Tokopedia. Looking for creators who play those chill farming or life-sim games on PC and have the "
      "cozy desk setup vibe. Not the competitive FPS / MOBA push-rank crowd lah. Platform any, size any, based "
      "anywhere in Indo can. Would send 2 units per creator, 65% layout and 75% layout.",
      subtopics=["game.cozy"],
      nots=["SGD 89", "IDR 1,049,000", "Shopee and Tokopedia", "Not the competitive FPS / MOBA push-rank crowd",
            "Platform any, size any, based anywhere in Indo", "2 units", "65% layout and 75% layout"],
      traps=[T("number", "prices, units, keyboard layouts (65%/75%)"),
             T("negation", "not competitive FPS/MOBA"),
             T("relaxation", "platform, size, city open")]),
    B(11, "mix",
      "Background: Brand jas hujan ponco & cover shoes 'Teduh', harga Rp 129.000, mau masuk musim hujan.\n"
      "Objective: awareness di kalangan pemotor harian.\n"
      "Target Audience: komuter naik motor, 20–40 tahun, yang tiap hari kehujanan di jalan.\n"
      "Creator Persona: kontennya bebas — kuliner, keuangan, otomotif, apa aja — yang penting followers-nya memang "
      "orang yang tiap hari commute naik motor.\n"
      "Mandatories: TikTok only; maksimal 30K followers (kami cari nano-micro yang relatable).\n"
      "Budget: Rp 25 juta total.\n"
      "Timeline: Oktober–November.",
      kind="audience", audience=["komuter"], subtopics=None, niches=None, platform=["tiktok"], max_f=30000,
      nots=["Rp 129.000", "20–40 tahun", "kontennya bebas", "Rp 25 juta total", "Oktober–November"],
      traps=[T("number", "price, ages, total budget, months"),
             T("relaxation", "any content"),
             T("spelled_number", "real: maksimal 30K followers")]),
    B(12, "en",
      "Righto — my café in Pererenan is turning the back room into a co-working space (day pass 150k, monthly 2.2 mil, "
      "fast fibre, bottomless long blacks lol). Want creators whose followers are expats, bule who live here and "
      "digital nomads — content can be anything, surf, food, yoga, whatever. Has to be Bali-based though, no point "
      "getting someone in Jakarta. Not tourists-on-a-week-holiday accounts. Any platform. Reckon 4 or 5 creators "
      "would be heaps.",
      kind="audience", audience=["ekspat", "digital_nomad"], subtopics=None, niches=None, city=region("BALI"),
      nots=["my café in Pererenan", "day pass 150k", "monthly 2.2 mil", "content can be anything",
            "no point getting someone in Jakarta", "Not tourists-on-a-week-holiday accounts", "Any platform",
            "4 or 5 creators"],
      traps=[T("place", "the café's village (Pererenan, Badung) is not the creator requirement; Jakarta negated"),
             T("alias", "Bali-based = all Bali cities"),
             T("number", "prices, number of creators"),
             T("relaxation", "any content, any platform"),
             T("negation", "not short-holiday tourists")]),
    B(13, "en",
      "Brief: 'Otot Lega' pain-relief patch (menthol + methyl salicylate, 7 x 10 cm, box of 5 at Rp 27.000). We want "
      "to reach people who train combat sports and martial arts — silat, muay thai, BJJ, boxing — and deal with "
      "bruises and sore muscles after sparring. This is NOT for yoga or pilates audiences. Creator requirement: at "
      "least twenty thousand followers, as the objective is reach. Any platform, any city. Nice to have: ER ≥ 3%. "
      "Target audience: males 20–35, SES B–C. Timeline: content live in the second week of May.",
      subtopics=["fit.beladiri"], min_f=20000,
      nots=["7 x 10 cm", "box of 5", "Rp 27.000", "NOT for yoga or pilates audiences", "Any platform, any city",
            "Nice to have: ER ≥ 3%", "males 20–35", "SES B–C", "second week of May"],
      traps=[T("spelled_number", "real: at least twenty thousand followers"),
             T("number", "patch size, pack, price, ER nice-to-have, ages, SES, date"),
             T("negation", "not yoga/pilates (the competing fitness subtopic)"),
             T("relaxation", "any platform, any city")]),
    B(14, "en",
      "Quite a different one this time. We're launching a 'taste of home' snack box for Indonesians living overseas — "
      "indomie flavours, sambal, kerupuk, SGD 35 per box, shipping to Singapore, Malaysia, Japan and Australia first. "
      "So I need creators whose followers are Indos abroad lah — students, nurses, people working overseas. Content "
      "can be about anything, food, travel, money, daily life. The creators themselves can be in Indo or overseas, "
      "both ok. No minimum followers. Packing is done in Batam.",
      kind="audience", audience=["diaspora"], subtopics=None, niches=None, market=None,
      nots=["SGD 35 per box", "Singapore, Malaysia, Japan and Australia", "Content can be about anything",
            "can be in Indo or overseas, both ok", "No minimum followers", "Packing is done in Batam"],
      traps=[T("number", "box price"),
             T("place", "shipping countries and the packing town are not creator locations"),
             T("relaxation", "any content; creator location (and market) open; no minimum followers")]),
    B(15, "mix",
      "Background: Aplikasi budgeting 'Dompetin' (gratis, premium Rp 25rb/bulan) mau naikin download di kalangan first "
      "jobber.\nObjective: 50K downloads dalam 2 bulan.\nTarget Audience: karyawan gaji UMR–Rp 8 juta, mahasiswa "
      "tingkat akhir.\nCreator Persona: creator yang bahas ngatur gaji, amplop/budgeting, hidup hemat — bukan crypto, "
      "saham, atau 'passive income' guru.\nMandatories: tidak ada syarat platform/kota/followers.\nBudget: Rp 40 juta."
      "\nTimeline: Agustus.",
      subtopics=["fin.hemat"],
      nots=["Rp 25rb/bulan", "50K downloads", "2 bulan", "UMR–Rp 8 juta",
            "bukan crypto, saham, atau 'passive income' guru", "tidak ada syarat platform/kota/followers",
            "Budget: Rp 40 juta", "Agustus"],
      traps=[T("number", "'50K downloads' looks like a follower count; salary range; total budget"),
             T("negation", "bukan crypto: a crypto-SKEPTIC budgeting creator (anti.fomo.crypto) still fits"),
             T("relaxation", "no platform/city/follower requirement")]),
    B(16, "en",
      "Mate, we're relaunching the café menu fully plant-based — tempeh bacon, jackfruit rendang toastie, cashew "
      "cheese, brekkie bowls around 65–85k. Keen on creators who cook vegan / plant-based food themselves, not just "
      "foodies who review cafés. Anywhere in Indo is sweet, platform doesn't matter, and I don't care about follower "
      "counts. Café's on Jalan Batu Mejan if anyone wants to pop in, but no need.",
      subtopics=["food.vegan"],
      nots=["65–85k", "not just foodies who review cafés", "Anywhere in Indo is sweet", "platform doesn't matter",
            "I don't care about follower counts", "Jalan Batu Mejan"],
      traps=[T("number", "menu prices"),
             T("negation", "not café reviewers (street-food hunters are the competing food subtopic)"),
             T("relaxation", "city, platform, followers open"),
             T("place", "the café's street")]),

    # ------------------------------------------------------------------ round 3
    B(17, "en",
      "Hello. Our travel-health kit 'JalanAman' (motion-sickness tablets 50 mg, ORS sachets, plasters, insect "
      "repellent; RSP Rp 65.000) is positioned for women who travel alone on a budget. We are looking for KOLs who "
      "document backpacking solo as a woman — cheap routes, hostels, safety tips — not luxury hotel content. Suggested "
      "hero destinations are Labuan Bajo and Sumba, but creators can be based anywhere and post on any platform. "
      "Target audience: females 21–30, SES B. KPI: 500K impressions for the campaign. Do's: show the kit in the bag. "
      "Don'ts: no medical claims.",
      subtopics=["travel.solo"],
      nots=["50 mg", "Rp 65.000", "not luxury hotel content", "Labuan Bajo and Sumba",
            "creators can be based anywhere and post on any platform", "females 21–30", "SES B",
            "500K impressions"],
      traps=[T("number", "dosage, RSP, ages, SES, impressions KPI"),
             T("negation", "not luxury hotels (the competing travel subtopic)"),
             T("place", "destinations Labuan Bajo and Sumba (Labuan Bajo is also a canonical city here)"),
             T("relaxation", "based anywhere, any platform")]),
    B(18, "en",
      "Hi Jodoh, brand is selling WiFi smart plugs and bulbs (starter kit SGD 45 ≈ IDR 530k) into Indo, works with "
      "Google Home & Alexa. Want creators who automate their house or kos room — lights on schedule, cameras, sensors, "
      "that kind. IG preferred but open, TikTok and YouTube also ok. Follower count not important, rather they really "
      "know their stuff. Not phone reviewers pls, we tried before, quite cmi. Our distributor is in Medan but "
      "creators anywhere.",
      subtopics=["tech.smarthome"],
      nots=["SGD 45", "IDR 530k", "Google Home & Alexa", "IG preferred but open", "Follower count not important",
            "Not phone reviewers", "distributor is in Medan", "creators anywhere"],
      traps=[T("number", "kit price"),
             T("relaxation", "IG preferred but open; followers not important; any city"),
             T("negation", "not phone reviewers"),
             T("place", "distributor in Medan")]),
    B(19, "en",
      "Background: a local guitar-string brand (phosphor bronze, gauge 11–52, Rp 85k per set) wants to grow among "
      "players.\nObjective: consideration; 'restring with us' challenge.\nTarget Audience: guitar players 15–40.\n"
      "Creator Persona: acoustic guitar players who post covers, fingerstyle arrangements or chord lessons. Not K-pop "
      "dance covers, not DJs or producers.\nMandatories: none — platform agnostic, any city, any size.\nBudget: about "
      "Rp 1–1.5 jt per creator, negotiable.\nTimeline: 3 weeks from brief approval.",
      subtopics=["music.gitar"],
      nots=["gauge 11–52", "Rp 85k per set", "15–40", "Not K-pop dance covers, not DJs or producers",
            "platform agnostic, any city, any size", "Rp 1–1.5 jt per creator, negotiable", "3 weeks"],
      traps=[T("number", "string gauge, price, ages, timeline"),
             T("number", "flexible fee 'Rp 1–1.5 jt per creator, negotiable' is not a cap"),
             T("lookalike", "'covers' also in K-pop dance covers"),
             T("negation", "not K-pop dancers, DJs, producers"),
             T("relaxation", "platform agnostic, any city, any size")]),
    B(20, "en",
      "Starting evening warung crawls for bule — 5 stops, night market, babi guling, lak-lak, 350k a head incl. the "
      "scooter ride. Looking for locals who hunt street food and cheap eats — kaki lima, warung, pasar senggol — and "
      "can show people where the good stuff is. Gotta be living on Bali, mate. Not fine dining or café-hopping "
      "accounts. Any platform, any size. Tours start from our café in Canggu at 6 in the arvo.",
      subtopics=["food.jajanan"], city=region("BALI"),
      nots=["5 stops", "350k a head", "Not fine dining or café-hopping accounts", "Any platform, any size",
            "our café in Canggu", "6 in the arvo"],
      traps=[T("alias", "living on Bali = all Bali cities"),
             T("place", "tours start from the café in Canggu: not a Canggu-only requirement"),
             T("number", "stops, price, time"),
             T("negation", "not fine dining / café hopping"),
             T("relaxation", "any platform, any size")]),
    B(21, "mix",
      "Dear team, kami akan launching line kosmetik 'Ayu Halal' — lip & cheek tint bersertifikat halal MUI, 8 shades, "
      "harga Rp 49.000. Kami cari beauty KOL muslimah yang kontennya makeup halal / ramah wudhu. Lokasi: "
      "Surabaya-based, karena ada offline activation di mall Surabaya tanggal 14 Juni. Kalau tidak ada creator di "
      "Surabaya, boleh dari kota lain di Jawa Timur. Not K-beauty glass-skin content please. Target audience: females "
      "18–30, SES B–C. Deliverables: 1 Reels + 1 TikTok. Pabrik kami di Sidoarjo, gudang di Jakarta.",
      subtopics=["beauty.halal"], city=["Surabaya"], city_fallback=region("JATIM"),
      nots=["8 shades", "Rp 49.000", "tanggal 14 Juni", "Not K-beauty glass-skin content", "females 18–30",
            "SES B–C", "1 Reels + 1 TikTok", "Pabrik kami di Sidoarjo", "gudang di Jakarta"],
      traps=[T("alias", "fallback 'kota lain di Jawa Timur' = East Java cities"),
             T("number", "shades, price, date, ages, SES"),
             T("lookalike", "'1 Reels + 1 TikTok' is a deliverable, not a platform constraint"),
             T("negation", "not K-beauty"),
             T("place", "factory in Sidoarjo and warehouse in Jakarta are not creator locations")]),
    B(22, "en",
      "Hello! Our aquarium light (full spectrum LED, 60 cm, SGD 129) is quite popular in SG already, now want to push "
      "in Indo. Looking for people who do planted tanks — aquascape, moss, carpets, CO2 all that. Not koi pond or "
      "betta breeding accounts. Creator must stay in Jakarta or Bandung because we're doing a small meetup in each "
      "city in August. Platform any. We'll courier 1 light + 1 bag of soil to each.",
      subtopics=["pets.aquascape"], city=["Bandung", "Jakarta"],
      nots=["60 cm", "SGD 129", "popular in SG already", "Not koi pond or betta breeding accounts", "in August",
            "Platform any", "1 light + 1 bag of soil"],
      traps=[T("number", "light size, price, quantities"),
             T("place", "SG is where the product sells, not a creator location"),
             T("negation", "not koi or betta breeders"),
             T("relaxation", "any platform")]),
    B(23, "mix",
      "Background: Klien kami launching 'Hijab Fresh' hair mist (100 ml, Rp 59.000), wangi tahan 8 jam, untuk rambut "
      "yang seharian tertutup hijab.\nObjective: awareness & consideration.\nTarget Audience: muslimah berhijab "
      "18–35.\nCreator Persona: yang followers-nya mayoritas hijabers, DAN kontennya beauty — makeup halal atau "
      "perawatan rambut. Bukan travel/food hijabi creator, bukan fashion hijab OOTD.\nMandatories: domisili "
      "Jabodetabek atau Bandung (ada event sampling di 2 kota itu).\nBudget: Rp 2–3 juta per creator, masih bisa "
      "nego.\nTimeline: Ramadan campaign.",
      kind="audience", audience=["hijaber"], subtopics=["beauty.halal", "beauty.rambut"],
      city=region("JABODETABEK", "Bandung"),
      nots=["100 ml", "Rp 59.000", "8 jam", "18–35", "Bukan travel/food hijabi creator, bukan fashion hijab OOTD",
            "Rp 2–3 juta per creator, masih bisa nego", "Ramadan campaign"],
      traps=[T("number", "size, price, hours, ages, flexible fee range"),
             T("negation", "restricts content in an audience brief: hijabi travel/food creators do not fit"),
             T("alias", "Jabodetabek + Bandung"),
             T("relaxation", "fee 'masih bisa nego' is not a cap")]),
    B(24, "en",
      "Mate of mine runs an action-cam and drone rental in Uluwatu — GoPro-style cams with water housings, a couple of "
      "DJI minis, 250k/day or 1.2 mil a week. He wants creators who shoot with action cams or fly drones, underwater "
      "footage, FPV, that sort of thing. He can pay up to 2 mil rupiah a post, not a cent more. Anywhere in Indo is "
      "fine. Not phone photography people. Platform's whatever.",
      subtopics=["tech.kamera"], max_rate=2_000_000,
      nots=["rental in Uluwatu", "250k/day", "1.2 mil a week", "Anywhere in Indo is fine", "Not phone photography people",
            "Platform's whatever"],
      traps=[T("place", "the rental shop in Uluwatu (Badung) is not the creator's location"),
             T("number", "rental prices"),
             T("relaxation", "any city, any platform"),
             T("negation", "not phone photographers")]),

    # ------------------------------------------------------------------ round 4
    B(25, "en",
      "Brief for 'SendiKuat' joint supplement (glucosamine 1500 mg + chondroitin, 30 tablets, Rp 145.000). Objective: "
      "awareness among seniors aged 55+ and the adult children who buy for them. Any content area is fine — music, "
      "gardening, cooking, light exercise — as long as older people genuinely follow the creator. Platform: YouTube "
      "only, because our 55+ audience watches long videos there; we are not doing Facebook or TikTok this round. City "
      "is open. No doctors or pharmacists please. Deliverables: 1 integrated video (60–90 sec mention). Campaign "
      "budget: Rp 80 juta.",
      kind="audience", audience=["lansia"], subtopics=None, niches=None, platform=["youtube"],
      nots=["1500 mg", "30 tablets", "Rp 145.000", "aged 55+", "Any content area is fine", "City is open",
            "No doctors or pharmacists please", "60–90 sec", "Rp 80 juta"],
      traps=[T("number", "dosage, pack, price, '55+' age, video length, total budget"),
             T("relaxation", "any content, any city"),
             T("negation", "no doctors/pharmacists; real: not Facebook or TikTok -> YouTube only")]),
    B(26, "en",
      "Hi there, I run a consignment app for pre-loved streetwear, SG and now Indo (opening a drop-off point in Kemang "
      "next month). Commission 20%, sellers get paid in 3 days. Want creators who do thrift hauls and vintage tee "
      "hunting, pasar loak kind of thing. Not hypebeast brand-new sneaker drops ah. Any size, any platform, any city "
      "is fine as long as in Indo. Budget around IDR 1–2 juta per creator, can discuss.",
      subtopics=["street.thrift"],
      nots=["drop-off point in Kemang", "Commission 20%", "3 days", "Not hypebeast brand-new sneaker drops",
            "Any size, any platform, any city is fine", "IDR 1–2 juta per creator, can discuss"],
      traps=[T("place", "drop-off point in Kemang (Jakarta)"),
             T("number", "commission, payout days, flexible fee"),
             T("negation", "not new-sneaker hype"),
             T("relaxation", "size, platform, city open")]),
    B(27, "mix",
      "Background: Brand hook & wallpaper tanpa paku 'TempelAja' (hook Rp 15rb isi 4, wallpaper Rp 39rb/roll) mau "
      "kampanye 'kamar sewaan juga bisa cantik'.\nObjective: penjualan di e-commerce, target 10.000 pcs.\nTarget "
      "Audience: penyewa kos & apartemen, 20–32 tahun.\nCreator Persona: creator yang makeover kamar kos / unit sewaan "
      "tanpa ngebor, renter-friendly.\nMandatories: creator harus tinggal di DKI Jakarta — Bodetabek tidak masuk, "
      "karena ada shooting di studio kami di Kemang. Rate maksimal Rp 1 juta per konten.\nBudget: total Rp 15 juta."
      "\nTimeline: awal bulan depan.",
      subtopics=["home.sewa"], city=["Jakarta"], max_rate=1_000_000,
      nots=["Rp 15rb isi 4", "Rp 39rb/roll", "10.000 pcs", "20–32 tahun", "studio kami di Kemang",
            "total Rp 15 juta", "awal bulan depan"],
      traps=[T("number", "prices, target pcs, ages, total budget"),
             T("negation", "real: Bodetabek excluded -> Jakarta only"),
             T("place", "the agency's studio in Kemang (inside Jakarta, but not the reason for the constraint)")]),
    B(28, "en",
      "We're turning the empty block behind the café into a kitchen garden and selling compost kits + seedling trays "
      "(kit's 180k, trays 45k) to locals and expats. Keen on creators who grow stuff at home — balcony pots, chillies, "
      "compost, permaculture gardens — doesn't matter where in Indo. Not indoor houseplant / monstera collectors, "
      "that's a different crowd. Any platform, any follower count. We'd post the kits anywhere in Indo via JNE.",
      subtopics=["home.kebun"],
      nots=["kit's 180k", "trays 45k", "doesn't matter where in Indo", "Not indoor houseplant / monstera collectors",
            "Any platform, any follower count", "anywhere in Indo via JNE"],
      traps=[T("number", "kit and tray prices"),
             T("relaxation", "any city, platform, followers"),
             T("negation", "not houseplant collectors"),
             T("place", "shipping area")]),
    B(29, "en",
      "Hi, this is a co-branded brief with our insurance partner. We want to build awareness of our hospital cash plan "
      "(premium from Rp 99.000/month, benefit Rp 500.000/day of hospitalisation) through KOLs who explain insurance in "
      "plain language — how policies, waiting periods and claims work. Not stock or crypto investing influencers. No "
      "constraints on platform, city or follower size. Target audience: 25–40, SES B–A, working adults. KPI: "
      "CTR ≥ 1%. Our partner's head office is in Sudirman, Jakarta. Deliverables: 1 explainer + 2 stories.",
      subtopics=["fin.asuransi"],
      nots=["Rp 99.000/month", "Rp 500.000/day", "Not stock or crypto investing influencers",
            "No constraints on platform, city or follower size", "25–40", "SES B–A", "CTR ≥ 1%",
            "head office is in Sudirman, Jakarta", "1 explainer + 2 stories"],
      traps=[T("number", "premium and benefit amounts, ages, SES, CTR"),
             T("negation", "not investing influencers"),
             T("relaxation", "no platform/city/follower constraints"),
             T("place", "partner's head office in Jakarta")]),
    B(30, "en",
      "Hello, we have a booking app for luxury hotel & villa deals, launching the Indo version on 1 Sept. Room deals "
      "from IDR 1.8 juta/night, up to 40% off. Looking for creators who review 5-star hotels, private pool villas, "
      "suites, loyalty points, that kind of staycation content. Not backpacker / hostel people. Jakarta and Bali deals "
      "first but creators can be from any city. Any platform, any follower size. Quite chill one, no strict "
      "deliverables.",
      subtopics=["travel.staycation"],
      nots=["1 Sept", "IDR 1.8 juta/night", "40% off", "5-star", "Not backpacker / hostel people",
            "Jakarta and Bali deals first", "creators can be from any city", "Any platform, any follower size"],
      traps=[T("number", "date, nightly price, discount, star rating"),
             T("negation", "not backpackers (the competing travel subtopic)"),
             T("place", "Jakarta and Bali are deal locations"),
             T("relaxation", "any city, platform, follower size")]),
    B(31, "en",
      "Background: Client is a premium car-care brand launching a carnauba wax for old paint and chrome (Rp 275k / "
      "200 g).\nObjective: build credibility with enthusiasts.\nTarget Audience: men 30–60, SES A–B, classic car "
      "owners and fans.\nCreator Persona: people who restore or drive classic cars — old VWs, Mercedes, jeeps — and "
      "hunt for original parts. Not modern supercar or drift content.\nMandatories: none.\nBudget: open, depends on "
      "the creator.\nTimeline: ahead of the classic car show in Bandung, 20 Sept — creators don't need to attend.",
      subtopics=["auto.klasik"],
      nots=["Rp 275k / 200 g", "men 30–60", "SES A–B", "Not modern supercar or drift content", "Mandatories: none",
            "Budget: open", "classic car show in Bandung, 20 Sept"],
      traps=[T("number", "price/weight, ages, SES, date"),
             T("negation", "not supercar/drift"),
             T("relaxation", "no mandatories, open budget"),
             T("place", "car show in Bandung, attendance not needed")]),
    B(32, "en",
      "Last one from me this week. We're starting dad-and-kid surf lessons on Sunday mornings (kids 4+, 90 mins, 600k "
      "per pair). After dads who post about being a dad — hands-on fathers, stay-at-home dads, the daily chaos. Not "
      "mummy bloggers this time, sorry. Micro tier, say 5 to 30k followers. Anywhere in Indo, any platform. Lessons "
      "run at Batu Bolong.",
      subtopics=["par.ayah"], min_f=5000, max_f=30000,
      nots=["kids 4+", "90 mins", "600k per pair", "Not mummy bloggers", "Anywhere in Indo, any platform",
            "Batu Bolong"],
      traps=[T("number", "kids' age, lesson length, price"),
             T("negation", "not mummy bloggers: no adjacency credit for the toddler-activity moms"),
             T("spelled_number", "real: 'Micro tier, say 5 to 30k' = 5,000-30,000"),
             T("relaxation", "any city, any platform"),
             T("place", "lessons at Batu Bolong (Canggu)")]),
]
