"""General rules on made-up lines: wire datelines, credits, bylines, dates, source names."""
from __future__ import annotations

import datetime as dt

import pytest

from zopa.ingest import same_source
from zopa.ingest.clean import is_caption, is_furniture, is_prose
from zopa.ingest.dates import date_inconsistencies, relative_dates
from zopa.ingest.metadata import copyright_holder, original_source, parse_byline


@pytest.mark.parametrize(
    "first_line, wire",
    [
        ("KYIV (Reuters) - Ukraine said on Monday it would not cede land.", "Reuters"),
        ("KYIV, Ukraine (AP) — Ukraine said on Monday it would not cede land.", "Associated Press"),
        ("BRUSSELS, Feb 3 (Newswire) – EU envoys agreed on Monday to extend sanctions.", "Newswire"),
        ("MOSCOW, March 18. /TASS/. Russia said on Tuesday it was ready for talks.", "TASS"),
        ("(Reuters) - Ukraine said on Monday it would not cede land.", "Reuters"),
    ],
)
def test_wire_datelines_name_the_original_source(first_line: str, wire: str):
    assert original_source([first_line], [first_line], "Some Local Paper", rehost=False) == wire


@pytest.mark.parametrize(
    "credit, source",
    [("(Adapted from ThePrint.in)", "ThePrint"), ("Source: Reuters", "Reuters"),
     ("The post Talks stall appeared first on Gulf Times.", "Gulf Times"), ("(With inputs from PTI)", "PTI")],
)
def test_credit_lines_name_the_original_source_and_are_furniture(credit: str, source: str):
    body = ["Ukraine and Russia ended talks on Tuesday without agreement on territory, officials said."]
    assert original_source([*body, credit], body, "Host Site", rehost=False) == source
    assert is_furniture(credit)


@pytest.mark.parametrize(
    "line, names, ai",
    [
        ("By Anna Keller and Taras Melnyk", ["Anna Keller", "Taras Melnyk"], False),
        ("by Jenna Morales   November 22, 2025   0 Comments", ["Jenna Morales"], False),
        ("By Ines Marchetti, Diplomatic Correspondent", ["Ines Marchetti"], False),
        ("Nadia Ferrante in Washington and Owen Blake in London", ["Nadia Ferrante", "Owen Blake"], False),
        ("Andrea Voss (now) and Tom Keeling (earlier)", ["Andrea Voss", "Tom Keeling"], False),
        ("Marcus ChenAI", ["Marcus Chen"], True),
    ],
)
def test_byline_shapes(line: str, names: list[str], ai: bool):
    assert parse_byline(line) == (names, ai)


@pytest.mark.parametrize("line", ["The Riverside Gazette", "Skip to main content", "Kremlin Rejects Peace Without Ukrainian Territorial Surrender"])
def test_non_bylines(line: str):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line",
    ["Share   Save   Comment 87", "Home | World | Business | Opinion", "Views: 1 873", "Comments (1,247)",
     "Tags: Peace, Geneva", "© 2025 The Harbour Times. All rights reserved.", "Photo: Reuters/Pool",
     "Sign up for the Morning Brief, delivered to your inbox", "4 min read", "Loading comments..."],
)
def test_furniture_lines(line: str):
    assert is_furniture(line) and not is_prose(line)


@pytest.mark.parametrize(
    "line",
    [  # reading aids and prompts between paragraphs
     "Scroll to continue reading", "Story continues below advertisement", "Listen to this story", "Listen to article",
     "Reading time: 4 min", "Estimated reading time 6 minutes", "Click here to read the full report", "Click here for live updates",
     "Download our app", "Get the app for breaking alerts", "Follow our Signal channel for the latest news", "Follow us on Mastodon",
     "Follow our live coverage", "Follow the latest updates here", "Have a news tip? Write to the desk", "Got a tip? Contact us",
     "Loading...", "Please wait…", "This article is more than 3 years old", "This story is over a year old",
     "Disclaimer: the views are the writer's own.", "DISCLAIMER: Opinions expressed here are not ours.",
     "Sponsored content", "Partner content",
     # site chrome
     "We use cookies to give you the best experience on our website.", "This site uses cookies for analytics",
     "Accept all cookies", "Manage cookies", "Toggle navigation", "Link copied", "Add to favourites", "Share via", "Tags", "Topics",
     "Privacy policy", "Terms of service", "Already a subscriber? Sign in here", "This article is for subscribers only",
     "File photo", "Illustrative image", "Illustrative photo", "Image caption, Envoys met in Geneva", "Image source, Harbour Press",
     "Photo: president.example.org", "Foto: Harbour-Press"],
)
def test_more_furniture_lines(line: str):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line, caption",
    [("Envoys arrive for talks in Geneva on March 3, 2025. (AP Photo/Lena Ortiz)", True),
     ("Delegates leave the hotel in Oslo. (Image by Tomas Ek)", True),
     ("Soldiers rest near the front line on Monday. REUTERS/Mira Castell", True),
     ("The foreign ministers meet in Ankara. EPA-EFE/TOMAS EK", True),
     ("Envoys shake hands in Doha. (Xinhua/Li Wen)", True), ("A ceasefire monitor in Kherson (Harbour/Ida Brandt)", True),
     ("Envoys meet in Riyadh [Getty Images]", True), ("The talks venue in Geneva [Photo: Harbour Press]", True),
     ("Delegates at the summit. Photo courtesy of the foreign ministry", True),
     ("Envoys in Geneva. Credit: Ida Brandt/Harbour Press", True),
     ("Kyiv has long sought closer ties with the EU/NATO, officials said on Monday.", False),
     ("A survey (Harbour/Ipsos) found that most voters backed the talks.", False),
     ("The deal covers the grain corridor and the Black Sea ports [see map].", False),
     ("Both sides said they would return next month to continue the talks. (AP)", False)],
)
def test_photo_credits_end_captions(line: str, caption: bool):
    assert is_caption(line) is caption


def test_a_copyright_sign_in_a_caption_is_not_the_site():
    caption = "Envoys arrive for talks in Geneva on March 3, 2025. © Harbour Press"
    assert copyright_holder([caption]) is None
    assert copyright_holder(["Envoys agree", "© 2025 Harbour Gazette. All rights reserved."]) == "Harbour Gazette"


@pytest.mark.parametrize("first", ["Envoys at the talks in Geneva (AFP)", "Delegates in Riyadh, March 3 (Reuters)"])
def test_a_caption_ending_in_a_wire_is_not_a_dateline(first: str):
    body = [first, "Delegations from the two governments met again on Tuesday to discuss a ceasefire plan for the region."]
    assert original_source(body, body, "Harbour Gazette", rehost=False) == "Harbour Gazette"


def test_prose_is_not_furniture():
    line = "Moscow has demanded that Ukraine pull its troops out of the parts of the Donetsk region it still controls."
    assert is_prose(line) and not is_furniture(line)


def test_relative_dates_past_and_future():
    published = dt.date(2025, 12, 15)  # a Monday
    text = ("Leaders met on Friday in Brussels. On Thursday, European Union leaders will meet again. "
            "Tuesday's vote was postponed. The envoy said yesterday that talks would resume.")
    assert relative_dates(text, published) == {
        "on Friday": "2025-12-12", "on Thursday": "2025-12-18", "Tuesday's vote": "2025-12-09",
        "yesterday": "2025-12-14"}


def test_war_length_claims_are_checked_against_the_text_own_start():
    text = "Casualties have mounted since February 2022. This is the 34-month war nobody wanted to end."
    assert date_inconsistencies(text, dt.date(2026, 1, 23))
    assert not date_inconsistencies(text, dt.date(2024, 12, 20))
    assert not date_inconsistencies("This is the 34-month war.", dt.date(2026, 1, 23))  # no start given: no claim checked


@pytest.mark.parametrize(
    "a, b, same",
    [("ThePrint.in", "ThePrint", True), ("THE LEDGER POST", "The Ledger Post", True), ("Eastbridge", "Eastbridge Post", True),
     ("EVA DAILY", "EVA Daily", True), ("Newswire", "Meridian", False), ("Financial Times", "Times", False)],
)
def test_source_comparison_rule(a: str, b: str, same: bool):
    assert same_source(a, b) is same


@pytest.mark.parametrize(
    "a, b, same",
    [("harbourgazettenews.example", "The Harbour Gazette", True),    # the name run together, plus 'news'
     ("lakesideglobe.example", "Lakeside", True),                     # plus 'globe'
     ("www.rivervoice.co.za", "Rivervoice Daily", True),              # the name, less 'daily'
     ("valdiplo.example", "Le Valle diplomatique", True),             # the starts of every word
     ("nwh.example", "North West Herald", True),                      # initials
     ("harbourpost.example", "Harbour Gazette", False), ("gazette.example", "Harbour Gazette", False),
     ("northwest.example", "North West Herald", False), ("harbourgazette.example", "harbourpost.example", False)],
)
def test_a_site_is_the_outlet_it_is_named_for(a: str, b: str, same: bool):
    assert same_source(a, b) is same and same_source(b, a) is same


@pytest.mark.parametrize(
    "a, b, same",
    [("apnews.com", "AP", True), ("https://www.bbc.co.uk/news/world-1", "BBC", True), ("en.people.cn", "People's Daily", True),
     ("Agence France-Presse", "afp.com", True), ("bbc.com", "CNN", False), ("reuters.com", "Associated Press", False)],
)
def test_names_and_sites_of_one_listed_outlet_are_one_source(a: str, b: str, same: bool):
    assert same_source(a, b) is same
