"""connexion's bearer security, authenticating with the app's authenticator in Graph's words.

connexion's security middleware calls a token-info function for every operation that requires
`bearerAuth`; connexion would look its import path up in the spec (`x-bearerInfoFunc`), which
would tie the contract to this code's layout. `GraphBearerSecurityHandler` resolves it here, in
code: it is always `bearer_token_info`. `GraphBearerSecurityHandler` replaces
connexion's bearer handler so that a missing, empty or non-Bearer `Authorization` header fails
with Graph's own wording (`identity.AuthenticationFailed`, rendered as `401
InvalidAuthenticationToken`). The authenticated caller is recorded on the request's state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from connexion.lifecycle import ConnexionRequest
from connexion.security import BearerSecurityHandler

from graph_photos.identity.caller import AuthenticationFailed, bearer_token
from graph_photos.services import services_of
from graph_photos.web.request_state import state_of


def bearer_token_info(token: str, request: ConnexionRequest) -> dict[str, Any]:
    """connexion's token-info hook: authenticate `token` with the app's authenticator."""
    scope = request.scope
    caller = services_of(scope).authenticator.authenticate(token)
    state_of(scope).caller = caller
    return {"sub": caller.subject, "caller": caller}


class GraphBearerSecurityHandler(BearerSecurityHandler):  # type: ignore[misc]
    """connexion's bearer handler, failing with Graph's `InvalidAuthenticationToken` wording."""

    def _resolve_func(self, _security_scheme: dict[str, Any]) -> Callable[..., Any]:
        return bearer_token_info

    def _get_verify_func(
        self, token_info_func: Callable[..., Any]
    ) -> Callable[[ConnexionRequest], Any]:
        # Called directly: connexion's generic wrapper inspects the function's signature on
        # every request (~5% of a small request's CPU); this one's signature is known.
        def verify(request: ConnexionRequest) -> Any:
            token = bearer_token(request.headers.get("Authorization"))
            token_info = token_info_func(token, request=request)
            if token_info is None:
                raise AuthenticationFailed("Access token validation failure. Invalid token.")
            return token_info

        return verify
