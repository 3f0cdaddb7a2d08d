"""What a headline looks like on a page dump, each rule on made-up inputs: a story's dateline or a sentence
that runs on is no headline, a sentence closed inside its quote is none either, and a title the front
matter gives is read as the page shows it."""
from __future__ import annotations

import pytest

from zopa.ingest.clean import is_headline_like
from zopa.ingest.metadata import given_title, opens_on_dateline, runs_on, shown_title

from .pages import HEADLINE, MORE, PROSE, TODAY
from zopa.ingest.pipeline import _text_page


def _page(*lines: str, url: str | None = None):
    return _text_page("\n".join(lines), TODAY, url)


# --- datelines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["TARN, May 9 (Reuters) -", "VELL, Ostland, June 2 (AP) —", "BRUM, April 4. /TASS/. Envoys from Ostland and Vell met in Brum on Monday", "Tarn, 9 May (AFP) - Envoys met",
     "(Reuters) - Envoys from both sides met on Monday", "TARN (Harbour Wire) -"],
)
def test_a_line_that_opens_on_a_dateline_is_the_story_not_its_headline(line):
    assert opens_on_dateline(line)
    page = _page(line, PROSE, MORE, url="https://harbourgazette.example/news/1")
    assert page.title is None and line in page.text


@pytest.mark.parametrize("line", [HEADLINE, "Putin (again) rejects the envoys’ offer", "Tarn talks (updated) end in a deal",
                                  "Vell (the capital) hosts a second round"])
def test_a_headline_with_a_bracket_is_no_dateline(line):
    assert not opens_on_dateline(line)


def test_a_dateline_under_the_headline_leaves_the_headline_alone():
    page = _page(HEADLINE, "TARN, May 9 (Reuters) - " + PROSE, MORE)
    assert page.title == HEADLINE and page.original == "Reuters"


# --- sentences that run on --------------------------------------------------------------------


@pytest.mark.parametrize(
    "first, second",
    [("Envoys from Ostland and Vell met in Tarn on Monday for a second round of talks on a", "prisoner exchange, officials said."),
     ("The two delegations agreed to meet again next week in Brum", "after consulting their capitals, a spokesman said."),
     ("Envoys from Ostland and Vell met in Tarn on Monday for the", "First time since the spring, officials said."),
     # cut at a link: the line ends on a word leading into the next
     ("Envoys from Ostland and Vell met for a second round of talks in", "Tarn on Monday, the foreign ministry of Ostland said."),
     ("The two delegations agreed to exchange prisoners after talks in", "Brum and Tarn on Monday, officials said.")],
)
def test_a_sentence_cut_across_two_lines_or_at_a_link_is_no_headline(first, second):
    lines = [first, second, PROSE, MORE]
    assert runs_on(lines, 0)
    page = _page(*lines)
    assert page.title is None and first in page.text


@pytest.mark.parametrize("following", ["by Jane Marsh", "updated two hours ago", "dpa", "photo: Harbour Press"])
def test_a_headline_over_a_lower_case_byline_date_or_credit_stays_the_headline(following):
    lines = [HEADLINE, following, PROSE, MORE]
    assert not runs_on(lines, 0)
    assert _page(*lines).title == HEADLINE


@pytest.mark.parametrize("line", ["The delegations met in Tarn on Monday and they agreed to keep talking and",
                                  "Envoys agree on the terms of", "Ostland says the talks are over, but"])
def test_a_line_ending_on_a_word_no_headline_ends_on_is_no_headline(line):
    assert runs_on([line, PROSE], 0)
    assert _page(line, PROSE, MORE).title is None


# --- sentence ends inside a quote ----------------------------------------------------------------


@pytest.mark.parametrize("line", ["Lund: “We will not give up an inch.”", "The envoy said: \"Talks are over.\"",
                                  "Tarn talks end (for now.)", "The minister called it “a useful round,”"])
def test_a_sentence_closed_inside_a_quote_or_bracket_is_no_headline(line):
    assert not is_headline_like(line)


@pytest.mark.parametrize("line", ["Lund: “We will not give up an inch”", "‘No deal yet’: envoys leave Tarn",
                                  "Envoys agree to talk again (again)", "Envoys wait for an answer..."])
def test_a_headline_with_a_quote_or_bracket_at_its_end_stays_headline_like(line):
    assert is_headline_like(line)


# --- titles the front matter gives ------------------------------------------------------------------


@pytest.mark.parametrize(
    "given, url, title",
    [("Envoys meet again in Tarn | Harbour Gazette", "https://www.harbourgazette.com/a/1", "Envoys meet again in Tarn"),
     ("Envoys meet again in Tarn - harbourgazette.com", "https://harbourgazette.com/a/1", "Envoys meet again in Tarn"),
     ("Envoys meet again in Tarn — The Harbour Gazette", "https://harbourgazette.com/a/1", "Envoys meet again in Tarn"),
     ("Ostland&#8217;s envoys meet &amp; talk", "https://harbourgazette.com/a/1", "Ostland’s envoys meet & talk"),
     ("Envoys  meet\nagain in Tarn", None, "Envoys meet again in Tarn")],
)
def test_a_given_title_loses_the_sites_own_name_and_markup(given, url, title):
    assert given_title(given, url) == title


@pytest.mark.parametrize(
    "given, url",
    [("Ostland proposes a final offer to end the war – Tarn Courier", "https://harbourgazette.com/a/1"),
     ("Summit results are threatening for Ostland - Kremlin", "https://harbourgazette.com/a/1"),
     ("Tarn talks | Harbour Gazette", "https://harbourgazette.com/a/1")],
)
def test_a_given_title_keeps_a_name_that_is_not_the_sites(given, url):
    assert given_title(given, url) == given


@pytest.mark.parametrize(
    "given, shown",
    [("Ostland's envoys say 'no deal' in Tarn", "Ostland’s envoys say ‘no deal’ in Tarn"),
     ("Envoys meet again in Tarn - and agree on nothing", "Envoys meet again in Tarn — and agree on nothing"),
     ("Envoys from Ostland and Vell agree to keep talking about...", "Envoys from Ostland and Vell agree to keep talking about a prisoner exchange")],
)
def test_a_given_title_takes_the_pages_spelling_of_the_same_headline(given, shown):
    assert shown_title(given, [shown, PROSE, MORE]) == shown


@pytest.mark.parametrize("given", ["Envoys meet again in Tarn", "A different headline about the talks"])
def test_a_given_title_the_page_does_not_show_stays_as_given(given):
    assert shown_title(given, ["Envoys agree to keep talking", PROSE, MORE]) == given


@pytest.mark.parametrize("line", ["Source: Xinhua Editor: Jane Marsh 2025-03-03 13:45:12", "By Reuters Staff", "AFP | March 3, 2025"])
def test_a_credit_line_at_the_top_is_no_headline(line):
    assert _page(line, PROSE, MORE).title is None



@pytest.mark.parametrize("headline", ["What Ostland is fighting for", "Envoys agree on what to talk about"])
def test_a_headline_ending_on_a_preposition_over_the_story_stays(headline):
    lines = [headline, PROSE, MORE]
    assert not runs_on(lines, 0)
    assert _page(*lines).title == headline
