"""Creators' public refs, ids never reused, claims of imported handles, request notification

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _batch(table: str):  # type: ignore[no-untyped-def]
    # SQLite can only gain AUTOINCREMENT by rebuilding the table; PostgreSQL's sequences never
    # reuse ids, so there the columns are simply added.
    if op.get_bind().dialect.name == "sqlite":
        return op.batch_alter_table(table, recreate="always",
                                    table_kwargs={"sqlite_autoincrement": True})
    return op.batch_alter_table(table)


def upgrade() -> None:
    with op.batch_alter_table("creator") as batch:
        batch.add_column(sa.Column("ref", sa.String(length=16), nullable=True))
    creator = sa.table("creator", sa.column("id", sa.Integer), sa.column("ref", sa.String))
    connection = op.get_bind()
    for (creator_id,) in connection.execute(sa.select(creator.c.id)).all():
        connection.execute(creator.update().where(creator.c.id == creator_id)
                           .values(ref=secrets.token_hex(6)))
    with _batch("creator") as batch:
        batch.alter_column("ref", existing_type=sa.String(length=16), nullable=False)
        batch.create_unique_constraint("creator_ref_key", ["ref"])
    with _batch("contactrequest") as batch:
        batch.add_column(sa.Column("notified_at", sa.DateTime(timezone=True), nullable=True))
    # Requests made so far were shown when made (or when their creator registered).
    request = sa.table("contactrequest", sa.column("notified_at", sa.DateTime),
                       sa.column("created_at", sa.DateTime))
    connection.execute(request.update().values(notified_at=request.c.created_at))
    op.create_table(
        "creatorclaim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("handle", sa.String(length=30), nullable=False),
        sa.Column("claimer_telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_creatorclaim_claimer_telegram_id", "creatorclaim",
                    ["claimer_telegram_id"])
    op.create_index("ix_creatorclaim_status", "creatorclaim", ["status"])


def downgrade() -> None:
    op.drop_index("ix_creatorclaim_status", table_name="creatorclaim")
    op.drop_index("ix_creatorclaim_claimer_telegram_id", table_name="creatorclaim")
    op.drop_table("creatorclaim")
    with op.batch_alter_table("contactrequest") as batch:
        batch.drop_column("notified_at")
    with op.batch_alter_table("creator") as batch:
        batch.drop_constraint("creator_ref_key", type_="unique")
        batch.drop_column("ref")
