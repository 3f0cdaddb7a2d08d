"""Rules for more page texts, each on made-up inputs: a day written with slashes around the month's name, a dateline
that writes the year, a teaser label glued to its link, a translation tool's notice, a desk credit with the site's
name, an ad slot, an embedded post, and a rewrite that closes its first sentence with the wire it draws on."""
from __future__ import annotations

import datetime as dt

import pytest

from zopa.ingest.clean import is_furniture, teaser_marker
from zopa.ingest.dates import find_dates, is_date_line

from .pages import HEADLINE, MORE, PROSE, dropped, kept, page as _page


_dropped, _kept = dropped, kept


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, day",
    [("Europe Friday 17/May/2024 10:05 AM", dt.date(2024, 5, 17)), ("3/Oct/2023", dt.date(2023, 10, 3)),
     ("Posted 21/Sept/2022", dt.date(2022, 9, 21))],
)
def test_a_day_with_slashes_around_the_months_name(line, day):
    assert [f.date for f in find_dates(line)] == [day] and is_date_line(line)


def test_a_slashed_month_name_is_the_pages_date():
    got = _page(HEADLINE, "", "Region Monday 8/December/2025 09:12 AM", "", HEADLINE, "", PROSE, "", MORE)
    assert got.published == dt.date(2025, 12, 8) and "8/December/2025" not in got.text


@pytest.mark.parametrize(
    "lead, day",
    [("Vell, 4 March 2025 (AFP) – ", dt.date(2025, 3, 4)), ("TARN, February 11, 2024 (Reuters) - ", dt.date(2024, 2, 11))],
)
def test_a_dateline_that_writes_the_year_dates_an_undated_page(lead, day):
    assert _page(HEADLINE, "", lead + PROSE, "", MORE).published == day


@pytest.mark.parametrize("lead", ["VELL – On 24 February 2022, ", "TARN, Ostland – Since March 3, 2023, "])
def test_a_date_the_lead_gives_after_the_dateline_is_not_the_pages(lead):
    assert _page(HEADLINE, "", lead + PROSE, "", MORE).published is None


# --- teasers, notices, credits ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line, rest",
    [("RelatedEnvoys agree to meet again in Vell", "Envoys agree to meet again in Vell"),
     ("Read moreTarn mayor resigns after vote", "Tarn mayor resigns after vote")],
)
def test_a_teaser_label_glued_to_its_link(line, rest):
    assert teaser_marker(line) == rest and _dropped(line)


@pytest.mark.parametrize("line", ["Relatedness of the two plans was disputed", "Related", "READ MOREOstland"])
def test_a_word_that_only_starts_like_a_label_is_no_glued_teaser(line):
    assert teaser_marker(line) in (None, "")


@pytest.mark.parametrize("line", ["Powered by automated translation", "Provided by machine translation",
                                  "Automatically translated", "Machine-translated from Ostlandic"])
def test_a_translation_tools_notice_is_furniture(line):
    assert is_furniture(line) and _dropped(line)


@pytest.mark.parametrize("line", ["Web Desk Harbour News", "News Desk | Vell Times", "Digital Desk – Tarn Daily"])
def test_a_desk_credit_with_the_sites_name_is_furniture(line):
    assert is_furniture(line) and _dropped(line)


def test_a_desk_credit_with_the_sites_name_is_no_headline():
    got = _page("Web Desk Harbour News", "", "Tuesday 4 March 2025 10:15 am", HEADLINE, "", PROSE, "", MORE)
    assert got.title == HEADLINE


@pytest.mark.parametrize("line", ["Web desk staff were told to leave the building on Monday.", "Foreign desk editors met in Vell"])
def test_a_sentence_about_a_desk_is_no_credit(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", ["Adsense Ads 300X250", "Advertisement 728x90", "Banner ad 970 x 250"])
def test_an_ad_slot_named_by_its_size_is_furniture(line):
    assert is_furniture(line) and _dropped(line)


@pytest.mark.parametrize("line", ["The 300x250 ad format is dying, analysts said.", "Vell bought 120 x 40 tents"])
def test_a_size_in_a_sentence_is_no_ad_slot(line):
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["Delegates of both sides arrived in Vell this morning for the second round of talks on the exchange of prisoners, "
     "a long day ahead of them and the whole region watching… pic.twitter.com/Ab12Cd34 — Harbour Office (@HarbourOffice) "
     "June 16, 2023",
     "We met the mayor of Tarn today — Olaf Lund (@olaflund) 3 March 2025",
     "Talks go on. https://t.co/x9Y8z7 – Ostland MFA (@OstlandMFA) Oct. 2, 2024"],
)
def test_an_embedded_post_with_its_signature_is_furniture(line):
    assert is_furniture(line) and _dropped(line)


@pytest.mark.parametrize(
    "line",
    ["The minister said the talks would go on — and that the next round would be held in Vell in June 2023.",
     "Anna Berg (@annaberg on X) wrote that the talks went well on June 16, 2023."],
)
def test_a_sentence_with_a_dash_or_a_handle_is_no_embedded_post(line):
    assert not is_furniture(line) and _kept(line)


# --- a rewrite of one wire's story ---------------------------------------------------------


_LATER = ("The delegations will take the proposals home, as per the PTI report. Both sides said a meeting of the "
          "foreign ministers was also on the agenda, as per the PTI report.")


@pytest.mark.parametrize(
    "lead, later, wire",
    [("The delegations of Ostland and Vell decided to return home after the talks in Tarn on 29 March, PTI reported. "
      "Talks had been expected to resume on Wednesday.", _LATER, "PTI"),
     ("Ostland and Vell agreed to a prisoner exchange on Monday, according to Anadolu Agency. Officials met in Tarn.",
      "Anadolu Agency reported that the exchange would take place at the border. The two sides will meet again, "
      "according to Anadolu.", "Anadolu Agency")],
)
def test_a_first_sentence_closed_by_its_wire_and_cited_again_names_it(lead, later, wire):
    assert _page(HEADLINE, "", lead, "", later, "", MORE).original == wire


@pytest.mark.parametrize(
    "lead, later",
    [("The delegations of Ostland and Vell decided to return home after the talks in Tarn, PTI reported. "
      "Talks had been expected to resume on Wednesday.", MORE),          # cited once only
     ("The delegations of Ostland and Vell decided to return home after the talks in Tarn, PTI reported.",
      _LATER + " Reuters reported that a third round was planned."),     # another wire named too
     (PROSE, "Talks will resume, PTI reported. The ministers will meet too, as per the PTI report.")],   # not in the first sentence
)
def test_a_wire_cited_once_beside_another_or_later_only_is_no_source(lead, later):
    assert _page(HEADLINE, "", lead, "", later, "", MORE).original is None


@pytest.mark.parametrize("line, site", [("Web Desk Harbour News", "Harbour News"), ("News Desk | Vell Times", "Vell Times")])
def test_a_desk_credit_names_the_site_of_an_unbylined_story(line, site):
    got = _page(line, "", "Tuesday 4 March 2025 10:15 am", HEADLINE, "", PROSE, "", MORE)
    assert got.outlet == site and got.original == site


@pytest.mark.parametrize("name", ["Jane Doe", "Olaf Lund and Anna Berg"])
def test_a_writers_name_over_the_headline_is_no_masthead(name):
    got = _page(name, "", HEADLINE, "", "June 16, 2023", "", PROSE, "", MORE)
    assert got.byline.names and got.outlet is None and got.original is None


@pytest.mark.parametrize("name", ["The Harbour Post", "Vell Daily News"])
def test_a_press_name_over_the_headline_stays_the_masthead(name):
    assert _page(name, "", HEADLINE, "", "June 16, 2023", "", PROSE, "", MORE).outlet == name


# --- wires after a dateline, more names ---------------------------------------------------


@pytest.mark.parametrize(
    "lead, wire",
    [("TARN, Ostland - AFP - ", "AFP"), ("VELL — Reuters — ", "Reuters"), ("Tarn, Ostland – Interfax – ", "Interfax")],
)
def test_a_wire_between_dashes_after_a_place_and_its_country(lead, wire):
    assert _page(HEADLINE, "", lead + PROSE, "", MORE).original == wire


@pytest.mark.parametrize("lead", ["TARN, Ostland - Harbour Desk - ", "Vell — Olaf Lund — "])
def test_a_name_between_dashes_that_is_no_wire_names_none(lead):
    assert _page(HEADLINE, "", lead + PROSE, "", MORE).original is None


@pytest.mark.parametrize("lead, wire", [("Tarn, June 16 (SANA) – ", "SANA"), ("VELL, June 16 (APP) - ", "Associated Press of Pakistan")])
def test_more_national_agencies_in_a_dateline(lead, wire):
    assert _page(HEADLINE, "", lead + PROSE, "", MORE).original == wire


@pytest.mark.parametrize("site, name", [("lbcgroup.tv", "LBCI"), ("www.lbcgroup.tv", "LBCI")])
def test_a_listed_site_stands_for_its_outlets_name(site, name):
    from zopa.ingest import same_source
    assert same_source(site, name)


# --- more furniture ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Share on Facebook Share on X Share on WhatsApp", "Share via Email Share on Telegram",
     "We're sorry, this feature is currently unavailable.", "Sorry, the video is not available in your region",
     "Post navigation", "Article navigation", "Written by Anna Berg", "Compiled by: Olaf Lund"],
)
def test_share_rows_player_notices_post_navigation_and_credit_lines_are_furniture(line):
    assert is_furniture(line) and _dropped(line)


@pytest.mark.parametrize(
    "line",
    ["Share on the exchange rose in Vell after the talks, traders said.", "The feature is unavailable to most users in Tarn, officials said, and will stay so.",
     "Written by hand, the note was passed to the envoys in Vell."],
)
def test_sentences_that_start_like_those_lines_are_kept(line):
    assert not is_furniture(line) and _kept(line)


@pytest.mark.parametrize("line", ["— With assistance from Anna Berg.", "–With assistance from Olaf Lund and Anna Berg"])
def test_an_assistance_credit_after_a_long_dash_closes_a_bloomberg_story(line):
    got = _page(HEADLINE, "", PROSE, "", MORE, "", line)
    assert got.original == "Bloomberg" and line not in got.text


@pytest.mark.parametrize("desk", ["Sport", "Culture", "Markets"])
def test_a_sites_other_desks_in_its_menu_are_no_masthead(desk):
    got = _page("World", "Politics", desk, HEADLINE, "June 16, 2023", PROSE, "", MORE)
    assert got.title == HEADLINE and got.outlet is None and desk not in got.text.split("\n\n")


# --- the site named by its own prompts, notices and credits ---------------------------------


@pytest.mark.parametrize(
    "line",
    ["Follow Vell Daily News on Telegram", "Subscribe to the Harbour Times newsletter", "Harbour Times is now on WhatsApp. Join our channel.",
     "Stay updated with Harbour Times", "Download the Vell Daily News app", "All rights reserved by Harbour Times"],
)
def test_a_sites_prompt_names_the_site_and_is_dropped(line):
    for lines in ([line, HEADLINE, "", PROSE, "", MORE], [HEADLINE, "", PROSE, "", MORE, "", line]):
        got = _page(*lines)
        assert got.outlet in ("Harbour Times", "Vell Daily News") and got.original == got.outlet and line not in got.text


@pytest.mark.parametrize("line", ["Follow Anna Berg on X", "Subscribe to the Ostland Briefing newsletter"])
def test_a_prompt_naming_a_writer_or_a_newsletter_is_no_site(line):
    assert _page(HEADLINE, "", PROSE, "", MORE, "", line).outlet is None


@pytest.mark.parametrize("line", ["Copyright © Harbour Times 2023", "Copyright 2024 Vell Daily News"])
def test_a_copyright_notice_that_opens_on_the_word_names_the_site(line):
    assert _page(HEADLINE, "", PROSE, "", MORE, "", line).outlet in ("Harbour Times", "Vell Daily News")


@pytest.mark.parametrize("line", ["By Harbour Times", "Harbour Times Staff", "Harbour Times/ Anna Berg"])
def test_the_site_as_its_own_writer_over_the_headline_is_the_masthead(line):
    assert _page(line, HEADLINE, "", PROSE, "", MORE).outlet == "Harbour Times"


@pytest.mark.parametrize(
    "line",
    ["Olaf Lund in Tarn on Monday. Photographer: Anna Berg/Harbour Press", "Delegates leave the hall in Vell (Photographer: Anna Berg)",
     "Olaf Lund arrives for the talks in Tarn. Image used for representational purposes only",
     "Delegates in Vell (Photo for illustrative purposes)", "Image for representational purposes only"],
)
def test_a_photographers_credit_or_an_illustration_note_closing_a_caption(line):
    assert is_furniture(line) and _dropped(line)


@pytest.mark.parametrize("line", ["Olaf Lund, a photographer, said the talks in Vell went well on Monday.",
                                  "The envoys said the figures were given for illustrative purposes only."])
def test_sentences_about_photographers_or_purposes_are_kept(line):
    assert not is_furniture(line) and _kept(line)


# --- a byline or a site's name over a date line with the headline under it -----------------------


_STAMP = "16th Jun, 2023. 03:27 pm"


@pytest.mark.parametrize("line, names", [("Anna Berg - Harbour Times", ("Anna Berg",)), ("Olaf Lund – Vell Daily News", ("Olaf Lund",)),
                                         ("Anna Berg Jun 16, 2023", ("Anna Berg",)), ("Olaf Lund Updated: 16 June 2023 10:15", ("Olaf Lund",))])
def test_a_byline_with_its_outlet_or_day_run_on_is_no_headline(line, names):
    got = _page(line, "", _STAMP, HEADLINE, "", PROSE, "", MORE)
    assert got.title == HEADLINE and got.byline.names == names and line not in got.text


@pytest.mark.parametrize("line", ["From our correspondent in Vell", "Our Special Correspondent", "A Staff Reporter"])
def test_an_unnamed_correspondent_is_furniture_and_no_headline(line):
    got = _page(line, "", _STAMP, HEADLINE, "", PROSE, "", MORE)
    assert is_furniture(line) and got.title == HEADLINE and line not in got.text


@pytest.mark.parametrize("line", ["Harbour Times News Service", "Vell Daily Press"])
def test_a_sites_name_over_the_date_line_gives_way_to_the_headline_under_it(line):
    assert _page(line, "", _STAMP, HEADLINE, "", PROSE, "", MORE).title == HEADLINE


@pytest.mark.parametrize("headline", ["Peace Talks Press On In Vell", "Envoys Press For Truce In Tarn"])
def test_a_title_case_headline_with_a_press_word_stays_the_headline_where_nothing_else_is(headline):
    assert _page(headline, "", _STAMP, "", PROSE, "", MORE).title == headline
