"""JWT verification details that the API tests do not reach: the verified-token memory."""

from __future__ import annotations

import time

import jwt
import pytest

from graph_photos.identity.caller import AuthenticationFailed
from graph_photos.identity.jwt import _VERIFIED_TOKENS_KEPT, JwtAuthenticator
from tests.credentials import TEST_SECRET


def token(subject: str = "alice", lifetime: float = 600, scp: str = "User.Read") -> str:
    now = int(time.time())
    claims = {"sub": subject, "scp": scp, "nbf": now, "exp": now + lifetime}
    return jwt.encode(claims, TEST_SECRET, algorithm="HS256")


def test_a_remembered_token_still_expires() -> None:
    authenticator = JwtAuthenticator(algorithm="HS256", key=TEST_SECRET)
    short = token(lifetime=1)

    assert authenticator.authenticate(short).subject == "alice"
    assert authenticator.authenticate(short).scopes == frozenset({"User.Read"})
    time.sleep(1.2)

    with pytest.raises(AuthenticationFailed, match="expired"):
        authenticator.authenticate(short)


def test_the_memory_is_bounded_and_keeps_the_most_recent() -> None:
    authenticator = JwtAuthenticator(algorithm="HS256", key=TEST_SECRET)
    tokens = [token(subject=f"user{i}") for i in range(_VERIFIED_TOKENS_KEPT + 10)]

    for each in tokens:
        authenticator.authenticate(each)

    assert len(authenticator._verified) == _VERIFIED_TOKENS_KEPT
    assert tokens[-1] in authenticator._verified
    assert tokens[0] not in authenticator._verified


def test_a_refused_token_is_not_remembered() -> None:
    authenticator = JwtAuthenticator(algorithm="HS256", key=TEST_SECRET)
    forged = jwt.encode(
        {"sub": "x", "exp": time.time() + 60}, "another-secret-" * 4, algorithm="HS256"
    )

    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            authenticator.authenticate(forged)
    assert authenticator._verified == {}
