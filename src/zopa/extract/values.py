"""Place a statement on its issue's 0–100 scale from the codebook's anchors.

Outcome phrases in the text ("frozen contact lines", "neutral status",
"lifted in stages") are matched to an anchor of the statement's issue by the
codebook's `outcomes` (or, where it gives none, by the anchor's own label);
with no such phrase, a demand sits at the
holder's pole of the scale and a rejection at the other side's pole, as the
codebook's `low_pole` / `high_pole` say which principal asks for what.
"""
from __future__ import annotations

import re

from ..codebook import Codebook, Issue

__all__ = ["ValuePlacer"]


# Words that turn a named outcome into its opposite ("a renunciation of NATO membership").
_NEGATED_OUTCOME = re.compile(r"\b(?:renunciation|renounc\w*|abandon\w*|giv(?:e|ing) up|drop(?:ping)?|no|never|without|"
                              r"end to|ban on|rul(?:e|ing) out)\s+(?:of\s+|on\s+|the\s+|its\s+|any\s+|a\s+)*[^,.;]{0,12}$", re.I)


_MISSING = object()


class ValuePlacer:
    """Anchor lookup and scale poles for one codebook."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self._issues = {i.id: i for i in codebook.issues}
        self.poles = self._poles(codebook)
        self._phrases = {i.id: self._relevant(i) for i in codebook.issues}
        self._memo: dict[tuple[str, str], float | None] = {}   # the same clause is placed once per issue

    @staticmethod
    def _relevant(issue: Issue) -> tuple[tuple[re.Pattern[str], float], ...]:
        """The words that name each of this issue's anchors, in order of precedence: the codebook's outcome phrases,
        else each anchor's own label."""
        if issue.outcomes:
            return tuple((re.compile(o.text, re.I), o.value) for o in issue.outcomes)
        return tuple((re.compile(r"\b" + re.escape(a.label) + r"\b", re.I), a.value) for a in issue.anchors)

    @staticmethod
    def _poles(codebook: Codebook) -> dict[str, float]:
        poles: dict[str, float] = {}
        for pole_text, value in ((codebook.low_pole, 0.0), (codebook.high_pole, 100.0)):
            if not pole_text:
                continue
            for actor in codebook.actors:
                if actor.id in codebook.principals and any(
                        re.search(rf"\b{re.escape(a)}", pole_text) for a in (actor.name, *actor.aliases)):
                    poles.setdefault(actor.id, value)
        return poles

    def anchor_value(self, issue: Issue, text: str) -> float | None:
        """The anchor of `issue` whose outcome the text names, if any."""
        key = (issue.id, text)
        hit = self._memo.get(key, _MISSING)
        if hit is _MISSING:
            if len(self._memo) > 512:
                self._memo.clear()
            hit = self._memo[key] = self._anchor_value(issue, text)
        return hit

    def forget(self) -> None:
        """Drop remembered placements (called per document, so no text is placed from another's memory)."""
        self._memo.clear()

    def _anchor_value(self, issue: Issue, text: str) -> float | None:
        for phrase, value in self._phrases.get(issue.id) or self._relevant(issue):
            m = phrase.search(text)
            if m and not _NEGATED_OUTCOME.search(text, max(0, m.start() - 30), m.start()):
                return value
        return None

    def place(self, issue_id: str, stance: str, actor: str, text: str, target: str | None) -> float | None:
        """The value of a statement on its issue's scale, or None when the text does not pin it down."""
        issue = self._issues.get(issue_id)
        if issue is None or not issue.anchors:
            return None
        found = self.anchor_value(issue, text)
        if found is not None and stance in ("demand", "reject", "offer", "accept", "condition", "support"):
            return found
        own = self.poles.get(actor)
        if stance in ("demand",) and own is not None:
            return own
        if stance == "reject" and own is not None:
            return 100.0 - own
        if stance == "support" and target in self.poles:
            return self.poles[target]
        return None
