"""Operation handlers, bound by operationId (`photo.get_user_photo` -> `handlers.photo`).

Each handler takes what it needs from the request context, calls one domain function, and
returns the converted wire model or bytes. No SQL, no error JSON, no status tables here.
"""
