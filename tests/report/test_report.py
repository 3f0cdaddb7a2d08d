"""The report built from a real seeded store: content, evidence, self-containment, escaping."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from seedstore import HOSTILE_QUOTE
from zopa.analysis import analyse_store
from zopa.cli import app
from zopa.report import build_report, render_html, render_markdown, write_report


class _Resources(HTMLParser):
    """Every src/href/srcset/action attribute and every element name of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.tags: list[str] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.refs += [v or "" for k, v in attrs if k in ("src", "href", "xlink:href", "srcset", "action", "data")]
        self.handlers += [k for k, _ in attrs if k.startswith("on")]


def _parse(page: str) -> _Resources:
    p = _Resources()
    p.feed(page)
    return p


def test_report_matches_the_analysis(seeded, codebook) -> None:
    analysis = analyse_store(seeded, codebook).to_dict()
    report = build_report(seeded, codebook)
    assert [v.id for v in report.issues] == [i for i in codebook.issue_ids if i in analysis["issues"]]
    for view in report.issues:
        data = analysis["issues"][view.id]
        assert view.gap == data["gap"] and (list(view.zopa) if view.zopa else None) == data["zopa"]
        assert {c.actor for c in view.positions} == set(data["positions"])
        for cell in view.positions:
            assert [e.statement_id for e in cell.evidence] == data["positions"][cell.actor]["statements"]
    no_overlap = [v for v in report.issues if v.zopa is None and v.gap]
    assert any(line.startswith(f"No overlap on {no_overlap[0].label}") for line in report.headline)
    assert f"gap {no_overlap[0].gap:.0f} points" in report.headline[1] or any(
        f"gap {v.gap:.0f} points" in line for v in no_overlap for line in report.headline)


def test_html_is_self_contained(seeded, codebook) -> None:
    page = render_html(build_report(seeded, codebook))
    parsed = _parse(page)
    external = [r for r in parsed.refs if re.match(r"\s*(https?:)?//", r, flags=re.I)]
    assert external == []
    assert "link" not in parsed.tags and "script" not in parsed.tags and "img" not in parsed.tags
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    assert page.count("<svg") >= 2 and "<style>" in page


def test_html_shows_each_figure_with_its_quotes_and_sources(seeded, codebook) -> None:
    report = build_report(seeded, codebook)
    page = render_html(report)
    cell = max((c for v in report.issues for c in v.positions), key=lambda c: len(c.evidence))
    for ev in cell.evidence:
        assert f'id="ev-{ev.statement_id}"' in page
        assert f'href="#doc-{ev.doc_id}"' in page and f'id="doc-{ev.doc_id}"' in page
    flagged = report.provenance.flagged
    assert flagged and all(f'id="doc-{d.id}"' in page for d in flagged)
    for anchor_value, label in report.issues[0].anchors:
        assert label.split(",")[0].replace("'", "&#39;") in page


def test_article_text_is_escaped_in_html_and_markdown(seeded, codebook) -> None:
    report = build_report(seeded, codebook)
    page, md = render_html(report), render_markdown(report)
    parsed = _parse(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and parsed.handlers == []
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert HOSTILE_QUOTE not in md and "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in md
    assert "<i>Hostile</i>" not in page and "<i>Hostile</i>" not in md


def test_markdown_has_the_same_sections(seeded, codebook) -> None:
    md = render_markdown(build_report(seeded, codebook))
    for heading in ("## Summary", "## Where the sides stand", "## Issues", "## Plans", "## Levers", "## Sources and provenance"):
        assert heading in md
    assert re.search(r"^> “.+” — ", md, flags=re.M)


def test_write_report_and_cli(seeded, codebook, tmp_path: Path) -> None:
    html_path, md_path = write_report(seeded, codebook, tmp_path / "out" / "r.html")
    assert html_path.read_text().startswith("<!DOCTYPE html>") and md_path == tmp_path / "out" / "r.md"
    target = tmp_path / "cli" / "report.html"
    result = CliRunner().invoke(app, ["report", "--db", seeded.url.replace("***", ""), "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert target.exists() and target.with_suffix(".md").exists()
    assert "No overlap on" in target.read_text()


def test_cli_report_on_a_missing_codebook_names_the_file(seeded, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", "--db", seeded.url, "--codebook", str(tmp_path / "nope.yaml"),
                                      "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 3 and "nope.yaml" in result.output


def test_report_shows_the_best_forecast_with_interval_support_and_sensitivity(seeded, codebook) -> None:
    analysis = analyse_store(seeded, codebook).to_dict()
    report = build_report(seeded, codebook)
    views = [v for v in report.issues if v.forecast is not None and v.forecast.best is not None]
    assert views, "no issue has a forecast"
    page, md = render_html(report), render_markdown(report)
    for v in views:
        best = analysis["forecasts"][v.id]["best"]
        f = v.forecast
        assert (f.best, f.best_low, f.best_high) == (best["point"], best["low"], best["high"])
        assert f.best_low <= f.best <= f.best_high
        assert {r.actor for r in f.support} == {r["actor"] for r in best["sensitivity"]}
        assert [r.largest for r in f.sensitivity] == sorted((r.largest for r in f.sensitivity), reverse=True)
        for r in f.support:                       # each position links to its evidence
            assert f'href="#pos-{v.id}-{r.actor}"' in page and f'id="pos-{v.id}-{r.actor}"' in page
        assert v.sensitivity_svg and f"Sensitivity of the forecast on {v.label}" in page
    assert page.count('class="sensitivity"') == len(views)
    assert md.count("| actor | position −10 |") == len(views)
