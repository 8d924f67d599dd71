"""The service's own ASGI middlewares, one module each, named for what it does.

Their order, with connexion's and the opt-in ones (`graph_photos.throttling`,
`graph_photos.faults`), is written once, in `graph_photos.app._middlewares`:

- `request_ids`: a `request-id` per request, its `RequestState` begun, ids on the answer;
- `observability`: every request timed, counted and written to the access log;
- `response_cache`: a repeated photo read answered again without the stack;
- `request_head`: one meaning per head (`Content-Type`, `Host`) and only our hosts;
- `path_encoding`: percent-encoded segments routed as clients mean them, and decoded after;
- `body_limit`: how large and how slow a body may be, chosen by the routed operation;
- `permissions`: Graph's permission table, from the spec's `x-permissions`;
- `upload_queue`: how many photo uploads are read and processed at once.
"""
