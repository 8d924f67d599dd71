"""What finds directory objects without reading them all: their terms
(`graph_photos.directory.terms`), one row per (object, property, term) keyed for range lookups,
so that `$search`, `startswith`, `eq` and `in` read an index; and group memberships, one row
per (group, member) indexed both ways, so that members, transitive members, a user's groups and
the colleagues who share one are joins, not a parse of every group's member list. The store
writes both with the objects; this migration writes those of the objects already stored.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from graph_photos.directory.terms import term_rows
from graph_photos.storage.queries import group_from, membership_rows, user_from

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    # Byte order on PostgreSQL too ("C"), whatever the database's collation: a prefix is a range.
    term = sa.Text(collation="C") if postgres else sa.Text()
    table = op.create_table(
        "directory_terms",
        sa.Column("tenant_id", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("property", sa.Text, nullable=False),
        sa.Column("term", term, nullable=False),
        sa.Column("id_key", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("tenant_id", "kind", "property", "term", "id_key"),
        sqlite_with_rowid=False,
    )
    # An object's own terms: what an import replaces, and what a probe of one object reads.
    op.create_index(
        "directory_terms_object",
        "directory_terms",
        ["tenant_id", "kind", "id_key", "property", "term"],
    )
    members = op.create_table(
        "directory_members",
        sa.Column("tenant_id", sa.Text, nullable=False),
        sa.Column("group_key", sa.Text, nullable=False),  # ascii_key of the group's id
        sa.Column("member_key", sa.Text, nullable=False),  # ascii_key of the member's id
        sa.PrimaryKeyConstraint("tenant_id", "group_key", "member_key"),
        sqlite_with_rowid=False,
    )
    op.create_index("directory_members_member", "directory_members", ["tenant_id", "member_key"])
    objects = (
        op.get_bind()
        .execute(sa.text("SELECT tenant_id, kind, properties FROM directory_objects"))
        .fetchall()
    )
    names = ("tenant_id", "kind", "id_key", "property", "term")
    batch: list[dict[str, str]] = []
    memberships: list[dict[str, str]] = []
    for tenant_id, kind, properties in objects:
        record = user_from(properties) if kind == "users" else group_from(properties)
        # Without the name key, which migration 0005 adds.
        batch += [dict(zip(names, row[:5], strict=True)) for row in term_rows(tenant_id, [record])]
        memberships += [
            dict(zip(("tenant_id", "group_key", "member_key"), row, strict=True))
            for row in membership_rows(tenant_id, [record])
        ]
        if len(batch) >= 10_000:
            op.bulk_insert(table, batch)
            batch = []
    for rows in (batch, memberships):
        if rows:
            op.bulk_insert(table if rows is batch else members, rows)


def downgrade() -> None:
    op.drop_index("directory_members_member", "directory_members")
    op.drop_table("directory_members")
    op.drop_index("directory_terms_object", "directory_terms")
    op.drop_table("directory_terms")
