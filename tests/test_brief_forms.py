"""Briefs written as forms, in regional languages, and with second choices: amounts in
Javanese, Sundanese and Minang words, "Field: value" lines, fallback places, a second place
said to be fine too, and chat's stretched "no"."""

from __future__ import annotations

import pytest

from retrieval.brief_parser import merge_refinement, parse_brief
from retrieval.number_words import spell_out_digits
from retrieval.places import canonical_city


@pytest.mark.parametrize(("words", "digits"), [
    ("seket ewu", "50000"),            # Javanese 50 thousand
    ("satus ewu", "100000"),
    ("selawe ewu", "25000"),
    ("sapuluh rebu", "10000"),         # Sundanese
    ("tilu ratus rebu", "300000"),
    ("ampek puluah ribu", "40000"),     # Minang
    ("limo ratuih ribu", "500000"),
    ("rong atus ewu", "200000"),
    ("duo ribu", "2000"),
])
def test_regional_number_words(words: str, digits: str) -> None:
    assert spell_out_digits(words) == digits


def test_regional_words_without_a_magnitude_stay_words() -> None:
    for text in ("the duo of us", "limo ke bandara", "telu kanca"):
        assert spell_out_digits(text) == text


@pytest.mark.parametrize(("brief", "low", "high"), [
    ("Kreator nan pengikutnyo ampek ribu sampai duo puluah ribu sajo", 4_000, 20_000),
    ("golek kreator followers e telung ewu nganti seket ewu", 3_000, 50_000),
    ("milarian kreator, followers sapuluh rebu nepi ka tilu puluh rebu", 10_000, 30_000),
    ("cari kreator yg followersnya 3rb smpe 12rb aja", 3_000, 12_000),
])
def test_regional_follower_ranges(brief: str, low: int | None, high: int | None) -> None:
    query = parse_brief(brief)
    assert (query.min_followers, query.max_followers) == (low, high)


@pytest.mark.parametrize(("brief", "low", "high", "budget"), [
    ("Brief: tea sampler\n- Followers: at least eight thousand\n- Platform: any",
     8_000, None, None),
    ("Brief: tea sampler\n- Min. followers: twelve thousand", 12_000, None, None),
    ("- Product: hand cream, IDR 65k\n- Fee: max IDR 900K per creator", None, None, 900_000),
    ("- Harga: 75rb per botol\n- Size: 3k-20k followers", 3_000, 20_000, None),
    # A longer text before a colon is a sentence, not a label.
    ("Kami jual granola dengan harga bersahabat: 45rb per pack", None, None, None),
])
def test_a_form_line_label_names_its_amount(brief: str, low: int | None, high: int | None,
                                            budget: int | None) -> None:
    query = parse_brief(brief)
    assert (query.min_followers, query.max_followers, query.max_rate_idr) == (low, high, budget)


@pytest.mark.parametrize(("brief", "cities"), [
    # A fallback keeps the first ask and applies no second one.
    ("cari kreator kopi di Malang; kalau ndak ado di Malang, di Jawa Timur lainnya boleh",
     ["Malang"]),
    ("Looking for a potter who lives in Kediri. If there is nobody in Kediri, any city in "
     "Java is OK.", ["Kediri"]),
    ("Cari kreator tari. Kalau bisa yang tinggal di Lombok, tapi kalau tidak ada, di Bali "
     "juga boleh.", ["Mataram", "Lombok Timur"]),
    # A second place said to be fine too is one more place.
    ("cari kreator otomotif, harus domisili mlg ya, kediri jg gpp", ["Malang", "Kediri"]),
    # What is fine too is the place named after the "but", not the one asked for first.
    ("Looking for food creators, ideally based in Medan but Binjai is fine too.",
     ["Medan", "Binjai"]),
    ("Klien maunya kreator Jakarta, tapi bos aku bilang Bandung juga boleh.",
     ["Jakarta", "Bandung"]),
])
def test_fallback_and_also_fine_places(brief: str, cities: list[str]) -> None:
    parsed = parse_brief(brief).cities
    assert set(cities) <= set(parsed)
    assert "Surabaya" not in parsed and "Denpasar" not in parsed


def test_a_form_line_labelled_location_is_the_creators_place() -> None:
    brief = ("Brief: ceramic workshop\n- Creators: potters and home decor lovers\n"
             "- Location: Solo or Semarang only (studio visit)\n- Platform: any")
    assert set(parse_brief(brief).cities) == {"Solo", "Semarang"}


def test_places_the_product_is_sold_in_are_no_constraint() -> None:
    brief = ("Cari kreator yang suka masak. Produk dijual di supermarket di Medan, Batam, "
             "Pekanbaru.")
    assert parse_brief(brief).cities == []


@pytest.mark.parametrize("brief", [
    "cari kreator parfum, kota gaa harus Bandung kok",
    "cari kreator parfum, kota nggaaak harus Bandung",
])
def test_a_stretched_no_still_relaxes(brief: str) -> None:
    assert parse_brief(brief).cities == []


def test_not_using_a_platform_rules_it_out() -> None:
    query = parse_brief("cari kreator fashion anak, Instagram aja, aku ga main tiktok")
    assert (query.platforms, query.excluded_platforms) == (["instagram"], ["tiktok"])


@pytest.mark.parametrize("brief", [
    "cari kreator batik, kota nda harus Solo",        # Javanese/Manado "nda"
    "cari kreator batik, kota nyanda harus Solo",     # Manado
    "cari kreator batik, kota indak harus Solo",      # Minang
    "milarian kreator batik, kota teu kedah Solo, teu harus Solo",  # Sundanese
])
def test_a_regional_no_relaxes_the_city(brief: str) -> None:
    assert parse_brief(brief).cities == []


def test_a_regional_no_opens_a_fallback() -> None:
    query = parse_brief("cari kreator pancing di Bitung. Kalo nyanda ada di Bitung, Sulawesi "
                        "laeng juga boleh.")
    assert query.cities == ["Bitung"]
    assert query.fallback_places == ["Sulawesi"]


@pytest.mark.parametrize("brief", [
    "cari kreator kuliner, Bogor atau luar Bogor sama saja",
    "food creators, Bogor or outside Bogor, doesn't matter",
])
def test_inside_or_outside_a_place_is_anywhere(brief: str) -> None:
    query = parse_brief(brief)
    assert (query.cities, query.relaxed) == ([], ["city"])


@pytest.mark.parametrize(("brief", "places"), [
    # Outside refused is inside …
    ("kreator otomotif, yang berdomisili di luar Jawa Barat tidak boleh", ["Jawa Barat"]),
    ("Tidak boleh yang tinggal di luar Jawa Timur, followers 5rb up", ["Jawa Timur"]),
    ("cari kreator batik, jangan yg di luar Jateng ya", ["Jawa Tengah"]),
    ("kreator kopi, kecuali yang di luar Sumatera", ["Sumatera"]),
    ("skate creators only, no one outside Bali", ["Bali"]),
    ("cari kreator sambal, gak mau yg di luar pulau Sumatera", ["Sumatera"]),
    # … and outside asked for is outside.
    ("cari kreator di luar Jawa aja", ["luar Jawa"]),
])
def test_refusing_outside_a_place_asks_for_the_place(brief: str, places: list[str]) -> None:
    assert parse_brief(brief).places == places


@pytest.mark.parametrize(("brief", "places"), [
    ("vegan cafe in Ubud, we want Denpasar locals who eat plant-based", ["Denpasar"]),
    # Locals who are the market, not the people sought.
    ("our regulars are mostly Denpasar locals; we need food creators", []),
])
def test_locals_sought_live_there(brief: str, places: list[str]) -> None:
    assert parse_brief(brief).places == places


@pytest.mark.parametrize(("brief", "places"), [
    # A creator noun glued to its topic is still a creator noun before the place.
    ("kirim se-Indonesia. Cari foodvlogger Medan yg jujur", ["Medan"]),
    ("need a beautyblogger Medan based", ["Medan"]),
])
def test_a_glued_creator_noun_names_the_creators_place(brief: str, places: list[str]) -> None:
    assert parse_brief(brief).places == places


@pytest.mark.parametrize(("brief", "budget"), [
    # A fee open to discussion is a guide, not a cap …
    ("Budget: Rp 2–3 juta per creator, masih bisa nego.", None),
    ("Fee around IDR 1-2 juta per creator, can discuss.", None),
    # … unless it says it is not.
    ("Fee: max 2 juta per video, non-negotiable.", 2_000_000),
    ("fee max 1jt per post, tidak bisa nego", 1_000_000),
    # A budget far above a micro-creator's fee, said of no post or creator, is the campaign's.
    ("Objective: awareness.\nBudget: Rp 40 juta.\nTimeline: March.", None),
    ("fee max 25 juta per video", 25_000_000),
    ("budget 500rb per post", 500_000),
    # A sum shared out among creators is no one creator's fee …
    ("budget 2jt dibagi 4 orang, cari kreator skincare di Medan", None),
    ("budget 3jt split between 3 creators, beauty creators in Medan", None),
    # … while the fee per creator beside it still is.
    ("rate 300rb/post, total 1,2jt dibagi 4 kreator", 300_000),
])
def test_which_budgets_cap_a_fee(brief: str, budget: int | None) -> None:
    assert parse_brief(brief).max_rate_idr == budget


def test_metro_areas_by_their_english_names() -> None:
    assert set(parse_brief("Creators must be based in Greater Jakarta.").cities) == {
        "Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"}


def test_a_requirement_in_plain_english_names_the_creators_place() -> None:
    query = parse_brief("Surf wax for locals. Has to be Bali-based though, no point getting "
                        "someone in Jakarta.")
    assert "Denpasar" in query.cities and "Jakarta" not in query.cities


def test_where_a_show_is_held_is_no_constraint() -> None:
    brief = ("Creator persona: people who restore old cars. Timeline: before the classic car "
             "show in Semarang, creators need not attend.")
    assert parse_brief(brief).cities == []


@pytest.mark.parametrize(("brief", "wanted", "excluded"), [
    ("Platform: YouTube only; we are not doing Facebook or TikTok this round.", ["youtube"],
     ["tiktok"]),
    ("not on TikTok or Instagram, only YouTube", ["youtube"], ["instagram", "tiktok"]),
    ("IG or TikTok, not YouTube", ["instagram", "tiktok"], ["youtube"]),
])
def test_a_refusal_covers_the_platforms_it_lists(brief: str, wanted: list[str],
                                                 excluded: list[str]) -> None:
    query = parse_brief(brief)
    assert (sorted(query.platforms), sorted(query.excluded_platforms)) == (wanted, excluded)


def test_a_company_name_is_no_topic() -> None:
    query = parse_brief("Brand manager at PT Sehat Sentosa Farma here; we launch an anti-dandruff "
                        "shampoo.")
    assert "fitness_health" not in query.niches
    # The words still count outside the name.
    assert parse_brief("CV Kopi Nusantara cari kreator kopi").niches == ["coffee"]


@pytest.mark.parametrize(("brief", "audience"), [
    ("Any content area is fine, as long as older people genuinely follow the creator.",
     "older people"),
    ("konten bebas, yang penting anak muda ngikutin akunnya", "anak muda"),
    ("Objective: awareness among nurses. Content can be anything.", "nurses"),
])
def test_who_should_follow_when_the_content_is_free(brief: str, audience: str) -> None:
    query = parse_brief(brief)
    assert query.any_content and query.creator_audience == audience


def test_where_the_goods_are_packed_is_no_constraint() -> None:
    brief = ("Snack boxes for Indonesians overseas. Content can be about anything. Packing is "
             "done in Batam.")
    query = parse_brief(brief)
    assert query.cities == [] and query.any_content


@pytest.mark.parametrize("brief", [
    "cari kreator batik, gk hrs di Solo",            # chat drops the vowels
    "cari kreator batik, kota tdk wjb Solo",
])
def test_a_shortened_relaxation_still_relaxes(brief: str) -> None:
    assert parse_brief(brief).cities == []


def test_hours_after_a_number_are_no_shortened_word() -> None:
    query = parse_brief("Café open 24 hrs. Creators must live in Jakarta")
    assert query.cities == ["Jakarta"] and "harus" not in query.semantic_text


@pytest.mark.parametrize(("brief", "platforms"), [
    # Another platform fine after the "but" adds it; it does not take the first one back.
    ("IG lebih prefer soalnya kita mau carousel, tapi TikTok juga boleh kok", ["instagram",
                                                                               "tiktok"]),
    ("TikTok aja, tapi bebas juga boleh", []),
    # Other platforms considered: no limit.
    ("YouTube lebih kami sukai, namun platform lain tetap dapat dipertimbangkan.", []),
    ("Instagram preferred, but other platforms are also considered.", []),
])
def test_a_preferred_platform_and_what_else_is_fine(brief: str, platforms: list[str]) -> None:
    assert sorted(parse_brief(brief).platforms) == platforms


@pytest.mark.parametrize(("brief", "low", "high"), [
    # A count said to be fine too is a concession: even that few will do.
    ("Cari kreator nail art di Makassar. Followers 5rb jg gpp.", None, None),
    ("Looking for runners; 3k followers is fine too.", None, None),
    ("Cari kreator nail art, followers min 5rb.", 5000, None),
])
def test_a_conceded_count_is_no_limit(brief: str, low: int | None, high: int | None) -> None:
    query = parse_brief(brief)
    assert (query.min_followers, query.max_followers) == (low, high)


@pytest.mark.parametrize(("typed", "city"), [
    ("P. Siantar", "Pematangsiantar"), ("Lubuk Pakam", "Deli Serdang"), ("Pare2", "Parepare"),
    ("Sungguminasa", "Gowa"), ("Jatinangor", "Sumedang"), ("Kisaran", "Asahan"),
])
def test_towns_are_read_as_their_regency_or_city(typed: str, city: str) -> None:
    assert canonical_city(typed) == city
    assert city in parse_brief("Kreator harus domisili Sumatera Utara atau Sulawesi "
                               "Selatan atau Jawa Barat").cities


@pytest.mark.parametrize(("typed", "city"), [
    # How addresses shorten the words that open place names …
    ("Tj. Pinang", "Tanjung Pinang"), ("tj pinang", "Tanjung Pinang"),
    ("Tj.Pinang", "Tanjung Pinang"), ("Bdr Lampung", "Bandar Lampung"),
    ("bdr. lampung", "Bandar Lampung"),
    # … and a province in brackets, as a comma would give it.
    ("Malang (Jatim)", "Malang"), ("Surabaya (Jawa Timur)", "Surabaya"),
])
def test_shortened_and_qualified_place_names_are_canonical(typed: str, city: str) -> None:
    assert canonical_city(typed) == city
    assert parse_brief(f"cari kreator kuliner domisili {typed}").cities == [city]


def test_a_shortened_province_is_the_province() -> None:
    query = parse_brief("creators based in Kep. Riau")
    assert query.places == ["Kepulauan Riau"] and "Tanjung Pinang" in query.cities


@pytest.mark.parametrize(("brief", "place", "cities"), [
    # A town and the towns around it: the metropolitan area it belongs to …
    ("laundry kiloan, cari kreator yg tinggal di bekasi atau sekitarnya", "Jabodetabek",
     {"Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"}),
    ("food creators based in Bandung and surrounding areas", "Bandung Raya",
     {"Bandung", "Cimahi"}),
    ("cari kreator kuliner di Malang dan sekitarnya", "Malang Raya", {"Malang", "Batu"}),
    # … or the town alone when it belongs to none, and "around" alone is the town.
    ("kreator kuliner di Kendari dan sekitarnya", "Kendari", {"Kendari"}),
    ("TikTok creators around Bogor who review tools", "Bogor", {"Bogor"}),
])
def test_a_town_and_its_surroundings(brief: str, place: str, cities: set[str]) -> None:
    query = parse_brief(brief)
    assert (query.places, set(query.cities)) == ([place], cities)


def test_a_metro_area_typed_as_a_creators_town_is_its_core_city() -> None:
    assert canonical_city("Solo Raya") == "Solo"
    assert canonical_city("Jabodetabek") == "Jakarta"


@pytest.mark.parametrize(("brief", "place", "absent", "count"), [
    # A refused place alone leaves everywhere else …
    ("kreator kuliner kecuali yg di jakarta", "luar Jakarta", "Jakarta", None),
    ("food creators anywhere except Jakarta", "luar Jakarta", "Jakarta", None),
    ("not based in Jakarta please, we want regional voices", "luar Jakarta", "Jakarta", None),
    ("kreator otomotif jangan yang di Jabodetabek", "luar Jabodetabek", "Bekasi", None),
    ("yg di surabaya jangan, cari kreator kuliner", "luar Surabaya", "Surabaya", None),
    # … inside a place asked for, it is cut out of it …
    ("butuh kol kecantikan area jatim selain surabaya", "Jawa Timur kecuali Surabaya",
     "Surabaya", 29),
    ("cari kreator di Jawa Barat tapi jangan yang di Bekasi atau Depok",
     "Jawa Barat kecuali Bekasi, Depok", "Depok", 18),
    # … and beside another place asked for, it changes nothing.
    ("kreator yg tinggal di Bandung, bukan Jakarta", "Bandung", "Jakarta", 1),
])
def test_a_refused_place_is_left_out(brief: str, place: str, absent: str,
                                     count: int | None) -> None:
    query = parse_brief(brief)
    assert query.places == [place] and absent not in query.cities
    assert count is None or len(query.cities) == count
    if count is None:
        assert len(query.cities) > 150  # everywhere else in Indonesia


@pytest.mark.parametrize("brief", [
    "kreator kuliner, ga harus di Jakarta",  # not necessarily: anywhere, Jakarta included
    "kreator di Jakarta ga usah yang followersnya banyak",  # the refusal is of something else
    "produk kami bukan dari Jakarta, cari kreator kuliner",  # the product's origin
])
def test_a_negation_near_a_place_that_refuses_no_place(brief: str) -> None:
    query = parse_brief(brief)
    assert not query.refused_places
    assert not query.cities or query.cities == ["Jakarta"]


@pytest.mark.parametrize("follow_up", ["selain Surabaya ya", "kecuali yg di surabaya",
                                       "Surabaya ga usah", "yg di surabaya jangan"])
def test_a_follow_up_refusing_a_place_narrows_the_places_asked(follow_up: str) -> None:
    previous = parse_brief("cari kreator kuliner di Jawa Timur")
    merged = merge_refinement(previous, parse_brief(follow_up))
    assert merged.places == ["Jawa Timur kecuali Surabaya"]
    assert "Surabaya" not in merged.cities and "Malang" in merged.cities
    assert len(merged.cities) == len(previous.cities) - 1


@pytest.mark.parametrize(("brief", "low", "high"), [
    # "-an" (about) glued to a grouped number or a unit, as "5rb-an" already was …
    ("kreator hijab pengikut 5.000an ke atas", 5_000, None),
    ("kreator hijab followers diatas 5.000an", 5_000, None),
    ("followers 10rban", 5_000, 15_000),
    # … and counts said by their order of magnitude.
    ("followers belasan ribu", 11_000, 19_000),
    ("followers puluhan ribu", 10_000, 99_000),
    ("creators with tens of thousands of followers", 10_000, 99_000),
    # An age or a price with "-an" stays no count.
    ("kreator umur 20an, cari yg bahas skincare", None, None),
    ("kopi harga 25rban, cari kreator kopi", None, None),
])
def test_approximate_follower_counts(brief: str, low: int | None, high: int | None) -> None:
    query = parse_brief(brief)
    assert (query.min_followers, query.max_followers) == (low, high)
    assert query.max_rate_idr is None


@pytest.mark.parametrize(("brief", "platforms", "excluded"), [
    # A bare "no" ending the clause refuses the platform before it …
    ("kreator masak, Instagram atau TikTok, YouTube tidak.", ["instagram", "tiktok"],
     ["youtube"]),
    ("jual sarung tangan motor, YouTube atau TikTok je, IG tak payah.", ["tiktok", "youtube"],
     ["instagram"]),
    ("TikTok or YouTube creators please, Instagram is not needed.", ["tiktok", "youtube"],
     ["instagram"]),
    # … Ambonese "seng" is "not" …
    ("jual sagu lempeng, kreator kuliner di TikTok deng IG, YouTube seng usah",
     ["instagram", "tiktok"],
     ["youtube"]),
    ("kreator musik rohani, YouTube sa, beta seng mau TikTok", ["youtube"], ["tiktok"]),
    # … and a question is no refusal.
    ("kreatornya ada TikTok tidak?", ["tiktok"], []),
])
def test_platforms_refused_in_more_voices(brief: str, platforms: list[str],
                                          excluded: list[str]) -> None:
    query = parse_brief(brief)
    assert (query.platforms, query.excluded_platforms) == (platforms, excluded)


@pytest.mark.parametrize(("brief", "low", "high"), [
    ("kreator ikan asar, followers paling sadikit tiga ribu", 3_000, None),
    ("kreator papeda, followers paling banya dua puluh ribu", None, 20_000),
    ("For the bakery, followers should be not less than four thousand.", 4_000, None),
    ("Followers harus tidak kurang dari 3rb", 3_000, None),
])
def test_follower_bounds_in_more_voices(brief: str, low: int | None, high: int | None) -> None:
    query = parse_brief(brief)
    assert (query.min_followers, query.max_followers) == (low, high)


@pytest.mark.parametrize(("brief", "places", "relaxed"), [
    # Welcome is no requirement, and abroad is outside Indonesia.
    ("travel creators living in KL or anywhere outside indo are very welcome", [], ["city"]),
    ("creators must be based outside Indonesia", ["luar Indonesia"], []),
    # "seng harus": need not.
    ("kreator masak ikan, seng harus orang Ambon, tinggal di mana sa", [], ["city"]),
    # A refusal after a list refuses each of it, not the area asked for before it.
    ("kreator harus tinggal di Jawa Timur, Malang & Batu tak masuk",
     ["Jawa Timur kecuali Malang, Batu"], []),
    ("creators in Java, Jakarta and Bekasi are excluded", ["Jawa kecuali Jakarta, Bekasi"], []),
])
def test_places_welcomed_and_refused_in_more_voices(brief: str, places: list[str],
                                                    relaxed: list[str]) -> None:
    query = parse_brief(brief)
    assert (query.places, query.relaxed) == (places, relaxed)
    if places == ["luar Indonesia"]:
        assert "Singapore" in query.cities and "Jakarta" not in query.cities


@pytest.mark.parametrize(("brief", "places", "relaxed"), [
    # "ga masalah" after a place is said of the subject named between them …
    ("cari kreator kopi, domisili Medan ya kak 🙏 followers sedikit gpp", ["Medan"], []),
    # … and of the place when nothing comes between.
    ("cari kreator masak, domisili Surabaya tidak wajib", [], ["city"]),
])
def test_a_relaxation_after_a_place_is_of_what_it_follows(brief: str, places: list[str],
                                                         relaxed: list[str]) -> None:
    query = parse_brief(brief)
    assert (query.places, query.relaxed) == (places, relaxed)
