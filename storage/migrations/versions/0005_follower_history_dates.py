"""Dates of bot-saved follower counts, so growth is judged per real time, not per save

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing histories are imported or bot-saved counts without dates: [] reads them as
    # monthly points, exactly as they were scored before.
    # A plain ADD COLUMN: rebuilding the table (batch mode) would drop SQLite's AUTOINCREMENT,
    # which keeps deleted creators' ids from being reused (0004).
    op.add_column("creator", sa.Column("follower_history_dates", sa.JSON(), nullable=False,
                                       server_default=sa.text("'[]'")))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("creator", table_kwargs={"sqlite_autoincrement": sqlite}
                              ) as batch_op:
        batch_op.drop_column("follower_history_dates")
