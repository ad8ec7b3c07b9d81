"""Dates of bot-saved follower counts, so growth is judged per real time, not per save

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing histories are imported or bot-saved counts without dates: [] reads them as
    # monthly points, exactly as they were scored before.
    with op.batch_alter_table("creator", schema=None) as batch_op:
        batch_op.add_column(sa.Column("follower_history_dates", sa.JSON(), nullable=False,
                                      server_default=sa.text("'[]'")))


def downgrade() -> None:
    with op.batch_alter_table("creator", schema=None) as batch_op:
        batch_op.drop_column("follower_history_dates")
