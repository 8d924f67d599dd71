"""The local identity platform in-process: discovery, keys, every grant, the sign-in and device
pages, and what they refuse (in Entra's words, never to an unchecked redirect URI)."""

from __future__ import annotations

import argparse
import base64
import hashlib
import re
import secrets
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import jwt
import pytest
from starlette.testclient import TestClient

from graph_photos.cli.apps import add_secret
from graph_photos.cli.directory import set_password
from graph_photos.cli.local_store import with_store
from graph_photos.directory.file import dump_directory
from graph_photos.identity.signing_keys import SigningKeys
from graph_photos.settings import Settings

CONTOSO = "caba4ddd-e34b-5322-9293-8d8ba92d2409"
SYNC = "f4a67d5a-1134-59eb-bafd-46a97f992fef"  # confidential (web)
DESKTOP = "3eb85eeb-b13f-5a56-a858-cfd615ef52b7"  # public (publicClient, spa)
LOOPBACK = "http://localhost:51234"
SPA = "http://localhost:3000/"
WEB = "http://localhost:5000/getAToken"
TOKEN = "/contoso.com/oauth2/v2.0/token"
AUTHORIZE = "/contoso.com/oauth2/v2.0/authorize"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


class Platform:
    """A client of the demo tenant's sign-in endpoints, with the sync app's secret."""

    def __init__(self, client: TestClient, secret: str, settings: Settings) -> None:
        self.client = client
        self.secret = secret
        self.settings = settings

    def pkce(self) -> tuple[str, str]:
        verifier = secrets.token_urlsafe(40)
        digest = hashlib.sha256(verifier.encode()).digest()
        return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    def authorize(self, **parameters: str) -> Any:
        query = {"response_type": "code", "scope": "User.Read openid profile offline_access"}
        return self.client.get(AUTHORIZE, params=query | parameters, follow_redirects=False)

    def pick(self, page: Any, upn: str) -> Any:
        """What a person does on the sign-in page: pick themselves."""
        assert page.status_code == 200, page.text
        sealed = re.search(r'name="request" value="([^"]+)"', page.text)
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert sealed is not None
        assert csrf is not None
        user = _user_id(page.text, upn)
        form = {"request": sealed[1], "csrf": csrf[1], "user": user}
        return self.client.post(AUTHORIZE, data=form, follow_redirects=False)

    def code(self, upn: str = "bob@contoso.com") -> tuple[str, str]:
        """A code for a public client's loopback redirect, the user picked on the page even
        when the browser is signed in; (code, verifier)."""
        verifier, challenge = self.pkce()
        page = self.authorize(
            client_id=DESKTOP, redirect_uri=LOOPBACK, code_challenge=challenge,
            code_challenge_method="S256", prompt="select_account",
        )  # fmt: skip
        answer = self.pick(page, upn)
        assert answer.status_code == 302, answer.text
        return _query(answer.headers["location"])["code"], verifier

    def token(self, **form: str) -> Any:
        return self.client.post(TOKEN, data=form)

    def user_tokens(self, upn: str = "bob@contoso.com") -> dict[str, Any]:
        code, verifier = self.code(upn)
        reply = self.token(
            grant_type="authorization_code", client_id=DESKTOP, code=code,
            redirect_uri=LOOPBACK, code_verifier=verifier,
            scope="User.Read openid profile offline_access",
        )  # fmt: skip
        assert reply.status_code == 200, reply.text
        tokens: dict[str, Any] = reply.json()
        return tokens


def _user_id(page: str, upn: str) -> str:
    pairs = re.findall(
        r'name="user" value="([^"]+)">\s*<span class="name">[^<]*</span>\s*'
        r'<span class="upn">([^<]+)<',
        page,
    )
    return next(user_id for user_id, found in pairs if found == upn)


def _query(location: str) -> dict[str, str]:
    parts = urlsplit(location)
    return dict(parse_qsl(parts.query or parts.fragment))


def _claims(token: str) -> dict[str, Any]:
    claims: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    return claims


def _error(reply: Any, status: int, error: str, code: int) -> None:
    assert reply.status_code == status, reply.text
    assert reply.headers["content-type"] == "application/json"
    body = reply.json()
    assert body["error"] == error
    assert body["error_codes"] == [code]
    assert body["error_description"].startswith(f"AADSTS{code}: ")
    assert body["trace_id"]
    assert body["correlation_id"]
    assert body["timestamp"]


@pytest.fixture
def platform(
    make_settings: Callable[..., Settings], make_client: Callable[..., TestClient]
) -> Platform:
    settings = make_settings(directory="strict", directory_file=None)
    told = with_store(settings, lambda store: add_secret(store, SYNC, "tests"))
    client = make_client(directory="strict", directory_file=None)
    client.headers.pop("Authorization")
    return Platform(client, told.splitlines()[-1], settings)


@pytest.mark.parametrize("tenant", [CONTOSO, "contoso.com", "CONTOSO.COM"])
def test_discovery_names_the_tenants_endpoints(platform: Platform, tenant: str) -> None:
    found = platform.client.get(f"/{tenant}/v2.0/.well-known/openid-configuration")
    assert found.status_code == 200
    document = found.json()
    assert document["issuer"] == f"http://testserver/{CONTOSO}/v2.0"
    assert document["token_endpoint"] == f"http://testserver/{tenant}/oauth2/v2.0/token"
    assert document["jwks_uri"] == f"http://testserver/{tenant}/discovery/v2.0/keys"
    for name in ("authorization_endpoint", "device_authorization_endpoint", "end_session_endpoint"):
        assert document[name].startswith(f"http://testserver/{tenant}/oauth2/v2.0/")


@pytest.mark.parametrize("tenant", ["common", "organizations"])
def test_multi_tenant_discovery_has_entras_issuer_template(platform: Platform, tenant: str) -> None:
    document = platform.client.get(f"/{tenant}/v2.0/.well-known/openid-configuration").json()
    assert document["issuer"] == "http://testserver/{tenantid}/v2.0"
    assert document["authorization_endpoint"] == f"http://testserver/{tenant}/oauth2/v2.0/authorize"


def test_discovery_takes_the_scheme_and_host_it_was_reached_by(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(directory="strict", directory_file=None)
    client.base_url = client.base_url.copy_with(scheme="https", host="localhost", port=8443)
    document = client.get("/contoso.com/v2.0/.well-known/openid-configuration").json()
    assert document["issuer"] == f"https://localhost:8443/{CONTOSO}/v2.0"


def test_an_unknown_tenant_is_invalid_tenant(platform: Platform) -> None:
    for path in ("/fabrikam.org/v2.0/.well-known/openid-configuration", "/nope/oauth2/v2.0/token"):
        _error(platform.client.post(path) if "token" in path else platform.client.get(path),
               400, "invalid_tenant", 90002)  # fmt: skip


def test_the_key_set_verifies_the_tokens_and_rotation_keeps_old_tokens_valid(
    platform: Platform,
) -> None:
    old = platform.token(
        grant_type="client_credentials", client_id=SYNC, client_secret=platform.secret,
        scope="https://graph.microsoft.com/.default",
    ).json()["access_token"]  # fmt: skip
    keys = platform.client.get("/contoso.com/discovery/v2.0/keys").json()["keys"]
    assert [key["kid"] for key in keys] == [jwt.get_unverified_header(old)["kid"]]
    public = jwt.PyJWK(keys[0]).key
    claims = jwt.decode(old, public, algorithms=["RS256"], audience="https://graph.microsoft.com")
    assert claims["iss"] == f"http://testserver/{CONTOSO}/v2.0"

    SigningKeys(platform.settings.data_dir).rotate(retain_seconds=3600)
    new = platform.token(
        grant_type="client_credentials", client_id=SYNC, client_secret=platform.secret,
        scope="https://graph.microsoft.com/.default",
    ).json()["access_token"]  # fmt: skip
    kids = [key["kid"] for key in platform.client.get("/common/discovery/v2.0/keys").json()["keys"]]
    assert kids == [jwt.get_unverified_header(new)["kid"], jwt.get_unverified_header(old)["kid"]]
    for token in (old, new):  # both accepted by the Graph API
        read = platform.client.get(
            "/v1.0/users/bob@contoso.com", headers={"Authorization": f"Bearer {token}"}
        )
        assert read.status_code == 200, read.text


def test_client_credentials_with_the_secret_in_the_body_or_basic(platform: Platform) -> None:
    form = {"grant_type": "client_credentials", "scope": "https://graph.microsoft.com/.default"}
    in_body = platform.token(**form, client_id=SYNC, client_secret=platform.secret)
    basic = platform.client.post(TOKEN, data=form, auth=(SYNC, platform.secret))
    for reply in (in_body, basic):
        assert reply.status_code == 200, reply.text
        assert reply.headers["cache-control"] == "no-store"
        body = reply.json()
        assert body["token_type"] == "Bearer"
        assert 3000 < body["expires_in"] <= 3600
        assert "refresh_token" not in body
        assert "id_token" not in body
        claims = _claims(body["access_token"])
        assert claims["aud"] == "https://graph.microsoft.com"
        assert claims["tid"] == CONTOSO
        assert claims["appid"] == SYNC
        assert claims["idtyp"] == "app"
        assert set(claims["roles"]) == {
            "User.Read.All", "Group.Read.All", "ProfilePhoto.ReadWrite.All", "Contacts.Read",
        }  # fmt: skip
    token = in_body.json()["access_token"]
    me = platform.client.get("/v1.0/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 400  # an app's own token has no signed-in user


@pytest.mark.parametrize(
    ("change", "status", "error", "code"),
    [
        ({"client_secret": "wrong"}, 401, "invalid_client", 7000215),
        ({"client_secret": None}, 401, "invalid_client", 7000218),
        ({"scope": "User.Read"}, 400, "invalid_scope", 1002012),
        ({"scope": "https://storage.azure.com/.default"}, 400, "invalid_scope", 500011),
        ({"client_id": "00000000-0000-0000-0000-000000000000"}, 400, "unauthorized_client", 700016),
        ({"client_id": DESKTOP, "client_secret": None}, 401, "invalid_client", 7000218),
        ({"grant_type": "password"}, 400, "unsupported_grant_type", 70003),
        ({"grant_type": None}, 400, "invalid_request", 900144),
    ],
)
def test_client_credentials_refusals(
    platform: Platform, change: dict[str, str | None], status: int, error: str, code: int
) -> None:
    request: dict[str, str | None] = {
        "grant_type": "client_credentials",
        "client_id": SYNC,
        "client_secret": platform.secret,
        "scope": "https://graph.microsoft.com/.default",
    } | change
    form = {name: value for name, value in request.items() if value is not None}
    _error(platform.token(**form), status, error, code)


def test_the_auth_code_flow_with_pkce_gives_what_msal_reads(platform: Platform) -> None:
    tokens = platform.user_tokens()
    assert tokens["scope"] == "User.Read openid profile offline_access"
    access, identity = _claims(tokens["access_token"]), _claims(tokens["id_token"])
    assert access["scp"] == "User.Read"
    assert access["aud"] == "https://graph.microsoft.com"
    assert access["oid"] == identity["oid"]
    assert access["appid"] == DESKTOP
    assert identity["aud"] == DESKTOP
    assert identity["preferred_username"] == "bob@contoso.com"
    assert identity["tid"] == CONTOSO
    assert identity["iss"] == f"http://testserver/{CONTOSO}/v2.0"
    info = base64.urlsafe_b64decode(tokens["client_info"] + "==")
    assert info == f'{{"uid":"{identity["oid"]}","utid":"{CONTOSO}"}}'.encode()
    me = platform.client.get(
        "/v1.0/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}
    )
    assert me.status_code == 200
    assert me.json()["userPrincipalName"] == "bob@contoso.com"


def test_a_code_is_redeemed_once_with_its_verifier_and_redirect_uri(platform: Platform) -> None:
    code, verifier = platform.code()
    redeem = {"grant_type": "authorization_code", "client_id": DESKTOP, "code": code}
    _error(platform.token(**redeem, redirect_uri=LOOPBACK, code_verifier="x" * 43),
           400, "invalid_grant", 501481)  # fmt: skip
    # The failed attempt used the code up: codes are single-use whatever the outcome.
    _error(platform.token(**redeem, redirect_uri=LOOPBACK, code_verifier=verifier),
           400, "invalid_grant", 70008)  # fmt: skip
    code, verifier = platform.code()
    redeem["code"] = code
    other = "http://localhost:9/other"
    _error(platform.token(**redeem, redirect_uri=other, code_verifier=verifier),
           400, "invalid_grant", 500112)  # fmt: skip
    code, _ = platform.code()
    redeem["code"] = code
    _error(platform.token(**redeem, redirect_uri=LOOPBACK), 400, "invalid_grant", 501491)


def test_a_code_expires(platform: Platform, monkeypatch: pytest.MonkeyPatch) -> None:
    code, verifier = platform.code()
    later = time.time() + platform.settings.authorization_code_lifetime + 1
    monkeypatch.setattr("graph_photos.identity.registry.now", lambda: later)
    _error(platform.token(grant_type="authorization_code", client_id=DESKTOP, code=code,
                          redirect_uri=LOOPBACK, code_verifier=verifier),
           400, "invalid_grant", 70008)  # fmt: skip


def test_a_web_apps_code_needs_its_secret_and_a_spas_needs_a_browser(platform: Platform) -> None:
    page = platform.authorize(client_id=SYNC, redirect_uri=WEB)
    answer = platform.pick(page, "alice@contoso.com")
    code = _query(answer.headers["location"])["code"]
    redeem = {"grant_type": "authorization_code", "code": code, "redirect_uri": WEB}
    _error(platform.token(**redeem, client_id=SYNC), 401, "invalid_client", 7000218)

    verifier, challenge = platform.pkce()
    page = platform.authorize(client_id=DESKTOP, redirect_uri=SPA, code_challenge=challenge,
                              code_challenge_method="S256", response_mode="fragment",
                              prompt="login")  # fmt: skip
    answer = platform.pick(page, "alice@contoso.com")
    assert answer.headers["location"].startswith(SPA + "#code=")
    code = _query(answer.headers["location"])["code"]
    spa = {"grant_type": "authorization_code", "client_id": DESKTOP, "code": code,
           "redirect_uri": SPA, "code_verifier": verifier}  # fmt: skip
    _error(platform.token(**spa), 400, "invalid_request", 9002327)


def test_a_refresh_token_is_used_once_and_revocable(platform: Platform) -> None:
    tokens = platform.user_tokens()
    refresh = {"grant_type": "refresh_token", "client_id": DESKTOP}
    renewed = platform.token(**refresh, refresh_token=tokens["refresh_token"])
    assert renewed.status_code == 200, renewed.text
    assert renewed.json()["scope"] == "User.Read openid profile offline_access"  # as first asked
    _error(platform.token(**refresh, refresh_token=tokens["refresh_token"]),
           400, "invalid_grant", 700082)  # fmt: skip
    revoked = with_store(
        platform.settings,
        lambda store: store.revoke_grants(CONTOSO, "1672f008-70db-5739-8d05-77b76b38ae9a", None),
    )
    assert revoked == 1
    _error(platform.token(**refresh, refresh_token=renewed.json()["refresh_token"]),
           400, "invalid_grant", 700082)  # fmt: skip


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"client_id": "00000000-0000-0000-0000-000000000000", "redirect_uri": LOOPBACK},
         "AADSTS700016"),
        ({"client_id": DESKTOP, "redirect_uri": "https://evil.example/"}, "AADSTS50011"),
        ({"client_id": SYNC, "redirect_uri": WEB + "/../x"}, "AADSTS50011"),
        ({"redirect_uri": LOOPBACK}, "AADSTS900144"),
    ],
)  # fmt: skip
def test_an_unproven_app_or_redirect_uri_gets_a_page_not_a_redirect(
    platform: Platform, parameters: dict[str, str], message: str
) -> None:
    page = platform.authorize(**parameters)
    assert page.status_code == 400
    assert page.headers["content-type"].startswith("text/html")
    assert "location" not in page.headers
    assert message in page.text


@pytest.mark.parametrize(
    ("parameters", "error"),
    [
        ({}, "invalid_request"),  # a public client without PKCE
        ({"code_challenge": "abc", "code_challenge_method": "plain"}, "invalid_request"),
        ({"code_challenge": "abc", "code_challenge_method": "S256", "response_type": "token"},
         "unsupported_response_type"),
        ({"code_challenge": "abc", "code_challenge_method": "S256", "scope": "Mail.Send"},
         "invalid_client"),
        ({"code_challenge": "abc", "code_challenge_method": "S256",
          "scope": "https://vault.azure.net/.default"}, "invalid_scope"),
        ({"code_challenge": "abc", "code_challenge_method": "S256", "prompt": "none"},
         "login_required"),
    ],
)  # fmt: skip
def test_refusals_after_the_redirect_uri_is_proven_go_to_it_with_state(
    platform: Platform, parameters: dict[str, str], error: str
) -> None:
    answer = platform.authorize(client_id=DESKTOP, redirect_uri=LOOPBACK, state="s+/=1",
                                **parameters)  # fmt: skip
    assert answer.status_code == 302
    assert answer.headers["location"].startswith(LOOPBACK + "?")
    query = _query(answer.headers["location"])
    assert query["error"] == error
    assert query["state"] == "s+/=1"
    assert query["error_description"].startswith("AADSTS")


def test_prompt_none_renews_for_the_signed_in_browser_and_honours_the_hint(
    platform: Platform,
) -> None:
    platform.code("alice@contoso.com")  # the browser is signed in as Alice now
    _, challenge = platform.pkce()
    silent = {"client_id": DESKTOP, "redirect_uri": SPA, "code_challenge": challenge,
              "code_challenge_method": "S256", "prompt": "none",
              "response_mode": "fragment"}  # fmt: skip
    answer = platform.authorize(**silent, login_hint="alice@contoso.com")
    assert "code" in _query(answer.headers["location"])
    other = platform.authorize(**silent, login_hint="bob@contoso.com")
    assert _query(other.headers["location"])["error"] == "login_required"
    # Without a prompt the signed-in browser is not asked again; prompt=login asks.
    again = platform.authorize(**{k: v for k, v in silent.items() if k != "prompt"})
    assert again.status_code == 302
    asked = platform.authorize(**silent | {"prompt": "login"})
    assert asked.status_code == 200
    assert "Pick an account" in asked.text


def test_the_sign_in_page_lists_the_hinted_user_first_and_cannot_be_framed(
    platform: Platform,
) -> None:
    _, challenge = platform.pkce()
    page = platform.authorize(client_id=DESKTOP, redirect_uri=LOOPBACK, code_challenge=challenge,
                              code_challenge_method="S256",
                              login_hint="erin@contoso.com")  # fmt: skip
    upns = re.findall(r'<span class="upn">([^<]+)<', page.text)
    assert upns[0] == "erin@contoso.com"
    assert "bob@contoso.com" in upns
    assert "Contoso Photo Desktop" in page.text
    policy = page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    assert "script-src 'nonce-" in policy
    assert page.headers["cache-control"] == "no-store"
    cookie = page.headers["set-cookie"]
    assert "graph_photos_csrf=" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie


def test_the_sign_in_form_is_refused_when_forged_altered_or_stale(
    platform: Platform, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, challenge = platform.pkce()
    page = platform.authorize(client_id=DESKTOP, redirect_uri=LOOPBACK, code_challenge=challenge,
                              code_challenge_method="S256")  # fmt: skip
    sealed = re.search(r'name="request" value="([^"]+)"', page.text)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert sealed is not None
    assert csrf is not None
    user = _user_id(page.text, "bob@contoso.com")
    header, claims, signature = sealed[1].split(".")
    forged_claims = (
        base64.urlsafe_b64encode(
            base64.urlsafe_b64decode(claims + "==").replace(
                LOOPBACK.encode(), b"https://evil.example"
            )
        )
        .rstrip(b"=")
        .decode()
    )
    attempts = [
        {"request": sealed[1], "csrf": "another", "user": user},  # not this browser's page
        {"request": f"{header}.{forged_claims}.{signature}", "csrf": csrf[1], "user": user},
        {"request": sealed[1], "csrf": csrf[1], "user": "nobody"},
    ]
    for form in attempts:
        refused = platform.client.post(AUTHORIZE, data=form, follow_redirects=False)
        assert refused.status_code == 400
        assert "location" not in refused.headers
    # A page made 16 minutes ago has expired (a sign-in page waits 15).
    earlier = time.time() - 16 * 60
    monkeypatch.setattr("graph_photos.identity.registry.now", lambda: earlier)
    old_page = platform.authorize(client_id=DESKTOP, redirect_uri=LOOPBACK,
                                  code_challenge=challenge,
                                  code_challenge_method="S256")  # fmt: skip
    old_sealed = re.search(r'name="request" value="([^"]+)"', old_page.text)
    old_csrf = re.search(r'name="csrf" value="([^"]+)"', old_page.text)
    assert old_sealed is not None
    assert old_csrf is not None
    monkeypatch.undo()
    stale = platform.client.post(
        AUTHORIZE, data={"request": old_sealed[1], "csrf": old_csrf[1], "user": user}
    )
    assert stale.status_code == 400
    assert "expired" in stale.text


def test_form_post_answers_with_a_page_that_posts_the_code(platform: Platform) -> None:
    page = platform.authorize(client_id=SYNC, redirect_uri=WEB, response_mode="form_post",
                              state="st")  # fmt: skip
    answer = platform.pick(page, "bob@contoso.com")
    assert answer.status_code == 200
    assert f'<form method="post" action="{WEB}">' in answer.text
    assert re.search(r'name="code" value="[^"]+"', answer.text)
    assert 'name="state" value="st"' in answer.text
    nonce = re.search(r"script-src 'nonce-([^']+)'", answer.headers["content-security-policy"])
    assert nonce is not None
    assert f'<script nonce="{nonce[1]}">' in answer.text


def test_the_device_code_flow(platform: Platform, monkeypatch: pytest.MonkeyPatch) -> None:
    started = platform.client.post(
        "/contoso.com/oauth2/v2.0/devicecode", data={"client_id": DESKTOP, "scope": "User.Read"}
    )
    assert started.status_code == 200
    device = started.json()
    assert device["verification_uri"] == "http://testserver/devicelogin"
    assert device["user_code"] in device["message"]
    assert device["interval"] == 5
    poll = {"grant_type": DEVICE_GRANT, "client_id": DESKTOP, "device_code": device["device_code"]}
    _error(platform.token(**poll), 400, "authorization_pending", 70016)
    _error(platform.token(**poll), 400, "slow_down", 70016)  # polled again at once

    entry = platform.client.get("/devicelogin")
    csrf = re.search(r'name="csrf" value="([^"]+)"', entry.text)
    assert csrf is not None
    wrong = platform.client.post("/devicelogin", data={"code": "ABCDEFGHJ", "csrf": csrf[1]})
    assert wrong.status_code == 400
    assert "not found" in wrong.text
    forged = platform.client.post("/devicelogin", data={"code": device["user_code"], "csrf": "x"})
    assert forged.status_code == 400
    typed = device["user_code"].lower()[:4] + " " + device["user_code"].lower()[4:]
    picker = platform.client.post("/devicelogin", data={"code": typed, "csrf": csrf[1]})
    assert picker.status_code == 200
    assert "Contoso Photo Desktop" in picker.text
    done = platform.client.post(
        "/devicelogin",
        data={"code": device["user_code"], "csrf": csrf[1],
              "user": _user_id(picker.text, "carol@contoso.com")},
    )  # fmt: skip
    assert "You have signed in to Contoso Photo Desktop" in done.text

    later = time.time() + 10
    monkeypatch.setattr("graph_photos.identity.registry.now", lambda: later)
    tokens = platform.token(**poll)
    assert tokens.status_code == 200, tokens.text
    assert _claims(tokens.json()["access_token"])["upn"] == "carol@contoso.com"
    _error(platform.token(**poll), 400, "invalid_grant", 70000)  # redeemed once


def test_a_device_code_expires_and_needs_a_public_client(
    platform: Platform, monkeypatch: pytest.MonkeyPatch
) -> None:
    _error(platform.client.post("/contoso.com/oauth2/v2.0/devicecode",
                                data={"client_id": SYNC, "scope": "User.Read"}),
           401, "invalid_client", 7000218)  # fmt: skip
    device = platform.client.post(
        "/contoso.com/oauth2/v2.0/devicecode", data={"client_id": DESKTOP, "scope": "User.Read"}
    ).json()
    later = time.time() + platform.settings.device_code_lifetime + 1
    monkeypatch.setattr("graph_photos.identity.registry.now", lambda: later)
    _error(platform.token(grant_type=DEVICE_GRANT, client_id=DESKTOP,
                          device_code=device["device_code"]),
           400, "expired_token", 70019)  # fmt: skip


def test_sign_out_returns_only_to_a_registered_uri(platform: Platform) -> None:
    platform.code("alice@contoso.com")
    out = platform.client.get(
        "/contoso.com/oauth2/v2.0/logout",
        params={"post_logout_redirect_uri": SPA, "state": "bye"},
        follow_redirects=False,
    )
    assert out.status_code == 302
    assert out.headers["location"] == SPA + "?state=bye"
    assert 'graph_photos_session=""' in out.headers["set-cookie"]
    stay = platform.client.get(
        "/contoso.com/oauth2/v2.0/logout",
        params={"post_logout_redirect_uri": "https://evil.example/"},
        follow_redirects=False,
    )
    assert stay.status_code == 200
    assert "signed out" in stay.text
    _, challenge = platform.pkce()
    silent = platform.authorize(client_id=DESKTOP, redirect_uri=SPA, code_challenge=challenge,
                                code_challenge_method="S256", prompt="none")  # fmt: skip
    assert _query(silent.headers["location"])["error"] == "login_required"


def test_browsers_may_call_the_token_endpoint_across_origins(platform: Platform) -> None:
    preflight = platform.client.options(
        TOKEN,
        headers={"Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] in ("*", "http://localhost:3000")
    for path in (TOKEN, "/contoso.com/v2.0/.well-known/openid-configuration"):
        answer = platform.client.request(
            "POST" if path == TOKEN else "GET", path, headers={"Origin": "http://localhost:3000"}
        )
        assert answer.headers["access-control-allow-origin"] in ("*", "http://localhost:3000")


def test_the_graph_api_refuses_an_id_token_and_a_token_of_a_key_it_never_had(
    platform: Platform, tmp_path: Any
) -> None:
    tokens = platform.user_tokens()
    id_token = platform.client.get(
        "/v1.0/me", headers={"Authorization": f"Bearer {tokens['id_token']}"}
    )
    assert id_token.status_code == 401
    assert "audience" in id_token.json()["error"]["message"]
    stranger = SigningKeys(tmp_path).current()
    forged = jwt.encode(
        _claims(tokens["access_token"]), stranger.private_key, algorithm="RS256",
        headers={"kid": stranger.kid},
    )  # fmt: skip
    refused = platform.client.get("/v1.0/me", headers={"Authorization": f"Bearer {forged}"})
    assert refused.status_code == 401


def test_a_user_with_a_password_gives_it_before_signing_in(platform: Platform) -> None:
    told = with_store(
        platform.settings,
        lambda store: set_password(
            store, argparse.Namespace(tenant=None, user="carol@contoso.com"), "correct horse"
        ),
    )
    assert told.startswith("password set for carol@contoso.com")
    exported = with_store(platform.settings, lambda store: store.export_directory())
    assert "correct horse" not in dump_directory(exported)  # only its scrypt hash is kept
    _, challenge = platform.pkce()
    page = platform.authorize(client_id=DESKTOP, redirect_uri=LOOPBACK, code_challenge=challenge,
                              code_challenge_method="S256")  # fmt: skip
    asked = platform.pick(page, "carol@contoso.com")
    assert asked.status_code == 200
    assert "Enter password" in asked.text
    form = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', asked.text))
    assert set(form) == {"request", "csrf", "user"}
    wrong = platform.client.post(AUTHORIZE, data=form | {"password": "wrong"},
                                 follow_redirects=False)  # fmt: skip
    assert wrong.status_code == 400
    assert "incorrect" in wrong.text
    right = platform.client.post(AUTHORIZE, data=form | {"password": "correct horse"},
                                 follow_redirects=False)  # fmt: skip
    assert right.status_code == 302
    assert "code" in _query(right.headers["location"])
    # Bob has none: picking him is enough.
    assert platform.code("bob@contoso.com")[0]

    device = platform.client.post(
        "/contoso.com/oauth2/v2.0/devicecode", data={"client_id": DESKTOP, "scope": "User.Read"}
    ).json()
    csrf = re.search(r'name="csrf" value="([^"]+)"', platform.client.get("/devicelogin").text)
    assert csrf is not None
    step = {"code": device["user_code"], "csrf": csrf[1]}
    picker = platform.client.post("/devicelogin", data=step)
    carol = _user_id(picker.text, "carol@contoso.com")
    asked = platform.client.post("/devicelogin", data=step | {"user": carol})
    assert "Enter password" in asked.text
    refused = platform.client.post("/devicelogin", data=step | {"user": carol, "password": "x"})
    assert refused.status_code == 400
    assert "incorrect" in refused.text
    done = platform.client.post(
        "/devicelogin", data=step | {"user": carol, "password": "correct horse"}
    )
    assert "You have signed in" in done.text
