"""A niche the brief rules out ("beauty creator is not needed", "bukan food reviewer") is
neither its topic nor a way onto the first cards, however near its creators' texts are."""

from __future__ import annotations

import html

import pytest

from bot.render import query_summary
from chatmodel.extraction import ExtractedBrief, merge_briefs
from jodoh.briefs import is_refinement
from retrieval.brief_parser import merge_refinement, parse_brief
from retrieval.profile import CreatorProfile
from retrieval.ranking import normalise, score_candidates
from storage.records import CreatorRecord
from tests.conftest import creator_row


@pytest.mark.parametrize(("brief", "niches", "ruled_out"), [
    ("Sonic toothbrush. We need dentists or doctors who explain health. It is not a "
     "whitening product, so beauty creator is not needed.", ["fitness_health"],
     ["beauty_skincare"]),
    ("protein nabati buat yg rajin gym, bukan food reviewer", ["fitness_health"],
     ["food_culinary"]),
    ("jangan yg gaming, cari yg review gadget", ["tech_gadgets"], ["gaming"]),
    ("kursi kantor ergonomis, kreator gaming ga usah ya", [], ["gaming"]),
    ("review earbuds, ga mau yg gaming, maunya gadget harian", ["tech_gadgets"], ["gaming"]),
    # Not a refusal: "not only", "bukan cuma" put a word between the negation and the niche.
    ("it is not only for gamers, tech reviewers welcome", ["tech_gadgets", "gaming"], []),
    ("bukan cuma skincare, tapi skincare organik", ["beauty_skincare"], []),
    # A negated word of a niche the brief also asks for narrows it.
    ("senar pancing buat mancing casting, bukan mancing kolam", ["outdoor_adventure"], []),
    # Refusing the niche's creators by its own name outweighs the product's words …
    ("franchise bakso frozen. Kami ga butuh food reviewer, cari yang bahas investasi",
     ["personal_finance"], ["food_culinary"]),
    ("energy bars, oat & dates. we want hikers and campers, not food reviewers",
     ["outdoor_adventure"], ["food_culinary"]),
    ("kami tidak mencari kreator kecantikan, cari dokter gigi untuk sikat gigi sonic", [],
     ["beauty_skincare"]),
    # A term that is itself a kind of creator and starts with the niche's name.
    ("granola bar buat pendaki gunung, jangan food vlogger ya, cari yang suka hiking",
     ["outdoor_adventure"], ["food_culinary"]),
    # … refusing one kind inside it does not, nor does asking for its creators as well.
    ("pasir gumpal buat kucing, cari pemilik kucing, bukan akun kucing ras", ["pets"], []),
    ("jangan kreator skincare yang cuma jualan, cari beauty creator yang review jujur",
     ["beauty_skincare"], []),
    # Refusing creators of nothing but the niche refuses a kind: "skincare-only".
    ("toothpaste, ppl who talk about teeth stuff, braces. not a skincare-only account pls",
     [], []),
    ("pasta gigi pemutih, bukan akun skincare doang ya", [], []),
    # … and so does refusing its creators who do one thing only.
    ("bumbu rendang instan, ga mau food vlogger yang cuma icip-icip, cari yang masak sendiri",
     ["food_culinary"], []),
])
def test_a_niche_is_ruled_out_only_by_a_refusal_of_all_its_words(
        brief: str, niches: list[str], ruled_out: list[str]) -> None:
    query = parse_brief(brief)
    assert query.niches == niches
    assert query.excluded_niches == ruled_out


def test_the_refused_words_are_not_searched_for() -> None:
    query = parse_brief("Sikat gigi elektrik buat dokter gigi; beauty creator is not needed.")
    assert "beauty" not in query.semantic_text.lower()
    assert "dokter gigi" in query.semantic_text


def test_a_follow_up_can_rule_a_niche_out_and_a_later_one_back_in() -> None:
    first = parse_brief("earbuds murah buat review gadget dan gaming")
    assert first.niches[:2] == ["tech_gadgets", "gaming"]
    narrowed = merge_refinement(first, parse_brief("bukan yang gaming ya"))
    assert narrowed.niches == ["tech_gadgets"]
    assert narrowed.excluded_niches == ["gaming"]
    back = merge_refinement(narrowed, parse_brief("eh gaming juga boleh deh"))
    assert "gaming" in back.niches and back.excluded_niches == []


def test_ruling_a_niche_out_is_a_refinement_and_no_model_brings_it_back() -> None:
    assert is_refinement(parse_brief("bukan yang gaming ya"), "bukan yang gaming ya")
    query = parse_brief("protein nabati buat yg rajin gym, bukan food reviewer")
    merged = merge_briefs(query, ExtractedBrief(niches=["food_culinary", "fitness_health"]))
    assert merged.niches == ["fitness_health"]


def test_the_understood_line_says_what_was_ruled_out() -> None:
    query = parse_brief("protein nabati buat yg rajin gym, bukan food reviewer")
    assert "bukan kuliner & makanan" in html.unescape(query_summary(query, "id"))
    assert "not food & culinary" in html.unescape(query_summary(query, "en"))


def profile(handle: str, niche: str) -> CreatorProfile:
    record = CreatorRecord.model_validate(creator_row(handle, niches=[niche]))
    return CreatorProfile.from_fields(record, creator_id=1)


def test_creators_of_a_ruled_out_niche_come_after_every_creator_on_topic() -> None:
    beauty = [profile(f"glow.{i}", "beauty_skincare") for i in range(3)]
    health = [profile(f"dokter.{i}", "fitness_health") for i in range(3)]
    # The ruled-out creators are the nearest by meaning and by words.
    semantic = {**{p.key: 0.95 for p in beauty}, **{p.key: 0.85 for p in health}}
    keyword = {**{p.key: 1.0 for p in beauty}, **{p.key: 0.6 for p in health}}
    query = parse_brief("Sonic toothbrush for dentists and doctors who talk about health; "
                        "beauty creator is not needed.")
    ranked = score_candidates(query, beauty + health, semantic, keyword)
    assert [m.profile.handle.split(".")[0] for m in ranked] == ["dokter"] * 3 + ["glow"] * 3
    assert not any(m.on_topic for m in ranked if m.profile.handle.startswith("glow"))
    # Without the refusal the nearest creators lead.
    asked = parse_brief("Sonic toothbrush for dentists and doctors who talk about health.")
    assert score_candidates(asked, beauty + health, semantic, keyword)[0].profile.handle \
        .startswith("glow")


def test_the_scales_come_from_the_creators_not_ruled_out() -> None:
    assert normalise({"a": 1.0, "b": 2.0, "out": 3.0}, within=["a", "b"]) == {
        "a": 0.0, "b": 1.0, "out": 1.0}
    assert normalise({"a": 0.5, "b": 0.5 + 1e-12}) == {"a": 1.0, "b": 1.0}
