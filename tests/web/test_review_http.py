"""The review page and its JSON API over real HTTP on loopback."""
from __future__ import annotations

import re

import httpx
import pytest
from markupsafe import escape

from zopa.store import Store


@pytest.fixture()
def review(review_server):  # type: ignore[no-untyped-def]
    base, url = review_server
    with httpx.Client(base_url=base, timeout=60) as c:
        c.headers["X-CSRF-Token"] = c.get("/api/csrf").json()["token"]   # as the page's script sends it
        yield c, url


def test_a_review_action_without_the_token_is_refused(review_server):
    base, _ = review_server
    with httpx.Client(base_url=base, timeout=60) as c:
        sid = c.get("/api/review").json()["item"]["id"]
        r = c.post(f"/api/review/{sid}", json={"action": "confirm", "who": "mallory"})
    assert r.status_code == 403


def test_review_page_shows_the_top_statement_in_its_paragraph(review, codebook):
    client, url = review
    data = client.get("/api/review").json()
    item = data["item"]
    page = client.get("/review")
    assert page.status_code == 200
    sentence = re.search(r'<mark class="focus" id="sentence">(.*?)</mark>', page.text, re.S).group(1)
    assert sentence == str(escape(item["context"]["sentence"]))   # as the template escapes it, markup included
    assert f'data-statement="{item["id"]}"' in page.text
    assert '<script src="/static/review.js" defer></script>' in page.text
    assert "<script>" not in page.text
    with Store(url, codebook=codebook) as store:
        doc = store.get_document(item["document"]["id"])
    ctx = item["context"]
    assert ctx["sentence"] == doc.text[item["start"]:item["end"]]
    assert (ctx["before"] + ctx["sentence"]) in doc.text.replace("\n", "\n")


def test_actions_store_corrections_and_return_the_next(review, codebook):
    client, url = review
    first = client.get("/api/review").json()["item"]
    r = client.post(f"/api/review/{first['id']}", json={"action": "confirm", "who": "http-analyst"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["done"]["action"] == "confirm" and body["item"]["id"] != first["id"]
    second = body["item"]
    r = client.post(f"/api/review/{second['id']}", json={"action": "fix", "who": "http-analyst",
                                                          "fields": {"value": 42}})
    assert r.status_code == 200, r.text
    assert r.json()["done"]["statement"]["value"] == 42
    with Store(url, codebook=codebook) as store:
        history = {c.statement_id: c for c in store.corrections()}
    assert history[first["id"]].changes == {"confidence": 1.0} and history[first["id"]].who == "http-analyst"
    assert history[second["id"]].changes == {"value": 42.0, "confidence": 1.0}
    assert history[second["id"]].note == "review: fixed"


def test_bad_actions_are_refused(review):
    client, _ = review
    sid = client.get("/api/review").json()["item"]["id"]
    assert client.post(f"/api/review/{sid}", json={"action": "approve", "who": "x"}).status_code == 422
    assert client.post(f"/api/review/{sid}", json={"action": "confirm", "who": " "}).status_code == 422
    r = client.post(f"/api/review/{sid}", json={"action": "fix", "who": "x", "fields": {"stance": "sulk"}})
    assert r.status_code == 422 and "unknown stance" in r.json()["detail"]
    assert client.post("/api/review/nope", json={"action": "confirm", "who": "x"}).status_code == 404


def test_skip_and_queue_endpoints(review):
    client, _ = review
    queue = client.get("/api/review/queue", params={"limit": 3}).json()
    first, second = queue["items"][0], queue["items"][1]
    assert client.get("/api/review", params={"skip": first["id"]}).json()["item"]["id"] == second["id"]
    assert queue["total"] == client.get("/api/review").json()["remaining"]
