"""Sentence and clause segmentation with character offsets.

Lines are blocks (news text puts paragraphs, bullets and table rows on their
own lines); each block is cut into sentences at terminal punctuation, with
common abbreviations protected. Offsets always index the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences", "split_clauses"]

_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|Gov|St|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec|approx|e\.g|i\.e|U\.S|U\.K|U\.N|E\.U)\.|\b[A-Z]\.)$"
)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]»“]*(?=\s+[\"“‘'(\[«„]?[A-Z0-9•\-–—])")
_BULLET = re.compile(r"\s*(?:[•●▪◦*\-–—]+|\(?\d{1,2}[.)]|\(?[a-z][.)]|(?:[Pp]oint|POINT)\s+\d{1,2}\s*[:.)])\s+")   # ("Point 7: ...")
# a sentence opening with a contrast clause: "While Kyiv wants A, Moscow ..." (cut at the clause's comma)
_CONTRAST_LEAD = re.compile(r"[\"“‘']?(?:While|Whereas|Although|Though)\b([^,;:\"”]{8,160}),\s+")
_NAME = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
_LIST_END = re.compile(r"(?:^|[\s(])" + _NAME + r",\s+" + _NAME + r"$")   # "..., France, Germany" before ", and"
_LIST_AND = re.compile(r",\s+and\s+")
_CLAUSE_CUT = re.compile(
    r";\s+|:\s+(?=[\"“A-Za-z])|,\s+(?:(?:just|only|barely|some)\s+)?(?:hours|days|weeks|months|minutes|moments|a\s+day|a\s+week|"
    r"a\s+month|one\s+day|two\s+days|shortly|soon|not\s+long)\s+(?:after|before)\s+|,\s+(?=(?:arguing|saying|insisting|adding|noting|warning|stressing|claiming)\s+that\b)|,\s+(?=which\s+(?:included|includes|include|would include|covered|covers)\b)|,\s+(?:and|but|while|whereas|though|although)\s+|\s+but\s+|\s+while\s+|,?\s+because\s+(?!of\b)|"
    r"\s+whereas\s+|,\s+(?=though\b|although\b)|\s+and\s+(?=(?:that|wants?|wanted|demands?|demanded|rejects?|"
    r"rejected|insists?|insisted|called|calls|urged|urges|said|says|would|will|is|was|has|had|refused|"
    r"agreed|accepted|offered|proposed|expects?|expected|warned|sought|seeks)\b)"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document: its span, its text and its place in the layout."""

    start: int
    end: int
    text: str
    block: int          # index of the line/paragraph it belongs to
    bullet: bool        # the block is a list item or table row
    first_in_block: bool


def _blocks(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def _cut_block(text: str, s: int, e: int) -> list[tuple[int, int]]:
    cuts, last = [], s
    for m in _BOUNDARY.finditer(text, s, e):
        if text[m.start()] == "." and _ABBREV.search(text[max(last, m.start() - 8):m.start() + 1]):
            continue
        cuts.append((last, m.end()))
        last = m.end()
        while last < e and text[last].isspace():
            last += 1
    if last < e:
        cuts.append((last, e))
    return cuts


def split_sentences(text: str) -> list[Sentence]:
    """Cut a text into sentences; bullet markers are left out of the span."""
    out: list[Sentence] = []
    for b, (s, e) in enumerate(_blocks(text)):
        bm = _BULLET.match(text, s, e)
        bullet = bool(bm) or "\t" in text[s:e] or "|" in text[s:e]
        if bm:
            s = bm.end()
        for i, (cs, ce) in enumerate(_cut_block(text, s, e)):
            if ce > cs:
                out.append(Sentence(cs, ce, text[cs:ce], b, bullet, i == 0))
    return out


def split_clauses(sentence: Sentence, more: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    """Cut a sentence into clauses at coordinators and semicolons, after an opening contrast clause ("While X
    wants A, Y rejects B"), and at the `more` cuts given (offsets into the sentence); offsets into the document."""
    spans, last = [], 0
    t = sentence.text
    cuts = sorted({*((m.start(), m.end()) for m in _CLAUSE_CUT.finditer(t)), *more})
    lead = _CONTRAST_LEAD.match(t)
    if lead is not None:
        cuts = sorted({(lead.end(1), lead.end()), *cuts})
    for start, end in cuts:
        if _LIST_END.search(t, last, start) and _LIST_AND.fullmatch(t, start, end):
            continue   # "the leaders of France, Germany, and Poland went ...": the last item of a list of names
        if start - last >= 12:
            spans.append((last, start))
            last = end
    spans.append((last, len(t)))
    return [(sentence.start + a, sentence.start + b) for a, b in spans if b > a]
