"""Photos and their standard sizes.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # `if_not_exists`: databases created before migrations existed already have these tables.
    op.create_table(
        "photos",
        sa.Column("owner_kind", sa.Text, nullable=False),
        sa.Column("owner_key", sa.Text, nullable=False),
        sa.Column("owner_id", sa.Text, nullable=False),
        sa.Column("width", sa.Integer, nullable=False),
        sa.Column("height", sa.Integer, nullable=False),
        sa.Column("etag", sa.Text, nullable=False),
        sa.Column("content_type", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("owner_kind", "owner_key"),
        if_not_exists=True,
    )
    op.create_table(
        "photo_sizes",
        sa.Column("owner_kind", sa.Text, nullable=False),
        sa.Column("owner_key", sa.Text, nullable=False),
        sa.Column("side", sa.Integer, nullable=False),
        sa.Column("etag", sa.Text, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("owner_kind", "owner_key", "side"),
        if_not_exists=True,
    )


def downgrade() -> None:
    op.drop_table("photo_sizes")
    op.drop_table("photos")
