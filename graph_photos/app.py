"""Wiring: build the service's ASGI application from the spec and the settings.

`create_app(settings)` is the one module that sees every layer: it lists the whole middleware
stack (connexion's and ours, outermost first), has the connexion adapter bind the handlers to
`spec/openapi.yaml` by operationId under `/beta` and `/v1.0`, and opens the services in the
app's lifespan. Nothing happens at import time.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from typing import TYPE_CHECKING, Any

from starlette.middleware.cors import CORSMiddleware

from graph_photos.connexion_adapter import PreparedAsyncApp, build_app, middlewares as connexion
from graph_photos.faults.middleware import FaultInjectionMiddleware
from graph_photos.faults.plan import FaultPlan
from graph_photos.metrics import Metrics
from graph_photos.services import Services, lifespan_state, running_services
from graph_photos.settings import Settings, redacted
from graph_photos.specification import (
    IDENTITY_SPEC_PATH,
    OPERATIONS_SPEC_PATH,
    SPEC_PATH,
    VERSION,
    load_spec,
)
from graph_photos.throttling.middleware import ThrottleMiddleware, mailbox_operations
from graph_photos.web.front_page import demo_user
from graph_photos.web.middleware.entry import RequestEntryMiddleware, StampIdsMiddleware
from graph_photos.web.middleware.permissions import PermissionMiddleware, rules_from_spec
from graph_photos.web.middleware.request_body import RequestBodyMiddleware, photo_operations
from graph_photos.web.middleware.response_cache import (
    ResponseCache,
    ResponseCacheCollector,
    ResponseCacheMiddleware,
)

if TYPE_CHECKING:
    from graph_photos.throttling.throttle import Throttle

API_VERSIONS = ("beta", "v1.0")
BATCH_OPERATION = "batch.post_batch"
# What browsers may send and read across origins (Graph's list, for the headers clients use).
CORS_REQUEST_HEADERS = (
    "Authorization",
    "Content-Type",
    "client-request-id",
    "If-Match",
    "If-None-Match",
    "ConsistencyLevel",
    "Prefer",
    "SdkVersion",
    # The Graph Toolkit's people search sends it; a preflight that refused it would hide
    # every result (the Toolkit swallows the error).
    "X-PeopleQuery-QuerySources",
)
CORS_EXPOSED_HEADERS = (
    "ETag",
    "Location",
    "request-id",
    "client-request-id",
    "Retry-After",
    "WWW-Authenticate",
)
HANDLERS = "graph_photos.handlers"  # operationId `users.get_photo` is `<HANDLERS>.users.get_photo`


_collected = False
logger = logging.getLogger("graph_photos.server")


async def startup_block(settings: Settings, services: Services) -> str:
    """Where things are, said once as the app starts: the URLs, the data, the directory."""
    base = settings.public_base_url or (
        f"{'https' if settings.https else 'http'}://{settings.host}:{settings.port}"
    )
    found = await services.identity.registry.tenants()  # the default first
    tenants = ", ".join(tenant.default_domain for tenant in found)
    first = found[0] if found else None
    token = (
        f"PHOTOS_DATA_DIR={settings.data_dir.resolve()} graph-photos token --user "
        f'{await demo_user(services, found)} --scopes "User.Read ProfilePhoto.ReadWrite.All"'
    )
    lines = [
        f"graph-photos {VERSION} is serving {base}",
        f"  front page  {base}/",
        f"  Graph API   {base}/v1.0 and {base}/beta (explorer: {base}/v1.0/ui/)",
        f"  sign-in     {base}/<tenant>/v2.0/.well-known/openid-configuration"
        + (f" (e.g. {first.default_domain})" if first else ""),
        f"  data        {settings.data_dir.resolve()}",
        f"  database    {redacted(settings.resolved_database_url)}",
        f"  directory   {settings.directory}: {tenants or 'no tenant'} (the first by default)",
        f"  a token     {token}",
    ]
    return "\n".join(lines)


def _collect_once() -> None:
    global _collected
    if not _collected:
        gc.collect()
        _collected = True


def create_app(settings: Settings | None = None) -> PreparedAsyncApp:
    """The ASGI application serving the photo API with `settings` (default: from the env)."""
    settings = settings or Settings()
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[dict[str, Any]]:
        faults = FaultPlan.from_file(settings.faults) if settings.faults else None
        async with running_services(
            settings, metrics, throttle=_throttle(settings), faults=faults
        ) as services:
            # What exists now (connexion's operations and validators, the parsed spec) lives as
            # long as the app. Frozen, the collector's full passes skip it instead of walking it
            # all: measured, they paused the server up to 83 ms (p99 of 304s at c=32: 87 -> 13).
            # The collection before freezing (so no garbage is frozen) runs once per process: a
            # server starts one app, but a test process starts hundreds, and collecting its whole
            # heap each time cost 0.11 s a start (tests/api: 59 s -> 32 s without it).
            _collect_once()
            gc.freeze()
            logger.info("%s", await startup_block(settings, services))
            try:
                yield lifespan_state(services)
            finally:
                gc.unfreeze()

    spec = load_spec(SPEC_PATH)
    return build_app(
        __name__,
        lifespan=lifespan,
        middlewares=_middlewares(settings, metrics, spec),
        graph_spec=spec,
        api_versions=API_VERSIONS,
        operations_spec=load_spec(OPERATIONS_SPEC_PATH),
        identity_spec=load_spec(IDENTITY_SPEC_PATH),
        handlers_package=HANDLERS,
        validate_responses=settings.validate_responses,
    )


def _throttle(settings: Settings) -> Throttle | None:
    """The throttle, when throttling is on (only then are `limits` and `redis` imported: they
    take 0.15 s to load)."""
    if settings.throttling == "off":
        return None
    from graph_photos.throttling.throttle import throttle_of

    return throttle_of(settings)


def _response_cache(settings: Settings, metrics: Metrics) -> list[Any]:
    """The response cache's layer, when on. Not while throttling or faults are: a repeated read
    must still count against its mailbox, or may fail as the plan says. Not without the read
    cache either: its answers are kept on the read cache's terms, which then say nothing."""
    if (
        settings.response_cache_bytes <= 0
        or settings.read_cache_bytes <= 0
        or settings.throttling != "off"
        or settings.faults
    ):
        return []
    cache = ResponseCache(
        max_bytes=settings.response_cache_bytes, max_item_bytes=settings.read_cache_item_bytes
    )
    metrics.registry.register(ResponseCacheCollector(cache))
    return [partial(ResponseCacheMiddleware, cache=cache)]


def _middlewares(settings: Settings, metrics: Metrics, spec: dict[str, Any]) -> list[Any]:
    """connexion's default middleware stack, outermost first, with ours in their places."""
    stack: list[Any] = [
        connexion.ServerErrorMiddleware,
        # Preflights are answered here for every path, before anything asks for a token; every
        # answer, errors included, carries the CORS headers a page needs to read it.
        partial(
            CORSMiddleware,
            allow_origins=settings.cors_origin_list,
            allow_methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=list(CORS_REQUEST_HEADERS),
            expose_headers=list(CORS_EXPOSED_HEADERS),
            allow_credentials=False,
            max_age=3600,
        ),
        # Every request (and `$batch` item) enters here: ids, metrics and the access log, one
        # meaning per head and only our hosts, the path canonical for routing. What is above
        # belongs to the connection.
        partial(
            RequestEntryMiddleware,
            metrics=metrics,
            allowed_hosts=settings.allowed_host_names,
        ),
        *_response_cache(settings, metrics),
        connexion.ExceptionMiddleware,
        connexion.SpecAndUIOnlySwaggerUIMiddleware,
        connexion.RoutingMiddleware,
        # The routed operation and API version onto the request's state; path parameters decoded.
        partial(connexion.RouteStateMiddleware, resolver_package=HANDLERS),
        connexion.SecurityMiddleware,
        # After authentication, before validation: Graph answers 401, then 403, then 400.
        partial(PermissionMiddleware, rules=rules_from_spec(spec)),
        # Authorised requests only: the operation decides the body's limit (no body is buffered
        # past it, or read slowly), and uploads take a place in the queue before being read.
        partial(
            RequestBodyMiddleware,
            photo_operations=photo_operations(spec),
            photo_limit=settings.max_photo_bytes,
            json_limit=settings.max_json_body_bytes,
            body_timeout=settings.body_timeout,
            body_min_rate=settings.body_min_rate,
            operation_limits={BATCH_OPERATION: settings.max_batch_body_bytes},
            queue=settings.upload_queue,
            queue_timeout=settings.upload_queue_timeout,
        ),
    ]
    # Graph's 429s, then the fault plan's failures: both before any body is read or handler
    # runs, so neither ever writes (and after the body's declared size is checked: a refused
    # upload charges no mailbox). Opt-in: in the stack only when on, so off costs nothing.
    if settings.throttling != "off":
        stack.append(partial(ThrottleMiddleware, mailbox_operations=mailbox_operations(spec)))
    if settings.faults is not None:
        stack.append(FaultInjectionMiddleware)
    stack.append(connexion.PreparedRequestValidationMiddleware)
    if settings.validate_responses:
        # Without it, connexion's response validation is a pass-through; leave it out. The ids
        # are stamped again inside it, so that the handlers' responses carry them before their
        # headers are validated against the spec.
        stack += [connexion.ResponseValidationMiddleware, StampIdsMiddleware]
    return [*stack, connexion.LifespanMiddleware, connexion.ContextMiddleware]
