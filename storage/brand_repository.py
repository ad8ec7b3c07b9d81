"""Brands' records: the brief log, shortlists, match feedback and contact requests. Plain CRUD
functions; every one takes the session as a keyword-only argument."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from storage.models import (
    BriefLog,
    ContactRequest,
    Creator,
    MatchFeedback,
    ShortlistItem,
    utcnow,
)


def log_brief(
    brief: str,
    parsed: dict[str, Any],
    result_keys: list[str],
    *,
    session: Session,
    telegram_id: int | None = None,
) -> BriefLog:
    """Record one search (never with contact details: results are keys only)."""
    entry = BriefLog(telegram_id=telegram_id, brief=brief, parsed=parsed, result_keys=result_keys)
    session.add(entry)
    session.flush()
    return entry


def count_briefs_since(since: datetime, *, session: Session) -> int:
    """Searches logged since a moment (e.g. today)."""
    return int(
        session.exec(
            select(func.count()).select_from(BriefLog).where(col(BriefLog.created_at) >= since)
        ).one()
    )


def in_shortlist(telegram_id: int, creator_id: int, *, session: Session) -> bool:
    """Whether a brand already saved this creator."""
    return session.exec(
        select(ShortlistItem.id).where(
            ShortlistItem.telegram_id == telegram_id, ShortlistItem.creator_id == creator_id
        )
    ).first() is not None


def shortlist_size(telegram_id: int, *, session: Session) -> int:
    """How many creators a brand has saved."""
    return session.exec(
        select(func.count()).select_from(ShortlistItem)
        .where(ShortlistItem.telegram_id == telegram_id)
    ).one()


def add_to_shortlist(telegram_id: int, creator_id: int, *, session: Session) -> bool:
    """Save a creator; False when it was already saved."""
    if in_shortlist(telegram_id, creator_id, session=session):
        return False
    session.add(ShortlistItem(telegram_id=telegram_id, creator_id=creator_id))
    return True


def shortlist(telegram_id: int, *, session: Session) -> list[Creator]:
    """A brand's saved creators, oldest first."""
    return list(
        session.exec(
            select(Creator)
            .join(ShortlistItem, col(ShortlistItem.creator_id) == col(Creator.id))
            .where(ShortlistItem.telegram_id == telegram_id)
            .order_by(col(ShortlistItem.created_at), col(ShortlistItem.id))
        )
    )


def clear_shortlist(telegram_id: int, *, session: Session) -> int:
    """Remove every saved creator of a brand; returns how many were removed."""
    result = session.execute(
        delete(ShortlistItem).where(col(ShortlistItem.telegram_id) == telegram_id)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def add_feedback(
    telegram_id: int, creator_id: int, value: int, *, session: Session, brief_id: int | None = None
) -> MatchFeedback:
    """Store a 👍 (+1) or 👎 (-1)."""
    entry = MatchFeedback(
        telegram_id=telegram_id, creator_id=creator_id, value=1 if value > 0 else -1,
        brief_id=brief_id,
    )
    session.add(entry)
    return entry


def create_contact_request(
    brand_telegram_id: int, creator_id: int, brief: str, *, session: Session,
    notified: bool = True,
) -> ContactRequest:
    """A pending request (an existing pending one for the same pair is reused).

    `notified`: the creator is shown it now (False: they are not on Telegram yet)."""
    existing = session.exec(
        select(ContactRequest).where(
            ContactRequest.brand_telegram_id == brand_telegram_id,
            ContactRequest.creator_id == creator_id,
            ContactRequest.status == "pending",
        )
    ).first()
    if existing:
        return existing
    request = ContactRequest(
        brand_telegram_id=brand_telegram_id, creator_id=creator_id, brief=brief,
        notified_at=utcnow() if notified else None,
    )
    session.add(request)
    session.flush()
    return request


def take_unnotified_requests(creator_id: int, *, session: Session) -> list[ContactRequest]:
    """Pending requests this creator was never shown (made before they registered), oldest
    first; they are marked shown, so a later profile save does not send them again."""
    requests = list(session.exec(
        select(ContactRequest)
        .where(ContactRequest.creator_id == creator_id, ContactRequest.status == "pending",
               col(ContactRequest.notified_at).is_(None))
        .order_by(col(ContactRequest.created_at), col(ContactRequest.id))
    ))
    for request in requests:
        request.notified_at = utcnow()
        session.add(request)
    return requests


def latest_contact_request(brand_telegram_id: int, creator_id: int, *,
                           session: Session) -> ContactRequest | None:
    """The brand's most recent request to this creator."""
    return session.exec(
        select(ContactRequest)
        .where(ContactRequest.brand_telegram_id == brand_telegram_id,
               ContactRequest.creator_id == creator_id)
        .order_by(col(ContactRequest.created_at).desc(), col(ContactRequest.id).desc())
    ).first()


def count_contact_requests_since(brand_telegram_id: int, since: datetime, *,
                                 session: Session) -> int:
    """How many requests a brand made since `since`."""
    return session.exec(
        select(func.count()).select_from(ContactRequest)
        .where(ContactRequest.brand_telegram_id == brand_telegram_id,
               col(ContactRequest.created_at) >= since)
    ).one()


def get_contact_request(request_id: int, *, session: Session) -> ContactRequest | None:
    """One contact request."""
    return session.get(ContactRequest, request_id)


def decide_contact_request(
    request: ContactRequest, accept: bool, *, session: Session
) -> ContactRequest:
    """Accept or decline a pending request (a decided one stays as it is)."""
    if request.status == "pending":
        request.status = "accepted" if accept else "declined"
        request.decided_at = utcnow()
        session.add(request)
    return request


# --- claims of imported creators -------------------------------------------------------------
