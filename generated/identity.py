# DO NOT EDIT: generated from spec/identity.yaml by `make generate` (datamodel-code-generator).

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict


class OAuthError(BaseModel):
    """
    An OAuth 2.0 error (RFC 6749, section 5.2) with Entra's extra fields.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    error: str
    error_description: str
    error_codes: list[int]
    timestamp: str
    trace_id: str
    correlation_id: str


class OpenIdConfiguration(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    device_authorization_endpoint: str
    end_session_endpoint: str
    jwks_uri: str
    tenant_region_scope: str | None = None
    cloud_instance_name: str | None = None
    request_uri_parameter_supported: bool | None = None
    response_types_supported: list[str]
    response_modes_supported: list[str] | None = None
    grant_types_supported: list[str] | None = None
    subject_types_supported: list[str]
    id_token_signing_alg_values_supported: list[str]
    token_endpoint_auth_methods_supported: list[str] | None = None
    code_challenge_methods_supported: list[str] | None = None
    scopes_supported: list[str] | None = None
    claims_supported: list[str] | None = None


class Key(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    kty: Literal['RSA']
    use: Literal['sig']
    alg: Literal['RS256'] | None = None
    kid: str
    n: str
    e: str


class KeySet(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    keys: list[Key]


class TokenRequest(BaseModel):
    """
    OAuth's token request. Which fields a grant needs is the grant's to say (a missing one
    is `invalid_request`); fields not listed are ignored.

    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    grant_type: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    scope: str | None = None
    code: str | None = None
    redirect_uri: str | None = None
    code_verifier: str | None = None
    refresh_token: str | None = None
    device_code: str | None = None


class TokenResponse(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    token_type: Literal['Bearer']
    scope: str | None = None
    """
    The scope asked for (what MSAL caches the tokens under).
    """
    expires_in: int
    """
    Seconds the access token lasts.
    """
    ext_expires_in: int
    access_token: str
    refresh_token: str | None = None
    """
    User flows with `offline_access`; used once.
    """
    id_token: str | None = None
    """
    User flows with `openid`.
    """
    client_info: str | None = None
    """
    base64url of {"uid": <object id>, "utid": <tenant id>} (user flows).
    """


class DeviceCodeRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    client_id: str | None = None
    scope: str | None = None


class DeviceAuthorization(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    device_code: str
    user_code: str
    verification_uri: str
    expires_in: int
    interval: int
    message: str


class SignInForm(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    request: str | None = None
    """
    The signed authorization request the page was made for.
    """
    user: str | None = None
    """
    The object id of the user signing in.
    """
    password: str | None = None
    """
    The user's password, when the directory sets one (the page asks for it).
    """
    csrf: str | None = None
    """
    The page's anti-forgery token.
    """


class DeviceSignInForm(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    code: str | None = None
    """
    The code the device shows.
    """
    user: str | None = None
    """
    The object id of the user signing in (the second step).
    """
    password: str | None = None
    """
    The user's password, when the directory sets one.
    """
    csrf: str | None = None
    """
    The page's anti-forgery token.
    """
