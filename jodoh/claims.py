"""Claims of imported creators' handles: until a platform confirms who owns an account, an
admin does, by finding a one-time code in the account's bio.

Someone registering a handle that was imported (and nobody owns) does not take the profile
over: the imported record, its contact and the requests waiting for it stay as they are, and
a pending claim keeps what the claimer entered. Approving applies the claimer's own profile
(their contact, never the imported one) and makes them the owner.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Engine

from storage import claim_repository as claim_repo
from storage import repository as repo
from storage.db import retry_on_db_errors, session_scope
from storage.records import MAX_HISTORY_POINTS, CreatorRecord

if TYPE_CHECKING:
    from jodoh.service import JodohService

# No 0/O or 1/I: the code is read off a profile page and typed back.
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_claim_code() -> str:
    """A one-time code such as "JODOH-7KQ2XM" (32^6 ≈ 10^9 possibilities)."""
    return "JODOH-" + "".join(secrets.choice(_CODE_ALPHABET) for _ in range(6))


@dataclass(frozen=True, slots=True)
class PendingClaim:
    """A claim as an admin reviews it."""

    claim_id: int
    platform: str
    handle: str
    code: str
    claimer_telegram_id: int
    display_name: str | None


@dataclass(frozen=True, slots=True)
class ClaimDecision:
    """Who to tell what after an admin decided: every claimer of the handle."""

    platform: str
    handle: str
    creator_id: int | None  # the profile the approved claimer now owns
    approved: list[int]  # claimers' Telegram ids (at most one)
    rejected: list[int]


@retry_on_db_errors
def file_claim(engine: Engine, record: CreatorRecord, telegram_id: int) -> str:
    """Keep `record` as this user's pending claim of an imported handle; returns the code to
    put in the account's bio."""
    with session_scope(engine) as session:
        claim = claim_repo.save_claim(record.platform, record.handle, telegram_id,
                                record.model_dump(mode="json"), new_claim_code(),
                                session=session)
        return claim.code


class ClaimActions:
    """Create, list and decide claims (used by the bot's creator and admin flows)."""

    def __init__(self, service: JodohService) -> None:
        self._service = service


    @retry_on_db_errors
    def pending_for(self, telegram_id: int) -> PendingClaim | None:
        """The user's own pending claim, if any."""
        with session_scope(self._service.engine) as session:
            claim = claim_repo.claim_for(telegram_id, session=session)
            return _pending(claim) if claim is not None else None

    @retry_on_db_errors
    def pending(self, limit: int = 10) -> list[PendingClaim]:
        """Claims waiting for an admin, oldest first."""
        with session_scope(self._service.engine) as session:
            return [_pending(claim) for claim in claim_repo.pending_claims(session=session,
                                                                     limit=limit)]

    def decide(self, claim_id: int, approve: bool) -> ClaimDecision | None:
        """Approve (the claimer's profile replaces the imported one, and is theirs) or
        reject; None when the claim is unknown or already decided.

        Raises:
            OwnershipError: approving a handle someone else owns by now.
        """
        with session_scope(self._service.engine) as session:
            claim = claim_repo.get_claim(claim_id, session=session)
            if claim is None or claim.status != "pending":
                return None
            record = CreatorRecord.model_validate(claim.record)
            claimer = claim.claimer_telegram_id
            imported = repo.get_creator_by_handle(claim.platform, claim.handle,
                                                  session=session)
            if imported is not None and imported.verified_at is not None:
                # Typed counts never replace the platform's: only the account's proven
                # owner (/connect, /verify) changes where verified numbers come from.
                record = with_verified_counts(record, imported.model_dump())
            elif imported is not None:
                record = with_earlier_history(record, list(imported.follower_history))
        creator_id = None
        if approve:
            # The profile first: if it fails, the claim is still pending and can be retried.
            creator_id = self._service.save_creator(record, owner_telegram_id=claimer,
                                                    take_over_imported=True).id
        with session_scope(self._service.engine) as session:
            claim = claim_repo.get_claim(claim_id, session=session)
            if claim is None or claim.status != "pending":
                return None
            decided = claim_repo.decide_claim(claim, "approved" if approve else "rejected",
                                        session=session)
            rejected = [item.claimer_telegram_id for item in decided
                        if item.status == "rejected"]
            return ClaimDecision(claim.platform, claim.handle, creator_id,
                                 [claimer] if approve else [], rejected)


def with_earlier_history(record: CreatorRecord, earlier: list[int]) -> CreatorRecord:
    """`record` with the imported creator's monthly history in front of its own points, so
    approving a claim neither loses the history nor hides a jump behind a fresh start."""
    own = record.follower_history or [record.followers]
    dates = record.follower_history_dates[-len(own):]
    history = [*earlier, *own][-MAX_HISTORY_POINTS:]
    return CreatorRecord.model_validate({**record.model_dump(), "follower_history": history,
                                         "follower_history_dates": dates[-len(history):]})


def with_verified_counts(record: CreatorRecord, verified: dict[str, Any]) -> CreatorRecord:
    """`record` (the claimer's texts) with the verified profile's counts, history and channel,
    so approving the claim keeps them verified."""
    kept = ("followers", "avg_likes", "avg_comments", "avg_views", "follower_history",
            "follower_history_dates", "youtube_channel_id")
    return CreatorRecord.model_validate({**record.model_dump(),
                                         **{name: verified[name] for name in kept}})


def _pending(claim: Any) -> PendingClaim:
    return PendingClaim(claim.id or 0, claim.platform, claim.handle, claim.code,
                        claim.claimer_telegram_id, claim.record.get("display_name"))
