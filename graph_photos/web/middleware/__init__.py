"""The service's own ASGI middlewares, one module each, named for what it does.

Their order, with connexion's and the opt-in ones (`graph_photos.throttling`,
`graph_photos.faults`), is written once, in `graph_photos.app._middlewares`:

- `entry`: what every request gets on entering: ids and its `RequestState`, metrics and the
  access log, one meaning per head and only our hosts, the path canonical for routing;
- `response_cache`: a repeated photo read answered again without the stack;
- `permissions`: Graph's permission table, from the spec's `x-permissions`;
- `request_body`: how large and how slow a body may be (chosen by the routed operation), and
  how many photo uploads are read and processed at once.
"""
