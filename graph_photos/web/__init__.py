"""The web layer: Graph error rendering, request ids and state, the request context handlers
read, one ASGI middleware per module, and record -> wire conversion.

It imports starlette's ASGI types but never connexion: `graph_photos.connexion_adapter`, the
layer above, is the only code that touches connexion and fills in what it learns (the routed
operation, the authenticated caller) on the `RequestState` defined here.
"""
