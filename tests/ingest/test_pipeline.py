"""HTML extraction in the pipeline: trafilatura's fast pass, and its full cascade when that finds little."""
from __future__ import annotations

from types import SimpleNamespace

from zopa.ingest import pipeline


def test_html_extraction_falls_back_to_the_full_cascade_when_the_fast_pass_finds_little(monkeypatch):
    calls = []

    def fake(html, options):
        calls.append(options.fast)
        return SimpleNamespace(text="short" if options.fast else "long " * 300)

    monkeypatch.setattr(pipeline.trafilatura, "bare_extraction", fake)
    assert pipeline._extract("<html></html>").text.startswith("long") and calls == [True, False]
    calls.clear()
    monkeypatch.setattr(pipeline.trafilatura, "bare_extraction", lambda html, options: calls.append(options.fast) or SimpleNamespace(text="x" * 2000))
    assert pipeline._extract("<html></html>").text == "x" * 2000 and calls == [True]
