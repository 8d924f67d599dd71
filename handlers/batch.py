"""Handler of JSON batching (`batch.post_batch`): each item through the app, as if alone."""

from __future__ import annotations

from typing import Any

from graph_photos.web.batch import batch_entry, parse_batch, run_batch
from graph_photos.web.context import current_request


async def post_batch(body: dict[str, Any]) -> dict[str, Any]:
    request = current_request()
    items = parse_batch(body, request.scope, request.api_version)
    return {"responses": await run_batch(batch_entry(request.scope), request.scope, items)}
