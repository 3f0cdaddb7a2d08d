"""Page layouts met on regional rehosts, aggregators and state media, each rule on made-up pages: an aggregator's
'via <wire>' line, a standfirst in sentence case, a masthead right above the headline, short headlines in
capitals, cookie notices, dates in more spellings and places (a stamp
under the story, a masthead's day over an earlier dateline, a slashed date settled by the dateline)."""
from __future__ import annotations

import datetime as dt

import pytest

from zopa.ingest.clean import is_caps_headline, is_furniture, is_headline_like, is_standfirst, join_split_headline
from zopa.ingest.dates import find_dates, is_date_line, slashed_readings

from .pages import HEADLINE, MORE, PROSE, page


# --- an aggregator's line for the story ---------------------------------------------------------


@pytest.mark.parametrize("credit, wire", [("via Reuters · 2d", "Reuters"), ("via AFP | 3 hours ago", "AFP"),
                                          ("via The Associated Press · June 2, 2025", "Associated Press")])
def test_an_aggregators_via_line_credits_the_wire_and_is_no_part_of_the_headline(credit, wire):
    lines = ["Harbour News Digest", "Envoys from Ostland and Vell agree to meet again in Tarn", credit, "By Anna Berg", PROSE, MORE]
    assert join_split_headline(lines)[1] == lines[1]
    p = page(*lines)
    assert p.title == "Envoys from Ostland and Vell agree to meet again in Tarn"
    assert p.original == wire


def test_a_headline_cut_in_two_is_still_joined():
    lines = ["Envoys from Ostland and Vell agree to keep talking", "about a prisoner exchange", PROSE, MORE]
    assert join_split_headline(lines)[0] == "Envoys from Ostland and Vell agree to keep talking about a prisoner exchange"


# --- a standfirst in sentence case ---------------------------------------------------------------


@pytest.mark.parametrize("standfirst", ["Any deal that rewards the invasion of Vell will invite the next one",
                                        "The two delegations are to meet again after consulting their capitals"])
def test_a_sentence_case_standfirst_under_the_headline_stays_in_the_body(standfirst):
    assert is_standfirst(standfirst)
    p = page("Opinion", HEADLINE, standfirst, "By Anna Berg", "June 2, 2025", PROSE, MORE)
    assert p.title == HEADLINE
    assert standfirst in p.text and PROSE in p.text


@pytest.mark.parametrize("line", ["Envoys From Ostland And Vell Agree To Meet Again In Tarn",   # title case: a headline
                                  "Home | News | World | Business | Opinion | Sport",              # a menu
                                  "Short line here"])
def test_what_is_no_standfirst(line):
    assert not is_standfirst(line)


# --- a masthead right above the headline ---------------------------------------------------------


@pytest.mark.parametrize("masthead", ["The Harbour Observer", "TARN VALLEY GAZETTE", "The Ostland Times"])
def test_a_site_name_right_above_the_headline_is_no_headline(masthead):
    p = page("We use cookies to personalise content and ads and to analyse our traffic. By continuing to use this site "
             "you agree to our use of cookies.", "Accept", masthead, HEADLINE, "June 27, 2025 | Tarn", PROSE, MORE)
    assert p.title == HEADLINE
    assert "cookies" not in p.text


def test_a_headline_that_names_a_paper_is_kept_when_nothing_follows():
    p = page("Harbour Times Reporters Win Press Award", "June 27, 2025", PROSE, MORE)
    assert p.title == "Harbour Times Reporters Win Press Award"


# --- short headlines in capitals -----------------------------------------------


@pytest.mark.parametrize("headline", ["OSTLAND REJECTS TRUCE PLAN", "VELL ENVOYS QUIT TALKS"])
def test_a_short_headline_in_capitals(headline):
    assert is_caps_headline(headline) and not is_headline_like(headline)
    p = page("THE TARN DISPATCH", headline, "March 13, 2025", "By Anna Berg", PROSE, MORE)
    assert p.title == headline
    assert p.published == dt.date(2025, 3, 13)


@pytest.mark.parametrize("line", ["WORLD NEWS", "TARN VALLEY GAZETTE", "READ MORE ON THIS"])
def test_short_capitals_that_are_labels_or_names_are_no_headline(line):
    p = page(line, "March 13, 2025", PROSE, MORE)
    assert p.title is None


def test_a_sentence_closed_inside_its_quote_is_still_no_headline():
    assert not is_headline_like("The envoy said they were “ready to meet again.”")


# --- cookie notices and comment prompts -----------------------------------------------------------


@pytest.mark.parametrize("line", ["Cookie settings: We use cookies to improve your experience. Accept all",
                                  "We and our partners use cookies to store and access information on your device. "
                                  "By clicking accept you consent to the processing of your data for personalised ads and content.",
                                  "Comments are closed.", "Commenting has been disabled for this article"])
def test_cookie_notices_and_closed_comments_are_furniture(line):
    assert is_furniture(line)
    p = page(HEADLINE, "June 2, 2025", PROSE, line, MORE)
    assert line not in p.text and PROSE in p.text and MORE in p.text


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("line, date", [("Updated 21:15, 17-May-2023", dt.date(2023, 5, 17)), ("2023.05.17 10:15", dt.date(2023, 5, 17)),
                                        ("2025年3月4日", dt.date(2025, 3, 4)), ("02-Jun-2025", dt.date(2025, 6, 2))])
def test_more_spellings_of_a_date(line, date):
    assert find_dates(line)[0].date == date and is_date_line(line)
    p = page(HEADLINE, line, PROSE, MORE)
    assert p.published == date


@pytest.mark.parametrize("line", ["Version 2023.1.4 of the app", "v2023.05.17.1"])
def test_version_numbers_are_no_dates(line):
    assert not find_dates(line)


@pytest.mark.parametrize("stamp, date", [("Posted on 16/05/2025", dt.date(2025, 5, 16)), ("Published: June 2, 2025", dt.date(2025, 6, 2))])
def test_a_labelled_stamp_under_the_story_dates_it_when_the_header_does_not(stamp, date):
    p = page("Home / World / Europe", HEADLINE, PROSE, MORE, stamp, "Comments are closed.")
    assert p.published == date and stamp not in p.text


def test_a_date_under_the_story_without_a_label_does_not_date_it():
    p = page(HEADLINE, PROSE, MORE, "Envoys meet again", "June 2, 2025")
    assert p.published is None


@pytest.mark.parametrize("masthead, dateline, date", [
    ("Tuesday, November 25, 2025", "TARN, Nov 24 (Reuters) - ", dt.date(2025, 11, 24)),
    ("Monday, 3 March 2025", "VELL, March 1 (AFP) - ", dt.date(2025, 3, 1))])
def test_a_mastheads_day_over_an_earlier_dateline_gives_the_datelines_day(masthead, dateline, date):
    p = page("Harbour Tribune", masthead, HEADLINE, dateline + PROSE, MORE)
    assert p.published == date and p.page_date is not None and p.page_date != date


def test_a_masthead_day_over_a_dateline_of_the_same_day_is_kept():
    p = page("Harbour Tribune", "Tuesday, November 25, 2025", HEADLINE, "TARN, Nov 25 (Reuters) - " + PROSE, MORE)
    assert p.published == dt.date(2025, 11, 25)


def test_a_plain_date_above_the_headline_is_not_moved_by_the_dateline():
    p = page("Harbour Tribune", "November 25, 2025", HEADLINE, "TARN, Nov 24 (Reuters) - " + PROSE, MORE)
    assert p.published == dt.date(2025, 11, 25)


@pytest.mark.parametrize("slashed, dateline, date", [("06/12/2025", "TARN, June 12 (Reuters) - ", dt.date(2025, 6, 12)),
                                                     ("06/12/2025", "TARN, 6 December (AFP) - ", dt.date(2025, 12, 6))])
def test_a_slashed_date_that_reads_either_way_is_settled_by_the_dateline(slashed, dateline, date):
    assert slashed_readings(slashed) == [(dt.date(2025, 12, 6), dt.date(2025, 6, 12))]
    p = page("Harbour Tribune", HEADLINE, slashed, dateline + PROSE, MORE)
    assert p.published == date


def test_a_slashed_date_that_reads_either_way_stays_unknown_without_a_dateline():
    p = page("Harbour Tribune", HEADLINE, "05/09/2025", PROSE, MORE)
    assert p.published is None


# --- stamps, topic lists, accessibility links and the site's pleas ---------------------------------


@pytest.mark.parametrize("stamp", ["Harbour Desk / HARBOUR.EXAMPLE / Updated: Dec 3, 2025, 08:12 IST",
                                   "World News | Tarn Press Agency | Updated: June 2, 2025 10:12 pm"])
def test_a_stamp_of_who_and_when_above_the_headline_is_no_headline(stamp):
    from zopa.ingest.metadata import is_stamp

    assert is_stamp(stamp)
    p = page(stamp, HEADLINE, "Share", PROSE, MORE)
    assert p.title == HEADLINE and p.published is not None


def test_a_headline_with_a_date_after_a_dash_is_no_stamp():
    from zopa.ingest.metadata import is_stamp

    assert not is_stamp("Envoys from Ostland and Vell agree to meet again in Tarn - June 2, 2025")


@pytest.mark.parametrize("line", ["Go to accessibility shortcuts", "Skip to main content", "Get the latest news updates on Harbour Times",
                                  "Read all the latest stories at harbourtimes.example"])
def test_accessibility_links_and_pleas_to_read_the_site_are_furniture(line):
    assert is_furniture(line)


def test_a_topic_list_under_explore_more_is_dropped():
    p = page(HEADLINE, "June 2, 2025", PROSE, MORE, "Explore more on these topics", "Ostland", "Vell")
    assert "Explore more" not in p.text and MORE in p.text and "\nOstland" not in p.text


# --- the wire in brackets closing a paragraph ------------------------------------------------------


@pytest.mark.parametrize("closing, wire", [("The two delegations agreed to meet again in Tarn. (Interfax)", "Interfax"),
                                           ("Envoys said the next round would follow within weeks. (Ukrinform).", "Ukrinform")])
def test_the_wire_in_brackets_after_a_paragraphs_last_sentence_is_its_credit(closing, wire):
    p = page("Harbour Gazette", HEADLINE, "June 2, 2025", PROSE, MORE, closing)
    assert p.original == wire


@pytest.mark.parametrize("line", ["Foreign Minister Anna Berg arrives for talks in Tarn on Monday. (Reuters)",
                                  "The talks were first reported by the state news agency (TASS)."])
def test_a_caption_with_the_wire_in_brackets_or_a_bracketed_mention_is_no_credit(line):
    p = page("Harbour Gazette", HEADLINE, line, "June 2, 2025", PROSE, MORE)
    assert p.original == "Harbour Gazette"


# --- a copy cut in the middle of a list -------------------------------------------------------------


@pytest.mark.parametrize("points", [["– To keep military aid flowing into Ostland and to keep up the pressure on Vell",
                                     "– That any lasting peace must ensure the sovereignty and security of Ostland"],
                                    ["• The envoys of both sides will meet again in Tarn within the next two weeks"]])
def test_list_points_that_open_a_page_without_a_headline_are_body(points):
    p = page(*points, PROSE, MORE)
    assert p.title is None
    for point in points:
        assert point.lstrip("–• ") in p.text
    assert PROSE in p.text


def test_list_points_under_a_teaser_marker_stay_out_of_the_body():
    p = page("Most read", "• The envoys of both sides will meet again in Tarn within the next two weeks", PROSE, MORE)
    assert "envoys of both sides will meet again" not in p.text and PROSE in p.text


# --- a yearless date on a page that names its year -----------------------------------------------


@pytest.mark.parametrize("month_day, weekday, mentioned, expected", [
    ((2, 11), 0, 2026, dt.date(2026, 2, 11)),    # the lead's Monday is not 11 February 2026 (a Wednesday): the page's year wins
    ((2, 10), 1, 2025, dt.date(2026, 2, 10)),    # a Tuesday the year after the year mentioned ('since 2025')
    ((3, 18), 1, 2025, dt.date(2025, 3, 18))])   # the weekday agrees with the year mentioned
def test_a_weekday_only_chooses_between_the_year_a_page_mentions_and_the_next(month_day, weekday, mentioned, expected):
    from zopa.ingest.dates import place_yearless

    assert place_yearless(*month_day, dt.date(2026, 3, 1), weekday=weekday, mentioned=mentioned) == expected


def test_a_dateline_without_a_year_takes_the_copyrights_year_over_the_leads_weekday():
    p = page("Harbour Daily", HEADLINE, "TARN, Feb 11 (Reuters) - " + PROSE, MORE, "© 2026 Harbour Daily")
    assert p.published == dt.date(2026, 2, 11)


# --- comment forms, consent banners, prompts and appeals ---------------------------------------------


@pytest.mark.parametrize("line", ["Save my name, email, and website in this browser for the next time I comment.", "Website", "Name *",
                                  "We value your privacy", "Allow all cookies", "Necessary cookies only",
                                  "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
                                  "What do you think? Share your opinion in the comments below.", "Tell us your views in the comments",
                                  "Do you have a news tip? Email us.", "Tap here to follow our WhatsApp channel",
                                  "About the author", "More by Anna Berg", "Never miss a story", "Stay informed with Harbour Daily",
                                  "Updated", "See all", "Written by Anna Berg; edited by Olaf Lund"])
def test_comment_forms_consent_banners_prompts_and_appeals_are_furniture(line):
    assert is_furniture(line)
    p = page(HEADLINE, "June 2, 2025", PROSE, line, MORE)
    assert line not in p.text.split("\n\n") and PROSE in p.text and MORE in p.text


@pytest.mark.parametrize("line", ["What do you think the envoys will agree in Tarn next week, and will Vell accept it?",
                                  "Anna Berg said the envoys would share their views with the press after the talks."])
def test_questions_and_sentences_that_look_like_prompts_are_kept(line):
    assert not is_furniture(line)


# --- more credits ---------------------------------------------------------------------------------


@pytest.mark.parametrize("line, wire", [("Based on materials from TASS", "TASS"), ("According to materials from Interfax", "Interfax"),
                                        ("Materials from Interfax were used.", "Interfax"),
                                        ("Based on reporting by TASS and RIA Novosti", "TASS")])
def test_the_wires_materials_credited_at_the_foot(line, wire):
    p = page("Harbour Daily", HEADLINE, "June 2, 2025", PROSE, MORE, line)
    assert p.original == wire


@pytest.mark.parametrize("line, wire", [("(Reuters)", "Reuters"), ("Anna Berg (AFP)", "AFP"), ("TASS Russian News Agency", "TASS")])
def test_a_wire_in_brackets_under_the_headline_is_still_a_credit(line, wire):
    p = page("Harbour Daily", HEADLINE, line, "June 2, 2025", PROSE, MORE)
    assert p.original == wire and p.title == HEADLINE


def test_a_body_sentence_citing_the_wires_materials_is_no_credit():
    p = page("Harbour Daily", HEADLINE, "June 2, 2025", "According to materials from TASS, the envoys met in Tarn on Monday and "
             "agreed to keep talking.", MORE)
    assert p.original == "Harbour Daily"


# --- site slogans and teasers above the headline ---------------------------------------------------


@pytest.mark.parametrize("top", [["Harbour Daily - Latest news from the region"], ["The Tarn Observer | News you can trust"],
                                 ["Most read", "Tarn mayor resigns over a row about the city budget"],
                                 ["Trending:", "Tarn mayor resigns over a row about the city budget"]])
def test_a_slogan_or_a_teaser_above_the_headline_is_no_headline(top):
    p = page(*top, HEADLINE, "By Anna Berg", "June 2, 2025", PROSE, MORE)
    assert p.title == HEADLINE


def test_a_headline_with_the_sites_name_before_a_dash_stays_when_it_is_the_only_one():
    p = page("Harbour Daily - Envoys agree to keep talking about a prisoner exchange", "June 2, 2025", PROSE, MORE)
    assert p.title is not None and "Envoys agree to keep talking" in p.title


@pytest.mark.parametrize("marker", ["Read more", "Most read"])
def test_a_teaser_under_a_marker_is_no_headline_even_alone(marker):
    p = page(marker, "Tarn mayor resigns over a row about the city budget", PROSE, MORE)
    assert p.title is None


@pytest.mark.parametrize("label", ["Latest", "Trending"])
def test_a_headline_under_a_label_that_is_also_a_teaser_marker_is_kept(label):
    p = page(label, HEADLINE, "June 2, 2025", PROSE, MORE)
    assert p.title == HEADLINE


# --- a byline with its day; day-month-year with hyphens -----------------------------------------------


@pytest.mark.parametrize("line", ["By Anna Berg on June 2, 2025", "By Anna Berg at 10:15, 2 June 2025"])
def test_a_byline_with_its_day_is_no_caption_and_dates_the_page(line):
    from zopa.ingest.clean import is_caption
    from zopa.ingest.metadata import parse_byline

    assert not is_caption(line) and parse_byline(line) == (["Anna Berg"], False)
    p = page(HEADLINE, line, PROSE, MORE)
    assert p.published == dt.date(2025, 6, 2) and line not in p.text


@pytest.mark.parametrize("line, date", [("15-06-2025", dt.date(2025, 6, 15)), ("06-15-2025 10:15", dt.date(2025, 6, 15))])
def test_day_and_month_with_hyphens_read_where_the_order_is_plain(line, date):
    assert find_dates(line)[0].date == date


def test_day_and_month_with_hyphens_that_read_either_way_wait_for_a_dateline():
    assert not find_dates("02-06-2025")
    p = page(HEADLINE, "02-06-2025", "TARN, June 2 (Reuters) - " + PROSE, MORE)
    assert p.published == dt.date(2025, 6, 2)


# --- short captions with their source -------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Anna Berg. Source: Ostland MFA", "Anna Berg, photographed in Tarn in June 2025",
                                  "Olaf Lund pictured at the talks in Tarn"])
def test_a_short_caption_with_its_source_or_the_word_for_the_picture_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Talks resumed in Tarn on Monday after a pause of three weeks, officials said. Source: ministry",
                                  "Anna Berg, seen in Tarn on Monday, said the talks would resume next week."])
def test_sentences_with_a_source_or_a_seen_clause_are_kept(line):
    assert not is_furniture(line)
    assert line in page(HEADLINE, "June 2, 2025", PROSE, line, MORE).text


@pytest.mark.parametrize("dateline, wire", [("TARN — (RFE/RL) ", "Radio Free Europe/Radio Liberty"), ("TARN, June 2 (WAM/Reuters) - ", "WAM")])
def test_a_dateline_wire_with_a_slash_in_its_name_is_one_wire(dateline, wire):
    p = page("Harbour Daily", HEADLINE, "June 2, 2025", dateline + PROSE, MORE)
    assert p.original == wire


# --- an update line above the publication line ---------------------------------------------------------


@pytest.mark.parametrize("lines", [["Updated June 3, 2025", "Published June 2, 2025"],
                                   ["Last updated: June 3, 2025", "First published: June 2, 2025"],
                                   ["Modified: June 3, 2025", "Published: June 2, 2025"]])
def test_the_publication_line_wins_over_an_update_line_above_it(lines):
    p = page("Harbour Daily", HEADLINE, *lines, PROSE, MORE)
    assert p.published == dt.date(2025, 6, 2)


def test_an_update_line_alone_still_dates_the_page():
    p = page("Harbour Daily", HEADLINE, "Updated June 3, 2025", PROSE, MORE)
    assert p.published == dt.date(2025, 6, 3)


# --- feed stamps, discussion and feedback widgets, closing appeals, agency notes ---------------------------


@pytest.mark.parametrize("line", ["• 2d • 3 min read", "5h · 4 min read", "To participate in the discussion log in or register",
                                  "Was this article helpful? Yes No",
                                  "We have worked hard to bring you news from Tarn. Consider supporting the Harbour Daily.",
                                  "Please consider subscribing to Harbour Daily",
                                  "Tarn Agency website contains only a portion of the news stories offered to subscribers."])
def test_feed_stamps_widgets_appeals_and_agency_notes_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Officials said they would consider supporting the plan if Vell agreed.",
                                  "The envoys took part in the discussion in Tarn for three hours on Monday."])
def test_sentences_about_support_and_discussion_are_kept(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("credit", ["Story by Anna Berg", "Article by Anna Berg"])
def test_a_story_by_line_is_a_byline_and_no_headline(credit):
    from zopa.ingest.metadata import parse_byline

    assert parse_byline(credit) == (["Anna Berg"], False)
    p = page(credit, "Envoys from Ostland and Vell agree to meet again in Tarn after talks", "• 2d • 3 min read", PROSE, MORE)
    assert p.title == "Envoys from Ostland and Vell agree to meet again in Tarn after talks"
    assert "3 min read" not in p.text


def test_an_agencys_name_in_its_own_language_is_that_agency():
    p = page("Anadolu Ajansı", "Europe", HEADLINE, "23.05.2025", PROSE, MORE)
    assert p.original == "Anadolu Agency"
