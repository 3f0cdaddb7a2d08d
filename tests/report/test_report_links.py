"""Article text that spells Markdown links must stay text in report.md (no javascript: link survives)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from markdown_it import MarkdownIt

from zopa.records import Document, Statement, content_hash
from zopa.report import build_report, render_html, render_markdown
from zopa.store import Store

LINKS = ("Moscow insists on all of Donetsk [click me](javascript:alert(1)) and "
         "![x](javascript:alert(2)) <javascript:alert(3)> [ref][r] \\[escaped](javascript:alert(4)).\n\n"
         "[r]: javascript:alert(5)\n")


def test_markdown_links_in_article_text_stay_inert(tmp_path: Path, codebook) -> None:
    text = "Kremlin spokesman Dmitry Peskov said: " + LINKS
    h = content_hash(text)
    doc = Document(id=h[:16], content_hash=h, text=text, raw_text=text, path="links.txt",
                   title="[Donetsk](javascript:alert(6)) talks", outlet="[Wire](javascript:alert(7))",
                   published=dt.date(2026, 2, 1))
    quote = "Moscow insists on all of Donetsk [click me](javascript:alert(1))"
    at = text.index(quote)
    with Store(f"sqlite:///{tmp_path / 'links.db'}", codebook=codebook) as store:
        store.add_document(doc)
        store.replace_machine_statements(doc.id, [Statement(
            doc_id=doc.id, actor="RUS", issue="territory.donetsk", stance="demand", start=at, end=at + len(quote),
            quote=quote, value=100.0, confidence=0.9)], "fixture")
        report = build_report(store, codebook, charts=False)
    md = render_markdown(report)
    assert "javascript:alert(1)" in md and "javascript:alert(6)" in md        # the text is kept, as text
    parser = MarkdownIt("commonmark")
    parser.validateLink = lambda url: True           # a renderer that trusts every link, as many do
    rendered = parser.render(md)
    assert 'href="javascript' not in rendered and 'src="javascript' not in rendered
    assert "<a " not in rendered and "<img" not in rendered
    assert 'http-equiv="Content-Security-Policy"' in render_html(report)
