"""A generation number of the directory, bumped by triggers on every change of it.

The read cache (`graph_photos.domain.read_cache`) keeps what a reference (an id or
userPrincipalName) resolved to; it may serve it again only while the directory is unchanged.
Triggers, not the store's code, bump the number, so that every writer counts: each replica,
every worker, the `graph-photos directory` commands, and a directory edited by hand in SQL.
A photo's own changes need no number: its ETag, which derives from its bytes, says them.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TABLES = ("tenants", "directory_objects")
_EVENTS = ("INSERT", "UPDATE", "DELETE")


def upgrade() -> None:
    op.create_table(
        "directory_generation",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("generation", sa.BigInteger, nullable=False),
    )
    op.execute("INSERT INTO directory_generation (id, generation) VALUES (1, 0)")
    bump = "UPDATE directory_generation SET generation = generation + 1 WHERE id = 1"
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION bump_directory_generation() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {bump}; RETURN NULL; END $$"
        )
        for table in _TABLES:
            # Once per statement: an import of 10,000 users is one bump, not 10,000.
            op.execute(
                f"CREATE TRIGGER {table}_generation AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_generation()"
            )
        return
    for table in _TABLES:
        for event in _EVENTS:
            op.execute(
                f"CREATE TRIGGER {table}_{event.lower()}_generation AFTER {event} ON {table} "
                f"BEGIN {bump}; END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in _TABLES:
            op.execute(f"DROP TRIGGER {table}_generation ON {table}")
        op.execute("DROP FUNCTION bump_directory_generation()")
    else:
        for table in _TABLES:
            for event in _EVENTS:
                op.execute(f"DROP TRIGGER {table}_{event.lower()}_generation")
    op.drop_table("directory_generation")
