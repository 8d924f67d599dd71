"""`graph-photos tls`: the data directory's local certificate authority, and how to trust it."""

from __future__ import annotations

import argparse
from typing import Any

from graph_photos.server.tls import server_tls, trust_instructions
from graph_photos.settings import Settings


def add_parser(commands: Any, settings: Settings) -> None:
    commands.add_parser(
        "tls",
        help="create the local certificate authority and the server certificate (if missing) "
        "and print how clients trust them",
    )


def run(settings: Settings, args: argparse.Namespace) -> None:
    print(trust_instructions(server_tls(settings).ca_file))
