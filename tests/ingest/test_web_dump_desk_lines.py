"""Where a page dump names the wire behind its story away from the dateline, each rule on made-up inputs: the wire, its
desk's place and the page's times between bars; the wire over the place it reports from, with no mark between; a
story signed off after a double hyphen; a list of references closing an aggregator's summary; and a wire's name under
a picture's description, which credits the picture."""
from __future__ import annotations

import pytest

from zopa.ingest import same_source

from zopa.ingest.clean import strip_glued_crumbs

from zopa.ingest.pipeline import _text_page

from .pages import HEADLINE, MORE, PROSE, TODAY, dropped, page


@pytest.mark.parametrize("line, wire", [
    ("Reuters | Vell | Updated: 02-06-2025 14:38 IST | Created: 02-06-2025 14:31 IST", "Reuters"),
    ("AFP | Tarn | Published: 3 May 2025 10:15 | Updated: 3 May 2025 11:02", "AFP"),
])
def test_the_wire_its_place_and_the_times_between_bars_credit_the_story(line, wire):
    p = page(HEADLINE, "", line, PROSE, "", MORE)
    assert same_source(p.original, wire)
    assert line not in p.text


@pytest.mark.parametrize("line, wire", [("AP Washington", "Associated Press"), ("Reuters New Delhi", "Reuters")])
def test_the_wire_over_the_place_it_reports_from_credits_the_story(line, wire):
    p = page(HEADLINE, "", line, PROSE, "", MORE)
    assert same_source(p.original, wire)
    assert line not in p.text


@pytest.mark.parametrize("line", ["AP Photo", "Reuters Graphics"])
def test_a_wire_over_a_word_of_its_pictures_is_no_desk_line(line):
    p = page(HEADLINE, "", line, PROSE, "", MORE)
    assert not same_source(p.original, "Reuters") and not same_source(p.original, "Associated Press")


@pytest.mark.parametrize("wire, canonical", [("ANI", "ANI"), ("AFP", "AFP")])
def test_a_story_signed_off_after_a_double_hyphen_names_its_wire(wire, canonical):
    p = page(HEADLINE, "", PROSE, "", MORE + f" -- {wire}")
    assert same_source(p.original, canonical)


@pytest.mark.parametrize("site, outlet", [("harbourwire.com", "harbourwire.com"), ("https://www.vellpost.org/world", "vellpost.org")])
def test_a_list_of_references_names_the_site_and_is_dropped(site, outlet):
    p = page(HEADLINE, "", PROSE, "", MORE, "Reference(s):", "Envoys meet in Tarn for a second round", site)
    assert same_source(p.original, outlet)
    assert "Envoys meet in Tarn for a second round" not in p.text and site not in p.text


@pytest.mark.parametrize("caption", [
    "Envoys shake hands before talks in Tarn, Vell, June 2, 2025",
    "A delegate walks past flags at the venue of the talks in Geneva, Switzerland, May 3, 2025.",
    "A group photo at the close of the talks, in Portland, Maine, U.S., June 2, 2025",
])
def test_a_wire_under_a_picture_description_credits_the_picture(caption):
    p = page(HEADLINE, "", caption, "Reuters", "", PROSE, "", MORE)
    assert not same_source(p.original, "Reuters")
    assert caption not in p.text


@pytest.mark.parametrize("caption", [
    "Envoys shake hands before the talks in Tarn. Photo: Jane Doe/Harbour Press",
    "The two delegations at the venue of the talks on Monday. (Getty Images)",
])
def test_a_wire_under_a_caption_that_names_its_own_photographer_credits_the_story(caption):
    p = page(HEADLINE, "", caption, "AP Washington", PROSE, "", MORE)
    assert same_source(p.original, "Associated Press")


@pytest.mark.parametrize("sentence, wire", [
    ("The ministry in Vell could not immediately be reached by Reuters on Sunday.", "Reuters"),
    ("A spokesman for the delegation did not respond to an AFP request for comment.", "AFP"),
])
def test_a_wire_calling_for_comment_in_the_story_is_its_reporter(sentence, wire):
    p = page(HEADLINE, "", PROSE, "", MORE + " " + sentence)
    assert same_source(p.original, wire)


def test_a_wire_cited_as_another_outlets_report_is_not_its_reporter():
    p = page(HEADLINE, "", PROSE, "", MORE + " The ministry could not be reached by Reuters, the agency reported, "
             "according to Reuters.")
    assert not same_source(p.original, "Reuters")


@pytest.mark.parametrize("first, wire", [
    ("OSTGRAD (Vell), June 2. /TASS/. The delegations of the two sides began a second round of talks on Thursday.", "TASS"),
    ("TARN (Ostland), March 3. /TASS/. Envoys met again behind closed doors to discuss a prisoner exchange.", "TASS"),
])
def test_a_dateline_with_the_country_in_brackets_names_the_wire_between_slashes(first, wire):
    p = page(HEADLINE, "", first, "", MORE)
    assert same_source(p.original, wire)


@pytest.mark.parametrize("first, wire", [
    ("TARN (Harbour News / AFP - 3rd June, 2025) Envoys met again on Tuesday to discuss a ceasefire plan for the east.",
     "AFP"),
    ("UNITED NATIONS (Vell Daily / Reuters - 12th October, 2024) The envoys said on Monday that talks would go on.",
     "Reuters"),
])
def test_a_dateline_naming_a_site_and_its_wire_with_the_day_in_brackets_names_the_wire(first, wire):
    p = page(HEADLINE, "", first, "", MORE)
    assert same_source(p.original, wire)


@pytest.mark.parametrize("first, outlet", [
    ("Vell is ready to host talks between the two sides, its president said on Friday after meeting envoys, "
     "France 24 reports.", "France 24"),
    ("Envoys from both sides will meet in Tarn next week to discuss a prisoner exchange, officials said, the BBC reports.",
     "BBC"),
])
def test_a_lead_that_closes_on_an_outlets_report_names_that_outlet(first, outlet):
    p = page(HEADLINE, "", first, "", MORE)
    assert same_source(p.original, outlet)


def test_a_lead_that_closes_on_a_speaker_who_reports_names_no_outlet():
    p = page(HEADLINE, "", "Envoys met in Tarn on Monday and agreed to meet again, Vell's foreign minister reports.", "", MORE)
    assert not same_source(p.original, "Vell")


@pytest.mark.parametrize("line", [
    "#BREAKING: Envoys agree to a second round of talks in Tarn https://t.co/aB3dE5fG7h",
    "Talks in Tarn end without a deal, officials say pic.twitter.com/x1Y2z3W4v5",
])
def test_an_embedded_post_closing_on_its_short_link_is_dropped(line):
    assert dropped(line)


def test_a_sentence_that_cites_a_full_link_is_kept():
    assert not dropped("The ministry published the full text of the memorandum on its website at https://mfa.vell.example/memo.")


@pytest.mark.parametrize("caption", [
    "Paramedics carry a freed soldier to an ambulance at the border crossing.",
    "Released prisoners wave from a bus after the exchange.",
])
def test_a_gallery_caption_repeated_under_its_slide_number_is_dropped_with_the_repeat(caption):
    p = page(HEADLINE, "", PROSE, "", caption, f"1 {caption}", "", MORE)
    assert caption not in p.text and PROSE in p.text and MORE in p.text


@pytest.mark.parametrize("line", ["A Message from The Harbour Post:", "Dear readers,"])
def test_an_outlets_appeal_to_its_readers_is_dropped(line):
    assert dropped(line)


@pytest.mark.parametrize("line", ["Published by Jane Doe 23 de noviembre, 2025", "Posted by Li Wen 3 June 2025"])
def test_a_posted_by_line_with_its_day_is_a_byline_not_the_headline(line):
    p = page(line, "", PROSE, "", MORE)
    assert p.title != line and line not in p.text


@pytest.mark.parametrize("line", ["Get the daily national news", "Get our weekly briefing in your inbox"])
def test_a_newsletters_offer_is_dropped(line):
    assert dropped(line)


@pytest.mark.parametrize("heading", ["AI Brief", "AI summary"])
def test_a_machine_summary_under_its_heading_is_dropped(heading):
    bullets = ["- Envoys agreed to meet again in Tarn next week.", "- The two sides swapped lists of prisoners."]
    p = page(HEADLINE, "", PROSE, "", heading, *bullets, "", MORE)
    assert all(b not in p.text for b in bullets) and MORE in p.text


@pytest.mark.parametrize("line, title", [
    ("Envoys leave Tarn without a dealpublished at 00:27 GMT 16 August", "Envoys leave Tarn without a deal"),
    ("Vell rules out a summit this month, for nowupdated at 14.05 CET 3 June", "Vell rules out a summit this month, for now"),
])
def test_a_live_pages_stamp_run_on_to_the_heading_is_cut_from_the_title(line, title):
    assert strip_glued_crumbs(line) == title
    assert page(line, "", PROSE, "", MORE).title == title


def test_a_headline_about_what_was_published_keeps_its_words():
    line = "Vell says the memorandum published at the summit was a draft"
    assert strip_glued_crumbs(line) == line


@pytest.mark.parametrize("line, outlet", [("Author: BBC", "BBC"), ("Author: France 24", "France 24")])
def test_an_outlet_under_the_author_label_is_the_source(line, outlet):
    p = page(HEADLINE, "", PROSE, "", MORE, line)
    assert same_source(p.original, outlet)
    assert line not in p.text


def test_a_writer_under_the_author_label_is_no_source():
    p = page(HEADLINE, "", PROSE, "", MORE, "Author: Jane Doe")
    assert not same_source(p.original, "Jane Doe")


@pytest.mark.parametrize("line", [
    "Loading related articles...", "Loading comments…",
    "Please enter your comment!", "Please enter your name here",
    "Articles (9)", "Opinion (12)",
    "Content generated by AI—learn more or report issue.",
    "Secure payment", "By making a donation, you confirm that you have read the terms of the fund.",
])
def test_widgets_forms_counters_and_donation_notices_are_dropped(line):
    assert dropped(line)


@pytest.mark.parametrize("line", ["Envoys met in Tarn (2) and Vell (3) last week, officials said.",
                                  "Loading of grain resumed at the port on Monday."])
def test_sentences_shaped_like_widgets_are_kept(line):
    assert not dropped(line)


@pytest.mark.parametrize("bar", [["• Sunday", "7 December, 2025", "• 4.5°", "Overcast", "Vell"],
                                 ["Monday, 3 March 2025", "Tarn +12°C Sunny"]])
def test_a_date_beside_the_weather_is_the_sites_clock_not_the_storys_day(bar):
    p = page(*bar, "", HEADLINE, "", PROSE, "", MORE)
    assert p.published is None
    assert p.title == HEADLINE


@pytest.mark.parametrize("label", ["President of Ukraine Volodymyr Zelensky", "Minister of Foreign Affairs Jane Doe"])
def test_an_office_then_a_name_is_a_pictures_label(label):
    assert dropped(label)


def test_a_page_of_summary_points_under_its_byline_keeps_its_headline():
    p = page("Envoys shake hands in Tarn. Photo: Jane Doe", "World / Diplomacy", "", HEADLINE, "",
             "• Envoys from both sides agreed to meet again in Tarn next week after talks on prisoners",
             "• Officials from the two delegations swapped lists of prisoners to be exchanged in Vell next month",
             "By Li Wen", "Updated: 10:00pm, 31 May, 2023")
    assert p.title == HEADLINE


@pytest.mark.parametrize("line", [
    "Support The Harbour Post!", "We hope you enjoyed this article.",
    "Would you consider supporting our work? The Vell Review depends on donations from its readers.",
    "Or make a donation to bolster our independence.Donate",
])
def test_an_outlets_appeal_for_support_is_dropped(line):
    assert dropped(line)


def test_a_sentence_about_support_is_kept():
    assert not dropped("Support for the plan is growing in Vell, where envoys met on Monday.")


@pytest.mark.parametrize("credit", ["Source: Video Screenshot", "Source: File Photo"])
def test_a_pictures_source_is_not_the_storys(credit):
    p = page(HEADLINE, credit, "", PROSE, "", MORE)
    assert p.original is None or "screenshot" not in p.original.lower() and "photo" not in p.original.lower()


@pytest.mark.parametrize("wire, canonical", [("AFP", "AFP"), ("Reuters", "Reuters")])
def test_a_wire_in_the_author_box_is_the_source(wire, canonical):
    p = page(HEADLINE, "", PROSE, "", MORE, "About the author", wire,
             f"{wire} is an international news agency with bureaus in many countries.")
    assert same_source(p.original, canonical)
    assert "About the author" not in p.text


def test_a_writer_in_the_author_box_is_no_source():
    p = page(HEADLINE, "", PROSE, "", MORE, "About the author", "Jane Doe", "Jane Doe is a reporter based in Tarn.")
    assert not same_source(p.original, "Jane Doe")


@pytest.mark.parametrize("line", [
    "Talks will resume next week, the ministry said via the state news agency Harbour Wire.",
    "The envoys will meet again in Tarn, the foreign ministry said via Telegram.",
])
def test_a_sentence_saying_through_which_channel_someone_spoke_is_no_photo_credit(line):
    assert not dropped(line)


@pytest.mark.parametrize("line", ["Envoys arrive for talks in Tarn on Monday. Jane Doe via Harbour Press",
                                  "The delegations meet in Vell. JANE DOE/AFP"])
def test_a_caption_closing_on_its_credit_is_still_dropped(line):
    assert dropped(line)


@pytest.mark.parametrize("lead, day", [
    ("VELL/TARN – October 22, 2025 – A planned summit between the two leaders was put off after talks between "
     "their foreign ministers, officials said.", "2025-10-22"),
    ("Tarn, Vell – December 15, 2025: Envoys from both sides continued talks on a ceasefire plan with mediators "
     "on Monday, officials said.", "2025-12-15"),
])
def test_a_press_release_dateline_gives_the_day(lead, day):
    p = page(HEADLINE, "", lead, "", MORE)
    assert p.published is not None and p.published.isoformat() == day


def test_a_lead_naming_a_past_day_after_a_dash_is_no_dateline():
    lead = ("Envoys met in Tarn – the first time since October 22, 2024 – and agreed to meet again, officials said on "
            "Monday.")
    p = page(HEADLINE, "", lead, "", MORE)
    assert p.published is None or p.published.isoformat() != "2024-10-22"


@pytest.mark.parametrize("line", [
    "Author: Harbour Post", "-", "• •",
    "Discover our offers from €6/month including subscribers-only benefits.Subscribe",
    "Our weekly newsletter contains a hand-picked selection of news and analysis from The Harbour Post.",
])
def test_labels_offers_and_lone_marks_are_dropped(line):
    assert dropped(line)


def test_the_author_box_heading_and_the_name_under_it_are_dropped():
    p = page(HEADLINE, "", PROSE, "", MORE, "About the author", "AFP")
    assert "About the author" not in p.text and not p.text.rstrip().endswith("AFP")


@pytest.mark.parametrize("url, day", [("https://harbour.example/world/2024/12/08/envoys-meet-in-tarn", "2024-12-08"),
                                      ("https://vell.example/news/2025-03-25/truce-talks", "2025-03-25")])
def test_a_page_without_a_date_takes_the_day_its_address_files_it_under(url, day):
    p = _text_page("\n".join([HEADLINE, "", PROSE, "", MORE]), TODAY, url)
    assert p.published is not None and p.published.isoformat() == day


@pytest.mark.parametrize("url", ["https://harbour.example/world/2024/12/envoys-meet", "https://vell.example/story/20241208",
                                 "https://review.example/2022/09/07tarn"])
def test_an_address_without_a_full_dated_path_gives_no_day(url):
    assert _text_page("\n".join([HEADLINE, "", PROSE, "", MORE]), TODAY, url).published is None


def test_the_texts_own_date_wins_over_the_address():
    p = _text_page("\n".join([HEADLINE, "June 2, 2025", "", PROSE, "", MORE]), TODAY,
                   "https://harbour.example/2024/12/08/envoys")
    assert p.published.isoformat() == "2025-06-02"


@pytest.mark.parametrize("line", [
    "Join the conversation!", "Please share your thoughts about this article below. We value your opinions.",
    "This is a breaking news story. Please check back for updates.", "THIS IS A LIVE BLOG. SCROLL DOWN FOR THE LATEST UPDATES",
    "Try our newest merchandise",
])
def test_comment_prompts_story_notices_and_shop_promotions_are_dropped(line):
    assert dropped(line)


@pytest.mark.parametrize("line, outlet", [("Source: Al Jazeera [Qatari state media]", "Al Jazeera"),
                                          ("Source: Harbour Courier [regional daily]", "Harbour Courier")])
def test_a_source_line_with_a_note_in_square_brackets_names_the_outlet(line, outlet):
    p = page(HEADLINE, "", PROSE, "", MORE, line)
    assert same_source(p.original, outlet)


@pytest.mark.parametrize("line, outlet", [("The New York Times reports:", "The New York Times"),
                                          ("The Harbour Post writes:", "The Harbour Post")])
def test_a_line_opening_an_outlets_quoted_report_names_the_outlet(line, outlet):
    p = page(HEADLINE, "", line, "", PROSE, "", MORE)
    assert same_source(p.original, outlet)


def test_a_speaker_who_writes_names_no_outlet():
    p = page(HEADLINE, "", "The minister writes:", "", PROSE, "", MORE)
    assert not same_source(p.original, "The minister")


@pytest.mark.parametrize("line", [
    "The Harbour Court in 2023 issued an arrest warrant for the envoy on charges of fraud, casting a shadow on his trips.",
    "The Vell Assembly in March approved the treaty with Tarn after a long debate over its terms.",
])
def test_a_sentence_whose_subject_is_a_named_body_then_a_time_is_kept(line):
    assert not dropped(line)


@pytest.mark.parametrize("line", [
    "Vell's President Jane Doe delivering a press conference in Tarn on April 22.",
    "Foreign Minister Li Wen and envoy John Roe attending a meeting in Vell on 3 March",
])
def test_the_people_shown_and_what_they_do_as_a_participle_is_a_caption(line):
    assert dropped(line)


@pytest.mark.parametrize("line", [
    "Envoys from Vell and Tarn are discussing a truce in Geneva on Monday, officials said.",
    "President Jane Doe is delivering a speech in Tarn on Friday about the talks with Vell.",
])
def test_a_sentence_with_a_participle_is_kept(line):
    assert not dropped(line)


@pytest.mark.parametrize("line, wire", [("Sources: Reuters, AP-MPE", "Reuters"), ("Sources: AFP, UNB", "AFP")])
def test_a_credit_naming_two_agencies_gives_the_first(line, wire):
    p = page(HEADLINE, "", line, "", PROSE, "", MORE)
    assert same_source(p.original, wire)


@pytest.mark.parametrize("line", ["Similar News:You can also read news stories similar to this one.",
                                  "Read the complete article here"])
def test_pointers_to_other_stories_are_dropped(line):
    assert dropped(line)


@pytest.mark.parametrize("caption, desk, wire", [
    ("Envoys of Vell and Tarn shake hands at the border crossing, Ostland. Photo: Harbour Press/AP", "AP Washington",
     "Associated Press"),
    ("The two ministers meet in Tarn, Ostland, on June 2, 2025. Photo: Reuters/Jane Doe", "Reuters New Delhi", "Reuters"),
])
def test_a_desk_line_under_a_caption_crediting_the_same_wire_credits_the_story(caption, desk, wire):
    p = page(HEADLINE, "", caption, desk, PROSE, "", MORE)
    assert same_source(p.original, wire)


@pytest.mark.parametrize("line, wire", [("Xinhua/UNB", "Xinhua"), ("AFP/ANA-MPA", "AFP")])
def test_a_line_of_wires_joined_by_slashes_credits_the_story(line, wire):
    p = page(HEADLINE, "", line, "2 June 2025, 10:15", PROSE, "", MORE)
    assert same_source(p.original, wire) and line not in p.text
