"""Page-dump rules on made-up inputs: furniture written twice in a row, a stamp's label without its time, the heading
of a list of links to other coverage, a writer's name label, a teaser heading under the headline, a line of date and
place over the story, an unlabelled stamp closing the story, the day a lead's weekday names in the week of the lead
picture's caption, and a byline run into its wire's name."""
from __future__ import annotations

import datetime as dt

import pytest

from zopa.ingest.clean import is_furniture, join_split_headline
from zopa.ingest.metadata import glued_wire, is_dated_place, parse_byline

from .pages import HEADLINE, MORE, PROSE, page

# --- furniture ------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Skip to contentSkip to content", "Advertisement Advertisement",
                                  "Share this articleShare this article", "newsletters Newsletters"])
def test_a_furniture_phrase_written_twice_in_a_row_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Envoys meet againEnvoys meet again", "Tarn Tarn", "Talks resume in Vell Talks resume in Vell"])
def test_a_doubled_line_that_is_no_furniture_stays(line):
    assert not is_furniture(line)


def test_a_doubled_skip_link_is_no_headline():
    p = page("Skip to contentSkip to content", HEADLINE, "", PROSE, MORE)
    assert p.title == HEADLINE


@pytest.mark.parametrize("line", ["• Updated", "Published:", "Last updated", "| Posted"])
def test_a_stamps_label_without_its_time_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["The latest Ostland-Vell developments:", "The latest on the Tarn talks:", "Latest news:"])
def test_the_heading_of_a_list_of_other_coverage_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Updated figures were released on Monday by the statistics office in Tarn.",
                                  "The latest figures show that exports rose by a third in the first quarter.",
                                  "The latest round of talks:"])
def test_sentences_that_open_on_the_same_words_stay(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", ["Author's name: Editorial Team", "Author`s name: Jane Doe", "Writer’s name: News Desk"])
def test_a_writers_name_label_is_furniture(line):
    assert is_furniture(line)


def test_the_name_label_under_a_story_is_dropped():
    p = page(HEADLINE, "", PROSE, MORE, "", "Author`s name: Editorial Team")
    assert "Author" not in p.text


# --- headlines --------------------------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["related news", "read more", "see also"])
def test_a_teaser_heading_in_lower_case_under_the_headline_does_not_run_on_from_it(marker):
    p = page(HEADLINE, "", marker, "", PROSE, MORE)
    assert p.title == HEADLINE


@pytest.mark.parametrize("line", ["16 June Tarn, Ostland", "09:21 3 March Vell, Ostland", "Tarn, Ostland, 3 March 2024 14:05",
                                  "Vell, North Ostland | June 3, 2024"])
def test_a_line_of_date_and_place_is_a_dated_place(line):
    assert is_dated_place(line)


@pytest.mark.parametrize("line", ["June 16 Deadline Looms", "Tarn, Ostland", "3 March 2024", HEADLINE,
                                  "Envoys meet in Tarn, Ostland on 3 March"])
def test_a_headline_or_a_bare_date_or_place_is_no_dated_place(line):
    assert not is_dated_place(line)


def test_a_line_of_date_and_place_over_the_story_is_no_headline():
    assert page("09:21 3 March Vell, Ostland", "", PROSE, MORE).title is None
    assert page("Tarn, Ostland, 3 March 2024", HEADLINE, "", PROSE, MORE).title == HEADLINE


# --- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("stamp, day", [("2025-06-02 14:05:33", dt.date(2025, 6, 2)), ("June 2, 2025 10:14 am", dt.date(2025, 6, 2))])
def test_an_unlabelled_stamp_with_its_time_right_under_the_story_dates_it(stamp, day):
    p = page(HEADLINE, "", PROSE, "", MORE, "", stamp, "#talks #tarn", "", "Leave a Comment")
    assert p.published == day
    assert stamp not in p.text


def test_a_date_under_the_story_without_a_time_or_under_a_teaser_does_not_date_it():
    assert page(HEADLINE, "", PROSE, MORE, "", "June 2, 2025").published is None
    assert page(HEADLINE, "", PROSE, MORE, "", "Tarn mayor resigns", "June 2, 2025 10:14").published is None


THURSDAY_LEAD = ("Envoys from the two governments met in Tarn on Thursday and agreed to keep talking about a prisoner "
                 "exchange, officials from both sides said afterwards.")
MONDAY_LEAD = PROSE    # '... met in a border town on Monday ...'


@pytest.mark.parametrize(
    "caption, lead, day",
    [("The foreign minister arrives for talks in Tarn, Ostland, March 8, 2022. REUTERS/Jane Doe", THURSDAY_LEAD, dt.date(2022, 3, 10)),
     ("Envoys shake hands in Vell, Ostland, November 14, 2022. (AP Photo/Jane Doe)", MONDAY_LEAD, dt.date(2022, 11, 14))],
)
def test_the_leads_weekday_in_the_week_of_the_lead_pictures_date_dates_an_undated_page(caption, lead, day):
    p = page(HEADLINE, "", caption, "", lead, "", MORE)
    assert p.published == day


def test_an_old_picture_or_a_lead_without_a_weekday_does_not_date_the_page():
    old = "FILE - Envoys shake hands in Vell, Ostland, November 14, 2022."
    assert page(HEADLINE, "", old, "", MONDAY_LEAD, "", MORE).published is None
    caption = "Envoys shake hands in Vell, Ostland, November 14, 2022. (AP Photo/Jane Doe)"
    assert page(HEADLINE, "", caption, "", MORE, "", MORE).published is None


# --- sources ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("line, names, wire", [("Jane DoeReuters", ["Jane Doe"], "Reuters"),
                                               ("Jane Doe and Ann LeeAFP", ["Jane Doe", "Ann Lee"], "AFP")])
def test_a_byline_run_into_its_wires_name_is_a_byline_and_names_the_wire(line, names, wire):
    assert glued_wire(line) == (line[: -len(wire)], wire)
    assert parse_byline(line) == (names, False)
    p = page(HEADLINE, "", line, "", PROSE, MORE)
    assert p.original == wire
    assert line not in p.text


@pytest.mark.parametrize("line", ["Jane McDonald", "Jane DoeHarbour", "JANE DOEAFP", "Envoys meet in TarnReuters today"])
def test_a_name_without_a_wire_run_into_it_is_no_glued_credit(line):
    assert glued_wire(line) is None


NARRATED = ("The Harbour Post reports the two delegations are among the few that still talk, but the blockade of the "
            "port has cut the trade between them to a sixth of what it was.")


@pytest.mark.parametrize("second, source", [
    (NARRATED, "Harbour Post"),
    ("Al-jazeera reports that the two delegations are among the few that still talk, though the blockade of the port "
     "has cut their trade to a sixth of what it was.", "Al Jazeera"),
])
def test_a_second_paragraph_that_narrates_the_story_as_another_outlets_names_it(second, source):
    p = page("", PROSE, second, MORE)
    assert p.original == source


def test_a_second_paragraph_that_cites_another_outlet_in_the_past_names_no_source():
    cited = ("Axios reported that the two delegations are among the few that still talk, though the blockade of the port "
             "has cut their trade to a sixth of what it was.")
    assert page("", PROSE, cited, MORE).original is None
    assert page("", PROSE, MORE, NARRATED).original is None     # the third paragraph: no narration of the whole story


@pytest.mark.parametrize("line", ["EN RU FR PT", "UA EN", "DE · FR · EN"])
def test_a_language_switcher_is_furniture_and_no_masthead(line):
    assert is_furniture(line)
    p = page(line, HEADLINE, "", PROSE, MORE)
    assert p.outlet is None and p.title == HEADLINE


@pytest.mark.parametrize("line", ["US UK", "en ru", "EU"])
def test_capitals_that_are_no_language_codes_are_no_switcher(line):
    assert not is_furniture(line)


# --- the body's start ---------------------------------------------------------------------------------

LEAD_WITHOUT_STOP = ("Today, as part of the so-called peace mission to end the war between Ostland and Vell, the envoys of six "
                     "countries will meet the leaders of both sides in Tarn")     # too long for a headline, too short for prose


@pytest.mark.parametrize("top", [(), ("09:21 3 March Tarn, Ostland", ""), ("EN RU FR PT", "")])
def test_a_lead_that_lost_its_full_stop_right_above_the_first_paragraph_is_kept(top):
    p = page(*top, LEAD_WITHOUT_STOP, "", PROSE, MORE)
    assert p.title is None
    assert p.text.startswith(LEAD_WITHOUT_STOP)


def test_a_caption_right_above_the_first_paragraph_is_no_lead():
    caption = ("FILE - The foreign ministers of Ostland and Vell shake hands before their talks in Tarn, in a picture taken on "
               "the first day of the previous round of the negotiations")
    p = page(caption, "", PROSE, MORE)
    assert caption not in p.text


def test_a_long_line_under_a_teaser_marker_is_no_lead():
    p = page("Most read", LEAD_WITHOUT_STOP, "", PROSE, MORE)
    assert LEAD_WITHOUT_STOP not in p.text and PROSE in p.text


# --- a dateline's place is no wire -------------------------------------------------------------------


@pytest.mark.parametrize("opening", ["(NEW TARN) — ", "(OSTGRAD) -- "])
def test_a_place_in_brackets_opening_the_story_is_no_wire(opening):
    p = page(HEADLINE, "", opening + PROSE, MORE)
    assert p.original is None


@pytest.mark.parametrize("opening, wire", [("(AFP) — ", "AFP"), ("(Harbour Press) — ", "Harbour Press")])
def test_a_wire_in_brackets_opening_the_story_still_names_it(opening, wire):
    assert page(HEADLINE, "", opening + PROSE, MORE).original == wire


@pytest.mark.parametrize("opening", ["TARN/VELL/OSTGRAD/VELL - ", "PARIS/TARN/LONDON/TARN - "])
def test_places_joined_by_slashes_name_no_wire(opening):
    assert page(HEADLINE, "", opening + PROSE, MORE).original is None
    assert page(HEADLINE, "By Xinhua", "", opening + PROSE, MORE).original == "Xinhua"


def test_a_wire_between_slashes_after_one_place_still_names_it():
    assert page(HEADLINE, "", "TARN, June 2. /Harbour Press/. " + PROSE, MORE).original == "Harbour Press"


# --- a masthead's day and its page builder's leftovers -----------------------------------------------


@pytest.mark.parametrize("day, fragment", [("Monday, June 9, 2025", "spot_img"), ("2 June 2025", "ostland edition")])
def test_a_date_line_is_no_first_half_of_a_split_headline(day, fragment):
    lines = [day, fragment, "", HEADLINE, "", PROSE]
    assert join_split_headline(lines) == lines


@pytest.mark.parametrize("line", ["spot_img", "spot_imgspot_img", "icon-facebook icon-twitter icon-whatsapp", "icon-print"])
def test_a_page_builders_placeholders_and_icon_names_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("opening, day", [("TARN, June 6 (Harbour Press) - ", dt.date(2025, 6, 6)),
                                          ("VELL, June 8 – ", dt.date(2025, 6, 8))])
def test_on_a_page_without_a_headline_the_masthead_day_gives_way_to_the_datelines_earlier_day(opening, day):
    p = page("Monday, June 9, 2025", "spot_imgspot_img", "", opening + PROSE, MORE)
    assert p.title is None
    assert p.published == day


@pytest.mark.parametrize("line, names", [("Jane Doe, Ann Lee Published 04.12.25, 07:06 AM", ["Jane Doe", "Ann Lee"]),
                                         ("Jane Doe 2025-06-02", ["Jane Doe"]),
                                         ("Jane Doe and Ann Lee Updated 02/06/2025 10:15", ["Jane Doe", "Ann Lee"])])
def test_a_byline_with_a_numeric_date_run_on_is_a_byline(line, names):
    assert parse_byline(line) == (names, False)
    p = page(HEADLINE, "", line, "", PROSE, MORE)
    assert line not in p.text


@pytest.mark.parametrize("line", ["No votes yet.", "Rate this article", "Join Harbour Times Whatsapp group", "Join our Telegram channel",
                                  "Follow topic:"])
def test_rating_widgets_messenger_group_prompts_and_topic_buttons_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Join the talks in Tarn, the envoy urged the two delegations on Monday.",
                                  "No votes were cast in the assembly before the recess."])
def test_sentences_that_open_on_those_words_stay(line):
    assert not is_furniture(line)
