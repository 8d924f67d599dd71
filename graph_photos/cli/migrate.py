"""`graph-photos migrate`: bring the configured database to the current schema."""

from __future__ import annotations

import argparse
from typing import Any

from graph_photos.settings import Settings, redacted
from graph_photos.storage import migrate


def add_parser(commands: Any, _settings: Settings) -> None:
    commands.add_parser("migrate", help="apply the database migrations and exit")


def run(settings: Settings, _args: argparse.Namespace) -> None:
    migrate(settings.resolved_database_url)
    print(f"graph-photos migrate: {redacted(settings.resolved_database_url)} is up to date")
