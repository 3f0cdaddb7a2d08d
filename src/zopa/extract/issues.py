"""Issue detection from the codebook's cues, with region lists and specificity.

Every issue's cues (and its label) become one case-insensitive pattern; a cue may be
written with choices ("{halt|pause} {in|to} {the|} fighting") standing for every phrase they make. A
cue shared by several issues ("Donbas" for Donetsk and Luhansk) yields all of
them; "the four regions" yields every region-level child of the issue whose
children are labelled as oblasts/regions/provinces. When a more specific issue is
found, its parent (and a ".general" sibling) is dropped; the catch-all
process issue (the one whose description speaks of talks) only stands when
nothing else is found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..codebook import Codebook
from .trie import trie_pattern
from .inflect import inflections
from .lexicon import EXEMPLIFYING, NOT_ISSUE_USES

__all__ = ["IssueHit", "IssueIndex"]

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_REGION_LIST = re.compile(   # "the four regions", "four partially occupied eastern regions"
    r"\b(two|three|four|five|[2-5])\s+(?:[^\W\d][\w-]*\s+){0,3}?(?:regions|oblasts|provinces|territories)\b", re.I)
_REGION_WORDS = ("oblast", "region", "province")


_WHEN_BEFORE = re.compile(r"\b(?:after|during|before|following|ahead of|since|on the sidelines of|on the margins of|"
                         r"at the end of|at the close of|at the start of)\s+(?:the\s+|an?\s+|these\s+|those\s+|this\s+|their\s+|"
                         r"last\s+|Wednesday's\s+|the\s+latest\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
_WHEN_WORDS = ("after", "during", "before", "following", "ahead of", "since", "sidelines", "margins", "at the ")
_COGNITION = re.compile(r"\w+(?:is|iz)e[sd]?$|acknowledge[sd]?$", re.I)
_FACILITY_AFTER = re.compile(r"(?:'s|’s)?\s+(?:nuclear|NPP\b|power (?:plant|station)|plant\b|airport|dam\b)", re.I)
_FACILITY_BEFORE = re.compile(r"(?:nuclear|power) (?:power )?(?:plants?|stations?),?\s+(?:including|such as|like|at)\s+(?:the\s+)?$", re.I)
_DEAL_AFTER = re.compile(r"\s+(?:any\s+|the\s+|an?\s+|such\s+|its\s+)?(?:agreements?|deals?|decisions?|outcomes?|results?)\b", re.I)
_DE_FACTO_LINE = re.compile(r"\s+(?:line|lines|border|front)\b", re.I)
_THAT_AFTER = re.compile(r"\s+that\b", re.I)
# ordinary uses of a cue word that name no issue ("land forces", "trade talks"): the cue words and their pattern
_NOT_ISSUE = tuple((cues, re.compile(pattern, re.I)) for cues, pattern in NOT_ISSUE_USES)


# the words between a whole and a part that illustrates it: "territories, including the ...", "land — and especially of ..."
_EXEMPLIFIED = re.compile(r"(?:[\s,—–-]+[\w’'-]+){0,3}?[\s,—–(-]+(?:and\s+)?(?:" + EXEMPLIFYING + r")\s+(?:(?:the|an?|of|in|at|on|for)\s+){0,2}",
                          re.I)

_CHOICE = re.compile(r"\{([^{}]*)\}")


def _expand(cue: str) -> list[str]:
    """Every phrase a cue written with choices stands for: "{halt|pause} {in|to} {the|} fighting" gives "halt in the
    fighting", "pause to fighting" and the rest; an empty choice leaves the word out."""
    m = _CHOICE.search(cue)
    if m is None:
        return [" ".join(cue.split())]
    return [p for alt in m.group(1).split("|") for p in _expand(cue[:m.start()] + alt + cue[m.end():])]


def _inside(start: int, end: int, pattern: re.Pattern, text: str) -> bool:
    """Whether the cue hit text[start:end] lies inside a match of pattern found near it."""
    lo = max(0, start - 80)
    return any(u.start() <= start and end <= u.end() for u in pattern.finditer(text, lo, min(len(text), end + 80)))


@dataclass(frozen=True, slots=True)
class IssueHit:
    """An issue found in a span: where, which issue, and by which words."""

    start: int
    end: int
    issue: str
    cue: str
    whole: bool = False   # a whole named with a part as its example ("all the land, including X"): kept beside the part


class IssueIndex:
    """Compiled issue cues of one codebook."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        cue_map: dict[str, list[str]] = {}
        for issue in codebook.issues:
            for cue in (c for written in issue.cues for c in _expand(written)):
                for form in inflections(cue):
                    ids = cue_map.setdefault(form.lower(), [])
                    if issue.id not in ids:
                        ids.append(issue.id)
        self._cue_map = cue_map
        trie = trie_pattern(list(cue_map), fold=True)
        self._re = re.compile(r"(?<![\w\-])(" + trie + r")(?:s|es)?(?![\w])", re.I)
        self._starting = re.compile(r"(?<![\w\-])(?=((" + trie + r")(?:s|es)?)(?![\w]))", re.I)   # a cue at each word
        self.parents = {i.id: i.parent for i in codebook.issues}
        self.regions = self._region_children()
        self.region_ids = frozenset(i for group in self.regions.values() for i in group)
        self.process = self._process_issue()

    def _region_children(self) -> dict[int, tuple[str, ...]]:
        groups: dict[str, list[str]] = {}
        for issue in self.codebook.issues:
            if issue.parent and any(w in issue.label.lower() for w in _REGION_WORDS):
                groups.setdefault(issue.parent, []).append(issue.id)
        best = max(groups.values(), key=len, default=[])
        return {len(best): tuple(best)} if best else {}

    def _process_issue(self) -> str | None:
        for issue in self.codebook.issues:
            text = f"{issue.id} {issue.label} {issue.description or ''}".lower()
            if "process" in text or "negotiation" in issue.label.lower():
                return issue.id
        return None

    def find(self, text: str, start: int, end: int) -> list[IssueHit]:
        """All issue hits in text[start:end], specific issues preferred over their parents."""
        return self.prune(self.scan(text, start, end))

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[IssueHit]:
        """Every cue hit in text[start:end], in order, before pruning. Where cues of different issues cross ("a
        freeze" of a truce, "freeze along" of the land), each issue keeps its hit; a cue inside a longer one is not
        read on its own ("swaps" in "land swaps")."""
        end = len(text) if end is None else end
        hits: list[IssueHit] = []
        spans = set()
        for m in self._re.finditer(text, start, end):
            spans.add((m.start(), m.end()))
            hits += self._hits(text, m.start(), m.end(), m.group(1))
        for m in self._starting.finditer(text, start, end):
            s, e = m.start(1), m.end(1)
            over = [h.issue for h in hits if h.start < e and s < h.end]
            if not over or any(a <= s and e <= b for a, b in spans) \
                    or all(i in over for i in self._cue_map[m.group(2).lower().replace('’', "'")]):
                continue   # (a cue inside a longer one is the longer one's word: "swaps" in "land swaps")
            hits += [h for h in self._hits(text, s, e, m.group(2)) if h.issue not in over]
        for m in _REGION_LIST.finditer(text, start, end):
            for issue in self.regions.get(_NUMBERS[m.group(1).lower()], ()):
                hits.append(IssueHit(m.start(), m.end(), issue, m.group(0)))
        hits.sort(key=lambda h: h.start)
        return self._wholes(text, hits)

    def _wholes(self, text: str, hits: list[IssueHit]) -> list[IssueHit]:
        """Hits of a parent issue (or a ".general" sibling) followed by one of its parts given as an example ("all
        occupied territories, including X") are marked whole: the text states both, so pruning keeps both."""
        out = list(hits)
        for k, whole in enumerate(hits):
            prefix = whole.issue.split(".", 1)[0] + "."
            for part in hits[k + 1:]:
                if part.start < whole.end or part.start - whole.end > 60:
                    continue
                if not (self.parents.get(part.issue) == whole.issue or (whole.issue.endswith(".general")
                        and part.issue.startswith(prefix) and part.issue != whole.issue)):
                    continue
                if _EXEMPLIFIED.fullmatch(text, whole.end, part.start):
                    out[k] = replace(whole, whole=True)
                    break
        return out

    def _hits(self, text: str, start: int, end: int, found: str) -> list[IssueHit]:
        """The issues of the cue `found` at text[start:end] (the whole match, a plural ending included), unless its
        context shows an ordinary use of the words."""
        cue = found.lower().replace('’', "'")
        if any(cue in cues and _inside(start, end, pattern, text) for cues, pattern in _NOT_ISSUE):
            return []   # "land forces", "on land, at sea and in the air": the word, not the issue
        before = text[max(0, start - 40):start].lower()
        if cue == "de facto" and _DE_FACTO_LINE.match(text, end):
            return []   # "the de facto line of contact": a line, not recognition
        if _FACILITY_AFTER.match(text, end) or (("plant" in before or "station" in before) and _FACILITY_BEFORE.search(before)):
            return []   # "the Zaporizhzhia nuclear plant": a place lending its name to a facility
        if self._cue_map[cue] == [self.process] and any(w in before for w in _WHEN_WORDS) and _WHEN_BEFORE.search(before):
            return []   # "after the talks", "on the sidelines of the summit": when, not what
        if _COGNITION.match(text, start, end) and (_THAT_AFTER.match(text, end) or _DEAL_AFTER.match(text, end)):
            return []   # "must recognise that there is no military solution": a verb of thinking, not the issue
        return [IssueHit(start, end, issue, text[start:end]) for issue in self._cue_map[cue]]

    def prune(self, hits: list[IssueHit], standing: frozenset[int] = frozenset()) -> list[IssueHit]:
        """The hits with parents and the process issue dropped where a more specific issue is named; a process hit
        whose start is in `standing` stays (a conjunct of its own beside the other issue's, as the parse reads it)."""
        ids = {h.issue for h in hits}
        drop = set()
        for issue in ids:
            parent = self.parents.get(issue)
            if parent in ids:
                drop.add(parent)
            if parent is None and "." in issue:
                prefix = issue.split(".", 1)[0]
                if issue.endswith(".general") and any(o.startswith(prefix + ".") and o != issue for o in ids):
                    drop.add(issue)
        if self.process in ids and len(ids - drop) > 1:
            drop.add(self.process)
        return [h for h in hits if h.issue not in drop or h.start in standing or h.whole]
