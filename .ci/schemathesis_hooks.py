"""Schemathesis hooks for .ci/openapi-check (loaded through SCHEMATHESIS_HOOKS).

Schemathesis picks a request body's serializer by its media type and knows JSON, multipart, bytes and text only by
their usual names. A body whose media type does not say how it is encoded carries the spec's `encoding:` as
`x-encoding` in the export (Glance's `application/openstack-images-v2.1-json-patch` is JSON): each such media type of
the documents in $OPENAPI_CHECK_DOCS gets the serializer of its encoding.
"""

import json
import os
from pathlib import Path

import schemathesis

# The serializer each encoding reuses, by a media type schemathesis knows.
KNOWN = {
    "json": "application/json",
    "binary": "application/octet-stream",
    "text": "text/plain",
    "multipart": "multipart/form-data",
}


def request_media_types():
    """(media type, encoding) of every request body marked with `x-encoding`."""
    found = set()
    for doc in sorted(Path(os.environ["OPENAPI_CHECK_DOCS"]).glob("*.openapi.json")):
        paths = json.loads(doc.read_text()).get("paths", {})
        for item in paths.values():
            for op in item.values():
                if not isinstance(op, dict):
                    continue
                content = op.get("requestBody", {}).get("content", {})
                for media_type, media in content.items():
                    encoding = media.get("x-encoding")
                    if encoding in KNOWN:
                        found.add((media_type, encoding))
    return sorted(found)


for media_type, encoding in request_media_types():
    schemathesis.serializer.alias(media_type, KNOWN[encoding])
