"""`graph-photos keys list | rotate`: the local identity platform's signing keys."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from graph_photos.identity.signing_keys import SigningKeys
from graph_photos.settings import Settings

# A rotated key stays published while the tokens it signed may be unexpired (and a minute of
# clock skew): an access or ID token lasts `access_token_lifetime`.
_SKEW = 60


def add_parser(commands: Any, _settings: Settings) -> None:
    parser = commands.add_parser(
        "keys", help="the signing keys of the sign-in endpoints' tokens (in the data directory)"
    )
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="print the keys, newest (the one that signs) first")
    actions.add_parser(
        "rotate",
        help="make a new key that signs from now on; older keys stay published until the "
        "tokens they signed have expired",
    )


def run(settings: Settings, args: argparse.Namespace) -> None:
    keys = SigningKeys(settings.data_dir)
    if args.action == "rotate":
        new = keys.rotate(settings.access_token_lifetime + _SKEW)
        print(f"key {new.kid} signs from now on (servers on {keys.directory} notice it at once)")
    for number, key in enumerate(keys.keys()):
        made = datetime.fromtimestamp(key.created, UTC)
        role = "signs" if number == 0 else "verifies"
        print(f"{key.kid}  made {made:%Y-%m-%d %H:%M:%S}Z  {role}")
