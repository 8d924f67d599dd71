"""schemathesis hooks, loaded by `schemathesis.toml` for the CLI and the in-process tests alike.

Uploads are declared as binary strings, which admits any bytes; what the service promises to
accept is images. Positive cases therefore send real images of each media type (the server
sniffs the format from the bytes, so `application/octet-stream` gets any of them).
"""

from __future__ import annotations

import schemathesis

from tests.fixtures.images import MEDIA_TYPES, images

for _image_format, _media_type in MEDIA_TYPES.items():
    schemathesis.openapi.media_type(_media_type, images(_image_format))
schemathesis.openapi.media_type("application/octet-stream", images())
