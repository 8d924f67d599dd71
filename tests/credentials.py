"""Credentials for tests: a fixed HS256 secret and tokens signed with it."""

from __future__ import annotations

from graph_photos import Settings
from graph_photos.identity.jwt import mint_token

TEST_SECRET = "test-secret-for-hs256-tokens-" + "0123456789abcdef" * 3
ALL_SCOPES = ("ProfilePhoto.ReadWrite.All",)


def bearer(
    settings: Settings | None = None,
    subject: str = "alice",
    scopes: tuple[str, ...] = ALL_SCOPES,
    roles: tuple[str, ...] = (),
    tenant_id: str | None = None,
) -> dict[str, str]:
    """An Authorization header with a token that an app on `settings` (default: the test
    secret) accepts; `tenant_id` is its `tid` (None: no `tid`, the default tenant)."""
    settings = settings or Settings(jwt_secret=TEST_SECRET)
    token = mint_token(settings, subject=subject, scopes=scopes, roles=roles, tenant_id=tenant_id)
    return {"Authorization": f"Bearer {token}"}
