"""The directory: tenants with their users and groups.

`model`: the records and how Graph resolves an id to one of them (no I/O); `contacts`: the
contacts and contact folders of users' mailboxes, and `contact_query` what a `$filter` on them
means; `file`: directory files (YAML or JSON, with Graph's property names, contacts included),
their schema and the demo tenant in `seed/`.
The database's side of it is `graph_photos.storage` (its tables and queries, one module per
engine); the command that imports and exports files is `graph_photos.cli.directory`.
"""
