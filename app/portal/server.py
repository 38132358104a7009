"""`portal serve`: run the portal with uvicorn, one log line per event on stdout, clean stop on SIGTERM."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from pathlib import Path

from app.portal.database import DEFAULT_PORTAL_ROLE, open_portal_engine, shown_url
from app.portal.security import load_secret
from app.portal.web import PortalSettings, create_app

logger = logging.getLogger(__name__)


def _log_to_stdout() -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for name in ("app", "uvicorn"):
        log = logging.getLogger(name)
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    logging.getLogger("uvicorn.access").disabled = True  # it would log tokens; app.portal.access logs instead


def serve(
    url: str,
    *,
    host: str = "127.0.0.1",
    port: int = 8080,
    role: str | None = DEFAULT_PORTAL_ROLE,
    secret_file: Path | None = None,
    forwarded_allow_ips: str = "127.0.0.1",
) -> int:
    import uvicorn

    _log_to_stdout()
    engine = open_portal_engine(url, role)
    kind = "PostgreSQL as role " + str(engine.url.username) if engine.dialect.name == "postgresql" else "SQLite"
    logger.info("portal reads %s (%s, read-only)", shown_url(str(engine.url)), kind)
    logger.info(
        "portal listens on http://%s:%d (pid %d; sessions signed with %s; trusted proxy %s)",
        host,
        port,
        os.getpid(),
        "MENTOR_PORTAL_SECRET" if os.environ.get("MENTOR_PORTAL_SECRET") else str(secret_file),
        forwarded_allow_ips,
    )
    app = create_app(engine, PortalSettings(secret=load_secret(secret_file)))
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_config=None,
        access_log=False,
        proxy_headers=True,  # the scheme (for Secure cookies) and the client address from a trusted reverse proxy
        forwarded_allow_ips=forwarded_allow_ips,
        server_header=False,
    )
    server = uvicorn.Server(config)

    def stop(signum: int, _frame: object) -> None:
        logger.info("portal stopping (%s): finishing open requests", signal.Signals(signum).name)
        server.should_exit = True

    # Our own handlers: uvicorn's re-raise the signal after shutting down, so a SIGTERM would end the process with
    # -15 instead of a clean exit 0 after the last request.
    server.capture_signals = contextlib.nullcontext  # type: ignore[method-assign]
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        server.run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    engine.dispose()
    logger.info("portal stopped")
    return 0
