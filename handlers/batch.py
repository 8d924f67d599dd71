"""Handler of JSON batching (`batch.post_batch`): each item through the app, as if alone."""

from __future__ import annotations

from typing import Any

from graph_photos.web.batch import BatchResponse, batch_entry, parse_batch
from graph_photos.web.context import current_request


async def post_batch(body: dict[str, Any]) -> BatchResponse:
    request = current_request()
    items = parse_batch(body, request.scope, request.api_version)
    return BatchResponse(batch_entry(request.scope), request.scope, items)
