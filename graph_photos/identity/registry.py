"""What the local identity platform knows of a tenant: its apps and their secrets, its users,
and the errors every flow answers with.

`Registry` finds the tenant a path names (id, domain, `common`, `organizations`), an app by its
client id, checks a confidential app's secret (in constant time, against each of its secrets),
and finds the user who signs in (asking for a password where the directory sets one). Flows
fail with `OAuthError` (OAuth's JSON, in Entra's words and AADSTS codes) or, where nothing may
be sent to an unchecked redirect URI, `SignInRefused` (an error page). `now` is the platform's
one clock.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import replace
from datetime import UTC, datetime

from graph_photos.directory.applications import Application
from graph_photos.directory.model import ObjectRef, Tenant, User, ascii_key
from graph_photos.directory.passwords import password_matches
from graph_photos.directory.query import DirectoryQuery
from graph_photos.domain.errors import ObjectNotFound
from graph_photos.domain.grants import Grant, GrantKind, handle_key
from graph_photos.domain.store import DirectoryStore, IdentityStore
from graph_photos.identity.scopes import ScopeError
from graph_photos.identity.tokens import TokenSigner
from graph_photos.settings import Settings

MULTI_TENANT = ("common", "organizations")
PICKER_SIZE = 100  # the users a sign-in page lists


def now() -> float:
    """The platform's clock, in seconds since the epoch (tests move it)."""
    return time.time()


class OAuthError(Exception):
    """An OAuth error answer: `error`, Entra's AADSTS number and description, the status."""

    def __init__(self, error: str, code: int, description: str, status: int = 400) -> None:
        super().__init__(f"AADSTS{code}: {description}")
        self.error = error
        self.code = code
        self.description = f"AADSTS{code}: {description}"
        self.status = status


class SignInRefused(Exception):
    """The sign-in page cannot go on, and must not redirect: the message says why."""


class PasswordRequired(Exception):
    """The chosen user has a password: the page asks for it (again, when `wrong`)."""

    def __init__(self, user: User, *, wrong: bool) -> None:
        super().__init__(user.user_principal_name)
        self.user = user
        self.wrong = wrong


def refused_scope(exc: ScopeError) -> OAuthError:
    error = "invalid_grant" if exc.code == 65001 else "invalid_scope"
    return OAuthError(error, exc.code, str(exc))


def required(form: dict[str, str], name: str) -> str:
    """A form's parameter that a request must carry: `invalid_request` without it."""
    value = form.get(name)
    if not value:
        raise OAuthError(
            "invalid_request",
            900144,
            f"The request body must contain the following parameter: '{name}'.",
        )
    return value


class Flow:
    """What each flow of the platform works with: settings, the store, the registry, the
    signer of its tokens."""

    def __init__(
        self, settings: Settings, store: IdentityStore, registry: Registry, signer: TokenSigner
    ) -> None:
        self.settings = settings
        self._store = store
        self._registry = registry
        self._signer = signer

    async def _issue(self, grant: Grant, lifetime: int) -> str:
        """Keep `grant` (its handle key and expiry filled in) for `lifetime` seconds; the
        value its holder presents, which is kept only as its hash."""
        handle = secrets.token_urlsafe(48)
        issued = now()
        await self._store.add_grant(
            replace(grant, handle_key=handle_key(handle), expires_at=issued + lifetime), issued
        )
        return handle

    async def _take(self, handle: str, kind: GrantKind, refusal: OAuthError) -> Grant:
        """The unexpired grant a holder presents, taken (never again); `refusal` when there
        is none."""
        grant = await self._store.take_grant(handle_key(handle), kind)
        if grant is None or grant.expires_at < now():
            raise refusal
        return grant


class Registry:
    """A service's tenants, apps and users, as the sign-in flows look them up."""

    def __init__(self, store: IdentityStore, directory: DirectoryStore) -> None:
        self._store = store
        self._directory = directory

    async def tenants(self) -> list[Tenant]:
        """Every tenant, the default one first."""
        return await self._store.tenants()

    async def applications(self, tenant_id: str | None) -> list[tuple[str, Application]]:
        """(tenant id, app) of a tenant's apps (every tenant's for None)."""
        return await self._store.applications(tenant_id)

    async def tenant(self, segment: str) -> Tenant | None:
        """The tenant a path's `{tenant}` names (id or default domain); None for `common` and
        `organizations`. Raises `OAuthError` (invalid_tenant) for any other."""
        if segment.lower() in MULTI_TENANT:
            return None
        key = ascii_key(segment)
        for tenant in await self.tenants():
            if key in (ascii_key(tenant.id), ascii_key(tenant.default_domain)):
                return tenant
        raise OAuthError(
            "invalid_tenant",
            90002,
            f"Tenant '{segment}' not found. Check to make sure you have the correct tenant ID "
            "and are signing into the correct cloud.",
        )

    async def app(self, tenant: Tenant | None, client_id: str | None) -> tuple[str, Application]:
        """(tenant id, app) of a client id in the tenant (any tenant for `common`)."""
        client_id = required({"client_id": client_id or ""}, "client_id")
        key = ascii_key(client_id)
        found = [
            (tenant_id, app)
            for tenant_id, app in await self._store.applications(tenant.id if tenant else None)
            if app.key == key
        ]
        if not found:
            where = tenant.default_domain if tenant else "any tenant"
            raise OAuthError(
                "unauthorized_client",
                700016,
                f"Application with identifier '{client_id}' was not found in the directory "
                f"'{where}'. Register it in the directory file (applications) or with "
                "`graph-photos apps`.",
            )
        return found[0]

    async def authenticate(self, app: Application, secret: str | None, *, required: bool) -> None:
        """Check a confidential app's secret (a public client has none to send)."""
        if secret is None:
            if required or app.confidential:
                raise OAuthError(
                    "invalid_client",
                    7000218,
                    "The request body must contain the following parameter: "
                    "'client_assertion' or 'client_secret'.",
                    status=401,
                )
            return
        if not app.secret_matches(secret, datetime.now(UTC)):
            raise OAuthError(
                "invalid_client",
                7000215,
                "Invalid client secret provided. Ensure the secret being sent in the request "
                "is the client secret value, not the client secret ID, for a secret added to "
                f"app '{app.client_id}'.",
                status=401,
            )

    async def user(self, tenant_id: str, user_id: str) -> User:
        try:
            user = await self._directory.get_user(ObjectRef(tenant_id, "users", user_id))
        except ObjectNotFound:
            user = None
        if user is None or not user.account_enabled:
            raise OAuthError(
                "invalid_grant",
                50034,
                f"The user account {user_id} does not exist in the tenant or is disabled.",
            )
        return user

    async def users(self, tenant_id: str) -> list[User]:
        query = DirectoryQuery.of("users", orderby="displayName", top=PICKER_SIZE)
        page = await self._directory.find_users(tenant_id, query, None)
        return [user for user in page.items if user.account_enabled]

    async def hinted_user(self, tenant_id: str, hint: str) -> User | None:
        try:
            return await self._directory.get_user(ObjectRef(tenant_id, "users", hint))
        except ObjectNotFound:
            return None

    async def signing_in(self, tenant_id: str, user_id: str, password: str | None) -> User:
        """The user who signs in on a page: `PasswordRequired` while the directory sets them a
        password that was not given."""
        try:
            user = await self.user(tenant_id, user_id)
        except OAuthError as exc:
            raise SignInRefused(exc.description) from None
        if user.password_hash is not None and (
            password is None or not password_matches(user.password_hash, password)
        ):
            raise PasswordRequired(user, wrong=password is not None)
        return user
