"""Who may write: nobody unless a token is configured, then whoever presents it.

The token is compared in constant time (``hmac.compare_digest``) so that response
timing does not reveal how much of a guess was right.
"""

from __future__ import annotations

import hmac

from fastapi import Request

from eventwire.serve.errors import ApiError

_SCHEME = "bearer "


class WriteGuard:
    """A FastAPI dependency for write endpoints."""

    def __init__(self, token: str | None) -> None:
        if token is not None and not token.strip():
            raise ValueError("the API token must not be empty")
        self._token = token.encode() if token is not None else None

    @property
    def enabled(self) -> bool:
        return self._token is not None

    def __call__(self, request: Request) -> None:
        if self._token is None:
            raise ApiError(
                403, "read_only",
                "this server is read-only; start it with --token (or EVENTWIRE_TOKEN) to "
                "enable writes",
            )  # fmt: skip
        header = request.headers.get("authorization", "")
        offered = header[len(_SCHEME):].strip() if header.lower().startswith(_SCHEME) else ""
        if not offered or not hmac.compare_digest(offered.encode(), self._token):
            raise ApiError(
                401, "unauthorized", "a valid 'Authorization: Bearer <token>' header is required",
                headers={"WWW-Authenticate": "Bearer"},
            )  # fmt: skip
