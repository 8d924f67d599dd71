"""The bare floor of `make bench`: Starlette answering the benchmarked routes from a dict.

No storage, no image work, no spec machinery, no authentication, no logging: what a Python ASGI
server with Starlette can do at best on this machine. Uploads are kept as sent (not decoded),
so that the reads serve the same bytes as the service's; a `$batch` is answered with the 20
items' answers built from the dict.
"""

from __future__ import annotations

import base64
import hashlib

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

_PHOTOS: dict[str, tuple[bytes, str]] = {}


def _etag(content: bytes) -> str:
    return '"' + hashlib.sha256(content).hexdigest()[:16].upper() + '"'


def _metadata(user: str) -> dict[str, object]:
    _content, etag = _PHOTOS.get(user, (b"", '"0"'))
    context = f"https://graph.microsoft.com/beta/$metadata#users('{user}')/photo/$entity"
    return {
        "@odata.context": context,
        "@odata.mediaContentType": "image/jpeg",
        "@odata.mediaEtag": etag,
        "id": "96x96",
        "height": 96,
        "width": 96,
    }


def _json(body: object, status: int = 200) -> Response:
    return Response(orjson.dumps(body), status, media_type="application/json")


async def photo(request: Request) -> Response:
    user = request.path_params["user_id"]
    if request.method == "POST":
        await request.body()
        _PHOTOS.setdefault(user, (b"placeholder", _etag(b"placeholder")))
        return _json(_metadata(user), 201)
    return _json(_metadata(user))


async def content(request: Request) -> Response:
    user = request.path_params["user_id"]
    if request.method == "PUT":
        data = await request.body()
        _PHOTOS[user] = (data, _etag(data))
        return _json(_metadata(user))
    data, etag = _PHOTOS.get(user, (b"", '"0"'))
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers={"ETag": etag})
    return Response(data, media_type="image/jpeg", headers={"ETag": etag})


async def batch(request: Request) -> Response:
    answers = []
    for item in orjson.loads(await request.body())["requests"]:
        user = item["url"].split("/")[2]
        data, etag = _PHOTOS.get(user, (b"", '"0"'))
        answers.append(
            {
                "id": item["id"],
                "status": 200,
                "headers": {"Content-Type": "image/jpeg", "ETag": etag},
                "body": base64.b64encode(data).decode("ascii"),
            }
        )
    return _json({"responses": answers})


app = Starlette(
    routes=[
        Route("/beta/users/{user_id}/photo", photo, methods=["GET", "POST"]),
        Route("/beta/users/{user_id}/photo/$value", content, methods=["GET", "PUT"]),
        Route("/beta/$batch", batch, methods=["POST"]),
    ]
)
