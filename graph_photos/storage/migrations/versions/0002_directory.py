"""The directory (tenants, users, groups) and photos keyed by (tenant, owner object id).

Photos stored before the directory existed stay in `photos`/`photo_sizes` until the first
start after this migration attaches them to their owners (`bootstrap` of the store), because
that needs the directory the start imports.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tenants",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("default_domain", sa.Text, nullable=False),
        sa.Column("display_name", sa.Text, nullable=False),
        sa.Column("is_default", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "directory_objects",
        sa.Column("tenant_id", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),  # users | groups
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("id_key", sa.Text, nullable=False),  # ascii_key(id)
        sa.Column("upn_key", sa.Text, nullable=True),  # ascii_key(userPrincipalName), users
        sa.Column("has_team", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("properties", sa.Text, nullable=False),  # the record's fields, JSON
        sa.PrimaryKeyConstraint("tenant_id", "kind", "id_key"),
        sa.UniqueConstraint("tenant_id", "upn_key", name="directory_objects_upn"),
    )
    op.create_table(
        "profile_photos",
        sa.Column("tenant_id", sa.Text, nullable=False),
        sa.Column("owner_kind", sa.Text, nullable=False),
        sa.Column("owner_key", sa.Text, nullable=False),
        sa.Column("owner_id", sa.Text, nullable=False),
        sa.Column("width", sa.Integer, nullable=False),
        sa.Column("height", sa.Integer, nullable=False),
        sa.Column("etag", sa.Text, nullable=False),
        sa.Column("content_type", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("tenant_id", "owner_kind", "owner_key"),
    )
    op.create_table(
        "profile_photo_sizes",
        sa.Column("tenant_id", sa.Text, nullable=False),
        sa.Column("owner_kind", sa.Text, nullable=False),
        sa.Column("owner_key", sa.Text, nullable=False),
        sa.Column("side", sa.Integer, nullable=False),
        sa.Column("etag", sa.Text, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("tenant_id", "owner_kind", "owner_key", "side"),
    )


def downgrade() -> None:
    for table in ("profile_photo_sizes", "profile_photos", "directory_objects", "tenants"):
        op.drop_table(table)
