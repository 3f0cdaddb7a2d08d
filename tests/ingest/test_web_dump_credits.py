"""Wire credits and source lines that page dumps from many outlets show, each rule on made-up inputs:
credits that name several wires or the wires' material, the time or place before a wire, wires joined
by slashes, republication notices, and 'first published' lines that give a time rather than an outlet."""
from __future__ import annotations

import pytest

from zopa.ingest import same_source
from zopa.ingest.lexicon import credited_wire
from zopa.ingest.metadata import original_source

from .pages import HEADLINE, MORE, PROSE, page as _page


# --- wire credits ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, wire",
    [("—The Associated Press contributed to this report.", "Associated Press"),
     ("Reuters and The Associated Press contributed to this report.", "Reuters"),
     ("Associated Press contributed to this story.", "Associated Press"), ("AP contributed.", "Associated Press"),
     ("Information from Reuters was used in this report.", "Reuters"), ("Material from AFP and Reuters was used in this story",
                                                                        "AFP"),
     ("This report contains material from Reuters.", "Reuters"), ("Reuters content was used in this story.", "Reuters"),
     ("Inputs from Reuters", "Reuters"), ("Wire services contributed to this report.", None),
     ("Agencies contributed to this report.", None)],
)
def test_the_wires_that_contributed_or_whose_material_was_used(line, wire):
    assert credited_wire(line) == wire
    assert original_source([HEADLINE, PROSE, MORE, line], [PROSE, MORE, line], "Harbour Gazette", rehost=False) == (wire or "Harbour Gazette")


@pytest.mark.parametrize(
    "line, wire",
    [("(Reuters/AFP)", "Reuters"), ("— AFP/dpa", "AFP"), ("Agencies/TRT World", "TRT World"), ("Sources: Reuters/AP", "Reuters"),
     ("AFP/File", None), ("Jane Marsh/AFP", None)],
)
def test_wires_joined_by_slashes_after_a_label_a_dash_or_in_brackets(line, wire):
    assert _page(HEADLINE, PROSE, MORE, line).original == wire


@pytest.mark.parametrize(
    "line, wire",
    [("June 2, 2025 | Reuters", "Reuters"), ("Published 2 June 2025, 10:15 – AFP", "AFP"), ("02.06.2025 · Reuters", "Reuters"),
     ("Reuters / June 2, 2025", "Reuters"), ("Vell • UNN", "UNN"), ("Moscow | TASS", "TASS"), ("Photo | Reuters", None)],
)
def test_the_time_or_the_place_before_a_wire_or_the_time_after_a_slash(line, wire):
    assert _page(HEADLINE, line, PROSE, MORE).original == wire


@pytest.mark.parametrize(
    "line, wire",
    [("Copyright (c) 2025. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty, Washington DC 20036.",
      "Radio Free Europe/Radio Liberty"),
     ("Copyright © 2025. Agence France-Presse", "AFP"),
     ("Used with the permission of the Associated Press.", "Associated Press")],
)
def test_a_republication_notice_names_the_wire(line, wire):
    assert credited_wire(line) == wire


# --- where a story first ran ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, source",
    [("First published on June 2, 2025", "Harbour Gazette"), ("First published on: 02-06-2025 at 10:15 IST", "Harbour Gazette"),
     ("This article was first published on June 2, 2025.", "Harbour Gazette"), ("Originally published on Monday", "Harbour Gazette"),
     ("Originally published by Reuters", "Reuters"), ("Originally appeared in Harbour Weekly", "Harbour Weekly"),
     ("Article originally published on Euronews", "Euronews"),
     ("This article is republished from The Conversation under a Creative Commons license.", "The Conversation")],
)
def test_a_first_published_line_names_an_outlet_not_a_time(line, source):
    assert original_source([HEADLINE, PROSE, line], [PROSE, line], "Harbour Gazette", rehost=False) == source


def test_a_sentence_about_where_an_article_ran_is_no_source_line():
    line = "The article was published in the Harbour Weekly on Monday, a day before the talks, and drew a sharp reply."
    assert original_source([HEADLINE, PROSE, line], [PROSE, line], "Harbour Gazette", rehost=False) == "Harbour Gazette"


# --- datelines --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dateline, wire",
    [("VELL, 2nd June, 2025 (WAM) -- ", "WAM"), ("Tarn, June 3rd (Reuters) - ", "Reuters"),
     ("Vell/Tarn (AFP) - ", "AFP"), ("TARN/VELL, June 2 (Reuters) - ", "Reuters"),
     ("ANKARA, Türkiye (AA) - ", "Anadolu Agency"), ("VELL, Northland —(AP) ", "Associated Press"),
     ("Vell, Northland, 24 November (WAM/Reuters) – ", "WAM"), ("Tarn, 2 June (Harbour Wire/AFP) - ", "AFP"),
     ("June 2 (Reuters) - ", "Reuters"), ("June 2, 2025 (AFP) – ", "AFP")],
)
def test_datelines_with_ordinals_two_places_a_country_a_dash_two_wires_or_only_the_day(dateline, wire):
    assert _page(HEADLINE, dateline + PROSE, MORE).original == wire


@pytest.mark.parametrize("first", ["Vell (the capital) hosted the talks on Monday.", "Tarn, June 2 (local time) — the talks opened late."])
def test_a_bracket_that_names_no_wire_after_a_place_is_no_dateline(first):
    assert _page(HEADLINE, first + " " + PROSE, MORE).original is None


@pytest.mark.parametrize("line, wire", [("Source(s): Xinhua", "Xinhua"), ("Source(s): AFP, Reuters", "AFP")])
def test_a_source_label_with_a_plural_mark(line, wire):
    assert credited_wire(line) == wire


@pytest.mark.parametrize("credit, wire", [("dpa", "dpa"), ("dpa/jm", "dpa")])
def test_a_lower_case_wire_under_the_headline_is_its_credit_not_the_headlines_end(credit, wire):
    page = _page(HEADLINE, credit, PROSE, MORE)
    assert page.title == HEADLINE and page.original == wire


@pytest.mark.parametrize("byline, wire", [("By Jane Marsh • Reuters", "Reuters"), ("Jane Marsh · AFP", "AFP")])
def test_a_byline_whose_wire_follows_a_bullet(byline, wire):
    page = _page(HEADLINE, byline, PROSE, MORE)
    assert page.title == HEADLINE and page.original == wire


# --- a portal's stamp of the outlet -----------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp, source",
    [("(Global Times) 09:12, June 02, 2025", "Global Times"), ("Harbour Daily) 09:12, June 02, 2025", "Harbour Daily"),
     ("By Li Ming (Global Times) 09:12, June 02, 2025", "Global Times"), ("(Xinhua) 09:12, June 02, 2025", "Xinhua"),
     ("Anna Berg) 09:12, June 02, 2025", None)],
)
def test_a_portals_stamp_names_the_outlet_and_is_no_body_line(stamp, source):
    page = _page(HEADLINE, stamp, PROSE, MORE)
    assert page.original == source and stamp not in page.text and page.title == HEADLINE


@pytest.mark.parametrize("line", ["02 Jun 2025, 10:15 (Moscow time)", "2 June 2025 10:15 (Kyiv time)"])
def test_a_date_with_the_clock_it_keeps_is_no_body_line(line):
    page = _page(HEADLINE, PROSE, line, MORE)
    assert line not in page.text


@pytest.mark.parametrize(
    "line, source",
    [("Read the full article at Reuters", "Reuters"), ("Continue reading on Axios", "Axios"),
     ("Read more at harbourpost.example", "harbourpost.example"), ("Read more at the Kyiv Independent.", "Kyiv Independent"),
     ("Read more: Euronews", "Euronews"), ("According to harbourpost.example", "harbourpost.example"),
     ("Read more on our website", None), ("Read more in Ukrainian", None), ("Read more on Telegram", None)],
)
def test_an_excerpts_pointer_to_the_whole_story_names_its_outlet(line, source):
    page = _page(HEADLINE, PROSE, MORE, line)
    assert page.original == source and line not in page.text


@pytest.mark.parametrize("line, source", [("Credit : Euronews", "Euronews"), ("Credits: harbourpost.example", "harbourpost.example")])
def test_a_credit_under_the_story_names_its_outlet(line, source):
    page = _page(HEADLINE, PROSE, MORE, line)
    assert page.original == source


@pytest.mark.parametrize("caption", ["Envoys of Vell and Tarn shake hands at the border crossing in Tarn, Ostland, June 2, 2025.",
                                     "The minister (L) and her counterpart arrive for talks in Vell, Ostland, May 3, 2025."])
def test_a_credit_under_a_caption_is_the_pictures(caption):
    page = _page(HEADLINE, PROSE, caption, "Credit: Euronews", MORE)
    assert page.original != "Euronews"


@pytest.mark.parametrize("lead, wire", [
    ("(Reuters) Envoys of Vell and Tarn met again on Monday and agreed to keep talking about an exchange.", "Reuters"),
    ("(MENAFN) Envoys of Vell and Tarn met again on Monday and agreed to keep talking about an exchange.", "MENAFN"),
])
def test_a_wire_in_brackets_opening_the_story_without_a_dash_credits_it(lead, wire):
    assert _page(HEADLINE, "", lead, MORE).original == wire


@pytest.mark.parametrize("name", ["harbour.example", "Euronews"])
def test_an_outlet_in_brackets_closing_the_last_paragraph_credits_the_story(name):
    assert _page(HEADLINE, PROSE, MORE + f" ({name})").original == name


def test_a_name_in_brackets_closing_a_paragraph_that_is_no_outlet_credits_nothing():
    assert _page(HEADLINE, PROSE, MORE + " (Tarn)").original is None


@pytest.mark.parametrize("line, source", [("This short article first appeared/also appeared in Vell Times", "Vell Times"),
                                          ("This news story was first published in The Harbour Post.", "The Harbour Post")])
def test_a_note_that_the_story_appeared_first_elsewhere_names_its_outlet(line, source):
    page = _page(HEADLINE, PROSE, MORE, line)
    assert same_source(page.original, source) and line not in page.text


@pytest.mark.parametrize("line, source", [("at Harbour Blog – Source: vell.example – Read the original article here", "vell.example"),
                                          ("Posted in World | Source: Euronews | 3 comments", "Euronews")])
def test_a_source_among_other_parts_of_a_line_names_the_outlet(line, source):
    assert original_source([HEADLINE, PROSE, MORE, line], [PROSE, MORE, line], "Harbour Gazette", rehost=False) == source
