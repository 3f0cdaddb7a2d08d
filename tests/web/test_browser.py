"""The web app in a real headless Chromium (Debian's), driven by Playwright, over loopback HTTP."""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Iterator

import pytest

from seedstore import HOSTILE_QUOTE

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        message = f"{CHROMIUM} is missing (apt-get install -y chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server: str):  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.on("request", lambda r: _only_loopback(r.url, server))
    yield p
    context.close()


def _only_loopback(url: str, server: str) -> None:
    assert url.startswith(server) or url.startswith(("data:", "about:")), f"page requested {url}"


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_dashboard_to_evidence_highlighted_in_the_document(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    assert page.locator(".headline li").count() >= 2
    assert page.locator("svg.chart").count() >= 2
    _shot(page, "dashboard")
    page.locator("table.gaps a", has_text="Donetsk oblast").click()
    page.wait_for_url("**/issues/territory.donetsk")
    link = page.locator("#pos-RUS .evidence a", has_text="see in document").first
    quote = page.locator("#pos-RUS .evidence blockquote").first.inner_text().strip().strip("“”")
    link.click()
    page.wait_for_load_state()
    focus = page.locator("mark.focus")
    assert focus.count() >= 1
    assert "".join(focus.all_inner_texts()) == quote
    assert focus.first.is_visible()
    _shot(page, "document-evidence")


def test_correction_through_the_form_is_applied(page, store) -> None:  # type: ignore[no-untyped-def]
    st = next(s for s in store.statements(issue="territory.donetsk", origin="machine") if s.value != 70)
    page.goto(f"/statements/{st.id}")
    page.fill("#correct input[name=value]", "70")
    page.select_option("#correct select[name=red_line]", "yes")
    page.fill("#correct input[name=who]", "browser-analyst")
    page.fill("#correct input[name=note]", "value per the anchor")
    page.click("#correct button[type=submit]")
    page.wait_for_url(f"**/statements/{st.id}")
    history = page.locator("#history").inner_text()
    assert "browser-analyst" in history and "value = 70" in history
    assert "corrected" in page.locator("#fields").inner_text()
    _shot(page, "correction")
    assert store.get_statement(st.id).value == 70.0


def test_hostile_markup_never_runs(page, store) -> None:  # type: ignore[no-untyped-def]
    doc = store.get_document("hostile.txt")
    for url in (f"/documents/{doc.id}", "/documents", "/statements?actor=UKR", "/issues/territory.donetsk", "/"):
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined", url
    page.goto(f"/documents/{doc.id}")
    assert HOSTILE_QUOTE in page.locator("#doctext").inner_text()
    _shot(page, "hostile-document")


def test_what_if_panel_recomputes(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/whatif")
    page.select_option("#whatif select[name=actor]", "RUS")
    page.select_option("#whatif select[name=issue]", "territory.zaporizhzhia")
    page.fill("#whatif input[name=reservation]", "0")
    page.click("#whatif button[type=submit]")
    page.wait_for_selector("#after")
    after = page.locator("#after").inner_text()
    assert "ZOPA" in after or "gap" in after
    assert "reservation 0" in after
    _shot(page, "whatif")


@pytest.fixture()
def review_page(browser, review_server):  # type: ignore[no-untyped-def]
    base, url = review_server
    context = browser.new_context(base_url=base, viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.on("request", lambda r: _only_loopback(r.url, base))
    yield p, url
    context.close()


def _shown(page) -> str:  # type: ignore[no-untyped-def]
    return page.locator("#review").get_attribute("data-statement")


def _next_shown(page, before: str) -> str:  # type: ignore[no-untyped-def]
    page.wait_for_function("(id) => document.getElementById('review').dataset.statement !== id", arg=before)
    return _shown(page)


def test_keyboard_review_of_three_statements(review_page, codebook) -> None:  # type: ignore[no-untyped-def]
    from zopa.store import Store

    page, url = review_page
    page.goto("/review")
    page.wait_for_selector("#review[data-ready='1']")
    first = _shown(page)
    assert page.locator("mark#sentence.focus").inner_text().strip()
    page.keyboard.press("y")                                   # confirm
    second = _next_shown(page, first)
    assert "Confirmed" in page.locator("#outcome").inner_text()
    page.keyboard.press("n")                                   # reject
    third = _next_shown(page, second)
    assert "Rejected" in page.locator("#outcome").inner_text()
    page.keyboard.press("f")                                   # fix: the value field takes the keys
    page.keyboard.press("Control+a")
    page.keyboard.type("35")
    page.keyboard.press("Enter")
    fourth = _next_shown(page, third)
    assert "Fixed" in page.locator("#outcome").inner_text()
    assert len({first, second, third, fourth}) == 4 and page.locator("mark#sentence").inner_text().strip()
    _shot(page, "review")
    with Store(url, codebook=codebook) as store:
        log = {c.statement_id: c for c in store.corrections()}
        assert log[first].action == "correct" and log[first].changes == {"confidence": 1.0}
        assert log[second].action == "delete" and log[second].note == "review: rejected"
        assert log[third].changes["value"] == 35.0 and log[third].note == "review: fixed"
        assert all(log[s].who == "analyst" for s in (first, second, third))
        assert fourth not in log


def _foreign_site(html: str) -> Iterator[str]:
    """Another origin on loopback (its own port) serving one page."""
    import http.server
    import threading

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            body = html.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


def test_a_foreign_page_cannot_post_a_correction(browser, server: str, store) -> None:  # type: ignore[no-untyped-def]
    st = next(s for s in store.statements(origin="machine") if s.value != 3)
    attack = (f'<form id="f" method="post" action="{server}/statements/{st.id}/correct">'
              '<input name="who" value="mallory"><input name="value" value="3"></form>'
              "<script>document.getElementById('f').submit()</script>")
    context = browser.new_context()
    page = context.new_page()
    for site in _foreign_site(attack):
        with page.expect_response(f"{server}/statements/{st.id}/correct") as answer:
            page.goto(site)
        assert answer.value.status == 403
    context.close()
    assert store.get_statement(st.id).value == st.value
    assert not [c for c in store.corrections(st.id) if c.who == "mallory"]


def test_a_script_on_the_page_writes_with_the_meta_token(page, store) -> None:  # type: ignore[no-untyped-def]
    st = next(s for s in store.statements(origin="machine") if not s.hedged)
    page.goto(f"/statements/{st.id}")
    status = page.evaluate("""async (id) => {
        const token = document.querySelector('meta[name="csrf-token"]').content;
        const post = (headers) => fetch(`/api/statements/${id}/corrections`, {method: 'POST',
            headers: {'Content-Type': 'application/json', ...headers},
            body: JSON.stringify({who: 'script', hedged: true})}).then(r => r.status);
        return [await post({}), await post({'X-CSRF-Token': token})];
    }""", st.id)
    assert status == [403, 200]
    assert store.get_statement(st.id).hedged is True


def test_no_dialog_and_no_foreign_request_on_any_page_or_in_the_report(browser, server: str, store, codebook,
                                                                        tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from zopa.report import write_report

    doc = store.get_document("hostile.txt")
    hostile = next(s for s in store.statements(doc_id=doc.id) if s.quote == HOSTILE_QUOTE)
    html_report, _ = write_report(store, codebook, tmp_path / "report.html")
    dialogs: list[str] = []
    requests: list[str] = []
    context = browser.new_context()
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    pages = [f"{server}{p}" for p in ("/", "/documents", f"/documents/{doc.id}", f"/statements/{hostile.id}",
                                      "/statements?actor=UKR", "/actors/UKR", "/issues/territory.donetsk",
                                      "/whatif?actor=UKR&issue=territory.donetsk&reservation=10")]
    for url in [*pages, html_report.as_uri()]:
        page.goto(url)
        page.wait_for_load_state("load")
        for element in page.locator("mark, td, blockquote").all()[:40]:      # where a handler could hide
            element.hover(timeout=2000)
        assert page.evaluate("typeof window.__pwned") == "undefined", url
    context.close()
    assert dialogs == []
    assert all(u.startswith((server, "file:", "data:", "about:")) for u in requests), requests
