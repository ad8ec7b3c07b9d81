"""Claims of imported creators' profiles by the people who say they own them. Plain CRUD functions;
every one takes the session as a keyword-only argument."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from storage.models import (
    CreatorClaim,
    utcnow,
)


def save_claim(platform: str, handle: str, claimer_telegram_id: int, record: dict[str, Any],
               code: str, *, session: Session) -> CreatorClaim:
    """A pending claim; the claimer's own pending claim of the same handle is updated (and
    keeps its code, which may already be in their bio)."""
    claim = session.exec(
        select(CreatorClaim).where(
            CreatorClaim.platform == platform, CreatorClaim.handle == handle,
            CreatorClaim.claimer_telegram_id == claimer_telegram_id,
            CreatorClaim.status == "pending")
    ).first()
    if claim is None:
        claim = CreatorClaim(platform=platform, handle=handle,
                             claimer_telegram_id=claimer_telegram_id, record=record, code=code)
    else:
        claim.record = record
    session.add(claim)
    session.flush()
    return claim


def pending_claims(*, session: Session, limit: int = 10) -> list[CreatorClaim]:
    """Claims waiting for an admin, oldest first."""
    return list(session.exec(
        select(CreatorClaim).where(CreatorClaim.status == "pending")
        .order_by(col(CreatorClaim.created_at), col(CreatorClaim.id)).limit(limit)))


def claim_for(claimer_telegram_id: int, *, session: Session) -> CreatorClaim | None:
    """The user's most recent pending claim."""
    return session.exec(
        select(CreatorClaim).where(CreatorClaim.claimer_telegram_id == claimer_telegram_id,
                                   CreatorClaim.status == "pending")
        .order_by(col(CreatorClaim.created_at).desc())).first()


def get_claim(claim_id: int, *, session: Session) -> CreatorClaim | None:
    """One claim."""
    return session.get(CreatorClaim, claim_id)


def decide_claim(claim: CreatorClaim, status: str, *, session: Session) -> list[CreatorClaim]:
    """Approve or reject a claim; approving rejects every other pending claim of the same
    handle. Returns the claims decided (the given one first)."""
    decided = [claim]
    if status == "approved":
        decided += [other for other in session.exec(
            select(CreatorClaim).where(
                CreatorClaim.platform == claim.platform, CreatorClaim.handle == claim.handle,
                CreatorClaim.status == "pending", CreatorClaim.id != claim.id))]
    for item in decided:
        item.status = status if item is claim else "rejected"
        item.decided_at = utcnow()
        session.add(item)
    return decided


# --- embedding cache ------------------------------------------------------------------------
