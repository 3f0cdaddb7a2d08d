"""A shift in a side's position is shown with the statements on both sides of it."""
from __future__ import annotations

import datetime as dt

from zopa.records import Document, Statement, content_hash
from zopa.report import build_report, render_html, render_markdown
from zopa.store import Store

OLD = "In June 2024 Putin demanded that Ukraine withdraw from all of Kherson region."
NEW = "Moscow might accept freezing the contact line in Kherson region, officials said."


def _doc(text: str, published: dt.date, name: str) -> Document:
    h = content_hash(text)
    return Document(id=h[:16], content_hash=h, text=text, raw_text=text, path=name, published=published)


def test_shift_carries_evidence_before_and_after(sqlite_url, codebook):
    old, new = _doc(OLD, dt.date(2024, 6, 14), "old.txt"), _doc(NEW, dt.date(2026, 1, 23), "new.txt")
    with Store(sqlite_url) as store:
        for doc, stance, value in ((old, "demand", 100.0), (new, "offer", 40.0)):
            store.add_document(doc)
            st = Statement(doc_id=doc.id, actor="RUS", issue="territory.kherson", stance=stance,
                           start=0, end=len(doc.text), quote=doc.text, value=value, event_date=doc.published)
            store.replace_machine_statements(doc.id, [st], "test")
        report = build_report(store, codebook, charts=False)
    view = next(v for v in report.issues if v.id == "territory.kherson")
    assert view.shifts, "Russia's move from all of Kherson to the contact line is a shift"
    shift = view.shifts[0]
    assert shift.actor == "RUS" and shift.date == dt.date(2026, 1, 23)
    assert (shift.before, shift.after) == (100.0, 40.0)
    assert [e.quote for e in shift.evidence_before] == [OLD]
    assert [e.quote for e in shift.evidence_after] == [NEW]
    html, md = render_html(report), render_markdown(report)
    block = html[html.index("Shift:"):]
    assert OLD in block and NEW in block
    assert f"before: “{OLD}”" in md and f"after: “{NEW}”" in md
