"""Reads and writes only tests need (the application never lists snapshots or adds users)."""

from __future__ import annotations

from sqlmodel import Session, col, select

from storage.models import BotUser, FollowerSnapshot


def follower_snapshots(creator_id: int, *, session: Session) -> list[FollowerSnapshot]:
    """A creator's recorded counts, oldest first."""
    return list(
        session.exec(
            select(FollowerSnapshot)
            .where(FollowerSnapshot.creator_id == creator_id)
            .order_by(col(FollowerSnapshot.recorded_at), col(FollowerSnapshot.id))
        )
    )


def get_or_create_user(telegram_id: int, *, session: Session) -> BotUser:
    """The user's row, created on first contact."""
    user = session.get(BotUser, telegram_id)
    if user is None:
        user = BotUser(telegram_id=telegram_id)
        session.add(user)
        session.flush()
    return user
