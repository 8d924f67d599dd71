"""The photo domain: records, domain errors, image work, the photo operations and the
operations of mailboxes' contacts (`mailboxes`).

Nothing in this package imports a web framework (starlette, connexion, uvicorn) or the layers
above it; `make lint` checks that with import-linter. What an operation needs (the store, the
image workers, a timer) is handed to it, never looked up.
"""
