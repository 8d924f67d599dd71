"""Write docs/configuration.md from `graph_photos.settings.Settings`, or check that it is current.

Every field of the one settings object is a `PHOTOS_<NAME>` environment variable; its default
and its description (the field's own) make one row of the reference. `make generate` writes the
file; `make check-generated` (so `make check` and CI) fails when it is stale, printing the fix.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from pydantic_core import PydanticUndefined

from graph_photos.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "configuration.md"

HEADER = """# Configuration

<!-- DO NOT EDIT: written from graph_photos/settings.py by `make generate`
     (tools/settings_reference.py); `make check` fails when it is stale. -->

One settings object, `graph_photos.settings.Settings` (pydantic-settings), read once from the
environment: each field is the variable `PHOTOS_<FIELD>` (case-insensitive). `graph-photos
serve --host/--port` override those two. Tests build their own `Settings` instead of changing
the environment. Times are in seconds, sizes in bytes.

| variable | default | meaning |
|---|---|---|
"""

FOOTER = """
Tokens must carry `exp`; `alg: none` and any algorithm but the configured one are refused.
`graph-photos token --user UPN | --app | --subject S [--scopes "A B"] [--roles "C"]
[--tenant T] [--lifetime SECONDS]` mints HS256 tokens for the configured secret (see
[the directory](directory.md)). Limits and timeouts are explained in [security](security.md),
the read and response caches in [storage](storage.md), throttling and faults in
[Graph's bad days](throttling-and-faults.md).
"""


def _default(value: Any) -> str:
    if value is PydanticUndefined:
        return "(required)"
    if value is None:
        return "(none)"
    if isinstance(value, SecretStr):
        return "(secret)"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    return f"`{value}`"


def reference() -> str:
    """The whole reference, as the file holds it."""
    rows = []
    for name, field in Settings.model_fields.items():
        description = (field.description or "").replace("|", "\\|").replace("\n", " ")
        rows.append(f"| `PHOTOS_{name.upper()}` | {_default(field.default)} | {description} |")
    return HEADER + "\n".join(rows) + "\n" + FOOTER


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is not current")
    args = parser.parse_args()
    text = reference()
    if args.check:
        if not REFERENCE.exists() or REFERENCE.read_text(encoding="utf-8") != text:
            print(
                f"{REFERENCE.relative_to(ROOT)} is out of date with graph_photos/settings.py: "
                "run 'make generate' and commit the result.",
                file=sys.stderr,
            )
            raise SystemExit(1)
        return
    REFERENCE.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
