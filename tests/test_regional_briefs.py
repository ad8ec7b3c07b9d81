"""Briefs typed in the regional ways of saying "no", refusing a kind of creator named after a
platform, the brand's own accounts, and regional place names."""

from __future__ import annotations

import pytest

from retrieval.brief_parser import parse_brief
from retrieval.places import canonical_city


@pytest.mark.parametrize(("brief", "platforms", "refused"), [
    # Palembang / Jambi Malay "dak", Papuan Malay "tra", Betawi "kagak", Banjar "kada".
    ("jual kerupuk kemplang. Di TikTok atau YouTube bae, IG dak usah", ["tiktok", "youtube"],
     ["instagram"]),
    ("kitong jual noken. Instagram deng TikTok sa, YouTube tra usah", ["instagram", "tiktok"],
     ["youtube"]),
    ("jual kerak telor frozen, IG aja ye, TikTok kagak usah", ["instagram"], ["tiktok"]),
    ("jual sasirangan, YouTube haja, TikTok kada usah", ["youtube"], ["tiktok"]),
    ("we sell rattan bags. YouTube or Instagram, no need TikTok", ["instagram", "youtube"],
     ["tiktok"]),
])
def test_regional_no_refuses_a_platform_and_keeps_the_others(
        brief: str, platforms: list[str], refused: list[str]) -> None:
    query = parse_brief(brief)
    assert sorted(query.platforms) == platforms
    assert query.excluded_platforms == refused


@pytest.mark.parametrize(("brief", "relaxed"), [
    ("jual pempek vakum, kreatornyo dak harus di Palembang", "city"),
    ("jual sagu lempeng, lokasi bebas, tra harus di Jayapura", "city"),
    ("jual kopi gayo, kreator di Medan, followers hana masalah", "followers"),
])
def test_regional_no_relaxes_a_limit(brief: str, relaxed: str) -> None:
    query = parse_brief(brief)
    assert relaxed in query.relaxed
    if relaxed == "city":
        assert query.cities == []


def test_refusing_a_kind_of_creator_keeps_the_platform_asked_for_by_name() -> None:
    query = parse_brief("jual sepatu kulit. Bukan selebgram endorse-an ya. Cuma di Instagram.")
    assert (query.platforms, query.excluded_platforms) == (["instagram"], [])
    refused = parse_brief("jual sepatu kulit. Jangan selebgram, TikTok aja")
    assert (refused.platforms, refused.excluded_platforms) == (["tiktok"], ["instagram"])


def test_where_the_brand_reposts_is_its_own_account() -> None:
    query = parse_brief("cari kreator otomotif, YouTube saja, nanti videonya kami share di IG "
                        "bengkel")
    assert query.platforms == ["youtube"]


@pytest.mark.parametrize(("brief", "cities"), [
    ("klinik gigi, kreatornya harus tinggal di Banda Aceh atau Aceh Besar",
     ["Banda Aceh", "Aceh Besar"]),
    ("jasa pasang wifi, creator has to live in the Ciayumajakuning area",
     ["Cirebon", "Indramayu", "Majalengka", "Kuningan"]),
])
def test_regional_place_names(brief: str, cities: list[str]) -> None:
    assert parse_brief(brief).cities == cities


def test_papua_as_people_name_it() -> None:
    query = parse_brief("jual pinang, kreator harus tinggal di Tanah Papua")
    assert "Jayapura" in query.cities and "Merauke" in query.cities
    assert canonical_city("Sentani") == "Jayapura"


@pytest.mark.parametrize(("brief", "audience"), [
    ("jual mukena, tolong carikan kreator dengan pengikutnyo ibu-ibu pengajian, kontennyo "
     "apo bae lah", "ibu-ibu pengajian"),
    ("usaha travel umroh, awak cari kreator nan followers-nyo urang rantau, kontennyo apo "
     "sajo", "urang rantau"),
])
def test_malay_possessive_nyo_names_the_creators_audience(brief: str, audience: str) -> None:
    query = parse_brief(brief)
    assert query.creator_audience == audience
    assert query.any_content and query.niches == []


def test_a_filler_before_content_is_free() -> None:
    query = parse_brief("kedai kopi baru, followersnya pekerja kantoran, topiknya literally "
                        "apa aja")
    assert query.any_content
    assert query.creator_audience == "pekerja kantoran"
