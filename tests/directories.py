"""Small directory files for tests: one tenant `t` (t.example) of users named as given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def tenant_of_names(folder: Path, names: list[str], *extra: dict[str, Any]) -> Path:
    """A directory file (in `folder`) whose tenant `t` holds a user `u{n}` per name (UPN
    `u{n}@t.example`), then the `extra` users as written."""
    users = [
        {"id": f"u{n}", "userPrincipalName": f"u{n}@t.example", "displayName": name}
        for n, name in enumerate(names)
    ]
    directory = {
        "defaultTenant": "t",
        "tenants": [
            {
                "id": "t",
                "defaultDomain": "t.example",
                "displayName": "T",
                "users": [*users, *extra],
            }
        ],
    }
    file = folder / "directory.yaml"
    file.write_text(yaml.safe_dump(directory))
    return file
