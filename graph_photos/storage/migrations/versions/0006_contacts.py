"""The contacts of users' mailboxes: contact folders and contacts, and their photos' cleanup.

A folder belongs to one user (`owner_key`, the user's id key) and sits in another folder
(`parent_key`; NULL for the default Contacts folder); a contact sits in a folder. Foreign keys
delete a folder's child folders and contacts with it, and a trigger deletes a contact's photo
(a profile photo of owner kind `contacts`) with the contact, however it is deleted: the
database keeps them whole, not the code that deletes. SQLite enforces foreign keys only where
`PRAGMA foreign_keys` is on: the store turns it on for its connections.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_PHOTO_TABLES = ("profile_photos", "profile_photo_sizes")


def upgrade() -> None:
    op.create_table(
        "contact_folders",
        sa.Column("tenant_id", sa.Text, nullable=False),
        sa.Column("id_key", sa.Text, nullable=False),
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("owner_key", sa.Text, nullable=False),
        sa.Column("parent_key", sa.Text, nullable=True),
        sa.Column("display_name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),  # ascii_key(display_name)
        sa.PrimaryKeyConstraint("tenant_id", "id_key"),
        sa.ForeignKeyConstraint(
            ["tenant_id", "parent_key"],
            ["contact_folders.tenant_id", "contact_folders.id_key"],
            ondelete="CASCADE",
        ),
    )
    # A folder's children by name; also what deleting a folder finds its children by.
    op.create_index(
        "contact_folders_children", "contact_folders", ["tenant_id", "parent_key", "name_key"]
    )
    op.create_table(
        "contacts",
        sa.Column("tenant_id", sa.Text, nullable=False),
        sa.Column("id_key", sa.Text, nullable=False),
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("owner_key", sa.Text, nullable=False),
        sa.Column("folder_key", sa.Text, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),  # ISO 8601, UTC: sorts by time
        sa.Column("properties", sa.Text, nullable=False),  # the contact's fields, JSON
        sa.PrimaryKeyConstraint("tenant_id", "id_key"),
        sa.ForeignKeyConstraint(
            ["tenant_id", "folder_key"],
            ["contact_folders.tenant_id", "contact_folders.id_key"],
            ondelete="CASCADE",
        ),
    )
    op.create_index(
        "contacts_by_folder", "contacts", ["tenant_id", "folder_key", "created_at", "id_key"]
    )
    # A mailbox's contacts in every folder: the people search's part of them.
    op.create_index(
        "contacts_by_owner", "contacts", ["tenant_id", "owner_key", "created_at", "id_key"]
    )
    deletes = "; ".join(
        f"DELETE FROM {table} WHERE tenant_id = OLD.tenant_id AND owner_kind = 'contacts' "
        "AND owner_key = OLD.id_key"
        for table in _PHOTO_TABLES
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION delete_contact_photo() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {deletes}; RETURN NULL; END $$"
        )
        op.execute(
            "CREATE TRIGGER contacts_photo AFTER DELETE ON contacts "
            "FOR EACH ROW EXECUTE FUNCTION delete_contact_photo()"
        )
    else:
        op.execute(f"CREATE TRIGGER contacts_photo AFTER DELETE ON contacts BEGIN {deletes}; END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER contacts_photo ON contacts")
        op.execute("DROP FUNCTION delete_contact_photo()")
    else:
        op.execute("DROP TRIGGER contacts_photo")
    op.drop_table("contacts")
    op.drop_table("contact_folders")
