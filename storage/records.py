"""The creator record contract (`../shared/CONTRACT.md`): validation and file readers.

Everything that enters the database from outside (import files, the bot's registration flow)
becomes a `CreatorRecord` first, so one set of rules guards every door.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ConfigDict, ValidationError, field_validator, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import JSON, text
from sqlmodel import AutoString, Field, SQLModel

from storage.contract_ids import NICHES, PLATFORMS
from storage.numbers import read_count, read_posts_per_week

HANDLE_PATTERN = re.compile(r"^[a-z0-9._]{1,30}$")
MAX_TEXT_CHARS = 1000
MAX_SHORT_TEXT_CHARS = 100
MAX_CONTACT_CHARS = 200
# Far above any real account (the largest has < 700M followers); rejects typos like an extra 000.
MAX_FOLLOWERS = 1_000_000_000
MAX_RATE_IDR = 10_000_000_000
MAX_POSTS_PER_WEEK = 1000
MAX_HISTORY_POINTS = 120
MAX_IMPORT_BYTES = 50 * 1024 * 1024
MAX_LINE_BYTES = 64 * 1024
# Rows per import file: 200k rows is twice the largest base measured (bench/RESULTS.md); a
# bigger base is imported in several files, each one a separate, resumable unit of work.
MAX_IMPORT_ROWS = 200_000
COUNT_FIELDS = ("followers", "avg_likes", "avg_comments", "avg_views", "rate_idr")

# Hard plausibility limits: averages above `multiple × followers + floor` cannot be organic and
# are typos (an extra 000, likes typed into followers) or made-up numbers, so they are refused
# at every door. They are deliberately generous — the authenticity signals judge everything
# between normal and these limits — because real posts reach beyond the audience:
# * Instagram: Reels reach non-followers, but an *average* over recent posts above 5× the
#   followers in likes means every post went viral; organic ER is 1–10 %.
# * TikTok and YouTube: the feed is built on non-followers; a viral video can get 50× the
#   followers in views and 5–10× in likes (3–10 likes per 100 views), so likes get 20× and
#   views 200× (views are also averaged over a few videos, one of which may have exploded).
# * Comments get the likes' bound: organic posts have far fewer comments than likes (pods and
#   giveaways, which can invert that, are the authenticity signals' job).
# The floors keep tiny accounts valid (12 likes on 10 followers, a first video's views).
# The shared evaluation bases peak at 0.29 likes and 39 views per follower.
LIKES_PER_FOLLOWER_LIMIT: dict[str, int] = {"instagram": 5, "tiktok": 20, "youtube": 20}
VIEWS_PER_FOLLOWER_LIMIT = 200
LIKES_FLOOR = 100
VIEWS_FLOOR = 10_000


def engagement_limits(platform: str, followers: int) -> tuple[int, int]:
    """The most average likes (and comments) and views a record may claim for its followers."""
    if followers <= 0:
        # No audience to average over: engagement on a 0-follower record is a typo (the
        # followers cell left empty), and it would show as "ER 0 %".
        return 0, 0
    likes = LIKES_PER_FOLLOWER_LIMIT.get(platform, min(LIKES_PER_FOLLOWER_LIMIT.values()))
    return (likes * followers + LIKES_FLOOR,
            VIEWS_PER_FOLLOWER_LIMIT * followers + VIEWS_FLOOR)


def stored_record(fields: dict[str, Any]) -> CreatorRecord:
    """A stored creator as a record: validated, or, when it breaks a rule added after it was
    stored (e.g. the engagement limits), taken as it is, so its owner can still see and fix it
    (the next save validates it again)."""
    try:
        return CreatorRecord.model_validate(fields)
    except ValidationError:
        known = {name: value for name, value in fields.items()
                 if name in CreatorRecord.model_fields}
        return CreatorRecord.model_construct(**known)


def well_formed(text: str) -> str:
    """`text` as it can be stored and sent: a lone surrogate (half an emoji from a broken
    client) becomes U+FFFD, which no database or HTTP request can encode otherwise."""
    return re.sub(r"[\ud800-\udfff]", "\ufffd", text)


YOUTUBE_CHANNEL_ID = re.compile(r"UC[A-Za-z0-9_-]{22}")


class CreatorFields(SQLModel):
    """Every field of the contract, declared once: `CreatorRecord` validates them and the
    `creator` table (`storage.models.Creator`) stores them.

    Limits are the contract's; they are checked only where data enters (the record: table
    models are never validated). `sa_type=AutoString` keeps a text column unbounded whatever
    its contract limit; the list fields are JSON columns.
    """

    handle: str = Field(index=True, max_length=30)
    platform: str = Field(index=True, max_length=20)
    display_name: str | None = Field(default=None, max_length=MAX_SHORT_TEXT_CHARS,
                                     sa_type=AutoString)
    bio: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, sa_type=AutoString)
    community: str | None = Field(default=None, max_length=MAX_TEXT_CHARS, sa_type=AutoString)
    niches: list[str] = Field(min_length=1, max_length=3, sa_type=JSON, nullable=False)
    city: str | None = Field(default=None, max_length=MAX_SHORT_TEXT_CHARS, index=True,
                             sa_type=AutoString)
    country: str | None = None
    languages: list[str] = Field(default_factory=list, max_length=10, sa_type=JSON,
                                 nullable=False)
    followers: int = Field(ge=0, le=MAX_FOLLOWERS)
    avg_likes: int = Field(ge=0, le=MAX_FOLLOWERS)
    avg_comments: int = Field(ge=0, le=MAX_FOLLOWERS)
    avg_views: int | None = Field(default=None, ge=0, le=100 * MAX_FOLLOWERS)
    posts_per_week: float | None = Field(default=None, ge=0, le=MAX_POSTS_PER_WEEK)
    follower_history: list[int] = Field(default_factory=list, max_length=MAX_HISTORY_POINTS,
                                        sa_type=JSON, nullable=False)
    # Not a contract field: when the last len(...) history points were saved (ISO 8601, UTC),
    # for counts updated through the bot, whose saves can be seconds apart. Earlier points
    # are the contract's undated monthly counts; empty = every point is monthly. The server
    # default lets a bot instance that predates the column keep inserting creators during a
    # rolling upgrade.
    follower_history_dates: list[str] = Field(
        default_factory=list, max_length=MAX_HISTORY_POINTS, sa_type=JSON, nullable=False,
        sa_column_kwargs={"server_default": text("'[]'")},
    )
    rate_idr: int | None = Field(default=None, ge=0, le=MAX_RATE_IDR)
    contact: str | None = Field(default=None, max_length=MAX_CONTACT_CHARS, sa_type=AutoString)
    # A youtube creator's channel (UC + 22 characters): what `jodoh refresh` verifies.
    youtube_channel_id: str | None = Field(default=None, max_length=24)


class CreatorRecord(CreatorFields):
    """One creator, exactly as the contract defines it: the fields' rules and normalisation."""

    # SQLModel types its config as its own ConfigDict subclass (not exported); same keys.
    model_config = ConfigDict(extra="ignore",  # type: ignore[assignment]
                              str_strip_whitespace=True)

    @field_validator("display_name", "bio", "community", "city", "contact", mode="before")
    @classmethod
    def _well_formed(cls, value: Any) -> Any:
        return well_formed(value) if isinstance(value, str) else value

    @field_validator("handle", mode="before")
    @classmethod
    def _normalise_handle(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().removeprefix("@").lower()
            if not HANDLE_PATTERN.fullmatch(value):
                raise ValueError(
                    "handle must be 1-30 characters: lowercase letters, digits, '.' or '_'"
                )
        return value

    @field_validator("platform", mode="before")
    @classmethod
    def _normalise_platform(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().lower()
            if value not in PLATFORMS:
                raise ValueError(f"platform must be one of: {', '.join(PLATFORMS)}")
        return value

    @field_validator("niches", mode="before")
    @classmethod
    def _normalise_niches(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [part for part in re.split(r"[;,]", value) if part.strip()]
        if isinstance(value, list):
            cleaned = []
            for item in value:
                if not isinstance(item, str):
                    raise ValueError("niches must be strings")
                niche = item.strip().lower()
                if niche not in NICHES:
                    raise ValueError(f"unknown niche '{niche[:40]}'")
                if niche not in cleaned:
                    cleaned.append(niche)
            return cleaned
        return value

    @field_validator("languages", mode="before")
    @classmethod
    def _normalise_languages(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            value = [part for part in re.split(r"[;,]", value) if part.strip()]
        if isinstance(value, list):
            codes = []
            for item in value:
                if not isinstance(item, str) or not re.fullmatch(r"[a-zA-Z]{2}", item.strip()):
                    raise ValueError("languages must be ISO 639-1 codes such as 'id' or 'en'")
                codes.append(item.strip().lower())
            return codes
        return value

    @field_validator("country", mode="before")
    @classmethod
    def _normalise_country(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().upper() or None
            if value is not None and not re.fullmatch(r"[A-Z]{2}", value):
                raise ValueError("country must be an ISO 3166-1 alpha-2 code such as 'ID'")
        return value

    @field_validator(*COUNT_FIELDS, mode="before")
    @classmethod
    def _read_count(cls, value: Any) -> Any:
        # "10.000" is ten thousand to an Indonesian; pydantic alone would read it as 10.
        if isinstance(value, str) and value.strip():
            return read_count(value)
        return value

    @field_validator("posts_per_week", mode="before")
    @classmethod
    def _read_posts_per_week(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip():
            return read_posts_per_week(value, MAX_POSTS_PER_WEEK)
        return value

    @field_validator("follower_history", mode="before")
    @classmethod
    def _split_history(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            # ";" is the contract's separator; "," only when there is no ";", so that
            # "10,000;12,000" keeps its English thousands separators.
            separator = ";" if ";" in value else ","
            value = [part.strip() for part in value.split(separator) if part.strip()]
        if isinstance(value, list):
            return [read_count(point) if isinstance(point, str) else point for point in value]
        return value

    @field_validator("follower_history")
    @classmethod
    def _check_history(cls, value: list[int]) -> list[int]:
        if any(point < 0 or point > MAX_FOLLOWERS for point in value):
            raise ValueError("follower_history values must be between 0 and 1,000,000,000")
        return value

    @field_validator("youtube_channel_id", mode="before")
    @classmethod
    def _check_channel_id(cls, value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        text = str(value).strip()
        if not YOUTUBE_CHANNEL_ID.fullmatch(text):
            raise ValueError("youtube_channel_id must be a YouTube channel id: UC followed by "
                             "22 letters, digits, - or _")
        return text

    @field_validator("follower_history_dates", mode="before")
    @classmethod
    def _split_history_dates(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            return [part.strip() for part in value.split(";") if part.strip()]
        return value

    @field_validator("follower_history_dates")
    @classmethod
    def _check_history_dates(cls, value: list[str]) -> list[str]:
        try:
            moments = history_datetimes(value)
        except (ValueError, OverflowError) as error:  # Overflow: year 1 moved to UTC
            raise ValueError("follower_history_dates must be ISO 8601 dates") from error
        if any(later < earlier for earlier, later in itertools.pairwise(moments)):
            raise ValueError("follower_history_dates must be in time order, oldest first")
        return [moment.isoformat(timespec="seconds") for moment in moments]

    @field_validator("display_name", "bio", "community", "city", "contact")
    @classmethod
    def _no_nul(cls, value: str | None) -> str | None:
        # PostgreSQL text cannot hold NUL, and a CSV file with one is refused as binary.
        if value is not None and "\x00" in value:
            raise ValueError("text must not contain NUL characters")
        return value

    @field_validator(
        "display_name", "community", "city", "contact", "rate_idr", "avg_views",
        "posts_per_week", mode="before",
    )
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @model_validator(mode="after")
    def _history_ends_at_followers(self) -> CreatorRecord:
        if self.follower_history and self.follower_history[-1] != self.followers:
            raise ValueError("follower_history must end with the current followers count")
        if len(self.follower_history_dates) > len(self.follower_history):
            raise ValueError("follower_history_dates has more dates than follower_history")
        return self

    @model_validator(mode="after")
    def _plausible_engagement(self) -> CreatorRecord:
        likes_limit, views_limit = engagement_limits(self.platform, self.followers)
        for name, value, limit in (("avg_likes", self.avg_likes, likes_limit),
                                   ("avg_comments", self.avg_comments, likes_limit),
                                   ("avg_views", self.avg_views or 0, views_limit)):
            if value > limit:
                # The context carries the numbers, so the bot can say this in the user's language.
                raise PydanticCustomError(
                    "implausible_engagement",
                    "{field} {value_text} is not possible with {followers_text} followers on "
                    "{platform} (at most {limit_text}); check both numbers",
                    {"field": name, "value": value, "followers": self.followers,
                     "platform": self.platform, "limit": limit, "value_text": f"{value:,}",
                     "followers_text": f"{self.followers:,}", "limit_text": f"{limit:,}"},
                )
        return self

    def content_hash(self) -> str:
        """A stable hash of every field, to tell an unchanged re-import from an update."""
        # Without dates the hash is the one records had before dates existed: a re-import of
        # an unchanged file stays "unchanged".
        # The same for a channel id: records without one hash as they did before it existed.
        exclude = {name for name in ("follower_history_dates", "youtube_channel_id")
                   if not getattr(self, name)} or None
        payload = json.dumps(self.model_dump(exclude=exclude), sort_keys=True,
                             ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def history_datetimes(values: list[str] | tuple[str, ...]) -> tuple[datetime, ...]:
    """`follower_history_dates` as aware datetimes (a date without a zone is UTC)."""
    moments = []
    for value in values:
        moment = datetime.fromisoformat(value)
        moments.append(moment.replace(tzinfo=UTC) if moment.tzinfo is None
                       else moment.astimezone(UTC))
    return tuple(moments)


def add_history_point(history: list[int], dates: list[str], followers: int,
                      at: datetime) -> tuple[list[int], list[str]]:
    """The follower history and its dates after `followers` was saved at `at`.

    A save replaces an earlier save of the same (UTC) day, unless that one is the oldest
    point: one point per day, so saving again and again cannot push a month-old baseline out
    of the MAX_HISTORY_POINTS kept (a jump stays measured from the last day before it, or
    from the first count ever saved), and a count corrected the same day leaves no jump.
    """
    dates = list(dates)[-len(history):] if history else []
    history = list(history)
    if history and history[-1] == followers:
        return history, dates
    at = at.astimezone(UTC)
    stamp = at.isoformat(timespec="seconds")
    same_day = bool(dates) and history_datetimes(dates[-1:])[0].date() == at.date()
    if len(history) >= 2 and same_day:
        history[-1], dates[-1] = followers, stamp
        if history[-1] == history[-2]:
            del history[-1], dates[-1]
    else:
        history.append(followers)
        dates.append(stamp)
    history = history[-MAX_HISTORY_POINTS:]
    return history, dates[-len(history):]


@dataclass(frozen=True, slots=True)
class RowError:
    """Why one input row was rejected (1-based line number as a user sees it in an editor)."""

    line: int
    reason: str
    handle: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """Valid records (with their line numbers) and rejected rows of one import file."""

    records: list[tuple[int, CreatorRecord]]
    errors: list[RowError]


class ImportFileError(ValueError):
    """The file as a whole cannot be read (wrong type, too big, not UTF-8)."""


def describe_validation_error(error: ValidationError) -> str:
    """Turn pydantic's error list into one short, human sentence."""
    parts = []
    for item in error.errors()[:3]:
        field = ".".join(str(loc) for loc in item["loc"])
        message = str(item["msg"]).removeprefix("Value error, ")
        # Checks across fields (no location) name their fields in the message itself.
        parts.append(f"{field}: {message}" if field else message)
    return "; ".join(parts)


def validate_row(raw: Any, line: int) -> CreatorRecord | RowError:
    """Validate one decoded row; never raises."""
    if not isinstance(raw, dict):
        return RowError(line, "row is not a JSON object")
    handle = raw.get("handle") if isinstance(raw.get("handle"), str) else None
    try:
        return CreatorRecord.model_validate(raw)
    except ValidationError as error:
        return RowError(line, describe_validation_error(error), handle)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(f"the file is not valid UTF-8 (byte {error.start})") from error


def parse_jsonl(text: str) -> ParsedFile:
    """Parse JSON Lines; each non-empty line is one creator."""
    records: list[tuple[int, CreatorRecord]] = []
    errors: list[RowError] = []
    # Only \n, \r\n and \r end a line: JSON strings may hold U+2028, U+0085… unescaped.
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        if not line.strip():
            continue
        if len(line) > MAX_LINE_BYTES:
            errors.append(RowError(number, f"line is longer than {MAX_LINE_BYTES} characters"))
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as error:
            errors.append(RowError(number, f"invalid JSON ({error.msg})"))
            continue
        except RecursionError:
            errors.append(RowError(number, "invalid JSON (nested too deeply)"))
            continue
        except ValueError:  # an integer longer than Python's int digits limit
            errors.append(RowError(number, "invalid JSON (number too long)"))
            continue
        result = validate_row(raw, number)
        if isinstance(result, RowError):
            errors.append(result)
        else:
            records.append((number, result))
    return ParsedFile(records, errors)


def parse_csv(text: str) -> ParsedFile:
    """Parse CSV with the contract's column names; list fields use `;` (or `,`)."""
    records: list[tuple[int, CreatorRecord]] = []
    errors: list[RowError] = []
    csv.field_size_limit(MAX_LINE_BYTES)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        raise ImportFileError(f"CSV header is unreadable ({error})") from error
    missing = {"handle", "platform", "bio", "niches", "followers"} - set(header)
    if missing:
        raise ImportFileError(f"CSV header is missing columns: {', '.join(sorted(missing))}")
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            errors.append(RowError(line, f"unreadable CSV row ({error})"))
            continue
        if None in row:
            errors.append(RowError(line, "row has more cells than the header"))
            continue
        raw: dict[str, Any] = {key: value for key, value in row.items() if value is not None}
        result = validate_row(raw, line)
        if isinstance(result, RowError):
            errors.append(result)
        else:
            records.append((line, result))
    return ParsedFile(records, errors)


def read_creator_file(path: Path) -> ParsedFile:
    """Read a `.jsonl` or `.csv` import file, enforcing size and encoding limits."""
    suffix = path.suffix.lower()
    if suffix not in {".jsonl", ".csv", ".json"}:
        raise ImportFileError("only .jsonl and .csv files can be imported")
    size = path.stat().st_size
    if size > MAX_IMPORT_BYTES:
        raise ImportFileError(
            f"the file is {size / 1e6:.1f} MB; the limit is {MAX_IMPORT_BYTES // 1_000_000} MB"
        )
    return parse_creator_bytes(path.read_bytes(), suffix)


def parse_creator_bytes(data: bytes, suffix: str, *,
                        max_rows: int = MAX_IMPORT_ROWS) -> ParsedFile:
    """Parse an in-memory import file (used by the CLI and by the bot's upload handler).

    Args:
        data: the file's bytes.
        suffix: ".csv", ".jsonl" or ".json".
        max_rows: files with more non-empty lines than this are refused before parsing.
    """
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFileError("the file is larger than the import limit")
    text = _decode(data)
    if "\x00" in text:
        raise ImportFileError("the file contains NUL bytes; is it really a text file?")
    rows = sum(1 for line in re.split(r"\r\n|\r|\n", text) if line.strip())
    if suffix == ".csv":
        rows -= 1  # the header
    if rows > max_rows:
        raise ImportFileError(f"the file has {rows:,} rows; the limit is {max_rows:,} per "
                              "file (split it into several files)")
    parsed = parse_csv(text) if suffix == ".csv" else parse_jsonl(text)
    return without_repeated_handles(parsed)


def without_repeated_handles(parsed: ParsedFile) -> ParsedFile:
    """The first row of each platform and handle; every later one is rejected with the line
    it repeats, so two versions of one creator are never merged silently."""
    first_line: dict[tuple[str, str], int] = {}
    records: list[tuple[int, CreatorRecord]] = []
    errors = list(parsed.errors)
    for line, record in parsed.records:
        key = (record.platform, record.handle)
        if key in first_line:
            errors.append(RowError(line, f"{record.platform} handle '{record.handle}' is "
                                         f"already on line {first_line[key]}; only that row "
                                         "is imported", record.handle))
            continue
        first_line[key] = line
        records.append((line, record))
    errors.sort(key=lambda error: error.line)
    return ParsedFile(records, errors)


def iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Yield JSON objects from a small trusted JSONL file (briefs, evaluation data)."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
