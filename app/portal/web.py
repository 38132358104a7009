"""The portal's routes: each asks the query module for rows and hands them to a template. Nothing here writes."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException

from app.portal import calendar, i18n, labels, queries
from app.portal.security import FailureLimiter, SecurityHeaders, Signer
from app.tokens import token_hash

logger = logging.getLogger(__name__)
access_logger = logging.getLogger("app.portal.access")

HERE = Path(__file__).parent
SESSION_COOKIE = "mc_portal_session"
LANGUAGE_COOKIE = "mc_portal_lang"
T = TypeVar("T")


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class PortalSettings:
    secret: bytes
    session_days: int = 30
    failure_limit: int = 20
    failure_window_seconds: float = 600.0
    clock: Callable[[], datetime] = field(default=_utcnow)


class Refusal(HTTPException):
    """An error page with a reason code the template puts in words."""

    def __init__(self, status_code: int, reason: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code, reason, headers)
        self.reason = reason


def reading(engine: Engine, read: Callable[[Connection], T]) -> T:
    """Run a read on one pooled connection; once more on a fresh one when the server dropped the connection.

    Instead of a pre-ping round trip on every checkout: a dead pooled connection (the database restarted) is noticed
    by the read itself, SQLAlchemy then discards the pool's stale connections, and the read is safe to repeat.
    """
    for attempt in (1, 2):
        try:
            with engine.connect() as conn:
                return read(conn)
        except DBAPIError as exc:
            if attempt == 2 or not exc.connection_invalidated:
                raise
            logger.warning("database connection lost; reading again on a new connection")
    raise AssertionError("unreachable")


def templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates ship with the code: no stat() of every template file on every request
    )
    env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.globals.update(_=i18n.template_gettext, gettext=i18n.template_gettext)  # the same contract, one lookup each
    env.globals.update(when=i18n.when, on_day=i18n.on_day, clock=i18n.clock, iso=i18n.iso, labels=labels)
    return env


def create_app(engine: Engine, settings: PortalSettings) -> Any:
    """The ASGI application: FastAPI wrapped by the access log and the security headers (outermost).

    The routes are `async` and read the database on the event loop itself: a page is a few milliseconds of Python
    and one to four short statements, so handing each to a thread pool cost more (a fifth of the CPU, in thread
    switches and GIL hand-overs) than the waits it would overlap. One worker process per core (`--workers`) gives
    the concurrency; each holds one database connection.
    """
    _calm_garbage_collector()
    api = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    env = templates()
    signer = Signer(settings.secret)
    limiter = FailureLimiter(settings.failure_limit, settings.failure_window_seconds)
    session_seconds = settings.session_days * 86400
    api.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def language(request: Request) -> str:
        chosen = request.cookies.get(LANGUAGE_COOKIE) or request.query_params.get("lang")
        return chosen if chosen in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE

    def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        lang = language(request)
        i18n.current_language.set(lang)
        # The language switch returns here; never to a personal link (a token must not be echoed into the page).
        here = "/" if request.url.path.startswith(("/l/", "/calendar/")) else quote(request.url.path)
        body = env.get_template(name).render(lang=lang, path=here, signed_in=context.pop("signed_in", False), **context)
        return HTMLResponse(body, status_code=status)

    def signed_in_read(
        request: Request, read: Callable[[Connection, str], tuple[queries.Link | None, T]]
    ) -> tuple[queries.Link, T]:
        """Read a page for the session's link; the read re-checks the link in its first statement, and a link that
        was revoked or has expired is refused."""
        link_id = signer.session_link(request.cookies.get(SESSION_COOKIE), session_seconds)
        if link_id is None:
            raise Refusal(401, "no_session")
        link, found = reading(engine, lambda conn: read(conn, link_id))
        if link is None:
            raise Refusal(401, "no_session")
        return link, found

    def address(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    def refuse_bad_token(request: Request) -> None:
        where = address(request)
        wait = limiter.blocked(where)
        if wait:
            raise Refusal(429, "too_many", {"Retry-After": str(wait)})
        limiter.fail(where)
        raise Refusal(404, "bad_link")

    @api.get("/", response_class=HTMLResponse)
    async def home(request: Request) -> Response:
        if signer.session_link(request.cookies.get(SESSION_COOKIE), session_seconds):
            return RedirectResponse("/mentees", status_code=303)
        return render(request, "message.html", reason="welcome")

    @api.get("/l/{token}")
    async def open_link(request: Request, token: str) -> Response:
        """A personal link: start a session and move to a URL without the token. Never consumes the token."""
        link = reading(engine, lambda conn: queries.link_by_hash(conn, token_hash(token), settings.clock()))
        if link is None:
            refuse_bad_token(request)
        assert link is not None
        response = RedirectResponse("/mentees", status_code=303)
        lifetime = min(session_seconds, int((link.expires_at - settings.clock()).total_seconds()))
        response.set_cookie(
            SESSION_COOKIE,
            signer.session(link.id),
            max_age=max(lifetime, 60),
            httponly=True,
            samesite="lax",  # Strict would drop the session when a mentor follows a link from their e-mail
            secure=request.url.scheme == "https",
            path="/",
        )
        logger.info("session started from link %s", link.id)
        return response

    @api.get("/mentees", response_class=HTMLResponse)
    async def mentees(request: Request) -> Response:
        link, cards = signed_in_read(request, lambda conn, link_id: queries.my_mentees(conn, link_id, settings.clock()))
        return render(
            request,
            "mentees.html",
            signed_in=True,
            active="mentees",
            mentor_name=link.mentor_name,
            cards=cards,
            feed_url=f"/calendar/{signer.feed_token(link.id, link.feed_generation)}.ics",
        )

    @api.get("/pairings/{pairing_id}", response_class=HTMLResponse)
    async def pairing(request: Request, pairing_id: str) -> Response:
        link, page = signed_in_read(
            request, lambda conn, link_id: queries.pairing_page(conn, link_id, pairing_id, settings.clock())
        )
        if page is None:  # not there, or another mentor's: the same answer
            raise Refusal(404, "not_found")
        return render(request, "pairing.html", signed_in=True, active="", mentor_name=link.mentor_name, page=page)

    @api.get("/calendar/{feed_token}.ics")
    async def calendar_feed(request: Request, feed_token: str) -> Response:
        link, meetings = None, []
        feed = signer.feed_link(feed_token)
        if feed is not None:
            link_id, generation = feed

            def read(conn: Connection) -> tuple[queries.Link | None, list[queries.Meeting]]:
                found = queries.link_by_id(conn, link_id, settings.clock())
                if found is None or found.feed_generation != generation:  # revoked, expired, or a renewed address
                    return None, []
                return found, queries.my_meetings(conn, found.mentor_id)

            link, meetings = reading(engine, read)
        if link is None:
            refuse_bad_token(request)
        assert link is not None
        i18n.current_language.set(language(request))
        body = calendar.feed(link.mentor_name, meetings, settings.clock())
        return Response(
            body,
            media_type="text/calendar; charset=utf-8",
            headers={"Content-Disposition": 'inline; filename="mentor-meetings.ics"'},
        )

    @api.get("/lang/{code}")
    async def choose_language(request: Request, code: str) -> Response:
        target = request.query_params.get("next") or "/"
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/"
        response = RedirectResponse(target, status_code=303)
        if code in i18n.LANGUAGES:
            response.set_cookie(
                LANGUAGE_COOKIE, code, max_age=365 * 86400, samesite="lax", secure=request.url.scheme == "https"
            )
        return response

    @api.post("/logout")
    async def logout(request: Request) -> Response:
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    @api.exception_handler(HTTPException)
    async def refusal_page(request: Request, exc: HTTPException) -> Response:
        reason = getattr(exc, "reason", None) or ("not_found" if exc.status_code == 404 else "error")
        response = render(request, "message.html", status=exc.status_code, reason=reason)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @api.exception_handler(Exception)
    async def crash_page(request: Request, exc: Exception) -> Response:
        logger.error("portal error on %s: %s", safe_path(request.url.path), type(exc).__name__)
        return render(request, "message.html", status=500, reason="error")

    return SecurityHeaders(AccessLog(api))


def safe_path(path: str) -> str:
    """A path fit for a log: personal-link and calendar tokens are replaced."""
    if path.startswith("/l/"):
        return "/l/…"
    if path.startswith("/calendar/"):
        return "/calendar/….ics"
    return path


class AccessLog:
    """One line per request (method, path without tokens or query, status, milliseconds); no addresses, no names."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = [500]

        async def send_and_note(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        finally:
            access_logger.info(
                "%s %s %d %.1fms",
                scope["method"],
                safe_path(scope["path"]),
                status[0],
                (time.perf_counter() - started) * 1000,
            )


def _calm_garbage_collector() -> None:
    """Fewer, cheaper collections: a page allocates many short-lived objects, and full collections over everything
    loaded at start (templates, SQLAlchemy, Babel) were the portal's latency tail. What exists now is frozen out of
    collection; young objects are collected less often."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)
