"""Shared bot state and rate limits, so several bot instances can serve one deployment

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('botstate',
    sa.Column('namespace', sa.String(length=100), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('namespace', 'key')
    )
    op.create_table('ratelimitevent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bucket', sa.String(length=30), nullable=False),
    sa.Column('subject', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('ratelimitevent', schema=None) as batch_op:
        batch_op.create_index('ix_ratelimit_bucket_subject_at', ['bucket', 'subject', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_ratelimitevent_at'), ['at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('ratelimitevent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ratelimitevent_at'))
        batch_op.drop_index('ix_ratelimit_bucket_subject_at')

    op.drop_table('ratelimitevent')
    op.drop_table("botstate")
