"""Rules for plain page dumps, each on made-up inputs: headlines, date stamps, yearless
dates, late dates, wire credits, outlets from URLs, hard-wrapped text."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zopa.ingest.clean import is_prose, is_title_case, unwrap
from zopa.ingest.dates import find_dates, is_date_line, late_dates, place_yearless, take_date_stamp
from zopa.ingest.lexicon import credited_wire, is_generic_credit, is_section_label, wire_name
from zopa.ingest.metadata import first_headline, masthead, media_site, original_source, site_name, split_site_suffix, url_host
from zopa.ingest.pipeline import _text_page

TODAY = dt.date(2026, 3, 1)
PROSE = ("Delegations from the two governments met in a border town on Monday and agreed to keep talking "
         "about a prisoner exchange, officials from both sides said afterwards.")
MORE_PROSE = "The two delegations also agreed to swap the bodies of soldiers killed near the front line, an aide said."


@pytest.mark.parametrize(
    "lines, title",
    [(["World", "Europe › Diplomacy", "Envoys agree on prisoner exchange at border talks", "", PROSE],
      "Envoys agree on prisoner exchange at border talks"),
     (["EXCLUSIVE", "12 May 2025", "Ministers weigh a ceasefire plan drafted in Oslo", PROSE],
      "Ministers weigh a ceasefire plan drafted in Oslo"),
     (["Home | News | World", "Live updates", "Ceasefire talks resume in Vienna after a short break", PROSE],
      "Ceasefire talks resume in Vienna after a short break")],
)
def test_headline_from_the_first_lines_past_labels_dates_and_breadcrumbs(lines, title):
    assert first_headline(lines, len(lines) - 1) == (title, lines.index(title))


def test_no_headline_when_the_page_opens_with_prose():
    assert first_headline([PROSE, PROSE], 0) == (None, None)


@pytest.mark.parametrize("first", ["Northland and Southmark agreed on the largest exchange of prisoners.",
                                   "Vell invited both leaders to a summit."])
def test_a_short_sentence_over_the_story_is_its_headline_with_a_full_stop(first):
    lines = ["", first, PROSE, PROSE]
    assert first_headline(lines, 1) == (first, 1)


@pytest.mark.parametrize("first", ["Envoys met in a border town on Monday and agreed to keep talking about an exchange of prisoners.",
                                   "Vell invited both leaders to a summit. Neither has answered yet.",
                                   "The minister said both sides were ready."])
def test_a_lead_two_sentences_or_reported_speech_on_top_stay_the_story(first):
    assert first_headline([first, PROSE, PROSE], 0) == (None, None)


@pytest.mark.parametrize(
    "line",
    ["Talks End Without A Deal On The Proposed “Buffer Zone”", "Ministers Reject The So-Called ‘Final Offer’ From Moscow Envoys"],
)
def test_title_case_lines_ending_in_a_quote_are_headlines_not_prose(line):
    assert is_title_case(line) and not is_prose(line)


@pytest.mark.parametrize(
    "lines, date, rest",
    [(["date 2024-11-02 Envoys meet in Doha", "text"], dt.date(2024, 11, 2), "Envoys meet in Doha"),
     (["", " published: 2023-01-15T08:30:00Z WORLD", "text"], dt.date(2023, 1, 15), "WORLD")],
)
def test_a_leading_date_stamp_dates_the_page_and_leaves_the_rest_of_its_line(lines, date, rest):
    stamp, out = take_date_stamp(lines)
    assert stamp == date and rest in out and len(out) == len(lines)


@pytest.mark.parametrize(
    "line, date",
    [("2025-03-03T10:15:00+00:00", dt.date(2025, 3, 3)), ("Posted 2024-11-20T08:05Z", dt.date(2024, 11, 20)),
     ("31/12/2024 14:05", dt.date(2024, 12, 31)), ("Updated 12/31/2024", dt.date(2024, 12, 31)),
     ("07/07/2023", dt.date(2023, 7, 7)), ("03/04/2025 09:00", None)],
)
def test_timestamps_and_slashed_dates_are_date_lines(line, date):
    # day and month in either order where only one reading is possible; '03/04/2025' could be March or April
    assert is_date_line(line)
    assert (find_dates(line)[0].date if find_dates(line) else None) == date


@pytest.mark.parametrize(
    "line, split",
    [("Envoys agree on a prisoner exchange | Harbour Gazette", ("Envoys agree on a prisoner exchange", "Harbour Gazette")),
     ("Ceasefire talks resume in Vienna after a break | harbourgazette.example",
      ("Ceasefire talks resume in Vienna after a break", "harbourgazette.example")),
     ("Talks stall | Live", ("Talks stall | Live", None)),
     ("Envoys agree on a prisoner exchange | what the deal means for families", ("Envoys agree on a prisoner exchange | what the deal means for families", None))],
)
def test_a_site_after_a_bar_is_cut_from_the_headline(line, split):
    assert split_site_suffix(line) == split


def test_a_tab_title_gives_the_headline_and_the_site():
    page = _text_page("Envoys agree on a prisoner exchange | Harbour Gazette\n\n" + PROSE, TODAY)
    assert page.title == "Envoys agree on a prisoner exchange" and page.outlet == "Harbour Gazette"
    assert "Harbour Gazette" not in page.text and PROSE in page.text


@pytest.mark.parametrize(
    "first, outlet",
    [("Harbour Post", "Harbour Post"), ("Voice of the Lakes", "Voice of the Lakes"), ("HarbourPost.com", "HarbourPost"),
     ("Prisoner swaps", None), ("Peace talks", None), ("Russia-Ukraine conflict", None)],
)
def test_a_masthead_is_name_shaped_and_a_topic_label_is_not(first, outlet):
    assert masthead([first, "Talks stall again in Doha over prisoners"], 1) == outlet


@pytest.mark.parametrize("header", [["News", "›", "Talks stall again in Doha over prisoners"], ["•••", "Talks stall again in Doha over prisoners"]])
def test_lines_without_letters_are_not_mastheads(header):
    assert masthead(header, len(header) - 1) is None


def test_no_stamp_in_ordinary_lines():
    assert take_date_stamp(["Dated talks resume", "date of the talks: unknown"]) == (None, ["Dated talks resume", "date of the talks: unknown"])


@pytest.mark.parametrize(
    "month_day, kwargs, expected",
    [((3, 4), {"year": 2024}, dt.date(2024, 3, 4)),                  # the page's own full dates give the year
     ((11, 20), {"year": 2025}, dt.date(2025, 11, 20)),
     ((3, 18), {"weekday": 1}, dt.date(2025, 3, 18)),                # a Tuesday: the latest such 18 March
     ((7, 5), {"weekday": 4}, dt.date(2024, 7, 5)),
     ((10, 16), {"mentioned": 2024}, dt.date(2024, 10, 16)),         # the latest year the text mentions
     ((10, 16), {}, None), ((12, 2), {}, None),                       # nothing to go by: unknown
     ((12, 2), {"year": 2026}, None), ((4, 30), {"mentioned": 2026}, None)],   # never after the ingest day
)
def test_yearless_dates_are_placed_from_context_or_left_unknown(month_day, kwargs, expected):
    assert place_yearless(*month_day, TODAY, **kwargs) == expected


def test_a_yearless_page_is_not_dated_in_the_ingest_year():
    prose = PROSE.replace(" on Monday", "")
    page = _text_page("Talks in Riyadh\n\nDecember 2\n\n" + prose, TODAY)
    assert page.published is None
    page = _text_page("Talks in Riyadh\n\nDecember 2\n\n" + prose + " The 2024 round failed.", TODAY)
    assert page.published == dt.date(2024, 12, 2)


@pytest.mark.parametrize(
    "first, date",
    [("KYIV, March 3 (Harbour) – " + PROSE, dt.date(2025, 3, 3)), ("GENEVA, Switzerland, July 5 – " + PROSE, dt.date(2025, 7, 5)),
     ("On Friday, July 5, the envoys arrived in Geneva. " + PROSE, None),
     ("Last Tuesday, March 4, the ministers met again. " + PROSE, None)],
)
def test_a_dateline_dates_the_page_and_a_lead_event_date_does_not(first, date):
    # the year comes from the text ('The 2025 round'); the prose names no weekday
    page = _text_page("Envoys agree on a prisoner exchange\n\n" + first.replace(" on Monday", "") + " The 2025 round is the third.", TODAY)
    assert page.published == date


@pytest.mark.parametrize(
    "dates, late",
    [([dt.date(2024, 1, 1), dt.date(2024, 2, 1), dt.date(2024, 3, 1), dt.date(2024, 4, 1), dt.date(2024, 5, 1),
       dt.date(2024, 6, 1), dt.date(2024, 7, 1), dt.date(2026, 11, 2)], {7}),
     ([dt.date(2023, 5, 1), None, dt.date(2023, 5, 3), dt.date(2023, 5, 9), dt.date(2023, 6, 1), dt.date(2023, 6, 2),
       dt.date(2023, 6, 20), dt.date(2025, 10, 1), dt.date(2025, 12, 1)], {7, 8}),
     ([dt.date(2024, 1, 1), dt.date(2024, 3, 1), dt.date(2024, 6, 1), dt.date(2024, 9, 1)], set()),
     ([dt.date(2020, 1, 1), dt.date(2026, 1, 1)], set())],
)
def test_dates_after_the_rest_of_the_corpus_are_found(dates, late):
    assert late_dates(dates) == late


@pytest.mark.parametrize(
    "line, wire",
    [("(With reporting by Reuters)", "Reuters"), ("Additional reporting by AFP.", "AFP"),
     ("The Associated Press contributed to this report.", "Associated Press"),
     ("The talks will resume next week, the ministry said. — AFP", "AFP"),
     ("“We are ready,” he said. - Xinhua", "Xinhua"), ("Associated Press", "Associated Press"),
     ("By Reuters", "Reuters"), ("Source: Interfax", "Interfax")],
)
def test_credit_lines_name_the_wire(line, wire):
    assert credited_wire(line) == wire


@pytest.mark.parametrize(
    "line, wire",
    [("By Mira Castell | Reuters", "Reuters"), ("Tomas Ek, AFP", "AFP"), ("by Lena Ortiz (AP)", "Associated Press"),
     ("Owen Hale and Ida Brandt, Associated Press", "Associated Press"), ("By Owen Hale, Ida Brandt and Li Wen, Reuters", "Reuters"),
     ("By OWEN HALE and IDA BRANDT Associated Press", "Associated Press"), ("Owen Hale and Ida Brandt", None),
     ("Envoys meet in Geneva, Reuters reports", None)],
)
def test_a_byline_that_ends_with_a_wire_names_it(line, wire):
    assert credited_wire(line) == wire


@pytest.mark.parametrize(
    "line, wire",
    [("AFP | Updated: 4 June 2025", "AFP"), ("Reuters · 12 May 2025 09:14", "Reuters"),
     ("Xinhua | Published Jan. 8, 2024", "Xinhua"), ("AFP | Europe | Diplomacy", None)],
)
def test_a_wire_followed_by_its_date_is_a_credit(line, wire):
    assert credited_wire(line) == wire


@pytest.mark.parametrize(
    "line, wire",
    [("Reuters and AFP", "Reuters"), ("AFP, Reuters and AP", "AFP"), ("TRT World and Agencies", "TRT World"),
     ("Agencies and Xinhua", "Xinhua"), ("By Bloomberg and AFP", "Bloomberg"), ("News Agencies", None), ("Agencies and Staff", None)],
)
def test_a_line_of_several_credits_names_its_first_wire(line, wire):
    assert credited_wire(line) == wire


@pytest.mark.parametrize(
    "line, wire",
    [("Reuters Staff", "Reuters"), ("By AFP Staff", "AFP"), ("Xinhua Bureau", "Xinhua"), ("Reuters staff writers said on Monday", None)],
)
def test_a_wire_staff_credit_names_the_wire(line, wire):
    assert credited_wire(line) == wire


@pytest.mark.parametrize(
    "line, wire",
    [("AFP 4 June 2025", "AFP"), ("Associated Press   June 4, 2025 10:15 AM", "Associated Press"),
     ("Source: Xinhua| 2025-06-04 10:15:12|Editor: Li Wen", "Xinhua"), ("Tomas Ek | AFP | 4 June 2025", "AFP"),
     ("AFP reported on 4 June that talks would resume.", None)],
)
def test_a_wire_credit_with_its_date_or_editor_names_the_wire(line, wire):
    assert credited_wire(line) == wire


@pytest.mark.parametrize(
    "line, wire",
    [("© 2025 The Associated Press. All rights reserved.", "Associated Press"),
     ("Copyright Agence France-Presse, 2024", "AFP"), ("(c) 2023 Reuters. Reproduction prohibited.", "Reuters"),
     ("© 2025 Harbour Gazette. All rights reserved.", None)],
)
def test_a_wire_copyright_line_is_a_credit(line, wire):
    assert credited_wire(line) == wire


@pytest.mark.parametrize(
    "lines, wire",
    [(["Harbour Gazette", "Delegations met on Monday", "Tomas Ek, AFP", PROSE], "AFP"),
     (["Envoys agree on prisoner exchange", "AFP", PROSE], "AFP"),
     (["Envoys agree on prisoner exchange", PROSE, PROSE + " — AFP"], "AFP"),
     (["Envoys agree on prisoner exchange", "Delegates arrive in Geneva on Monday. Photo: AFP", PROSE], "Harbour Gazette"),
     (["Envoys agree on prisoner exchange", "Tomas Ek / AFP", PROSE], "Harbour Gazette"),
     (["Envoys agree on prisoner exchange", "Delegates arrive in Geneva. AFP via Getty Images", PROSE], "Harbour Gazette")],
)
def test_a_bare_agency_credit_is_the_source_and_a_photo_credit_is_not(lines, wire):
    assert original_source(lines, lines[1:], "Harbour Gazette", rehost=False) == wire


@pytest.mark.parametrize(
    "first, wire",
    [("Kyiv (AFP) — Envoys met again on Tuesday to discuss a ceasefire plan.", "AFP"),
     ("Ankara, June 4 (Anadolu) – Envoys met again on Tuesday to discuss a ceasefire plan.", "Anadolu Agency"),
     ("Beijing, 12 May /Xinhua/. Envoys met again on Tuesday to discuss a ceasefire plan.", "Xinhua"),
     ("Kyiv. June 4 (Ukrinform) – Envoys met again on Tuesday to discuss a ceasefire plan.", "Ukrinform"),
     ("KYIV/GENEVA, June 4 (Reuters) - Envoys met again on Tuesday to discuss a ceasefire plan.", "Reuters"),
     ("Ankara, 4 June 2025 (Anadolu) – Envoys met again on Tuesday to discuss a ceasefire plan.", "Anadolu Agency"),
     ("The ministry (MFA) – Envoys met again on Tuesday to discuss a ceasefire plan.", "Harbour Gazette"),
     ("Geneva (Harbour Post) — Envoys met again on Tuesday to discuss a ceasefire plan.", "Harbour Gazette")],
)
def test_datelines_with_places_not_in_capitals_joint_places_or_years(first, wire):
    # a place not in capitals counts with a known wire only
    assert original_source([first], [first], "Harbour Gazette", rehost=False) == wire


@pytest.mark.parametrize(
    "body, wire",
    [([PROSE + " Interfax reports."], "Interfax"),
     (["The envoy said the talks would go on next week in a neutral country. Ukrinform informs."], "Ukrinform"),
     (["The envoy said the talks would go on next week, TASS reported on Monday in a brief note."], "Harbour Gazette"),
     ([PROSE, "The envoy said the talks would go on next week. Interfax reports."], "Harbour Gazette")],
)
def test_a_first_paragraph_that_closes_on_a_wire_reporting_names_it(body, wire):
    # only the first paragraph, and only a sentence of its own in the present tense
    assert original_source(["Envoys agree on prisoner exchange", *body], body, "Harbour Gazette", rehost=False) == wire


@pytest.mark.parametrize("line", ["Ap", "apple growers met on Monday", "He told the AP he was ready to talk to Moscow, adding details.",
                                  "Reuters reported that talks would resume.", "Source: Agencies"])
def test_lines_that_are_not_credits(line):
    assert credited_wire(line) is None


@pytest.mark.parametrize(
    "first, wire",
    [("KYIV, March 3 (Reuters) – Ukraine said on Monday it would keep talking.", "Reuters"),
     ("GENEVA (AP) — Envoys met again on Tuesday to discuss a ceasefire plan.", "Associated Press"),
     ("(AFP) — Envoys met again on Tuesday to discuss a ceasefire plan.", "AFP")],
)
def test_datelines_name_the_wire_by_its_canonical_name(first, wire):
    assert original_source([first], [first], "Harbour Gazette", rehost=False) == wire


def test_photo_credits_and_generic_credits_are_not_sources():
    caption = "Delegates arrive for the talks in Geneva on Monday. Photo: Reuters"
    lines = ["Envoys meet again", caption, "REUTERS", PROSE, "Source: Agencies"]
    assert original_source(lines, [PROSE], "Harbour Gazette", rehost=False) == "Harbour Gazette"
    assert is_generic_credit("Agencies") and is_generic_credit("News Desk") and not is_generic_credit("Reuters")


@pytest.mark.parametrize("header", [["date 2023-08-05 WORLD", "Talks stall again in Doha over prisoners"],
                                    ["United States", "Talks stall again in Doha over prisoners"]])
def test_date_lines_and_section_labels_are_not_mastheads(header):
    assert masthead(header, 1) is None


def test_section_labels_and_wire_names():
    assert is_section_label("World › Europe") and is_section_label("Exclusive") and not is_section_label("Harbour Gazette")
    assert wire_name("AP") == "Associated Press" and wire_name("Agence France-Presse") == "AFP" and wire_name("Gazette") is None


@pytest.mark.parametrize(
    "url, host",
    [("https://www.harbour-gazette.example/news/1", "harbour-gazette.example"), ("http://m.example.org/a?b=1", "example.org"),
     (None, None)],
)
def test_outlet_from_url(url, host):
    assert url_host(url) == host


@pytest.mark.parametrize(
    "lines, site",
    [(["![](https://news.harbour-gazette.co.uk/wp-content/uploads/2025/02/talks.jpg)", PROSE], "harbour-gazette.co.uk"),
     ([PROSE, "Envoys in Geneva (http://www.lakeside.example.org/wp-content/uploads/envoys.png)"], "example.org"),
     (["![](https://cdn.example.net/images/2025/talks.jpg)", PROSE], None)],
)
def test_the_site_of_a_wordpress_media_library_is_the_outlet(lines, site):
    assert media_site(lines) == site


def test_a_page_dump_with_its_own_uploads_gets_its_outlet():
    page = _text_page("![](https://news.harbour-gazette.co.uk/wp-content/uploads/2025/02/talks.jpg)\n\n" + PROSE, TODAY)
    assert page.outlet == page.original == "harbour-gazette.co.uk"


def test_declared_outlet_wins_then_url_then_detected():
    assert site_name("Harbour Gazette", "https://example.org/x", "Masthead", prefer_url=True) == "Harbour Gazette"
    assert site_name(None, "https://example.org/x", "Masthead", prefer_url=True) == "example.org"
    assert site_name(None, "https://example.org/x", "Masthead", prefer_url=False) == "Masthead"
    assert site_name(None, None, "Masthead", prefer_url=True) == "Masthead"


WRAPPED = """Envoys agree to extend the grain corridor for ninety more days after
talks
Send a link to a friend
GENEVA (Reuters) - Negotiators from both sides met in a lakeside hotel
on Tuesday and agreed to extend the grain corridor for another ninety
days, officials said after the talks ended late in the evening.
The agreement leaves the question of port inspections open, according
to a statement released by the mediators on Wednesday morning.
"""


def test_hard_wrapped_text_is_rejoined_into_paragraphs():
    out = [ln for ln in unwrap(WRAPPED.splitlines()) if ln]
    assert out[0] == "Envoys agree to extend the grain corridor for ninety more days after talks"
    assert out[1] == "Send a link to a friend"
    assert out[2].startswith("GENEVA (Reuters) - Negotiators") and out[2].endswith("late in the evening.")
    assert len(out) == 4


@pytest.mark.parametrize(
    "top, title",
    [(["Envoys agree to keep talking", "about a prisoner exchange"], "Envoys agree to keep talking about a prisoner exchange"),
     (["Ceasefire monitors to stay in Kherson", "until the spring, mediators say"], "Ceasefire monitors to stay in Kherson until the spring, mediators say"),
     (["Envoys agree to keep talking about a prisoner exchange", "updated 3 hours ago"], "Envoys agree to keep talking about a prisoner exchange"),
     (["Envoys agree to keep talking about a prisoner exchange", "by Lena Ortiz"], "Envoys agree to keep talking about a prisoner exchange")],
)
def test_a_headline_cut_in_two_is_rejoined(top, title):
    page = _text_page("\n".join(top) + "\n\n" + PROSE, TODAY)
    assert page.title == title and PROSE in page.text


def test_text_that_is_not_wrapped_is_left_alone():
    lines = ["Short headline here", "", PROSE, "", PROSE + " And more words to make the line longer still.", "", "End."]
    assert unwrap(lines) == lines


def test_a_wrapped_dump_yields_headline_wire_and_body():
    page = _text_page(WRAPPED, TODAY)
    assert page.title == "Envoys agree to extend the grain corridor for ninety more days after talks"
    assert page.original == "Reuters"
    assert "Send a link" not in page.text and "lakeside hotel on Tuesday" in page.text


@pytest.mark.parametrize("declared", ["2099-01-05", "2031-12-24"])
def test_no_document_is_dated_after_the_day_of_ingest(tmp_path, declared):
    from zopa.ingest import load_documents

    (tmp_path / "a.txt").write_text(f"---\ndate: {declared}\n---\n{PROSE}\n", encoding="utf-8")
    doc = load_documents([str(tmp_path)])[0][0]
    assert doc.published is None and "future_date" in doc.flags and declared in doc.flag_notes[-1]


def test_late_dates_are_flagged_in_a_batch(tmp_path):
    from zopa.ingest import load_documents

    for i, date in enumerate(["2024-01-10", "2024-02-11", "2024-03-12", "2024-04-13", "2024-05-14", "2024-06-15", "2025-11-30"]):
        (tmp_path / f"{i}.txt").write_text(f"---\ndate: {date}\n---\n{PROSE} Item {i}.\n", encoding="utf-8")
    docs = load_documents([str(tmp_path)])[0]
    assert [d.name for d in docs if "late_date" in d.flags] == ["6.txt"]
    assert "2024-06-15" in next(d for d in docs if d.name == "6.txt").flag_notes[-1]


_WORDS = ["on", "last", "this", "next", "since", "late", "early", "from", "Monday", "Tuesday", "Wednesday's", "Friday’s",
          "meeting", "yesterday", "Tomorrow", "YESTERDAY", "the", "said", ".", "talks", "\n\n", "Sunday", "İstanbul", "today"]


@given(st.lists(st.sampled_from(_WORDS), max_size=60))
def test_relative_references_found_around_their_cues_are_those_of_a_full_scan(words):
    from zopa.ingest.dates import _REL, _relative_matches

    text = " ".join(words)
    assert [(m.span(), m.groupdict()) for m in _relative_matches(text)] == [(m.span(), m.groupdict()) for m in _REL.finditer(text)]


@pytest.mark.parametrize(
    "body, wire",
    [([PROSE, "The draft, seen by Reuters, sets out a ceasefire along the current line."], "Reuters"),
     ([PROSE, "AFP could not independently verify the figures given by either side."], "AFP"),
     ([PROSE, "Officials said so in a letter obtained by The Associated Press on Friday."], "Associated Press"),
     # the wire cited as someone else's report, or two wires: the page's own outlet
     ([PROSE, "The draft, seen by Reuters, sets out a ceasefire.", "According to Reuters, talks resume next week."], "Harbour Gazette"),
     ([PROSE, "A memo seen by Reuters and a letter obtained by AFP both mention the plan."], "Harbour Gazette"),
     ([PROSE, "The envoy told Reuters he was ready to meet his counterpart in Geneva."], "Harbour Gazette")],
)
def test_a_wire_writing_of_its_own_reporting_is_the_source(body, wire):
    assert original_source(["Envoys agree on prisoner exchange", *body], body, "Harbour Gazette", rehost=False) == wire


@pytest.mark.parametrize(
    "lines, bylined, wire",
    [(["Envoys agree on prisoner exchange", "Delegates arrive in Geneva on Monday. PHOTO: AFP",
       "GENEVA, Switzerland – " + PROSE], False, "AFP"),
     (["Envoys agree on prisoner exchange", "Delegates arrive in Oslo on Monday. Picture: FOREIGN MINISTRY/HANDOUT VIA REUTERS",
       "Oslo — " + PROSE], False, "Reuters"),
     # a byline, no dateline, or photos from two wires: the page's own outlet
     (["Envoys agree on prisoner exchange", "Delegates arrive in Geneva on Monday. PHOTO: AFP",
       "GENEVA, Switzerland – " + PROSE], True, "Harbour Gazette"),
     (["Envoys agree on prisoner exchange", "Delegates arrive in Geneva on Monday. PHOTO: AFP", PROSE], False, "Harbour Gazette"),
     (["Envoys agree on prisoner exchange", "Delegates arrive in Geneva on Monday. PHOTO: AFP", "Oslo — " + PROSE,
       "The envoys leave the hall on Tuesday. PHOTO: REUTERS"], False, "Harbour Gazette")],
)
def test_an_unbylined_dateline_story_with_one_wire_in_its_photo_credits_is_that_wire(lines, bylined, wire):
    body = [ln for ln in lines if "PHOTO" not in ln and "Picture" not in ln][1:]
    assert original_source(lines, body, "Harbour Gazette", rehost=False, bylined=bylined) == wire


@pytest.mark.parametrize(
    "line, wire",
    [("Written by AFP", "AFP"), ("— with AFP", "AFP"), ("With files from The Associated Press", "Associated Press"),
     ("Contributing: Reuters", "Reuters"), ("Sources: Reuters, AFP", "Reuters"), ("Story by Anadolu Agency.", "Anadolu Agency")],
)
def test_credit_lines_that_say_who_wrote_or_contributed_name_the_wire(line, wire):
    assert credited_wire(line) == wire


@pytest.mark.parametrize("line", ["With Moscow", "Written by Tomas Ek", "Sources: officials in Kyiv"])
def test_credit_shaped_lines_without_a_wire_name_none(line):
    assert credited_wire(line) is None


@pytest.mark.parametrize(
    "first, wire",
    [("The envoy said the talks would go on next week in a neutral country, an Ukrinform correspondent reports.", "Ukrinform"),
     ("The envoy said the talks would go on next week in a neutral country, reports TASS.", "TASS"),
     ("MOSCOW, May 16. INTERFAX - The envoy said the talks would go on next week in a neutral country.", "Interfax"),
     ("Kyiv, 4 June / Ukrinform / – The envoy said the talks would go on next week in a neutral country.", "Ukrinform"),
     ("Kyiv, June 4 – The envoy said the talks would go on next week in a neutral country, he told reporters.", "Harbour Gazette")],
)
def test_a_correspondent_report_or_a_dateline_without_brackets_names_the_wire(first, wire):
    assert original_source(["Envoys agree on prisoner exchange", first], [first], "Harbour Gazette", rehost=False) == wire


@pytest.mark.parametrize(
    "lead, second, source",
    [("The envoy said the talks would go on next week in a neutral country, a Tarn Daily News correspondent reports.", MORE_PROSE, "Tarn Daily News"),
     ("The envoy said the talks would go on next week in a neutral country, as reported by the Vell Herald.", MORE_PROSE, "Vell Herald"),
     (PROSE, "The envoy said this at a briefing for journalists in the capital on Monday, Vell Radio News reports.", "Vell Radio News"),
     ("The envoy said the talks would go on, as reported by the Vell Herald, which cited two officials.", MORE_PROSE, "Harbour Gazette"),
     (PROSE, MORE_PROSE + " The envoy will travel on Friday, as reported by the Vell Herald.", "Harbour Gazette")],
)
def test_a_lead_or_the_next_paragraph_closing_on_the_outlet_that_reports_it_names_the_source(lead, second, source):
    lines = ["Envoys agree on prisoner exchange", lead, second, MORE_PROSE]
    assert original_source(lines, lines[1:], "Harbour Gazette", rehost=False) == source


@pytest.mark.parametrize(
    "url, host",
    [("https://economictimes.indiatimes.com/news/world/envoys-meet", "economictimes.indiatimes.com"),
     ("https://abcnews.go.com/International/envoys", "abcnews.go.com"),
     ("https://blog.unlisted-harbour.example.com/post/1", "example.com")],
)
def test_a_listed_outlet_on_a_shared_domain_keeps_its_host(url, host):
    assert url_host(url) == host


@pytest.mark.parametrize("name, site", [("Hürriyet Daily News", "hurriyetdailynews.com"), ("Gazeta Śląska", "gazetaslaska.pl")])
def test_names_with_accents_match_their_sites(name, site):
    from zopa.ingest import same_source

    assert same_source(name, site)


@pytest.mark.parametrize(
    "line",
    ["Envoys arrive for talks in Geneva, Switzerland, June 4, 2025.",
     "The foreign minister, left, greets her counterpart before the talks in Oslo.",
     "FILE - Delegates gather in a hotel lobby in Oslo before the second round of talks.",
     "Pictured: the border crossing near the town where the prisoners were exchanged",
     "Two negotiators shake hands after the signing ceremony in Doha, 4 June 2025"],
)
def test_captions_without_a_credit_are_furniture(line):
    from zopa.ingest.clean import is_caption

    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    ["The talks were held in Istanbul on May 16, 2025.",
     "Officials plan to meet their counterparts in Alaska on August 15, 2025.",
     "The envoy said the delegations meet again on June 4, 2025.",
     "Peace talks resume in Geneva on June 4, 2025",
     "“We will meet again,” the minister, left, told reporters in Oslo on June 4, 2025."],
)
def test_prose_and_headlines_with_dates_are_not_captions(line):
    from zopa.ingest.clean import is_caption

    assert not is_caption(line)


def test_credit_lines_in_the_body_are_dropped_and_a_sentence_ending_in_a_credit_is_kept():
    from zopa.ingest.clean import clean_body

    closing = "The envoy said the talks would go on next week in a neutral country. — Reuters"
    body = [PROSE, "Written by AFP", "With files from The Associated Press", "Agencies", closing]
    text = clean_body(body).text
    assert PROSE in text and closing in text
    assert "With files from" not in text and "Agencies" not in text and "Written by" not in text


@pytest.mark.parametrize(
    "line",
    ["Screenshot from video", "Collage: Harbour Gazette", "Illustration by the author",
     "https://t.me/harbourgazette/1234", "www.harbour-gazette.example/live", "[Envoys meet again in Oslo](https://example.org/oslo)",
     "13:45", "10:30 GMT", "DM Monitoring", "HG Desk", "Web Desk", "Monitoring Desk",
     "READ: Envoys meet again in Oslo", "LISTEN | The week in diplomacy",
     "Your browser does not support the audio element.", "Sorry, this video could not be played.",
     "Skip Advertisement", "Supported by", "Open image in gallery", "View gallery",
     "(Web editor: Li Ming, Zhang Wei)", "Translated by Olena Kovalenko", "Translation: Harbour Gazette",
     "This article is republished from The Harbour Review under a Creative Commons license.", "Read the original article.",
     "First published on June 4, 2025"],
)
def test_page_furniture_lines_of_plain_dumps(line):
    from zopa.ingest.clean import is_furniture

    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["Read the full statement here, he wrote", "More than 300 prisoners were exchanged on Friday.", "See you in court, he said",
     "Editor Dmitry Ivanov said the paper would close", "News of the talks spread quickly across the capital and markets rose.",
     "Graphic footage shows the aftermath of the strike on a residential building in the city centre"],
)
def test_running_text_that_opens_like_furniture_is_kept(line):
    from zopa.ingest.clean import is_furniture

    assert not is_furniture(line)


@pytest.mark.parametrize(
    "first, source",
    [("According to the Harbour Post, envoys from both countries met on Monday in a border town to discuss prisoners.", "Harbour Post"),
     ("According to Bloomberg, envoys from both countries met on Monday in a border town to discuss prisoners.", "Bloomberg"),
     ("According to the Kremlin, envoys from both countries met on Monday in a border town to discuss prisoners.", "Harbour Gazette"),
     ("According to Ukraine's General Staff, envoys from both countries met on Monday in a border town to discuss it.", "Harbour Gazette")],
)
def test_a_story_that_opens_by_relaying_an_outlet_names_it_and_one_relaying_an_official_does_not(first, source):
    assert original_source(["Envoys agree on prisoner exchange", first], [first], "Harbour Gazette", rehost=False) == source


@pytest.mark.parametrize(
    "lines",
    [["Envoy Jane Doe and Minister Tomas Ek in Geneva", "Minister Tomas Ek, left, and envoy Jane Doe in Geneva on Monday. Photo: Harbour Gazette",
      "June 4, 2025", PROSE],
     ["The minister, left, greets her counterpart in Oslo, June 3, 2025.", "June 4, 2025", PROSE]],
)
def test_a_picture_caption_or_its_description_is_not_the_headline(lines):
    page = _text_page("\n".join(lines), TODAY)
    assert page.title is None


@pytest.mark.parametrize(
    "lines, title",
    [(["Now is the moment to settle the border, envoy tells ministers",
       "Envoy Jane Doe visiting Oslo, Norway, on June 3, 2025. PHOTO: HARBOUR GAZETTE", PROSE],
      "Now is the moment to settle the border, envoy tells ministers"),
     (["Talks resume in Vienna as both sides trade prisoners", "Delegates arrive in Vienna on Monday. Photo: Harbour Gazette", PROSE],
      "Talks resume in Vienna as both sides trade prisoners")],
)
def test_a_headline_over_the_lead_picture_stays_the_headline(lines, title):
    assert _text_page("\n".join(lines), TODAY).title == title


@pytest.mark.parametrize(
    "line, caption",
    [("Minister Tomas Ek and envoy Jane Doe in Oslo, Norway, June 3, 2025.", True),
     ("Delegates at the Palace of Nations in Geneva, Switzerland, 4 June 2025", True),
     ("Photo: Minister Tomas Ek and envoy Jane Doe at the U.S. embassy in Oslo, Norway, after the second round of talks there", True),
     ("The memorandum was signed in Oslo, June 3, 2025.", False),
     ("Officials met in Oslo, Norway, June 3, 2025, the ministry said.", False)],
)
def test_a_picture_placed_and_dated_without_on_is_a_caption(line, caption):
    from zopa.ingest.clean import is_caption

    assert is_caption(line) is caption


@pytest.mark.parametrize("line", ["If you value our journalism, please support the Harbour Gazette.", "Advertising", "Voiced by AI",
                                  "AI-generated audio", "Play audio"])
def test_appeals_ads_and_audio_notices_are_furniture(line):
    from zopa.ingest.clean import is_furniture

    assert is_furniture(line)


def test_section_labels_between_paragraphs_are_dropped():
    from zopa.ingest.clean import clean_body

    text = clean_body([PROSE, "Europe", "World › Diplomacy", "Envoys said talks would go on in Oslo next week, officials added on Friday."]).text
    assert "Europe" not in text and "Diplomacy" not in text and "Oslo next week" in text


@pytest.mark.parametrize(
    "line, wire",
    [("Reporting by Jane Doe in Oslo; Editing by Li Wen", "Reuters"),
     ("(Reporting by Jane Doe; Additional reporting by Tomas Ek; Editing by Li Wen)", "Reuters"),
     ("bur-jd/lb", "AFP"), ("sst/jj", "AFP"),
     ("--With assistance from Jane Doe and Tomas Ek.", "Bloomberg"),
     ("Follow AP's coverage of the talks at https://apnews.example/hub/talks", "Associated Press"),
     ("and/or", None), ("he/she", None), ("Reporting by Jane Doe", None)],
)
def test_house_credits_name_their_wire(line, wire):
    from zopa.ingest.lexicon import house_credit

    assert house_credit(line) == wire


def test_a_page_closing_on_a_house_credit_is_that_wire_and_the_credit_leaves_the_body():
    page = _text_page("\n".join(["Envoys agree to keep talking", PROSE, "Reporting by Jane Doe; Editing by Li Wen"]), TODAY)
    assert page.original == "Reuters" and "Editing by" not in page.text


@pytest.mark.parametrize(
    "line, wire",
    [("Associated Press writer Jane Doe in Kyiv contributed to this report.", "Associated Press"),
     ("Published by Reuters", "Reuters"), ("Reuters News Agency", "Reuters")],
)
def test_more_credit_lines_name_the_wire(line, wire):
    assert credited_wire(line) == wire


@pytest.mark.parametrize(
    "sentence, wire",
    [("An AFP journalist saw smoke rising over the port after the strike.", "AFP"),
     ("Reuters reporters who visited the town counted a dozen damaged houses.", "Reuters"),
     ("Reuters has not independently verified the account given by the governor.", "Reuters"),
     ("An AFP journalist said the talks were tense, according to AFP.", "Harbour Gazette")],
)
def test_a_wire_whose_people_are_at_the_scene_is_the_source(sentence, wire):
    body = [PROSE, sentence]
    assert original_source(["Envoys agree on prisoner exchange", *body], body, "Harbour Gazette", rehost=False) == wire


@pytest.mark.parametrize(
    "line",
    ["The talks ended without a joint statement on Monday, a senior official who attended them told AFP.",
     "Both delegations want the exchange done before winter, an adviser to the minister told Sputnik.",
     "The envoys spent the evening at the hotel by the outdoor pool.",
     "The talks would go on next week in a neutral country, the envoy said. — AFP"],
)
def test_a_sentence_that_ends_on_an_agency_or_credit_word_as_its_object_is_kept(line):
    from zopa.ingest.clean import clean_body, is_caption

    assert not is_caption(line)
    assert line in clean_body([PROSE, line]).text


@pytest.mark.parametrize(
    "line",
    ["Envoys arrive for the second round of talks in Vell on Monday. Getty Images",
     "The delegation head speaks to reporters after the talks (Shutterstock)",
     "The minister walks to the talks venue in Vell, Jane Doe/Getty",
     "Jane Doe, AFP"],
)
def test_an_agency_closing_a_caption_after_punctuation_or_a_name_is_a_photo_credit(line):
    from zopa.ingest.clean import is_caption

    assert is_caption(line)


@pytest.mark.parametrize(
    "marker, not_marker",
    [("Related:", "Relatedly, talks go on"), ("More in Europe", "More intense shelling overnight")],
)
def test_a_teaser_marker_is_a_whole_word_at_the_line_start(marker, not_marker):
    from zopa.ingest.clean import clean_body, teaser_marker

    assert teaser_marker(marker) is not None and teaser_marker(not_marker) is None
    out = clean_body([PROSE, marker, "Envoys meet in Vell again", "Kremlin rejects the plan", MORE_PROSE]).text
    assert "Envoys meet in Vell again" not in out and MORE_PROSE in out


