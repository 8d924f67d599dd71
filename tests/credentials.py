"""Credentials for tests: a fixed HS256 secret and tokens signed with it."""

from __future__ import annotations

from graph_photos import Settings
from graph_photos.tokens import mint_token

TEST_SECRET = "test-secret-for-hs256-tokens-" + "0123456789abcdef" * 3
ALL_SCOPES = ("ProfilePhoto.ReadWrite.All",)


def bearer(
    settings: Settings, subject: str = "alice", scopes: tuple[str, ...] = ALL_SCOPES
) -> dict[str, str]:
    """An Authorization header with a token the app built from `settings` accepts."""
    return {"Authorization": f"Bearer {mint_token(settings, subject=subject, scopes=scopes)}"}
