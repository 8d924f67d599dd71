"""Bearer tokens are verified as JWTs; every refusal is 401 InvalidAuthenticationToken."""

from __future__ import annotations

import json
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.testclient import TestClient

from graph_photos import Settings
from graph_photos.identity.jwt import SECRET_FILE_NAME, mint_token
from tests.credentials import TEST_SECRET

PHOTO = "/beta/users/alice@contoso.com/photo"
BODY = {"height": 48, "width": 48}


def claims(**extra: Any) -> dict[str, Any]:
    now = int(time.time())
    values: dict[str, Any] = {"sub": "alice", "scp": "ProfilePhoto.ReadWrite.All"}
    values.update(iat=now, nbf=now, exp=now + 600)
    values.update(extra)
    return {k: v for k, v in values.items() if v is not None}


def call(client: TestClient, token: str) -> Any:
    return client.post(PHOTO, json=BODY, headers={"Authorization": f"Bearer {token}"})


def assert_refused(
    client: TestClient, response: Any, message: str, reader: dict[str, str] | None = None
) -> None:
    assert response.status_code == 401, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.headers["www-authenticate"] == "Bearer"
    error = response.json()["error"]
    assert error["code"] == "InvalidAuthenticationToken"
    assert error["message"] == message
    assert client.get(PHOTO, headers=reader).status_code == 404, "a refused request must not write"


def test_valid_token_is_accepted(client: TestClient) -> None:
    assert call(client, jwt.encode(claims(), TEST_SECRET, algorithm="HS256")).status_code == 201


@pytest.mark.parametrize(
    ("token_claims", "message"),
    [
        (claims(exp=int(time.time()) - 60), "Lifetime validation failed, the token is expired."),
        (
            claims(nbf=int(time.time()) + 600),
            "Lifetime validation failed, the token is not valid yet.",
        ),
        (claims(exp=None), "Access token validation failure: the 'exp' claim is missing."),
    ],
)
def test_token_lifetime_is_enforced(
    client: TestClient, token_claims: dict[str, Any], message: str
) -> None:
    token = jwt.encode(token_claims, TEST_SECRET, algorithm="HS256")
    assert_refused(client, call(client, token), message)


FOREIGN = (
    "Access token validation failure: the signature is invalid. This server holds no key that "
    "signed it: a token of `graph-photos token` is signed with the secret of the data directory "
    "it ran with (PHOTOS_DATA_DIR) or PHOTOS_JWT_SECRET, which must be this server's."
)


def test_token_signed_with_another_key_is_refused_and_says_why(
    client: TestClient, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The log says it at most once a minute: as if no foreign token came before this one.
    monkeypatch.setattr("graph_photos.identity.jwt._foreign_signature._last", -1e9)
    token = jwt.encode(
        claims(), "another-secret-of-sufficient-length-0123456789", algorithm="HS256"
    )
    with caplog.at_level("WARNING", logger="graph_photos.identity"):
        assert_refused(client, call(client, token), FOREIGN)
    logged = [r.getMessage() for r in caplog.records if r.name == "graph_photos.identity"]
    assert any("another one may have minted it" in line for line in logged)


def test_unsigned_alg_none_token_is_refused(client: TestClient) -> None:
    token = jwt.encode(claims(), None, algorithm="none")
    assert_refused(
        client,
        call(client, token),
        "Access token validation failure: algorithm 'none' is not accepted; "
        "tokens must be signed with HS256.",
    )


def test_other_algorithm_is_refused(client: TestClient) -> None:
    token = jwt.encode(claims(), TEST_SECRET, algorithm="HS512")
    assert_refused(
        client,
        call(client, token),
        "Access token validation failure: algorithm 'HS512' is not accepted; "
        "tokens must be signed with HS256.",
    )


@pytest.mark.parametrize("token", ["x", "SCHEMATHESIS-INVALID-VALUE", "a.b.c", "e30.e30.e30"])
def test_malformed_token_is_refused(client: TestClient, token: str) -> None:
    response = call(client, token)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "InvalidAuthenticationToken"


def test_audience_and_issuer_are_checked_when_configured(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(jwt_audience="api://photos", jwt_issuer="https://issuer.test/")

    wrong_aud = jwt.encode(
        claims(aud="api://other", iss="https://issuer.test/"), TEST_SECRET, algorithm="HS256"
    )
    wrong_iss = jwt.encode(
        claims(aud="api://photos", iss="https://evil.test/"), TEST_SECRET, algorithm="HS256"
    )
    right = jwt.encode(
        claims(aud="api://photos", iss="https://issuer.test/"), TEST_SECRET, algorithm="HS256"
    )

    assert_refused(
        client, call(client, wrong_aud), "Access token validation failure. Invalid audience."
    )
    assert_refused(
        client, call(client, wrong_iss), "Access token validation failure. Invalid issuer."
    )
    assert call(client, right).status_code == 201


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def public_pem(key: rsa.RSAPrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def test_rs256_with_a_public_key(
    make_client: Callable[..., TestClient], rsa_key: rsa.RSAPrivateKey, tmp_path: Path
) -> None:
    pem_file = tmp_path / "public.pem"
    pem_file.write_text(public_pem(rsa_key))
    client = make_client(jwt_public_key=str(pem_file))

    assert call(client, jwt.encode(claims(), rsa_key, algorithm="RS256")).status_code == 201
    # The HS256 secret must not work any more, nor the public key used as an HMAC secret.
    assert call(client, jwt.encode(claims(), TEST_SECRET, algorithm="HS256")).status_code == 401


def test_rs256_public_key_as_pem_text(
    make_client: Callable[..., TestClient], rsa_key: rsa.RSAPrivateKey
) -> None:
    client = make_client(jwt_public_key=public_pem(rsa_key))
    assert call(client, jwt.encode(claims(), rsa_key, algorithm="RS256")).status_code == 201


def test_rs256_with_a_jwks_file_picks_the_key_by_kid(
    make_client: Callable[..., TestClient], rsa_key: rsa.RSAPrivateKey, tmp_path: Path
) -> None:
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    keys = []
    for kid, key in (("other", other), ("main", rsa_key)):
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
        jwk.update(kid=kid, use="sig", alg="RS256")
        keys.append(jwk)
    jwks = tmp_path / "jwks.json"
    jwks.write_text(json.dumps({"keys": keys}))
    client = make_client(jwks_file=jwks)

    good = jwt.encode(claims(), rsa_key, algorithm="RS256", headers={"kid": "main"})
    mislabelled = jwt.encode(claims(), rsa_key, algorithm="RS256", headers={"kid": "other"})
    unknown = jwt.encode(claims(), rsa_key, algorithm="RS256", headers={"kid": "nope"})

    reader = {"Authorization": f"Bearer {good}"}
    for token, message in [
        (mislabelled, FOREIGN),
        (unknown, "Access token validation failure: no signing key with kid 'nope'."),
    ]:
        assert_refused(client, call(client, token), message, reader)
    assert call(client, good).status_code == 201


def test_without_a_configured_secret_one_is_generated_privately(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")

    token = mint_token(settings, subject="alice", scopes=["ProfilePhoto.ReadWrite.All"])

    secret_file = tmp_path / "data" / SECRET_FILE_NAME
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    secret = secret_file.read_text().strip()
    assert len(secret) >= 48
    assert jwt.decode(token, secret, algorithms=["HS256"])["sub"] == "alice"
    # The same data directory keeps the same secret, so minted tokens stay valid across restarts.
    again = mint_token(Settings(data_dir=tmp_path / "data"), subject="bob")
    assert jwt.decode(again, secret, algorithms=["HS256"])["sub"] == "bob"


def test_generated_secret_is_used_by_the_server(
    make_client: Callable[..., TestClient], tmp_path: Path
) -> None:
    client = make_client(jwt_secret=None)
    settings = Settings(data_dir=tmp_path / "data")

    token = mint_token(settings, subject="alice", scopes=["ProfilePhoto.ReadWrite.All"])

    assert call(client, token).status_code == 201


def test_minting_refuses_rs256_configurations(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="RS256"):
        mint_token(Settings(data_dir=tmp_path, jwt_public_key="x"), subject="alice")
