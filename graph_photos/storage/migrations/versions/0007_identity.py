"""The local identity platform: app registrations and the grants it has issued.

An application belongs to one tenant (`client_key`: its client id as Graph compares it); its
registration (redirect URIs, permissions, hashed secrets) is JSON in `properties`. A grant is an
authorization code, a refresh token or a device code, kept under the SHA-256 of its value (the
value itself is never stored): single use is a `DELETE ... RETURNING` that only one request wins.
`user_code_key` finds a device code by the code its user types; `expires_at` (seconds since the
epoch) lets expired grants be swept.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "applications",
        sa.Column("tenant_id", sa.Text, nullable=False),
        sa.Column("client_key", sa.Text, nullable=False),
        sa.Column("client_id", sa.Text, nullable=False),
        sa.Column("properties", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("tenant_id", "client_key"),
    )
    # The token endpoint of `common` finds an app by its client id alone.
    op.create_index("applications_by_client", "applications", ["client_key"])
    op.create_table(
        "identity_grants",
        sa.Column("handle_key", sa.Text, nullable=False, primary_key=True),
        sa.Column("kind", sa.Text, nullable=False),  # code, refresh, device
        sa.Column("tenant_id", sa.Text, nullable=False),
        sa.Column("client_key", sa.Text, nullable=False),
        sa.Column("user_key", sa.Text, nullable=True),  # the signed-in user's id key
        sa.Column("user_code_key", sa.Text, nullable=True),
        sa.Column("expires_at", sa.Float, nullable=False),
        sa.Column("properties", sa.Text, nullable=False),
    )
    op.create_index("identity_grants_user_code", "identity_grants", ["user_code_key"], unique=True)
    op.create_index("identity_grants_expiry", "identity_grants", ["expires_at"])
    # Revoking a user's refresh tokens.
    op.create_index("identity_grants_by_user", "identity_grants", ["tenant_id", "user_key"])


def downgrade() -> None:
    op.drop_table("identity_grants")
    op.drop_table("applications")
