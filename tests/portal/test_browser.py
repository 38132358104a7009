"""The portal in real Chromium (Debian's, through Playwright): axe-core finds no WCAG 2.2 A/AA violations on any
page in either language, the keyboard alone reaches every link, and the pages reflow at 320 px.

axe-core comes from npm into tests/portal/axe (`npm ci` there; `make test` does it); after that no network is used.
Set MENTOR_SCREENSHOTS=DIR to keep the screenshots (docs/screenshots holds the current ones).
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.portal.database import open_portal_engine
from app.portal.web import PortalSettings, create_app
from app.services.core.context import ServiceContext
from app.services.portal.links import issue_link
from tests.helpers import IN_CI, FakeClock, make_mentor, make_programme, require
from tests.portal.test_serve import free_port
from tests.portal.world import World, build_world, token_of

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


@pytest.fixture
def site(sqlite_url: str, clock: FakeClock, ctx_sqlite: ServiceContext) -> Iterator[tuple[str, World, str]]:
    import uvicorn

    world = build_world(ctx_sqlite)
    programme = make_programme(ctx_sqlite, "Likeperson Bergen")
    lonely = token_of(issue_link(ctx_sqlite, make_mentor(ctx_sqlite, programme.id, "Nils Ny").id).url)
    engine = open_portal_engine(sqlite_url, None)
    app = create_app(engine, PortalSettings(secret=b"browser-test", clock=clock))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", world, lonely
    server.should_exit = True
    thread.join(timeout=10)
    engine.dispose()


@pytest.fixture
def ctx_sqlite(sqlite_url: str, clock: FakeClock) -> Iterator[ServiceContext]:
    from app.db import open_database
    from app.services.identity import device_id
    from app.services.settings.catalogue import seed_catalogue

    db = open_database(sqlite_url)
    context = ServiceContext(db=db, actor="Marte Koordinator", device_id=device_id(db), clock=clock)
    seed_catalogue(context)
    yield context
    db.dispose()


@pytest.fixture
def browser() -> Iterator[Any]:
    require(CHROMIUM.exists(), "Chromium is not installed (scripts/install-system-deps.sh installs it)")
    require(AXE.exists(), "axe-core is not installed: run `npm ci` in tests/portal/axe")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
        )
        yield launched
        launched.close()


def axe_violations(page: Any) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]
    ]


def shot(page: Any, name: str, tmp_path: Path) -> None:
    target = Path(os.environ.get("MENTOR_SCREENSHOTS") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target / f"{name}.png"), full_page=True)


def test_every_page_passes_axe_in_both_languages(browser: Any, site: tuple[str, World, str], tmp_path: Path) -> None:
    base, world, lonely = site
    # bypass_csp: the portal's CSP (rightly) blocks the injected axe script.
    context = browser.new_context(bypass_csp=True, viewport={"width": 1000, "height": 900})
    page = context.new_page()
    pages = {
        "welcome": "/",
        "mentees": "/mentees",
        "pairing": f"/pairings/{world.pairing_a}",
        "proposed-pairing": f"/pairings/{world.pairing_a2}",
        "not-found": f"/pairings/{world.pairing_b}",
    }
    failures = {}
    for lang in ("nb", "en"):
        page.goto(f"{base}/lang/{lang}?next=/")
        assert page.locator("html").get_attribute("lang") == lang
        page.goto(f"{base}/l/{world.token_a}")
        assert page.url == f"{base}/mentees"  # the token left the address bar
        for name, path in pages.items():
            page.goto(base + path)
            assert page.locator("html").get_attribute("lang") == lang
            assert page.locator("h1").count() == 1
            if violations := axe_violations(page):
                failures[f"{name} ({lang})"] = violations
            shot(page, f"portal-{name}-{lang}", tmp_path)
        page.goto(f"{base}/l/not-a-valid-token")
        if violations := axe_violations(page):
            failures[f"bad link ({lang})"] = violations
        shot(page, f"portal-bad-link-{lang}", tmp_path)
        context.clear_cookies()
        page.goto(f"{base}/lang/{lang}?next=/")
        page.goto(f"{base}/l/{lonely}")
        if violations := axe_violations(page):
            failures[f"empty mentees ({lang})"] = violations
        shot(page, f"portal-empty-{lang}", tmp_path)
        page.goto(f"{base}/mentees")
        context.clear_cookies()
        page.goto(f"{base}/lang/{lang}?next=/mentees")
        if violations := axe_violations(page):
            failures[f"signed out ({lang})"] = violations
    context.close()
    assert failures == {}


def test_keyboard_alone_reaches_every_link_and_opens_a_pairing(browser: Any, site: tuple[str, World, str]) -> None:
    base, world, _ = site
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    page.goto(f"{base}/l/{world.token_a}")
    links = set(page.eval_on_selector_all("a[href], button", "els => els.map(e => e.outerHTML)"))
    reached: list[str] = []
    for _ in range(len(links) + 10):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.outerHTML")
        if reached and focused == reached[0]:
            break
        reached.append(focused)
    assert 'class="skip-link"' in reached[0]
    missing = {link for link in links if link not in reached}
    assert missing == set()
    # The skip link moves focus to the main content.
    page.goto(f"{base}/mentees")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # Tab to the first mentee and open it with Enter.
    for _ in range(len(links) + 5):
        page.keyboard.press("Tab")
        if (page.evaluate("document.activeElement.getAttribute('href')") or "").startswith("/pairings/"):
            break
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/pairings/*")
    assert page.locator("h1").inner_text() in world.mentee_names_a
    # A visible focus indicator: the outline is drawn on the focused element.
    page.keyboard.press("Tab")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    context.close()


def test_pages_reflow_at_320_px(browser: Any, site: tuple[str, World, str], tmp_path: Path) -> None:
    base, world, _ = site
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{base}/l/{world.token_a}")
    for name, path in (("mentees", "/mentees"), ("pairing", f"/pairings/{world.pairing_a}")):
        page.goto(base + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, name
        shot(page, f"portal-{name}-320px", tmp_path)
    context.close()


# WCAG 1.4.12: the spacing a reader may set with a user stylesheet, at the criterion's own values.
TEXT_SPACING_CSS = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li, dd, dt { margin-bottom: 2em !important; }
"""
CLIPPED_JS = """() => {
  const clipped = [];
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    if (!el.textContent.trim() || style.display === 'none') continue;
    const hides = ['hidden', 'clip'];
    if ((hides.includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
        (hides.includes(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
      clipped.push(el.tagName + '.' + el.className + ': ' + el.textContent.trim().slice(0, 40));
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth) clipped.push('the page scrolls sideways');
  return clipped;
}"""


def test_text_spacing_loses_no_content(browser: Any, site: tuple[str, World, str]) -> None:
    base, world, _ = site
    context = browser.new_context(viewport={"width": 1000, "height": 900}, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{base}/l/{world.token_a}")
    clipped = {}
    for name, path in (("welcome", "/"), ("mentees", "/mentees"), ("pairing", f"/pairings/{world.pairing_a}")):
        page.goto(base + path)
        before = page.evaluate("document.body.innerText.length")
        page.add_style_tag(content=TEXT_SPACING_CSS)
        assert page.evaluate("getComputedStyle(document.body).letterSpacing") != "normal"  # the spacing took hold
        if found := page.evaluate(CLIPPED_JS):
            clipped[name] = found
        assert page.evaluate("document.body.innerText.length") == before
    context.close()
    assert clipped == {}


def test_the_screenshots_in_docs_exist() -> None:
    folder = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    for name in ("portal-mentees-nb", "portal-pairing-nb", "portal-bad-link-nb", "portal-mentees-320px"):
        assert (folder / f"{name}.png").exists(), name
    assert shutil.which("chromium") or CHROMIUM.exists() or not IN_CI
