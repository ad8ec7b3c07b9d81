"""Vocabularies for the `voices4` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
Adapted (copied, not linked) from voices/src_common.py; the subtopics, audiences and places are new.
"""

NICHES = ["beauty_skincare", "sustainable_living", "food_culinary", "parenting", "fitness_health", "travel",
          "modest_fashion", "streetwear_fashion", "tech_gadgets", "gaming", "personal_finance", "education_study",
          "pets", "home_diy", "automotive", "coffee", "music", "outdoor_adventure"]

# subtopic -> (contract niche it lives in, meaning). Pairs inside one niche compete on purpose.
SUBTOPICS = {
    "pets.ikanhias":   ("pets", "ornamental fish: betta (cupang), guppy, koi, arowana, aquascape"),
    "pets.kucing":     ("pets", "cats: rescue, cat food, grooming, everyday life with cats"),
    "food.kuebasah":   ("food_culinary", "traditional cakes / jajanan pasar: klepon, lapis, talam, laklak, kuih"),
    "food.katering":   ("food_culinary", "healthy catering and meal prep: calorie-counted boxes, office lunches"),
    "auto.touring":    ("automotive", "motorbike touring: long-distance rides, riding gear, touring clubs"),
    "auto.detailing":  ("automotive", "car detailing and car care: washing, polishing, coating"),
    "beauty.jerawat":  ("beauty_skincare", "acne care: breakouts, acne scars, acne patches, routines for acne"),
    "beauty.kuku":     ("beauty_skincare", "nail art: press-on nails, gel polish, nail salons"),
    "par.homeschool":  ("parenting", "homeschooling families: teaching kids at home, curricula"),
    "par.abk":         ("parenting", "special-needs children: autism, Down syndrome, speech delay, therapy"),
    "fit.lari":        ("fitness_health", "running: 5K to marathon training, running clubs, trail running"),
    "fit.yoga":        ("fitness_health", "yoga and pilates: mats, stretching, meditation, gentle practice"),
    "fin.utang":       ("personal_finance", "debt management: paying off pinjol, paylater, credit cards, instalments"),
    "fin.emas":        ("personal_finance", "gold and saving for workers: gold savings, small regular savings"),
    "out.diving":      ("outdoor_adventure", "scuba diving and freediving: dive spots, underwater content"),
    "edu.sd":          ("education_study", "primary-school learning: calistung, maths, homework help, SD teachers"),
    "music.indie":     ("music", "indie bands and home recording: gigs, bedroom producers, songwriting"),
    "music.gamelan":   ("music", "traditional music: gamelan, karawitan, angklung, rindik, sasando"),
    "home.rapi":       ("home_diy", "small-space organising and decluttering: tidy small homes, storage"),
    "home.tanaman":    ("home_diy", "ornamental houseplants: monstera, aglonema, orchids, pots, plant care"),
    "tech.hpfoto":     ("tech_gadgets", "smartphone photography and videography: angles, lenses, mobile editing"),
    "game.mobile":     ("gaming", "mobile esports: Mobile Legends, Free Fire, PUBG Mobile, ranked play"),
    "travel.timur":    ("travel", "backpacking Eastern Indonesia: Flores, Maluku, Papua, Sulawesi"),
    "travel.halal":    ("travel", "halal travel abroad for Muslim families: umrah plus, Japan/Korea/Turkey trips"),
    "street.thrift":   ("streetwear_fashion", "thrift and preloved clothing: bal/karungan, OOTD from thrift"),
    "coffee.seduh":    ("coffee", "home brewing: manual brew, beans, grinders, drippers"),
    "sust.zerowaste":  ("sustainable_living", "zero waste: refill stores, soap bars, compost, less plastic"),
}

AUDIENCES = {
    "ibu_rumah_tangga": "mothers at home, ibu-ibu",
    "orang_tua_muda":   "young parents",
    "mahasiswa":        "university students, anak kos",
    "remaja":           "teenagers (SMP/SMA)",
    "pekerja_kantoran": "office workers, young professionals, factory/wage workers",
    "pengemudi_ojol":   "ride-hailing / delivery riders",
    "petani":           "farmers and growers",
    "pensiunan":        "retirees, older people",
    "pelaku_umkm":      "small-business owners and people looking for a side business",
    "keluarga_muslim":  "Muslim families, hijabi women",
    "perantau":         "people living away from home: perantau, migrant workers (PMI/TKI) abroad",
    "guru":             "teachers",
}

REGIONS = {
    "JABODETABEK": ["Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"],
    "JABAR": ["Bandung", "Cimahi", "Bogor", "Depok", "Bekasi"],
    "JATENG": ["Semarang", "Solo", "Magelang"],
    "DIY": ["Yogyakarta"],
    "JATIM": ["Surabaya", "Sidoarjo", "Malang", "Kediri"],
    "BALI": ["Denpasar", "Badung", "Gianyar"],
    "SUMATRA": ["Medan", "Padang", "Pekanbaru", "Palembang"],
    "KALIMANTAN": ["Pontianak", "Balikpapan"],
    "SULAWESI": ["Makassar", "Manado", "Kendari"],
    "NUSA_TENGGARA": ["Mataram", "Kupang", "Labuan Bajo"],
    "MALUKU_PAPUA": ["Ambon", "Jayapura"],
    "ABROAD": ["Kuala Lumpur", "Singapore", "Hong Kong", "Taipei"],
}
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG"] + REGIONS["DIY"]
                  + REGIONS["JATIM"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Kuala Lumpur": "MY", "Singapore": "SG", "Hong Kong": "HK", "Taipei": "TW"}

# How creators write places -> canonical city (matched case-insensitively). A creator record keeps the
# written form; grading maps it through this table. Canonical names map to themselves.
CITY_ALIASES = {
    "sby": "Surabaya", "surabaya, jawa timur": "Surabaya", "surbaya": "Surabaya",
    "sda": "Sidoarjo", "mlg": "Malang",
    "jkt": "Jakarta", "dki jakarta": "Jakarta", "jakarta selatan": "Jakarta", "jaksel": "Jakarta",
    "jakarta timur": "Jakarta", "jakarta pusat": "Jakarta", "jakarta utara": "Jakarta", "jakarta barat": "Jakarta",
    "tangsel": "Tangerang Selatan",
    "bdg": "Bandung", "bandung, jawa barat": "Bandung",
    "jogja": "Yogyakarta", "jogjakarta": "Yogyakarta", "sleman, yogyakarta": "Yogyakarta",
    "smg": "Semarang", "surakarta": "Solo",
    "dps": "Denpasar", "canggu, bali": "Badung", "ubud, bali": "Gianyar",
    "mdn": "Medan", "pdg": "Padang", "pku": "Pekanbaru", "plg": "Palembang",
    "mks": "Makassar", "makassar, sulsel": "Makassar",
    "kl": "Kuala Lumpur", "sg": "Singapore",
}
_CANON = {c.lower(): c for c in ALL_CITIES}


def canon_city(written):
    """Canonical city of a written place (None stays None; unknown spellings stay as written)."""
    if written is None:
        return None
    k = written.strip().lower()
    return CITY_ALIASES.get(k) or _CANON.get(k) or written


def known_city(written):
    return canon_city(written) in ALL_CITIES


def region(*names):
    """Expand region names and/or city names to a sorted list of canonical cities."""
    out = set()
    for n in names:
        if n in REGIONS:
            out.update(REGIONS[n])
        elif n == "JAVA":
            out.update(JAVA)
        else:
            out.add(canon_city(n))
    return sorted(out)


def C(sub, handle, platform, city, followers, audience, name, bio, community, niches=None, lang=None,
      rate="auto", susp=None, edge=None, subs=None, contact="handle", country="auto"):
    """One hand-written creator. city: as the creator writes it (alias allowed) or None (unknown).
    susp: None | bought_followers | follower_jump | pod | bought_views.  edge: None | viral | growth | high_er."""
    assert sub in SUBTOPICS, sub
    for a in audience:
        assert a in AUDIENCES, a
    return {"sub": sub, "subs": [sub] + list(subs or []), "handle": handle, "platform": platform, "city": city,
            "followers": followers, "audience": list(audience), "name": name, "bio": bio, "community": community,
            "niches": niches or [SUBTOPICS[sub][0]], "lang": lang or ["id"], "rate": rate, "susp": susp,
            "edge": edge, "contact": contact, "country": country}


def T(kind, note):
    """One trap of a brief: its kind and what it is."""
    return {"kind": kind, "note": note}


def make_brief(prefix, n, lang, text, kind="topic", subtopics=None, adjacent=(), audience=None,
               audience_required=False, niches="auto", city=None, city_fallback=None, platform=None, min_f=None,
               max_f=None, max_rate=None, market=("ID",), nots=(), traps=()):
    """(briefs.jsonl row, constraints.jsonl row) of brief `{prefix}-b{n:02d}`."""
    if niches == "auto":
        niches = sorted({SUBTOPICS[s][0] for s in subtopics}) if subtopics else None
    bid = f"{prefix}-b{n:02d}"
    brief = {"id": bid, "brief": text, "lang": lang}
    truth = {"id": bid, "voice": (n - 1) % 4 + 1, "kind": kind, "niches": niches, "subtopics": subtopics,
             "adjacent_subtopics": list(adjacent), "audience": audience, "audience_required": audience_required,
             "city": city, "city_fallback": city_fallback, "platform": platform, "min_followers": min_f,
             "max_followers": max_f, "max_rate_idr": max_rate, "market": list(market) if market else None,
             "not_constraints": list(nots), "traps": list(traps)}
    return brief, truth
