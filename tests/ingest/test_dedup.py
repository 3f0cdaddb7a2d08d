"""Exact and near duplicates: syndicated copies link to the earlier copy."""
from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from zopa.ingest import clean_document, fingerprint, link_duplicates, similarity
from zopa.records import RawDocument

BODY = [
    "MOSCOW, Dec 3 (Meridian) – Russian President Vladimir Putin and two U.S. envoys failed to find a compromise on "
    "the future of Ukrainian territory during nearly five hours of talks in the Kremlin, a senior aide said.",
    "Steve Witkoff and Jared Kushner flew to Moscow on Tuesday with a revised version of a U.S. peace plan that was "
    "reworked with Ukrainian officials in Geneva and Florida over the past ten days.",
    "The territorial question remains the main obstacle. Moscow has demanded that Ukraine pull its troops out of the "
    "parts of the Donetsk region it still controls, a step Kyiv has repeatedly said it will not take.",
    "Dmitry Peskov, the Kremlin spokesman, said on Wednesday that Russia was prepared to continue contacts with the "
    "Americans as many times as needed, but would not conduct what he called megaphone diplomacy.",
]


def page(masthead: str, headline: str, extra: list[str], body: list[str] | None = None) -> RawDocument:
    lines = [masthead, "Home | World | Business | Sport", "", headline, "", "December 3, 2025", "", *(body or BODY), "", *extra]
    return RawDocument(source=f"{masthead}.txt", raw="\n\n".join(lines), kind="text", path=f"{masthead}.txt")


def test_syndicated_copy_with_other_headline_and_furniture_is_a_near_duplicate():
    original = clean_document(page("Meridian", "Kremlin says no compromise yet on territory after five-hour meeting", ["Comments (12)"]))
    body = BODY[:-1] + [BODY[-1] + " He gave no further details."]
    copy = clean_document(page("The Riverside Gazette", "Putin and Trump envoys talk for five hours, but no deal", [
        "Most Popular", "1. County board approves new budget", "Subscribe now: 99 cents for your first month"], body))
    assert copy.id != original.id
    assert similarity(original.fingerprint, copy.fingerprint) >= 0.8
    # same date: input order decides which copy is the earlier one
    linked = link_duplicates([original, copy])
    assert linked[0].duplicate_of is None
    assert linked[1].duplicate_of == original.id and linked[1].dup_kind == "near"


def test_earlier_publication_wins_over_input_order():
    early = clean_document(page("Meridian", "Kremlin says no compromise yet on territory after five-hour meeting", []))
    late = early.replace(id="f" * 16, content_hash="f" * 64, published=early.published + dt.timedelta(days=1))
    linked = link_duplicates([late, early])
    assert linked[0].duplicate_of == early.id and linked[1].duplicate_of is None


def test_exact_copy_is_linked_as_exact():
    a = clean_document(page("Meridian", "Kremlin says no compromise yet on territory after five-hour meeting", []))
    b = clean_document(page("Other Paper", "A different headline for the very same wire story", ["Comments (3)"]))
    assert a.content_hash == b.content_hash
    linked = link_duplicates([a, b])
    assert linked[0].dup_kind is None and linked[1].dup_kind == "exact" and linked[1].duplicate_of == a.id


def test_existing_fingerprints_are_earlier_copies():
    doc = clean_document(page("Meridian", "Kremlin says no compromise yet on territory after five-hour meeting", []))
    (linked,) = link_duplicates([doc.replace(id="e" * 16)], existing=[("stored000000000a", doc.fingerprint)])
    assert linked.duplicate_of == "stored000000000a" and linked.dup_kind == "near"


def test_different_stories_are_not_linked(corpus_docs):
    docs = [corpus_docs[name] for name in sorted(corpus_docs)]
    linked = link_duplicates(docs)
    assert sum(d.duplicate_of is not None for d in linked) == 2
    assert similarity(corpus_docs["dev2_01_istanbul-memoranda.txt"].fingerprint,
                      corpus_docs["dev1_01_istanbul-neutrality-offer.txt"].fingerprint) < 0.2


def test_fingerprint_is_stable_and_hex():
    fp = fingerprint(" ".join(BODY))
    assert fp == fingerprint(" ".join(BODY)) and fp.startswith("m2:") and int(fp[3:], 16) >= 0
    assert similarity(fp, "not hex") == 0.0


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[^\W_]+", text.casefold())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


@pytest.mark.parametrize("changed", [0, 5, 20, 60, 150])
def test_fingerprints_estimate_the_jaccard_similarity_of_word_shingles(changed):
    rng = random.Random(changed)
    vocab = [f"word{i}" for i in range(2000)] + ["Женева", "переговоры", "naïve", "café"]
    errors = []
    for _ in range(20):
        base = [rng.choice(vocab) for _ in range(300)]
        other = list(base)
        for _ in range(changed):
            other[rng.randrange(len(other))] = rng.choice(vocab)
        a, b = _shingles(" ".join(base)), _shingles(" ".join(other))
        errors.append(similarity(fingerprint(" ".join(base)), fingerprint(" ".join(other))) - len(a & b) / len(a | b))
    assert abs(sum(errors) / len(errors)) < 0.03      # unbiased
    assert max(map(abs, errors)) < 0.2                # 128 permutations: standard error at most 0.045


def test_a_fingerprint_of_another_scheme_is_not_compared():
    fp = fingerprint(" ".join(BODY))
    assert fp.startswith("m2:") and similarity(fp, fp) == 1.0
    assert similarity(fp, fp[3:]) == 0.0      # untagged: datasketch's SHA-1 scheme before store revision 0003
    assert fingerprint("") == fingerprint("   ") and similarity(fingerprint("short text"), fingerprint("Short, text!")) == 1.0


_STORY = ("Envoys from both governments met in a lakeside hotel on Monday and agreed to keep talking about an exchange of "
          "prisoners, officials from both delegations said afterwards. The talks lasted six hours and ended without a joint "
          "statement, but both sides described them as useful and said a second round would follow within weeks. "
          "Mediators from a neutral country chaired the session and proposed a list of names for a first exchange. "
          "The two sides also discussed the return of civilians detained near the front line, one of the envoys said.")


def _front(url: str, body: str) -> str:
    return f"---\nurl: {url}\n---\nEnvoys agree to keep talking about prisoners\n\n{body}\n"


@pytest.mark.parametrize(
    "credited, copy",
    [("OSLO, June 3 (Reuters) - " + _STORY, _STORY),
     (_STORY + "\n\nWith files from The Associated Press", _STORY + "\n\nMore on this story soon.")],
)
def test_a_copy_without_a_credit_shares_the_wire_its_syndicated_twin_credits(tmp_path, credited, copy):
    from zopa.ingest import load_documents

    (tmp_path / "a.txt").write_text(_front("https://harbour-gazette.example/a", credited), encoding="utf-8")
    (tmp_path / "b.txt").write_text(_front("https://lakeside-times.example/b", copy), encoding="utf-8")
    docs = {d.name: d for d in load_documents([str(tmp_path)])[0]}
    assert docs["b.txt"].original_source == docs["a.txt"].original_source
    assert docs["a.txt"].original_source in {"Reuters", "Associated Press"}
    assert docs["b.txt"].meta["original_source_from"] == docs["a.txt"].id


def test_an_unrelated_story_keeps_its_own_site_as_source(tmp_path):
    from zopa.ingest import load_documents

    other = ("A regional court on Tuesday postponed a hearing on a disputed harbour contract until next month, citing missing "
             "documents from the port authority and a request from the defence for more time to prepare its case. ") * 3
    (tmp_path / "a.txt").write_text(_front("https://harbour-gazette.example/a", "OSLO, June 3 (Reuters) - " + _STORY), encoding="utf-8")
    (tmp_path / "b.txt").write_text(_front("https://lakeside-times.example/b", other), encoding="utf-8")
    docs = {d.name: d for d in load_documents([str(tmp_path)])[0]}
    assert docs["b.txt"].original_source == "lakeside-times.example"


def test_the_shared_credit_names_the_same_copy_whatever_the_hash_seed(tmp_path):
    """With several credited copies, the uncredited one names the first in input order, in every process."""
    import subprocess
    import sys

    for name, site in (("a.txt", "harbour-gazette"), ("b.txt", "hill-herald"), ("c.txt", "river-post")):
        (tmp_path / name).write_text(_front(f"https://{site}.example/{name}", "OSLO, June 3 (Reuters) - " + _STORY),
                                     encoding="utf-8")
    (tmp_path / "d.txt").write_text(_front("https://lakeside-times.example/d", _STORY), encoding="utf-8")
    code = ("import sys; from zopa.ingest import load_documents; "
            "docs = {d.name: d for d in load_documents([sys.argv[1]])[0]}; "
            "print(docs['a.txt'].id == docs['d.txt'].meta['original_source_from'])")
    seen = {subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout.strip()
            for seed in (0, 1, 2, 3)}
    assert seen == {"True"}
