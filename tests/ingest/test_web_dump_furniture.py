"""More classes of lines that page dumps from many outlets share, each rule on made-up inputs: picture
notes and credits in more spellings, prompts, notices and end marks, teaser headings."""
from __future__ import annotations

import pytest

from zopa.ingest.clean import clean_body, is_caption, is_furniture, is_name_label, teaser_marker

from .pages import MORE, PROSE, dropped, kept, page as _page


_dropped, _kept = dropped, kept


# --- pictures -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["The photo is illustrative", "Photo illustrative", "Archival photo", "Illustration photo", "Pool photo", "Photo archive",
     "Video screenshot", "Screenshot from video", "A still from the video", "FILE", "Archive.", "Harbour Press file photo"],
)
def test_a_pictures_note_on_a_line_of_its_own_is_furniture(line):
    assert is_furniture(line) and _dropped(line)


@pytest.mark.parametrize(
    "line",
    ["Anna Berg in Tarn. Video screenshot", "Delegates in the hall in Vell. Archive", "Anna Berg in Tarn (illustrative photo)",
     "Anna Berg in Tarn. Photo is illustrative", "Olaf Lund, file photo."],
)
def test_a_caption_closed_by_a_screenshot_archive_or_illustration_note(line):
    assert is_caption(line) and _dropped(line)


@pytest.mark.parametrize(
    "line",
    ["Anna Berg at the talks in Tarn. TASS", "Olaf Lund meets the delegates in Vell (Xinhua)", "The hall in Vell / Ukrinform",
     "Anna Berg in Tarn. Anadolu Agency", "Olaf Lund in Vell. EPA-EFE"],
)
def test_a_news_agency_after_punctuation_credits_a_picture(line):
    assert is_caption(line) and _dropped(line)


@pytest.mark.parametrize(
    "line",
    ["The minister said the talks were useful. TASS", "Lavrov said the talks would continue (TASS).",
     "The agency said in a statement: “We are ready”. Ukrinform", "The ministry confirmed the date, according to Russia's TASS.",
     "\"It was a useful meeting,\" the spokesman said in an interview with Xinhua."],
)
def test_a_sentence_that_ends_on_an_agency_is_no_caption(line):
    assert not is_caption(line) and _kept(line)


def test_a_headline_with_an_agencys_name_after_a_bar_stays_the_headline():
    page = _page("Envoys agree to keep talking in Vell | Ukrinform", PROSE, MORE)
    assert page.title == "Envoys agree to keep talking in Vell"


@pytest.mark.parametrize(
    "line",
    ["Envoys meet in Tarn. Sputnik / Jane Marsh", "Xinhua/Li Ming", "AP Photo/Jane Marsh, File", "Anna Berg in Tarn. (Reuters: Piet Lund)",
     "Credit...Jane Marsh for The Harbour Times", "Anna Berg in Tarn. Photo courtesy: the Harbour foreign ministry",
     "Anna Berg in Tarn. Photo from social networks", "Image via social media"],
)
def test_more_photo_credit_spellings(line):
    assert is_caption(line) and _dropped(line)


@pytest.mark.parametrize(
    "line",
    ["From left: Anna Berg, Olaf Lund and Piet Marsh at the talks in Tarn.", "L-R: Anna Berg and Olaf Lund in Vell",
     "A file photo of Anna Berg at the summit in Tarn", "File image of the lakeside hall in Vell"],
)
def test_captions_opened_by_the_order_of_the_people_or_a_file_photo(line):
    assert is_caption(line) and _dropped(line)


def test_a_sentence_about_seating_order_is_kept():
    line = "From left to right, the negotiators will be seated by country, the organisers said on Monday."
    assert not is_caption(line) and _kept(line)


@pytest.mark.parametrize("line", ["Go to the mediabank", "/ Go to the photo bank"])
def test_a_picture_agencys_viewer_link_is_furniture(line):
    assert is_furniture(line)


# --- prompts, notices and marks -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["#Ukraine #Russia #PeaceTalks", "#Vell, #Tarn", "Tags Russia Ukraine Peace talks", "TOPICS Northland Harbour", "Section: World",
     "2-minute read", "5-min read",
     "The views expressed in this article are the author's own.", "Views expressed are personal",
     "The opinions expressed in this column are those of the author and do not reflect the position of the editors.",
     "(END)", "-ends-", "— END —", "NNNN",
     "« Previous article", "Next post »",
     "Up next: Envoys meet in Vell", "Don't miss — Envoys meet in Vell", "Read also — Envoys meet in Vell"],
)
def test_tags_reading_times_disclaimers_end_marks_and_pointers_are_furniture(line):
    assert is_furniture(line) and _dropped(line)


@pytest.mark.parametrize(
    "line",
    ["You can share this story on social media:", "(You can now subscribe to our Harbour Times WhatsApp channel)",
     "Join 50,000 subscribers", "Read our latest stories on Telegram",
     "Stay up to date with the latest news by following us on Telegram", "Follow us on Google News", "Google News",
     "Read the latest updates on our live blog", "For the latest updates, follow our live blog",
     "Write a comment", "Be the first to comment", "Share your thoughts", "Feedback", "Found a mistake? Let us know",
     "Spotted an error? Tell us", "Get unlimited access", "Unlock full access for $1",
     "Support Ukrainian journalism", "Support independent journalism in Northland. Join our community.",
     "This article is also available in Ukrainian", "Read in Russian", "Audio version", "Read the full article here"],
)
def test_share_follow_comment_paywall_and_language_prompts_are_furniture(line):
    assert is_furniture(line) and _dropped(line)


@pytest.mark.parametrize(
    "line",
    ["Get Latest World News along with Latest News and Top Headlines from Northland at Harbour Times.",
     "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Harbour Mint.",
     "Save articles to read later and create your own reading list.",
     "(Except for the headline, this story has not been edited by Harbour Times staff and is published from a syndicated feed.)",
     "(Only the headline and picture of this report may have been reworked by the Harbour staff; the rest of the content is "
     "auto-generated from a syndicated feed.)"],
)
def test_a_sites_closing_lines_and_syndication_notes_are_furniture(line):
    assert is_furniture(line) and _dropped(line)


@pytest.mark.parametrize(
    "line",
    ["jane.marsh@harbour.example", "@janemarsh", "Send tips to tips@harbour.example", "Tip? Contact us",
     "dh/wd (AFP, Reuters, AP)", "jm/pl (dpa, AFP)", "2h ago", "15 min ago", "Location : Vell, Northland"],
)
def test_contacts_desk_initials_ages_and_locations_are_furniture(line):
    assert is_furniture(line) and _dropped(line)


@pytest.mark.parametrize(
    "line",
    ["Support for the plan among Northland media outlets was high, a survey showed on Monday.",
     "Support Northland reporting on the front line was the aim of the fund, its director said.",
     "Feedback from the delegations was cautious.",
     "You can watch what we do on the ground, the commander said on Telegram.",
     "You can share the burden, the minister told the allies.",
     "Topics discussed included prisoner exchanges and the return of children.",
     "Section 4 of the draft deals with security guarantees.",
     "Location of the next round has not been agreed, a diplomat said.",
     "End of the war is not in sight, the spokesman said.",
     "Views expressed by the envoys differed sharply on the question of territory.",
     "Found a way forward, the mediators said of the talks in Vell.",
     "Stay informed about the talks, the ministry told citizens, and follow our updates on the official channel."],
)
def test_sentences_that_open_like_these_prompts_are_kept(line):
    assert not is_furniture(line) and _kept(line)


@pytest.mark.parametrize("heading", ["On the topic", "More on the topic:", "Other news", "In case you missed it"])
def test_teaser_headings_alone_on_their_line_drop_the_headlines_under_them(heading):
    assert teaser_marker(heading) == ""
    out = clean_body([PROSE, heading, "Envoys meet in Vell again", "Kremlin rejects the plan", MORE]).text
    assert "Envoys meet in Vell again" not in out and "Kremlin rejects" not in out and MORE in out


@pytest.mark.parametrize("line", ["On the topic of territory, the sides remain far apart.", "Other news from the front was grim."])
def test_a_sentence_that_opens_with_a_teaser_heading_is_no_teaser_marker(line):
    assert teaser_marker(line) is None and _kept(line)


@pytest.mark.parametrize(
    "line",
    ["Harbour Pravda is the place where you will find the latest news. Follow us on Telegram, Twitter, and YouTube.",
     "Follow us on X and Facebook for the latest news", "Print version", "Bookmark this", "Saved", "Support us", "Help us",
     "Share this post", "Note from the author: the piece was written before the talks."],
)
def test_follow_us_pleas_and_more_interface_words_are_furniture(line):
    assert is_furniture(line) and _dropped(line)


def test_a_sentence_that_quotes_a_follow_us_plea_is_kept():
    line = "He said supporters should follow us on Telegram and on the streets, the opposition leader wrote on Monday."
    assert not is_furniture(line) and _kept(line)


@pytest.mark.parametrize("heading", ["Also watch", "More videos"])
def test_video_teaser_headings(heading):
    out = clean_body([PROSE, heading, "Envoys meet in Vell again", MORE]).text
    assert "Envoys meet in Vell again" not in out and MORE in out


# --- a picture's name label ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["Harbour spokesman Piet Marsh", "Northland special envoy Anna Berg", "Harbour's foreign minister Olaf Lund",
     "Berg's chief of staff Piet Lund", "Northland foreign minister Lund and Harbour secretary of state Marsh"],
)
def test_a_name_label_with_the_office_in_lower_case_is_a_caption(label):
    assert is_caption(label) and _dropped(label)
    page = _page(label, "Envoys agree to keep talking about a prisoner exchange", PROSE, MORE)
    assert page.title == "Envoys agree to keep talking about a prisoner exchange"


@pytest.mark.parametrize(
    "line",
    ["President Berg Says Lund Wants Peace", "Harbour spokesman Marsh on the peace talks", "Foreign minister rejects plan",
     "Anna Berg", "Northland President Anna Berg"],
)
def test_headlines_and_names_without_a_lower_case_office_are_no_name_labels(line):
    assert not is_name_label(line)


@pytest.mark.parametrize(
    "line",
    ["Harbour President Anna Berg and Northland President Olaf Lund shake hands",
     "Northland Foreign Minister Olaf Lund and Harbour Secretary of State Anna Berg look on"],
)
def test_the_people_shown_and_what_they_do_without_a_place_is_a_caption(line):
    assert is_name_label(line) and _dropped(line)
    page = _page(line, "Envoys agree to keep talking about a prisoner exchange", PROSE, MORE)
    assert page.title == "Envoys agree to keep talking about a prisoner exchange"


@pytest.mark.parametrize("line", ["Berg and Lund shake hands", "Berg Says Lund And Marsh Meet"])
def test_a_short_subject_or_a_title_case_verb_is_no_such_caption(line):
    assert not is_name_label(line)


@pytest.mark.parametrize("marker", ["Highlights", "Key Highlights", "Quick take"])
def test_more_summary_markers_keep_their_points_from_the_headline(marker):
    points = ["Northland asks for guarantees before any truce", "Harbour rejects a buffer zone"]
    head = "Envoys agree to keep talking about a prisoner exchange"
    assert _page(marker, *points, PROSE, MORE).title is None
    assert _page(head, marker, *points, PROSE, MORE).title == head


# --- more credits, editors' lines, handles and tools ------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Fact checked by Olaf Brun", "Reviewed by Jane Marsh", "Copy edited by Olaf Brun", "Responsible editor: Jane Marsh",
     "Posted by admin on June 3, 2025", "Published by Staff | 3 June 2025"],
)
def test_who_checked_edited_or_posted_the_copy_is_furniture(line):
    assert is_furniture(line) and _dropped(line)
    assert _page(line, PROSE, MORE).title is None


@pytest.mark.parametrize("line", ["Jane Marsh @janemarsh", "Jane Marsh, @jmarsh_tarn, Senior Correspondent", "Olaf Brun @obrun · Tarn"])
def test_a_writers_name_with_a_social_handle_is_furniture(line):
    assert is_furniture(line) and _dropped(line)


@pytest.mark.parametrize(
    "line",
    ["Email a link to a friend", "Bookmark this article", "Copied!", "Link copied", "A+ A-", "Manage cookie preferences",
     "Add us on Google News", "Add Harbour Gazette to Google News", "Photo", "Photo:", "Categorised in: Europe",
     "Photographer: Jane Marsh/Harbour Press"],
)
def test_more_sharing_reading_and_account_tools_are_furniture(line):
    assert is_furniture(line) and _dropped(line)


@pytest.mark.parametrize("line", ["He posted it on Monday, copied from a friend's page.", "Reviewers said the plan was sound.",
                                  "Jane Marsh, the envoy, spoke at the talks in Tarn on Monday."])
def test_sentences_with_those_words_stay(line):
    assert not is_furniture(line) and _kept(line)


@pytest.mark.parametrize(
    "line",
    ["Harbour Press photo", "Tarn News photo", "Delegates in the hall in Vell (Jane Marsh/AP)", "Olaf Lund in Tarn [Jane Marsh/Harbour Press]",
     "Delegates in the hall in Vell [File: Jane Marsh/AP]", "Delegates in the hall in Vell. Courtesy: the ministry",
     "Delegates in the hall in Vell ©Jane Marsh", "Delegates in the hall in Vell, © Harbour Press 2025 / Jane Marsh",
     "The foreign minister, left, and her counterpart from Vell", "Olaf Lund (L) and Anna Berg (R) in the hall"],
)
def test_more_picture_credits_and_captions(line):
    assert is_caption(line) and _dropped(line)


@pytest.mark.parametrize(
    "line",
    ["The foreign minister, left, shook hands with her counterpart.", "The envoys met (Tarn/Vell) for talks.",
     "Delegations met again in Tarn on Monday, officials said, © notwithstanding."],
)
def test_sentences_that_resemble_those_credits_are_no_captions(line):
    assert not is_caption(line)


@pytest.mark.parametrize(
    "line",
    ["Post Views: 1,234", "Page views: 56", "1x", "1.5x", "Playback speed", "Follow our coverage of the war in Ostland",
     "Our live coverage of the talks in Tarn", "Harbour Gazette is now on Telegram", "Tarn Courier is on WhatsApp",
     "Become a Harbour Gazette member", "This article is also available in audio", "Read full story", "Also on Harbour Gazette",
     "From the Harbour Gazette archive", "Source:", "Authors:", "Written by"],
)
def test_counters_player_controls_channel_pointers_and_bare_labels_are_furniture(line):
    assert is_furniture(line) and _dropped(line)
    assert _page(line, PROSE, MORE).title is None


@pytest.mark.parametrize("line", ["Suggested: Envoys meet again in Tarn", "You might like: Envoys meet again in Tarn"])
def test_more_teaser_markers(line):
    assert teaser_marker(line) == "Envoys meet again in Tarn" and _dropped(line)


@pytest.mark.parametrize("line", ["The ministry said its coverage of the talks would continue in Tarn.",
                                  "Olaf Brun is now on his way to Tarn for the talks, officials said.",
                                  "Members of the delegation will become observers at the talks in Tarn."])
def test_sentences_about_coverage_channels_or_members_stay(line):
    assert not is_furniture(line) and _kept(line)


@pytest.mark.parametrize("line", ["HARBOUR PHOTO / Jane Marsh Envoys arrive for talks in Tarn", "(Harbour Photo) Envoys arrive for talks in Tarn",
                                  "(Tarn News photo) Delegates in the hall in Vell"])
def test_a_pictures_credit_opening_its_caption_is_furniture(line):
    assert is_furniture(line) and _dropped(line)


@pytest.mark.parametrize("line", ["(Harbour Press) Envoys arrive for talks in Tarn, officials said.",
                                  "HARBOUR PRESS reported that envoys arrived for talks in Tarn."])
def test_a_line_opening_on_a_name_without_the_word_photo_stays(line):
    assert not is_furniture(line)
