"""The running app's services: what requests share, built in the app's lifespan.

`running_services(settings, metrics)` opens the store (migrating it; on the first start it
imports the directory file, by default the demo tenant), the authenticator, the image workers
and the upload slots, and closes them at shutdown. The lifespan hands them to
every request through the ASGI lifespan state (`lifespan_state`, read by `services_of`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, MutableMapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import anyio

from graph_photos.directory.file import DEMO_DIRECTORY, load_directory
from graph_photos.domain import images
from graph_photos.domain.mailboxes import Mailboxes
from graph_photos.domain.photos import ImageWorkers, Photos, UploadLimits
from graph_photos.domain.read_cache import ReadCache
from graph_photos.domain.store import DirectoryStore, PhotoStore
from graph_photos.identity.caller import Authenticator
from graph_photos.identity.jwt import JwtAuthenticator
from graph_photos.identity.platform import IdentityPlatform
from graph_photos.identity.signing_keys import SigningKeys
from graph_photos.metrics import Metrics
from graph_photos.settings import Settings
from graph_photos.storage import open_store

if TYPE_CHECKING:  # built by the app when on (graph_photos.throttling, graph_photos.faults)
    from graph_photos.faults.plan import FaultPlan
    from graph_photos.throttling.throttle import Throttle

_SERVICES_KEY = "graph_photos.services"


@dataclass(frozen=True)
class Services:
    """What the running app shares between requests."""

    settings: Settings
    store: PhotoStore
    directory: DirectoryStore
    photos: Photos
    mailboxes: Mailboxes
    authenticator: Authenticator
    identity: IdentityPlatform
    upload_limiter: anyio.CapacityLimiter
    metrics: Metrics
    # Opt-in: Graph's throttling (PHOTOS_THROTTLING=graph) and fault injection (PHOTOS_FAULTS).
    throttle: Throttle | None = None
    faults: FaultPlan | None = None


@asynccontextmanager
async def running_services(
    settings: Settings,
    metrics: Metrics,
    *,
    throttle: Throttle | None = None,
    faults: FaultPlan | None = None,
) -> AsyncIterator[Services]:
    """The services of an app on `settings`, open for as long as the context lasts; the
    throttle (closed with them) and the fault plan when the app has them."""
    directory_file = load_directory(settings.directory_file or DEMO_DIRECTORY)
    store = await open_store(settings.resolved_database_url)
    try:
        await store.bootstrap(directory_file)
        images.return_pixels_to_the_os()  # for the whole process: its image workers decode
        workers = ImageWorkers(anyio.CapacityLimiter(settings.image_workers), metrics.image_work)
        signing_keys = SigningKeys(settings.data_dir)
        yield Services(
            settings=settings,
            store=store,
            directory=store,
            photos=Photos(
                store,
                workers,
                limits=UploadLimits(
                    max_pixels=settings.max_photo_pixels,
                    max_jpeg_scans=settings.max_jpeg_scans,
                    max_side=settings.max_photo_side,
                    max_bytes=settings.max_photo_bytes,
                    decode_pixel_budget=settings.decode_pixel_budget,
                ),
                open_directory=settings.directory == "open",
                observe_upload_size=metrics.upload_bytes.observe,
                cache=ReadCache(
                    store,
                    max_bytes=settings.read_cache_bytes,
                    max_item_bytes=settings.read_cache_item_bytes,
                ),
            ),
            mailboxes=Mailboxes(store, store, open_directory=settings.directory == "open"),
            authenticator=JwtAuthenticator.from_settings(settings, signing_keys),
            identity=IdentityPlatform(settings, store, store, signing_keys),
            upload_limiter=anyio.CapacityLimiter(settings.upload_slots),
            metrics=metrics,
            throttle=throttle,
            faults=faults,
        )
    finally:
        await store.close()
        if throttle is not None:
            await throttle.close()


def lifespan_state(services: Services) -> dict[str, Any]:
    """The lifespan state that makes `services` reachable from every request."""
    return {_SERVICES_KEY: services}


def services_of(scope: Mapping[str, Any] | MutableMapping[str, Any]) -> Services:
    """The services of the app serving the request of `scope`."""
    try:
        services: Services = scope["state"][_SERVICES_KEY]
    except KeyError:
        raise RuntimeError(
            "the app's lifespan has not run: serve it with uvicorn, or use the test client "
            "as a context manager"
        ) from None
    return services
