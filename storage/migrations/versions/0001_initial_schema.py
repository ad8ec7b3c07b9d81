"""Initial schema (what databases created before migrations existed have)

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('botuser',
    sa.Column('telegram_id', sa.BigInteger(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('telegram_id')
    )
    op.create_table('brieflog',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('telegram_id', sa.BigInteger(), nullable=True),
    sa.Column('brief', sa.String(), nullable=False),
    sa.Column('parsed', sa.JSON(), nullable=False),
    sa.Column('result_keys', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('brieflog', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_brieflog_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_brieflog_telegram_id'), ['telegram_id'], unique=False)

    op.create_table('creator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handle', sa.String(length=30), nullable=False),
    sa.Column('platform', sa.String(length=20), nullable=False),
    sa.Column('display_name', sa.String(), nullable=True),
    sa.Column('bio', sa.String(), nullable=False),
    sa.Column('community', sa.String(), nullable=True),
    sa.Column('niches', sa.JSON(), nullable=False),
    sa.Column('city', sa.String(), nullable=True),
    sa.Column('country', sa.String(), nullable=True),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('followers', sa.Integer(), nullable=False),
    sa.Column('avg_likes', sa.Integer(), nullable=False),
    sa.Column('avg_comments', sa.Integer(), nullable=False),
    sa.Column('avg_views', sa.Integer(), nullable=True),
    sa.Column('posts_per_week', sa.Float(), nullable=True),
    sa.Column('follower_history', sa.JSON(), nullable=False),
    sa.Column('rate_idr', sa.Integer(), nullable=True),
    sa.Column('contact', sa.String(), nullable=True),
    sa.Column('owner_telegram_id', sa.BigInteger(), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('platform', 'handle', name='uq_creator_platform_handle')
    )
    with op.batch_alter_table('creator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_creator_city'), ['city'], unique=False)
        batch_op.create_index(batch_op.f('ix_creator_handle'), ['handle'], unique=False)
        batch_op.create_index(batch_op.f('ix_creator_owner_telegram_id'), ['owner_telegram_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_creator_platform'), ['platform'], unique=False)

    op.create_table('embeddingcacheentry',
    sa.Column('model', sa.String(length=200), nullable=False),
    sa.Column('text_hash', sa.String(length=64), nullable=False),
    sa.Column('vector', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('model', 'text_hash')
    )
    op.create_table('contactrequest',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_telegram_id', sa.BigInteger(), nullable=False),
    sa.Column('creator_id', sa.Integer(), nullable=False),
    sa.Column('brief', sa.String(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['creator_id'], ['creator.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contactrequest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contactrequest_brand_telegram_id'), ['brand_telegram_id'], unique=False)

    op.create_table('followersnapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('creator_id', sa.Integer(), nullable=False),
    sa.Column('followers', sa.Integer(), nullable=False),
    sa.Column('avg_likes', sa.Integer(), nullable=False),
    sa.Column('avg_comments', sa.Integer(), nullable=False),
    sa.Column('avg_views', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['creator_id'], ['creator.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('followersnapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_followersnapshot_creator_id'), ['creator_id'], unique=False)

    op.create_table('matchfeedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('telegram_id', sa.BigInteger(), nullable=False),
    sa.Column('creator_id', sa.Integer(), nullable=False),
    sa.Column('brief_id', sa.Integer(), nullable=True),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['brief_id'], ['brieflog.id'], ),
    sa.ForeignKeyConstraint(['creator_id'], ['creator.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('matchfeedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_matchfeedback_telegram_id'), ['telegram_id'], unique=False)

    op.create_table('shortlistitem',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('telegram_id', sa.BigInteger(), nullable=False),
    sa.Column('creator_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['creator_id'], ['creator.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('telegram_id', 'creator_id', name='uq_shortlist')
    )
    with op.batch_alter_table('shortlistitem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shortlistitem_telegram_id'), ['telegram_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('shortlistitem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shortlistitem_telegram_id'))

    op.drop_table('shortlistitem')
    with op.batch_alter_table('matchfeedback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_matchfeedback_telegram_id'))

    op.drop_table('matchfeedback')
    with op.batch_alter_table('followersnapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_followersnapshot_creator_id'))

    op.drop_table('followersnapshot')
    with op.batch_alter_table('contactrequest', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contactrequest_brand_telegram_id'))

    op.drop_table('contactrequest')
    op.drop_table('embeddingcacheentry')
    with op.batch_alter_table('creator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_creator_platform'))
        batch_op.drop_index(batch_op.f('ix_creator_owner_telegram_id'))
        batch_op.drop_index(batch_op.f('ix_creator_handle'))
        batch_op.drop_index(batch_op.f('ix_creator_city'))

    op.drop_table('creator')
    with op.batch_alter_table('brieflog', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_brieflog_telegram_id'))
        batch_op.drop_index(batch_op.f('ix_brieflog_created_at'))

    op.drop_table('brieflog')
    op.drop_table('botuser')
