"""The web app over real HTTP on loopback, against a real SQLite store of the seed corpus."""
from __future__ import annotations

import html
import re

import httpx
import pytest

from seedstore import HOSTILE_QUOTE, free_port, run_server
from zopa.errors import InputError
from zopa.web import check_bind, create_app, is_loopback


def _marked_text(page: str, statement_id: str) -> str:
    """The concatenated text of every <mark> covering `statement_id`, as it appears in the HTML."""
    marks = re.findall(r'<mark data-statements="([^"]*)"[^>]*>(.*?)</mark>', page, flags=re.S)
    return "".join(text for ids, text in marks if statement_id in ids.split())


def test_document_view_highlights_each_statement_span_escaped(client: httpx.Client, store) -> None:
    for st in store.statements()[:12]:
        page = client.get(f"/documents/{st.doc_id}", params={"statement": st.id})
        assert page.status_code == 200
        marked = _marked_text(page.text, st.id)
        assert html.unescape(marked) == st.quote and "<" not in marked and ">" not in marked
        assert f'id="s-{st.id}"' in page.text


def test_hostile_document_renders_inert(client: httpx.Client, store) -> None:
    doc = store.get_document("hostile.txt")
    page = client.get(f"/documents/{doc.id}").text
    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page and "<b onmouseover" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;script&gt;window.__pwned = 3&lt;/script&gt;Donetsk talks" in page
    twin = client.get(f"/api/documents/{doc.id}").json()
    assert twin["document"]["text"] == doc.text
    assert HOSTILE_QUOTE in [s["quote"] for s in twin["statements"]]


def test_statement_browser_filters_match_the_store(client: httpx.Client, store) -> None:
    for params, kwargs in [({"actor": "RUS"}, {"actor": "RUS"}), ({"issue": "territory.donetsk"}, {"issue": "territory.donetsk"}),
                           ({"stance": "reject", "actor": "UKR"}, {"stance": "reject", "actor": "UKR"}),
                           ({"since": "2026-01-01", "until": "2026-12-31"}, {}), ({"source": "Bloomberg"}, {"source": "Bloomberg"})]:
        data = client.get("/api/statements", params={**params, "limit": 500}).json()
        if "since" in params:
            import datetime as dt
            kwargs = {"since": dt.date(2026, 1, 1), "until": dt.date(2026, 12, 31)}
        expected = store.statements(**kwargs)
        assert data["total"] == len(expected) > 0, params
        assert [e["statement_id"] for e in data["items"]] == [s.id for s in expected]
        page = client.get("/statements", params=params)
        assert page.status_code == 200 and f"{len(expected)} statement(s)" in page.text


@pytest.mark.parametrize("url", ["/statements?since=yesterday", "/api/statements?limit=0", "/api/statements?limit=x",
                                 "/api/statements?origin=robot", "/api/statements?actor=%3Cscript%3E",
                                 "/api/whatif?actor=RUS&issue=territory.donetsk&reservation=150",
                                 "/api/whatif?actor=RUS", "/whatif?actor=RUS&issue=territory.donetsk&salience=2"])
def test_bad_parameters_give_4xx_with_a_message(client: httpx.Client, url: str) -> None:
    r = client.get(url)
    assert 400 <= r.status_code < 500, (url, r.status_code)
    assert r.text.strip()


@pytest.mark.parametrize("url", ["/issues/no.such.issue", "/api/issues/no.such.issue", "/actors/XXX", "/api/actors/XXX",
                                 "/documents/0000000000000000", "/api/documents/nope", "/statements/deadbeef",
                                 "/api/statements/deadbeef", "/api/statements?actor=XXX"])
def test_unknown_ids_are_404(client: httpx.Client, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404, (url, r.status_code, r.text[:200])
    assert re.search(r"unknown|no |does not exist", r.text)


def test_correction_form_is_applied_and_logged(client: httpx.Client, store) -> None:
    st = next(s for s in store.statements(origin="machine") if s.value is not None and s.value != 55)
    r = client.post(f"/statements/{st.id}/correct", data={"who": "analyst-1", "value": "55", "note": "re-read the text",
                                                          "actor": st.actor, "issue": st.issue, "stance": st.stance,
                                                          "red_line": "yes"})
    assert r.status_code == 303 and r.headers["location"] == f"/statements/{st.id}"
    after = store.get_statement(st.id)
    assert (after.value, after.red_line, after.origin) == (55.0, True, "corrected")
    page = client.get(f"/statements/{st.id}").text
    assert "analyst-1" in page and "re-read the text" in page and "value = 55" in page
    twin = client.get(f"/api/statements/{st.id}").json()
    assert twin["statement"]["value"] == 55.0 and twin["corrections"][-1]["who"] == "analyst-1"


def test_api_add_correct_delete_round_trip(client: httpx.Client, store) -> None:
    doc = store.get_document("hostile.txt")
    quote = "Kyiv rejects any withdrawal from Donetsk"
    r = client.post("/api/statements", json={"who": "analyst-2", "doc_id": doc.id, "actor": "UKR",
                                             "issue": "territory.donetsk", "stance": "reject", "quote": quote, "value": 100})
    assert r.status_code == 201, r.text
    new = r.json()
    assert new["origin"] == "analyst" and doc.text[new["start"]:new["end"]] == quote
    r = client.post(f"/api/statements/{new['id']}/corrections", json={"who": "analyst-2", "red_line": True})
    assert r.status_code == 200 and r.json()["red_line"] is True
    assert client.delete(f"/api/statements/{new['id']}", params={"who": "analyst-2", "note": "duplicate"}).status_code == 200
    assert client.get(f"/api/statements/{new['id']}").status_code == 404
    assert [c.action for c in store.corrections(new["id"])] == ["add", "correct", "delete"]


@pytest.mark.parametrize("body", [{"who": " ", "value": 10}, {"who": "a", "stance": "shrug"}, {"who": "a", "value": 101},
                                  {"who": "a", "actor": "XXX"}, {"who": "a"}, {"value": 3}])
def test_bad_corrections_are_refused_with_a_message(client: httpx.Client, store, body: dict) -> None:
    st = store.statements()[0]
    r = client.post(f"/api/statements/{st.id}/corrections", json=body)
    assert 400 <= r.status_code < 500 and r.json()["detail"]


def test_add_form_with_a_quote_not_in_the_document_is_refused(client: httpx.Client, store) -> None:
    doc = store.get_document("hostile.txt")
    r = client.post("/statements/add", data={"who": "a", "doc_id": doc.id, "actor": "RUS", "issue": "territory",
                                             "stance": "demand", "quote": "words that are not there"})
    assert r.status_code == 422 and "not in document" in r.text


def test_token_required_beyond_loopback(seeded_url: str, codebook) -> None:
    app = create_app(seeded_url, codebook, token="s3cret")
    for base in run_server(app, free_port()):
        with httpx.Client(base_url=base) as c:
            assert c.get("/healthz").status_code == 401
            assert c.get("/healthz", headers={"Authorization": "Bearer wrong"}).status_code == 401
            assert c.get("/healthz", headers={"Authorization": "Bearer s3cret"}).status_code == 200
            r = c.get("/statements", params={"token": "s3cret", "actor": "RUS"})
            assert r.status_code == 303 and r.headers["location"] == "/statements?actor=RUS"
            assert c.get("/healthz").status_code == 200          # the cookie set by ?token= now suffices


def test_binding_beyond_loopback_needs_a_token() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4")
    check_bind("127.0.0.1", None)
    check_bind("0.0.0.0", "tok")
    with pytest.raises(InputError, match="not a loopback"):
        check_bind("0.0.0.0", None)


def test_openapi_lists_every_json_twin(client: httpx.Client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for twin in ["/api/dashboard", "/api/issues/{issue_id}", "/api/actors/{actor_id}", "/api/documents/{doc_id}",
                 "/api/statements", "/api/statements/{statement_id}", "/api/whatif"]:
        assert twin in paths


def test_statement_pages_follow_one_another(client: httpx.Client, store) -> None:
    expected = [s.id for s in store.statements(actor="RUS")]
    assert len(expected) > 10
    seen, href = [], "/statements?actor=RUS&limit=4"
    while href:
        page = client.get(html.unescape(href))
        assert page.status_code == 200
        seen += re.findall(r'href="/statements/([0-9a-f]+)"', page.text)
        found = re.search(r'<a rel="next" href="([^"]+)"', page.text)
        href = found.group(1) if found else None
    assert list(dict.fromkeys(seen)) == expected
    twin = client.get("/api/actors/RUS", params={"offset": 2, "limit": 3}).json()
    assert twin["total"] == len(expected)
    assert [e["statement_id"] for e in twin["statements"]] == expected[2:5]
