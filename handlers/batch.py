"""Handler of JSON batching (`batch.post_batch`): each item through the app, as if alone."""

from __future__ import annotations

from graph_photos.generated.models import BatchRequest
from graph_photos.web.batch import BatchAnswer, batch_entry, parse_batch
from graph_photos.web.context import current_request


async def post_batch(body: BatchRequest) -> BatchAnswer:
    request = current_request()
    items = parse_batch(body, request.scope, request.api_version)
    return BatchAnswer(batch_entry(request.scope), request.scope, items)
