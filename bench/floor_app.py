"""The floor of `make bench`: the same storage and image work as the service, no spec machinery.

A plain Starlette app with the benchmarked routes: no connexion routing, no request or
response validation, no authentication, no error envelope. Whatever the service costs above
this is the price of being spec-first; the benchmark reports the ratio.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph_photos.directory.model import Directory, ObjectRef, Tenant, TenantDirectory
from graph_photos.domain import images
from graph_photos.domain.errors import ObjectNotFound, PhotoExists, PhotoNotFound
from graph_photos.domain.records import NewPhoto
from graph_photos.storage import open_store

_STATE: dict[str, object] = {}


def _json(body: object, status: int = 200) -> Response:
    return Response(orjson.dumps(body), status, media_type="application/json")


def _store():  # type: ignore[no-untyped-def]
    return _STATE["store"]


def _limiter() -> anyio.CapacityLimiter:
    limiter = _STATE["limiter"]
    assert isinstance(limiter, anyio.CapacityLimiter)
    return limiter


def _metadata(info) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "@odata.mediaContentType": "image/jpeg",
        "@odata.mediaEtag": info.etag,
        "id": f"{info.width}x{info.height}",
        "height": info.height,
        "width": info.width,
    }


def _owner(request: Request) -> ObjectRef:
    """The user the path names: the store resolves it in the directory, as the service's does
    (a write creates an unknown one, as the service's open directory does)."""
    return ObjectRef(None, "users", request.path_params["user_id"])


async def create(request: Request) -> Response:
    owner = _owner(request)
    body = orjson.loads(await request.body())
    rendered = await anyio.to_thread.run_sync(
        images.render_placeholder,
        body["width"],
        body["height"],
        owner.reference,
        limiter=_limiter(),
    )
    try:
        info = await _store().create_photo(
            owner,
            NewPhoto(rendered.content, rendered.width, rendered.height, rendered.sizes),
            create_owner=True,
        )
    except PhotoExists:
        return _json({"error": "exists"}, 409)
    return _json(_metadata(info), 201)


async def metadata(request: Request) -> Response:
    try:
        info = await _store().get_photo_info(_owner(request))
    except (PhotoNotFound, ObjectNotFound):
        return _json({"error": "not found"}, 404)
    return _json(_metadata(info))


async def content(request: Request) -> Response:
    try:
        owner = _owner(request)
        if request.method == "PUT":
            data = await request.body()
            rendered = await anyio.to_thread.run_sync(
                images.normalise_upload, data, 50_000_000, limiter=_limiter()
            )
            info = await _store().put_photo(
                owner,
                NewPhoto(rendered.content, rendered.width, rendered.height, rendered.sizes),
                create_owner=True,
            )
            return _json(_metadata(info))
        if request.headers.get("if-none-match"):
            info = await _store().get_photo_info(owner)
            if request.headers["if-none-match"] == info.etag:
                return Response(status_code=304, headers={"ETag": info.etag})
        stored = await _store().get_content(owner)
    except (PhotoNotFound, ObjectNotFound):
        return _json({"error": "not found"}, 404)
    return Response(stored.content, media_type="image/jpeg", headers={"ETag": stored.etag})


@asynccontextmanager
async def lifespan(_app: Starlette) -> AsyncIterator[None]:
    data_dir = os.environ.get("PHOTOS_DATA_DIR", "data")
    _STATE["store"] = store = await open_store(f"sqlite:///{data_dir}/photos.db")
    tenant = Tenant("00000000-0000-0000-0000-0000000000f1", "floor.example", "Floor")
    await store.bootstrap(Directory(tenant.id, (TenantDirectory(tenant),)))
    _STATE["limiter"] = anyio.CapacityLimiter(2)
    yield
    await _store().close()


app = Starlette(
    routes=[
        Route("/beta/users/{user_id}/photo", metadata, methods=["GET"]),
        Route("/beta/users/{user_id}/photo", create, methods=["POST"]),
        Route("/beta/users/{user_id}/photo/$value", content, methods=["GET", "PUT"]),
    ],
    lifespan=lifespan,
)
