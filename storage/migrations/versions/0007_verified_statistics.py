"""Verified statistics: creator.youtube_channel_id (contract) and creator.verified_at

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable columns with no default: PostgreSQL adds them without rewriting the table,
    # and a bot instance that predates them keeps inserting creators.
    with op.batch_alter_table("creator") as batch_op:
        batch_op.add_column(sa.Column("youtube_channel_id", sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("creator") as batch_op:
        batch_op.drop_column("verified_at")
        batch_op.drop_column("youtube_channel_id")
