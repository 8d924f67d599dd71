"""Operation handlers, bound by operationId: `users.get_photo` is `get_photo` in `users.py`.

Installed as `graph_photos.handlers`. Each handler takes what it needs from the request
context, calls one domain function, and returns the converted wire model or bytes. No SQL, no
error JSON, no status tables here.
"""
