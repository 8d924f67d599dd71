"""The settings object's helpers."""

from __future__ import annotations

import pytest

from graph_photos.settings import redacted


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("redis://:pw@host:6379/0", "redis://:***@host:6379/0"),
        ("postgresql://app:p%40ss@db/photos", "postgresql://app:***@db/photos"),
        ("redis://host:6379/0?password=pw&db=1", "redis://host:6379/0?password=***&db=1"),
        (
            "cannot reach rediss://u:pw@h:1 (timeout); and postgres://v:x@y/z",
            "cannot reach rediss://u:***@h:1 (timeout); and postgres://v:***@y/z",
        ),
        ("sqlite:///data/photos.db", "sqlite:///data/photos.db"),
        ("redis://user@host:6379", "redis://user@host:6379"),  # no password: nothing to hide
    ],
)
def test_urls_are_written_without_their_passwords(text: str, shown: str) -> None:
    assert redacted(text) == shown
