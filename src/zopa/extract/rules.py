"""The rule-based extractor: holders, issues and stances clause by clause.

For each sentence the holder of a stance is found, in this order: an
attribution ("X said", "according to X", "in X's view", "for X,"); the first
mention in subject position of the clause (with coordinated actors, "the US
and Ukraine", each a holder); a pronoun or a title carried over from the
previous sentence; the owner of a plan whose points the sentence lists.
A third party's words that put an obligation on another actor ("Ukraine would
have to agree") are pressure on that actor; a principal's are its demand.
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Sequence

from ..codebook import Codebook
from .actors import _HUMAN_AFTER, ActorIndex, Mention
from .issues import IssueHit, IssueIndex
from .lexicon import AGREEMENT_MADE, ENTRY_STAMPS, APPRAISALS, DATELINES, GOOD_OFFICES, TALK_PROPOSALS, GROUP_SPEAKERS, ATTRIBUTION_BEFORE, HUMAN_NOUNS, INDIRECT_QUESTIONS, JOINT_PARTIES, MAX_SENTENCE_WORDS, NAME_TITLE, OBJECT_PREPOSITIONS, OBJECT_VERBS, OBLIGED_AFTER, OUTCOME_MISSED, FORCED_REFUSAL, IDEA_NOUNS, STEP_NOUNS, ASKED_NOUNS, PLAN_NOUNS, LIST_NOUNS, LIST_POINTERS, PLAN_POINTERS, PRESSED_AFTER, PRONOUNS, QUESTION_LEADS, QUESTION_OPENERS, QUOTE_OWNER_AFTER_NAME, QUOTE_OWNER_NEXT, WALK_AWAY, SPEECH_VERBS, TITLED, INSTITUTION_NOUNS
from .sentences import Sentence, split_clauses, split_sentences
from .trie import trie_pattern
from .stance import StanceCue, classify, is_hedged, is_non_stance, is_red_line, mask, owned_offer_end
from .parse import parse
from .inflect import verb_forms
from .tree import Reading, TreeReader, _noun, _plan_word
from .values import ValuePlacer

__all__ = ["Finding", "RuleEngine"]

_SPEECH = re.compile(r"\b(?=[a-z])(?:" + trie_pattern(
    [v.replace("[sz]", c) for v in SPEECH_VERBS for c in ("s", "z")], fold=True) + r")\b")   # lower case: "States" is no verb
# a verb of speech in the passive with no agent tells of no one speaking: "sovereignty will be confirmed", "will not be admitted"
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:not\s+|never\s+|\w+ly\s+)?$", re.I)
_BY_AFTER = re.compile(r"\s+by\b", re.I)


def _speech_verbs(text: str, start: int = 0, end: int | None = None) -> list:
    """The verbs of speech in text[start:end] that tell of someone speaking (not an agentless passive)."""
    end = len(text) if end is None else end
    return [m for m in _SPEECH.finditer(text, start, end)
            if not (_PASSIVE_BEFORE.search(text, max(0, m.start() - 20), m.start()) and not _BY_AFTER.match(text, m.end()))]


_ACCORDING = re.compile(r"\b(?:" + "|".join(ATTRIBUTION_BEFORE) + r")\s+(?:the\s+)?$", re.I)
_VIEW_AFTER = re.compile(r"^(?:'s|’s|’|')?\s+(?:view|eyes|perspective|standpoint|point of view|reading|account|opinion|telling|thinking|mind|"
                         r"calculus|calculations?|reckoning|assessment|estimation|words)\b"
                         r"|^\s*,", re.I)
_PARENTHESIS = re.compile(r"\([^()]{3,200}\)")
_PREPOSITIONS = frozenset(OBJECT_PREPOSITIONS)
_FAMILIAR_BEFORE = re.compile(r"\b(?:familiar|acquainted)\s+with\s+$", re.I)
_MIND_AFTER = re.compile(r"(?:'s|’s|’|')?\s+(?:thinking|views?|position|plans|intentions|mind|deliberations)\b", re.I)
_VIEW_HEADS = frozenset({"in", "from", "for", "to", "In", "From", "For", "To"})
_WORD = re.compile(r"[^\s,;:()\"“”]+")
_VERBS = frozenset(OBJECT_VERBS)
_OPENERS = "\"'“‘(—–-["
_FRONTED_IF = re.compile(r"if\b[^.;,]{3,120},", re.I)   # a condition put before what it conditions
_BACK_TO = re.compile(r"(?<=then)|\s*(?:that|this)\b(?!\s+(?:the|a|an)\b)", re.I)   # "only after that, ...": what came before
_HYPOTHETICAL = re.compile(r"[\"“‘']?(?:but\s+|and\s+|even\s+)?(?:if|unless|should|(?:while\s+)?it\s+(?:is|was|remains)\s+"
                           r"(?:possible|conceivable|unclear|uncertain)\s+(?:that|whether))\b", re.I)
_COORD = re.compile(r"^\s*(?:,\s*|\s+and\s+|,\s*and\s+|\s*&\s*)(?:(?:all|most|some|many|several) of\s+)?"
                    r"(?:the\s+|its\s+|their\s+)?(?:(?:major|main|key|closest|western|european|other)\s+)?$", re.I)
_THESE = (r"(?:these|those)(?=\s+(?:(?:would|will|also|now)\s+)?(?:include|includes|included|involve|involves|cover|covers"
          r"|comprise|comprises)\b)")   # ("Moscow set out its terms. These include X": what was just named, as "they" would)
_PRONOUN_START = re.compile(r"^[\"“‘']?\s*(?:but\s+|and\s+|yet\s+|however,?\s+)?(?:(he|she|they|it|we|" + _THESE + r")\b|"
                            r"(his|her|their|its)\s+(?:[\w\-]+\s+)?(?:" + "|".join(HUMAN_NOUNS) + r")\b)", re.I)
_TITLE_START = re.compile(r"^[\"“‘']?\s*(?:but\s+|and\s+)?" + TITLED + r"\b", re.I)   # "The president said ..."
_BODIES = "|".join(re.escape(w) for w in sorted(INSTITUTION_NOUNS, key=len, reverse=True))
_BODY_START = re.compile(r"[\"“‘']?\s*(?:but\s+|and\s+)?the\s+(?:(?!(?:other|opposing|two|both)\b)(?-i:[a-z])[\w-]*\s+){0,2}?("
                         + _BODIES + r")\b", re.I)   # "The ministry said" (not "the other side")
_BODY_OF = re.compile(r"(?:'s|’s)?\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(" + _BODIES + r")\b", re.I)   # "Russia's foreign ministry"
_OWNER_AFTER_NAME = re.compile(r"(?:,[^,.]{1,60},)?\s+(?:" + "|".join(QUOTE_OWNER_AFTER_NAME) + r")\b", re.I)   # “…” X made the remarks
_OWNER_NEXT = re.compile(r"[.\s]{0,3}(?:" + "|".join(QUOTE_OWNER_NEXT) + r")\b", re.I)   # after a quotation
_DATELINE = re.compile(r"(?m)^[ \t]*(?:" + "|".join(DATELINES) + r")")
_IT_START = re.compile(r"^[\"“‘']?\s*it\s", re.I)
# "In practice, that means Ukraine must ...", "This would mean ...": what the plan just named comes to
_PLAN_MEANS = re.compile(r"^[\"“‘']?\s*(?:in (?:practice|effect|other words|short|reality),?\s+)?(?:that|this|it)\s+"
                         r"(?:would\s+|will\s+|could\s+)?(?:means?|amounts? to|implies|entails?)\b", re.I)
_IT_WORD = re.compile(r"\bit\b")
_CLAUSE_HEAD = re.compile(r"(?:^|[,;:]\s*|\b(?:but|yet|and)\s+)(?:for|to)\s+(?:the\s+)?$", re.I)
_VIEWED = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:widely\s+|still\s+|generally\s+)?(?:viewed|seen|regarded|considered|"
                     r"deemed|perceived)\s+(?:as\b)?", re.I)
_WH_WORD = re.compile(r"(?:what|how|why|who|where|when|which|whether)\b", re.I)
_ENTRY_STAMP = re.compile(r"(?:" + "|".join(ENTRY_STAMPS) + r")[ \t]*", re.I)   # "14:32 GMT", "1h ago": a live entry opens
_GIFT_WHEN = re.compile(r"\b(?:after|once|until|unless|if|when|before|provided|as soon as|in (?:exchange|return) for)\b", re.I)
_NOUN_THAT = re.compile(r"\W*(?:(?:and|but|or)\s+)?(?:an?|the|its|their|some)\s+(?:[\w-]+\s+){1,3}?that\s+(?:the\s+)?", re.I)   # "a pledge that "
_STAMP_LEAD = re.compile(r"(?:" + "|".join(ENTRY_STAMPS) + r")[ \t]*(?:[—–|:]|-[ \t])", re.I)   # "14:32 GMT – ..."
_PLAN_MODAL = re.compile(r"\b(?:would|shall|is to|are to)\b", re.I)
_CONDITION_NEXT = re.compile(r"[\s,;]*(?:but\s+)?only\s+(?:if|when|after|with|in return|in exchange|on condition)\b"
                             r"|[\s,;]*but\s+(?:that\s+)?(?:[\w’'-]+\s+){1,4}?(?:must|has\s+to|have\s+to|needs?\s+to)\b", re.I)
#                            ("ready for elections, but security must be ensured": the readiness waits on what must be done)
_BARE_WITHOUT = re.compile(r"\bwithout\b", re.I)
_WITHOUT = re.compile(r"\b(?:reject\w*|cannot|can't|could not|no|not|never)\b[^.;]{0,80}?\bwithout\b", re.I)
_RELATIVE = re.compile(r",\s*(?:which|who)\b[^,;]*,", re.I)
_ASIDE = re.compile(r"\beven though\b[^;.]*", re.I)   # the author's aside: no word in it governs the clause around it
_REASON_BEFORE = re.compile(r"\bbecause\s+$", re.I)   # a clause giving a reason ("hesitant about X because Y"): no stance carried
_CONTRAST = re.compile(r",\s*(?:and\s+)?not\s+(?:as|for|to|into|in)\b[^,;.]*", re.I)   # "..., not as capital for occupation"
_LEAD_PRONOUN = re.compile(r"(?:(?:in|at|after|during|on|before|following|while|speaking|there|later|then|afterwards|"
                           r"but|and|yet)\b[^,\"“”]{0,40}?,?\s+)?(?:he|she)\b(?!\s*[’']s)", re.I)   # ("In Moscow, he ...")
_OPENS_QUOTE = re.compile(r"\s*[\"“‘«]")
_TITLE_WORDS = re.compile(r"\s+(?:[a-z][a-z-]*\s+){1,3}")   # "Russian leader ", "Ukrainian foreign minister "
_ONE_PHRASE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}(?:[A-Z][\w'’-]*\s+){0,2}")   # "<side> envoy Steve <name>": one person
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
_FIRST_PERSON = re.compile(r"(?<![\w’'])(?:I|we)\b")   # the speaker as subject, before a third person
_SUBJECT_PRONOUN = re.compile(r"(?<![\w’'])(?:he|she|they|" + _THESE + r")\b(?!\s+(?:said|says|added|told))", re.I)
_EMBEDDING, _EMBEDDED = ("demand",), ("accept", "offer")   # a demand governs what it asks another to accept or give
# a sentence that names no actor is parsed when a pronoun may stand for one, or when it tells of an agreement made
_PARSE_WITHOUT_ACTOR = re.compile(r"\b(?:" + "|".join(w for w in (*PRONOUNS, *AGREEMENT_MADE)) + r"|i|" + _THESE + r")\b", re.I)
_QUESTION = re.compile(r"(?:[A-Z][\w ]{0,20}:\s*)?(?:" + "|".join(QUESTION_OPENERS) + r")\b[^\"“”]*\?\s*", re.I)
_ASKED = re.compile(r"[\"“‘']?\s*(?:" + "|".join(QUESTION_LEADS) + r")\b[^,;]{0,200},", re.I)   # "Asked whether ..., X said"
_ASKED_IN = re.compile(r"\b(?:" + "|".join(INDIRECT_QUESTIONS) + r")", re.I)   # "asked Putin whether ..."
_OBLIGED = re.compile(r"(?:'s|’s)?\s+(?:(?:also|still|now|first)\s+)?(?:" + "|".join(OBLIGED_AFTER) + r")", re.I)   # "Ukraine must ..."
_OWNED_OBLIGED = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+){1,2}?(?:(?:also|still|now|first)\s+)?(?:" + "|".join(OBLIGED_AFTER)
                            + r")", re.I)   # (after a possessive mention) "Ukraine's army must ...": a side's thing obliged
_WE = re.compile(r"\W{0,3}(?:we|our)\b", re.I)
_PRESSED = re.compile(PRESSED_AFTER, re.I)
_PLAN_POINTED = re.compile(r"\b" + PLAN_POINTERS, re.I)   # "the proposal"
_POINTING = re.compile(r"\b(?:such an?|such|this|that|these|those|the same|the proposed|any such)\s+([a-z][\w-]+)\b", re.I)
_WALK_AWAY = re.compile(WALK_AWAY, re.I)
_CLAUSE_BREAK = re.compile(r"[,;:]")
_THREAT_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)
_POINTING_IDEA = re.compile(r"\b(?:such an?|such|this|that|these|those|the|any such)\s+(" + "|".join(IDEA_NOUNS) + r")\b", re.I)
_OWN_SUBJECT = re.compile(r"^\s*(?:(?:the|a|an|one|some|many|several|other|two|three)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}|(?:"
                          + "|".join(HUMAN_NOUNS) + r")s?)\s*$")   # ("..., the newspaper wrote", "..., analysts said")
_INVERTED_BEFORE = re.compile(r"[,\"”’—–-]\s*$")   # a speaker named after its verb follows the words reported
_INVERTED_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$|(?:'s|’s)\s)")                   # or ends the sentence or clause there
_CONTRAST_CUT = re.compile(r"\b(?:while|whereas)\s*$|,\s*as\s*$", re.I)   # (", as X presses ...": a clause of its own)
_QUOTATION = re.compile(r"“[^“”]{2,3000}”|\"[^\"\n]{2,3000}\"|«[^«»]{2,3000}»|„[^„“”]{2,3000}[“”]"
                        r"|‘(?:[^‘’\n]|’(?=\w)){2,3000}’(?!\w)")   # (and «…», „…“, ‘…’ around apostrophes)
_SAYS = "(?:" + "|".join(SPEECH_VERBS) + ")"
_RECORD_SAYS = re.compile(r"\W{0,3}(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,2}?(?:" + PLAN_NOUNS + r")\s+(?:also\s+)?" + _SAYS + r"\b", re.I)   # "The statement said"
_SAID_AFTER = re.compile(r"[ \t,]*(?:[–—-][ \t]*)?(?:has[ \t]+|have[ \t]+)?" + _SAYS + r"[ \t]+", re.I)             # ”, said X
_SAID_BEFORE = re.compile(_SAYS + r"\b[^.“”\"]{0,60}?[:,]\s*$", re.I)  # X said: “
_SAYS_NEAR = re.compile(r"[^.“”\"\n]{0,40}?\b" + _SAYS + r"\b", re.I)      # X told reporters
_QUOTE_GAP = re.compile(r"[ ,]{0,4}")
_DASH_AFTER = re.compile(r"[ \t,.]{0,3}[—–][ \t]*")                   # ” — X (a quotation signed with a dash)
_COLON_BEFORE = re.compile(r"[^.“”\"\n]{0,60}:\s*$")                   # X put it plainly: “
_HE_SHE = re.compile(r"[ \t,]*(?:he|she|" + TITLED + r")[ \t]+" + _SAYS + r"\b", re.I)      # ”, he said; ”, the president said
_SAID_ONE = r"\s+(?:also\s+)?(?:said|says|say|added|told|stressed|insisted|argued|warned|noted|wrote|declared|emphasi[sz]ed|" \
    r"explained|replied|stated)\b"
_SAID_ONE_RX = re.compile(_SAID_ONE + r".*", re.I | re.S)
_PRONOUN_SAID = re.compile(r"\b(?:he|she|" + TITLED + r")" + _SAID_ONE, re.I)
_THEY_SAID = re.compile(r"\bthey" + _SAID_ONE, re.I)
_GROUP_SAID = re.compile(r"\b(?:" + "|".join(GROUP_SPEAKERS) + r")" + _SAID_ONE, re.I)   # "the leaders said"
_OWNER_AFTER = re.compile(r"(?:(?:'s|’s|’)?\s+|-(?:drafted|authored|proposed|designed|written)\s+)(?:(?:has|have|had)\s+)?(?:(?:not|yet to|also|now)\s+)?(?:(?:proposes|publish|proposed|put forward|puts forward|presented|presents|dr[ae]w up|draws up|"
                          r"unveiled|unveils|drafted|tabled|submitted|offered|offers|published|sent|voiced|outlined|put out|issued|"
                          r"released|adopted|agreed|handed|gave|delivered|sends)\s+(?:[A-Z][\w’'-]+\s+)?)?"   # ("sent Kyiv a plan")
                          r"(?:(?:the|a|an|its|their|his|her)\s+)?[«“\"]?(?:(?:draft|new|own|proposed|latest|revised|original|peace|joint|final|"
                          r"[\w]+-point|\d+-point|\d+)\s+){0,3}" + PLAN_NOUNS + r"s?\b", re.I)   # ("Kyiv's 20 points")
_OWNER_BEFORE = re.compile(PLAN_NOUNS + r"s?\b[^.;:]{0,40}\b(?:drawn up|drafted|proposed|put forward|presented|submitted|"
                           r"authored|written|prepared|tabled)\s+(?:[^.;:]{0,30}\s)?by\s+(?:the\s+)?$", re.I)
_PLAN_BODY = re.compile(r"\b(?:would|will|shall|is to|are to|should|must|(?:agrees?|undertakes?|commits?)\s+(?:itself\s+)?(?:not\s+)?to)\b", re.I)
_PLAN_MENTION = re.compile(r"\b(?=[abcdfimoprstv])" + PLAN_NOUNS + r"s?\b", re.I)
_LIST_NOUN = re.compile(r"\b" + LIST_NOUNS + r"\b", re.I)   # "the following demands:", "Russia's conditions include:"
_LIST_POINTER = re.compile(r"^[\"“‘']?\s*" + LIST_POINTERS + r"\s+(?:one\b|(?:[\w-]+\s+){0,2}?" + LIST_NOUNS + r"\b)", re.I)
#                                      ("Another condition is ...", "The second option includes:", "The first one proposes ...")
_LIST_STANCE = {"reject": "reject", "demand": "demand", "condition": "demand", "pressure": "demand", "offer": "offer",
                "accept": "accept"}   # a lead-in's stance, given to each item of its list (conditions are demands)
_LOWER_START = re.compile(r"^[\"“‘'(]?\s*[a-z]")
_PLAN_REF = re.compile(r"^(?:the\s+)?(?:\w+[- ])?(?:" + PLAN_NOUNS + r")s?\b|^(?:it\b|under (?:it\b|(?:the|this) (?:plan|proposal|draft)))", re.I)
_FORCED_REFUSAL = re.compile(FORCED_REFUSAL, re.I)   # "must not be forced to": a refusal, no pressure
_MISSED = re.compile("|".join(OUTCOME_MISSED), re.I)   # an outcome told as not reached
_APPRAISAL = re.compile("|".join(APPRAISALS), re.I)
_BACKED = re.compile(r"\s*(?:that\s+)?(?:(?:its|their|his|her|full|strong|continued|firm)\s+)?(?:(?:support|backing|solidarity|commitment)\s+(?:for|with|to)\s+)?"
                     r"(?:the\s+|by\s+(?:the\s+)?)?X(\d+)\b", re.I)
_GOOD_OFFICES = re.compile("|".join(GOOD_OFFICES), re.I)
_TALK_PROPOSAL = re.compile("|".join(TALK_PROPOSALS), re.I)
_BUT_NOT = re.compile(r"[\s,;]*(?:(?:but|and)\s+)?(?:also\s+)?not\b(?!\s+(?:only|just|least|yet|necessarily)\b)", re.I)   # "A but not B"
_PRICE = re.compile(r"\bin (?:exchange|return) for\b", re.I)   # what an offer is made against
_WOULD_DO = re.compile(r"(?:would|will)\s+(?!be\b|have\b|receive\b|get\b)\w+", re.I)   # a side's own step, told as to come
_PROPOSING = re.compile(r"(?:propos|put(?:s|ting)?\s+forward|suggest|tabl|float)", re.I)   # a cue that puts an outcome forward
_JOINT = re.compile(r"(?<![\w\-])(?:" + "|".join(JOINT_PARTIES) + r")\b", re.I)
_JOINT_PEOPLE = re.compile(r"\b(?:leaders|presidents|heads of state|men|women)\b", re.I)   # a joint phrase of people
_REGION_ANAPHOR = re.compile(r"\b(?:those|these|the same|both|all (?:four|three|two|those|these)|the four|the three|the two)\s+"
                             r"(?:regions|oblasts|provinces|territories)\b|\b(?:the|that|this) (?=(?:region|oblast|province)\b(?!\s+of\b))",
                             re.I)   # (one region: "the region", pointing back to the single region named last)
_NAMED_SOURCES = frozenset({"subject", "agent", "possessor", "speaker", "pronoun", "according", "joint", "presser", "voice"})   # a holder named in the sentence itself
_INCLUSION = re.compile(r"\s*(?:(?:be|remain)\s+(?:at|part|involved|included|present|represented|in the room|consulted)|"
                        r"have\s+(?:a|its|their|his|her)\s+(?:say|seat|voice|place)|take\s+part|participate)\b", re.I)


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_JOINED = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)")   # what joins the names of one run ("X, Y and Z")


def _runs(text: str, people: list[Mention]) -> tuple[tuple[str, ...], ...]:
    """The sides of each run of people named together ("Merz, Macron and Starmer met Zelensky": two runs)."""
    runs: list[list[Mention]] = []
    for m in people:
        if runs and _JOINED.fullmatch(text, runs[-1][-1].end, m.start):
            runs[-1].append(m)
        else:
            runs.append([m])
    return tuple(tuple(dict.fromkeys(m.actor for m in run)) for run in runs)


@dataclass(frozen=True, slots=True)
class Finding:
    """A statement found by the rules, before it becomes a `Statement`."""

    actor: str
    issue: str
    stance: str
    start: int
    end: int
    value: float | None
    red_line: bool
    hedged: bool
    target: str | None
    speaker: str | None
    confidence: float
    cue_at: int = -1        # document offset of the stance cue the clause rules read (-1: none, or derived)


@dataclass(slots=True)
class _Context:
    """What carries from one sentence to the next within a document."""

    holder: tuple[str, ...] = ()
    speaker: str | None = None
    plan_owners: tuple[str, ...] = ()             # who owns the plan last named (all, for a joint plan)
    plan_block: int = -10
    plan_named_at: int = -1                          # the start of the last sentence that named a plan with a known owner
    previous_start: int = -1                         # the start of the sentence before the one being read
    plan_bullet: bool = False                        # the plan was last named in a list item: the items after it are not its points
    sentence_holder: tuple[str, ...] = ()
    sentence_speaker: str | None = None
    sentence_cue: str | None = None
    findings: list[Finding] = field(default_factory=list)
    issue_hits: list = field(default_factory=list)
    issue_starts: list[int] = field(default_factory=list)
    speech: list[tuple[int, int, str]] = field(default_factory=list)
    bodies: dict = field(default_factory=dict)       # a side's body named with it ("Russia's foreign ministry") -> the side
    speech_starts: list[int] = field(default_factory=list)
    regions: list = field(default_factory=list)
    hedged_at: tuple[int, bool] = (-1, False)
    plan_mentions: list[int] = field(default_factory=list)
    sentence_subjects: list = field(default_factory=list)
    quotes: list = field(default_factory=list)      # (start, end, speaker mention) of attributed quotations
    parties: dict = field(default_factory=dict)     # sentence end -> the two parties in view there
    plan_list: bool = False                          # a plan's sentence ended with a colon: its points follow
    voice: tuple = ((), -10)                         # who the text says "we" for, and the block where it last did
    met: tuple[str, ...] = ()                        # the sides of the people named in the sentence before
    met_next: tuple[str, ...] = ()
    met_runs: tuple[tuple[str, ...], ...] = ()       # of those, the sides of each run of people named together
    met_runs_next: tuple[tuple[str, ...], ...] = ()
    person: tuple[str, str | None] = ("", None)      # the side and name of the person last named before the sentence
    person_next: tuple[str, str | None] = ("", None)
    group: tuple[str, ...] = ()                      # the sides a group speaker stands for ("the leaders", "they")
    unreported: set = field(default_factory=set)    # starts of clauses joined to a verb of speech, not reported by it
    asked: tuple[int, int] = (-1, -1)               # a sentence's lead that asks what its answer tells: "Asked whether ..., "
    people: list = field(default_factory=list)       # the mentions of persons in the whole text, in order
    planned: set = field(default_factory=set)        # ids of the findings read as points of the plan in view
    list_owners: tuple[str, ...] = ()                # who holds the list last opened by a lead-in ("X rejected the following:")
    list_stance: str = "demand"                      # and the stance its items take
    list_block: int = -10                            # the block of its lead-in or of its last item
    list_open: bool = False                          # its items may still follow
    list_semicolon: bool = False                     # its last item ended with a semicolon: the next one is an item too
    list_item_at: int = -1                           # the start of the sentence read as one of its items
    list_lead_found: set = field(default_factory=set)   # ids of the findings of its lead-in, dropped when an item follows
    answer: tuple = ((), None, -10)                  # the side a question heading asks about, the stance asked, its block
    entry_at: int = 0                                # where the live-blog entry being read starts (its stamp)


_PEOPLE_OF = re.compile(r"\b(?:" + "|".join(HUMAN_NOUNS) + r")\s+(?:in|from|of)\s+(?:the\s+)?$", re.I)


def _subject_candidates(text: str, clause_start: int, mentions: list[Mention]) -> list[Mention]:
    """Mentions that can be the subject of the clause: not objects of a preposition, not mere modifiers,
    not inside a relative clause (", which were downgraded after Rubio pulled out,")."""
    out = []
    end = mentions[-1].end if mentions else clause_start
    hidden = [r.span() for rx in (_RELATIVE, _ASIDE) for r in rx.finditer(text, clause_start, end)] \
        if "," in text[clause_start:end] or "though" in text[clause_start:end] else []
    governed_end, governed_kind = -1, ""   # the end of the last mention left out as an object
    for m in mentions:
        if m.kind == "modifier" or any(a <= m.start < b for a, b in hidden):
            continue
        if governed_end >= clause_start and m.start > governed_end and (not text[governed_end:m.start].strip() or (
                governed_kind == "adjective" and _TITLE_WORDS.fullmatch(text, governed_end, m.start))):
            governed_end, governed_kind = m.end, m.kind
            continue     # "met with Russian leader Vladimir Putin": the name after an object's title is the object too
        head = _head_word(text[max(clause_start, m.start - 40):m.start])   # the word governing the mention
        if head is None:
            out.append(m)
            continue
        low = head.lower()
        if low in ("for", "to"):
            if not (_VIEW_AFTER.match(text[m.end:m.end + 30])
                    and (m.possessive or _CLAUSE_HEAD.search(text[clause_start:m.start]))):
                governed_end, governed_kind = m.end, m.kind
                continue
        elif low in ("in", "from", "of") and _PEOPLE_OF.search(text, max(clause_start, m.start - 40), m.start):
            pass         # "officials in Moscow said", "the leaders of Britain and France said": their side speaks
        elif low in _PREPOSITIONS or head in _VERBS:
            governed_end, governed_kind = m.end, m.kind
            continue
        out.append(m)
    return out


def _titled_possessor(text: str, start: int, end: int) -> int | None:
    """Where a titled name in the possessive opening at `start` ends ("Ukrainian Deputy Foreign Minister Ivan Petrenko's",
    "Ukraine's chief negotiator X's": a side's word, words with a title among them, a name): before its "'s"."""
    titled = False
    for k, w in enumerate(_WORD.finditer(text, start, min(end, start + 120))):
        if k > 8:
            return None
        word = w.group()
        core = re.sub(r"(?:'s|’s|’)$", "", word)
        if k and core != word:
            return w.start() + len(core) if titled and core[:1].isupper() else None
        titled = titled or (k > 0 and NAME_TITLE.fullmatch(core) is not None)
    return None


def _titled_object(text: str, m: Mention, mentions: list[Mention], floor: int) -> bool:
    """The mention is a name right after an object's title ("talks with US envoy Steve Witkoff"): an object too."""
    prev = next((p for p in reversed(mentions) if p.end <= m.start), None)
    return prev is not None and prev.start >= floor and _title_gap(text, prev, m) \
        and _governed(text[max(floor, prev.start - 40):prev.start])


def _title_gap(text: str, prev: Mention, m: Mention) -> bool:
    """Nothing between two mentions but a title ("Russian leader Vladimir Putin"): one phrase."""
    gap = text[prev.end:m.start]
    return not gap.strip() or (prev.kind == "adjective" and _TITLE_WORDS.fullmatch(gap) is not None)


def _governed(before: str) -> bool:
    """True when the word before a mention makes it an object ("by the", "join")."""
    head = _head_word(before)
    return head is not None and (head.lower() in _PREPOSITIONS or head in _VERBS)


def _head_word(before: str) -> str | None:
    """The word right before a mention, looking past one article ("of the", "join"); None after punctuation."""
    if not before or not before[-1].isspace():
        return None
    words = before.split()
    if not words:
        return None
    last = words[-1].lstrip(_OPENERS)
    if last.lower() in ("the", "a", "an") and len(words) > 1:
        prev = words[-2]
        return prev.lstrip(_OPENERS) if prev[-1].isalpha() else None
    return last if last and last[-1].isalpha() else None


def _as_view(m: Mention) -> Mention:
    """An explicit attribution ("according to X", "in X's view") that outranks any subject."""
    return Mention(m.start, m.end, m.actor, m.person, "view", m.possessive)


def _tenses(verb: str) -> list[str]:
    """A verb or verb phrase in every tense of its first word: "put forward", "puts forward", "putting forward"."""
    first, _, rest = verb.partition(" ")
    return list(dict.fromkeys((verb, *(f"{form} {rest}".rstrip() for form in verb_forms(first)))))


def _plan_it(sent: Sentence, ctx: _Context) -> bool:
    """The sentence opens with "it" right after a plan with a known owner was named: "it" is the plan."""
    return bool(ctx.plan_owners) and ctx.plan_named_at in (ctx.previous_start, sent.start) and bool(
        _IT_START.match(sent.text) or _PLAN_MEANS.match(sent.text))


def _blank(sent: Sentence, spans: list[tuple[int, int]]) -> str:
    """The sentence's text with the given document spans inside it turned to spaces."""
    out = sent.text
    for a, b in spans:
        lo, hi = max(a, sent.start) - sent.start, min(b, sent.end) - sent.start
        if lo < hi:
            out = out[:lo] + " " * (hi - lo) + out[hi:]
    return out


def _coordinated(text: str, first: Mention, mentions: list[Mention]) -> list[Mention]:
    """The first subject and the actors joined to it by "and" or commas (a side's adjective and the title and name
    of one of its people, "US envoy Steve Witkoff", being one phrase)."""
    group, last = [first], first
    for i, m in enumerate(mentions):
        if m.start <= last.start:
            continue
        gap = text[last.end:m.start]
        if m.actor == last.actor and _ONE_PHRASE.fullmatch(gap):
            last = m   # ("US envoy Steve Witkoff": the side's adjective, then one of its people)
            continue
        headed = m.kind == "modifier" and any(n.actor == m.actor and _ONE_PHRASE.fullmatch(text[m.end:n.start])
                                              for n in mentions[i + 1:i + 2])   # ("and Kremlin envoy Kirill Dmitriev")
        if (m.kind == "joint" and last.kind == "joint" and m.start == last.end) or (
                _COORD.match(gap) and (m.kind != "modifier" or headed)):
            group.append(m)
            last = m
        else:
            break
    return group


def quote_speakers(text: str, mentions: list[Mention]) -> list[tuple[int, int, Mention]]:
    """Quotations and who speaks them: the span of each quotation (marks included) with the mention its
    attribution names, right after it in the same sentence ("…,” said X", "…,” X told reporters", "…,” he
    said": the last person named before), right before it ("X said: “…"), or, for a quotation that goes on
    after its attributed part ("“…,” X said. “…”"), the same speaker. Other quotations are left out."""
    out: list[tuple[int, int, Mention]] = []
    starts = [m.start for m in mentions]
    for q in _QUOTATION.finditer(text):
        qs, qe = q.span()
        speaker = None
        i = bisect_left(starts, qe)
        nxt = mentions[i] if i < len(mentions) else None
        ends_sentence = text[qe - 2:qe - 1] in (".", "?", "!") or text[qe:qe + 1] in (".", "\n")
        after = _SAID_AFTER.match(text, qe)
        if after and nxt is not None and nxt.start - after.end() <= 40:
            speaker = nxt                                         # ”, said Kremlin spokesman X
        elif not ends_sentence and nxt is not None and _QUOTE_GAP.fullmatch(text, qe, nxt.start) and \
                _SAYS_NEAR.match(text, nxt.end, nxt.end + 50):
            speaker = nxt                                         # ”, X told reporters
        elif (dash := _DASH_AFTER.match(text, qe)) is not None and nxt is not None and nxt.start == dash.end() \
                and nxt.kind == "person":
            speaker = nxt                                         # ” — Kremlin spokesman X's name after the dash
        elif _HE_SHE.match(text, qe):
            j = bisect_left(starts, qs)
            person = [m for m in mentions[max(0, j - 8):j] if m.kind == "person" and qs - m.end <= 600]
            speaker = person[-1] if person else None              # ”, he said: the last person named before
        else:
            before = text[max(0, qs - 120):qs]
            said = _SAID_BEFORE.search(before)
            colon = None if said else _COLON_BEFORE.search(before)
            j = bisect_left(starts, qs)
            if said:
                at = qs - len(before) + said.start()
                k = bisect_left(starts, at)
                near = [m for m in mentions[max(0, k - 3):k] if at - m.end <= 60 and m.kind != "modifier"]
                speaker = near[-1] if near else None              # X said: “
            elif colon:
                at = qs - len(before) + colon.start()
                near = [m for m in mentions[bisect_left(starts, at):j] if m.kind != "modifier"]
                speaker = near[0] if near else None               # X put it plainly: “
            elif ends_sentence and (owner := _OWNER_NEXT.match(text, qe)) is not None and nxt is not None \
                    and owner.end() <= nxt.start <= owner.end() + 40 and nxt.kind != "modifier":
                speaker = nxt                                     # “…” That was the message from X. / The words were X's.
            elif ends_sentence and (named := next((m for m in mentions[i:i + 4] if m.kind == "person"
                                                   and m.start - qe <= 80 and "." not in text[qe + 1:m.start]
                                                   and not any(c in text[qe:m.start] for c in '"“”')
                                                   and _OWNER_AFTER_NAME.match(text, m.end)), None)) is not None:
                speaker = named                                   # “…” ¶ Ukraine's president X made the remarks in ...
            elif out and qs - out[-1][1] <= 80 and ("\n" not in text[out[-1][1]:qs] or
                                                     not text[text.rfind("\n", 0, qs) + 1:qs].strip()) and \
                    all(m.actor == out[-1][2].actor for m in mentions[bisect_left(starts, out[-1][1]):j]):
                speaker = out[-1][2]                              # “…,” X said. “…” (also a paragraph on)
        if speaker is not None and speaker.kind != "modifier":
            out.append((qs, qe, speaker))
    return out


class RuleEngine:
    """Compiled rules for one codebook."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self.actors = ActorIndex(codebook)
        self.issues = IssueIndex(codebook)
        self.values = ValuePlacer(codebook)
        self.principals = set(codebook.principals)
        self.parties = tuple(codebook.principals[:2])   # who agreed, where no one is named as agreeing
        self._roles = {p.name: p.role.lower() for a in codebook.actors for p in a.people if p.role}
        self._issue = {i.id: i for i in codebook.issues}
        self.tree = TreeReader(groups=frozenset(a.id for a in codebook.actors if a.kind in ("coalition", "organisation")))
        # a clause opening on a circumstance ("Amid calls for a truce, Moscow proposed talks"): what it names is no part
        # of the clause's stance
        self._parsed: dict = {}
        self._mentions: list[Mention] = []
        # a point taken out of one's own plan is a concession, a third party's too ("the revised US draft drops ...")
        self._dropping = re.compile(r"(?:" + "|".join(f for w in sorted(self.tree.lex.plan_drops) for f in
                                                      (verb_forms(w.split()[0]) or (w.split()[0],))) + r")\b", re.I)
        # a verb that puts something forward, in any tense: what a plan named next points back to
        lex = self.tree.lex
        lemmas = sorted({v for v, k in lex.verbs.items() if k == "offer"} | set(lex.putting_forward), key=len,
                        reverse=True)
        self._headway = re.compile(r"(?:but\s+|and\s+|yet\s+)?(?:still\s+)?without\s+(?:any\s+|a\s+|much\s+|real\s+)?(?:"
                                   + "|".join(sorted(lex.headway, key=len, reverse=True)) + r")\b", re.I)
        self._ordering = re.compile(r"\b(?:" + "|".join(re.escape(f) for v in sorted(lex.ordering) for f in _tenses(v)) + r")\b", re.I)
        self._proposing = re.compile(r"\b(?:" + "|".join(re.escape(f) for v in lemmas for f in _tenses(v)) + r")\b", re.I)
        self._condition_lead = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(lex.condition_markers, key=len, reverse=True))
                                          + r")\s+(?:the\s+)?$", re.I)
        self._view_lead = re.compile(r"\W{0,3}(" + "|".join(re.escape(p) for p in self.tree.lex.attribution_pronoun)
                                     + r")\s*,", re.I)

    # -- attribution -------------------------------------------------------------------------
    def _attribution(self, text: str, sent: Sentence, mentions: list[Mention], ctx: _Context) -> Mention | None:
        for m in mentions:
            if m.kind == "modifier":
                continue
            before = text[max(sent.start, m.start - 30):m.start]
            if not before or not before[-1].isspace():
                continue   # both patterns below end in a space before the mention
            after = text[m.end:min(sent.end, m.end + 40)]
            if _ACCORDING.search(before):
                return m
            if m.possessive and _FAMILIAR_BEFORE.search(before) and _MIND_AFTER.match(after):
                return m   # "an official familiar with Putin's thinking said ...": whose mind is told holds it
            if _head_word(before) in _VIEW_HEADS and _VIEW_AFTER.match(after) and (
                    m.possessive or (after.lstrip().startswith(",") and _CLAUSE_HEAD.search(text[sent.start:m.start]))):
                return _as_view(m)
            if _head_word(before) in _VIEW_HEADS and (owner := _titled_possessor(text, m.start, sent.end)) is not None \
                    and _VIEW_AFTER.match(text[owner:min(sent.end, owner + 40)]):
                return _as_view(m)   # "in Ukraine's chief negotiator X's view", "from Russian Deputy Foreign Minister X's
                #                      perspective": the side named before the title
        pron = self._body(sent, mentions, ctx) or self._pronoun_speaker(text, sent, ctx)
        if pron is not None:
            return pron
        record = _RECORD_SAYS.match(sent.text)
        if record is not None and ctx.plan_owners and sent.block - ctx.plan_block <= 30 \
                and not any(m.start < sent.start + record.end() for m in mentions):
            # "European leaders issued a statement. The statement said ...": its makers speak
            return Mention(sent.start, sent.start + record.end(), ctx.plan_owners[0], None, "plan")
        lo = bisect_left(ctx.speech_starts, sent.start)
        hi = bisect_left(ctx.speech_starts, sent.end)
        for v_start, v_end, verb in ctx.speech[lo:hi]:
            best = None
            for m in mentions:
                if m.kind == "modifier":
                    continue
                gap = text[m.end:v_start]
                if m.end <= v_start and v_start - m.end <= 90 and not any(q in gap for q in '"“”«»„'):
                    if _governed(text[max(sent.start, m.start - 40):m.start]) or _titled_object(text, m, mentions, sent.start):
                        continue   # "supported by the United States ... and argued": not the speaker
                    if self._condition_lead.search(text, max(sent.start, m.start - 30), m.start):
                        continue   # "as soon as Kyiv declares it is ready to ..., we will ...": a condition, no report
                    if "," in gap and _OWN_SUBJECT.search(gap.rsplit(",", 1)[1]):
                        continue   # "Russia must withdraw, the newspaper wrote": the verb has a subject of its own
                    if m.possessive and not _HUMAN_AFTER.match(text, m.end, min(sent.end, m.end + 40)):
                        continue   # "backed Ukraine's accession ... and said": a thing of Ukraine's does not speak
                    best = m if best is None or m.kind == "person" or best.kind != "person" else best
                    if m.kind == "person":
                        break
                elif m.start >= v_end and m.start - v_end <= 3 and verb in ("said", "says", "added", "wrote", "declared", "stated",
                                                                             "noted", "stressed", "explained", "insisted") \
                        and (_INVERTED_BEFORE.search(text, max(sent.start, v_start - 4), v_start)
                             or _INVERTED_AFTER.match(text, m.end, sent.end)):
                    best = m   # '"...", said Peskov', "..., said Ukraine's foreign minister"; not "analysts said Europe
                    break      # should ...", where the name opens the clause reported
            if best is not None:
                return best
        return self._quoted(sent, ctx)

    @staticmethod
    def _quoted(sent: Sentence, ctx: _Context) -> Mention | None:
        """A sentence inside a quotation whose attribution stands outside the sentence: the quotation's speaker,
        placed after the sentence (a subject named in the sentence still holds what it does)."""
        for qs, qe, m in ctx.quotes:
            if qs <= sent.start + 2 and sent.end - 2 <= qe and not (sent.start <= m.start < sent.end):
                return Mention(qe, qe, m.actor, m.person, "quote")
        return None

    def _titled_person(self, title: str, at: int, ctx: _Context) -> tuple[str, str | None] | None:
        """The person a title stands for ("the minister", "the envoy"): the last one named before `at` whose role in the
        codebook has the title's word ("Sybiha met Rubio. The minister said": the foreign minister), the one named most
        where several fit; None when no one named before has such a role."""
        word = re.compile(r"\b" + re.escape(title.split()[-1].lower()) + r"\b")
        fits: dict[str, list] = {}   # person -> [times named, last named at, side]
        for m in ctx.people:
            if m.end > at or at - m.end > 3000 or m.start < ctx.entry_at or not word.search(self._roles.get(m.person or "", "")):
                continue
            seen = fits.setdefault(m.person, [0, 0, m.actor])
            seen[0], seen[1] = seen[0] + 1, m.start
        if not fits:
            return None
        # of several who fit, the one the story is about (named most), then the one named last
        name, (_, _, side) = max(fits.items(), key=lambda kv: (kv[1][0], kv[1][1]))
        return side, name

    @staticmethod
    def _body(sent: Sentence, mentions: list[Mention], ctx: _Context) -> Mention | None:
        """ "Russia's foreign ministry issued a statement. The ministry said ...": a body of a side named before by
        its noun alone, opening the sentence, stands for that side."""
        body = _BODY_START.match(sent.text)
        if body is None or any(m.start < sent.start + body.end() for m in mentions):
            return None
        side = ctx.bodies.get(body.group(1).lower())
        return Mention(sent.start + body.start(1), sent.start + body.end(1), side, None, "pronoun") if side else None

    def _pronoun_speaker(self, text: str, sent: Sentence, ctx: _Context) -> Mention | None:
        """ "he said", "she added", "the president said": the speaker of the previous sentence, as a mention-like
        record (a title only for a person: "the president" is not a country named before)."""
        group = _GROUP_SAID.search(text, sent.start, sent.end)
        if group is not None and len(ctx.met) > 1:
            # "Zelensky met Macron and Merz. The leaders said ...": every side of the people just named; "Merz, Macron
            # and Starmer met Zelensky. The three leaders said ...": the three named together
            count = next((n for w, n in _COUNTS.items() if re.search(rf"\b{w}\b", group.group(0), re.I)), None)
            ctx.group = next((run for run in ctx.met_runs if len(run) == count), ctx.met) if count else ctx.met
            return Mention(group.start(), group.end(), ctx.group[0], None, "group")
        they = _THEY_SAID.search(text, sent.start, sent.end)
        if they is not None and len(ctx.holder) > 1:
            # "Britain, France and Germany met in Kyiv. They said ...": the whole group
            ctx.group = ctx.holder
            return Mention(they.start(), they.end(), ctx.holder[0], None, "group")
        if they is not None and ctx.holder:
            return Mention(they.start(), they.end(), ctx.holder[0], None, "pronoun")   # ("European leaders ... They said")
        lead = self._view_lead.match(sent.text)
        if lead is not None and ctx.holder:
            # "According to him, Kyiv must ...", "In her view, ...": the speaker named before holds the sentence
            return Mention(sent.start + lead.start(1), sent.start + lead.end(1), ctx.holder[0], ctx.speaker, "pronoun")
        m = _PRONOUN_SAID.search(text, sent.start, sent.end)
        titled = self._titled_person(_SAID_ONE_RX.sub("", m.group(0)), m.start(), ctx) \
            if m is not None and m.group(0)[:1].lower() == "t" else None
        if titled is not None:
            return Mention(m.start(), m.end(), titled[0], titled[1], "pronoun")   # the person last named with that title
        if m is not None and m.group(0)[:1].lower() == "t" and not ctx.speaker and ctx.person[0]:
            return Mention(m.start(), m.end(), ctx.person[0], ctx.person[1], "pronoun")   # the person last named
        if m is None or not ctx.holder or (m.group(0)[:1].lower() == "t" and not ctx.speaker):
            return None
        if not ctx.speaker and ctx.person[0] and m.group(0).split()[0].lower() in ("he", "she"):
            # "According to the minister, the West is ... He stressed ...": a person, not the side last holding a
            # stance, when no person spoke for it; the person last named
            return Mention(m.start(), m.end(), ctx.person[0], ctx.person[1], "pronoun")
        return Mention(m.start(), m.end(), ctx.holder[0], ctx.speaker, "pronoun")

    # -- per clause --------------------------------------------------------------------------
    @staticmethod
    def _third_person(text: str, cs: int, cue_at: int, holders: list[Mention], ctx: _Context) -> Mention | None:
        """A quotation's "he" or "she" is not its speaker, who says "I": '"He told me he was ready for talks,"
        Erdogan said' holds the stance of the person of another side named last before the quotation."""
        if len(holders) != 1:
            return None
        quote = next(((qs, qe, m) for qs, qe, m in ctx.quotes if qs <= cs < qe), None)
        if quote is None or holders[0].actor != quote[2].actor or (
                cs <= holders[0].start < cue_at and holders[0].kind != "pronoun"):
            return None   # (a side named in the clause itself holds what it does)
        pron = _SUBJECT_PRONOUN.search(text, cs, cue_at)
        if pron is None or pron.group(0).lower() not in ("he", "she") or \
                _FIRST_PERSON.search(text, cs, pron.start()):
            return None
        before = [m for m in ctx.people if m.end <= quote[0] and quote[0] - m.end <= 800]
        other = next((m for m in reversed(before) if m.person != quote[2].person), None)
        if other is None:
            return None
        return Mention(pron.start(), pron.end(), other.actor, other.person, "pronoun")

    def _holders(self, text: str, cs: int, ce: int, cue_at: int, mentions: list[Mention],
                 attribution: Mention | None) -> list[Mention]:
        inside = [m for m in mentions if cs <= m.start < ce]
        subjects = [m for m in _subject_candidates(text, cs, inside) if m.start < cue_at
                    and not _PRESSED.match(text, m.end, ce)]   # ("Kyiv was urged to accept ...": pressed, holds nothing)
        if attribution is not None and attribution.kind == "group" and subjects and subjects[0].kind == "joint" \
                and attribution.start <= subjects[0].start < attribution.end:
            return [attribution]   # "Merz met Macron. Both leaders said ...": the people just named, not the parties
        pron = _SUBJECT_PRONOUN.search(text, cs, cue_at)
        if pron is not None and attribution is None and (not subjects or pron.start() < subjects[0].start):
            return []
        if attribution is not None and (attribution.kind == "view" or not subjects or subjects[0].actor == attribution.actor
                                        or subjects[0].start > attribution.start):
            return [attribution]
        if subjects and attribution is None and (_OBLIGED.match(text, subjects[0].end, ce) or (
                subjects[0].possessive and _OWNED_OBLIGED.match(text, subjects[0].end, ce))):
            return []   # "Europe should open talks, analysts said": the one obliged holds nothing, and no side speaks
            #             ("Ukraine's army must not be capped, analysts said": nor does the side whose army it is)
        if subjects:
            return _coordinated(text, subjects[0], inside)
        return []

    @staticmethod
    def _regions_pointed(text: str, cs: int, ce: int, ctx: _Context) -> bool:
        """The span points back to the regions named last: "those regions", "all four"; "the region" only when one
        region was named."""
        return any(m.group(0).lower().endswith("s") or len({h.issue for h in ctx.regions}) == 1
                   for m in _REGION_ANAPHOR.finditer(text, cs, ce))

    def _carry(self, text: str, cs: int, ctx: _Context, sent: Sentence) -> tuple[tuple[str, ...], str | None]:
        head = text[cs:min(cs + 60, sent.end)]
        if cs == sent.start and _plan_it(sent, ctx):
            return ctx.plan_owners, None   # "Washington handed Kyiv a plan. It says ...": the plan speaks
        if _PRONOUN_START.match(head) and ctx.holder:
            return ctx.holder, ctx.speaker
        if ctx.plan_owners and _PLAN_REF.match(head) and sent.block - ctx.plan_block <= 30:
            return ctx.plan_owners, None
        return (), None

    def _plan_owner(self, text: str, sent: Sentence, mentions: list[Mention], ctx: _Context, doc=None) -> None:
        """ "the American peace plan", "Zelensky's 10-point formula", "a plan drawn up by Witkoff", "Russia handed
        Kyiv a memorandum" (from the parse, where the sentence is parsed).

        A later sentence about the plan ("The main points:") keeps the owner within reach of its list.
        """
        i = bisect_left(ctx.plan_mentions, sent.start)
        if i == len(ctx.plan_mentions) or ctx.plan_mentions[i] >= sent.end:
            return
        if ctx.plan_owners:
            ctx.plan_block, ctx.plan_named_at = sent.block, sent.start
        authors = self.tree.plan_authors(doc, sent.start, mentions) if doc is not None else ()
        for i, x in enumerate(mentions):
            if _OWNER_AFTER.match(text, x.end, sent.end) or _OWNER_BEFORE.search(text[max(sent.start, x.start - 70):x.start]):
                if authors and x.actor not in authors:
                    continue   # "Washington sent Kyiv a revised version of its plan": the one sent it owns nothing
                joined = mentions[i - 1] if i and mentions[i - 1].end == x.start - 1 and text[x.start - 1] == "-" else None
                owners = tuple(dict.fromkeys((joined.actor, x.actor))) if joined is not None else (x.actor,)   # ("the Witkoff-Dmitriev plan")
                if not _OWNER_AFTER.match(text, x.end, sent.end):   # "a plan drawn up by Witkoff and Dmitriev": all its authors
                    owners = tuple(dict.fromkeys(m.actor for m in _coordinated(text, x, mentions[i + 1:])))
                if x.actor in authors:
                    owners = tuple(dict.fromkeys((*owners, *authors)))   # ("presented a plan agreed with Washington")
                elif doc is not None and x.actor in (phrased := self.tree.phrase_owners(doc, sent.start, mentions)):
                    owners = tuple(dict.fromkeys((*owners, *phrased)))   # ("the plan, drawn up by Witkoff with Dmitriev")
                ctx.plan_owners, ctx.plan_block, ctx.plan_bullet = owners, sent.block, sent.bullet
                ctx.plan_named_at = sent.start
                return
        if not authors and doc is not None:   # "the plan Zelensky presented", "a draft drawn up by Witkoff"
            authors = self.tree.phrase_owners(doc, sent.start, mentions, sent.text.rstrip().endswith(":"))
        if authors:   # "Russia presented Ukraine with a memorandum", "Paris and London drew up a plan"
            ctx.plan_owners, ctx.plan_block, ctx.plan_bullet = authors, sent.block, sent.bullet
            ctx.plan_named_at = sent.start

    def _make(self, actor: str, issue: str, cue: StanceCue, sent: Sentence, masked_mentions: list[Mention],
              speaker: str | None, hedged: bool, clause: str, masked: str = "", derived: bool = False,
              red_line: bool = False, cue_at: int = -1, about: Sequence[tuple[int, int]] = (), gift: bool = False
              ) -> Finding | None:
        stance, target = cue.stance, None
        clause_cue, tail = masked[cue.start:cue.end], masked[cue.end:cue.end + 80]
        if stance == "pressure" and _FORCED_REFUSAL.search(clause_cue):
            stance, cue = "reject", dataclasses.replace(cue, target=None)   # "Ukraine must not be forced to cede land"
        if stance == "pressure" and _INCLUSION.match(tail):
            stance = "demand"   # "Russia must be at the table": a demand about who takes part, not pressure on Russia
        if cue.target is not None and cue.target < len(masked_mentions):
            target = masked_mentions[cue.target].actor
        if stance in ("pressure", "support"):
            if stance == "support" and (target is None or target == actor):
                target = self._backed(actor, tail[:40], masked_mentions)  # backing an outcome, not an actor: a demand
                if target is None and _APPRAISAL.match(clause_cue):
                    # "called it a major step": praise for what another actor did or offered
                    target = next((m.actor for m in masked_mentions if m.actor != actor), None)
            elif target is None or target == actor:
                others = [m.actor for m in masked_mentions if m.actor != actor and m.actor in self.principals]
                target = others[0] if others else None
            if target is None or target == actor:
                stance, target = "demand", None
            elif actor in self.principals and stance == "pressure":
                stance, target = "demand", None
            elif actor in self.principals and stance == "support":
                stance, target = "accept", None
        if stance not in ("pressure", "support"):
            target = None   # ("Kyiv must have a voice": no one pressed)
        if stance == "demand" and cue.stance == "support" and actor in self.principals:
            stance = "accept"
        if stance == "open" and issue != self.issues.process and not _GOOD_OFFICES.match(clause_cue):
            stance = "accept" if actor in self.principals else "demand"
        elif issue == self.issues.process and (stance in ("accept", "offer") or (
                stance == "demand" and actor in self.principals and _TALK_PROPOSAL.search(clause_cue))):
            stance = "open"   # agreeing, offering, proposing or being ready to talk commits to no outcome
        own_act = self._own_commitment(sent, cue_at, actor, about) if stance in ("offer", "demand") else ""
        if stance == "demand" and own_act == "cede" and actor in self.principals and not derived:
            stance = "offer"   # what a side says it may have to give up of its own: "Kyiv may have to cede the region"
        elif own_act == "offices":
            stance = "open"    # a go-between's good offices held ready commit it to no outcome ("ready to mediate a swap")
        if actor not in self.principals and not gift and (stance == "accept" or (stance == "offer" and not self._dropping.match(masked, cue.start)
                                                                    and not own_act)):
            stance = "demand"   # a third party concedes nothing: what it agrees to or puts forward is what it wants,
            # unless it offers something of its own ("Washington was offering Kyiv guarantees"), or commits itself to
            # an act of its own ("Berlin would contribute to the guarantees", "ready to lift its sanctions")
        value = self.values.place(issue, stance, actor, clause, target)
        own = self.values.poles.get(actor)
        if stance == "demand" and not derived and own is not None and value is not None and abs(value - own) == 100.0 \
                and self.values.anchor_value(self._issue[issue], clause) is not None:
            # a side does not demand its opponent's pole: "unwilling to compromise on the presence of X"; what it
            # proposes there is its own concession ("Kyiv proposed neutral status")
            stance = "offer" if _PROPOSING.match(clause_cue) or _WOULD_DO.match(clause_cue) or own_act else "reject"
            #        (and what it says it would do there: "Ukraine would hold elections in exchange for a truce"; or
            #        would have to give up: "Kyiv might have to cede the region")
        elif stance == "demand" and derived and own is not None and value is not None and abs(value - own) == 100.0:
            value = own         # what a condition requires is not the outcome it names as missing ("... without guarantees")
        conf = 0.55 + (0.15 if speaker else 0.0) - (0.1 if hedged else 0.0)
        return Finding(actor, issue, stance, sent.start, sent.end, value, red_line, hedged,
                       target, speaker, round(min(conf, 0.95), 2))

    def _own_commitment(self, sent: Sentence, cue_at: int, actor: str, about: Sequence[tuple[int, int]] = ()) -> str:
        """The act of its own the cue at document offset `cue_at` commits `actor` to (from the sentence's parse): "give"
        (send, provide, host ...), "cede" (give up what it holds), or "" for none; the issue's mentions (`about`,
        document offsets) must be what the act gives, not when or on what terms it is given."""
        doc = self._parsed.get(sent.start)
        if cue_at < sent.start or doc is None:
            return ""
        holder = [(m.start - sent.start, m.end - sent.start) for m in self._mentions
                  if m.actor == actor and sent.start <= m.start < sent.end]
        return self.tree.own_commitment(doc, cue_at - sent.start, holder,
                                        [(a - sent.start, b - sent.start) for a, b in about])

    def _clause(self, text: str, cs: int, ce: int, sent: Sentence, mentions: list[Mention],
                attribution: Mention | None, ctx: _Context) -> list[Finding]:
        if attribution is not None and attribution.end <= cs and (
                _CONTRAST_CUT.search(text, max(sent.start, cs - 14), cs) or cs in ctx.unreported):
            attribution = None   # "X said A, while Y proposed B", "X said A, and Y drew up B": the clause is Y's own
        lo, hi = bisect_left(ctx.issue_starts, cs), bisect_left(ctx.issue_starts, ce)
        asides = [m.span() for m in _ASIDE.finditer(text, cs, ce)] if lo < hi and "though" in text[cs:ce] else []
        asides += [m.span() for m in _PARENTHESIS.finditer(text, cs, ce)
                   if not any(m.start() <= h.start < m.end() for h in ctx.issue_hits[lo:hi])]
        #          (the author's gloss in brackets that names no issue: "... will neither be X (there will be no Y) nor ...")
        hidden = asides + [(m.start(), m.end()) for rx in (_RELATIVE, _CONTRAST) for m in rx.finditer(text, cs, ce)] \
            if lo < hi and "," in text[cs:ce] else asides
        hidden += self._circumstances(sent, mentions) if lo < hi else []
        issues = self.issues.prune([h for h in ctx.issue_hits[lo:hi] if h.end <= ce
                                    and not any(a <= h.start < b for a, b in hidden)])
        if ctx.regions and self._regions_pointed(text, cs, ce, ctx):
            # "those regions": the regions named last
            issues = self.issues.prune(issues + [h for h in ctx.regions if h.issue not in {i.issue for i in issues}])
        if not issues and cs > sent.start and (ctx.sentence_cue is None or (
                ctx.sentence_cue in ("accept", "offer", "open", "support", "demand") and _BUT_NOT.match(text, cs, ce))):
            # a stance clause whose issue was named in the sentence's earlier clause ("a deal was not close and that ...";
            # "ready to meet in any format, but not in Moscow": the same issue, refused there)
            slo = bisect_left(ctx.issue_starts, sent.start)
            issues = self.issues.prune([h for h in ctx.issue_hits[slo:lo] if h.end <= cs])
        if not issues:
            if ce < sent.end and ctx.sentence_cue is None:
                # a clause that states the stance of a list whose items follow ("It calls for ...; for ...; and for ...")
                head = classify(mask(text, cs, ce, mentions)[0])
                ctx.sentence_cue = head.stance if head is not None else None
            return []
        if cs > sent.start and attribution is None and _HYPOTHETICAL.match(text, cs, ce):
            return []   # "...: if Putin has to compromise, ...": a hypothesis, no one's stance
        masked, inside = mask(text, cs, ce, mentions)
        for a, b in asides:   # ("..., even though there were no plans to ...": no one's refusal of what is outside it)
            ma, mb = len(mask(text, cs, a, mentions)[0]), len(mask(text, cs, min(b, ce), mentions)[0])
            masked = masked[:ma] + " " * (mb - ma) + masked[mb:]
        lead_end = ctx.asked[1] if ctx.asked[0] == sent.start and cs < ctx.asked[1] else cs
        if (question := _ASKED_IN.search(text, lead_end, ce)) is not None:
            asked = len(mask(text, cs, question.start(), mentions)[0])
            masked = masked[:asked] + " " * (len(masked) - asked)   # "asked Putin whether he would accept X": asked only
        cue = classify(masked)
        listed = ctx.list_item_at == sent.start and attribution is None and not (
            ctx.list_stance == "demand" and set(ctx.list_owners) <= set(ctx.plan_owners) and self._in_plan(text, cs, ce, sent, ctx))
        #        (an item of a list: its lead-in's stance; a point of the plan in view is read as such)
        if listed:
            cue = StanceCue(ctx.list_stance, 0, 0, False, None)
        if cue is None and self._in_plan(text, cs, ce, sent, ctx) and attribution is None:
            cue = StanceCue("demand", 0, 0, False, None)
        point = (cue is None or cue.stance in ("demand", "offer", "accept", "condition")) \
            and self._plan_point(text, cs, ce, sent, ctx, attribution)
        bare_point = point and cue is None
        if bare_point:
            cue = StanceCue("demand", 0, 0, False, None)   # "Ukraine's army would number 800,000.", of the plan just named
        asked_of, asked_for = self._answer(sent, ctx) if attribution is None else ((), None)
        if cue is None and ctx.sentence_cue is not None and cs > sent.start and not self._headway.match(text, cs, ce) \
                and not _MISSED.search(text, cs, ce) and not _REASON_BEFORE.search(text, max(0, cs - 12), cs):
            # a later clause carries the sentence's stance; a condition binds only its own clause; and a clause of
            # no headway ("..., but without progress on X") or of an outcome not reached carries none
            carried = "demand" if ctx.sentence_cue == "condition" else ctx.sentence_cue
            if carried in ("accept", "offer", "open", "support", "demand") and _BUT_NOT.match(text, cs, ce):
                carried = "reject"   # "ready to accept the guarantees, but not the limits on the army": refused
            cue = StanceCue(carried, 0, 0, False, None)
        if cue is None and asked_for is not None:
            cue = StanceCue(asked_for, 0, 0, False, None)   # "What does Moscow want? / Full control of the Donbas."
        if cue is None:
            return []
        ctx.sentence_cue = cue.stance
        conditioned = cue.stance in ("offer", "accept", "open") and bool(_CONDITION_NEXT.match(text, ce, min(len(text), ce + 40)))
        if conditioned:
            cue = StanceCue("condition", cue.start, cue.end, False, None)   # "ready to be neutral, but only if ..."
        if cue.stance in ("reject", "offer", "accept", "open") and _WITHOUT.search(text, cs, ce) and not listed:
            cue = StanceCue("demand", cue.start, cue.end, False, None)
        cue_abs = self._cue_offset(text, cs, ce, inside, cue)
        holders = self._holders(text, cs, ce, cue_abs, mentions, attribution)
        if attribution is not None and attribution.kind == "group" and holders == [attribution]:
            holders = [dataclasses.replace(attribution, actor=a) for a in ctx.group]
        third = self._third_person(text, cs, cue_abs, holders, ctx)
        if third is not None:
            holders = [third]
        if asked_of and holders and asked_for is not None and _NOUN_THAT.fullmatch(text, cs, holders[0].start):
            # "What does Moscow want? / ..., and a pledge that Ukraine will never join NATO": the side in the noun's
            # clause is what is asked for, not who asks
            holders, cue = [], StanceCue(asked_for, 0, 0, False, None)
        source = re.search(r"\bfrom (?:the\s+)?X(\d+)", masked[cue.start:cue.end]) if cue.stance == "pressure" else None
        if source is not None and int(source.group(1)) < len(inside):
            holders = [inside[int(source.group(1))]]
        speaker = None
        if holders:
            actors = tuple(dict.fromkeys(h.actor for h in holders))
            speaker = next((h.person for h in holders if h.person), None)
            if speaker is None and attribution is not None and attribution.actor in actors:
                speaker = attribution.person
        elif _SUBJECT_PRONOUN.search(text, cs, cue_abs) and (ctx.sentence_holder or ctx.holder):
            actors, speaker = (ctx.sentence_holder, ctx.sentence_speaker) if cs > sent.start and ctx.sentence_holder \
                else (ctx.holder, ctx.speaker)
        elif ctx.sentence_holder and cs > sent.start:
            actors, speaker = ctx.sentence_holder, ctx.sentence_speaker
        else:
            actors, speaker = self._carry(text, cs, ctx, sent)
            if not actors and asked_of:
                actors, speaker = asked_of, None   # the answer to a question about a side, naming no holder: that side's
            if not actors and ctx.holder and _VIEWED.search(text, cs, ce):
                actors, speaker = ctx.holder, ctx.speaker   # "... are viewed as dangerous": by the side just named
        planned = gives = False   # a plan's point: at its owner's opponent's pole, the owner's own concession
        things = bool(holders) and all(h.possessive for h in holders)   # ("Ukraine's army would ...": a thing of Ukraine's)
        if listed:
            actors, speaker = ctx.list_owners, None   # ("Kyiv rejected the following: / - the handover of X;")
        elif self._in_plan(text, cs, ce, sent, ctx) and attribution is None:
            actors, speaker, planned = ctx.plan_owners, None, True
            ctx.plan_block = sent.block   # (a point the plan makes conditional stays a condition, as in its prose)
            cue = StanceCue("condition" if cue.stance == "condition" else "demand", cue.start, cue.end, False, None)
        elif actors and set(actors) <= set(ctx.plan_owners) and cs == sent.start and _PLAN_MEANS.match(sent.text) \
                and _plan_it(sent, ctx) and cue.stance in ("demand", "pressure"):
            planned = True   # "In practice, that means Ukraine must leave X": the plan's content, its owner's demand
            cue = StanceCue("demand", cue.start, cue.end, False, None)
        elif (point and (bare_point or not actors or set(actors) <= set(ctx.plan_owners) or things)) \
                or self._plan_prose(text, cs, ce, sent, ctx, attribution, actors, cue, things):
            actors, speaker, planned = ctx.plan_owners, None, True   # "Ukraine would receive ...", of the plan just named
            ctx.plan_block = sent.block                 # (and the plan's prose goes on in the next paragraph)
            # (a point the plan makes conditional stays a condition: "membership would depend on a consensus")
            cue = StanceCue("condition" if point and cue.stance == "condition" else "demand", cue.start, cue.end, False, None)
        if not actors:
            return []
        if attribution is None and _WE.match(text, cs, ce) and not any(qs <= cs < qe for qs, qe, _ in ctx.quotes):
            ctx.voice = (actors, sent.block)   # "We remain committed ...": the text speaks for them
        clause = text[cs:ce]
        if ctx.hedged_at[0] != sent.start:
            ctx.hedged_at = (sent.start, is_hedged(sent.text))
        hedged = ctx.hedged_at[1]
        red_line = is_red_line(clause)
        out = []
        # a condition holds for what comes before its cue; what follows the cue is what it requires
        fronted = cue.stance == "condition" and bool(_FRONTED_IF.match(masked, cue.start, cue.end))
        # "withdraw first, and only after that can talks start": the condition points back; what came before it is
        # required, what follows is conditioned
        back = cue.stance == "condition" and cue.end > cue.start and bool(_BACK_TO.match(masked, cue.end))
        cond_at = cue_abs + (cue.end - cue.start) if cue.stance == "condition" and cue.end > cue.start \
            and not conditioned else None
        # "concessions without guarantees are dangerous": the first only with the second, which is demanded
        bare = _BARE_WITHOUT.search(text, cs, cue_abs) if cue.stance == "reject" and cue_abs > cs else None
        named_offer = owned_offer_end(masked) if cue.stance == "demand" else -1
        price = _PRICE.search(text, cue_abs, ce) if cue.stance in ("offer", "accept", "demand") else None
        first_hits: dict[str, object] = {}
        when = _GIFT_WHEN.search(text, cs, ce) if gives else None
        gift_end = when.start() if when is not None else ce
        for h in issues:
            first_hits.setdefault(h.issue, h)
        if bare is not None and not (any(h.start < bare.start() for h in first_hits.values())
                                     and any(bare.end() <= h.start < cue_abs for h in first_hits.values())):
            bare = None
        for actor in actors:
            for hit in first_hits.values():
                issue = hit.issue
                this = cue   # the clause's own cue, or a stance derived from how the issue sits around it
                if gives and cue.stance == "offer" and hit.start >= gift_end:
                    this = StanceCue("demand", cue.start, cue.end, False, None)   # (what the gift waits for is wanted:
                    #                                      "Europe would send troops after a ceasefire")
                if back:
                    this = StanceCue("demand" if hit.start < cue_abs else "condition", cue.start, cue.end, False, None)
                elif fronted and hit.start >= cue_abs:
                    # "If Moscow agrees to a truce, Kyiv will ...": the "if" clause is required, the main clause conditioned
                    this = StanceCue("demand", cue.start, cue.end, False, None) if hit.start < cond_at else cue
                elif cond_at is not None and hit.start > cond_at:
                    this = StanceCue("demand", cue.start, cue.end, False, None)   # what the condition requires
                elif cue.stance == "pressure" and cue.end > cue.start and hit.end <= cue_abs and len(first_hits) > 1:
                    # "preparing sanctions to push the Kremlin into a ceasefire": the means is a demand of its own
                    this = StanceCue("demand", cue.start, cue.end, False, None)
                elif bare is not None:
                    this = StanceCue("condition" if hit.start < bare.start() else "demand", cue.start, cue.end, False, None)
                if named_offer >= 0 and this.stance == "demand" and hit.end <= ce \
                        and len(mask(text, cs, hit.end, mentions)[0]) <= named_offer:
                    this = StanceCue("offer", cue.start, cue.end, False, None)   # ("X's ceasefire offer included ...")
                f = self._make(actor, issue, this, sent, inside, speaker, hedged, clause, masked, derived=this is not cue,
                               red_line=red_line, cue_at=cue_abs if this.end > this.start else -1, about=[(hit.start, hit.end)],
                               gift=gives and this.stance == "offer")
                if f is not None and planned and this.stance == "demand" and f.stance == "reject":
                    f = dataclasses.replace(f, stance="offer")   # (a point of Kyiv's own plan on neutrality: conceded)
                if f is not None:
                    out.append(f if this is not cue or cue.end <= cue.start else dataclasses.replace(f, cue_at=cue_abs))
                if f is not None and price is not None and f.stance in ("offer", "accept") and hit.end <= price.start() \
                        and actor in self.principals:
                    # "would agree to a truce in exchange for Kyiv's withdrawal": the truce is also made conditional
                    out.append(dataclasses.replace(f, stance="condition"))
        if listed and ctx.list_stance != "demand" and self._in_plan(text, cs, ce, sent, ctx):
            # ("Lavrov rejected the following provisions [of the US plan]: / - freezing the line in X;"): each is also a
            # point of the plan in view, its owner's demand
            ctx.plan_block = sent.block
            out += [dataclasses.replace(f, actor=owner, stance="demand", speaker=None) for f in out
                    for owner in ctx.plan_owners if owner not in ctx.list_owners]
        if planned:
            ctx.planned.update(id(f) for f in out)
        ctx.holder, ctx.speaker = actors, speaker
        ctx.sentence_holder, ctx.sentence_speaker = actors, speaker
        made = {f.stance for f in out}
        if len(made) == 1:
            ctx.sentence_cue = made.pop()   # later clauses carry the stance as read ("ready to continue contacts": open)
        return out

    def _needed_first(self, sent: Sentence, doc, mentions: list[Mention], ctx: _Context,
                      found: list[Finding]) -> list[Finding]:
        """ "Kyiv must leave X before Moscow would agree to a truce": the side that would act only then holds both
        stances, what must come first its demand, what it would then do its condition (whoever the rules took)."""
        split = self.tree.needed_first(doc)
        if split is None:
            return found
        oblig, later, subj = split
        at = sent.start + subj.idx
        holder = next((m.actor for m in mentions if m.start <= at < m.end), None)
        if holder is None:
            return found
        lo, hi = bisect_left(ctx.issue_starts, sent.start), bisect_left(ctx.issue_starts, sent.end)
        after, first = set(t.i for t in later.subtree), set(t.i for t in oblig.subtree)
        stances: dict[str, str] = {}
        for h in self.issues.prune([h for h in ctx.issue_hits[lo:hi] if h.end <= sent.end]):
            span = doc.char_span(h.start - sent.start, h.end - sent.start, alignment_mode="expand")
            if span is None or span.root.i not in first:
                continue
            stances.setdefault(h.issue, "condition" if span.root.i in after else "demand")
        if not stances:
            return found
        hedged, red_line = is_hedged(sent.text), is_red_line(sent.text)
        speaker = next((f.speaker for f in found if f.actor == holder), None)
        return [f for f in found if f.issue not in stances] + [
            Finding(holder, issue, stance, sent.start, sent.end, self.values.place(issue, stance, holder, sent.text, None),
                    red_line, hedged, None, speaker, 0.5 if hedged else 0.6) for issue, stance in stances.items()]

    def _leaving(self, text: str, sent: Sentence, mentions: list[Mention], f: Finding) -> Finding:
        """A third party's threat to leave the talks unless they move ("Washington could walk away from the process
        if there is no progress", "threatened to pull out unless Moscow and Kyiv agree"): pressure on the parties (the
        one the condition names, where it names one; else no one in particular), not a condition of its own."""
        if f.actor in self.principals or f.stance not in ("condition", "demand", "pressure"):
            return f
        away = _WALK_AWAY.search(text, sent.start, sent.end)
        cond = _THREAT_CONDITION.search(text, away.end(), sent.end) if away is not None else None
        if cond is None or f.stance == "pressure" and f.target is not None or 0 <= f.cue_at < away.start() - 40:
            return f   # (a stance of its own told before the threat: "wants a deal by June and warned it could walk away")
        named = [m.actor for m in mentions if m.start >= cond.end() and m.actor in self.principals]
        return dataclasses.replace(f, stance="pressure", target=named[0] if named else None,
                                   value=self.values.place(f.issue, "pressure", f.actor, sent.text, named[0] if named else None))

    @staticmethod
    def _backed(actor: str, tail: str, masked_mentions: list[Mention]) -> str | None:
        """The actor whose effort or stance is backed: the first other actor named soon after the cue."""
        hit = _BACKED.match(tail)
        m = masked_mentions[int(hit.group(1))] if hit and int(hit.group(1)) < len(masked_mentions) else None
        return m.actor if m is not None and m.actor != actor else None

    def _plan_prose(self, text: str, cs: int, ce: int, sent: Sentence, ctx: _Context, attribution: Mention | None,
                    actors: tuple, cue: StanceCue, things: bool = False) -> bool:
        """A sentence right after a plan is named that says what would happen under it, with no one else speaking (an
        owner of the plan named as the clause's subject speaks for itself, unless only a thing of its is named: "Ukraine's
        army would be capped ...")."""
        if not ctx.plan_owners or sent.bullet or sent.block - ctx.plan_block > 1 \
                or (bool(set(ctx.plan_owners) & set(actors)) and not things):
            return False
        if cue.stance not in ("demand", "offer", "accept") or (attribution is not None and attribution.kind != "view"):
            return False
        return bool(_PLAN_MODAL.search(text, cs, ce))

    def _plan_point(self, text: str, cs: int, ce: int, sent: Sentence, ctx: _Context, attribution: Mention | None) -> bool:
        """A clause with no stance cue in the paragraph right after a plan is named, that tells what would happen under
        it ("The front line would be frozen.", "Ukraine's army would number 800,000."), with no one reported as speaking:
        a point of the plan, its owner's."""
        if not ctx.plan_owners or sent.bullet or attribution is not None or not 0 <= sent.block - ctx.plan_block <= 1 \
                or sent.start == ctx.plan_named_at:
            return False
        return bool(_PLAN_MODAL.search(text, cs, ce) or _PLAN_MEANS.match(sent.text)) \
            and not _speech_verbs(text, sent.start, sent.end) \
            and not _PLAN_MENTION.search(text, sent.start, sent.end) \
            and not any(m.kind == "person" and sent.start <= m.start < sent.end for m in ctx.people)   # (a person speaks)

    @staticmethod
    def _new_entry(sent: Sentence, ctx: _Context) -> None:
        """A live blog's entry stamp ("14:32 GMT", "1h ago"): the entry below starts afresh. A pronoun or a title at its
        start ("He said ...", "The spokesman said ...") stands for no one named in the entries before it (the blog runs
        back in time, and each entry is written to be read alone)."""
        ctx.holder, ctx.speaker, ctx.sentence_holder, ctx.sentence_speaker = (), None, (), None
        ctx.person = ctx.person_next = ("", None)
        ctx.met = ctx.met_next = ctx.group = ()
        ctx.voice, ctx.answer, ctx.bodies = ((), -10), ((), None, -10), {}
        ctx.plan_list, ctx.entry_at = False, sent.start

    def _question_heading(self, text: str, sent: Sentence, mentions: list[Mention], ctx: _Context) -> None:
        """A question on a line of its own, as in an explainer's questions and answers ("What does Russia want?", "What
        is Kyiv offering?", "What about Europe?"): the side it asks about holds the answer in the paragraph below it,
        with the stance the question asks for (an answer with no verb of its own: "Full control of the Donbas and ...")."""
        if not sent.first_in_block or not _QUESTION.fullmatch(sent.text) or text[sent.end:sent.end + 1] not in ("", "\n", "\r") \
                or not _WH_WORD.match(re.sub(r"^[A-Z][\w ]{0,20}:\s*", "", sent.text)) or sent.text.lower().startswith("whether"):
            ctx.answer = ((), None, -10)
            return   # (a yes-or-no question, "Can Ukraine join NATO?", asks whether, not what a side holds)
        sides = [m for m in _subject_candidates(text, sent.start, mentions) if m.kind != "modifier"] or \
            [m for m in mentions if m.kind != "modifier"]
        actors = tuple(dict.fromkeys(m.actor for m in _coordinated(text, sides[0], mentions))) if sides else ()
        if not actors:
            ctx.answer = ((), None, -10)
            return
        asks = re.sub(r"^[A-Z][\w ]{0,20}:\s*", "", sent.text)
        cue = classify(mask(text, sent.start, sent.end, mentions)[0]) if re.match(r"(?:what|which)\b", asks, re.I) else None
        ctx.answer = (actors, cue.stance if cue is not None and cue.stance in ("demand", "offer", "accept", "reject") else None,
                      sent.block)
        ctx.holder, ctx.speaker = actors, sides[0].person

    def _answer(self, sent: Sentence, ctx: _Context) -> tuple[tuple[str, ...], str | None]:
        """The side a question just above asks about, and the stance it asks for, where the sentence answers it."""
        actors, stance, block = ctx.answer
        return (actors, stance) if actors and sent.block == block + 1 else ((), None)

    def _list_step(self, text: str, sent: Sentence, mentions: list[Mention], attribution: Mention | None,
                   ctx: _Context, doc=None) -> bool:
        """A lead-in ending in a colon that gives a side's stance on what follows ("Kyiv rejected the following
        provisions:", "Russia's conditions include:") opens a list: each item after it (a list item, or a short block of
        its own that ends in a semicolon or opens in lower case) that reports no one speaking is that side's stance. A
        sentence opening with a noun that points back to a side's list ("Another condition is ...", "The list of demands
        also mentions ...") is one more item of it, or opens its next list ("The second option includes:"). A short
        block with no subject in its parse ("Security guarantees for Kyiv.") is an item too. True for a lead-in."""
        item, ctx.list_item_at = ctx.list_item_at >= 0, -1
        lead_found, ctx.list_lead_found = ctx.list_lead_found, set()
        body = sent.text.strip()
        if _LIST_POINTER.match(body) and attribution is None:
            # (the list last opened, the plan last named, or the demands of the sentence just before)
            demanded = any(f.actor in ctx.holder and f.stance in ("demand", "condition") and f.start >= ctx.previous_start
                           for f in ctx.findings[-8:])
            owners, stance = (ctx.list_owners, ctx.list_stance) if ctx.list_owners and sent.block - ctx.list_block <= 3 \
                else (ctx.plan_owners, "demand") if ctx.plan_owners and sent.block - ctx.plan_block <= 3 \
                else (ctx.holder if demanded else (), "demand")
            if owners:
                ctx.list_owners, ctx.list_stance, ctx.list_block = owners, stance, sent.block
                ctx.list_open, ctx.list_semicolon = body.endswith(":"), False
                if not ctx.list_open:
                    ctx.list_item_at = sent.start
                return ctx.list_open
        if body.endswith(":") and (lead := self._list_lead(text, sent, mentions, ctx)) is not None:
            ctx.list_owners, ctx.list_stance = lead
            ctx.list_block, ctx.list_open, ctx.list_semicolon = sent.block, True, False
            return True
        if not ctx.list_open or (sent.block == ctx.list_block and not item):
            return False
        bare = doc is not None and len(doc) <= 25 and not any(t.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for t in doc)
        if sent.block - ctx.list_block == 1 and attribution is None and not _speech_verbs(text, sent.start, sent.end) \
                and (sent.bullet or body.endswith(";") or ctx.list_semicolon or _LOWER_START.match(body) or bare):
            ctx.list_item_at, ctx.list_block, ctx.list_semicolon = sent.start, sent.block, body.endswith(";")
            if lead_found:   # ("Kyiv turned down the following proposals: / 1. ..."): a stance on each, not on the talks
                ctx.findings[:] = [f for f in ctx.findings if id(f) not in lead_found]
        else:
            ctx.list_open = False
        return False

    def _list_lead(self, text: str, sent: Sentence, mentions: list[Mention], ctx: _Context) -> tuple | None:
        """The holder and stance a lead-in ending in a colon gives the list after it: the side named last before its
        stance word ("Among the points Russia turned down:", "Ukraine's conditions include:"), or, naming none, the
        owner of the plan it refers to ("The document also lists the following demands:") or the side a pronoun
        stands for ("He set out these terms:")."""
        masked, inside = mask(text, sent.start, sent.end, mentions)
        cue = classify(masked)
        noun = _LIST_NOUN.search(masked)
        stance = _LIST_STANCE.get(cue.stance) if cue is not None else "demand" if noun is not None else None
        if stance is None:
            return None
        at = cue.start if cue is not None else noun.start()
        if _speech_verbs(masked, at):
            return None   # ("Zelensky rejected the proposal, saying:": words of his follow, not a list)
        named = [t for t in re.finditer(r"X(\d+)", masked[:at]) if int(t.group(1)) < len(inside)]
        if named:
            run = [named[-1]]
            if _speech_verbs(masked, run[0].end(), at):
                return None   # ("Starmer said four points had been agreed:": he reports them, who holds them is not named)
            return tuple(dict.fromkeys(inside[int(t.group(1))].actor for t in reversed(run))), stance
        if ctx.plan_owners and sent.block - ctx.plan_block <= 3 and (_PLAN_REF.match(sent.text) or _PRONOUN_START.match(sent.text)):
            return ctx.plan_owners, stance
        return None

    @staticmethod
    def _in_plan(text: str, cs: int, ce: int, sent: Sentence, ctx: _Context) -> bool:
        """A list item right after a plan is named, or a line of a list the plan's sentence opens with a colon
        ("It says:", "Among its points:") that tells what will happen, with no one reported as speaking."""
        if not ctx.plan_owners or sent.block - ctx.plan_block > 2:
            return False
        return (sent.bullet and not ctx.plan_bullet) or (ctx.plan_list and sent.block > ctx.plan_block - 1 and bool(_PLAN_BODY.search(text, cs, ce))
                               and not _speech_verbs(text, sent.start, sent.end))

    @staticmethod
    def _cue_offset(text: str, cs: int, ce: int, inside: list[Mention], cue: StanceCue) -> int:
        # map the masked offset back to the document: add the length difference of masks before it
        shift = cs
        for i, m in enumerate(inside):
            token = len(f"X{i}") + (2 if m.possessive else 0)
            masked_start = m.start - shift
            if masked_start >= cue.start:
                break
            shift += (m.end - m.start) - token
        return cue.start + shift

    # -- per document ------------------------------------------------------------------------
    def run(self, text: str, skipped: list[tuple[int, int]] | None = None, title: str | None = None) -> list[Finding]:
        """All findings in a text, in reading order. A sentence of more than `MAX_SENTENCE_WORDS` words is not
        read; its span is added to `skipped` when given. A plan whose owner the title names ("What is in the US
        peace plan?") is the plan the text's first lines go on about."""
        ctx = _Context()
        for x in self.actors.mentions(title or ""):
            if _OWNER_AFTER.match(title, x.end):
                ctx.plan_owners, ctx.plan_block = (x.actor,), -1
                break
        self.values.forget()
        ctx.issue_hits = self.issues.scan(text)
        ctx.issue_starts = [h.start for h in ctx.issue_hits]
        ctx.speech = [(m.start(), m.end(), m.group(0).lower()) for m in _speech_verbs(text)]
        ctx.speech_starts = [v[0] for v in ctx.speech]
        ctx.plan_mentions = [m.start() for m in _PLAN_MENTION.finditer(text)]
        datelines = [m.span() for m in _DATELINE.finditer(text)]   # "KYIV, Dec 2 (Reuters) -": a place, no holder
        if datelines:   # ("KHERSON, Ukraine -": nor an issue)
            ctx.issue_hits = [h for h in ctx.issue_hits if not any(a <= h.start < b for a, b in datelines)]
            ctx.issue_starts = [h.start for h in ctx.issue_hits]
        all_mentions = self._with_joint_parties(text, [m for m in self.actors.mentions(text)
                                                       if not any(a <= m.start < b for a, b in datelines)])
        ctx.quotes = quote_speakers(text, all_mentions)
        ctx.people = [m for m in all_mentions if m.kind == "person"]
        starts = [m.start for m in all_mentions]
        sentences = []
        for s in split_sentences(text):
            cut = next((b for a, b in datelines if a <= s.start < b < s.end), None)
            if cut is not None:   # the sentence a dateline opens is read from where the dateline ends, as without it
                s = dataclasses.replace(s, start=cut, text=text[cut:s.end])
            if len(s.text.split()) <= MAX_SENTENCE_WORDS:
                sentences.append(s)
            elif skipped is not None:
                skipped.append((s.start, s.end))
        echoes = self._echoes(sentences, ctx)
        # the parse reads a holder only from an actor named in the sentence or a pronoun: other sentences are not parsed
        after_plan = {b.start for a, b in zip(sentences, sentences[1:]) if _PLAN_MENTION.search(text, a.start, a.end)
                      and _IT_WORD.search(b.text)}   # ("Moscow sent a memorandum. Kyiv rejected it.")
        candidates = [s for s in sentences
                      if (bisect_left(ctx.issue_starts, s.start) < bisect_left(ctx.issue_starts, s.end)
                          or (self.issues.process and _PLAN_MENTION.search(text, s.start, s.end)) or s.start in echoes
                          or (self.issues.process and s.start in after_plan))
                      and (bisect_left(starts, s.start) < bisect_left(starts, s.end) or _PARSE_WITHOUT_ACTOR.search(s.text)
                           or _PLAN_REF.match(s.text) or _TITLE_START.match(s.text) or _BODY_START.match(s.text)
                           # ("Under the draft, a truce would ...": the plan's owner holds it; "The envoy said ...": the
                           # person last named)
                           or any(qs <= s.start and s.end <= qe + 1 for qs, qe, _ in ctx.quotes))   # (a quotation's
                      #     sentence before the one that names its speaker: '"Our priority is a truce. ...," X said.')
                      and not is_non_stance(s.text)]
        # a dateline opening a sentence ("KYIV, Ukraine (AP) —") is blanked for the parser, which would take the
        # place for the subject; offsets stay those of the text. A curly apostrophe is given to the parser as a straight
        # one, which it knows better ("a minister’s calls for X" read as a verb "calls" after a full name)
        parsed = dict(zip((s.start for s in candidates), (self.tree.reattach_reported_conjuncts(d)
                                                          for d in parse([_blank(s, datelines).replace("’", "'")
                                                                          for s in candidates]))))
        self._parsed, self._mentions = parsed, all_mentions   # (what a cue commits its holder to do, read in `_make`)
        ctx.parties = self._parties_at(all_mentions, [s.end for s in candidates])
        previous_mentions: list[Mention] = []
        for previous, sent in zip([None, *sentences], sentences):
            ctx.previous_start = previous.start if previous is not None else -1
            mentions = all_mentions[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
            mentions = [m for m in mentions if m.end <= sent.end]
            ctx.met, ctx.met_next = ctx.met_next, tuple(dict.fromkeys(m.actor for m in mentions if m.kind == "person"))
            ctx.met_runs, ctx.met_runs_next = ctx.met_runs_next, _runs(text, [m for m in mentions if m.kind == "person"])
            ctx.person = ctx.person_next
            ctx.person_next = next(((m.actor, m.person) for m in reversed(mentions) if m.kind == "person"), ctx.person)
            for m in (previous_mentions if previous is not None else []):
                if m.kind != "person" and (body := _BODY_OF.match(text, m.end)) is not None and body.end() <= previous.end:
                    ctx.bodies[body.group(1).lower()] = m.actor   # ("Russia's foreign ministry", "the Ukrainian delegation")
            previous_mentions = mentions
            if sent.first_in_block and _ENTRY_STAMP.fullmatch(sent.text):
                self._new_entry(sent, ctx)
                continue
            if sent.first_in_block and _STAMP_LEAD.match(sent.text):
                self._new_entry(sent, ctx)   # "14:32 GMT – Zelensky said ...": an entry on the stamp's own line
            self._plan_owner(text, sent, mentions, ctx, parsed.get(sent.start))
            if ctx.plan_owners and sent.block - ctx.plan_block == 1 and (
                    self._plan_point(text, sent.start, sent.end, sent, ctx, None)
                    or (ctx.plan_list and self._in_plan(text, sent.start, sent.end, sent, ctx))):
                ctx.plan_block = sent.block   # a paragraph of what would happen under the plan: its points go on (in a
                #                               list after "Its main points:", also one on no issue: "X will be recognised")
            if ctx.plan_owners and sent.block - ctx.plan_block <= 1 and sent.text.rstrip().endswith(":") and (
                    sent.block == ctx.plan_block or _PLAN_REF.match(sent.text) or _PLAN_MENTION.search(sent.text)):
                ctx.plan_list, ctx.plan_block = True, sent.block   # the plan's points follow
            elif ctx.plan_list and sent.block - ctx.plan_block > 2:
                ctx.plan_list = False
            attribution = self._attribution(text, sent, mentions, ctx)
            lead_in = self._list_step(text, sent, mentions, attribution, ctx, parsed.get(sent.start))
            lead = _ASKED.match(sent.text)
            ctx.asked = (sent.start, sent.start + lead.end()) if lead is not None else (-1, -1)
            if attribution is None and (_HYPOTHETICAL.match(sent.text) or _QUESTION.fullmatch(sent.text)):
                self._question_heading(text, sent, mentions, ctx)
                continue   # "If they decide ..., it will ...", "Is Russia ready for a truce?": the author's, no one's stance
            produced = False
            self._sentence_subject(text, sent, mentions, attribution, ctx)
            ctx.sentence_cue = None
            lo, hi = bisect_left(ctx.issue_starts, sent.start), bisect_left(ctx.issue_starts, sent.end)
            regional = bool(ctx.regions and self._regions_pointed(text, sent.start, sent.end, ctx))   # ("those regions")
            plan_before = bool(ctx.plan_mentions) and ctx.previous_start >= 0 and bisect_left(
                ctx.plan_mentions, ctx.previous_start) < bisect_left(ctx.plan_mentions, sent.start)   # (a plan named just before)
            plans = self._plan_objects(sent, parsed[sent.start], plan_before, mentions) + echoes.get(sent.start, []) \
                if lo == hi and sent.start in parsed and not regional else []
            pointed = {h.start for h in plans if h.issue != self.issues.process}
            plans = [h for h in plans if h.issue != self.issues.process or h.start not in pointed]   # (the issues
            #         pointed back to, not the talks: "Moscow rejected the proposal" of a truce just named)
            title = _TITLE_START.match(sent.text)
            titled = self._titled_person(title.group(0), sent.start, ctx) if title is not None else None
            if plans:
                # no issue named, but a plan taken up ("Moscow rejected the plan"): a stance on the talks
                first = len(ctx.findings)
                ctx.findings.extend(self._reread(text, sent, parsed[sent.start], mentions, ctx, [],
                                                 ((titled[0],), titled[1]) if titled is not None else (ctx.holder, ctx.speaker),
                                                 attribution is None, plans))
                if lead_in:   # (unless items follow: what a list's lead-in takes up is read from them)
                    ctx.list_lead_found = {id(f) for f in ctx.findings[first:]}
                self._remember_subject(text, sent, mentions, attribution, ctx)
                continue
            if lo == hi and not (ctx.regions and self._regions_pointed(text, sent.start, sent.end, ctx)):
                self._remember_subject(text, sent, mentions, attribution, ctx)
                continue   # no issue named or referred to: no statement, only who is speaking
            body = self._body(sent, mentions, ctx)
            carried = ((attribution.actor,), attribution.person) if attribution is not None and \
                attribution.kind == "quote" else ((body.actor,), None) if body is not None else \
                ((), None) if _BODY_START.match(sent.text) and not any(m.start < sent.start + 40 for m in mentions) else (ctx.plan_owners, None) if _plan_it(sent, ctx) else \
                ((titled[0],), titled[1]) if titled is not None else \
                ((ctx.person[0],), ctx.person[1]) if title is not None and not ctx.speaker and ctx.person[0] \
                else (ctx.holder, ctx.speaker)   # ("the minister said": the person last named with that title)   # ("the president said": the person last named, not a country)
            first = len(ctx.findings)
            in_plan = self._in_plan(text, sent.start, sent.end, sent, ctx) or ctx.list_item_at == sent.start
            #         (a plan's point, or an item of a list: its owner's, whoever it names)
            joins = self.tree.coordinated_clauses(parsed[sent.start]) if sent.start in parsed else ()
            ctx.unreported = {sent.start + b for _, b, apart in joins if apart}
            for cs, ce in split_clauses(sent, tuple((a, b) for a, b, _ in joins)):
                found = self._clause(text, cs, ce, sent, mentions, attribution, ctx)
                produced = produced or bool(found)
                ctx.findings.extend(found)
            if sent.start in parsed and not in_plan:
                points = [f for f in ctx.findings[first:] if id(f) in ctx.planned]
                ctx.findings[first:] = self._reread(text, sent, parsed[sent.start], mentions, ctx, ctx.findings[first:], carried,
                                                    attribution is None)
                for issue in {f.issue for f in points}:
                    # a point of the plan in view is its owner's whoever the parse finds doing it ("Ukraine would agree
                    # never to join NATO", of the plan just named): what the parse makes of it stays the owner's
                    kept = [f for f in ctx.findings[first:] if f.issue == issue and f.actor in ctx.plan_owners]
                    ctx.findings[first:] = [f for f in ctx.findings[first:] if f.issue != issue] + \
                        (kept or [f for f in points if f.issue == issue])
                if not produced and len(ctx.findings) > first:
                    # a holder only the parse read is the one a pronoun in the next sentence refers to
                    lead = ctx.findings[first]   # (all who hold it with the first: "We welcome ...", a statement's signers)
                    ctx.holder = tuple(dict.fromkeys(f.actor for f in ctx.findings[first:]
                                                     if (f.issue, f.stance) == (lead.issue, lead.stance)))
                    ctx.speaker = lead.speaker
                    produced = True
            ctx.findings[first:] = [self._leaving(text, sent, mentions, f) for f in ctx.findings[first:]]
            if sent.start in parsed:
                ctx.findings[first:] = self._needed_first(sent, parsed[sent.start], mentions, ctx, ctx.findings[first:])
            conditional = {(f.actor, f.issue) for f in ctx.findings[first:] if f.stance == "condition"}
            ctx.findings[first:] = [f for f in ctx.findings[first:] if f.stance != "demand"
                                    or (f.actor, f.issue) not in conditional]   # (an outcome made conditional on
            #                          another of the same issue is the condition, not a demand besides it)
            if not produced:
                self._remember_subject(text, sent, mentions, attribution, ctx)
            lo, hi = bisect_left(ctx.issue_starts, sent.start), bisect_left(ctx.issue_starts, sent.end)
            named = [h for h in ctx.issue_hits[lo:hi] if h.issue in self.issues.region_ids]
            if named:
                ctx.regions = named
        return ctx.findings

    def _reread(self, text: str, sent: Sentence, doc, mentions: list[Mention], ctx: _Context,
                old: list[Finding], carried: tuple, unattributed: bool = False, more: Sequence = ()) -> list[Finding]:
        """The sentence's findings, with what its parse adds: statements on issues the clause rules found no
        stance for, where the tree gives both the governing predicate and a holder named in the sentence, and
        the subjects of a governing predicate that the rules did not take as holders (`more`: mentions the codebook's
        cues did not find)."""
        lo, hi = bisect_left(ctx.issue_starts, sent.start), bisect_left(ctx.issue_starts, sent.end)
        around = self._circumstances(sent, mentions)
        hits = [h for h in ctx.issue_hits[lo:hi] if h.end <= sent.end and not any(a <= h.start < b for a, b in around)]
        hits = self.issues.prune(hits, self._conjunct_process(sent, doc, hits)) + list(more)
        if not hits or is_non_stance(sent.text):
            return old
        old = [self._not_obliged(text, sent, doc, mentions, f) for f in old]
        tied = {(f.actor, f.issue): f for f in old if f.stance == "condition" and f.cue_at >= 0
                and any(h.issue == f.issue and h.end <= f.cue_at for h in hits)
                and any(h.issue == f.issue and h.start > f.cue_at and not _CLAUSE_BREAK.search(text, f.cue_at, h.start)
                        for h in hits)}
        #       ("progress in the talks is possible only if X keeps to the summit's terms": the issue on both sides of
        #       the condition stays the condition, whatever the parse reads of the mention in what it requires)
        kept = {id(f) for f in old}
        pointing = self._anaphors(sent, doc, hits)
        hits = sorted(hits + pointing, key=lambda h: h.start)
        spans = [doc.char_span(h.start - sent.start, h.end - sent.start, alignment_mode="expand") for h in hits]
        roots = [span.root.i if span is not None else None for span in spans]   # each mention's head token
        framed = self._plan_content(sent, doc, mentions, ctx, hits, spans)
        if framed:
            # what a plan is told to contain is its owner's demand, whoever the clause names ("Under the US plan,
            # Kyiv would cede ..."): no one else's stance, and no one's when the plan has no known owner
            old = [f for f in old if f.issue not in framed]
        every = [h for h in ctx.issue_hits[lo:hi] if h.end <= sent.end] + [h for h in hits if h not in ctx.issue_hits]
        held = {h.issue for h in every if not self.tree.unheld(doc, sent.start, h.start, h.end, mentions,
                                                                 event=h.issue == self.issues.process)}
        unheld = {h.issue for h in every} - held - set(framed)
        if unheld:
            # "Kyiv only pretends to want a truce", "few diplomats expect a deal", "at talks in London, X proposed",
            # "the content of the talks", "the offensive near X in the Y region": every mention of the issue lies under
            # a word of pretence or an onlooker's verb, or names when or where a thing happened; no side's position on it
            old = [f for f in old if f.issue not in unheld]
            hits = [h for h in hits if h.issue not in unheld]
            spans = [doc.char_span(h.start - sent.start, h.end - sent.start, alignment_mode="expand") for h in hits]
            roots = [span.root.i if span is not None else None for span in spans]
        found: dict[str, set[str]] = {}
        for f in old:
            found.setdefault(f.issue, set()).add(f.actor)
        readings: dict[str, list[Reading]] = {i: [r] for i, r in framed.items() if r is not None}
        in_view = ctx.parties[sent.end]   # who agreed what no one is named as agreeing: on the talks, the two in view;
        #                                   on an outcome (a truce, a swap), the negotiation's principals
        for h in hits:
            if h.issue in framed or ctx.asked[0] == sent.start and h.start < ctx.asked[1]:
                continue   # (what a question asks about is read from its answer by the rules)
            if self.tree.without_headway(doc, h.start - sent.start, h.end - sent.start):
                old = [f for f in old if f.issue != h.issue]   # ("agreed to meet again, but without progress on X")
                found.pop(h.issue, None)
                continue
            parties = in_view if h.issue == self.issues.process else self.parties
            voice = ctx.voice[0] if sent.block - ctx.voice[1] <= 2 else ()
            r = self.tree.read(doc, sent.start, h.start, h.end, mentions, carried[0], carried[1], parties, voice)
            if r is not None and r.source == "speaker" and h.issue in found and found[h.issue] < set(r.actors):
                # "The leaders of France, Germany and Britain said ...": the rules took some of the speakers; the
                # others hold the same stances
                more = set(r.actors) - found[h.issue]
                old += [dataclasses.replace(f, actor=a, speaker=None, target=None if f.target == a else f.target,
                                            value=self.values.place(f.issue, f.stance, a, sent.text, f.target))
                        for f in old if f.issue == h.issue for a in sorted(more) if f.actor in found[h.issue]]
                found[h.issue] |= more
            if any(h is p for p in pointing):
                # "rejected any freeze, now says it could live with one", "... and Moscow rejected that proposal": a
                # stance of its own on the issue pointed back to, where new; what the rules read on it stands
                if r is not None and r.stance is not None and r.source in _NAMED_SOURCES \
                        and not (r.stance == "open" and not set(r.actors) <= self.principals) \
                        and not any(f.issue == h.issue and f.actor in r.actors and f.stance == r.stance for f in old):
                    readings.setdefault(h.issue, []).append(r)
                continue
            if h.issue in found:
                # "would insist on guarantees that Ukraine would never join NATO", "Paris floated a force, a proposal the
                # Kremlin rejected": the cue the clause rules read sits in another's clause below or beside the mention
                # and governs it not; the predicate above the mention does, where the parse reads one
                old = [g for f in old for g in (self._regoverned(text, sent, doc, mentions, h, f)
                                                if f.issue == h.issue and f.cue_at >= 0 else [f])]
                found[h.issue] = {f.actor for f in old if f.issue == h.issue}
                if not found[h.issue]:
                    del found[h.issue]
            if r is not None and h.issue in found and r.stance is None and r.negated and r.predicate in self.tree.lex.pressure \
                    and r.source in _NAMED_SOURCES:
                # "Zelensky said Washington had never pressured Kyiv to cede Donetsk": pressing denied holds no stance on
                # what was (not) pressed for, neither the denied presser's nor the one it was not pressed on
                old = [f for f in old if f.issue != h.issue]
                del found[h.issue]
                continue
            if r is None or r.stance is None or r.source not in _NAMED_SOURCES:
                continue
            if h.issue in found and (adjunct := self.tree.participle_adjunct(doc, r.cue_start - sent.start)) is not None:
                # "Kyiv has refused, proposing instead a freeze": the participle's own verb governs what it takes,
                # not the main clause's cue outside it
                lo_at, hi_at = adjunct
                if any(g.issue == h.issue and not lo_at <= g.start - sent.start < hi_at for g in hits):
                    # ("rejected an unconditional ceasefire, proposing instead a short truce": both stances)
                    if not any(f.issue == h.issue and f.actor in r.actors and f.stance == r.stance for f in old):
                        readings.setdefault(h.issue, []).append(r)
                    continue
                old = [self._restance(f, r.stance, sent, r.target) if f.issue == h.issue and f.actor in r.actors
                       and f.cue_at >= 0 and not lo_at <= f.cue_at - sent.start < hi_at else f for f in old]
            if r.obligation and r.predicate in self.tree.lex.receiving and h.issue in found:
                # "Witkoff said Russia should get the four regions": what a side should receive is wanted for it,
                # not pressed on it
                old = [self._restance(f, "demand", sent) if f.issue == h.issue and f.stance == "pressure" else f
                       for f in old]
            if r.obligation and r.source in ("speaker", "pronoun") and h.issue in found and not found[h.issue] & set(r.actors):
                # "Ukraine would have to hold elections, the US plan says": the one obliged holds nothing; the
                # speaker demands it
                old = [f for f in old if f.issue != h.issue]
                del found[h.issue]
            if r.owned is not None and h.issue in found and found[h.issue] <= set(r.owned[0]) \
                    and not found[h.issue] & set(r.actors):
                # "Russia's proposal for a truce is unacceptable, Kyiv said": the rules took the proposal's owner for
                # the holder of the verdict on it; the verdict is the tree's holder's, the proposal its owner's
                old = [f for f in old if f.issue != h.issue]
                del found[h.issue]
            if r.owned is not None and h.issue in found and found[h.issue] & set(r.actors) and r.stance != "pressure" \
                    and (r.stance != "support" or (r.target is not None and r.source == "subject")):
                # "Europe pushed back against the US demand that ...", "China welcomes Russia's willingness to talk": the
                # subject's stance is that of its verb (backing the noun's owner), not of the other's stance noun
                old = [dataclasses.replace(self._restance(f, r.stance, sent), target=r.target if r.stance == "support"
                                           else f.target)
                       if f.issue == h.issue and f.actor in r.actors and f.stance in (r.owned[1], "demand") else f
                       for f in old]
            if r.owned is not None and h not in more:   # (who made a plan taken up is no party to the stance on it)
                owners = tuple(a for a in r.owned[0] if a not in found.get(h.issue, ()))
                if owners:   # "Kyiv rejected Moscow's demand for Donetsk": Moscow's demand as well as Kyiv's refusal
                    readings.setdefault(h.issue, []).append(dataclasses.replace(
                        r, actors=owners, stance=r.owned[1], speaker=None, target=r.owned[2] if len(r.owned) > 2 else None,
                        source="possessor", owned=None))
            if h.issue in found and r.negated and r.stance == "reject" and r.source in ("speaker", "subject", "agent"):
                # "No troops will be accepted, a Kremlin source said": the rules read the predicate, the parse its negation
                plain = self.tree.lex.verbs.get(r.predicate) or self.tree.lex.adjectives.get(r.predicate)
                old = [self._restance(f, "reject", sent) if f.issue == h.issue and f.actor in r.actors
                       and plain is not None and f.stance == plain else f for f in old]
            if h.issue in found and r.stance == "pressure" and r.target is not None and r.source == "subject":
                # "Trump set Moscow a deadline to agree to a truce": the parse reads whom the holder presses, where the
                # rules read the holder's demand
                old = [self._restance(f, "pressure", sent, r.target)
                       if f.issue == h.issue and f.actor in r.actors and f.stance == "demand" else f for f in old]
            if h.issue in found and r.stance == "reject" and r.source == "subject" and r.predicate in self.tree.lex.judging:
                # "Kyiv called the proposal for a truce a ploy": the judgement refuses what it judges, whatever the
                # words of the thing judged ("proposal") read alone
                old = [self._restance(f, "reject", sent) if f.issue == h.issue and f.actor in r.actors else f for f in old]
            if h.issue in found and r.stance == "reject" and r.predicate in self.tree.lex.warning and r.source == "subject":
                # "... and warned that capping the army would expose Ukraine": the warning refuses what it warns of
                old = [self._restance(f, "reject", sent) if f.issue == h.issue and f.actor in r.actors else f for f in old]
            if h.issue in found and r.frame:
                # "X will only accept Y after Z", "X will not start Y until Z", "there will be no Y": the frame gives
                # the stances, and its holder is X's, not that of whoever Z names
                old = [self._restance(f, r.stance, sent, r.target) if f.issue == h.issue and not (
                           r.stance == "demand" and f.stance == "pressure" and f.target is not None) else f
                       for f in old if f.issue != h.issue or f.actor in r.actors]
                #      (what is asked of the one pressed stays pressure on it: "pressure on Moscow until it agrees to X")
                if not any(f.issue == h.issue for f in old):
                    del found[h.issue]
            if h.issue in found and r.source == "possessor" and r.stance in ("reject", "demand", "accept", "offer") \
                    and not found[h.issue] & (set(r.actors) | set(r.reporters)) and r.predicate in self.tree.lex.nouns:
                # "Washington grew frustrated by Moscow's refusal to accept a truce": a noun of stance governs the mention
                # and its possessor holds it; the clause's subject, read by the rules from that noun, holds nothing on it
                old = [f for f in old if not (f.issue == h.issue and f.cue_at == r.cue_start)]
                found[h.issue] = {f.actor for f in old if f.issue == h.issue}
                if not found[h.issue]:
                    del found[h.issue]
            if h.issue in found and (r.source == "joint" or (r.source == "presser" and r.target is not None) or (
                    unattributed and r.source in ("subject", "agent") and not (found[h.issue] & set(r.actors)))):
                # no one is reported as speaking, and the tree's subject of the governing predicate is none of the
                # holders the surface rules took ("Putin's terms ... were rejected by Kyiv"): the tree's holder; and
                # what was agreed with no one named as agreeing is the parties', whoever tells of it (an epithet on the
                # tree holder's demands stays the verdict of whoever the rules read: "an official in Kyiv's
                # delegation said Russia had made unacceptable demands")
                old = [f for f in old if f.issue != h.issue]
                found[h.issue] = {f.actor for f in old if f.issue == h.issue}
                if not found[h.issue]:
                    del found[h.issue]
            if h.issue in found and r.stance == "reject" and r.predicate in self.tree.lex.receiving \
                    and r.source in ("speaker", "pronoun") and not found[h.issue] & set(r.actors):
                # "He said Kyiv could not get back Crimea": who would not receive it refuses nothing; the speaker does
                old = [f for f in old if f.issue != h.issue]
                del found[h.issue]
            if h.issue in found and r.reporters and found[h.issue] & set(r.reporters):
                # "Witkoff said Russia was ready to drop its demand": who reports another's stance does not hold it
                # (a stance the reporter states in a clause of its own, outside the one reported, stays its own)
                lo_at, hi_at = self.tree.clause_span(doc, r.cue_start - sent.start)
                dropped = {f.actor for f in old if f.issue == h.issue and f.actor in r.reporters
                           and (f.cue_at < 0 or lo_at <= f.cue_at - sent.start < hi_at)}
                #          (but "Kyiv said Russia made unacceptable demands": the epithet is the reporter's verdict)
                old = [f for f in old if f.issue != h.issue or f.actor not in dropped]
                found[h.issue] -= dropped
                if not found[h.issue]:
                    del found[h.issue]
            if h.issue in found and r.reporters:
                # "Peskov said Kyiv wanted to freeze the front": a side's position told by another side's speaker is
                # reported, so hedged
                old = [dataclasses.replace(f, hedged=True) if f.issue == h.issue and f.actor in r.actors
                       and any(a != f.actor for a in r.reporters) else f for f in old]
            if h.issue in found and r.stance == "pressure" and r.target is not None \
                    and r.source in ("subject", "agent", "presser", "speaker"):
                # "Washington wants Kyiv to drop its NATO bid", "urged Moscow to accept a truce": what the rules read as
                # the third party's demand, or as pressure on another, is pressure on the one the parse finds asked to act
                #  (a principal's is its demand: "Russia wants Ukraine to recognise Crimea")
                old = [f if f.issue != h.issue or f.actor not in r.actors or f.actor == r.target else
                       (self._restance(f, "demand", sent) if f.stance in _EMBEDDED and r.source == "subject" else f)
                       if f.actor in self.principals else
                       self._pressing(f, r.target, sent) if f.stance in ("demand", "accept", "offer", "open", "pressure")
                       else f for f in old]
            if h.issue in found and r.stance == "pressure" and r.target in found[h.issue] \
                    and r.source in _NAMED_SOURCES and r.target not in r.actors:
                # "the envoy is trying to get Moscow to accept a truce, the White House said": the one pressed to act
                # holds nothing in the clause it is pressed to
                lo_at, hi_at = self.tree.subtree_span(doc, r.cue_start - sent.start)
                old = [f for f in old if not (f.issue == h.issue and f.actor == r.target and f.stance != "reject"
                                              and (f.cue_at < 0 or lo_at <= f.cue_at - sent.start < hi_at))]
                found[h.issue] = {f.actor for f in old if f.issue == h.issue}
                if not found[h.issue]:
                    del found[h.issue]
            if h.issue in found and r.stance == "demand" and r.target is None and r.source in ("subject", "agent") \
                    and r.predicate in self.tree.lex.pressure:
                # "threatened to impose tariffs on buyers of Russian oil": the parse reads the verb of pressing the rules
                # read, with no one pressed; the rules' guess of who is pressed does not stand
                old = [self._restance(f, "demand", sent) if f.issue == h.issue and f.actor in r.actors
                       and f.stance == "pressure" else f for f in old]
            if h.issue in found and r.stance == "condition" and r.predicate in self.tree.lex.requiring:
                # "any handover of land would require a referendum": what would require the other is the condition
                old = [self._restance(f, "condition", sent) if f.issue == h.issue and f.actor in r.actors
                       and f.stance == "demand" else f for f in old]
            if h.issue in found and r.stance in _EMBEDDING and r.source == "subject":
                # "X wants Y to accept Z": what the rules read from the embedded verb is X's demand
                old = [self._restance(f, r.stance, sent)
                       if f.issue == h.issue and f.actor in r.actors and f.stance in _EMBEDDED
                       and f.cue_at != r.cue_start else f for f in old]   # (not the demand verb's own reading: "proposed neutrality")
            if h.issue in found and r.source == "speaker" and not found[h.issue] & set(r.actors) \
                    and r.predicate in self.tree.lex.adjectives:
                judged = [m for m in mentions if m.actor in found[h.issue]]
                heads = {t.idx + sent.start: t for t in doc}
                if judged and all(m.end <= r.cue_start and m.start in heads and heads[m.start].dep_ in ("amod", "compound")
                                  and heads[m.start].head.i > heads[m.start].i for m in judged):
                    # '"Western troops are unacceptable to us," the Kremlin said': the side an adjective names in the
                    # thing judged holds nothing; the verdict is the speaker's
                    old = [f for f in old if f.issue != h.issue]
                    del found[h.issue]
            if r.backers:
                # "Ukraine called for a truce, a proposal backed by its allies": who backs the thing supports its holder
                # (or, where it has no holder here, wants it)
                backed = r.actors[0] if r.actors and r.stance in ("demand", "offer", "condition") \
                    and r.source in _NAMED_SOURCES else None
                backers = tuple(a for a in r.backers[0] if a not in found.get(h.issue, ()))
                if backers:
                    readings.setdefault(h.issue, []).append(dataclasses.replace(
                        r, actors=backers, stance="support" if backed else "demand", target=backed, speaker=None,
                        source="agent", owned=None, reporters=(), backers=(), frame=False, negated=False,
                        cue_start=r.backers[1], cue_end=r.backers[2]))
            if h.issue in found:
                # on an issue the rules read, only subjects they missed are added ("Paris and London want ...")
                missed = tuple(a for a in r.actors if a not in found[h.issue])
                if r.source not in ("subject", "joint") or not missed:
                    continue
                r = dataclasses.replace(r, actors=missed)
            if r.stance == "open" and not set(r.actors) <= self.principals:
                continue
            readings.setdefault(h.issue, []).append(r)
        self._relative_readings(doc, sent, mentions, hits, roots, found, readings)
        out = list(old)
        for issue, rs in readings.items():
            out.extend(self._from_readings(text, sent, issue, rs, [(h.start, h.end) for h in hits if h.issue == issue]))
        if tied:   # (what the parse turned into a demand; a demand read in its own right stands beside it)
            made = [f for f in out if f.stance == "demand" and id(f) not in kept and (f.actor, f.issue) in tied]
            have = {(f.actor, f.issue) for f in out if f.stance == "condition"}
            out = [f for f in out if not any(f is g for g in made)] + \
                [tied[k] for k in dict.fromkeys((f.actor, f.issue) for f in made) if k not in have]
        return out

    def _relative_readings(self, doc, sent: Sentence, mentions: list[Mention], hits: list, roots: list,
                           found: dict[str, set[str]], readings: dict[str, list[Reading]]) -> None:
        """Adds to `readings` the stance of a relative clause on an issue it describes, for its subjects the rules
        did not take."""
        for about, r in self.tree.relative_stances(doc, sent.start, mentions):
            for h, root in zip(hits, roots):
                if root is None or root not in about:
                    continue
                # the relative clause's stance is its subject's
                missed = tuple(a for a in r.actors if a not in found.get(h.issue, ()))
                if missed:
                    readings.setdefault(h.issue, []).append(dataclasses.replace(r, actors=missed))
                    found.setdefault(h.issue, set()).update(missed)

    def _circumstances(self, sent: Sentence, mentions: list[Mention]) -> list[tuple[int, int]]:
        """Document spans of the sentence's opening phrases of circumstance (from its parse; none unparsed)."""
        doc = self._parsed.get(sent.start)
        return [] if doc is None else self.tree.circumstances(doc, sent.start, mentions)

    def _conjunct_process(self, sent: Sentence, doc, hits: list) -> frozenset[int]:
        """Starts of the process issue's mentions that are conjuncts of another issue's ("called for a ceasefire and a
        return to dialogue"): there the talks are asked for in their own right."""
        if doc is None:
            return frozenset()
        process = [h for h in hits if h.issue == self.issues.process]
        others = [h for h in hits if h.issue != self.issues.process]
        return frozenset(p.start for p in process if any(
            self.tree.coordinated(doc, (p.start - sent.start, p.end - sent.start), (o.start - sent.start, o.end - sent.start))
            for o in others))

    def _regoverned(self, text: str, sent: Sentence, doc, mentions: list[Mention], h, f: Finding) -> list[Finding]:
        """`f` as the clause rules read it, or nothing when its cue sits in a clause of someone else's that cannot
        govern the issue mention `h`."""
        subject = self.tree.foreign_clause(doc, f.cue_at - sent.start, h.start - sent.start, h.end - sent.start)
        if subject is None:
            return [f]
        lo, hi = sent.start + subject.left_edge.idx, sent.start + subject.right_edge.idx + len(subject.right_edge.text)
        owners = {m.actor for m in mentions if lo <= m.start < hi and m.kind != "modifier"}   # ("the Russian war": a thing)
        if not owners or f.actor in owners:
            return [f]       # the clause's own subject holds its stance; a clause about a thing is no one else's
        return []

    def _plan_objects(self, sent: Sentence, doc, plan_before: bool = False, mentions: Sequence = ()) -> list:
        """A plan, proposal or initiative that a verb of stance takes up, in a sentence that names no issue ("Moscow
        rejected the plan", "Medinsky said he would study the proposals"), as a mention of the talks."""
        out = []
        plan_at = next((t.i for t in doc if _plan_word(t) and _noun(t)), None)
        for t in doc:
            pointer = t.lower_ == "it" or (t.lemma_.lower() in IDEA_NOUNS and _noun(t) and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "such") for c in t.children))
            #   ("... the memorandum, Peskov dismissed the idea": a word pointing back to the plan just named)
            if pointer and t.dep_ == "dobj" and (plan_before or plan_at is not None and plan_at < t.i) \
                    and t.head.pos_ == "VERB" and self.tree.stance_class(t.head) is not None \
                    and not any(c.dep_ == "auxpass" for c in t.head.children):
                at = sent.start + t.idx   # "... said the memorandum was an ultimatum and rejected it": the plan
                out.append(IssueHit(at, at + len(t.text), self.issues.process, t.text))
                continue
            if _plan_word(t) and self.tree.receives_stance(doc, sent.start, mentions, t):
                at = sent.start + t.idx   # "the plan drew pushback from Kyiv", "the draft met with criticism from Europe"
                out.append(IssueHit(at, at + len(t.text), self.issues.process, t.text))
                continue
            if not _plan_word(t) or t.lemma_.lower() in self.tree.lex.speech_records or t.dep_ not in ("dobj", "pobj"):
                continue
            verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
            for _ in range(3):   # ("ready to move forward with the framework", "agreed to continue work on the proposals")
                if self.tree.stance_class(verb) is not None or verb.dep_ not in ("xcomp", "acomp", "dobj") \
                        or verb.head.i == verb.i:
                    break
                verb = verb.head
            if verb.pos_ in ("VERB", "ADJ") and self.tree.stance_class(verb) is not None \
                    and not any(c.dep_ == "auxpass" for c in verb.children):   # ("was asked about the plan")
                at = sent.start + t.idx
                out.append(IssueHit(at, at + len(t.text), self.issues.process, t.text))
        return out

    def _echoes(self, sentences: list[Sentence], ctx: _Context) -> dict[int, list]:
        """Issues named again in the next sentence by the head word of their cue and a word that points back ("a
        European reassurance force ... Britain and France will lead such a force"), where that sentence names no
        issue itself: sentence start -> the mentions, each as a hit of the issue it points back to."""
        out: dict[int, list] = {}
        for before, sent in zip(sentences, sentences[1:]):
            lo, hi = bisect_left(ctx.issue_starts, sent.start), bisect_left(ctx.issue_starts, sent.end)
            if lo < hi:
                continue
            heads: dict[str, IssueHit] = {}
            named = self.issues.prune(ctx.issue_hits[bisect_left(ctx.issue_starts, before.start):lo])
            for h in named:
                word = h.cue.split()[-1].lower()
                if " " in h.cue and len(word) > 3:
                    heads[word] = h
            plan = _PLAN_POINTED.search(sent.text)
            if plan is not None and named and self._proposing.search(before.text):
                # "Washington proposed a 30-day truce. Moscow rejected the proposal.": the plan is what was proposed
                at = sent.start + plan.start(1)
                out[sent.start] = [dataclasses.replace(h, start=at, end=at + len(plan.group(1)), cue=plan.group(1))
                                   for h in {h.issue: h for h in named}.values()]
                continue
            idea = _POINTING_IDEA.search(sent.text) if named and named[-1].issue != self.issues.process else None
            if idea is not None and idea.group(1).lower() in STEP_NOUNS and classify(before.text) is None \
                    and not self._proposing.search(before.text) and not self._ordering.search(before.text):
                idea = None   # "the move", "the decision": a step someone took on the issue, not a strike or a battle
            if idea is not None:
                # "that idea", "such an arrangement": the outcome named last in the sentence before; "the demand", "the
                # request": what was asked for, named first ("demanded Ukraine leave Donetsk as a condition for a truce")
                at = sent.start + idea.start(1)
                asked = idea.group(1).lower() in ASKED_NOUNS
                regions = self.issues.region_ids
                every = asked and idea.group(1).lower().endswith("s")   # ("the demands", "the terms": all that was asked)
                pointed = named if every else [h for h in named if h.start == named[0].start
                                               or h.issue in regions and named[0].issue in regions] if asked else named[-1:]
                out.setdefault(sent.start, []).extend(dataclasses.replace(h, start=at, end=at + len(idea.group(1)),
                                                                          cue=idea.group(1)) for h in {h.issue: h for h in pointed}.values())
            if not heads:
                continue
            for m in _POINTING.finditer(sent.text):
                h = heads.get(m.group(1).lower()) or heads.get(m.group(1).lower().rstrip("s"))
                if h is not None:
                    at = sent.start + m.start(1)
                    out.setdefault(sent.start, []).append(dataclasses.replace(h, start=at, end=at + len(m.group(1)),
                                                                              cue=m.group(1)))
        return out

    def _anaphors(self, sent: Sentence, doc, hits: list) -> list:
        """ "one" standing for the issue named last before it in the sentence ("rejected any freeze, now says it
        could live with one"), and "it" as the object of a verb of stance ("... but Moscow rejects it"), as a mention
        of that issue."""
        out = []
        for t in doc:
            pointed = t.dep_ in ("dobj", "pobj") and _plan_word(t) and not any(c.dep_ == "prep" for c in t.children) \
                and any(c.dep_ == "det" and c.lower_ in ("this", "that", "such") for c in t.children)
            if pointed:
                pass   # "the US proposed a truce, and Ukraine accepts this proposal": every issue named before it
            elif t.lower_ == "it" and t.dep_ == "dobj" and t.head.i == t.i - 1 and self.tree.stance_class(t.head) is not None:
                pass   # "Kyiv is ready for a truce, but Moscow rejects it": "it" right after a verb of stance
            elif t.lower_ != "one" or t.dep_ not in ("dobj", "pobj") or any(c.dep_ == "prep" for c in t.children):
                continue
            at = sent.start + t.idx
            before = [h for h in hits if h.end <= at]
            named = list({h.issue: h for h in before}.values()) if pointed else before[-1:]
            out += [dataclasses.replace(h, start=at, end=at + len(t.text), cue=t.text) for h in named]
        return out

    def _plan_content(self, sent: Sentence, doc, mentions: list[Mention], ctx: _Context, hits,
                      spans) -> dict[str, Reading | None]:
        """Issues named only in clauses framed by a plan, each with its owner's demand (None: an owner not known)."""
        frames = self.tree.plan_frames(doc, sent.start, mentions)
        if _plan_it(sent, ctx):   # "Washington handed Kyiv a plan. It would cap the army at ...": the plan's content
            frames += [(t, ctx.plan_owners, "definite") for t in doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")
                       and t.lemma_ not in self.tree.lex.copulas   # (not "it is clear that ...")
                       and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in t.children)]
        if ctx.plan_owners and ctx.plan_named_at == sent.start:
            # "The memorandum has three points: it would ban ...": "it" after a colon, the plan the sentence opened with
            lead = next((t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and _plan_word(t)), None)
            frames += [(t.head, ctx.plan_owners, "definite") for t in doc if lead is not None and t.i > lead.i
                       and t.lower_ == "it" and t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX")
                       and t.head.lemma_ not in self.tree.lex.copulas and any(
                           x.text in (":", ";") for x in doc[lead.i:t.i])]
        if ctx.plan_owners and sent.block - ctx.plan_block <= 2:
            # "The deal would also see Washington recognise ...", right after a plan with a known owner: the plan
            frames += [(t.head, ctx.plan_owners, "definite") for t in doc if t.dep_ == "nsubj"
                       and t.lemma_.lower() in self.tree.lex.plan_deals and t.head.pos_ == "VERB"
                       and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children)
                       and any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in t.head.children)
                       and self.tree.speech_above(t.head) is None]
        if not frames:
            return {}
        out: dict[str, Reading | None] = {}
        free: set[str] = set()
        for h, span in zip(hits, spans):
            # the nearest frame governs ("presented a plan that would require Kyiv to ..., according to a draft seen
            # by Reuters": the plan's own clause, not the unowned draft that frames the whole sentence)
            frame = next((f for f in sorted(frames, key=lambda f: -sum(1 for _ in f[0].ancestors))
                          if span is not None and self.tree.framed_by(span.root, f[0])), None)
            if frame is None:
                free.add(h.issue)
                continue
            head, owners, known = frame
            if not owners and (known == "pronoun" or (known == "person" and ctx.speaker)) and ctx.holder:
                # "their plan", "his plan" (when a person was the last holder): the holder of the sentences before
                owners = ctx.holder
            elif not owners and known in ("definite", "reported") and ctx.plan_owners and sent.block - ctx.plan_block <= 2:
                owners = ctx.plan_owners   # the plan just named ("the plan"; "according to a draft seen by Reuters")
            if out.get(h.issue) is None:
                at = sent.start + head.idx
                stance = "reject" if self.tree.refuses(head) else "demand"   # ("the plan rejects any limits on ...")
                out[h.issue] = Reading(owners, stance, None, None, head.lemma_.lower(), at, at + len(head.text),
                                       False, False, "", "plan") if owners else None
        return {i: r for i, r in out.items() if i not in free}

    def _not_obliged(self, text: str, sent: Sentence, doc, mentions: list[Mention], f: Finding) -> Finding:
        """`f`, or its holder's demand where the rules read pressure on an actor named before "must" ("X must ...")
        that the parse does not make the subject of the obligation: "insisted that Ukraine's path to NATO must stay
        open" obliges the path, not NATO."""
        if f.stance != "pressure" or f.target is None or f.cue_at < 0:
            return f
        m = next((m for m in mentions if f.cue_at <= m.start <= f.cue_at + 4 and m.actor == f.target), None)
        if m is None or not _OBLIGED.match(text, m.end, sent.end):
            return f
        if self.tree.obliged(doc, sent.start, m.start, m.end, mentions):
            return f
        return dataclasses.replace(self._restance(f, "demand", sent), target=None)

    def _pressing(self, f: Finding, target: str, sent: Sentence) -> Finding:
        """`f` as pressure on `target`."""
        return dataclasses.replace(f, stance="pressure", target=target,
                                   value=self.values.place(f.issue, "pressure", f.actor, sent.text, target))

    def _restance(self, f: Finding, stance: str, sent: Sentence, target: str | None = None) -> Finding:
        if stance == "pressure":   # pressure on another, by a third party only (a principal's is its demand)
            target = target or f.target
            if f.actor not in self.principals and target is not None and target != f.actor:
                return self._pressing(f, target, sent)
            stance = "demand"
        return f if f.stance == stance else \
            dataclasses.replace(f, stance=stance, target=f.target if stance == "support" else None,
                                value=self.values.place(f.issue, stance, f.actor, sent.text, None))

    def _from_readings(self, text: str, sent: Sentence, issue: str, readings: list[Reading],
                       about: Sequence[tuple[int, int]] = ()) -> list[Finding]:
        out: list[Finding] = []
        seen: set[tuple[str, str]] = set()
        hedged, red_line = is_hedged(sent.text), is_red_line(sent.text)
        for r in readings:
            masked = text[r.cue_start:sent.end]
            targets = [Mention(0, 0, r.target, None, "alias")] if r.target else []
            cue = StanceCue(r.stance, 0, r.cue_end - r.cue_start, False, 0 if r.target else None)
            for actor in r.actors:
                told = hedged or any(a != actor for a in r.reporters)   # ("Peskov said Kyiv's refusal ...": reported)
                f = self._make(actor, issue, cue, sent, targets, r.speaker, told, sent.text, masked, red_line=red_line,
                               cue_at=r.cue_start, about=about)
                if f is not None and r.source == "plan" and (r.stance, f.stance) in (("demand", "reject"), ("offer", "demand")):
                    # a point of one's own plan at the other side's pole; a point a plan takes out (a third party's too)
                    f = dataclasses.replace(f, stance="offer", value=self.values.place(issue, "offer", actor, sent.text, None))
                if f is not None and (f.actor, f.stance) not in seen:
                    seen.add((f.actor, f.stance))
                    out.append(f)
        return out

    def _parties_at(self, mentions: list[Mention], offsets: list[int]) -> dict[int, tuple[str, str]]:
        """The two parties a text has in view at each offset: the two actors named most before it (the first named
        wins ties; a name only modifying a word does not count: "U.S.-brokered talks between Russia and Ukraine"),
        else the codebook's principals. One pass over the mentions for all offsets."""
        counts: dict[str, int] = {}
        out: dict[int, tuple[str, str]] = {}
        k = 0
        for at in sorted(set(offsets)):
            while k < len(mentions) and mentions[k].end <= at:
                if mentions[k].kind not in ("joint", "modifier"):
                    counts[mentions[k].actor] = counts.get(mentions[k].actor, 0) + 1
                k += 1
            top = sorted(counts, key=lambda x: -counts[x])[:2]
            out[at] = (top[0], top[1]) if len(top) == 2 else self.parties
        return out

    def _with_joint_parties(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "both sides", "the two delegations": the two actors named most so far, else the principals.

        A joint phrase becomes two adjacent mentions, one per party, that coordinate like "X and Y".
        """
        joint = [(m.start(), m.end()) for m in _JOINT.finditer(text)]
        if not joint:
            return mentions
        extra = []
        parties = self._parties_at(mentions, [start for start, _ in joint])
        people = [m for m in mentions if m.kind == "person"]
        for start, end in joint:
            first, second = parties[start]
            met = self._met_before(text, people, start) if _JOINT_PEOPLE.search(text, start, end) else None
            if met is not None:
                first, second = met   # "Trump met Xi in Busan. The two leaders agreed ...": the two people just named
            cut = start + (end - start) // 2
            extra += [Mention(start, cut, first, None, "joint"), Mention(cut, end, second, None, "joint")]
        joint_spans = [(s, e) for s, e in joint]
        kept = [m for m in mentions if not any(s < m.end and m.start < e for s, e in joint_spans)]
        return sorted(kept + extra, key=lambda m: m.start)

    @staticmethod
    def _met_before(text: str, people: list[Mention], at: int) -> tuple[str, str] | None:
        """The sides of the last two people named before `at`, where they are named in one sentence of the same
        paragraph, are of two sides, and no other person comes between."""
        before = [m for m in people if m.end <= at][-2:]
        if len(before) < 2 or before[0].actor == before[1].actor or at - before[0].start > 300 \
                or "\n" in text[before[0].start:at] or _SENTENCE_END.search(text, before[0].end, before[1].start):
            return None
        return before[0].actor, before[1].actor

    def _sentence_subject(self, text: str, sent: Sentence, mentions: list[Mention],
                          attribution: Mention | None, ctx: _Context) -> None:
        subjects = ctx.sentence_subjects = _subject_candidates(text, sent.start, mentions)
        first = attribution or (subjects[0] if subjects else None)
        lead = _LEAD_PRONOUN.match(sent.text)
        if attribution is None and lead is not None and not _OPENS_QUOTE.match(sent.text):
            # "He met Putin and called for a truce", "In Moscow, she met X and urged ...": the pronoun that opens the
            # sentence (after an adverbial lead at most) is its subject, carried from before; the side it meets, or
            # a place in the lead, is no holder of the later clauses
            ctx.sentence_holder, ctx.sentence_speaker = ctx.holder, ctx.speaker
            return
        if first is not None:
            group = [first] if attribution is not None else _coordinated(text, first, mentions)
            ctx.sentence_holder = tuple(dict.fromkeys(m.actor for m in group))
            ctx.sentence_speaker = first.person
        else:
            ctx.sentence_holder, ctx.sentence_speaker = (), None

    def _remember_subject(self, text: str, sent: Sentence, mentions: list[Mention],
                          attribution: Mention | None, ctx: _Context) -> None:
        if _PRONOUN_START.match(sent.text):
            return
        subjects = ctx.sentence_subjects
        first = attribution or (subjects[0] if subjects else None)
        if first is not None and attribution is None and _OBLIGED.match(text, first.end, sent.end):
            return   # "Ukraine must have guarantees. We remain committed ...": who is obliged is no one's voice
        if first is not None:
            # "Britain, France and Germany met in Kyiv. They called for ...": the pronoun carries the whole group
            group = [first] if attribution is not None else _coordinated(text, first, mentions)
            ctx.holder, ctx.speaker = tuple(dict.fromkeys(m.actor for m in group)), first.person
