"""Personal-link tokens: made once, shown once, kept only as a hash (shared by the link service and the portal)."""

from __future__ import annotations

import hashlib
import secrets

TOKEN_BYTES = 32  # 256 bits of randomness: guessing is hopeless, so rate limits only need to be gentle


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    """SHA-256 hex of the token. A plain hash suffices: the token is random, not a password to stretch."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
