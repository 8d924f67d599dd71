"""JSON batching (`POST /{version}/$batch`): each item sent through the app, as if alone.

`parse_batch` checks what the spec's schema cannot (ids unique ignoring ASCII case, dependsOn
naming items without a cycle, relative urls, bodies with a Content-Type, no batch inside a
batch) and turns each item into an HTTP request: the version's path and query, the batch's
`Authorization` and `Host`, the item's headers, and its body (JSON as JSON, anything else from
base64). Whole-batch problems are one `400 BadRequest`.

`BatchAnswer` sends every item into the stack where `RequestEntryMiddleware` stands: below the
layers that belong to the batch's connection (server errors, CORS), above everything a request
passes alone. So an item gets exactly what it would get alone: its own `request-id`, routing,
authentication, permissions, validation, the caller's tenant, errors (in Graph's envelope,
those of routing too), ETags and metrics; the batch's access-log line lists its items instead
of one line each. Items run one at a time, dependencies first (measured: running them at once
cost more CPU than it overlapped); an item whose dependency failed answers `424`. Each answer
is written as Graph writes it: JSON as JSON, binary bytes as base64 text, `Content-Type`
(exactly so cased: the Graph Toolkit reads it so) and `ETag` in its headers, no body for 204
and 304. The answer is streamed: each item's is written into the response as it arrives (a
photo's base64 piece by piece), so a batch holds about one piece in memory, not its answer.

What one batch may cost: 20 items (the spec's `maxItems`), a body of at most
`max_batch_body_bytes`, and per item what the same request costs alone (a photo read answers at
most `max_photo_bytes`, 5.6 MB as base64: a batch answers at most about 112 MB, streamed).
"""

from graph_photos.web.batch.answer import BatchAnswer
from graph_photos.web.batch.requests import BatchItem, parse_batch
from graph_photos.web.middleware.entry import batch_entry

__all__ = ["BatchAnswer", "BatchItem", "batch_entry", "parse_batch"]
