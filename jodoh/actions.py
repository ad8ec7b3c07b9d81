"""What brands and creators do with profiles, beside searching: shortlists, feedback, contact
requests within their limits (jodoh/limits.py), and creators' own profiles.

Each method is one unit of database work (retried as a whole when the database is busy).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from jodoh.claims import file_claim
from jodoh.limits import CONTACT_REQUESTS_PER_DAY, DECLINE_COOLDOWN_DAYS, MAX_SHORTLIST
from jodoh.service import JodohService, profile_of
from retrieval.brief_parser import parse_brief
from retrieval.explain import explain
from retrieval.profile import CreatorProfile
from retrieval.ranking import ScoredMatch, score_candidates
from storage import brand_repository as brand_repo
from storage import repository as repo
from storage import runtime_repository as runtime_repo
from storage.db import retry_on_db_errors, session_scope
from storage.records import CreatorRecord, stored_record

# Shared shortlists: token → owner, owner → token (the bot's shared state table).
SHARE_TOKENS = "shortlist_share"
SHARE_OWNERS = "shortlist_share_owner"
# 96 random bits: a link cannot be guessed, and fits a /start payload (64 characters).
SHARE_TOKEN_BYTES = 12


@dataclass(frozen=True, slots=True)
class ContactOutcome:
    """What became of a brand's ✉️: "sent" (a new request; `creator_chat` None when the
    creator is not on Telegram yet), "open" (one is already waiting), "accepted" (answered
    yes before), "cooldown" (answered no; may ask again from `until`), "limit" (the brand's
    daily number is reached) or "gone" (deleted)."""

    status: str
    profile: CreatorProfile | None = None
    request_id: int | None = None
    creator_chat: int | None = None
    until: datetime | None = None


def card_without_brief(profile: CreatorProfile, language: str) -> tuple[ScoredMatch, str]:
    """A creator's own numbers and explanation, with no brief to compare with."""
    query = parse_brief("")
    match = score_candidates(query, [profile], {}, {})[0]
    return match, explain(match, query, language)


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive datetimes (stored in UTC)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class ContactDecision:
    """The outcome of a creator's answer to a contact request."""

    brand_telegram_id: int
    creator_handle: str
    platform: str
    status: str
    contact: str | None


class JodohBrandActions:
    """Shortlists, feedback and contact requests (used by the bot)."""

    def __init__(self, service: JodohService) -> None:
        self._service = service

    @retry_on_db_errors
    def shortlist_add(self, telegram_id: int, ref: str) -> str:
        """'added', 'already' (saved before), 'full' (MAX_SHORTLIST) or 'gone' (deleted)."""
        with session_scope(self._service.engine) as session:
            creator = repo.get_creator_by_ref(ref, session=session)
            if creator is None or creator.id is None:
                return "gone"
            creator_id = creator.id
            if brand_repo.shortlist_size(telegram_id, session=session) >= MAX_SHORTLIST:
                return "already" if brand_repo.in_shortlist(telegram_id, creator_id,
                                                      session=session) else "full"
            added = brand_repo.add_to_shortlist(telegram_id, creator_id, session=session)
            return "added" if added else "already"

    @retry_on_db_errors
    def shortlist(self, telegram_id: int) -> list[CreatorProfile]:
        with session_scope(self._service.engine) as session:
            return [profile_of(c) for c in brand_repo.shortlist(telegram_id, session=session)]

    @retry_on_db_errors
    def shortlist_share_token(self, telegram_id: int) -> str:
        """The opaque token of this brand's read-only shortlist link (made once, then the
        same: a teammate's link keeps working and shows the list as it is now)."""
        with session_scope(self._service.engine) as session:
            token = runtime_repo.get_state(SHARE_OWNERS, str(telegram_id), session=session)
            if isinstance(token, str):
                return token
            token = secrets.token_urlsafe(SHARE_TOKEN_BYTES)
            runtime_repo.put_state(SHARE_TOKENS, token, telegram_id, session=session)
            runtime_repo.put_state(SHARE_OWNERS, str(telegram_id), token, session=session)
            return token

    @retry_on_db_errors
    def shared_shortlist(self, token: str) -> list[CreatorProfile] | None:
        """The shortlist a link shows; None for a token nobody made."""
        with session_scope(self._service.engine) as session:
            owner = runtime_repo.get_state(SHARE_TOKENS, token, session=session)
            if not isinstance(owner, int):
                return None
            return [profile_of(c) for c in brand_repo.shortlist(owner, session=session)]

    def public_card(self, ref: str, language: str) -> tuple[ScoredMatch, str] | None:
        """A creator's card as anyone may see it from a shared link (no brief, no contact);
        None when the creator is gone."""
        profile = self._service.creator_by_ref(ref)
        return card_without_brief(profile, language) if profile is not None else None

    @retry_on_db_errors
    def shortlist_clear(self, telegram_id: int) -> int:
        with session_scope(self._service.engine) as session:
            return brand_repo.clear_shortlist(telegram_id, session=session)

    @retry_on_db_errors
    def feedback(self, telegram_id: int, ref: str, value: int) -> None:
        with session_scope(self._service.engine) as session:
            creator = repo.get_creator_by_ref(ref, session=session)
            if creator is not None and creator.id is not None:
                brand_repo.add_feedback(telegram_id, creator.id, value, session=session)

    @retry_on_db_errors
    def request_contact(self, brand_telegram_id: int, ref: str, brief: str) -> ContactOutcome:
        """Ask a creator for their contact, within the limits (jodoh/limits.py): one open
        request per brand and creator, a cool-down after a "no", a daily number per brand."""
        now = datetime.now(UTC)
        with session_scope(self._service.engine) as session:
            creator = repo.get_creator_by_ref(ref, session=session)
            if creator is None or creator.id is None:
                return ContactOutcome("gone")
            profile = profile_of(creator)
            latest = brand_repo.latest_contact_request(brand_telegram_id, creator.id,
                                                 session=session)
            if latest is not None and latest.status in ("pending", "accepted"):
                return ContactOutcome("open" if latest.status == "pending" else "accepted",
                                      profile)
            if latest is not None and latest.decided_at is not None:
                until = _aware(latest.decided_at) + timedelta(days=DECLINE_COOLDOWN_DAYS)
                if until > now:
                    return ContactOutcome("cooldown", profile, until=until)
            made_today = brand_repo.count_contact_requests_since(
                brand_telegram_id, now - timedelta(days=1), session=session)
            if made_today >= CONTACT_REQUESTS_PER_DAY:
                return ContactOutcome("limit", profile)
            request = brand_repo.create_contact_request(
                brand_telegram_id, creator.id, brief[:1000], session=session,
                notified=creator.owner_telegram_id is not None,
            )
            assert request.id is not None
            return ContactOutcome("sent", profile, request.id, creator.owner_telegram_id)

    @retry_on_db_errors
    def decide_contact(
        self, request_id: int, creator_telegram_id: int, accept: bool
    ) -> ContactDecision | None:
        """Only the creator who owns the profile may decide; others get None."""
        with session_scope(self._service.engine) as session:
            request = brand_repo.get_contact_request(request_id, session=session)
            if request is None:
                return None
            creator = repo.get_creator(request.creator_id, session=session)
            if creator is None or creator.owner_telegram_id != creator_telegram_id:
                return None
            brand_repo.decide_contact_request(request, accept, session=session)
            return ContactDecision(
                brand_telegram_id=request.brand_telegram_id, creator_handle=creator.handle,
                platform=creator.platform, status=request.status,
                contact=creator.contact if request.status == "accepted" else None,
            )


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """A saved profile (`creator_id`), or a claim of an imported one waiting for an admin
    (`claim_code`, to be put in the account's bio)."""

    creator_id: int | None
    claim_code: str | None


class JodohCreatorActions:
    """Profile management for creators who registered through the bot."""

    def __init__(self, service: JodohService) -> None:
        self._service = service

    @retry_on_db_errors
    def owned(self, telegram_id: int) -> list[dict[str, Any]]:
        """The user's profiles as contract records (with contact: they are the owner)."""
        with session_scope(self._service.engine) as session:
            return [
                {"creator_id": c.id, "ref": c.ref, "verified_at": c.verified_at,
                 **stored_record(c.model_dump(exclude={"id"})).model_dump()}
                for c in repo.creators_owned_by(telegram_id, session=session)
            ]

    @retry_on_db_errors
    def handle_status(self, platform: str, handle: str, telegram_id: int) -> str:
        """'free', 'mine', 'claimable' (imported, unowned) or 'taken' (someone else's)."""
        with session_scope(self._service.engine) as session:
            creator = repo.get_creator_by_handle(platform, handle, session=session)
            if creator is None:
                return "free"
            if creator.owner_telegram_id == telegram_id:
                return "mine"
            return "claimable" if creator.owner_telegram_id is None else "taken"

    @retry_on_db_errors
    def save(self, record: CreatorRecord, telegram_id: int) -> SaveOutcome:
        """Create or update the user's profile and index it at once; a profile imported
        under that handle is not taken over but claimed (see jodoh/claims.py)."""
        try:
            creator = self._service.save_creator(record, owner_telegram_id=telegram_id)
        except repo.ClaimNeeded:
            return SaveOutcome(None, file_claim(self._service.engine, record, telegram_id))
        assert creator.id is not None
        return SaveOutcome(creator.id, None)

    @retry_on_db_errors
    def pending_requests(self, creator_id: int, telegram_id: int) -> list[tuple[int, str, str]]:
        """(request id, brief, handle) made before this owner was on Telegram, each returned
        once: a later profile save does not send them again."""
        with session_scope(self._service.engine) as session:
            creator = repo.get_creator(creator_id, session=session)
            if creator is None or creator.owner_telegram_id != telegram_id:
                return []
            return [(r.id or 0, r.brief, creator.handle)
                    for r in brand_repo.take_unnotified_requests(creator_id, session=session)]

    @retry_on_db_errors
    def delete(self, creator_id: int, telegram_id: int) -> bool:
        """Delete a profile, only if this user owns it."""
        with session_scope(self._service.engine) as session:
            creator = repo.get_creator(creator_id, session=session)
            if creator is None or creator.owner_telegram_id != telegram_id:
                return False
        return self._service.delete_creator(creator_id)

    @retry_on_db_errors
    def describe(self, record: CreatorRecord, creator_id: int = 0,
                 language: str = "id", verified_at: datetime | None = None) -> tuple[Any, str]:
        """The card brands would see for this profile (score components and explanation)."""
        profile = CreatorProfile.from_fields(record, creator_id=creator_id)
        if verified_at is not None:
            profile = replace(profile, verified_at=_aware(verified_at))
        return card_without_brief(profile, language)
