"""General rules on made-up lines: wire datelines, credits, bylines, dates, source names."""
from __future__ import annotations

import datetime as dt

import pytest

from zopa.ingest import same_source
from zopa.ingest.clean import is_furniture, is_prose
from zopa.ingest.dates import date_inconsistencies, relative_dates
from zopa.ingest.metadata import original_source, parse_byline


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
