"""Place a statement on its issue's 0–100 scale from the codebook's anchors.

Outcome phrases in the text ("frozen contact lines", "neutral status",
"lifted in stages") are matched to an anchor of the statement's issue by the
words of the anchor's label; with no such phrase, a demand sits at the
holder's pole of the scale and a rejection at the other side's pole, as the
codebook's `low_pole` / `high_pole` say which principal asks for what.
"""
from __future__ import annotations

import re

from ..codebook import Codebook, Issue

__all__ = ["ValuePlacer"]

# (phrase in the text, words in an anchor label). Negative outcomes first.
_OUTCOMES: tuple[tuple[str, str], ...] = (
    (r"not recogni|no recognition|never recogni|refus\w* to recogni|non-recognition", r"no recognition"),
    (r"de facto", r"de facto"),
    (r"recogni[sz]\w* (?:as |it as )?(?:part of )?russia|de jure|legally recogni|its own territory|russian territory",
     r"recognised as russian|de jure|recognition as russian"),
    (r"no (?:foreign|nato|western|european) (?:troops|forces|peacekeepers|contingents|soldiers)|not host foreign|"
     r"no peacekeepers|without foreign (?:troops|forces)|foreign (?:military )?bases", r"no foreign troops"),
    (r"neutral peacekeepers|un peacekeepers|peacekeepers .{0,40}russia agrees|composition", r"neutral peacekeepers"),
    (r"european (?:force|troops|peacekeepers|contingent)|reassurance force|western (?:troops|forces)|boots on the ground|"
     r"multinational force|peacekeep\w+ (?:force|mission|contingent)", r"european or western force"),
    (r"no (?:western )?(?:security )?guarantees|without guarantees", r"no western security"),
    (r"including russia|russia (?:as|among) (?:a )?guarantor|russia .{0,20}guarantor|without (?:foreign )?forces",
     r"includes russia|without forces"),
    (r"article 5|binding|legally bound|collective|nato-style|robust|reliable|backed by", r"binding collective"),
    (r"neutral\w*|non-bloc|non-aligned|never join|stay out of (?:military )?alliances|renounc\w*|"
     r"rule out .{0,30}membership|no nato|outside nato|not join nato", r"permanent neutrality"),
    (r"defer\w*|off the (?:agenda|table) for now|postpone\w*|not (?:on the agenda )?for now|for years", r"deferred"),
    (r"join nato|nato membership|membership (?:in|of) nato|nato accession|path to nato", r"ukraine joins nato"),
    (r"block\w*|veto\w*|no eu", r"accession blocked"),
    (r"eu membership|join the eu|eu accession|eligible for eu|european union membership|accession", r"accession proceeds"),
    (r"demilitari[sz]ed (?:buffer )?zone|buffer zone", r"demilitarised zone"),
    (r"freez\w*|frozen|current (?:front ?)?lines?|line of contact|contact lines?|front ?lines?|where (?:they|the troops) stand",
     r"freeze|current line"),
    (r"ukrain\w* (?:troops |forces |army |armed forces )?(?:to )?(?:withdraw|pull\w* (?:out|back)|retreat|leave)|"
     r"withdrawal of (?:the )?ukrain\w*|(?:cede|ceding|surrender\w*|give up|hand\w* over)|full control|all of (?:the )?donetsk",
     r"ukraine (?:withdraws|cedes)"),
    (r"russian (?:troops |forces )?(?:withdraw|pull\w* out)|withdrawal of (?:all )?russian|restor\w*|1991 borders|"
     r"territorial integrity|return\w* to ukraine|liberat\w*|de-occupation|internationally recognised borders",
     r"russian withdrawal|restor|returned to ukraine"),
    (r"demilitari[sz]\w*|deep cuts|slash\w*", r"demilitarisation"),
    (r"\b(?:5|6|7|8)\d\d,?000\b|cap(?:ped)? at|ceiling", r"cap near"),
    (r"no limits?|no caps?|without limits", r"no limits"),
    (r"immediate|unconditional|30-day|full ceasefire|comprehensive ceasefire|right away|at once", r"immediate"),
    (r"basic principles|root causes|final (?:settlement|agreement|peace)|before (?:a )?(?:final )?(?:settlement|agreement)|"
     r"long-term settlement", r"no ceasefire before|no energy moratorium"),
    (r"together with|alongside|framework", r"together with a framework"),
    (r"moratorium|halt\w* (?:strikes|attacks)|stop\w* (?:strikes|attacks)", r"immediate moratorium"),
    (r"sanctions|only with|reconnect\w*|swift|restrictions|in exchange", r"sanctions relief"),
    (r"safe navigation|freedom of navigation|safe passage", r"unconditional safe"),
    (r"in stages|phased|gradual\w*|step by step|partial", r"phased"),
    (r"lift\w*|eas\w*|relief|remov\w*|rollback", r"immediate lifting"),
    (r"keep\w*|maintain\w*|tighten\w*|more sanctions|new sanctions|until|increase\w* pressure", r"kept until"),
    (r"joint|shared|split|half", r"shared reconstruction"),
    (r"occupied (?:territories|areas|regions)|return\w* to russia|unfreez\w*|under (?:its|russian) direction", r"returned to russia"),
    (r"reparations?|for ukraine|ukraine's (?:defen|reconstruction)|confiscat\w*|seiz\w*|rebuild\w*", r"used for ukraine"),
    (r"amnesty", r"full amnesty"),
    (r"tribunal|prosecut\w*|accountab\w*|punish\w*|justice", r"special tribunal"),
    (r"no (?:external|imposed) elections|not (?:hold|impose)", r"no externally imposed"),
    (r"elections?|illegitima\w*|legitima\w*|vote", r"new elections"),
    (r"russian language|church|russian speakers|linguistic|religious", r"official status"),
)
_COMPILED = tuple((re.compile(t, re.I), re.compile(a, re.I)) for t, a in _OUTCOMES)


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
        """The outcome phrases that name one of this issue's anchors, in priority order."""
        out = []
        for phrase, label in _COMPILED:
            for anchor in issue.anchors:
                if label.search(anchor.label):
                    out.append((phrase, anchor.value))
                    break
        return tuple(out)

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
