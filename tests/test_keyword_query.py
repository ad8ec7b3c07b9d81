"""The keyword search's query: a brief's own words outweigh its niche's general vocabulary."""

from __future__ import annotations

from retrieval.brief_parser import parse_brief
from retrieval.engine import NICHE_VOCABULARY_WEIGHT, keyword_query
from retrieval.keyword import KeywordIndex
from retrieval.lexicon import NICHE_LABELS, NICHE_TERMS

# A tech brief about one kind of gear, and two tech creators: one who posts that gear, one
# whose bio is the niche's everyday vocabulary (phones, gadgets, Android).
BRIEF = "Our canvas camera bags need a photographer to show them off"
CREATORS = {
    "drone": "Drone photographer over river towns: camera settings, ND filters, landscapes",
    "phones": "Review smartphone Android harian, hp murah dan ponsel second buat pelajar",
    # Others, so that each word's rarity is as in a real base.
    "coffee": "Seduh kopi manual brew tiap pagi, V60 dan AeroPress",
    "beauty": "Skincare routine buat kulit berminyak, review sunscreen lokal",
    "runner": "Marathon training log, sepatu lari and easy runs around town",
    "parent": "Menu MPASI rumahan dan cerita ibu bekerja",
    "travel": "Backpacking Flores on a budget, ferries and homestays",
    "gamer": "Mobile Legends ranked grind and tournament talk",
}


def _index() -> KeywordIndex:
    index = KeywordIndex()
    index.build(list(CREATORS), list(CREATORS.values()))
    return index


def test_the_niche_names_count_fully_and_its_other_terms_apart() -> None:
    query = parse_brief(BRIEF)
    assert query.niches == ["tech_gadgets"]
    asked = keyword_query(query)
    assert asked.text.startswith(query.semantic_text)
    for label in NICHE_LABELS["tech_gadgets"].values():
        assert label in asked.text
    assert NICHE_TERMS["tech_gadgets"][0] in asked.vocabulary.split()
    assert keyword_query(query, expand=False) == type(asked)(query.semantic_text, "")


def test_the_briefs_own_topic_outranks_the_niches_everyday_vocabulary() -> None:
    asked = keyword_query(parse_brief(BRIEF))
    index = _index()
    found = dict(index.search(asked.text, limit=2,
                              weighted=((asked.vocabulary, NICHE_VOCABULARY_WEIGHT),)))
    assert found["drone"] > found.get("phones", 0.0)
    # Counted like the brief's own words, the vocabulary puts the phone reviewer first.
    full = dict(index.search(asked.text, limit=2, weighted=((asked.vocabulary, 1.0),)))
    assert full["phones"] > full["drone"]
