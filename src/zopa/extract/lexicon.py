"""General English vocabulary of stance, attribution, negation and hedging, from `cues.yaml`.

The file is data, not logic: regular-expression fragments grouped by the role
they play. Negotiation-specific vocabulary (actors, issues, anchors, cues)
comes from the codebook; only general reporting and stance language lives in
the file. A list of patterns that forms one regular expression is joined as an
alternation, in the order given.
"""
from __future__ import annotations

import re
from importlib import resources
from typing import Any

from .._yaml import parse_yaml
from ..errors import InputError

__all__ = ["AGREEMENT_MADE", "ENTRY_STAMPS", "APPRAISALS", "DATELINES", "EXEMPLIFYING", "NOT_ISSUE_USES", "GOOD_OFFICES", "TALK_PROPOSALS", "GROUP_SPEAKERS", "ATTRIBUTION_BEFORE", "HEDGES", "HUMAN_NOUNS", "NAME_MODIFIER_NOUNS", "INDIRECT_QUESTIONS", "JOINT_PARTIES", "MAX_SENTENCE_WORDS", "NEGATION",
           "NON_STANCE", "NOTHING_LESS", "OUTCOME_MISSED", "FORCED_REFUSAL", "IDEA_NOUNS", "STEP_NOUNS", "ASKED_NOUNS", "OBJECT_PREPOSITIONS", "OBLIGED_AFTER", "OBJECT_VERBS", "PERSON_TITLES", "NAME_TITLES", "NAME_TITLE", "INSTITUTION_NOUNS", "TITLED", "OWNER_PARTICIPLES", "PLAN_NOUNS", "LIST_NOUNS", "LIST_POINTERS", "PRESSED_AFTER", "PLAN_POINTERS", "PRONOUNS", "QUESTION_LEADS", "QUESTION_OPENERS", "QUOTE_OWNER_NEXT", "QUOTE_OWNER_AFTER_NAME", "RED_LINES", "SPEECH_VERBS",
           "STANCE_CUES"]


def _load() -> dict[str, Any]:
    source = resources.files(__package__).joinpath("cues.yaml")
    data = parse_yaml(source.read_text(encoding="utf-8"), str(source), InputError)
    if not isinstance(data, dict):
        raise InputError("expected a mapping of vocabulary lists", source=str(source))
    return data


_DATA = _load()

SPEECH_VERBS: tuple[str, ...] = tuple(_DATA["speech_verbs"])
ATTRIBUTION_BEFORE: tuple[str, ...] = tuple(_DATA["attribution_before"])
STANCE_CUES: tuple[tuple[str, str], ...] = tuple((c["stance"], "|".join(c["patterns"])) for c in _DATA["stance_cues"])
NEGATION: str = "|".join(_DATA["negation"])
HEDGES: tuple[str, ...] = tuple(_DATA["hedges"])
RED_LINES: tuple[str, ...] = tuple(_DATA["red_lines"])
OUTCOME_MISSED: tuple[str, ...] = tuple(_DATA["outcome_missed"])
NON_STANCE: tuple[str, ...] = tuple(_DATA["non_stance"]) + OUTCOME_MISSED
JOINT_PARTIES: tuple[str, ...] = tuple(_DATA["joint_parties"])
HUMAN_NOUNS: tuple[str, ...] = tuple(_DATA["human_nouns"])
NOT_ISSUE_USES: tuple[tuple[frozenset[str], str], ...] = tuple(
    (frozenset(c.lower() for c in e["cues"]), e["pattern"]) for e in _DATA["not_issue_uses"])
NOTHING_LESS: str = _DATA["nothing_less"]
EXEMPLIFYING: str = "|".join(_DATA["exemplifying"])
NAME_MODIFIER_NOUNS: tuple[str, ...] = tuple(_DATA["name_modifier_nouns"])
PLAN_NOUNS: str = _DATA["plan_nouns"]
LIST_NOUNS: str = _DATA["list_nouns"]
LIST_POINTERS: str = _DATA["list_pointers"]
PRESSED_AFTER: str = _DATA["pressed_after"]
PLAN_POINTERS: str = _DATA["plan_pointers"]
OWNER_PARTICIPLES: tuple[str, ...] = tuple(_DATA["owner_participles"])
PRONOUNS: dict[str, str] = dict(_DATA["pronouns"])
AGREEMENT_MADE: tuple[str, ...] = tuple(_DATA["agreement_made"])
QUESTION_OPENERS: tuple[str, ...] = tuple(_DATA["question_openers"])
QUESTION_LEADS: tuple[str, ...] = tuple(_DATA["question_leads"])
PERSON_TITLES: tuple[str, ...] = tuple(_DATA["person_titles"])
NAME_TITLES: tuple[str, ...] = PERSON_TITLES + tuple(_DATA["name_titles"])
NAME_TITLE = re.compile(r"(?:" + "|".join(NAME_TITLES) + r")s?", re.I)   # "aide", "minister": a title before a name
INSTITUTION_NOUNS: tuple[str, ...] = tuple(_DATA["institution_nouns"])
# a person named by title alone: "the president", "the head of state" (at most two lower-case words between)
TITLED: str = r"the\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:" + "|".join(PERSON_TITLES) + r")"
OBLIGED_AFTER: tuple[str, ...] = tuple(_DATA["obliged_after"])
GROUP_SPEAKERS: tuple[str, ...] = tuple(_DATA["group_speakers"])
INDIRECT_QUESTIONS: tuple[str, ...] = tuple(_DATA["indirect_questions"])
APPRAISALS: tuple[str, ...] = tuple(_DATA["appraisals"])
FORCED_REFUSAL: str = _DATA["forced_refusal"]
IDEA_NOUNS: tuple[str, ...] = tuple(_DATA["idea_nouns"])
STEP_NOUNS: frozenset[str] = frozenset(_DATA["step_nouns"])
ASKED_NOUNS: frozenset[str] = frozenset(_DATA["asked_nouns"])
DATELINES: tuple[str, ...] = tuple(_DATA["datelines"])
ENTRY_STAMPS: tuple[str, ...] = tuple(_DATA["entry_stamps"])
GOOD_OFFICES: tuple[str, ...] = tuple(_DATA["good_offices"])
TALK_PROPOSALS: tuple[str, ...] = tuple(_DATA["talk_proposals"])
QUOTE_OWNER_NEXT: tuple[str, ...] = tuple(_DATA["quote_owner_next"])
QUOTE_OWNER_AFTER_NAME: tuple[str, ...] = tuple(_DATA["quote_owner_after_name"])
MAX_SENTENCE_WORDS: int = int(_DATA["max_sentence_words"])
OBJECT_VERBS: tuple[str, ...] = tuple(_DATA["object_verbs"])
OBJECT_PREPOSITIONS: tuple[str, ...] = tuple(_DATA["object_prepositions"])
WALK_AWAY: str = _DATA["walk_away"]
