"""URLs and feeds over real HTTP on loopback: pages, RSS/Atom feeds, timeouts, size limits, dead ports."""
from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest

from zopa.ingest import load_documents, read_sources
from zopa.records import ItemError, RawDocument
from zopa.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "data" / "corpus" / "dev"
PAGE = (DEV / "dev1_08_jeddah-30-day-ceasefire-wire.html").read_bytes()
TEXT_PAGE = (DEV / "dev2_08_witkoff-kushner-moscow.txt").read_bytes()


def _rss(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Loopback Wire</title><link>{base}/</link><description>test</description>
<item><title>Ceasefire proposal</title><link>{base}/page.html</link><pubDate>Tue, 11 Mar 2025 20:48:00 GMT</pubDate></item>
<item><title>Witkoff in Moscow</title><link>{base}/text</link><pubDate>Wed, 03 Dec 2025 06:14:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing</link></item>
</channel></rss>""".encode()


ATOM_BODY = ("Russia and Ukraine ended another round of talks in Geneva on Wednesday without agreement on territory. "
             "Both delegations said they would meet again, and the mediators said the gaps had narrowed on prisoners. ") * 12
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id><updated>2026-02-18T10:00:00Z</updated>
<entry><title>Geneva round ends</title><id>urn:x:1</id><updated>2026-02-18T10:00:00Z</updated>
<author><name>Anna Keller</name></author><content type="html">&lt;p&gt;{ATOM_BODY}&lt;/p&gt;</content></entry>
</feed>""".encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, body: bytes, ctype: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/page.html":
            self._send(PAGE, "text/html; charset=utf-8")
        elif self.path == "/text":
            self._send(TEXT_PAGE, "text/plain; charset=utf-8")
        elif self.path == "/feed.rss":
            self._send(_rss(base), "application/rss+xml")
        elif self.path == "/slow":
            time.sleep(2.0)
            self._send(PAGE, "text/html")
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the limit must hold while streaming
            try:
                for _ in range(200):
                    self.wfile.write(b"<p>" + b"x" * 4096 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif self.path == "/image":
            self._send(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "image/png")
        else:
            self._send(b"not here", "text/plain", 404)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def closed_port_url() -> str:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/page.html"


def settings(**kw):
    return load_settings(fetch_timeout=kw.pop("fetch_timeout", 1.0), **kw)


def test_html_page_is_fetched_and_cleaned(server: str):
    docs, errors = load_documents([f"{server}/page.html"], settings())
    assert errors == []
    (doc,) = docs
    assert doc.url == f"{server}/page.html" and doc.path is None
    assert doc.title.startswith("Ukraine backs US proposal for 30-day ceasefire")
    assert doc.published.isoformat() == "2025-03-11" and doc.original_source == "Newswire"


def test_rss_feed_fetches_its_items_and_reports_the_broken_one(server: str):
    items = list(read_sources([f"{server}/feed.rss"], settings()))
    docs = [i for i in items if isinstance(i, RawDocument)]
    errs = [i for i in items if isinstance(i, ItemError)]
    assert [d.url for d in docs] == [f"{server}/page.html", f"{server}/text"]
    assert docs[0].fields["title"] == "Ceasefire proposal" and docs[0].fields["outlet"] == "Loopback Wire"
    assert [e.source for e in errs] == [f"{server}/missing"] and "HTTP 404" in errs[0].message


def test_feed_item_fields_override_page_metadata(server: str):
    docs, errors = load_documents([f"{server}/feed.rss"], settings())
    assert [d.title for d in docs] == ["Ceasefire proposal", "Witkoff in Moscow"]
    assert [d.published.isoformat() for d in docs] == ["2025-03-11", "2025-12-03"]
    assert len(errors) == 1


def test_atom_feed_file_with_full_content(tmp_path: Path):
    path = tmp_path / "desk.atom"
    path.write_bytes(ATOM)
    docs, errors = load_documents([str(path)], settings())
    assert errors == []
    (doc,) = docs
    assert (doc.title, doc.byline, doc.outlet, doc.published.isoformat()) == (
        "Geneva round ends", "Anna Keller", "Atom Desk", "2026-02-18")
    assert "without agreement on territory" in doc.text


def test_slow_endpoint_times_out(server: str):
    (err,) = list(read_sources([f"{server}/slow"], settings(fetch_timeout=0.3)))
    assert isinstance(err, ItemError) and err.source == f"{server}/slow" and "timed out" in err.message


def test_oversized_response_is_cut_off(server: str):
    (err,) = list(read_sources([f"{server}/huge"], settings(fetch_max_bytes=50_000)))
    assert isinstance(err, ItemError) and "too large" in err.message


def test_binary_response_is_an_error(server: str):
    (err,) = list(read_sources([f"{server}/image"], settings()))
    assert "binary" in err.message


def test_unreachable_url_is_an_error_and_the_batch_goes_on(server: str, closed_port_url: str):
    docs, errors = load_documents([closed_port_url, f"{server}/text"], settings())
    assert len(docs) == 1
    assert [e.source for e in errors] == [closed_port_url] and "unreachable" in errors[0].message
