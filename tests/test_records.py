"""The creator record contract: every bad row is rejected with a reason, good rows are kept."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from retrieval.scoring import MONTH_DAYS
from storage.records import (
    MAX_HISTORY_POINTS,
    MAX_IMPORT_BYTES,
    CreatorRecord,
    ImportFileError,
    RowError,
    add_history_point,
    history_datetimes,
    parse_creator_bytes,
    read_creator_file,
    validate_row,
)
from tests.conftest import creator_row, write_jsonl


def test_valid_row_normalises_handle_platform_and_lists() -> None:
    record = validate_row(creator_row("@Ayu.Glow", platform=" Instagram ",
                                      niches="beauty_skincare; sustainable_living",
                                      languages="id;en"), 1)
    assert isinstance(record, CreatorRecord)
    assert record.handle == "ayu.glow"
    assert record.platform == "instagram"
    assert record.niches == ["beauty_skincare", "sustainable_living"]
    assert record.languages == ["id", "en"]


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"followers": -5}, "followers"),
        ({"avg_likes": "banyak"}, "avg_likes"),
        ({"niches": ["crypto_moon"]}, "unknown niche"),
        ({"niches": []}, "niches"),
        ({"niches": ["music", "coffee", "pets", "travel"]}, "niches"),
        ({"bio": "x" * 10_000_000}, "bio"),
        ({"bio": ""}, "bio"),
        ({"handle": "bad handle!"}, "handle"),
        ({"handle": "a" * 31}, "handle"),
        ({"platform": "myspace"}, "platform"),
        ({"country": "Indonesia"}, "country"),
        ({"follower_history": [100, 200, 300]}, "follower_history"),
        ({"rate_idr": -1}, "rate_idr"),
        ({"languages": ["bahasa"]}, "languages"),
    ],
)
def test_invalid_rows_are_rejected_with_a_reason(overrides: dict[str, object],
                                                 fragment: str) -> None:
    row = creator_row("ok_handle")
    row.update(overrides)
    result = validate_row(row, 7)
    assert isinstance(result, RowError)
    assert result.line == 7
    assert fragment in result.reason


def test_missing_required_field() -> None:
    row = creator_row("nobio")
    del row["bio"]
    result = validate_row(row, 3)
    assert isinstance(result, RowError) and "bio" in result.reason


def test_jsonl_keeps_valid_rows_and_reports_bad_ones(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [
        creator_row("good_one"),
        "{not json",
        json.dumps([1, 2, 3]),
        creator_row("bad_niche", niches=["astrology"]),
        creator_row("good_two", platform="tiktok", avg_views=5000),
    ])
    parsed = read_creator_file(path)
    assert [r.handle for _, r in parsed.records] == ["good_one", "good_two"]
    assert [e.line for e in parsed.errors] == [2, 3, 4]
    assert "invalid JSON" in parsed.errors[0].reason


def test_csv_rows_with_list_columns_and_bad_cells(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "handle,platform,bio,niches,followers,avg_likes,avg_comments,languages,follower_history,"
        "rate_idr,city\n"
        "kopi.sby,instagram,Ngopi tiap hari,coffee;food_culinary,5000,250,10,id;en,4800;5000,"
        "300000,Surabaya\n"
        "minus,instagram,Bio,coffee,-3,1,1,id,,,\n"
        "empty_rate,tiktok,Bio,music,1200,80,4,,,,\n",
        encoding="utf-8",
    )
    parsed = read_creator_file(path)
    assert [r.handle for _, r in parsed.records] == ["kopi.sby", "empty_rate"]
    first = parsed.records[0][1]
    assert first.niches == ["coffee", "food_culinary"]
    assert first.follower_history == [4800, 5000]
    assert parsed.records[1][1].rate_idr is None
    assert parsed.errors[0].line == 3 and "followers" in parsed.errors[0].reason


def test_csv_with_a_huge_cell_is_reported_not_crashed(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("handle,platform,bio,niches,followers,avg_likes,avg_comments\n"
                    f"big,instagram,{'x' * 200_000},music,10,1,1\n"
                    "fine,instagram,Bio,music,10,1,1\n", encoding="utf-8")
    parsed = read_creator_file(path)
    assert [r.handle for _, r in parsed.records] == ["fine"]
    assert len(parsed.errors) == 1


def test_csv_missing_columns_is_a_file_error(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("name,followers\nx,1\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="missing columns"):
        read_creator_file(path)


def test_wrong_type_invalid_utf8_and_size_limits(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"\.jsonl and \.csv"):
        read_creator_file(write_jsonl(tmp_path / "c.xlsx", ["x"]))
    with pytest.raises(ImportFileError, match="UTF-8"):
        parse_creator_bytes(b'{"handle": "\xff\xfe"}\n', ".jsonl")
    with pytest.raises(ImportFileError, match="limit"):
        parse_creator_bytes(b" " * (MAX_IMPORT_BYTES + 1), ".jsonl")
    with pytest.raises(ImportFileError, match="NUL"):
        parse_creator_bytes(b"\x00\x01binary", ".jsonl")


def test_content_hash_changes_only_with_content() -> None:
    a = CreatorRecord.model_validate(creator_row("same"))
    b = CreatorRecord.model_validate(creator_row("same"))
    c = CreatorRecord.model_validate(creator_row("same", followers=12001,
                                                 follower_history=[12001]))
    assert a.content_hash() == b.content_hash() != c.content_hash()


def test_row_count_limit_is_enforced_before_parsing() -> None:
    from storage.records import ImportFileError, parse_creator_bytes

    jsonl = b"\n".join([b'{"handle": "x"}'] * 4) + b"\n\n"
    with pytest.raises(ImportFileError, match="4 rows"):
        parse_creator_bytes(jsonl, ".jsonl", max_rows=3)
    assert len(parse_creator_bytes(jsonl, ".jsonl", max_rows=4).errors) == 4
    csv_file = b"handle,platform,bio,niches,followers\n" + b"a,instagram,b,coffee,1\n" * 3
    assert len(parse_creator_bytes(csv_file, ".csv", max_rows=3).errors) == 3  # header not counted


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_repeated_handles_in_one_file_are_reported_not_merged(suffix: str) -> None:
    """Duplicate handles in one import file were merged silently (the last row won)."""
    rows = [creator_row("dup.one", followers=12_000),
            creator_row("other.one"),
            creator_row("DUP.one", followers=99_000, follower_history=[]),
            creator_row("dup.one", platform="tiktok", avg_views=5000)]
    if suffix == ".jsonl":
        data = "\n".join(json.dumps(row) for row in rows).encode()
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ";".join(map(str, v)) if isinstance(v, list) else
                             ("" if v is None else v) for k, v in row.items()})
        data = buffer.getvalue().encode()
    parsed = parse_creator_bytes(data, suffix)
    kept = {(r.platform, r.handle): r.followers for _, r in parsed.records}
    assert kept == {("instagram", "dup.one"): 12_000, ("instagram", "other.one"): 12_000,
                    ("tiktok", "dup.one"): 12_000}
    offset = 1 if suffix == ".csv" else 0
    assert [(e.line, e.handle) for e in parsed.errors] == [(3 + offset, "dup.one")]
    assert f"line {1 + offset}" in parsed.errors[0].reason


def test_undated_records_keep_the_content_hash_they_had_before_dates() -> None:
    # The digest before follower_history_dates existed: an unchanged re-import stays
    # "unchanged" and nothing is re-embedded.
    record = CreatorRecord.model_validate(creator_row("same"))
    assert record.content_hash() == (
        "e34dd6ff89d92401b1974141559a11de227522a3c4188d9757e2d3c9b1fefd7f")
    dated = CreatorRecord.model_validate(creator_row(
        "same", follower_history_dates=["2025-03-01T09:00:00+00:00"]))
    assert dated.content_hash() != record.content_hash()


def test_history_dates_are_normalised_and_checked() -> None:
    record = CreatorRecord.model_validate(creator_row(
        "dated", follower_history_dates="2025-03-01T16:00:00+07:00;2025-03-02"))
    assert record.follower_history_dates == ["2025-03-01T09:00:00+00:00",
                                             "2025-03-02T00:00:00+00:00"]
    for dates, reason in [(["yesterday"], "ISO 8601"),
                          (["0001-01-01T00:00:00+05:00"], "ISO 8601"),
                          (["2025-03-02", "2025-03-01"], "time order"),
                          (["2025-03-01"] * 5, "more dates")]:
        result = validate_row(creator_row("dated", follower_history_dates=dates), 1)
        assert isinstance(result, RowError) and reason in result.reason


def test_saves_of_one_day_keep_the_baseline_and_the_last_count() -> None:
    day = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
    history, dates = [10_000], [(day - timedelta(days=3)).isoformat()]
    for step, count in enumerate([14_000, 18_000, 22_000, 26_000, 30_000]):
        history, dates = add_history_point(history, dates, count, day + timedelta(seconds=step))
    assert history == [10_000, 30_000] and len(dates) == 2
    # A count corrected the same day leaves no jump behind.
    history, dates = add_history_point(history, dates, 10_000, day + timedelta(hours=1))
    assert history == [10_000] and len(dates) == 1
    # On the day of the first save, that first count stays the baseline.
    history, dates = add_history_point([], [], 10_000, day)
    for count in (15_000, 20_000, 30_000):
        history, dates = add_history_point(history, dates, count, day)
    assert history == [10_000, 30_000]


def test_spamming_saves_cannot_push_a_month_old_baseline_out() -> None:
    start = datetime(2025, 3, 1, tzinfo=UTC)
    history = list(range(1_000, 1_000 + MAX_HISTORY_POINTS))  # undated, monthly
    dates: list[str] = []
    history, dates = add_history_point(history, dates, 10_000, start)
    count = 10_000
    for minute in range(0, 40 * 24 * 60, 7):  # a save every 7 minutes for 40 days
        count += 1
        history, dates = add_history_point(history, dates, count,
                                           start + timedelta(minutes=minute))
    assert len(history) <= MAX_HISTORY_POINTS and len(dates) <= len(history)
    moments = history_datetimes(dates)
    assert moments[-1] - moments[0] > timedelta(days=MONTH_DAYS)  # a month back and more


# --- numbers as people write them --------------------------------------------------------


CSV_NUMBERS_HEADER = ("handle,platform,bio,niches,followers,avg_likes,avg_comments,avg_views,"
                      "posts_per_week,follower_history,rate_idr\n")


@pytest.mark.parametrize(
    ("followers", "likes", "history", "rate", "expected"),
    [
        # Indonesian thousands dots: ten thousand, not ten.
        ("10.000", "1.250", "9.000;10.000", "750.000", (10_000, 1_250, [9_000, 10_000], 750_000)),
        ("10,000", "1,250", "9,000;10,000", "750,000", (10_000, 1_250, [9_000, 10_000], 750_000)),
        ("10 000", "1 250", "9 000;10 000", "Rp 750.000",
         (10_000, 1_250, [9_000, 10_000], 750_000)),
        ("1.250.000", "25.000", "1.250.000", "1.500.000,00",
         (1_250_000, 25_000, [1_250_000], 1_500_000)),
        ("12,5rb", "1.2k", "12.000;12.500", "1,2jt", (12_500, 1_200, [12_000, 12_500], 1_200_000)),
    ],
)
def test_thousands_notation_is_read_as_the_writer_meant(
        tmp_path: Path, followers: str, likes: str, history: str, rate: str,
        expected: tuple[int, int, list[int], int]) -> None:
    csv_path = tmp_path / "c.csv"
    csv_path.write_text(CSV_NUMBERS_HEADER + f'ayu,instagram,Bio,coffee,"{followers}","{likes}",'
                        f'10,,"2,5","{history}","{rate}"\n', encoding="utf-8")
    jsonl_path = write_jsonl(tmp_path / "c.jsonl", [creator_row(
        "ayu", followers=followers, avg_likes=likes, avg_comments="10",
        follower_history=history, rate_idr=rate, posts_per_week="2.5")])
    for path in (csv_path, jsonl_path):
        parsed = read_creator_file(path)
        assert parsed.errors == [], path
        record = parsed.records[0][1]
        assert (record.followers, record.avg_likes, record.follower_history,
                record.rate_idr) == expected
        assert record.avg_comments == 10 and record.posts_per_week == 2.5


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("followers", "10.000,5", "whole number"),
        ("followers", "10,000.5", "whole number"),
        ("avg_likes", "1.5", "ambiguous"),
        ("avg_likes", "12.34", "ambiguous"),
        ("followers", "1.00.000", "ambiguous"),
        ("rate_idr", "10.00", "ambiguous"),
        ("rate_idr", "750.000,500", "ambiguous"),
        ("avg_views", "1.250k", "ambiguous"),
        ("avg_comments", "sepuluh", "not a number"),
        ("posts_per_week", "1.000", "ambiguous"),
        ("posts_per_week", "1,000", "ambiguous"),
        ("follower_history", "9.000;10.000,5", "whole number"),
    ],
)
def test_unclear_numbers_are_rejected_not_rescaled(field: str, value: str,
                                                   fragment: str) -> None:
    row = creator_row("ayu", platform="tiktok", followers="10.000", avg_likes="500",
                      follower_history=[10_000])
    row[field] = value
    result = validate_row(row, 5)
    assert isinstance(result, RowError), result
    assert field in result.reason and fragment in result.reason


def test_json_numbers_must_be_whole_counts(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [
        creator_row("whole", followers=12_000.0, avg_likes=420.0, follower_history=[12_000.0]),
        creator_row("fraction", followers=12_000.5, follower_history=[]),
    ])
    parsed = read_creator_file(path)
    assert [(r.handle, r.followers, r.avg_likes) for _, r in parsed.records] == [
        ("whole", 12_000, 420)]
    assert parsed.errors[0].handle == "fraction" and "followers" in parsed.errors[0].reason


# --- plausible engagement ----------------------------------------------------------------


@pytest.mark.parametrize(
    "overrides",
    [
        # 900,000 likes cannot come from 1,500 followers (an "ER" of 60,000 %).
        {"platform": "instagram", "followers": 1_500, "avg_likes": 900_000},
        {"platform": "instagram", "followers": 20_000, "avg_comments": 150_000},
        {"platform": "tiktok", "followers": 2_000, "avg_likes": 60_000},
        {"platform": "youtube", "followers": 5_000, "avg_likes": 1_000, "avg_views": 5_000_000},
        # No followers, yet likes: the followers cell was left empty.
        {"platform": "tiktok", "followers": 0, "avg_likes": 40, "avg_comments": 0},
    ],
)
def test_impossible_engagement_is_rejected(overrides: dict[str, int | str]) -> None:
    row = creator_row("ayu", **overrides, follower_history=[])
    result = validate_row(row, 2)
    assert isinstance(result, RowError), result
    assert "not possible" in result.reason and "followers" in result.reason


@pytest.mark.parametrize(
    "overrides",
    [
        {"platform": "instagram", "followers": 10, "avg_likes": 12, "avg_comments": 3},
        {"platform": "instagram", "followers": 4_000, "avg_likes": 9_000},  # a viral Reel
        # Viral short video: views 50× and likes 8× the followers are real.
        {"platform": "tiktok", "followers": 2_000, "avg_likes": 16_000, "avg_views": 100_000},
        {"platform": "youtube", "followers": 300, "avg_likes": 900, "avg_views": 40_000},
        {"platform": "tiktok", "followers": 0, "avg_likes": 0, "avg_comments": 0},
    ],
)
def test_high_but_real_engagement_is_accepted(overrides: dict[str, int | str]) -> None:
    assert isinstance(validate_row(creator_row("ayu", **overrides, follower_history=[]), 2),
                      CreatorRecord)


def _creator_bases() -> list[Path]:
    root = Path(__file__).resolve().parent.parent
    # ../shared next to the checkout, or two levels up from a worktree.
    shared = [base / "shared" / "eval" for base in (root.parent, root.parent.parent)]
    found = [root / "data" / "sample_creators.jsonl",
             *sorted(root.glob("data/eval/*/creators.jsonl")),
             *sorted(root.glob("tests/data/*creators*.jsonl"))]
    for eval_dir in shared:
        found += sorted(eval_dir.glob("*/creators.jsonl"))
    return list(dict.fromkeys(path.resolve() for path in found))


@pytest.mark.parametrize("path", _creator_bases(), ids=lambda p: "/".join(p.parts[-3:]))
def test_every_known_creator_base_passes_the_plausibility_check(path: Path) -> None:
    parsed = read_creator_file(path)
    assert [error for error in parsed.errors if "not possible" in error.reason] == []
    assert parsed.errors == [] and parsed.records


# --- one list of niches and platforms ------------------------------------------------------


def test_labels_and_vocabulary_cover_exactly_the_contract_lists() -> None:
    """Retrieval and the prompts cannot import storage: they key their labels and vocabulary
    by the contract's ids (storage/contract_ids.py), and must cover exactly those."""
    from prompts.explanations import PLATFORM_LABELS
    from retrieval.lexicon import NICHE_LABELS, NICHE_TERMS, PLATFORM_TERMS, RELATED_NICHES
    from storage.contract_ids import NICHES, PLATFORMS, VIDEO_PLATFORMS

    assert len(set(NICHES)) == len(NICHES) and len(set(PLATFORMS)) == len(PLATFORMS)
    assert set(NICHE_LABELS) == set(NICHE_TERMS) == set(NICHES)
    assert set(RELATED_NICHES) | {n for related in RELATED_NICHES.values() for n in related} \
        <= set(NICHES)
    assert set(PLATFORM_LABELS) == set(PLATFORM_TERMS) == set(PLATFORMS)
    assert set(VIDEO_PLATFORMS) < set(PLATFORMS)


def test_the_profile_reads_history_dates_as_the_record_does() -> None:
    from retrieval.profile import CreatorProfile

    dates = ["2025-03-01", "2025-03-01T10:00:00+07:00", "2025-03-02T00:00:00Z",
             "2025-03-02T01:30:00+00:00"]
    row = creator_row("dated", follower_history=[9_000, 10_000, 11_000, 11_500, 12_000],
                      followers=12_000)
    record = CreatorRecord.model_construct(**{**CreatorRecord.model_validate(row).model_dump(),
                                              "follower_history_dates": dates})
    profile = CreatorProfile.from_fields(record, creator_id=1)
    assert profile.follower_history_dates == history_datetimes(dates)
    assert all(moment.tzinfo is not None for moment in profile.follower_history_dates)
