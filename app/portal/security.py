"""The portal's protections in one place: security headers on every response, signed sessions, calendar tokens,
and a gentle per-address limit on failed link attempts."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import threading
import time
from collections import defaultdict, deque
from pathlib import Path
from typing import Any

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
# Pages are personal: no shared cache may keep them.
NO_STORE = (b"cache-control", b"no-store")


class SecurityHeaders:
    """ASGI wrapper around the whole application, so error pages (even a crash's 500) carry the headers too."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                headers = [h for h in SECURITY_HEADERS if h[0] not in names]
                if b"cache-control" not in names:
                    headers.append(NO_STORE)
                message["headers"] = [*message.get("headers", []), *headers]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def load_secret(path: Path | None) -> bytes:
    """The key that signs sessions and calendar tokens: MENTOR_PORTAL_SECRET, else a file made once (mode 600).

    Kept across restarts so calendar subscriptions keep working; changing it ends every session and feed URL.
    """
    value = os.environ.get("MENTOR_PORTAL_SECRET")
    if value:
        return value.encode()
    if path is None:
        return secrets.token_bytes(32)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(32))
    return path.read_text().strip().encode()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class Signer:
    """Sessions are signed cookies naming the link they came from; every request re-checks that link in the
    database, so revoking or expiring the link ends its sessions at once (the portal stores nothing)."""

    def __init__(self, secret: bytes) -> None:
        self.secret = secret

    def _mac(self, purpose: str, value: str) -> str:
        return _b64(hmac.new(self.secret, f"{purpose}:{value}".encode(), hashlib.sha256).digest())

    def session(self, link_id: str, issued: int | None = None) -> str:
        value = f"{link_id}.{issued if issued is not None else int(time.time())}"
        return f"{value}.{self._mac('session', value)}"

    def session_link(self, cookie: str | None, max_age: int) -> str | None:
        """The link id of a genuine, unexpired session cookie, else None."""
        if not cookie or cookie.count(".") != 2:
            return None
        link_id, issued, mac = cookie.split(".")
        if not hmac.compare_digest(mac, self._mac("session", f"{link_id}.{issued}")):
            return None
        if not issued.isdigit() or time.time() - int(issued) > max_age:
            return None
        return link_id

    def feed_token(self, link_id: str, generation: int) -> str:
        """A calendar address's token: the link, its feed generation and their signature (nothing stored). Renewing
        the address raises the generation in the database, so an older token no longer matches."""
        value = f"{link_id}.{generation}"
        return f"{value}.{self._mac('feed', value)}"

    def feed_link(self, token: str) -> tuple[str, int] | None:
        """The link id and feed generation of a genuine calendar token, else None."""
        if token.count(".") != 2:
            return None
        link_id, generation, mac = token.split(".")
        if not generation.isdigit() or not hmac.compare_digest(mac, self._mac("feed", f"{link_id}.{generation}")):
            return None
        return link_id, int(generation)


class FailureLimiter:
    """Counts failed link and feed attempts per client address in a sliding window.

    Only failures count and only failures are refused: a valid token always opens (an office behind one address is
    never locked out by a colleague's typo). Tokens carry 256 random bits, so this slows noise, not real guessing.
    """

    def __init__(self, limit: int = 20, window_seconds: float = 600.0) -> None:
        self.limit = limit
        self.window = window_seconds
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _trim(self, address: str, now: float) -> deque[float]:
        failures = self._failures[address]
        while failures and now - failures[0] > self.window:
            failures.popleft()
        return failures

    def blocked(self, address: str) -> int:
        """Seconds to wait before the next failed attempt is looked at; 0 when not limited."""
        now = time.monotonic()
        with self._lock:
            failures = self._trim(address, now)
            if len(failures) < self.limit:
                return 0
            return max(1, int(self.window - (now - failures[0])) + 1)

    def fail(self, address: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._trim(address, now).append(now)
            if len(self._failures) > 10_000:  # forget the quiet ones, so memory stays bounded
                for key in [k for k, v in self._failures.items() if not v][:5_000]:
                    del self._failures[key]
