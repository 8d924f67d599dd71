"""Alembic environment: run the migrations on one connection, serialised across replicas."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection, create_engine, event, pool, text

# Any fixed number: the advisory lock that one migrating process holds at a time.
_MIGRATION_LOCK = 7_243_116

engine = create_engine(
    context.config.get_main_option("sqlalchemy.url") or "", poolclass=pool.NullPool
)
if engine.dialect.name == "sqlite":
    # Python's sqlite3 commits before every DDL statement it sees, so a migration stopped
    # half-way (a table rebuilt, its index not yet) stayed half-done. SQLite's own
    # transactions instead, as SQLAlchemy documents for pysqlite: a migration is all or none.

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection: Any, _record: object) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")


with engine.connect() as connection:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
        connection.commit()  # the session-level lock outlives this transaction
    context.configure(connection=connection, transaction_per_migration=True)
    before = context.get_context().get_current_revision()
    with context.begin_transaction():
        context.run_migrations()
    after = context.get_context().get_current_revision()
    connection.commit()
    if connection.dialect.name == "postgresql" and after != before:
        # A migration may rewrite a table: the planner's statistics and the visibility map
        # now, not when autovacuum comes (0005's rebuilt terms, unvacuumed: a count of a
        # prefix's terms read every heap page, 3.2 ms where it takes 1.1).
        connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
            "VACUUM (ANALYZE)"
        )
engine.dispose()
