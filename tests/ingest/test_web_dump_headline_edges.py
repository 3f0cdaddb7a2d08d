"""More of what a page dump shows above its story, each rule on made-up inputs: a menu bar in capitals, breadcrumbs
run on to the headline, a wire's name run on after a dash, a place with a month, a headline in title case that ends
on its place, a day in figures opening the story, a caption's day older than the story, and an outlet named by its
site run together."""
from __future__ import annotations

import datetime as dt

import pytest

from zopa.ingest import same_source
from zopa.ingest.clean import is_nav_menu, is_picture_description, strip_glued_crumbs
from zopa.ingest.metadata import is_dated_place, split_site_suffix
from zopa.ingest.pipeline import _text_page

from .pages import HEADLINE, MORE, PROSE, TODAY


def _page(*lines: str, url: str | None = None):
    return _text_page("\n".join(lines), TODAY, url)


@pytest.mark.parametrize("line", ["HOME NEWS BUSINESS SPORTS VIDEO", "HOME WORLD OPINION CULTURE PODCASTS E-PAPER"])
def test_a_menu_bar_in_capitals_from_home_is_a_menu_not_the_headline(line):
    assert is_nav_menu(line)
    page = _page(line, HEADLINE, "", PROSE, MORE)
    assert page.title == HEADLINE


@pytest.mark.parametrize("line", ["HOME SECRETARY MEETS ENVOYS", "Home news from Vell"])
def test_a_headline_that_opens_on_home_is_no_menu(line):
    assert not is_nav_menu(line)


@pytest.mark.parametrize("line, title", [
    ("HomeWorld" + HEADLINE, HEADLINE),
    ("HomeNewsEuropeTarn talks end without a deal", "Tarn talks end without a deal"),
])
def test_breadcrumbs_run_on_to_the_headline_are_cut_from_it(line, title):
    assert strip_glued_crumbs(line) == title
    assert _page(line, "", PROSE, MORE).title == title


@pytest.mark.parametrize("line", ["Homeland security talks resume in Tarn", "Home Office rejects the envoys' plan"])
def test_a_headline_that_starts_with_home_keeps_its_words(line):
    assert strip_glued_crumbs(line) == line


@pytest.mark.parametrize("line, head, site", [
    (HEADLINE + "-Xinhua", HEADLINE, "Xinhua"),
    ("Tarn and Vell agree to a second round of talks in May—Reuters", "Tarn and Vell agree to a second round of talks in May",
     "Reuters"),
])
def test_a_wire_run_on_to_the_headline_after_a_dash_is_its_site(line, head, site):
    assert split_site_suffix(line) == (head, site)


@pytest.mark.parametrize("line", ["Tarn-Vell talks end in a deal on grain", "Envoys agree on a cease-fire"])
def test_a_dash_inside_a_headline_names_no_site(line):
    assert split_site_suffix(line) == (line, None)


@pytest.mark.parametrize("line", ["Vell D.C., October 2025", "Harbour City, March 2024"])
def test_a_place_with_a_month_is_a_stamp_not_the_headline(line):
    assert is_dated_place(line)
    page = _page(HEADLINE, "", "A standfirst that sums the story up in a line.", "", line, "", PROSE, MORE)
    assert page.title == HEADLINE


@pytest.mark.parametrize("line", ["Envoys Postpone Planned Tarn–Vell Summit in Brum", "Ostland Parliament Rejects Peace Framework in Tarn"])
def test_a_headline_in_title_case_that_ends_on_its_place_is_no_picture_description(line):
    assert not is_picture_description(line)
    assert _page(line, "", PROSE, MORE).title == line


@pytest.mark.parametrize("line", ["Ostland President Jane Doe and Vell Prime Minister John Roe in Brum",
                                  "Ostland Foreign Minister Jane Doe at Harbour Palace"])
def test_people_named_with_their_office_at_a_place_stay_a_picture_description(line):
    assert is_picture_description(line)


@pytest.mark.parametrize("lead, day", [
    ("Brum 28.02.2022 " + PROSE, dt.date(2022, 2, 28)),
    ("Tarn, 3.5.2024 " + PROSE, dt.date(2024, 5, 3)),
])
def test_a_day_in_figures_opening_the_story_dates_it(lead, day):
    assert _page(HEADLINE, "", lead, MORE).published == day


@pytest.mark.parametrize("lead", [
    "Envoys of Ostland and Vell met on Tuesday for the first time since 2022 and agreed to talk again.",
    "On Tuesday the envoys spoke by phone, their first call since the talks broke down in 2023.",
])
def test_a_caption_older_than_a_year_the_story_names_gives_no_date(lead):
    caption = "Jane Doe and John Roe at a summit in Brum, Ostland, 9 December 2019. Photo: HARBOUR PRESS/JANE ROE"
    assert _page(HEADLINE, "", caption, lead, MORE).published is None


def test_a_caption_of_the_event_still_dates_the_story_by_its_weekday():
    caption = "Jane Doe and John Roe at a summit in Brum, Ostland, 9 December 2025. Photo: HARBOUR PRESS/JANE ROE"
    lead = "Envoys of Ostland and Vell met on Tuesday and agreed to talk again in the new year."
    assert _page(HEADLINE, "", caption, lead, MORE).published == dt.date(2025, 12, 9)


@pytest.mark.parametrize("site, name", [("novayagazeta.eu", "Novaya Gazeta Europe"), ("harbourgazette.example", "Harbour Gazette Daily")])
def test_an_outlet_and_its_site_named_run_together_are_one_source(site, name):
    assert same_source(site, name) and same_source(name, site)


@pytest.mark.parametrize("site, name", [("dagpostasi.example", "Dağ Postası"), ("gazetalodzka.example", "Gazeta Łódzka")])
def test_letters_an_address_spells_plainly_match_the_name(site, name):
    assert same_source(site, name) and same_source(name, site)


@pytest.mark.parametrize("name, site", [("Al Jazeera English", "aljazeera.com"), ("Euronews English", "euronews.com")])
def test_a_listed_outlets_edition_is_the_outlet(name, site):
    assert same_source(name, site) and not same_source(name, "reuters.com")


@pytest.mark.parametrize("name, site", [("Harbour News Service (HNS)", "HNS"), ("The Courier (Vell)", "courier.co.vl"),
                                        ("Vell Public Radio (Radio on Air)", "radioonair.vl"), ("The Harbour SG", "theharbour.sg"),
                                        ("The Harbour Nation", "dailyharbournation.com")])
def test_a_name_with_another_in_brackets_or_a_word_an_address_adds_is_the_outlet(name, site):
    assert same_source(name, site) and same_source(site, name)


@pytest.mark.parametrize("a, b", [("The Courier (Vell)", "Vell Radio"), ("Harbour News Service (HNS)", "HNS Daily")])
def test_a_bracketed_place_or_acronym_matches_only_whole(a, b):
    assert not same_source(a, b)


@pytest.mark.parametrize("a, b", [("vell.example", "Vellington Herald"), ("AP", "APA News")])
def test_a_short_or_different_name_is_another_source(a, b):
    assert not same_source(a, b)


@pytest.mark.parametrize("line", ["Editor in chief — Jane Doe. Terms of use. Privacy policy.",
                                  "© 2025 Harbour Gazette | Privacy notice | Terms and conditions"])
def test_a_footer_run_into_one_line_is_dropped(line):
    page = _page(HEADLINE, "", PROSE, MORE, line)
    assert line not in page.text and PROSE in page.text


@pytest.mark.parametrize("lines", [
    ("Source: Harbour Wire with reference to an official; The Vell Post; Tarn Daily",),
    ("References:",),
    ("Reference(s):",),
])
def test_a_list_of_sources_under_the_story_is_dropped(lines):
    page = _page(HEADLINE, "", PROSE, MORE, *lines)
    assert all(ln not in page.text for ln in lines) and MORE in page.text


@pytest.mark.parametrize("line", ["Details", "More details"])
def test_a_link_label_for_details_is_dropped(line):
    page = _page(HEADLINE, "", PROSE, line, MORE)
    assert line not in page.text.split("\n") and MORE in page.text


@pytest.mark.parametrize("line", ["The sources said the talks would go on in Tarn on Monday.",
                                  "Details of the plan were not made public, the envoys said."])
def test_sentences_about_sources_and_details_stay(line):
    page = _page(HEADLINE, "", PROSE, line, MORE)
    assert line in page.text


@pytest.mark.parametrize("headline", ["Vell Details Their Talks with the Envoys over the Northern Sea",
                                      "Tarn And Vell Ministers Meet In The Old Harbour"])
def test_a_headline_that_capitalises_small_words_is_no_picture_description(headline):
    assert not is_picture_description(headline)
    assert _page("Skip to content", "", headline, "", PROSE, MORE).title == headline


@pytest.mark.parametrize("lead, day", [
    ("March 29, 2025 (HNS)—Envoys of Vell and Tarn met again on Monday and agreed to keep talking about an exchange.",
     dt.date(2025, 3, 29)),
    ("4 June 2025 – Envoys of Vell and Tarn met again on Monday and agreed to keep talking about an exchange.",
     dt.date(2025, 6, 4)),
])
def test_a_story_opening_on_its_full_date_and_a_dash_is_dated_by_it(lead, day):
    assert _page(HEADLINE, "", lead, MORE).published == day


def test_a_date_in_the_lead_without_a_dash_does_not_date_the_story():
    lead = "March 29, 2025 was the day envoys of Vell and Tarn first met and agreed to keep talking about an exchange."
    assert _page(HEADLINE, "", lead, MORE).published is None


@pytest.mark.parametrize("byline, day", [("By Jane Doe in Tarn December 3, 2025", dt.date(2025, 12, 3)),
                                         ("By John Roe Dec. 4, 2025", dt.date(2025, 12, 4))])
def test_a_byline_with_its_place_and_a_day_written_month_first_dates_the_story(byline, day):
    page = _page(HEADLINE, byline, "", PROSE, MORE)
    assert page.published == day and byline not in page.text


@pytest.mark.parametrize("line, day", [("December 24, 2025Harbour Report", dt.date(2025, 12, 24)),
                                       ("3 May 2024Vell Daily", dt.date(2024, 5, 3))])
def test_a_date_with_the_outlets_name_run_on_to_it_still_dates_the_story(line, day):
    assert _page(HEADLINE, "", line, "", PROSE, MORE).published == day


@pytest.mark.parametrize("menu", ["Politics Science Culture Arts Real Estate Podcast Premium Food Travel Sport",
                                  "World Business Markets Tech Health Climate Opinion Video Podcasts Newsletters Weather"])
def test_a_menu_run_together_as_capitalised_words_is_no_headline(menu):
    assert is_nav_menu(menu)
    assert _page(menu, "", HEADLINE, "", PROSE, MORE).title == HEADLINE


@pytest.mark.parametrize("headline", ["Vell Envoy Defers Tarn Meeting Amid Summit Delay",
                                      "Vell President Says Tarn Ready For Talks Over Harbour Truce Next Month Again"])
def test_a_long_title_case_headline_is_no_menu(headline):
    assert not is_nav_menu(headline)


@pytest.mark.parametrize("site", ["harbourpost.example", "news.vellherald.com"])
def test_a_web_address_under_the_headline_is_not_joined_to_it(site):
    page = _page(HEADLINE, site, "Tue, 16 Dec 2025 11:40:00 +0200", "", PROSE, MORE)
    assert page.title == HEADLINE and page.published == dt.date(2025, 12, 16)


@pytest.mark.parametrize("line, names", [("By Jane DOE", ["Jane DOE"]), ("By JOHN R. ROE", ["JOHN R. ROE"])])
def test_a_byline_with_names_in_capitals_is_a_byline(line, names):
    page = _page(HEADLINE, line, "", PROSE, MORE)
    assert list(page.byline.names) == names and line not in page.text


@pytest.mark.parametrize("line", ["Harbour Post World News", "Vell Times Daily"])
def test_a_line_of_capitalised_words_with_a_word_of_the_press_is_no_byline(line):
    page = _page(line, "", HEADLINE, "By Jane Doe", "", PROSE, MORE)
    assert list(page.byline.names) == ["Jane Doe"]


@pytest.mark.parametrize("heading", ["You might be interested", "You might also be interested"])
def test_you_might_be_interested_opens_teasers(heading):
    page = _page(HEADLINE, "", PROSE, MORE, "", heading, "Tarn mayor resigns after a row over the budget")
    assert "Tarn mayor resigns" not in page.text


@pytest.mark.parametrize("lines, url", [
    (["Envoys meet again", "", "Envoys of Vell and Tarn agree to a new round of prisoner talks", "", PROSE, MORE],
     "https://harbour.example/news/2025/06/envoys-of-vell-and-tarn-agree-to-new-round-of-prisoner-talks-48213"),
    (["Home / World / Envoys of Vell and Tarn agree to a new round of prisoner talks", "", "By Jane Doe", "", PROSE, MORE],
     "https://harbour.example/envoys-vell-tarn-agree-new-round-prisoner-talks/"),
])
def test_the_line_the_stories_address_spells_is_its_headline(lines, url):
    assert _page(*lines, url=url).title == "Envoys of Vell and Tarn agree to a new round of prisoner talks"


@pytest.mark.parametrize("url", ["https://harbour.example/news/48213", "https://harbour.example/envoys-meet/"])
def test_an_address_with_few_words_names_no_headline(url):
    assert _page(HEADLINE, "", PROSE, MORE, url=url).title == HEADLINE


def test_a_lead_that_holds_the_slugs_words_is_no_headline():
    lead = ("Envoys of Vell and Tarn agreed on Monday to a new round of prisoner talks after a week in which both sides "
            "traded accusations over the shelling of border villages and the fate of missing soldiers.")
    url = "https://harbour.example/envoys-vell-tarn-agree-new-round-prisoner-talks/"
    assert _page(HEADLINE, "", lead, MORE, url=url).title == HEADLINE


@pytest.mark.parametrize("line, day", [("Published on 12/12/25", dt.date(2025, 12, 12)), ("Posted on 28/05/25", dt.date(2025, 5, 28))])
def test_a_publication_stamp_with_a_two_figure_year_dates_the_story(line, day):
    assert _page(HEADLINE, "By Jane Doe", line, "", PROSE, MORE).published == day


@pytest.mark.parametrize("site, name", [("theharbourtimes.example", "The Harbour Times"), ("thegaze.media", "The Gaze")])
def test_a_site_that_keeps_the_names_the_is_the_outlet(site, name):
    assert same_source(site, name)


@pytest.mark.parametrize("widget", ["23.1 C", "-4,5 F"])
def test_a_temperature_without_its_degree_sign_marks_the_date_beside_it_as_the_days(widget):
    assert _page("Thursday, July 18, 2024", "", HEADLINE, "", PROSE, MORE).published == dt.date(2024, 7, 18)
    assert _page(widget, "Thursday, July 18, 2024", "", HEADLINE, "", PROSE, MORE).published is None


@pytest.mark.parametrize("line", ["Want a quick and expert briefing on the biggest stories? Listen to our latest podcast",
                                  "The article discusses the envoys' plan for a truce and what each side wants from it."])
def test_a_podcast_offer_and_a_machine_summarys_opening_are_dropped(line):
    page = _page(HEADLINE, "", PROSE, "", line, "", MORE)
    assert line not in page.text and PROSE in page.text


@pytest.mark.parametrize("verb", ["will travel to Vell on Wednesday", "is due to arrive in Vell on Wednesday"])
def test_the_weekday_of_an_event_still_to_come_does_not_place_a_yearless_dateline(verb):
    lead = f"Tarn, June 27 (Harbour Wire).- The envoy {verb}, the ministry said, after his talks in Ostland."
    assert _page(HEADLINE, "", lead, MORE).published is None
    past = f"Tarn, June 27 (Harbour Wire).- The envoy met the minister on Tuesday, the ministry said, after his talks in Ostland."
    assert _page(HEADLINE, "", past, MORE).published is not None


@pytest.mark.parametrize("url, day", [("https://harbour.example/news/2022/feb/28/envoys-meet", dt.date(2022, 2, 28)),
                                      ("https://harbour.example/2025/December/03/talks", dt.date(2025, 12, 3))])
def test_a_url_with_the_months_name_dates_a_page_that_shows_none(url, day):
    assert _page(HEADLINE, "", PROSE, MORE, url=url).published == day


@pytest.mark.parametrize("line", ["Skip next section " + HEADLINE, "Skip to main content" + HEADLINE])
def test_a_skip_link_run_on_to_the_headline_is_cut(line):
    assert _page(line, "", PROSE, MORE).title == HEADLINE


def test_a_stamp_with_the_day_first_between_dots_dates_the_story_over_the_sites_date_bar():
    page = _page("Monday, 23 December 2024", "", HEADLINE, "Published 11.04.22", "", PROSE, MORE)
    assert page.published == dt.date(2022, 4, 11)


@pytest.mark.parametrize("line", ["All posts by jdoe", "(harbour.example)"])
def test_a_writers_archive_link_and_a_site_in_brackets_are_dropped(line):
    page = _page(HEADLINE, "", PROSE, line, MORE)
    assert line not in page.text and PROSE in page.text


@pytest.mark.parametrize("stamp, day", [("Our Bureau, Harbour Wire Tarn Published 11.04.22, 09:47 PM", dt.date(2022, 4, 11)),
                                        ("Desk Report, Vell Published 03.05.24", dt.date(2024, 5, 3))])
def test_a_desks_stamp_with_its_place_and_day_under_the_headline_leaves_the_headline(stamp, day):
    page = _page("Monday, 23 December 2024", "", HEADLINE, "", stamp, "Jane Doe and John Roe", "", PROSE, MORE)
    assert page.title == HEADLINE and page.published == day


@pytest.mark.parametrize("a, b", [("brief.harbour-news.com", "harbour-news.com"), ("Harbour Brief (brief.harbour-news.com)", "harbour-news.com")])
def test_two_addresses_on_one_site_are_one_source(a, b):
    assert same_source(a, b) and same_source(b, a)


@pytest.mark.parametrize("a, b", [("harbour-news.com", "vell-news.com"), ("jane.blogspot.com", "john.blogspot.com")])
def test_addresses_on_different_sites_are_different_sources(a, b):
    assert not same_source(a, b)
