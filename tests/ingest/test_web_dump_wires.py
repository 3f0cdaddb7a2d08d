"""More wire credits that page dumps show, each rule on made-up inputs: bylines that name the wires a writer
drew on, a desk's initials over its wires, one of a wire's writers who contributed, writers in capitals over
the wire, the wire between slashes alone on a line, and syndication notes."""
from __future__ import annotations

import pytest

from zopa.ingest.clean import is_furniture
from zopa.ingest.lexicon import credited_wire

from .pages import HEADLINE, MORE, PROSE, page as _page


@pytest.mark.parametrize(
    "line, wire",
    [("By Jane Marsh with AP, AFP", "Associated Press"), ("Jane Marsh with Reuters, AFP and dpa", "Reuters"),
     ("By Harbour Gazette with AFP", "AFP"), ("Jane Marsh and Olaf Brun with Reuters", "Reuters")],
)
def test_a_byline_with_the_wires_the_writer_drew_on(line, wire):
    assert credited_wire(line) == wire
    page = _page(HEADLINE, line, PROSE, MORE)
    assert page.original == wire and line not in page.text


@pytest.mark.parametrize("line", ["Peace with Reuters", "Interview with Reuters", "By Jane Marsh with Olaf Brun",
                                  "Jane Marsh with Olaf Brun in Tarn"])
def test_a_short_heading_or_a_writer_with_a_colleague_names_no_wire(line):
    assert credited_wire(line) is None


@pytest.mark.parametrize("line, wire", [("jm/ob (Reuters, AFP, dpa)", "Reuters"), ("kl/tr (AFP, AP)", "AFP"), ("ob/jm (dpa)", "dpa")])
def test_a_desks_initials_over_the_wires_it_drew_on(line, wire):
    assert credited_wire(line) == wire
    page = _page(HEADLINE, PROSE, MORE, line)
    assert page.original == wire and line not in page.text


@pytest.mark.parametrize(
    "line, wire",
    [("Reuters' Jane Marsh contributed to this report.", "Reuters"), ("AFP's Olaf Brun in Tarn contributed to this report.", "AFP"),
     ("Jane Marsh of Reuters contributed to this report.", "Reuters"), ("Olaf Brun of The Associated Press contributed.", "Associated Press")],
)
def test_one_of_a_wires_writers_who_contributed(line, wire):
    assert credited_wire(line) == wire
    assert _page(HEADLINE, PROSE, MORE, line).original == wire


@pytest.mark.parametrize("line", ["JANE MARSH Associated Press", "JANE MARSH and OLAF BRUN Associated Press"])
def test_writers_in_capitals_over_the_wire_without_by(line):
    assert credited_wire(line) == "Associated Press"
    assert _page(HEADLINE, line, PROSE, MORE).original == "Associated Press"


@pytest.mark.parametrize("line, wire", [("/TASS/", "TASS"), ("/ Xinhua /", "Xinhua")])
def test_the_wire_between_slashes_alone_on_a_line(line, wire):
    assert credited_wire(line) == wire


@pytest.mark.parametrize("line", ["Syndicated from Harbour Times", "This article is syndicated from Harbour Times.",
                                  "Reposted from Harbour Times", "Cross-posted from Harbour Times"])
def test_a_syndication_note_names_the_outlet_and_is_dropped(line):
    assert is_furniture(line)
    page = _page(HEADLINE, PROSE, MORE, line)
    assert page.original == "Harbour Times" and line not in page.text


@pytest.mark.parametrize(
    "line, wire",
    [("Text: AFP", "AFP"), ("Author: Reuters", "Reuters"), ("News agency: Reuters", "Reuters"), ("Agency: AFP", "AFP")],
)
def test_the_wire_under_a_label_of_the_writer_or_agency(line, wire):
    assert credited_wire(line) == wire
    assert _page(HEADLINE, line, PROSE, MORE).original == wire


@pytest.mark.parametrize(
    "line, wire",
    [("Posted on June 3, 2025 by Reuters", "Reuters"), ("Published June 3, 2025 by AFP", "AFP"), ("June 3, 2025 by Reuters", "Reuters")],
)
def test_a_date_then_the_wire_after_by(line, wire):
    assert credited_wire(line) == wire
    assert _page(HEADLINE, line, PROSE, MORE).original == wire


@pytest.mark.parametrize(
    "line, wire",
    [("By Jane Marsh Reuters", "Reuters"), ("By Jane Marsh and Olaf Brun Associated Press", "Associated Press"),
     ("By JANE MARSH, Associated Press Writer", "Associated Press"), ("JANE MARSH, AP Diplomatic Writer", "Associated Press"),
     ("By Jane Marsh, AFP Correspondent", "AFP")],
)
def test_a_writers_byline_with_the_wire_and_its_title(line, wire):
    assert credited_wire(line) == wire
    page = _page(HEADLINE, line, PROSE, MORE)
    assert page.original == wire and line not in page.text


@pytest.mark.parametrize("line", ["By Jane Marsh Harbour", "Jane Marsh, Senior Writer", "By Jane Marsh, Staff Writer"])
def test_a_byline_without_a_wire_names_none(line):
    assert credited_wire(line) is None


@pytest.mark.parametrize(
    "line",
    ["Reporting by Jane Marsh and Olaf Brun in Tarn; Writing by Kai Lind", "Additional reporting by Jane Marsh; Editing by Olaf Brun",
     "Reporting by Jane Marsh in Tarn, Writing by Olaf Brun, Editing by Kai Lind"],
)
def test_reuters_reporting_and_writing_or_editing_credits(line):
    assert _page(HEADLINE, PROSE, MORE, line).original == "Reuters"


def test_reporting_by_alone_is_no_wires_credit():
    assert _page(HEADLINE, PROSE, MORE, "Reporting by Jane Marsh").original is None


@pytest.mark.parametrize("line, source", [("Source(s): Harbour Courier", "Harbour Courier"), ("Sources: Harbour Times", "Harbour Times")])
def test_a_plural_source_label_names_the_outlet(line, source):
    assert _page(HEADLINE, PROSE, MORE, line).original == source


@pytest.mark.parametrize(
    "lead, wire",
    [("**TARN, May 9 (Reuters) -** ", "Reuters"), ("__TARN (AP) —__ ", "Associated Press"), ("> TARN (AFP) - ", "AFP"),
     ("• TARN (AP) — ", "Associated Press"), ("TARN, May 9 [Reuters] - ", "Reuters"), ("TARN, May 9 — AFP — ", "AFP"),
     ("9 May (Reuters) - ", "Reuters"), ("Reuters – ", "Reuters")],
)
def test_a_dateline_with_markdown_marks_brackets_or_dashes_names_the_wire(lead, wire):
    assert _page(HEADLINE, lead + PROSE, MORE).original == wire


@pytest.mark.parametrize("lead", ["Harbour Gazette – ", "Tarn — ", "**Tarn** talks: "])
def test_a_name_that_is_no_wire_before_a_dash_names_none(lead):
    assert _page(HEADLINE, lead + PROSE, MORE).original is None


@pytest.mark.parametrize(
    "line, wire",
    [("The toll rose to 40, according to a Reuters tally of official figures.", "Reuters"),
     ("Two officials told AFP on condition of anonymity that the talks would resume.", "AFP")],
)
def test_a_wires_own_tallies_and_anonymous_sources_mark_its_copy(line, wire):
    assert _page(HEADLINE, PROSE, line, MORE).original == wire


def test_a_tally_the_page_cites_as_another_wires_report_names_none():
    page = _page(HEADLINE, PROSE, "The toll rose to 40, according to a Reuters tally, Reuters reported.", MORE)
    assert page.original is None
