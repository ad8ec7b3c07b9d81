"""Vocabularies for the `voices` evaluation set: niches, subtopics, audiences, regions, city spellings.

Stdlib only. Shared by the src_* files, build_set.py, make_qrels.py and check_set.py.
"""

NICHES = ["beauty_skincare", "sustainable_living", "food_culinary", "parenting", "fitness_health", "travel",
          "modest_fashion", "streetwear_fashion", "tech_gadgets", "gaming", "personal_finance", "education_study",
          "pets", "home_diy", "automotive", "coffee", "music", "outdoor_adventure"]

# subtopic -> (contract niche it lives in, meaning). Pairs inside one niche compete on purpose.
SUBTOPICS = {
    "pets.reptil":      ("pets", "reptiles: leopard gecko, ball python, bearded dragon, turtles/tortoises, terrariums"),
    "pets.anjing":      ("pets", "dogs: training, dog food and treats, grooming, adoption"),
    "modest.sport":     ("modest_fashion", "hijab sportswear and active modest wear: running/gym/swim in hijab"),
    "modest.wastra":    ("modest_fashion", "wastra: batik tulis, tenun, kebaya and kain styling"),
    "food.pedas":       ("food_culinary", "spicy food: sambal, level-pedas challenges, bottled chili reviews"),
    "food.sourdough":   ("food_culinary", "bread and fermentation: sourdough, starters, artisan loaves"),
    "auto.matic":       ("automotive", "scooters (motor matic): service, spare parts, daily commuting, ojol"),
    "auto.mobil":       ("automotive", "family cars: car reviews, interiors, used cars, road trips by car"),
    "fin.usaha":        ("personal_finance", "business opportunities: franchises (kemitraan), capital, break-even"),
    "fin.investasi":    ("personal_finance", "investing: stocks, mutual funds, gold, for beginners"),
    "out.casting":      ("outdoor_adventure", "lure fishing: casting for snakehead/toman, ultralight, handmade lures"),
    "out.hiking":       ("outdoor_adventure", "hiking and camping: mountains, tents, carriers, trail safety"),
    "edu.quran":        ("education_study", "Quran learning: tahsin, tajwid, hafalan, teaching kids to read the Quran"),
    "edu.coding":       ("education_study", "programming and tech careers: coding, data, career switch"),
    "edu.bahasa":       ("education_study", "foreign languages: Korean, Japanese, Mandarin, German; work/study abroad"),
    "sust.urbanfarm":   ("sustainable_living", "urban farming: hydroponics, vegetables in small yards, aquaponics"),
    "beauty.pria":      ("beauty_skincare", "men's skincare and grooming"),
    "beauty.makeup":    ("beauty_skincare", "makeup: everyday and bridal makeup, MUA"),
    "street.sneakers":  ("streetwear_fashion", "sneakers: thrift/second sneakers, legit checks, cleaning, styling"),
    "music.kpop":       ("music", "K-pop fandom: albums, photocards, dance covers, concerts"),
    "music.vinyl":      ("music", "physical music: vinyl, cassettes, turntables, record digging, indie"),
    "tech.laptop":      ("tech_gadgets", "laptops and work/study setups, refurbished laptops, productivity gear"),
    "game.pc":          ("gaming", "PC and console gaming: PlayStation, Switch, PC builds, retro consoles"),
    "par.aktivitas":    ("parenting", "kids' activities: swimming, sports, outdoor play, weekend classes"),
    "par.hamil":        ("parenting", "pregnancy and newborns: maternity, babywearing, first months"),
    "home.interior":    ("home_diy", "home interior: small houses, furniture, renovation, decor"),
    "coffee.cafe":      ("coffee", "coffee shops: cafe hopping, es kopi susu, coffee-shop business"),
    "travel.bali":      ("travel", "Bali and Lombok travel: itineraries, villas, driving/scooters on the island"),
    "fit.gym":          ("fitness_health", "strength training: gym, home workouts, calisthenics"),
    "fit.nakes":        ("fitness_health", "health professionals explaining health: dentists, doctors, physios"),
}

AUDIENCES = {
    "ibu_rumah_tangga": "mothers at home, ibu-ibu, pengajian groups",
    "orang_tua_muda":   "young parents",
    "mahasiswa":        "university students, anak kos",
    "remaja":           "teenagers",
    "pekerja_kantoran": "office workers, young professionals",
    "bapak_bapak":      "middle-aged men",
    "pelaku_umkm":      "small-business owners, people looking for a side business",
    "keluarga_muslim":  "Muslim families, hijabi women",
    "ekspat":           "expats, digital nomads, foreigners living in Indonesia",
    "wisatawan":        "domestic and foreign tourists planning trips",
    "calon_pengantin":  "engaged couples planning a wedding",
    "pengemudi_ojol":   "ride-hailing / delivery riders",
}

REGIONS = {
    "JABODETABEK": ["Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"],
    "JABAR": ["Bandung", "Cimahi", "Bogor", "Depok", "Bekasi", "Garut", "Tasikmalaya", "Cirebon", "Sukabumi",
              "Sumedang"],
    "JATENG": ["Semarang", "Solo", "Magelang", "Purwokerto", "Kudus", "Tegal"],
    "DIY": ["Yogyakarta"],
    "JATIM": ["Surabaya", "Sidoarjo", "Gresik", "Malang", "Batu", "Kediri", "Blitar", "Jember", "Madiun",
              "Probolinggo"],
    "BANTEN_OTHER": ["Serang"],
    "BALI": ["Denpasar", "Badung", "Gianyar"],
    "SUMATRA": ["Medan", "Padang", "Palembang", "Pekanbaru", "Bandar Lampung", "Banda Aceh"],
    "KALIMANTAN": ["Balikpapan", "Banjarmasin", "Pontianak", "Samarinda"],
    "SULAWESI": ["Makassar", "Manado", "Kendari"],
    "NUSA_TENGGARA": ["Mataram", "Kupang"],
    "ABROAD": ["Kuala Lumpur", "Singapore"],
}
JAVA = sorted(set(REGIONS["JABODETABEK"] + REGIONS["JABAR"] + REGIONS["JATENG"] + REGIONS["DIY"]
                  + REGIONS["JATIM"] + REGIONS["BANTEN_OTHER"]))
ALL_CITIES = sorted({c for v in REGIONS.values() for c in v})
COUNTRY_OF = {"Kuala Lumpur": "MY", "Singapore": "SG"}

# How creators (and briefs) write places -> canonical city. A creator record keeps the written form;
# grading maps it through this table. Canonical names map to themselves.
CITY_ALIASES = {
    "Sby": "Surabaya", "Surabaya, Jawa Timur": "Surabaya", "SBY": "Surabaya",
    "Sda": "Sidoarjo", "Sidoarjo, Jatim": "Sidoarjo",
    "Mlg": "Malang", "Kota Malang": "Malang", "Malang Raya": "Malang",
    "Jkt": "Jakarta", "DKI Jakarta": "Jakarta", "Jakarta Selatan": "Jakarta", "Jaksel": "Jakarta",
    "Jakarta Barat": "Jakarta", "Jakarta Timur": "Jakarta", "Jakarta Utara": "Jakarta",
    "Tangsel": "Tangerang Selatan", "BSD, Tangerang Selatan": "Tangerang Selatan",
    "Kab. Bogor": "Bogor", "Bogor, Jabar": "Bogor",
    "Bdg": "Bandung", "Kota Bandung": "Bandung", "Bandung, Jawa Barat": "Bandung",
    "Jogja": "Yogyakarta", "Yogya": "Yogyakarta", "DI Yogyakarta": "Yogyakarta", "Sleman, Yogyakarta": "Yogyakarta",
    "Smg": "Semarang", "Surakarta": "Solo",
    "Dps": "Denpasar", "Denpasar, Bali": "Denpasar", "Canggu": "Badung", "Canggu, Bali": "Badung",
    "Ubud": "Gianyar", "Ubud, Bali": "Gianyar",
    "Mdn": "Medan", "Makassar, Sulsel": "Makassar",
    "KL": "Kuala Lumpur",
}


def canon_city(written):
    """Canonical city of a written place (None stays None; unknown spellings stay as written)."""
    if written is None:
        return None
    return CITY_ALIASES.get(written, written)


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
      rate="auto", susp=None, edge=None, subs=None, contact="handle"):
    """One hand-written creator. city: as the creator writes it (alias allowed) or None (unknown).
    susp: None | bought_followers | follower_jump | pod | bought_views.  edge: None | viral | growth | high_er."""
    assert sub in SUBTOPICS, sub
    for a in audience:
        assert a in AUDIENCES, a
    return {"sub": sub, "subs": [sub] + list(subs or []), "handle": handle, "platform": platform, "city": city,
            "followers": followers, "audience": list(audience), "name": name, "bio": bio, "community": community,
            "niches": niches or [SUBTOPICS[sub][0]], "lang": lang or ["id"], "rate": rate, "susp": susp,
            "edge": edge, "contact": contact}


# ---------------------------------------------------------------- brief sets on this pool (voices2, voices3)

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


def write_brief_set(here, briefs):
    """Write briefs.jsonl and constraints.jsonl (each not-constraint verbatim in its brief), then qrels.jsonl."""
    import json
    import os

    import make_qrels

    with open(os.path.join(here, "briefs.jsonl"), "w", encoding="utf-8") as fb, \
            open(os.path.join(here, "constraints.jsonl"), "w", encoding="utf-8") as fc:
        for b, t in briefs:
            for s in t["not_constraints"]:
                assert s in b["brief"], (b["id"], s)
            fb.write(json.dumps(b, ensure_ascii=False) + "\n")
            fc.write(json.dumps(t, ensure_ascii=False) + "\n")
    rows, _, _ = make_qrels.compute(here)
    with open(os.path.join(here, "qrels.jsonl"), "w", encoding="utf-8") as fq:
        for r in rows:
            fq.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in rows:
        vals = list(r["relevant"].values())
        print(r["id"], "g2", vals.count(2), "g1", vals.count(1))
