"""Schema migrations (Alembic), for SQLite and PostgreSQL alike.

`upgrade(url)` brings the database named by a storage URL to the latest schema; it runs on
every start (`open_store`) and as `graph-photos migrate`. Alembic is driven from code, so no
alembic.ini is needed; on PostgreSQL an advisory lock serialises replicas that start together.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

_HERE = Path(__file__).resolve().parent


def sqlalchemy_url(url: str) -> str:
    """The SQLAlchemy spelling of a storage URL (psycopg 3 for PostgreSQL)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def upgrade(url: str) -> None:
    """Apply every migration the database at `url` lacks (blocking; run it in a thread)."""
    config = Config()
    config.set_main_option("script_location", str(_HERE))
    # ConfigParser interpolation: a literal % in a URL (an encoded password) must be doubled.
    config.set_main_option("sqlalchemy.url", sqlalchemy_url(url).replace("%", "%%"))
    command.upgrade(config, "head")
