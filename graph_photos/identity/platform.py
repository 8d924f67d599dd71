"""The local identity platform: OAuth 2.0 and OpenID Connect as MSAL and azure-identity use them
(docs/sign-in.md).

`IdentityPlatform` is what the running service holds: discovery and the key set here, and its
three parts, each in its module: `registry` (tenants, apps, users; the errors), `tokens` (the
token and device authorization endpoints) and `sign_in` (the authorization endpoint, the sign-in
and device pages, sessions). They speak in values; the web layer renders pages, redirects and
JSON (graph_photos/web/oauth.py, web/pages.py).
"""

from __future__ import annotations

from typing import Any

from graph_photos.directory.model import Tenant
from graph_photos.domain.store import DirectoryStore, IdentityStore
from graph_photos.identity.registry import Registry
from graph_photos.identity.sign_in import RESPONSE_MODES, SignIn
from graph_photos.identity.signing_keys import SigningKeys
from graph_photos.identity.token_endpoint import DEVICE_CODE_GRANT, TokenEndpoint
from graph_photos.identity.tokens import TokenSigner, issuer_url
from graph_photos.settings import Settings


class IdentityPlatform:
    """The identity platform of one running service."""

    def __init__(
        self,
        settings: Settings,
        store: IdentityStore,
        directory: DirectoryStore,
        keys: SigningKeys,
    ) -> None:
        self.keys = keys
        signer = TokenSigner(keys)
        self.registry = Registry(store, directory)
        self.tokens = TokenEndpoint(settings, store, self.registry, signer)
        self.sign_in = SignIn(settings, store, self.registry, signer)

    async def tenant(self, segment: str) -> Tenant | None:
        """The tenant a path's `{tenant}` names; None for `common` and `organizations`."""
        return await self.registry.tenant(segment)

    def configuration(self, base_url: str, segment: str, tenant: Tenant | None) -> dict[str, Any]:
        """The OpenID Connect configuration of an authority."""
        authority = f"{base_url}/{segment}"
        return {
            "issuer": issuer_url(base_url, tenant.id if tenant else "{tenantid}"),
            "authorization_endpoint": f"{authority}/oauth2/v2.0/authorize",
            "token_endpoint": f"{authority}/oauth2/v2.0/token",
            "device_authorization_endpoint": f"{authority}/oauth2/v2.0/devicecode",
            "end_session_endpoint": f"{authority}/oauth2/v2.0/logout",
            "jwks_uri": f"{authority}/discovery/v2.0/keys",
            "tenant_region_scope": None,
            "cloud_instance_name": "localhost",
            "request_uri_parameter_supported": False,
            "response_types_supported": ["code", "id_token", "code id_token"],
            "response_modes_supported": list(RESPONSE_MODES),
            "grant_types_supported": [
                "authorization_code",
                "refresh_token",
                "client_credentials",
                DEVICE_CODE_GRANT,
            ],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
            "code_challenge_methods_supported": ["S256"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "claims_supported": [
                "sub",
                "iss",
                "aud",
                "exp",
                "iat",
                "nbf",
                "name",
                "preferred_username",
                "oid",
                "tid",
                "nonce",
                "ver",
            ],
        }

    def key_set(self) -> dict[str, Any]:
        return self.keys.jwks()
