"""Hostile requests against the app on loopback: cross-site writes, foreign Host names, bodies that
break validation, extreme dates, and the headers every response carries."""
from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

import httpx
import pytest

from seedstore import build_seed_store, free_port, run_server
from zopa.report import write_report
from zopa.store import Store
from zopa.web import create_app
from zopa.web.security import CSRF_HEADER, log_config


def _token(client: httpx.Client) -> str:
    found = re.search(r'<meta name="csrf-token" content="([^"]+)"', client.get("/").text)
    assert found, "the base template exposes the CSRF token"
    return found.group(1)


def _bare(server: str) -> httpx.Client:
    return httpx.Client(base_url=server, timeout=60, follow_redirects=False)


def test_a_foreign_site_form_post_changes_nothing(server: str, store) -> None:
    st = next(s for s in store.statements(origin="machine") if s.value != 12)
    form = {"who": "mallory", "value": "12", "actor": st.actor, "issue": st.issue, "stance": st.stance}
    with _bare(server) as c:
        for headers in ({"Origin": "https://evil.example"}, {}, {"Sec-Fetch-Site": "cross-site"}):
            r = c.post(f"/statements/{st.id}/correct", data=form, headers=headers)
            assert r.status_code == 403, (headers, r.status_code)
            assert "CSRF" in r.text or "cross-site" in r.text
        assert c.post(f"/statements/{st.id}/delete", data={"who": "mallory"}).status_code == 403
        assert c.delete(f"/api/statements/{st.id}", params={"who": "mallory"}).status_code == 403
    assert store.get_statement(st.id).value == st.value
    assert not [c for c in store.corrections(st.id) if c.who == "mallory"]


def test_the_page_token_lets_forms_and_fetch_write(server: str, store) -> None:
    st = next(s for s in store.statements(origin="machine") if s.value != 13)
    with _bare(server) as c:
        token = _token(c)
        page = c.get(f"/statements/{st.id}").text
        assert page.count(f'name="csrf_token" value="{token}"') >= 2        # correct and delete forms
        r = c.post(f"/statements/{st.id}/correct", data={"who": "alice", "value": "13", "csrf_token": token},
                   headers={"Origin": server})
        assert r.status_code == 303, r.text
        r = c.post(f"/api/statements/{st.id}/corrections", json={"who": "alice", "hedged": True},
                   headers={CSRF_HEADER: token})
        assert r.status_code == 200, r.text
        assert c.post(f"/statements/{st.id}/correct", data={"who": "x", "csrf_token": token + "x"}).status_code == 403
    assert store.get_statement(st.id).value == 13


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:80", "127.0.0.1.nip.io"])
def test_a_foreign_host_name_is_refused(server: str, host: str) -> None:
    with _bare(server) as c:
        for path in ("/", "/api/dashboard", "/healthz"):
            r = c.get(path, headers={"Host": host})
            assert r.status_code == 421, (path, r.status_code)
            assert "host" in r.text.lower()
        r = c.post("/api/statements", json={"who": "a"}, headers={"Host": host, CSRF_HEADER: _token(c)})
        assert r.status_code == 421


def test_loopback_names_and_listed_hosts_are_served(seeded_url: str, codebook) -> None:
    app = create_app(seeded_url, codebook, allowed_hosts=["zopa.newsroom.example"])
    for base in run_server(app, free_port()):
        with _bare(base) as c:
            port = base.rsplit(":", 1)[1]
            for host in (f"127.0.0.1:{port}", f"localhost:{port}", "zopa.newsroom.example", "ZOPA.newsroom.example:443"):
                assert c.get("/healthz", headers={"Host": host}).status_code == 200, host
            assert c.get("/healthz", headers={"Host": "other.example"}).status_code == 421


def test_every_response_carries_the_security_headers(client: httpx.Client, store) -> None:
    doc = store.get_document("hostile.txt")
    for path in ("/", f"/documents/{doc.id}", "/api/dashboard", "/statements?since=yesterday", "/nope"):
        r = client.get(path)
        csp = r.headers.get("content-security-policy", "")
        assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
        assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "same-origin" and r.headers["x-frame-options"] == "DENY"
        if r.headers["content-type"].startswith("text/html"):
            assert "<script" not in r.text.lower()


@pytest.mark.parametrize("raw", [b'{"who": "a", "value": NaN}', b'{"who": "a", "value": Infinity}',
                                 b'{"who": "a", "confidence": 1e309}', b'{"who": "\\ud800"}',
                                 b'{"who": "a", "note": "\\udfff\\u0000"}', b'{"who": "a\\u0000"}', b'[1e999]'])
def test_hostile_json_bodies_get_a_4xx_not_a_crash(client: httpx.Client, store, raw: bytes) -> None:
    st = store.statements()[0]
    r = client.post(f"/api/statements/{st.id}/corrections", content=raw, headers={"Content-Type": "application/json"})
    assert 400 <= r.status_code < 500, (raw, r.status_code, r.text[:300])
    assert r.json()["detail"]
    assert not [c for c in store.corrections(st.id) if c.who.startswith(("\ud800", "a\x00"))]


def test_a_big_body_is_refused_without_being_echoed(client: httpx.Client, store) -> None:
    st = store.statements()[0]
    note = "x" * 8_000_000
    r = client.post(f"/api/statements/{st.id}/corrections", json={"who": "a", "note": note})
    assert r.status_code == 413 and len(r.content) < 2000
    r = client.post(f"/api/statements/{st.id}/corrections", json={"who": "a", "note": "y" * 5000})
    assert r.status_code == 422 and len(r.content) < 5000           # the reply does not echo the input


@pytest.mark.parametrize("path", ["/api/documents/a%00b", "/documents/x%00", "/api/statements?source=%00",
                                  "/statements?doc=a%00"])
def test_nul_in_a_path_or_query_is_a_4xx(client: httpx.Client, path: str) -> None:
    r = client.get(path)
    assert 400 <= r.status_code < 500 and r.text.strip()


@pytest.mark.parametrize("when", ["0001-01-01", "9999-12-31", "9990-01-01", "1066-10-14"])
def test_corrections_with_an_extreme_event_date_are_refused(client: httpx.Client, store, when: str) -> None:
    st = store.statements()[0]
    r = client.post(f"/api/statements/{st.id}/corrections", json={"who": "a", "event_date": when})
    assert r.status_code == 422 and "event_date" in r.text
    with pytest.raises(Exception, match="event_date"):
        store.correct_statement(st.id, who="a", event_date=dt.date.fromisoformat(when))
    assert store.get_statement(st.id).event_date != dt.date.fromisoformat(when)


def test_pages_survive_statements_dated_at_the_ends_of_the_calendar(tmp_path: Path, seeds_dir: Path, gold_dir: Path,
                                                                     codebook) -> None:
    url = f"sqlite:///{tmp_path / 'extreme.db'}"
    with build_seed_store(url, seeds_dir, gold_dir, codebook) as store:
        doc = store.get_document("hostile.txt")
        old = store.statements(doc_id=doc.id)
        extreme = [s.replace(id=None, event_date=d) for s, d in zip(old, (dt.date(1, 1, 1), dt.date(9999, 12, 31)))]
        store.replace_machine_statements(doc.id, extreme, "fixture")
        store.update_document(doc.id, published=dt.date(9999, 12, 31))
        issues = sorted({s.issue for s in extreme})
        actors = sorted({s.actor for s in extreme})
    for base in run_server(create_app(url, codebook), free_port()):
        with _bare(base) as c:
            paths = ["/", "/api/dashboard", "/documents", "/api/documents", *(f"/issues/{i}" for i in issues),
                     *(f"/api/issues/{i}" for i in issues), *(f"/actors/{a}" for a in actors),
                     f"/whatif?actor={actors[0]}&issue={issues[0]}&reservation=50"]
            for path in paths:
                assert c.get(path).status_code == 200, path
    with Store(url, codebook=codebook) as store:
        html, md = write_report(store, codebook, tmp_path / "report.html")
    assert "9999-12-31" in md.read_text() or "9999" in html.read_text()


def test_the_access_log_never_holds_the_token(seeded_url: str, codebook) -> None:
    lines: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: lines.append(record.getMessage())  # type: ignore[method-assign]
    app = create_app(seeded_url, codebook, token="s3cr3t-value")
    for base in run_server(app, free_port(), log_level="info", log_config=log_config()):
        logging.getLogger("uvicorn.access").addHandler(handler)
        try:
            with _bare(base) as c:
                assert c.get("/statements", params={"actor": "RUS", "token": "s3cr3t-value"}).status_code == 303
        finally:
            logging.getLogger("uvicorn.access").removeHandler(handler)
    assert any("token=[redacted]" in line and "actor=RUS" in line for line in lines), lines
    assert not any("s3cr3t" in line for line in lines)
