"""Alembic environment: run the migrations on one connection, serialised across replicas."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool, text

# Any fixed number: the advisory lock that one migrating process holds at a time.
_MIGRATION_LOCK = 7_243_116

engine = create_engine(
    context.config.get_main_option("sqlalchemy.url") or "", poolclass=pool.NullPool
)
with engine.connect() as connection:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
        connection.commit()  # the session-level lock outlives this transaction
    context.configure(connection=connection, transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
engine.dispose()
