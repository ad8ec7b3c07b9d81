"""Drop botuser.language: the bot keeps each user's language in its shared state (user_data)

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Batch mode: SQLite rebuilds the table (botuser has no AUTOINCREMENT to lose).
    with op.batch_alter_table("botuser") as batch_op:
        batch_op.drop_column("language")


def downgrade() -> None:
    # Rows written since get the column's former default; then the column is as 0001 made it.
    with op.batch_alter_table("botuser") as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=5), nullable=False,
                                      server_default="id"))
    with op.batch_alter_table("botuser") as batch_op:
        batch_op.alter_column("language", existing_type=sa.String(length=5),
                              existing_nullable=False, server_default=None)
