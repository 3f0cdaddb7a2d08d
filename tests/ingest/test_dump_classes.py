"""Classes of lines that page dumps from many outlets share, each rule on made-up inputs:
picture descriptions without verb or credit, summaries above a story, interface words, wire
credits and datelines in their less common spellings, outlets named in bylines, provider lines
and house styles."""
from __future__ import annotations

import datetime as dt

import pytest

from zopa.ingest.clean import clean_body, is_caption, is_furniture, is_picture_description
from zopa.ingest.lexicon import credited_wire, house_style, is_section_label, wire_name
from zopa.ingest.metadata import original_source, parse_byline

from .pages import HEADLINE, MORE, PROSE, page as _page


# --- captions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Harbour Republic President Anna Berg and Northland Prime Minister Olaf Lund at a joint news conference in Tarn",
     "Northland delegation head Piet Marsh during the talks in Vell, Harbour Republic",
     "Harbour Republic President Anna Berg (R) and her Northland counterpart Olaf Lund before their meeting in Tarn",
     "The Northland and Harbour Republic delegations ahead of the second round in Vell."],
)
def test_a_picture_description_without_verb_or_credit_is_a_caption(line):
    assert is_picture_description(line) and is_caption(line)


@pytest.mark.parametrize(
    "line",
    ["Harbour Republic President Anna Berg says talks in Tarn must go on",
     "Northland and Harbour Republic agree to meet again in Vell",
     "Harbour Republic President Anna Berg to meet Olaf Lund in Tarn next week",
     "Common Ground Between Northland and Tarn on Grain Exports",
     "Talks in Vell: what Northland and Harbour Republic want"],
)
def test_headlines_with_a_verb_or_in_title_case_are_not_picture_descriptions(line):
    assert not is_picture_description(line)


@pytest.mark.parametrize(
    "line",
    ["A still from video footage released by the Northland defence ministry",
     "General view of the conference hall in Vell before the talks",
     "Envoys in Vell. Photo by Jane Marsh",
     "Anna Berg. Photo: office.harbour.example",
     "Anna Berg and Olaf Lund. Collage: Harbour Post",
     "Harbour Republic President Anna Berg. © Harbour Press"],
)
def test_captions_opened_or_closed_by_their_credit(line):
    assert is_caption(line)


def test_a_caption_before_the_story_is_neither_headline_nor_body():
    page = _page("Northland delegation head Piet Marsh during the talks in Vell", PROSE, MORE)
    assert page.title is None and "Piet Marsh during" not in page.text
    page = _page(" date 2025-08-16 Harbour Republic President Anna Berg and Olaf Lund at the summit in Tarn", PROSE, MORE)
    assert page.title is None and page.published == dt.date(2025, 8, 16) and "at the summit" not in page.text


# --- headlines ----------------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["Key points", "Story highlights", "Summary", "Key developments on June 2:"])
def test_the_points_of_a_summary_are_not_headlines(marker):
    page = _page(marker, "Northland asks for guarantees before any truce", "Harbour Republic rejects a buffer zone", PROSE, MORE)
    assert page.title is None
    page = _page(HEADLINE, marker, "Northland asks for guarantees before any truce", PROSE, MORE)
    assert page.title == HEADLINE


@pytest.mark.parametrize("first", ["“We will not give up an inch of land,” the minister said",
                                   "Talks will resume in Vell next month, officials told reporters"])
def test_a_sentence_that_reports_speech_is_not_a_headline(first):
    assert _page(first, PROSE, MORE).title is None


@pytest.mark.parametrize("line, names", [("Jane Marsh, Senior Correspondent", ["Jane Marsh"]),
                                         ("Jane Marsh | Diplomatic Editor", ["Jane Marsh"]),
                                         ("Jane Marsh | 2 June 2025, 10:15", ["Jane Marsh"]),
                                         ("By Jane Marsh · Updated 3 June 2025", ["Jane Marsh"])])
def test_bylines_with_a_job_or_a_time(line, names):
    assert parse_byline(line) == (names, False)
    assert _page(line, PROSE, MORE).title is None


@pytest.mark.parametrize("line", ["Vell | 2 June 2025", "Envoys meet in Vell | 2 June 2025"])
def test_a_place_or_a_headline_with_a_date_is_no_byline(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize("label", ["Russia's war against Ukraine", "Peace process", "Fact check"])
def test_topic_labels_above_a_headline_are_skipped(label):
    assert is_section_label(label)
    assert _page(label, HEADLINE, PROSE, MORE).title == HEADLINE


@pytest.mark.parametrize("crumb", ["Home » News » " + HEADLINE, "Home > World > Europe"])
def test_a_breadcrumb_from_the_home_page_is_furniture(crumb):
    assert is_furniture(crumb)
    assert _page(crumb, HEADLINE, PROSE, MORE).title == HEADLINE


# --- furniture ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Show caption", "Back to top", "Load more", "Accept all", "Do not sell my personal information", "Photos",
     "Share this article on LinkedIn", "Copy link to clipboard", "Follow @harbourpost on X", "1.2K views",
     "You have 3 free articles remaining this month", "Already have an account? Log in",
     "By continuing to use this site you agree to our use of cookies.", "This video can not be played",
     "Thank you for reading", "Posted by admin", "Editor's note: This story has been updated with a statement.",
     "This article is part of our coverage of the talks in Vell.", "Pictured: envoys in Vell", "Photo by Jane Marsh",
     "Around the Web"],
)
def test_interface_prompts_and_notices_are_dropped_between_paragraphs(line):
    assert line not in clean_body([PROSE, "", line, "", MORE]).text.split("\n\n")


@pytest.mark.parametrize("line", ["Share prices fell in Vell after the talks ended without a deal on Monday.",
                                  "Update talks were held in Vell on Monday, officials said."])
def test_sentences_that_open_like_prompts_are_kept(line):
    assert line in clean_body([PROSE, "", line, "", MORE]).text


# --- wire credits and datelines -------------------------------------------------------------


@pytest.mark.parametrize(
    "line, wire",
    [("— AFP", "AFP"), ("—Reuters", "Reuters"), ("[Reuters]", "Reuters"), ("Article by Reuters", "Reuters"),
     ("Source: Xinhua Editor: Li Ming 2025-06-02 10:15:00", "Xinhua"), ("Source: Reuters/ec", "Reuters"),
     ("AFP, Moscow", "AFP"), ("Reuters, Kyiv | 2 June 2025", "Reuters"), ("With PTI inputs", "PTI"),
     ("This report is auto-generated from Reuters news service.", "Reuters"),
     ("(This story is auto-generated from a syndicated Reuters feed.)", "Reuters"),
     ("AFP/File", None), ("AFP, Getty Images", None), ("AFP | Europe | Diplomacy", None)],
)
def test_less_common_credit_lines(line, wire):
    assert credited_wire(line) == wire


@pytest.mark.parametrize(
    "first, wire",
    [("Kyiv (dpa) - " + PROSE, "dpa"), ("Vell [Harbour Republic], June 2 (ANI): " + PROSE, "ANI"),
     ("MOSCOW, June 2 – RIA Novosti. " + PROSE, "RIA Novosti"), ("Washington (CNN) — " + PROSE, "CNN")],
)
def test_datelines_with_a_lower_case_wire_a_region_or_the_wire_after_the_date(first, wire):
    assert original_source(["Envoys meet", first], [first], "Harbour Gazette", rehost=False) == wire


@pytest.mark.parametrize("byline", ["By Jane DOE / AFP", "By Jane Marsh / Reuters"])
def test_a_bylines_wire_after_a_slash_is_the_source(byline):
    assert original_source(["Envoys meet", byline, PROSE], [PROSE], "Harbour Gazette", rehost=False) == wire_name(byline.split("/")[-1])


@pytest.mark.parametrize(
    "line, source",
    [("Read the original article on The Conversation.", "The Conversation"), ("First published on Politico.", "Politico"),
     ("Via: Meduza", "Meduza"), ("Source: https://www.kyivindependent.com/envoys-meet", "kyivindependent.com"),
     ("Source: president.gov.ua", "president.gov.ua"), ("Source: Xinhuanet", "Xinhua"),
     ("Source: Ministry of Defence", "Harbour Gazette"), ("Source: Office of the President", "Harbour Gazette")],
)
def test_lines_that_say_where_a_story_first_ran(line, source):
    assert original_source(["Envoys meet", PROSE, line], [PROSE, line], "Harbour Gazette", rehost=False) == source


@pytest.mark.parametrize(
    "byline, source",
    [("By Jane Marsh, The Kyiv Independent", "Kyiv Independent"), ("Jane Marsh | Financial Times", "Financial Times"),
     ("By Jane Marsh for the Financial Times", "Financial Times"), ("By Jane Marsh, BBC News", "BBC"),
     ("Jane Marsh / Kyiv Independent", "Harbour Gazette"), ("By Jane Marsh, Harbour Weekly", "Harbour Gazette")],
)
def test_a_byline_that_names_a_listed_outlet(byline, source):
    assert original_source(["Envoys meet", byline, PROSE], [PROSE], "Harbour Gazette", rehost=False) == source


@pytest.mark.parametrize(
    "provider, source",
    [("The Independent", "The Independent"), ("Newsweek · 3 min read", "Newsweek"), ("Kyiv Post | June 2, 2025", "Kyiv Post"),
     ("Harbour Weekly", "Harbour Gazette"), ("Politics | June 2, 2025", "Harbour Gazette")],
)
def test_a_provider_line_above_the_story(provider, source):
    assert original_source(["Envoys meet", provider, PROSE], [PROSE], "Harbour Gazette", rehost=False) == source


def test_house_styles_name_the_outlet_and_their_source_lines_are_no_credit():
    pravda = ["Envoys meet", "Source: the President in his evening address", "Details: " + PROSE, "Quote: “We are ready.”", MORE]
    assert house_style(pravda) == "Ukrainska Pravda"
    assert original_source(pravda, pravda[2:], "Harbour Gazette", rehost=False) == "Ukrainska Pravda"
    axios = ["Envoys meet", PROSE, "Why it matters: " + MORE, "The big picture: " + MORE]
    assert original_source(axios, axios[1:], "Harbour Gazette", rehost=False) == "Axios"
    bbc = ["Envoys meet", "Image source, Getty Images", "Image caption, Envoys in Vell", PROSE]
    assert original_source(bbc, [PROSE], "Harbour Gazette", rehost=False) == "BBC"
    one = ["Envoys meet", "Details: " + PROSE, MORE]   # one opener is no style
    assert house_style(one) is None and original_source(one, one[1:], "Harbour Gazette", rehost=False) == "Harbour Gazette"


def test_more_agencies_are_wires():
    assert wire_name("UNIAN") == "UNIAN" and wire_name("Xinhuanet") == "Xinhua" and wire_name("Tasnim") == "Tasnim News Agency"
    assert credited_wire("Source: UNIAN") == "UNIAN"


@pytest.mark.parametrize(
    "tail, wire",
    [(", TASS reports.", "TASS"), (", the Interfax news agency reports.", "Interfax"), (", Interfax-Ukraine reports.", "Interfax"),
     (", UNN reports with reference to the ministry.", "UNN"), (", Interfax reported.", None)],
)
def test_an_agency_that_closes_the_first_paragraph_in_the_present_tense(tail, wire):
    first = "Envoys will meet again in Vell next week to discuss a prisoner exchange, the foreign minister said" + tail
    assert original_source(["Envoys meet", first], [first], "Harbour Gazette", rehost=False) == (wire or "Harbour Gazette")


@pytest.mark.parametrize(
    "opening, source",
    [("Axios reported on Sunday that", "Axios"), ("The Harbour Post writes that", "Harbour Post"),
     ("The Kremlin reported that", "Harbour Gazette"), ("Ukraine's General Staff reported that", "Harbour Gazette")],
)
def test_a_story_that_opens_on_another_outlets_report(opening, source):
    first = opening + " the envoys had agreed on a draft framework for ending the war after talks in Vell on Sunday."
    assert original_source(["Envoys meet", first], [first], "Harbour Gazette", rehost=False) == source


@pytest.mark.parametrize("line, wire", [("By Xinhua writers Li Ming, Zhang Wei", "Xinhua"), ("Kyiv, Ukraine | AFP | by Jane DOE", "AFP"),
                                        ("(Xinhua) 10:30, June 02, 2025", "Xinhua"), ("Sputnik International", "Sputnik")])
def test_wire_bylines_and_stamps(line, wire):
    assert credited_wire(line) == wire


@pytest.mark.parametrize("top, source", [(HEADLINE + " | Kyiv Post", "Kyiv Post"), ("Kyiv Post\n" + HEADLINE, "Kyiv Post"),
                                         (HEADLINE + " | Harbour Gazette", "harbourgazette.example")])
def test_a_listed_outlet_shown_as_the_pages_own_on_another_site_is_the_source(top, source):
    from zopa.ingest.pipeline import clean_document
    from zopa.records import RawDocument

    raw = RawDocument(source="x.txt", raw="\n".join([top, PROSE, MORE]), kind="text", url="https://harbourgazette.example/a", path="x.txt")
    doc = clean_document(raw)
    assert doc.outlet == "harbourgazette.example" and doc.original_source == source


@pytest.mark.parametrize(
    "line",
    ["Support Harbour Pravda or become our patron!", "When citing, a hyperlink to the site is required.",
     "Copying and using full materials is prohibited without permission.", "Copy/paste the article video embed link below:",
     "Item 1 of 3", "This story has been updated with a statement from the ministry.",
     "Jane Marsh in Vell and Piet Lund in Tarn contributed to this report.", "Harbour Post’s Jane Marsh contributed reporting."],
)
def test_appeals_citing_notes_counters_and_contributor_lines_are_dropped(line):
    assert line not in clean_body([PROSE, "", line, "", MORE]).text.split("\n\n")


def test_a_contributing_sentence_inside_the_story_is_kept():
    line = "The minister said both delegations contributed to the report, which the ministry published on Monday."
    assert line in clean_body([PROSE, "", line, "", MORE]).text


@pytest.mark.parametrize("marker", ["Other Topics of Interest", "Further reading:"])
def test_more_teaser_markers_drop_the_headlines_under_them(marker):
    out = clean_body([PROSE, marker, "Envoys meet in Vell again", "Kremlin rejects the plan", MORE]).text
    assert "Envoys meet in Vell again" not in out and "Kremlin rejects" not in out and MORE in out


@pytest.mark.parametrize("masthead", ["The Times of India", "Institute for the Study of War"])
def test_a_listed_outlets_name_is_never_the_headline(masthead):
    assert _page(masthead, HEADLINE, PROSE, MORE).title == HEADLINE
    assert _page(masthead, PROSE, MORE).title is None


@pytest.mark.parametrize("lines, wire", [([HEADLINE, "KYIV (Reuters) - Talks ended on Monday.", PROSE, MORE], "Reuters"),
                                         ([HEADLINE, "GENEVA (AP) —", PROSE, MORE], "Associated Press")])
def test_a_dateline_above_the_first_long_paragraph_names_the_wire(lines, wire):
    assert _page(*lines).original == wire


@pytest.mark.parametrize(
    "line",
    ["Voiced by Amazon Polly", "Getting your Trinity Audio player ready...", "Print Friendly, PDF & Email", "Spread the love",
     "Hits: 1234", "Est. read time: 3 min", "Font size: A A A", "Please login to join discussion", "Posted in Ukraine by admin",
     "Table of Contents"],
)
def test_blog_plugin_lines_are_neither_headline_nor_body(line):
    page = _page(line, PROSE, MORE)
    assert page.title is None and line not in page.text
    assert line not in clean_body([PROSE, "", line, "", MORE]).text.split("\n\n")


@pytest.mark.parametrize("line", ["Anna Berg and Olaf Lund in the Oval Office on 28 February",
                                  "Anna Berg and Olaf Lund at the summit in Tarn on June 4, 2025.",
                                  "Harbour Republic President Anna Berg. Archive photo", "Olaf Lund (file photo)"])
def test_two_names_on_a_day_and_archive_photos_are_captions(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", ["Anna Berg in Tarn on Monday", "Berg and Lund in Tarn clash"])
def test_one_name_or_no_day_is_not_enough_for_a_caption(line):
    assert not is_caption(line)


@pytest.mark.parametrize("note", ["(Adds Kremlin comment in paragraph 5)", "(Updates with details from the ministry)"])
def test_a_wires_version_note_is_dropped(note):
    assert note not in clean_body([PROSE, "", note, "", MORE]).text


@pytest.mark.parametrize("line, source", [("This story was originally featured on Fortune.com", "Fortune"),
                                          ("This article originally appeared on The Conversation.", "The Conversation")])
def test_where_a_story_first_ran_is_its_source_and_no_body_line(line, source):
    assert original_source(["Envoys meet", PROSE, line], [PROSE, line], "Harbour Gazette", rehost=False) == source
    assert line not in clean_body([PROSE, "", line]).text


def test_bloombergs_feed_furniture_names_bloomberg():
    lines = ["Envoys meet", PROSE, "Most Read from Bloomberg", "Stocks fall as traders weigh talks", MORE]
    assert original_source(lines, lines[1:], "Harbour Gazette", rehost=False) == "Bloomberg"
    assert "Stocks fall" not in clean_body(lines[1:]).text


@pytest.mark.parametrize("url, source", [("https://www.eurointegration.com.ua/eng/news/a", "eurointegration.com.ua"),
                                         ("https://harbourgazette.example/a", "Ukrainska Pravda")])
def test_a_shared_house_style_yields_to_a_listed_sister_site(url, source):
    from zopa.ingest.pipeline import clean_document
    from zopa.records import RawDocument

    text = "\n".join([HEADLINE, "Source: the minister on Telegram", "Details: " + PROSE, "Quote: “We are ready.”", MORE])
    doc = clean_document(RawDocument(source="x.txt", raw=text, kind="text", url=url, path="x.txt"))
    assert doc.original_source == source


def test_an_outlets_own_house_style_on_a_listed_portal_still_names_it():
    from zopa.ingest.pipeline import clean_document
    from zopa.records import RawDocument

    text = "\n".join([HEADLINE, PROSE, "Why it matters: " + MORE, "The big picture: " + MORE])
    doc = clean_document(RawDocument(source="x.txt", raw=text, kind="text", url="https://www.msn.com/en-us/news/a", path="x.txt"))
    assert doc.original_source == "Axios"


def test_a_menu_entry_is_no_summary_marker():
    assert _page("Home", "The latest", "World", HEADLINE, PROSE, MORE).title == HEADLINE


# --- more prompts and credits (lexicon furniture and credit cues) ---------------------------

@pytest.mark.parametrize(
    "line",
    ["Scroll to continue", "Scroll down to read more",
     "Add The Harbour Post as a preferred source on Google", "Add as preferred source on Google",
     "Read in app", "Open this article in the app",
     "Video Ad Feedback", "Ad feedback",
     "By clicking subscribe you agree to our terms of use", "By signing up, you accept the privacy policy",
     "Stay informed", "Stay up to date!",
     "Reproduction without permission is prohibited.", "Any copying of this material is not allowed without a link.",
     "Our journalism needs your support", "Independent journalism relies on reader support to survive",
     "Write to Jane Doe at jane.doe@example.org", "Email the author",
     "View comments", "Show all 12 comments",
     "Get the latest news on WhatsApp", "Read us on Telegram",
     "Purchase Licensing Rights, opens new tab", "Acquire licensing rights",
     "Save to read list", "Add to reading list",
     "Video duration 02:15", "Video duration: 1:02:30",
     "Embed", "Click to expand",
     "Content continues below", "Article continues after this ad",
     "Photo illustration", "Image illustration.", "AFP PHOTO", "EPA-EFE PHOTOS",
     "Harbour Graphics", "Meridian graphic",
     "Please enable cookies", "Please turn on JavaScript to watch this video",
     "Back to homepage", "Back to top",
     "Try 1 month for $1", "Try our week of free access",
     "More videos from Harbour Post", "More video on Norland",
     "Original article", "Read the original article"],
)
def test_app_player_consent_licensing_appeal_contact_and_comment_prompts_are_dropped(line):
    assert is_furniture(line)
    assert line not in clean_body([PROSE, "", line, "", MORE]).text.split("\n\n")


@pytest.mark.parametrize(
    "line",
    ["Contact lost with the crew", "Stay calm, the minister told the crowd",
     "Any reproduction of the map would show the new line of contact, officials said on Monday."],
)
def test_prompt_shaped_running_text_is_kept(line):
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "lines, wire",
    [([HEADLINE, PROSE, MORE, "This article is from AFP"], "AFP"),
     ([HEADLINE, PROSE, MORE, "(This story comes from the Associated Press.)"], "Associated Press"),
     ([HEADLINE, PROSE, MORE, "This content was produced by Reuters."], "Reuters"),
     ([HEADLINE, PROSE, MORE, "This piece has been distributed by AFP"], "AFP"),
     ([HEADLINE, PROSE, MORE + " [Reuters]"], "Reuters"),
     ([HEADLINE, PROSE + " [AFP]", MORE], "AFP"),
     ([HEADLINE, "AFP | Vell", PROSE, MORE], "AFP"),
     ([HEADLINE, "Reuters | Oslo", PROSE, MORE], "Reuters")],
)
def test_more_credit_spellings_name_the_wire(lines, wire):
    assert _page(*lines).original == wire


@pytest.mark.parametrize(
    "line",
    ["Norland will report back to the mediators on Friday, the envoy said.",
     "Back to the talks: both delegations returned to Vell on Monday morning.",
     "The original article of the draft treaty was dropped at the request of the mediators, officials said."],
)
def test_running_text_that_opens_like_a_control_is_kept(line):
    assert not is_furniture(line)
    assert line in clean_body([PROSE, "", line, "", MORE]).text


@pytest.mark.parametrize(
    "lines, wire",
    [([HEADLINE, PROSE, MORE + " /TASS/"], "TASS"),
     ([HEADLINE, PROSE + " /Xinhua/", MORE], "Xinhua"),
     ([HEADLINE, "Written by Jane Doe for Reuters", PROSE, MORE], "Reuters"),
     ([HEADLINE, "By Li Wen and Per Lund for AFP", PROSE, MORE], "AFP")],
)
def test_a_wire_between_slashes_closing_a_paragraph_or_a_byline_for_the_wire_names_it(lines, wire):
    assert _page(*lines).original == wire


# --- a caption on top of the page, sources with their language, a wire carried by a portal --------------------


@pytest.mark.parametrize("credit", ["Photo: Harbour Post", "(Getty Images)", "PIET MARSH/AFP", "Photo source: the ministry",
                                    "Illustration: Harbour Post", "Photo © Piet Marsh"])
@pytest.mark.parametrize("caption", ["Delegates gather in the lakeside hall before the second round",
                                     "The two delegations sit across the table at the start of the talks."])
def test_a_caption_over_its_credit_line_on_top_of_the_page_is_not_the_headline(caption, credit):
    page = _page(caption, credit, HEADLINE, PROSE, MORE)
    assert page.title == HEADLINE
    assert caption not in page.text and credit not in page.text and PROSE in page.text


@pytest.mark.parametrize("credit", ["Photo: Harbour Post", "(Getty Images)"])
def test_a_headline_over_the_lead_pictures_credit_stays_the_headline(credit):
    page = _page(HEADLINE, credit, PROSE, MORE)
    assert page.title == HEADLINE and PROSE in page.text


def test_a_lead_paragraph_over_a_credit_line_below_the_headline_stays_in_the_body():
    page = _page(HEADLINE, PROSE, "Photo: Harbour Post", "Talks to resume in Vell next month", MORE)
    assert page.title == HEADLINE and PROSE in page.text


@pytest.mark.parametrize(
    "line, source",
    [("Source: Harbour Courier (in French)", "Harbour Courier"), ("Source: Northland Daily [in Norwegian]", "Northland Daily"),
     ("Source: Reuters (in English).", "Reuters"), ("Source: vell-news.example (in Vellish)", "vell-news.example")],
)
def test_a_source_line_with_the_language_it_was_written_in(line, source):
    assert original_source(["Envoys meet", PROSE, line], [PROSE, line], "Harbour Gazette", rehost=False) == source
    assert line not in clean_body([PROSE, "", line, "", MORE]).text


@pytest.mark.parametrize(
    "line, wire",
    [("Associated Press via Harbour Portal", "Associated Press"), ("Reuters via Vell News Hub · 2 min read", "Reuters"),
     ("By Piet Marsh, AFP via Harbour Portal", "AFP"), ("The Associated Press via Northland Aggregator", "Associated Press")],
)
def test_a_wire_credited_as_a_portal_carries_it(line, wire):
    assert original_source([HEADLINE, line, PROSE, MORE], [PROSE, MORE], "Harbour Portal", rehost=False) == wire
    page = _page(HEADLINE, line, PROSE, MORE)
    assert page.original == wire and line not in page.text


@pytest.mark.parametrize("line", ["AFP via Getty Images", "Piet Marsh/AFP via Getty Images", "Photo: Reuters via Harbour Portal"])
def test_a_picture_agencys_via_credit_is_no_portal_credit(line):
    assert original_source([HEADLINE, line, PROSE, MORE], [PROSE, MORE], "Harbour Portal", rehost=False) == "Harbour Portal"


@pytest.mark.parametrize("caption", ["Delegates arrive for the talks in Vell. Harbour Post photo", "The envoys in Tarn — AFP photo",
                                     "Delegates arrive in Vell. (Photo credit should read PIET MARSH/AFP via Getty Images)"])
def test_a_caption_closed_by_a_name_and_photo_or_by_the_agencies_credit_instruction(caption):
    assert is_caption(caption)
    page = _page(caption, HEADLINE, PROSE, MORE)
    assert page.title == HEADLINE and caption not in page.text


@pytest.mark.parametrize("line", ["Leaders pose for a family photo", "The summit closed with a family photo.",
                                  "Vell — A Harbour Post photo showed the hall."])
def test_a_sentence_about_a_photo_is_no_credit(line):
    assert not is_caption(line)


@pytest.mark.parametrize("note", ["Photo for illustrative purposes", "Image used for illustration purposes only.", "Representative image"])
def test_a_pictures_note_on_top_of_the_page_is_no_headline(note):
    assert is_furniture(note)
    page = _page(note, HEADLINE, PROSE, MORE)
    assert page.title == HEADLINE and note not in page.text


def test_a_sentence_that_opens_like_a_pictures_note_is_kept():
    line = "Photo for illustrative purposes was all the ministry released of the talks in Vell on Monday, officials said."
    assert not is_furniture(line) and line in clean_body([PROSE, "", line, "", MORE]).text
