"""`portal serve`: run the portal with uvicorn, one log line per event on stdout, clean stop on SIGTERM."""

from __future__ import annotations

import base64
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

# How `serve` hands its settings to worker processes (spawned, so they import `worker_app` afresh). Private to the
# portal's own processes; the secret travels here so every worker signs sessions with the same key.
WORKER_ENV = {
    "url": "MENTOR_PORTAL_WORKER_URL",
    "role": "MENTOR_PORTAL_WORKER_ROLE",
    "secret": "MENTOR_PORTAL_WORKER_KEY",
}


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
    workers: int = 1,
) -> int:
    import uvicorn

    _log_to_stdout()
    engine = open_portal_engine(url, role)
    kind = "PostgreSQL as role " + str(engine.url.username) if engine.dialect.name == "postgresql" else "SQLite"
    logger.info("portal reads %s (%s, read-only)", shown_url(str(engine.url)), kind)
    logger.info(
        "portal listens on http://%s:%d (pid %d; %d worker process%s; sessions signed with %s; trusted proxy %s)",
        host,
        port,
        os.getpid(),
        workers,
        "" if workers == 1 else "es",
        "MENTOR_PORTAL_SECRET" if os.environ.get("MENTOR_PORTAL_SECRET") else str(secret_file),
        forwarded_allow_ips,
    )
    secret = load_secret(secret_file)
    options = {
        "host": host,
        "port": port,
        "log_config": None,
        "access_log": False,
        "proxy_headers": True,  # the scheme (for Secure cookies) and the client address from a trusted reverse proxy
        "forwarded_allow_ips": forwarded_allow_ips,
        "server_header": False,
    }
    if workers > 1:
        engine.dispose()  # checked; each worker opens its own pool
        return _serve_workers(url, role, secret, workers, options)
    app = create_app(engine, PortalSettings(secret=secret))
    config = uvicorn.Config(app, **options)  # type: ignore[arg-type]
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


def _serve_workers(url: str, role: str | None, secret: bytes, workers: int, options: dict[str, object]) -> int:
    """Several uvicorn worker processes on one listening socket (each Python process has its own GIL, so a
    CPU-bound page can use more than one core); uvicorn's supervisor stops them all on SIGTERM or SIGINT."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    os.environ[WORKER_ENV["url"]] = url
    os.environ[WORKER_ENV["role"]] = role or ""
    os.environ[WORKER_ENV["secret"]] = base64.b64encode(secret).decode()
    config = uvicorn.Config("app.portal.server:worker_app", factory=True, workers=workers, **options)  # type: ignore[arg-type]
    Multiprocess(config, sockets=[config.bind_socket()]).run()
    logger.info("portal stopped")
    return 0


def worker_app() -> object:
    """The application of one worker process started by `serve(workers=N)`."""
    _log_to_stdout()
    engine = open_portal_engine(os.environ[WORKER_ENV["url"]], os.environ[WORKER_ENV["role"]] or None)
    return create_app(engine, PortalSettings(secret=base64.b64decode(os.environ[WORKER_ENV["secret"]])))
