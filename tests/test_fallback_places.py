"""A second choice of place ("kalau tidak ada di Padang, Sumatera lainnya boleh"): the first
choice stays the constraint; the fallback area is met when nobody on topic lives in the first,
and is a lesser miss than anywhere else when someone does."""

from __future__ import annotations

import html

import pytest

from bot.render import query_summary
from jodoh.briefs import relax, understood_constraints
from retrieval.brief_parser import merge_refinement, parse_brief
from retrieval.profile import CreatorProfile
from retrieval.ranking import ScoredMatch, score_candidates
from retrieval.scoring import SECOND_CHOICE_FIT
from storage.records import CreatorRecord
from tests.conftest import creator_row


@pytest.mark.parametrize(("brief", "cities", "fallback_places", "fallback_city"), [
    ("cari kreator kopi di Padang; kalau ndak ado di Padang, di Sumatera lainnya boleh",
     ["Padang"], ["Sumatera"], "Medan"),
    ("We want creators who live in Bekasi. If there is nobody in Bekasi, any city in Java "
     "is OK.", ["Bekasi"], ["Jawa"], "Semarang"),
    ("Cari kreator tari, kalau bisa yang tinggal di Kupang, tapi kalau tidak ada, di Bali "
     "juga boleh.", ["Kupang"], ["Bali"], "Denpasar"),
    ("cari kreator di Surabaya; kalau tidak ada, Malang juga boleh", ["Surabaya"],
     ["Malang"], "Malang"),
])
def test_a_fallback_is_a_second_choice_not_the_constraint(
        brief: str, cities: list[str], fallback_places: list[str], fallback_city: str) -> None:
    query = parse_brief(brief)
    assert query.cities == cities
    assert query.fallback_places == fallback_places
    assert fallback_city in query.fallback_cities
    assert not set(query.fallback_cities) & set(cities)
    # The contract's "understood" city is the first choice only.
    assert understood_constraints(query)["city"] == cities
    assert "city" not in query.relaxed


def test_no_fallback_without_a_first_choice() -> None:
    query = parse_brief("cari kreator kopi, kalau tidak ada yang cocok, Bandung juga boleh")
    assert query.fallback_cities == []


def test_a_fallback_is_shown_and_dropped_with_the_city() -> None:
    query = parse_brief("cari kreator kopi di Padang; kalau tidak ada, Sumatera lainnya boleh")
    summary = html.unescape(query_summary(query, "id"))
    assert "lokasi Padang" in summary and "kalau tidak ada: Sumatera" in summary
    assert "if nobody there: Sumatera" in html.unescape(query_summary(query, "en"))
    dropped = relax(query, "city")
    assert (dropped.cities, dropped.fallback_cities, dropped.fallback_places) == ([], [], [])
    # A follow-up naming another city replaces both choices.
    moved = merge_refinement(query, parse_brief("yang di Bandung aja"))
    assert (moved.cities, moved.fallback_cities) == (["Bandung"], [])


def _profile(handle: str, city: str, bio: str, niches: list[str], number: int
             ) -> CreatorProfile:
    record = CreatorRecord.model_validate(creator_row(handle, city=city, bio=bio,
                                                      niches=niches))
    return CreatorProfile.from_fields(record, creator_id=number)


def _rank(brief: str, creators: list[tuple[str, str, str, list[str]]]) -> list[ScoredMatch]:
    profiles = [_profile(h, c, b, n, i + 1) for i, (h, c, b, n) in enumerate(creators)]
    # Near the brief and sharing its words when the bio is about coffee.
    semantic = {p.key: 0.9 if "kopi" in p.bio else 0.8 for p in profiles}
    keyword = {p.key: 1.0 if "kopi" in p.bio else 0.0 for p in profiles}
    return score_candidates(parse_brief(brief), profiles, semantic, keyword)


BRIEF = "jual biji kopi, cari kreator kopi di Padang; kalau tidak ada, Sumatera lainnya boleh"
COFFEE = "Review kopi manual brew dan kedai kopi lokal tiap minggu."


def test_nobody_on_topic_in_the_first_city_makes_the_fallback_the_ask() -> None:
    ranked = _rank(BRIEF, [
        ("kopi.medan", "Medan", COFFEE, ["coffee"]),
        ("kopi.bandung", "Bandung", COFFEE, ["coffee"]),
    ])
    by_handle = {match.profile.handle: match for match in ranked}
    assert by_handle["kopi.medan"].misses == []
    assert by_handle["kopi.medan"].fit == 1.0
    assert by_handle["kopi.bandung"].misses == ["city"]
    assert [match.profile.handle for match in ranked] == ["kopi.medan", "kopi.bandung"]


def test_with_someone_in_the_first_city_the_fallback_is_a_lesser_miss() -> None:
    ranked = _rank(BRIEF, [
        ("kopi.bandung", "Bandung", COFFEE, ["coffee"]),
        ("kopi.medan", "Medan", COFFEE, ["coffee"]),
        ("kopi.padang", "Padang", COFFEE, ["coffee"]),
    ])
    assert [match.profile.handle for match in ranked] == [
        "kopi.padang", "kopi.medan", "kopi.bandung"]
    by_handle = {match.profile.handle: match for match in ranked}
    assert by_handle["kopi.medan"].misses == ["city"]
    assert by_handle["kopi.medan"].fit == pytest.approx(SECOND_CHOICE_FIT)
    assert by_handle["kopi.bandung"].fit == pytest.approx(0.35)


def test_someone_off_topic_in_the_first_city_does_not_block_the_fallback() -> None:
    ranked = _rank(BRIEF, [
        ("kopi.medan", "Medan", COFFEE, ["coffee"]),
        ("hijab.padang", "Padang", "Tutorial hijab pashmina dan OOTD kantor.",
         ["modest_fashion"]),
    ])
    by_handle = {match.profile.handle: match for match in ranked}
    assert not by_handle["hijab.padang"].on_topic
    assert by_handle["kopi.medan"].misses == []
    assert ranked[0].profile.handle == "kopi.medan"


def test_a_bare_second_choice_said_to_be_fine() -> None:
    query = parse_brief("cari kreator parenting yg di Depok, kalau ga ada Bogor boleh")
    assert query.places == ["Depok"] and query.fallback_places == ["Bogor"]


@pytest.mark.parametrize(("brief", "places"), [
    # "The ones in" after the business's own place: the creators'.
    ("butuh kreator kuliner buat warung kami di Cibubur, kalau bisa yg di Depok", ["Depok"]),
    # The same words in apposition to the business say which shop.
    ("toko kami, yang di Depok, lagi cari kreator kuliner", []),
    # One more origin of a list, beside a requirement item, is no creator's place.
    ("Need a tea creator in Bandung. Our leaves come from Kerinci, Toraja and Malang. "
     "5k-30k followers.", ["Bandung"]),
])
def test_which_place_a_clause_speaks_of(brief: str, places: list[str]) -> None:
    assert parse_brief(brief).places == places


@pytest.mark.parametrize("brief", [
    "We need skincare creators across Indonesia (except Jabodetabek), 5k-40k followers.",
    "cari kreator skincare di seluruh Indonesia kecuali Jabodetabek",
])
def test_a_country_but_one_region(brief: str) -> None:
    query = parse_brief(brief)
    assert query.refused_places == ["Jabodetabek"]
    assert "Jakarta" not in query.cities and "Bekasi" not in query.cities
    assert "Medan" in query.cities and "Surabaya" in query.cities


def test_shipping_across_a_country_is_no_creator_place() -> None:
    assert parse_brief("we ship across Indonesia, need creators in Bali").places == ["Bali"]
