"""What the HTTP platform adapters (Slack, Teams) do with a request before trusting any of it:
read a bounded body, refuse with a 4xx and a reason, and parse JSON without letting its depth reach
Python's recursion limit. Platforms may not import each other, so these steps live here."""

from __future__ import annotations

import json

from aiohttp import web

MAX_BODY_BYTES = 1024 * 1024   # both platforms' payloads are a few KB; a 40,000-character message fits
MAX_DEPTH = 32                 # blocks and cards nest a few levels deep, never dozens


class Rejected(Exception):
    """The request is refused; status is what the platform gets. `trusted`: it provably came from the
    platform (signed, or no credentials are configured), so it is logged as a malformed event."""

    def __init__(self, status: int, reason: str, trusted: bool = False):
        super().__init__(reason)
        self.status, self.reason, self.trusted = status, reason, trusted


def too_large() -> Rejected:
    return Rejected(413, f"the body is larger than {MAX_BODY_BYTES} bytes")


async def read_body(request: web.Request) -> bytes:
    """The body, refused before reading when its declared length is over the limit."""
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        raise too_large()
    try:
        return await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise too_large() from None


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def parse_json_object(raw: bytes | str, trusted: bool, what: str = "the body", shape: str = "a JSON object") -> dict:
    try:
        data = json.loads(raw)
    except RecursionError:
        raise Rejected(400, f"{what} is nested too deeply", trusted) from None
    except ValueError:  # includes UnicodeDecodeError
        raise Rejected(400, f"{what} is not valid JSON", trusted) from None
    if not isinstance(data, dict):
        raise Rejected(400, f"{what} must be {shape}", trusted)
    if depth_over(data, MAX_DEPTH):
        raise Rejected(400, f"{what} is nested more than {MAX_DEPTH} levels deep", trusted)
    return data


def depth_over(data, limit: int) -> bool:
    """Whether JSON data nests deeper than limit (iteratively: no recursion to exhaust)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return True
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False
