"""Holder and stance read from a dependency parse.

For each issue mention of a parsed sentence, the reader climbs the tree from
the mention to the predicate that governs it (a verb, adjective or noun of a
stance class in `predicates.yaml`), then takes as holder that predicate's
subject (or a passive's agent), the subject of the speech verb above it when
the predicate's own subject is no actor, or the actor named in an "according
to" phrase. Coordinated subjects are joint holders; a pronoun resolves to the
holder carried from earlier sentences. Negation, obligation ("must", "have
to"), conditions ("if", "unless", "in return for") and relative clauses are
read from the tree, not from the surface order of words.

All vocabulary is data: stance lemmas from `predicates.yaml`, actors from the
codebook's aliases (through `ActorIndex` mentions).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

import yaml
from lemminflect import getAllLemmas

from .actors import Mention
from .lexicon import HUMAN_NOUNS, INSTITUTION_NOUNS, NAME_TITLE, NOTHING_LESS, PLAN_NOUNS, TITLED


__all__ = ["Lexicon", "Reading", "TreeReader", "load_lexicon"]

_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them", "us", "his", "its", "their", "our",
                       "these", "those"})   # ("These include X": what was just named, as "they" would)
_PLAN_WORD = re.compile(PLAN_NOUNS, re.I)
_NOTHING_LESS = re.compile(NOTHING_LESS, re.I)   # "would not settle for less than X"


_OWNER_PREPS = ("of", "by", "from")   # "the proposal of the EU", "a plan by Paris", "an offer from Moscow"


@lru_cache(maxsize=4096)
def _verb_lemma(word: str) -> str:
    """A verb's base form by the inflection tables, where the parser's lemmatiser is wrong ("hoped": "hop")."""
    return next(iter(getAllLemmas(word, upos="VERB").get("VERB", ())), word)


def _hung_subject(verb: Any) -> Any | None:
    """A name with its title in apposition right before a verb that has no subject, which the parse hung on the phrase
    the sentence opens with ("After meeting Vance, Sybiha, the foreign minister, said ..."): the verb's subject."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    word = verb.doc[verb.i - 1].head if verb.doc[verb.i - 1].head.i < verb.i else verb.doc[verb.i - 2]
    titled = word.pos_ == "PROPN" and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > word.i for c in word.children)
    if titled and word.pos_ == "PROPN" and word.dep_ in ("appos", "conj", "pobj", "dobj") \
            and any(a.dep_ in ("prep", "advcl", "npadvmod") and a.i < word.i for a in word.ancestors):
        return word
    return None


def _titled_name(name: Any, at: dict[int, list[Mention]]) -> list[Mention]:
    """A name the codebook does not know, after its side and title ("Kremlin aide Maxim Orlov", "Russian Deputy Foreign
    Minister Pavel Sokolov", "Ukraine's ambassador Ivan Petrenko"): the side named before the title speaks."""
    titled = False
    for i in range(name.i - 1, max(name.left_edge.i, name.i - 8) - 1, -1):
        tok = name.doc[i]
        if i in at:
            ms = [m for m in at[i] if m.kind != "pronoun"]
            return ms if titled and ms and not tok.lower_ in _PRONOUNS else []
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ") and tok.lower_ not in ("of", "-"):
            return []
        titled = titled or bool(NAME_TITLE.fullmatch(tok.text))
    return []


def _plan_word(tok: Any) -> bool:
    """A word naming a plan, in the singular or plural ("the proposals call for ...")."""
    return bool(_PLAN_WORD.fullmatch(tok.lower_) or _PLAN_WORD.fullmatch(tok.lemma_.lower()) or any(
        c.dep_ == "compound" and _PLAN_WORD.fullmatch(f"{c.lower_} {tok.lemma_.lower()}") for c in tok.children))
    # (and "a peace deal": a plan word of two)


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "poss"})


def _partner(prep: Any) -> list[Any]:
    """The words of a "with" phrase that name a partner in the writing: "drew up with Dmitriev", "agreed with US
    negotiators"; not one only consulted, named under a noun of the phrase ("with input from Moscow", "with the help
    of Russian officials": the noun is the partner's contribution, its owner not an author)."""
    out = [prep]
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        if obj.pos_ == "NOUN" and not _PEOPLE.fullmatch(obj.text):
            continue   # "with Russian input": a side's contribution, not a side ("with US negotiators")
        nested = {x.i for c in obj.children if c.dep_ == "prep" for x in c.subtree}
        out += [x for x in obj.subtree if x.i not in nested]
    return out


_PEOPLE = re.compile(r"(?:" + "|".join(HUMAN_NOUNS) + "|" + "|".join(re.escape(w) for w in INSTITUTION_NOUNS) + r")s?", re.I)


def _noun(tok: Any) -> bool:
    """A noun, also where the tagger took it for a verb but the parser gave it a noun's place ("Moscow's offer
    included ...": "offer" tagged VBP, attached as the subject)."""
    return tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "VERB" and tok.dep_ in _NOMINAL_DEPS
                                              and tok.tag_ in ("VB", "VBP", "VBZ"))


_TITLE = re.compile(TITLED, re.I)   # "the head of state", "The envoy" opening a sentence
_BODY = re.compile(r"the\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:" + "|".join(re.escape(w) for w in INSTITUTION_NOUNS) + r")",
                   re.I)   # "the ministry", a side's body named before with the side


def doc_word(tok: Any, step: int) -> str:
    """The lower-case word `step` tokens away from `tok` ("" past either end of its document)."""
    i = tok.i + step
    return tok.doc[i].lower_ if 0 <= i < len(tok.doc) else ""


def _word_at(doc: Any, at: int) -> Any | None:
    """The token of a parsed sentence at character offset `at`, if any."""
    return next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)


def _pronoun(tok: Any, at: dict) -> bool:
    """A personal pronoun, and not an actor's name that reads as one ("US"); or a person named by title alone ("the
    president", "the head of state"), who stands for the person named before as "he" does."""
    if tok.lower_ in ("these", "those") and any(c.dep_ in ("relcl", "acl", "prep") for c in tok.children):
        return False   # ("those who want a truce", "those in Kyiv": people described, not what was just named)
    if tok.lower_ in _PRONOUNS:
        return tok.i not in at
    phrase = tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text
    return tok.pos_ == "NOUN" and tok.left_edge.lower_ == "the" and not any(t.i in at for t in tok.subtree) \
        and bool(_TITLE.fullmatch(phrase) or _BODY.fullmatch(phrase))
_STANCES = ("demand", "offer", "accept", "reject", "open", "support")
_MET = ("reject",)   # classes of the nouns of stance one meets from another ("drew criticism from")
_GIVEN_UP = {"demand": "offer", "reject": "accept"}   # what "no longer" makes of a stance


_NOUN_PREPS = frozenset({"for", "on", "over", "about", "regarding", "concerning"})   # a phrase an object noun takes


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lemma classes of stance predicates, speech verbs, conditions, obligation and negation."""

    verbs: dict[str, str]            # lemma or "lemma particle" -> stance
    nouns: dict[str, str]
    adjectives: dict[str, str]
    speech: frozenset[str]
    pressure: frozenset[str]
    condition_markers: frozenset[str]
    speaker_pronouns: frozenset[str]  # "we", "he": in reported words, the one who reports them
    only_markers: frozenset[str]     # "after", "when": a condition only with "only" ("only after the vote")
    question_heads: frozenset[str]   # "unclear if", "asked if": "if" as "whether"
    own_clause_marks: frozenset[str]  # ", as X presses ...": a clause of its own after a comma
    negating_heads: frozenset[str]   # "unlikely", "reluctant": what they govern is as good as negated
    negating_nouns: frozenset[str]   # "in no hurry to", "no intention of": with "no", what they govern is negated
    leading: frozenset[str]          # "led by": the members who lead a group hold what it holds
    membership: frozenset[str]       # "which includes": the members a group names hold what it holds
    condition_preps: tuple[str, ...]
    condition_nouns: frozenset[str]
    condition_framing: tuple[str, ...]
    modals: frozenset[str]
    attribution: tuple[str, ...]
    attribution_pronoun: tuple[str, ...]   # "in his view": the holder carried from before
    institutions: frozenset[str]
    plan_frames: frozenset[str]      # "under the plan", "according to the draft": the plan's owner holds what follows
    authoring: frozenset[str]        # "drafting a plan", "tabled a proposal": the subject holds the stance noun it makes
    neg_raising: frozenset[str]      # "does not think X is needed" negates what is thought
    ordering: frozenset[str]         # "order", "declare"
    hostile: frozenset[str]          # "strike", "attack", "shelling": the acts a truce stops
    copulas: frozenset[str]          # "be", "remain": "a truce remains Kyiv's priority"
    judging: frozenset[str]          # "consider", "regard": "Moscow considers X unacceptable" is Moscow's refusal
    threats: frozenset[str]          # what one judges X to be when refusing it: "views X as a threat"
    approvals: frozenset[str]        # what one judges X to be when backing it: "called X a step forward"
    joining: frozenset[str]          # "X joined Y in calling for ...": X shares Y's stance
    instructing: frozenset[str]      # "tell", "ask": passive, with an agent, the agent's demand on the subject
    pressure_nouns: frozenset[str]   # "pressure": "under pressure from X to ...", X's demand
    deadline_nouns: frozenset[str]   # "a deadline for Kyiv to accept ...": the speaker presses Kyiv
    deadline_having: frozenset[str]  # "Putin has ten days to ...": the one who has the time is pressed
    turn_nouns: frozenset[str]       # "it is time for Russia to ...": the one whose turn it is is pressed
    time_units: frozenset[str]       # "gave Moscow two weeks to ...": the time given, a deadline
    causing: frozenset[str]          # "get Russia to agree", "persuade Kyiv to accept": pressing, over an infinitive
    conditioning: frozenset[str]     # "condition", "tie", "dependent": X on/to Y makes X the condition, Y demanded
    receiving: frozenset[str]        # "get", "receive": their subject gets, it gives or refuses nothing
    means: frozenset[str]            # "way", "solution": "dialogue is the only way out" demands dialogue
    insisted: frozenset[str]         # "negotiable": negated, what is insisted on ("X is not negotiable")
    speech_records: frozenset[str]   # "statement", "declaration": a plan word whose saying is speech, not a proposal
    remarks: frozenset[str]          # "point": a plan word that, made, is a remark ("made the same point")
    putting_forward: frozenset[str]  # "suggest", "float": what was put forward, that "the proposal" names next
    headway: frozenset[str]          # "progress", "breakthrough": what talks end without, with no one's stance on it
    progress: frozenset[str]         # "made progress on X": how talks went on X, no one's stance on it
    progress_made: frozenset[str]    # "make", "achieve": the verbs that report it
    deadline_verbs: frozenset[str]   # "gave Kyiv until Thursday to accept": a deadline presses the one given it
    warning: frozenset[str]          # "warned that X would ...": X is refused
    providing: frozenset[str]        # "send", "provide": an offer when told as what one would do, not as done
    obstructing: frozenset[str]      # "drag out", "derail": what they take is thwarted, the stance above turned
    enabling: frozenset[str]         # "let", "allow": "X would only let Y regroup" refuses X
    irrealis: frozenset[str]         # "would", "will", "could": what is told as not (yet) done
    own_acts: frozenset[str] = frozenset()   # "host", "lift", "train": what a side does itself, as one it offers to do
    mediating: frozenset[str] = frozenset()   # "mediate", "facilitate": a go-between's good offices, openness only
    continuing: frozenset[str] = frozenset()   # "keep", "continue": "ready to keep facilitating": the act goes on
    pledging: frozenset[str] = frozenset()   # "offer", "pledge": with an object, what is given ("offering Kyiv guarantees")
    assisting: frozenset[str] = frozenset()   # "help": told as to come, one's own act ("would help restore ...")
    plan_drops: frozenset[str] = frozenset()   # "drop", "remove": what a revised plan takes out, its owner concedes
    plan_deals: frozenset[str] = frozenset()   # "the deal would ...": the plan just named, told as a deal
    requiring: frozenset[str] = frozenset()   # "a truce would require guarantees": its subject made conditional
    concluding: frozenset[str] = frozenset()   # "reached an agreement", "struck a deal": the subject accepts it
    voicing: frozenset[str] = frozenset()   # "stressed the need for ...": the subject holds the stance noun it voices
    voiced_nouns: frozenset[str] = frozenset()   # "need": a demand noun only as what such a verb voices
    pretence: frozenset[str] = frozenset()   # "pretends to want a truce", "a phoney narrative about talks": no one's stance
    onlookers: frozenset[str] = frozenset()   # "few diplomats expect a deal": a subject that is no side and holds nothing
    setting_preps: frozenset[str] = frozenset()   # "during the summit, X said": a time or place, not an issue
    setting_nouns: frozenset[str] = frozenset()   # "on the eve of the summit", "a readout of the meeting"
    circumstances: frozenset[str] = frozenset()   # "Amid calls for a truce, X proposed talks": not what X proposes
    aspect_nouns: frozenset[str] = frozenset()   # "the content of the talks": a detail of a meeting, not the talks
    negated_markers: frozenset[str] = frozenset()   # "before": a condition under a negated clause ("will not ... before")
    waging: frozenset[str] = frozenset()   # "pressed their offensive": with a hostile act for object, fighting
    entitlement: frozenset[str] = frozenset()   # "has no right to give up land": the act refused
    accounts: frozenset[str] = frozenset()   # "reports of a truce deal": what is said of them is said of no deal
    excluding: frozenset[str] = frozenset()   # "rule out": given up, a possibility left open
    reacting: frozenset[str] = frozenset()   # "drew criticism from Kyiv": the subject meets another's stance
    unsettled: frozenset[str] = frozenset()   # "with territory still unresolved", "the main sticking point": not agreed
    exceptions: frozenset[str] = frozenset()   # "agreed on the text except for X": X left out of what was agreed


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The bundled predicate classes (`predicates.yaml`)."""
    raw = yaml.safe_load(resources.files("zopa.extract").joinpath("predicates.yaml").read_text(encoding="utf-8"))
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for stance in _STANCES:
        block = raw.get(stance) or {}
        for lemma in block.get("verbs", ()):
            verbs.setdefault(lemma, stance)
        for lemma in block.get("nouns", ()):
            nouns.setdefault(lemma, stance)
        for lemma in block.get("adjectives", ()):
            adjectives.setdefault(lemma, stance)
    def words(*keys: str, default: tuple[str, ...] = ()) -> frozenset[str]:
        """The list at `raw[keys[0]][keys[1]]...`, as a set (empty, or `default`, when the file leaves it out)."""
        node: Any = raw
        for key in keys:
            node = node.get(key) if isinstance(node, dict) else None
        return frozenset(node if node is not None else default)

    return Lexicon(
        verbs=verbs, nouns=nouns, adjectives=adjectives,
        speech=frozenset(raw["speech"]["verbs"]),
        pressure=frozenset(raw["pressure"]["verbs"]),
        condition_markers=words("condition", "markers"),
        only_markers=words("condition", "only_markers"),
        negated_markers=words("condition", "negated_markers"),
        speaker_pronouns=words("speaker_pronouns"),
        question_heads=words("condition", "question_heads"),
        own_clause_marks=words("own_clause_marks"),
        negating_heads=words("negating_heads"),
        negating_nouns=words("negating_nouns"),
        leading=words("leading"),
        membership=words("membership"),
        condition_preps=tuple((raw.get("condition") or {}).get("prepositions", ())),
        condition_nouns=words("condition", "nouns"),
        condition_framing=tuple((raw.get("condition") or {}).get("framing", ())),
        modals=frozenset(raw["obligation"]["modals"]),
        attribution=tuple(raw["attribution"]),
        attribution_pronoun=tuple(raw.get("attribution_pronoun", ())),
        plan_frames=words("plan_frames"),
        authoring=words("authoring"),
        neg_raising=words("neg_raising"),
        institutions=words("institutions"),
        ordering=words("cease", "ordering"),
        hostile=words("cease", "acts"),
        copulas=words("copulas", default=("be",)),
        judging=words("judgement", "verbs"),
        threats=words("judgement", "refusing_nouns"),
        approvals=words("judgement", "approving"),
        joining=words("joining"),
        speech_records=words("speech_records"),
        remarks=words("remarks"),
        putting_forward=words("putting_forward"),
        headway=words("headway"),
        progress=words("progress", "nouns"),
        progress_made=words("progress", "verbs"),
        deadline_verbs=words("deadline_verbs"),
        warning=words("warning"),
        instructing=words("pressure", "instructing"),
        pressure_nouns=words("pressure", "nouns"),
        deadline_nouns=words("pressure", "deadlines"),
        causing=words("pressure", "causing"),
        time_units=words("pressure", "time_units"),
        turn_nouns=words("pressure", "turn_nouns"),
        deadline_having=words("pressure", "deadline_having"),
        means=words("means"),
        receiving=words("receiving"),
        conditioning=words("condition", "tying"),
        insisted=words("open", "insisted_when_negated"),
        providing=words("providing", "verbs"),
        own_acts=words("providing", "own_acts"),
        mediating=words("providing", "mediating"),
        continuing=words("providing", "continuing"),
        pledging=words("providing", "pledging"),
        assisting=words("providing", "assisting"),
        obstructing=words("obstructing"),
        enabling=words("enabling"),
        irrealis=words("providing", "irrealis"),
        plan_drops=words("plan_drops"),
        plan_deals=words("plan_deals"),
        requiring=words("condition", "requiring"),
        concluding=words("concluding"),
        voicing=words("voicing"),
        voiced_nouns=words("voiced_nouns"),
        pretence=words("pretence"),
        onlookers=words("onlookers"),
        setting_preps=words("setting", "prepositions"),
        setting_nouns=words("setting", "nouns"),
        circumstances=words("setting", "circumstances"),
        waging=words("cease", "waging"),
        aspect_nouns=words("setting", "aspects"),
        accounts=words("accounts"),
        reacting=words("reacting"),
        excluding=words("excluding"),
        entitlement=words("entitlement"),
        unsettled=words("unsettled", "words"),
        exceptions=words("unsettled", "exceptions"),
    )


@dataclass(frozen=True, slots=True)
class Reading:
    """What the tree says of one issue mention: who holds which stance, and why."""

    actors: tuple[str, ...]
    stance: str | None               # None: the holder is known, the stance is not
    speaker: str | None
    target: str | None               # the actor pressed or backed
    predicate: str                   # the governing lemma ("" when none)
    cue_start: int                   # document offsets of the predicate word
    cue_end: int
    negated: bool
    obligation: bool
    path: str                        # dependency labels from the mention up to the predicate
    source: str                      # where the holder came from: subject, agent, possessor, speaker, according, carried
    frame: bool = False              # the stance comes from a frame that decides it whatever the clause's words are:
    #                                  a condition ("X only if Y": X condition, Y demand), "there will be no X" (reject)
    owned: tuple | None = None       # the owners and class of a stance noun under the predicate, and whom it presses:
    #                                  "Kyiv rejected Moscow's demand for X" -> (("RUS",), "demand"); "... Trump's demand
    #                                  that Ukraine hold elections" -> (("USA",), "pressure", "UKR")
    reporters: tuple[str, ...] = ()  # who reports a stance held by someone else ("Witkoff said Russia was ready ...")
    backers: tuple = ()              # who the text says backs the thing the mention is named in ("a proposal backed
    #                                  by Washington"), and where it says so: they support its holder, or want it


class TreeReader:
    """Reads statements from parsed sentences with one lexicon."""

    def __init__(self, lexicon: Lexicon | None = None, groups: frozenset[str] = frozenset()) -> None:
        self.lex = lexicon or load_lexicon()
        self.groups = groups   # actors that stand for several governments (a coalition, an organisation)
        # the phrases of approval as one pattern, longest first (`_approving` runs for every judgement and copula read)
        phrases = sorted(self.lex.approvals, key=len, reverse=True)
        self._approval = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b") if phrases else None

    # -- actors ------------------------------------------------------------------------------
    @staticmethod
    def _actor_tokens(doc: Any, offset: int, mentions: Sequence[Mention]) -> dict[int, list[Mention]]:
        """Token index -> the actor mentions covering it ("the two sides" is two joint mentions over one phrase)."""
        out: dict[int, list[Mention]] = {}
        n = len(doc.text)
        for m in mentions:
            if m.end - offset <= 0 or m.start - offset >= n:
                continue
            span = doc.char_span(max(0, m.start - offset), min(n, m.end - offset), alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                out.setdefault(t.i, []).append(m)
        for a, b in zip(mentions, mentions[1:]):
            if a.kind == b.kind == "joint" and a.end == b.start:   # "the two sides": every word of it names both
                for m, other in ((a, b), (b, a)):
                    for i, ms in out.items():
                        if m in ms and other not in ms:
                            ms.append(other)
        return out

    def _phrase_actors(self, tok: Any, at: dict[int, list[Mention]]) -> list[Mention]:
        """The actors a noun phrase names: its head, coordinated heads, appositions, "all of X", "X's side"."""
        found: list[Mention] = []

        def own(t: Any) -> list[Mention]:
            ms = [m for m in at.get(t.i, ()) if m.kind != "modifier"]
            if not ms and (t.lemma_.lower() in self.lex.institutions or t.lower_ in self.lex.institutions
                           or _plan_word(t) or self.lex.nouns.get(t.lemma_.lower()) == "demand"
                           or t.lemma_.lower() in self.lex.condition_nouns):
                # (and "the US plan says": the plan's owner; "Putin's conditions include ...": the demands' owner)
                # "the leaders of France, Germany and Britain", "officials in Moscow", "a spokesman for the Kremlin",
                # "European leaders from Britain and France": the actors the phrase's object names, all of them
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in ("of", "in", "from", "for"):
                        for g in c.children:
                            if g.dep_ == "pobj" and (named := self._phrase_actors(g, at)):
                                return named
                for c in t.children:   # "the Russian side", "Ukraine's delegation"
                    if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in at:
                        return list(at[c.i])
            if not ms:
                for c in t.children:
                    if c.dep_ in ("compound", "nummod", "det") and c.i in at and \
                            any(m.kind in ("person", "role", "joint") for m in at[c.i]):
                        return list(at[c.i])
            if not ms and t.pos_ == "PROPN":
                return _titled_name(t, at)
            return ms

        def visit(t: Any, depth: int) -> None:
            if depth == 0 and not t.pos_ == "PROPN" and any(
                    c.dep_ == "appos" and self._phrase_actors(c, at) for c in t.children):
                for c in t.children:   # "NATO allies Britain and France": the names, not the group they describe
                    if c.dep_ == "appos":
                        visit(c, depth + 1)
                return
            for m in own(t):
                if m.actor not in {f.actor for f in found}:
                    found.append(m)
            if depth > 3:
                return
            for c in t.children:
                if c.dep_ in ("amod", "compound") and c.i in at and any(g.dep_ == "cc" for g in c.children):
                    visit(c, depth + 1)   # "Zelensky and European leaders", parsed as a name modifying "leaders"
                if c.dep_ in ("conj", "appos") and not any(g.dep_ == "neg" for g in c.children) \
                        and c.doc[c.i - 1].lower_ != "not":
                    visit(c, depth + 1)   # (not "Kyiv, not Moscow, ...")
                elif (c.dep_ == "prep" and c.lower_ == "of" and t.lower_ in ("all", "some", "most", "many", "both", "each", "none")) \
                        or (c.dep_ == "prep" and c.lower_ in ("including", "like")) \
                        or (c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ == "such" for g in c.children)):
                    for g in c.children:   # "European leaders, including Macron and Merz", "allies such as Poland"
                        if g.dep_ == "pobj":
                            visit(g, depth + 1)
                elif c.dep_ == "acl" and c.lemma_.lower() in self.lex.leading:
                    for g in (g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"):
                        visit(g, depth + 1)   # "the coalition, led by Britain and France"
                elif c.dep_ == "relcl" and c.lemma_.lower() in self.lex.membership:
                    for g in c.children:
                        if g.dep_ == "dobj" and g.i in at:
                            visit(g, depth + 1)   # "the coalition, which includes Britain and France"

        visit(tok, 0)
        return found

    def _subject(self, pred: Any) -> tuple[Any | None, bool]:
        """The subject token of a predicate (climbing through copulas, xcomp control and conjunction), and
        whether it is the agent of a passive."""
        seen = 0
        t = pred
        while t is not None and seen < 6:
            seen += 1
            agent = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if agent is None and any(c.dep_ == "auxpass" for c in t.children):
                # "is considered a threat by Moscow": the agent's "by" read as the object's
                agent = next((g for c in t.children if c.dep_ == "oprd" for p in c.children
                              if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent, True
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
            if subj is not None and subj.lower_ in ("which", "who", "that") and t.dep_ == "relcl":
                return t.head, False   # "Russia, which criticised ...": the noun the relative pronoun stands for
            if subj is not None:
                return subj, False
            if t.dep_ == "ROOT" and (named := _hung_subject(t)) is not None:
                return named, False
            noun = t.head if t.dep_ == "acl" else t.head.head if t.dep_ == "pcomp" and t.head.lower_ == "of" else None
            if noun is not None and noun.lemma_.lower() in self.lex.negating_nouns \
                    and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) and (
                    noun.dep_ in ("dobj", "attr") or (noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"))):
                t = noun.head if noun.dep_ != "pobj" else noun.head.head   # ("Moscow is in no rush to accept X",
                continue                                                   #  "Kyiv has no intention of ceding X")
            if t.tag_ == "VBN" and t.dep_ in ("advcl", "acl"):
                return None, False     # "when asked about ...", "agreed upon in March": no subject of its own
            if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ == "VERB" \
                    and t.head.head.lemma_.lower() not in self.lex.pressure:
                obj = next((c for c in t.head.head.children if c.dep_ == "dobj"), None)
                if obj is not None and t.head.lower_ in ("of", "for", "in"):
                    return obj, False  # "accused Kyiv of rejecting ...", "joined Kyiv in calling for ...": the object
                t = t.head.head        # "trying to sabotage the talks by insisting on ...": the means' subject is the
                continue               # verb's
            if t.dep_ == "conj" and t.head.lemma_.lower() in self.lex.speech and t.tag_ in ("VBZ", "VBP") \
                    and t.head.tag_ not in ("VBZ", "VBP") and (said := next((c for c in t.head.children if c.dep_ == "ccomp"
                                                                           and c.tag_ == t.tag_ and c.i < t.i), None)):
                t = said   # "an aide said Moscow wants a truce, but insists on ...": the tense ties the verb the parse hung
                continue   # on the report to the reported clause, whose subject it shares
            if t.dep_ in ("xcomp", "acomp", "oprd", "conj", "advcl", "ccomp") and t.head.i != t.i:
                t = t.head
                continue
            if t.dep_ == "acl" and t.lemma_.lower() in self.lex.speech and _noun(t.head):
                # "issued a statement saying ...", "Kyiv's letter stating ...": who made what says it
                if t.head.dep_ == "dobj" and t.head.head.pos_ == "VERB":
                    t = t.head.head
                    continue
            break
        return None, False

    # -- predicates ---------------------------------------------------------------------------
    def stance_class(self, t: Any) -> str | None:
        lemma = t.lemma_.lower()
        if _noun(t):
            if lemma in self.lex.plan_deals and t.dep_ == "dobj" and t.head.lemma_.lower() in self.lex.concluding:
                return "accept"   # "struck a deal on a swap": an agreement to what the deal is on
            if lemma in self.lex.voiced_nouns and t.dep_ == "dobj" and t.head.lemma_.lower() in self.lex.voicing \
                    and not self._negated(t.head) and not any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
                return "demand"   # "Moscow stressed the need for a truce"
            return self.lex.nouns.get(lemma) or self.lex.nouns.get(t.lower_)
        if t.pos_ in ("VERB", "AUX") and lemma == "be":
            # "Moscow's aim is to ...", "the key demand was that ...": the class of the subject noun
            subj = next((c for c in t.children if c.dep_ == "nsubj" and _noun(c)), None)
            return self.lex.nouns.get(subj.lemma_.lower()) if subj is not None else None
        if t.pos_ in ("VERB", "AUX"):
            deps = {c.dep_ for c in t.children}
            if lemma in self.lex.waging and any(c.dep_ == "dobj" and c.lemma_.lower() in self.lex.hostile for c in t.children):
                return None    # "pressed their offensive", "kept up the attacks": fighting, not pressing for anything
            if lemma in ("need", "have") and "xcomp" in deps:
                return None    # "X needs to withdraw": an obligation, read from the verb it governs
            if lemma in self.lex.judging:
                judged = self._judged(t)
                if judged is not None or "oprd" in deps or "ccomp" in deps:
                    return judged   # "considers X unacceptable": refused; "consider X a target": no stance
            parts = [c for c in t.children if c.dep_ in ("prt", "prep", "advmod")]   # ("pushed back", parsed as an adverb)
            for c in t.children:
                if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" and g.i == c.left_edge.i == t.i + 1
                                             for g in c.children):
                    c = next(g for g in c.children if g.dep_ == "mark")   # ("calls for Kyiv to ...": "for" as a clause's mark)
                    if hit := self.lex.verbs.get(f"{lemma} {c.lower_}"):
                        return hit
            obj = next((c.i for c in t.children if c.dep_ == "dobj"), None)
            for c in parts:
                if c.dep_ == "prep" and obj is not None and obj < c.i:
                    continue   # "called the proposal for a truce a ploy": the verb and its object, not "call for"
                hit = self.lex.verbs.get(f"{lemma} {c.lower_}")
                if hit:
                    return hit
            if lemma in self.lex.pressure and any(c.dep_ == "dobj" for c in t.children) and any(
                    c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "into" for c in t.children):
                return "demand"    # "persuade Kyiv to accept ...", "pressed Kyiv into talks": pressing another
            if lemma in self.lex.providing or (lemma in self.lex.own_acts and lemma not in self.lex.verbs):
                return "offer" if self._irrealis(t) else None   # "would send troops"; not "sent troops in 2022"
            return self.lex.verbs.get(lemma) or self.lex.verbs.get(_verb_lemma(t.lower_))
        if t.pos_ == "ADJ":
            return self.lex.adjectives.get(lemma)
        return None

    @staticmethod
    def foreign_clause(doc: Any, cue_at: int, start: int, end: int) -> Any | None:
        """The subject of the clause holding the word at sentence offset `cue_at`, when that clause cannot govern the
        mention at [start, end): a clause below the mention with a subject of its own ("guarantees that Kyiv would
        never join NATO", "guarantees ..., which Washington dismissed"), or a relative clause with a subject of its own
        beside it ("a free economic zone, an idea Moscow rejected"). None when the word may govern the mention."""
        span = doc.char_span(start, end, alignment_mode="expand")
        cue = _word_at(doc, cue_at)
        if span is None or len(span) == 0 or cue is None:
            return None
        mention = span.root
        above = {mention.i, *(a.i for a in mention.ancestors)}
        if cue.i in above:
            return None
        clause, t = None, cue
        while t.i not in above and t.head.i != t.i:
            if t.dep_ in ("relcl", "acl", "ccomp") and clause is None:
                clause = t
            t = t.head
        if clause is None or (t.i != mention.i and clause.dep_ != "relcl"):
            return None   # (beside the mention, only a relative clause is another's)
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return None if subject is None or subject.tag_ in ("PRP", "WDT", "WP") else subject

    @staticmethod
    def coordinated(doc: Any, a: tuple[int, int], b: tuple[int, int]) -> bool:
        """The noun phrases at sentence offsets `a` and `b` are conjuncts, one beside the other ("called for a truce
        and a return to dialogue"), not one inside the other ("talks on a truce"): the head of one's noun phrase
        is joined by a conjunction to the other phrase."""
        def top(span: Any) -> Any:   # the head of the noun phrase a mention is part of
            tok = span.root
            while tok.dep_ in ("compound", "amod", "nmod", "poss") or (
                    tok.dep_ == "pobj" and tok.head.dep_ == "prep" and _noun(tok.head.head)):
                tok = tok.head if tok.dep_ != "pobj" else tok.head.head
            return tok

        spans = [doc.char_span(x, y, alignment_mode="expand") for x, y in (a, b)]
        if spans[0] is None or spans[1] is None:
            return False
        def joined(x: Any, y: Any) -> bool:
            return x is not None and y is not None and x.i != y.i and (
                (x.dep_ == "conj" and x.head.i == y.i) or (y.dep_ == "conj" and y.head.i == x.i))

        def governor(tok: Any) -> Any | None:   # the verb a noun phrase is an argument of
            while tok.dep_ in ("dobj", "pobj", "prep", "attr", "oprd") and tok.head.i != tok.i:
                tok = tok.head
            return tok if tok.pos_ in ("VERB", "AUX") else None

        tops = [top(s) for s in spans]
        for one, other in ((0, 1), (1, 0)):
            t = tops[one]
            if t.dep_ == "conj" and _noun(t) and _noun(t.head) and (
                    t.head.i == tops[other].i or spans[other].start <= t.head.i < spans[other].end):
                return True
        # "called for a truce and for talks": their prepositions are conjuncts; "would freeze the front and push for
        # talks": each is an argument of its own verb, the verbs conjuncts
        preps = [t.head if t.dep_ == "pobj" and t.head.pos_ == "ADP" else None for t in tops]
        return joined(*preps) or joined(*(governor(t) for t in tops))

    @staticmethod
    def subtree_span(doc: Any, at: int) -> tuple[int, int]:
        """The sentence offsets of the subtree of the word at sentence offset `at` (the whole sentence if none)."""
        word = _word_at(doc, at)
        if word is None:
            return 0, len(doc.text)
        return word.left_edge.idx, word.right_edge.idx + len(word.right_edge.text)

    def clause_span(self, doc: Any, at: int) -> tuple[int, int]:
        """The sentence offsets of what is reported around the word at sentence offset `at`: the subtree of the
        clause a verb of speech governs it by, or of a clause of its own below that (the whole sentence if no word is
        there)."""
        word = _word_at(doc, at)
        if word is None:
            return 0, len(doc.text)
        while word.head.i != word.i and not self._speaks(word.head) and not (
                word.dep_ in ("advcl", "conj") and any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)):
            word = word.head   # (up to a clause of its own: "..., while Britain called for ...")
        return word.left_edge.idx, word.right_edge.idx + len(word.right_edge.text)

    def _clause_subject_above(self, pred: Any, at: dict[int, list[Mention]]) -> list[Mention]:
        """The actors named as subject of the clause that governs `pred`'s clause ("Russia made clear that it ...")."""
        cur = pred
        while cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i:
            cur = cur.head
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children) \
                and cur.head.pos_ == "ADJ" and cur.head.dep_ in ("ccomp", "oprd", "xcomp"):
            # "Kyiv has made it clear that it will ...": the that-clause hung on "clear", whose "it" is no one
            cur = cur.head
        if cur.dep_ != "ccomp" or cur.head.i == cur.i:
            return []
        subj = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
        return self._phrase_actors(subj, at) if subj is not None and not _pronoun(subj, at) else []

    @staticmethod
    def _thing_before(pronoun: Any, at: dict[int, list[Mention]]) -> bool:
        """The sentence's main subject, before the pronoun, is a thing and not an actor, and no actor is named
        between them: "it" stands for the thing."""
        root = pronoun.sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj is not None and subj.i < pronoun.i and _noun(subj) and subj.pos_ != "PROPN" \
            and not any(i in at for i in range(subj.left_edge.i, pronoun.i))   # (no actor named in between)

    def _judged(self, verb: Any) -> str | None:
        """The class of what a verb of judgement calls its object: "considers X unacceptable", "regarded as
        necessary", "views X as a threat" (refused)."""
        said = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "acomp", "xcomp")]
        said += [c for c in verb.children if c.dep_ == "dobj"][1:]   # ("branded the memorandum a capitulation": two objects)
        said += [g for c in (*verb.children, *(o for d in verb.children if d.dep_ == "dobj" for o in d.children))
                 if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]
        #        (and "as" hung on the object: "would regard any such deployment as a threat")
        last = next((g for g in reversed(verb.sent) if not g.is_punct), verb)
        said += [g for c in verb.children if c.dep_ in ("dobj", "prep") for g in c.subtree
                 if g.dep_ == "appos" and g.right_edge.i == last.i]
        #        ("called the proposal for a truce a ploy": the judgement parsed as an apposition ending the sentence)
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None and self._approving([t for t in verb.subtree if t.i > obj.right_edge.i]):
            return "support"   # "called the offer a crucial step forward", "described the plan as encouraging"
        for c in said:
            lemma = c.lemma_.lower()
            if c.pos_ == "ADJ" and lemma in self.lex.adjectives:
                return self.lex.adjectives[lemma]
            if _noun(c):
                if lemma in self.lex.threats or any(f"{g.lower_} {lemma}" in self.lex.threats for g in c.children
                                                     if g.dep_ == "compound"):
                    return "reject"   # ("a wish list": the noun with its compound)
                adj = next((self.lex.adjectives[a.lemma_.lower()] for a in c.children
                            if a.dep_ == "amod" and a.lemma_.lower() in self.lex.adjectives), None)
                if adj is not None:
                    return adj   # "an unacceptable threat", "a necessary step"
        return None

    def _approving(self, said: Sequence[Any]) -> bool:
        """Whether the words a judgement says of its object hold a phrase of approval ("a crucial step forward", "a
        step in the right direction", "encouraging"), not negated ("not a step forward")."""
        if self._approval is None or not said:
            return False
        return bool(self._approval.search(" ".join(t.lower_ for t in said))) and not any(
            t.dep_ == "neg" or t.lower_ in ("no", "not", "never") for t in said)

    def _agreed_without_agent(self, t: Any) -> Any | None:
        """The verb of agreement in the passive with no agent that `t` is, or that qualifies the noun `t`: "a truce
        was agreed", "the truce agreed upon in March", "the ban that was agreed", "an agreement was reached on X"."""
        def done(v: Any) -> bool:   # told as done: "was agreed", "has been reached" (not "is signed", "will be",
            #                             "once ... has been agreed")
            return v.dep_ != "advcl" and not any(c.dep_ == "mark" for c in v.children) and \
                any(c.dep_ == "auxpass" and c.lower_ in ("was", "were", "been") for c in v.children) and \
                not any(c.dep_ == "aux" and c.lower_ in self.lex.modals | {"will", "would", "could", "might", "may"}
                        for c in v.children)

        def passive_accept(v: Any) -> bool:
            return v.tag_ == "VBN" and self.lex.verbs.get(v.lemma_.lower()) == "accept" \
                and not any(c.dep_ == "agent" for c in v.children) \
                and not any(c.dep_ == "nsubj" for c in v.children) \
                and not any(c.dep_ == "xcomp" for c in v.children)   # ("it was honoured to host the talks": a feeling)
        if _noun(t):
            return next((c for c in t.children if passive_accept(c) and (c.dep_ == "acl" or (c.dep_ == "relcl" and done(c)))),
                        None)
        if t.pos_ == "VERB" and not any(c.dep_ == "agent" for c in t.children) and done(t):
            if passive_accept(t):
                return t
            if any(c.dep_ == "nsubjpass" and self.lex.nouns.get(c.lemma_.lower()) == "accept" for c in t.children):
                return t
        return None

    def refuses(self, t: Any) -> bool:
        """`t` is a predicate of refusal, not negated ("rejects", "rules out"; not "does not reject")."""
        return self.stance_class(t) == "reject" and not self._negated(t)

    def _negated(self, t: Any) -> bool:
        heads = [t]
        if t.dep_ in ("acomp", "oprd", "attr", "xcomp") and t.head.i != t.i:
            heads.append(t.head)   # "is not acceptable", "was not ready"
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in self.lex.negating_heads:
                return True        # "is unlikely to accept", "was reluctant to give up"
        noun = t.head if t.dep_ == "acl" else t.head.head if t.dep_ == "pcomp" and t.head.lower_ == "of" else None
        if noun is not None and noun.lemma_.lower() in self.lex.negating_nouns and any(
                c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return True            # "in no hurry to agree a truce", "has no intention of giving up land"
        for h in heads:
            for c in h.children:
                if c.dep_ == "neg" or (c.lower_ in ("never", "no") and c.dep_ in ("neg", "advmod", "det")):
                    return True
        return False

    def _thought_not(self, t: Any) -> bool:
        """A negated verb of thinking governs `t` ("can't imagine the talks going ahead without a truce", "does not
        think a deal will work without guarantees"): what is done without a thing is thought not to happen."""
        cur = t   # (up through what is thought only, not a clause told beside it: "conflicts he ended without one")
        while cur.dep_ in ("ccomp", "xcomp", "acl", "dobj") and cur.head.i != cur.i:
            cur = cur.head
            if cur.lemma_.lower() in self.lex.neg_raising and self._negated(cur):
                return True
        return False

    def _clause_negated(self, t: Any) -> bool:
        """The predicate is negated, or so is one of its arguments ("no deal", "nothing")."""
        return self._negated(t) or any(
            c.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") and (c.lower_ in ("nothing", "none") or any(
                g.dep_ == "det" and g.lower_ == "no" for g in c.children)) for c in t.children)

    def _giving(self, v: Any) -> bool:
        """`v` is a verb by which its subject gives or does a thing itself: "send", "provide", "host", "lift", "give up"."""
        lemma = v.lemma_.lower()
        if lemma in self.lex.providing or lemma in self.lex.own_acts or lemma in self.lex.mediating:
            return True
        return any(c.dep_ == "prt" and self.lex.verbs.get(f"{lemma} {c.lower_}") == "offer" for c in v.children)

    def own_commitment(self, doc: Any, at: int, holder: Sequence[tuple[int, int]] = (),
                       about: Sequence[tuple[int, int]] = ()) -> str:
        """The cue at character `at` of the sentence commits its holder to an act of its own: the cue is a verb of
        giving told as to come ("Berlin would contribute to the guarantees"), or a word of readiness, promise or
        obligation whose infinitive is one, with no subject of its own ("ready to provide air support", "offered to
        host the talks", "might have to give up the region"). Not so where the infinitive has a subject of its own
        or names what others are to do ("ready for Kyiv to hold elections", "proposed a truce"); nor for mentions
        (`about`, character spans of the sentence) that only say when or on what terms the act comes ("would send
        troops only after a ceasefire", "ready to lift sanctions once a deal is signed"). The one committed is the
        holder (`holder`: its mentions' character spans) or a pronoun, where the parse names a subject.
        "cede" where the act gives up what one holds ("give up", "cede": a verb of offering itself), "offices" for a
        go-between's ("mediate"), "give" for another act of one's own, "" for none."""
        t = next((w for w in doc if w.idx <= at < w.idx + len(w.text) + 1), None)
        if t is None:
            return ""
        for _ in range(3):   # from "would", "to", "is" to the word they serve ("would contribute", "is ready")
            if t.dep_ in ("aux", "auxpass", "mark") and t.head.i != t.i:
                t = t.head
            elif t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass"):
                t = next((c for c in t.children if c.dep_ == "acomp" or c.dep_ == "xcomp"), t)
                break
            else:
                break
        act = None
        if t.pos_ == "VERB" and self._giving(t):
            act = t
        elif t.pos_ == "VERB" and (self._pledges(t) or t.lemma_.lower() in self.lex.assisting and self._irrealis(t)):
            act = t   # "was offering Kyiv guarantees", "would help restore access"
        else:
            lemma = t.lemma_.lower()
            if self.lex.verbs.get(lemma) == "offer" or self.lex.adjectives.get(lemma) == "offer" \
                    or self.lex.nouns.get(lemma) == "offer" or lemma in ("have", "need") or any(
                        c.dep_ == "prep" and self.lex.verbs.get(f"{lemma} {c.lower_}") == "offer" for c in t.children):
                act = next((a for c in t.children for a in self._act_below(c)), None)
        if act is None:
            return ""
        subject, w = None, t
        for _ in range(4):   # the subject of the committing word, or of the clause it completes ("X is ready to ...")
            subject = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None or w.dep_ not in ("xcomp", "acomp", "conj", "ccomp") or w.head.i == w.i:
                break
            w = w.head
        if subject is not None and subject.pos_ != "PRON" and not any(
                a <= s.idx < b or s.idx <= a < s.idx + len(s.text) for s in subject.subtree for a, b in holder):
            return ""   # another is committed: "Washington said Kyiv would have to cede X" is no offer of Washington's
        return "offices" if act.lemma_.lower() in self.lex.mediating else "give"

    def _pledges(self, v: Any) -> bool:
        """`v` offers what it takes for object: "offering Kyiv guarantees", "pledged air cover" (not "offered to ...")."""
        return v.lemma_.lower() in self.lex.pledging and any(c.dep_ in ("dobj", "dative") for c in v.children) \
            and not any(c.dep_ == "xcomp" for c in v.children)

    def _act_below(self, c: Any) -> list:
        """The verb of giving that `c`, a complement of a word of commitment, names as the holder's own act: "to send",
        "to providing" (a gerund after "to"), "to keep facilitating" (through a verb of going on)."""
        if c.dep_ == "prep" and c.lower_ == "to":
            verbs = [g for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"]
        elif c.dep_ in ("xcomp", "acl", "ccomp") and c.pos_ == "VERB" and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            verbs = [c]
        else:
            return []
        out = []
        for v in verbs:
            if self._giving(v) or self._pledges(v):   # ("prepared to offer Kyiv guarantees")
                out.append(v)
            elif v.lemma_.lower() in self.lex.continuing:   # ("ready to keep facilitating swaps")
                out += [g for g in v.children if g.dep_ == "xcomp" and g.pos_ == "VERB" and self._giving(g)]
        return out

    def _required_by(self, anchor: Any, pred: Any) -> bool:
        """`anchor` is in the subject of a verb of requiring told as what would be ("any handover of land would
        require a referendum", "a truce will need guarantees"): an outcome made conditional on what the verb names;
        not a deal itself ("any settlement would require concessions": what the deal holds is demanded)."""
        if pred is None or pred.lemma_.lower() not in self.lex.requiring or not self._irrealis(pred) \
                or anchor.lemma_.lower() in self.lex.plan_deals:
            return False
        t = anchor
        while t.head.i != t.i and t.head.i != pred.i:
            t = t.head
        return t.head.i == pred.i and t.dep_ in ("nsubj", "nsubjpass") and t.i != pred.i

    def _irrealis(self, t: Any) -> bool:
        """`t` is told as what would, will or could be done, or as an infinitive ("ready to send"), not as done."""
        return any(c.dep_ == "aux" and c.lower_ in self.lex.irrealis | {"to"} for c in t.children)

    def _obligation(self, t: Any) -> bool:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in self.lex.modals:
                return True
        # "X would have to give up", "X needs to": the head verb is have/need with this verb as its xcomp
        h = t.head
        if t.dep_ == "conj" and h.i != t.i and h.pos_ in ("VERB", "AUX") and t.pos_ == "VERB" \
                and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in t.children):
            return self._obligation(h)   # "Russia must stop its attacks and accept a truce": the modal is shared
        return t.dep_ == "xcomp" and h.i != t.i and h.lemma_ in ("have", "need") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.children)

    def needed_first(self, doc: Any) -> tuple[Any, Any, Any] | None:
        """An obligation met before another side would act: "Kyiv must leave X before Moscow would agree to a truce",
        "Ukraine has to withdraw before Russia will discuss a ceasefire". Returns the obligation's verb, the verb of
        the "before" clause and that clause's subject (who would act only then: the obligation is its demand, the act
        its condition)."""
        for v in doc:
            if v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in self.lex.negated_markers for c in v.children):
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            obliged = self._obligation(v.head) or any(c.dep_ == "xcomp" and self._obligation(c) for c in v.head.children)
            if subj is not None and obliged and not self._negated(v.head) and not self._negated(v) \
                    and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "can", "'d") for c in v.children):
                return v.head, v, subj
        return None

    def _framed_as_condition(self, pred: Any, anchor: Any) -> bool:
        """The mention, or the stance word governing it, has a phrase hung on it that makes it conditional ("the need
        for a truce in the event of a referendum", "would lift sanctions subject to a withdrawal"), one the mention is
        not inside."""
        verb = pred.head if _noun(pred) and pred.dep_ in ("dobj", "pobj") else pred
        for t in {anchor.i: anchor, pred.i: pred, verb.i: verb}.values():
            for c in t.children:
                if c.dep_ == "prep" and not c.left_edge.i <= anchor.i <= c.right_edge.i:
                    words = " ".join(w.lower_ for w in c.subtree) + " "
                    if any(words.startswith(p + " ") for p in self.lex.condition_framing):
                        return True
        return False

    def _is_condition_prep(self, prep: Any) -> bool:
        words = " ".join(w.lower_ for w in prep.subtree)
        return any(words.startswith(p + " ") for p in self.lex.condition_preps)

    def _conditional_clause(self, clause: Any) -> bool:
        """`clause`, an adverbial clause, makes the clause it hangs on conditional: "if ...", "unless ...",
        "until ...", "only after ...", "only when ..."."""
        subs = [g for g in clause.children if g.dep_ in ("mark", "advmod") and g.i < clause.i]
        words = {g.lower_ for g in subs}
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")), None)
        if subject is None and _noun(clause) and subs:
            # "before Kyiv withdraws": a verb the tagger took for a plural noun, its subject for a compound
            subject = next((c for c in clause.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < clause.i), None)
        if subject is None:
            return False     # "if necessary", "if possible": no condition on anyone
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
            return False     # "if the other side had come": what did not happen conditions nothing
        head = clause.head
        if head.lemma_.lower() in self.lex.question_heads or any(
                c.dep_ == "acomp" and c.lemma_.lower() in self.lex.question_heads for c in head.children):
            return False     # "it is unclear if ...", "asked if ...": a question, not a condition
        start = min(subject.left_edge.i, clause.i)
        before = " " + " ".join(t.lower_ for t in clause.doc[max(0, start - 4):start])   # ('"As soon as': apart)
        if words & self.lex.condition_markers or any(before.endswith(" " + m) for m in self.lex.condition_markers):
            return True     # "if", "unless"; "as soon as", "so long as" (however the parse attaches "as soon")
        if words & self.lex.negated_markers and (self._negated(head) or (
                head.dep_ == "xcomp" and self.refuses(head.head)) or (
                self.refuses(head) and any(c.dep_ == "xcomp" for c in head.children))):
            return True     # "will not agree to a truce before Kyiv withdraws", "refused to meet him before a deal is
            #                  drafted": as "until"
        if not words & self.lex.only_markers:
            return False
        near = [*clause.children, *clause.head.children, *(c for g in subs for c in g.children),
                *(c for a in clause.head.children if a.dep_ == "acomp" for c in a.children)]   # "is only possible after"
        return any(g.dep_ == "advmod" and g.lower_ == "only" for g in near)

    def _copular_stance(self, be: Any, dep: str, first: bool) -> tuple[Any, str] | None:
        """The stance word of a copula the climb reaches, and its class: as the mention's own predicate ("a ceasefire
        is necessary", "a truce remains Kyiv's priority", "a withdrawal is a condition for talks": demanded; only
        when no stance word came before), or over an extraposed clause ("it is vital that ...")."""
        if dep in ("attr", "xcomp") and first and (subj := next((c for c in be.children if c.dep_ == "nsubj" and _noun(c)),
                                                              None)) is not None \
                and (subj.lemma_.lower() in self.lex.means or self.lex.nouns.get(subj.lemma_.lower()) == "demand") \
                and not self._negated(be):
            return subj, "demand"   # "the next step is a meeting of the leaders", "the priority is a truce", "the best
            #                         way is to go to a settlement": what a means or an aim is said to be is wanted
        if dep in ("nsubj", "nsubjpass") and first:
            deps: tuple[str, ...] = ("acomp", "attr")
        elif dep == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children):
            deps = ("acomp",)
        else:
            return None
        for c in be.children:
            if c.dep_ in deps and self._approving(list(c.subtree)) and not self._negated(be):
                return c, "support"   # "... was a crucial step forward", "... is encouraging": backed
            if c.dep_ in deps:
                klass = self.stance_class(c) or ("demand" if c.lemma_.lower() in self.lex.condition_nouns
                                           or c.lemma_.lower() in self.lex.means else None)
                if klass is not None:
                    return c, klass
        return None

    def _verdict(self, be: Any) -> tuple[Any, str] | None:
        """A stance adjective a copula says of its subject ("... is unacceptable", "... was necessary"), and its class."""
        approved = next((c for c in be.children if c.dep_ in ("acomp", "attr") and self._approving(list(c.subtree))), None)
        if approved is not None and not self._negated(be):
            return approved, "support"   # "... was a step forward", "... is encouraging"
        adj = next((c for c in be.children if c.dep_ == "acomp" and c.pos_ == "ADJ" and self.stance_class(c) is not None), None)
        if adj is None and not self._negated(be):
            # "... is a non-starter", "... was a provocation": a refusing noun said of the subject
            adj = next((c for c in be.children if c.dep_ == "attr" and _noun(c) and c.lemma_.lower() in self.lex.threats), None)
            return (adj, "reject") if adj is not None else None
        return (adj, self.stance_class(adj)) if adj is not None else None

    def _denied_existence(self, anchor: Any, v: Any) -> bool:
        """ "There will be no X", "there will not be X": the mention is what the existential "be" denies."""
        if v.lemma_ != "be" or anchor.i == v.i or not any(c.dep_ == "expl" for c in v.children):
            return False
        arg = anchor
        while arg.head.i != v.i and arg.head.i != arg.i:
            arg = arg.head
        return arg.dep_ in ("attr", "nsubj") and (self._negated(v) or any(
            g.dep_ == "det" and g.lower_ == "no" for g in arg.children))

    def _condition_below(self, t: Any) -> bool:
        """The clause of `t` is made conditional: by an "if"/"until"/"only after" clause, or, when it is negated,
        by what it cannot do without ("a truce will not hold without guarantees")."""
        stack = [t]
        while stack:     # the predicate's own clause, with what its complements and conjuncts govern
            for c in stack.pop().children:
                if c.dep_ == "advcl" and self._conditional_clause(c):
                    return True
                if c.dep_ in ("xcomp", "acomp", "advmod") or (c.dep_ == "conj" and not (c.pos_ == "VERB" and (
                        c.lemma_.lower() in self.lex.pressure or c.lemma_.lower() in self.lex.warning))):
                    stack.append(c)   # (not a conjoined threat or warning: "demanded a truce and threatened sanctions if
                    #                   Moscow refused" demands the truce outright)
        return self._negated(t) and any(c.dep_ == "prep" and c.lower_ == "without" for c in t.children)

    def speech_above(self, t: Any) -> Any | None:
        """The nearest speech verb governing `t`, or one attached beside the sentence's root ("..., he said")."""
        cur = t
        while cur.head.i != cur.i:
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() in self.lex.speech:
                return cur
        for c in cur.children:
            if c.dep_ in ("parataxis", "advcl", "conj") and c.lemma_.lower() in self.lex.speech and c.i > t.i:
                return c
        return None

    def _according(self, doc: Any, at: dict[int, Mention]) -> Mention | None:
        text = doc.text.lower()
        for phrase in self.lex.attribution:
            i = text.find(phrase)
            if i < 0:
                continue
            span = doc.char_span(i, i + len(phrase), alignment_mode="expand")
            if span is None:
                continue
            for t in doc[span.end:span.end + 6]:
                if t.i in at:
                    return at[t.i][0]
                if t.is_punct and t.text not in ("'s", "’s", "-"):
                    break   # ("according to him, the US side ...": the source ends at the comma)
        return None

    def _attributed(self, doc: Any, at: dict, carried: tuple[str, ...], carried_speaker: str | None
                    ) -> tuple[list[Mention], str]:
        """The source a sentence is told from: "according to X" (X), "in his view" (the holder carried from
        before); ([], "") when none."""
        acc = self._according(doc, at)
        if acc is not None:
            return [acc], "according"
        if carried and any(p in doc.text.lower() for p in self.lex.attribution_pronoun):
            return [Mention(0, 0, a, carried_speaker, "carried") for a in carried], "pronoun"
        return [], ""

    # -- reading ------------------------------------------------------------------------------
    def relative_stances(self, doc: Any, offset: int, mentions: Sequence[Mention]) -> list[tuple[set[int], Reading]]:
        """Stances told in a relative clause whose subject is an actor: "Kyiv will not cede Donetsk, which Putin
        demands", "Moscow rejects the truce, a proposal Kyiv supported". Each is (the tokens the clause is about:
        its noun, or for an apposition after a comma everything before it; the reading)."""
        at: dict[int, list[Mention]] | None = None
        out: list[tuple[set[int], Reading]] = []
        for v in doc:
            if v.dep_ != "relcl":
                continue
            pred, klass, refused = v, self.stance_class(v), False
            if klass is None and v.lemma_.lower() in self.lex.judging:
                klass = self._judged(v)   # "the proposal, which Kyiv has called unacceptable"
            if klass is None and v.lemma_.lower() in self.lex.speech:
                # "..., which Kyiv says it will reject": the reported clause's stance; "..., a step Kyiv has said
                # it will not take": a plain verb negated refuses the step
                said = next((c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
                if said is not None and (k := self.stance_class(said)) is not None:
                    pred, klass = said, k
                elif said is not None and self._negated(said):
                    pred, klass, refused = said, "reject", True
                elif said is not None and (adj := next((c for c in said.children if c.dep_ == "acomp"
                                                         and self.stance_class(c) is not None), None)) is not None:
                    pred, klass = adj, self.stance_class(adj)   # "..., which Moscow says is impossible"
                    if klass == "reject" and self._condition_below(said):
                        klass = "condition"   # ("... is impossible before its terms are met": ruled out until then)
            if klass is None:
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ in ("which", "that", "who"):
                continue
            if at is None:
                at = self._actor_tokens(doc, offset, mentions)
            holders = self._phrase_actors(subj, at)
            if not holders:
                continue
            n = v.head
            own = {t.i for t in v.subtree}
            if n.dep_ in ("appos", "npadvmod") and n.left_edge.i > 0 and doc[n.left_edge.i - 1].text == ",":
                about = set(range(n.left_edge.i))          # "..., a proposal Kyiv supported"
            elif n.i in at and v.left_edge.i > 0 and doc[v.left_edge.i - 1].text == "," \
                    and v.left_edge.lower_ in ("which", "something", "a move", "a step"):
                about = set(range(v.left_edge.i - 1))      # "... troops to Ukraine, which Moscow will never allow": the
                #                                             clause before, not the side it happens to end with
            elif n.dep_ == "pobj" and n.head.dep_ == "prep" and _noun(n.head.head) and n.i not in at \
                    and v.left_edge.i > 0 and doc[v.left_edge.i - 1].text == ",":
                about = {t.i for t in n.head.head.subtree} - own   # "a truce over Easter, which Kyiv dismissed": the
                #                                                    noun the phrase hangs on, where the parse took its last word
            else:
                about = {t.i for t in n.subtree} - own      # "Donetsk, which Putin demands"
                if _plan_word(n) and n.dep_ == "nsubj" and n.head.pos_ in ("VERB", "AUX"):
                    # "the proposal, which Kyiv rejected, would give Russia Donetsk": the verdict is on what it would do
                    about |= {t.i for t in n.head.subtree} - own
            negated = self._negated(pred)
            stance = ("open" if klass == "reject" else "reject") if negated and not refused else klass
            out.append((about, Reading(tuple(dict.fromkeys(m.actor for m in holders)), stance,
                                       next((m.person for m in holders if m.person), None), None, pred.lemma_.lower(),
                                       offset + pred.idx, offset + pred.idx + len(pred.text), negated, False, "relcl",
                                       "subject")))
        return out

    def coordinated_clauses(self, doc: Any) -> tuple[tuple[int, int, bool], ...]:
        """Where a sentence joins two clauses with subjects of their own ("Moscow proposed a truce and Kyiv accepted
        it", "Kyiv wants guarantees, as Washington presses both sides to settle"): the span of each coordinator or
        subordinator that opens the second clause, as character offsets into the sentence, and whether the second
        clause is joined to a verb of speech, so that it is no part of what is reported ("Kyiv's officials said ...,
        and European governments drew up ...")."""
        out = []
        for v in doc:
            if v.dep_ == "advcl" and v.pos_ in ("VERB", "AUX") and v.i > v.head.i:
                mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in self.lex.own_clause_marks), None)
                subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if mark is not None and mark.i > 0 and doc[mark.i - 1].text == "," and subject is not None \
                        and subject.pos_ in ("NOUN", "PROPN") and mark.i < subject.left_edge.i:
                    out.append((doc[mark.i - 1].idx, mark.idx + len(mark.text) + 1, self._speaks(v.head)))
                continue
            if v.dep_ != "conj" or v.pos_ not in ("VERB", "AUX") or v.head.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            cc = next((c for c in v.head.children if c.dep_ == "cc" and c.i < v.i and c.lower_ in ("and", "but", "yet")), None)
            if cc is not None and cc.i < v.left_edge.i:
                # (", and X did ...", the clause opening with its subject: X's own, not the speaker's report)
                apart = subject.left_edge.i == cc.i + 1 and (self._speaks(v.head) or (cc.i > 0 and doc[cc.i - 1].text == ","))
                out.append((cc.idx - 1 if cc.idx and doc.text[cc.idx - 1] == " " else cc.idx, cc.idx + len(cc.text) + 1, apart))
        return tuple(out)

    def reattach_reported_conjuncts(self, doc: Any) -> Any:
        """Repair a parse that joins a speaker's second verb to the clause it reports: in "Kallas said Moscow could
        not be trusted and called for sanctions", the parser makes "called" a conjunct of "trusted", so that Moscow
        would call for sanctions. A past-tense verb with no subject of its own, coordinated with the head of a clause
        reported by a past-tense verb of speech, whose own form differs from it (a modal, a progressive, a perfect, a
        present: "could be trusted", "was stalling", "backs"), goes on the speaker's verb: the speaker did both. Where
        the forms agree ("said Moscow remained open and wanted ...") the parse stands. Returns the doc."""
        for v in doc:
            c = v.head
            if v.dep_ != "conj" or v.tag_ != "VBD" or v.pos_ != "VERB" or c.dep_ != "ccomp" or c.i >= v.i:
                continue
            s = c.head
            if s.i >= c.i or s.tag_ != "VBD" or not self._speaks(s) or s.dep_ not in ("ROOT", "conj", "ccomp"):
                continue
            if any(x.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for x in v.children):
                continue
            if not any(x.dep_ in ("nsubj", "nsubjpass") for x in s.children):
                continue
            auxes = [x for x in c.children if x.dep_ in ("aux", "auxpass") and x.i < c.i]
            if c.tag_ == "VBD" and not auxes:
                continue   # same form: the parse's reading may be right
            cc = [x for x in c.children if x.dep_ in ("cc", "punct") and c.i < x.i < v.i]
            v.head = s
            for x in cc:
                x.head = s
        return doc

    def _speaks(self, verb: Any) -> bool:
        """A verb of speech that is no verb of stance ("said", "told")."""
        return verb.lemma_.lower() in self.lex.speech and verb.lemma_.lower() not in self.lex.verbs

    def plan_frames(self, doc: Any, offset: int, mentions: Sequence[Mention]) -> list[tuple[Any, tuple[str, ...], str]]:
        """Clauses told as a plan's content: "Under the US plan, Kyiv would ...", "According to the draft, ...",
        "The plan would require ...". Each is (the clause's head, the actors that own the plan, as named in its
        phrase: "the US plan", "Washington's draft", "the plan drawn up by Witkoff"; empty when none is named; and
        how the plan is one already known: "definite" ("the plan", "this draft", not "a draft"), "pronoun" ("their
        plan": its owner is the holder carried from before), "person" (the same, of a person: "his plan"), or "")."""
        at: dict[int, list[Mention]] | None = None
        out = []
        for t in doc:
            if not _noun(t) or not _plan_word(t):
                continue
            record = t.lemma_.lower() in self.lex.speech_records   # "a statement": what it says is said, not proposed
            host = t.head if t.dep_ == "dobj" else t.head.head if t.dep_ == "pobj" and t.head.lower_ == "with" else None
            if t.dep_ == "pobj":
                prep = t.head
                if prep.lower_ == "to" and prep.head.lower_ == "according":
                    prep, words = prep.head, "according to"
                else:
                    words = prep.lower_
                head = prep.head
                if record or words not in self.lex.plan_frames or head.i == prep.i or head.pos_ not in ("VERB", "AUX") \
                        or head.dep_ not in ("ROOT", "ccomp", "conj", "xcomp"):
                    continue     # the frame of a clause, not of a phrase ("resolving it according to the formula")
            elif t.dep_ == "nsubj" and t.head.pos_ == "VERB" and self.speech_above(t.head) is None \
                    and t.head.lemma_.lower() not in self.lex.copulas \
                    and not (record and t.head.lemma_.lower() in self.lex.speech) \
                    and not any(c.dep_ == "det" and c.lower_ in ("any", "no", "every", "each") for c in t.children):
                head = t.head   # "the plan would require Kyiv to ...", "the draft says Kyiv would ...", told by the
                #                 author (not "any plan must ...", nor what someone says a plan does, nor what a
                #                 plan is: "the main point remains ...")
            else:
                continue
            if at is None:
                at = self._actor_tokens(doc, offset, mentions)
            owners = tuple(dict.fromkeys(m.actor for x in self._plan_phrase(t) if x.i in at for m in at[x.i]))
            if not owners and head.dep_ == "relcl":   # the one who puts it forward, where its phrase names no owner
                subj, _ = self._subject(host if host is not None else t.head)
                owners = tuple(dict.fromkeys(m.actor for m in self._phrase_actors(subj, at))) if subj is not None else ()
                if not owners:
                    continue
            if head.dep_ == "relcl":   # "a plan under which it would declare itself neutral": the owner's own step, read as such
                doer = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if doer is not None and (doer.pos_ == "PRON" and doer.tag_ not in ("WDT", "WP") or {m.actor for m in at.get(doer.i, ())} & set(owners)):
                    continue
            poss = next((c for c in t.children if c.dep_ == "poss" and _pronoun(c, at)), None)
            known = ("person" if poss.lower_ in ("his", "her") else "pronoun") if poss is not None else \
                "definite" if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in t.children) else \
                "reported" if t.dep_ == "pobj" else ""   # ("according to a draft seen by Reuters": a copy of one in view)
            out.append((head, owners, known))
        return out

    def _speaker_of(self, pronoun: Any, at: dict[int, list[Mention]]) -> list[Mention]:
        """Who a pronoun in reported words stands for when it is the reporter itself: "we", "us", "I", "me" (the speaker's
        side), and "he", "him", "she", "her" (the speaker), the subject of the verb of speech above it."""
        if pronoun.lower_ not in self.lex.speaker_pronouns:
            return []
        speech = self.speech_above(pronoun)
        subj = self._subject(speech)[0] if speech is not None else None
        return self._phrase_actors(subj, at) if subj is not None and not _pronoun(subj, at) else []

    def _supposing_clause(self, pred: Any) -> Any | None:
        """The "if"/"unless" clause `pred` stands in (itself or a verb above it), or None."""
        x = pred
        while True:
            if x.dep_ == "advcl" and self._conditional_clause(x):
                return x
            if x.head.i == x.i:
                return None
            x = x.head

    def _obliged_actor(self, verb: Any, speech: Any, at: dict[int, list[Mention]], holder: list[Mention]) -> str | None:
        """The actor an obligation told by a speaker has act: the active subject of the obliged verb ("Zelensky has to
        make a deal"), the one spoken to when the subject is a pronoun ("told Ukraine it must accept ..."), or, when
        the subject is a thing, the actor the clause has act ("any deal must see Russia withdraw")."""
        held = {m.actor for m in holder}
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and (verb.dep_ == "xcomp" and verb.head.lemma_ in ("have", "need") or verb.dep_ == "conj"):
            subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)   # (and "must
            #                                                         stop X and accept Y": the first verb's subject)
        if subj is None or subj.dep_ == "nsubjpass" \
                or verb.lemma_.lower() in self.lex.receiving:
            return None      # ("Ukraine's army must not be capped": whoever would cap it is not named; "Ukraine must
            #                  have a seat at the table", "Russia should get X": wanted for the subject, not pressed on it)
        if _pronoun(subj, at):
            told = next((c for c in speech.children if c.dep_ in ("dobj", "dative") and c.i in at), None)
            return next((m.actor for m in self._phrase_actors(told, at) if m.actor not in held), None) \
                if told is not None else None
        named = [m.actor for m in self._phrase_actors(subj, at) if m.actor not in held]
        if named:
            return named[0]
        if subj.pos_ == "PROPN":
            return None
        inside = {x.i for x in subj.subtree}
        for x in verb.subtree:   # ("any settlement must see Russia pull out ...")
            if x.i not in inside and x.dep_ in ("nsubj", "dobj") and x.head.pos_ == "VERB" and x.head.i != verb.i \
                    and (named := [m.actor for m in self._phrase_actors(x, at) if m.actor not in held]):
                return named[0]
        return None

    def obliged(self, doc: Any, offset: int, start: int, end: int, mentions: Sequence[Mention]) -> bool:
        """Whether the mention at document offsets [start, end), named before "must", is the subject of the obligation
        (one of coordinated subjects, or their possessor: "Ukraine's army must ..."; True also when the parse cannot
        tell), not when it is only a word inside the subject's phrase ("Ukraine's path to NATO must stay open", "any
        solution to the war in Ukraine must ...")."""
        span = doc.char_span(start - offset, end - offset, alignment_mode="expand")
        if span is None or len(span) == 0:
            return True
        t = span.root
        while t.dep_ in ("conj", "appos", "compound") and t.head.i != t.i:
            t = t.head
        possessor = t.dep_ == "poss"
        if possessor:
            t = t.head
            while t.dep_ in ("conj", "appos") and t.head.i != t.i:
                t = t.head
        if t.dep_ == "nsubjpass" or possessor and t.dep_ == "nsubj" \
                and t.lemma_.lower() not in self.lex.institutions and t.lower_ not in self.lex.institutions:
            # "Ukraine's army must not be capped", "Ukraine should be allowed to keep X": a passive obliges no one named;
            # "Ukraine's energy grid must be spared": a thing of the side is wanted, the side itself is not pressed
            return False
        if t.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            return True
        return not any(a.dep_ in ("nsubj", "nsubjpass") for a in t.ancestors)

    def _pressed(self, pred: Any, at: dict[int, list[Mention]]) -> tuple[list[Mention], str | None, Any] | None:
        """Who presses whom to do what `pred` says: the agent and the subject of a passive verb of pressing or
        telling ("Kyiv was told by Washington to accept ..."), or the "from" and the one under a noun of pressure
        ("Kyiv is under pressure from Washington to accept ...", "pressure from the US on Kyiv to ..."), or the subject
        of the verb that takes such a noun ("Washington stepped up pressure on Kyiv to accept ..."), with that verb when
        it is told as an obligation ("Europe must increase pressure on Moscow to ...": the speaker's pressure)."""
        boss, self_obliged = pred.head, None
        if pred.lemma_.lower() in self.lex.instructing | self.lex.pressure and any(c.dep_ == "agent" for c in pred.children) \
                and any(c.dep_ == "auxpass" for c in pred.children):
            boss = pred   # "China was urged by the EU to ...", "Kyiv was pressured by Washington into ...": the verb itself
        if (pred.dep_ == "xcomp" or boss is pred) \
                and boss.lemma_.lower() in self.lex.instructing | self.lex.pressure \
                and any(c.dep_ == "auxpass" for c in boss.children):
            by = next((g for c in boss.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            on = next((c for c in boss.children if c.dep_ == "nsubjpass"), None)
        elif pred.dep_ in ("xcomp", "advcl") and boss.lemma_.lower() in self.lex.deadline_verbs and any(
                c.dep_ == "prep" and c.lower_ in ("until", "till", "by") or c.dep_ == "npadvmod"
                or c.dep_ == "dobj" and c.lemma_.lower() in self.lex.time_units for c in boss.children):   # ("gave Moscow two weeks")
            # "Trump gave Zelensky until Thursday to accept the plan": a deadline set for the one given it
            by = next((c for c in boss.children if c.dep_ == "nsubj"), None)
            on = next((c for c in boss.children if c.dep_ in ("dative", "dobj") and c.i in at), None)
        elif (noun := self._pressure_noun(pred)) is not None:
            by = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                       for g in c.children if g.dep_ == "pobj"), None)
            clause = {x.i for x in pred.subtree}   # ("pressure from the US on Kyiv": "on" parsed under "the US")
            verb = noun.head if noun.dep_ == "dobj" else None
            near = [*noun.subtree, *(verb.children if verb is not None else ())]   # ("putting pressure on X to ...")
            on = next((g for c in near if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i not in clause
                       for g in c.children if g.dep_ == "pobj"), None)
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            if on is None:   # (the same, with "for Kyiv" parsed as the noun's own phrase)
                on = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < pred.i
                           for g in c.children if g.dep_ == "pobj" and g.i in at), None)
            if on is not None and by is None and noun.dep_ not in ("pobj", "dobj"):
                pass
            elif on is None and noun.dep_ in ("pobj", "dobj"):
                # "Kyiv is under pressure", "Kyiv faces pressure", "Kyiv is under mounting pressure": the clause's subject
                on = next((c for a in noun.ancestors for c in a.children if c.dep_ == "nsubj"), None)
            elif by is None and verb is not None and not (verb.dep_ in ("xcomp", "ccomp") and self.stance_class(verb.head)):
                # "Washington stepped up pressure on Kyiv to ...", "Europe must increase pressure on Moscow to ..."
                # (not "urged its allies to increase pressure on Moscow": who urges them is read above)
                by, self_obliged = subject, verb if self._obligation(verb) else None
            if by is None:   # "under heavy US pressure to ...": the actor that names the pressure
                by = next((c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nsubj") and c.i in at), None)
        else:
            return None
        presser = self._phrase_actors(by, at) if by is not None else []
        if not presser and by is not None and by.dep_ in ("amod", "compound"):
            presser = list(at.get(by.i, ()))   # ("American pressure": the adjective names the presser)
        pressed = self._phrase_actors(on, at) if on is not None else []
        if on is not None and _pronoun(on, at):
            pressed = self._speaker_of(on, at)   # ("Zelensky said he felt pressure from Washington to ...")
        if not presser:
            return None
        return presser, next((m.actor for m in pressed if m.actor not in {p.actor for p in presser}), None), self_obliged

    def _pressure_noun(self, pred: Any) -> Any | None:
        """The noun of pressure whose content `pred`, an infinitive, tells: "pressure on Kyiv to accept ...", also where
        the parse hangs the infinitive on the verb that takes the noun ("piling pressure on Moscow to accept ...")."""
        if pred.dep_ in ("acl", "advcl") and _noun(pred.head) and pred.head.lemma_.lower() in self.lex.pressure_nouns:
            return pred.head
        if pred.dep_ == "advcl" and pred.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children) \
                and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in pred.children):
            nouns = [c for c in pred.head.children if c.dep_ == "dobj"] + \
                [g for c in pred.head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]   # ("was
            #                                                   under pressure from Washington to hold elections")
            return next((c for c in nouns if c.lemma_.lower() in self.lex.pressure_nouns and c.i < pred.i), None)
        return None

    def phrase_owners(self, doc: Any, offset: int, mentions: Sequence[Mention], heading: bool = False) -> tuple[str, ...]:
        """The owners a plan's own phrase names, where the plan is what the sentence is about (its subject, or any
        plan of a line that opens a list): "The plan, drawn up by Witkoff, ...", "Points of the plan Zelensky
        presented:" (the first plan word with any; empty when none)."""
        at: dict[int, list[Mention]] | None = None
        for t in doc:
            if not _noun(t) or not _plan_word(t) or t.lemma_.lower() in self.lex.speech_records | self.lex.remarks:
                continue
            if not heading and t.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
                continue
            if at is None:
                at = self._actor_tokens(doc, offset, mentions)
            owners = tuple(dict.fromkeys(m.actor for x in self._plan_phrase(t)[1:] if x.i in at for m in at[x.i]
))
            if owners:
                return owners
        return ()

    def plan_authors(self, doc: Any, offset: int, mentions: Sequence[Mention]) -> tuple[str, ...]:
        """Who puts forward a plan the sentence names as the object of a verb of authoring: "Russia presented
        Ukraine with a memorandum", "Paris and London drew up a plan" (the subject's actors; empty when none)."""
        at: dict[int, list[Mention]] | None = None
        for t in doc:
            if not _noun(t) or not _plan_word(t) or t.lemma_.lower() in self.lex.speech_records | self.lex.remarks:
                continue
            verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "with" else t.head if t.dep_ == "dobj" else None
            if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.authoring or self._negated(verb):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [s for s in self._subject(verb)[:1] if s is not None]
            if at is None:
                at = self._actor_tokens(doc, offset, mentions)
            # ("outlined a framework agreed with US negotiators": its authors and the side it was agreed with)
            joint = [m.actor for x in self._plan_phrase(t)[1:] if x.i in at for m in at[x.i]]
            for subj in subjects:   # (a dateline's place parsed as a second subject names no one)
                owners = tuple(dict.fromkeys(m.actor for m in self._phrase_actors(subj, at)))
                if owners:
                    return tuple(dict.fromkeys((*owners, *joint)))
        return ()

    @staticmethod
    def participle_adjunct(doc: Any, at: int) -> tuple[int, int] | None:
        """The span (sentence offsets) of the participle clause whose verb stands at `at`, where it is one joined
        to the main clause after a comma ("Kyiv has refused, proposing instead a freeze"); else None."""
        word = _word_at(doc, at)
        if word is None or word.dep_ != "advcl" or word.tag_ != "VBG" or word.i == 0 or doc[word.left_edge.i - 1].text != ",":
            return None
        return word.left_edge.idx, word.right_edge.idx + len(word.right_edge.text)

    @staticmethod
    def _warned_of(warn: Any, anchor: Any) -> bool:
        """`anchor` is in the subject of the clause `warn` takes ("warned that limits on its army would leave it
        exposed"), not its object ("warned Moscow to accept a truce")."""
        clause = next((t for t in (anchor, *anchor.ancestors) if t.head.i == warn.i and t.i != warn.i), None)
        if clause is None or clause.dep_ != "ccomp":
            return False
        return any(c.dep_ in ("nsubj", "csubj", "nsubjpass") and anchor.i in {x.i for x in c.subtree}
                   for c in clause.children)

    def _no_headway(self, tok: Any) -> bool:
        """`tok` is "without" taking a word of headway ("without progress", "without a breakthrough"), or a word of
        progress reported ("made progress on", "progress was made on"): a report of how talks went."""
        if tok.pos_ == "VERB" and tok.lemma_.lower() in self.lex.progress_made and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in self.lex.progress for c in tok.children):
            return True   # ("had made progress on a swap", "progress was achieved on ...": "on" hangs on the verb)
        if _noun(tok) and tok.lemma_.lower() in self.lex.progress and (
                tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in self.lex.progress_made
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
            return True   # (and "statements on the progress of the talks": a topic, no one's stance)
        return tok.dep_ == "prep" and tok.lower_ == "without" and any(
            c.dep_ == "pobj" and c.lemma_.lower() in self.lex.headway for c in tok.children)

    def _accounted(self, root: Any) -> bool:
        """The mention is named in an account of it ("rejected descriptions of the terms as an ultimatum", "denied
        reports of a truce deal", "reports that Kyiv would cede land were false"): what is said of the account is
        not said of the thing."""
        for tok in (root, *root.ancestors):
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "acl":
                return False
            if _noun(tok) and tok.lemma_.lower() in self.lex.accounts and tok.i != root.i:
                return True
            if _noun(tok) and tok.i != root.i and self.stance_class(tok) is not None:
                return False
        return False

    def _unsettled_word(self, tok: Any) -> bool:
        return tok.lemma_.lower() in self.lex.unsettled or any(
            f"{c.lower_} {tok.lower_}" in self.lex.unsettled or f"{c.lower_} {tok.lemma_.lower()}" in self.lex.unsettled
            for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i)

    def _unsettled(self, root: Any) -> bool:
        """The mention is told as not yet agreed: the subject of a word of unsettledness ("with territory still
        unresolved", "the question of X remains open", "X is the main sticking point"), or taken out of what was agreed
        ("agreed on the text except for X"); not where a noun of stance comes between ("Russia's demand for X remains
        the sticking point": the demand stands)."""
        path: list[Any] = []
        for tok in (root, *root.ancestors):
            if tok.dep_ == "prep" and tok.lower_ in self.lex.exceptions:
                return True
            if tok.pos_ in ("VERB", "AUX"):
                return False
            path.append(tok)
            if _noun(tok) and self.stance_class(tok) is not None:
                return False
            if _noun(tok) and (self._unsettled_word(tok) or any(c.dep_ == "amod" and self._unsettled_word(c) for c in tok.children)):
                return True   # ("the outstanding issue of X", "with X and Y still outstanding")
            if tok.dep_ in ("nsubj", "nsubjpass"):
                head = tok.head
                said = [head, *(c for c in head.children if c.dep_ in ("acomp", "attr", "oprd"))]
                return any(self._unsettled_word(t) for t in said)
        return False

    def unheld(self, doc: Any, offset: int, start: int, end: int, mentions: Sequence[Mention], event: bool = False) -> bool:
        """The mention at document offsets [start, end) is held by no side: it lies under a word of pretence ("Kyiv
        only pretends to want a truce", "a phoney narrative about his willingness to talk"), or the first verb above
        it with a subject of its own has for subject an onlooker that is no side ("few diplomats expect a deal",
        "analysts doubt talks will resume"): a claim disputed or a prediction, not a position."""
        span = doc.char_span(start - offset, end - offset, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        at = self._actor_tokens(doc, offset, mentions)
        root = span.root
        if event and root.dep_ == "pobj" and root.head.lower_ == "of" and _noun(root.head.head) \
                and root.head.head.lemma_.lower() in self.lex.aspect_nouns:
            return True   # ("agreed not to disclose the content of the talks", "the date of the next round")
        top = root
        while top.dep_ in ("compound", "amod") and top.head.i != top.i:
            top = top.head
        if top.dep_ == "conj" and top.head.pos_ in ("NOUN", "PROPN") and (self.stance_class(top.head) or any(
                self.lex.nouns.get(w) for w in (top.head.lower_, top.head.lower_.removesuffix("s")))) \
                and not any(a.pos_ in ("VERB", "AUX") for a in top.head.ancestors) and top.head.pos_ not in ("VERB", "AUX"):
            return True   # ("Russia's Demands and the Ceasefire": a topic named beside a stance noun, with no verb over
            #               them, is not what it holds)
        if event and self._setting(span.root):
            return True   # (`event`: the mention names a meeting, which may be when or where a thing was said)
        if self._unsettled(root) or self._accounted(root):
            return True
        judged = False   # past a verb with a subject of its own: only pretence above it still counts
        for tok in span.root.ancestors:
            if tok.lemma_.lower() in self.lex.pretence or any(
                    c.lemma_.lower() in self.lex.pretence and (c.dep_ == "amod" and _noun(tok) or c.dep_ in ("attr", "acomp")
                                                               and tok.lemma_.lower() in self.lex.copulas)
                    for c in tok.children):
                return True   # (and "X's talk of dialogue was a smokescreen": the thing the copula calls a pretence)
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if judged or tok.pos_ not in ("VERB", "AUX") or subject is None:
                continue
            judged = True
            if subject.lemma_.lower() in self.lex.onlookers and not any(w.i in at for w in subject.subtree) \
                    and not tok.lemma_.lower() in self.lex.speech:
                return True
        return False

    def circumstances(self, doc: Any, offset: int, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
        """Document offsets of the phrases before a main clause's subject that tell its circumstances and name no
        side ("Amid calls for a truce, Putin proposed talks", "Despite the energy truce, Moscow demanded ...", "In
        response to the plan for peacekeepers, ..."): the clause's stance is not on what they name."""
        at = self._actor_tokens(doc, offset, mentions)
        out = []
        for prep in doc:
            if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):   # ("Despite": SCONJ; "Following": VERB)
                continue
            words = " ".join(w.lower_ for w in doc[prep.i:prep.i + 4])
            subject = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if any(words == p or words.startswith(p + " ") for p in self.lex.circumstances) \
                    and subject is not None and prep.i < subject.left_edge.i and not any(w.i in at for w in prep.subtree):
                last = prep.right_edge
                out.append((offset + prep.idx, offset + last.idx + len(last.text)))
        return out

    def _setting(self, tok: Any) -> bool:
        """`tok` names when or where something happened, not what anyone holds: the object of a preposition of time
        or place that a verb takes as an adjunct ("during the summit, X said", "at talks in London, Y proposed",
        "in a readout of the meeting", "on the sidelines of the summit")."""
        preps = self.lex.setting_preps
        while tok.dep_ == "pobj":
            prep = tok.head
            if prep.lower_ == "of" and _noun(prep.head) and prep.head.lemma_.lower() in self.lex.setting_nouns:
                tok, preps = prep.head, preps | {"on", "in"}   # ("the eve of the summit", "a readout of the meeting")
                continue
            if prep.lower_ not in preps or prep.i > 0 and doc_word(prep, -1) == "only":
                return False   # ("could only take place after the talks": a condition)
            if prep.i == 0:
                return True   # (a sentence opening on it: "At talks in London, ...", however the parse hangs it)
            head = prep.head
            if prep.dep_ == "prep" and _noun(head) and head.dep_ == "pobj":
                tok = head    # ("in a readout in Bali on the eve of the summit")
                continue
            return prep.dep_ == "prep" and head.pos_ in ("VERB", "AUX") and self.stance_class(head) is None \
                and f"{head.lemma_.lower()} {prep.lower_}" not in self.lex.verbs
        return False

    def without_headway(self, doc: Any, start: int, end: int) -> bool:
        """The mention at sentence offsets [start, end) is what talks made no headway on ("ended without
        progress on the Donbas"): no one's stance, whatever verb the clause has."""
        span = doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and any(self._no_headway(t) for t in span.root.ancestors)

    def _deadline(self, pred: Any, at: dict[int, list[Mention]]) -> tuple[list[Mention], str] | None:
        """Who sets a deadline for whom to do what `pred` says ("a deadline for Kyiv to accept ..."): the subject of
        the verb that sets it (empty when none is named) and the side given it; None when `pred` is no such act."""
        if pred.lemma_.lower() in self.lex.deadline_nouns and _noun(pred):   # the noun itself, over what it asks
            pred = next((c for c in pred.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")), pred)
        while pred.dep_ == "conj" and pred.head.i != pred.i:   # ("time for Russia to stop X and agree to Y")
            pred = pred.head
        noun = pred.head
        time = noun if pred.dep_ in ("acl", "relcl") and noun.lemma_.lower() in self.lex.time_units else \
            next((c for c in noun.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lex.time_units), None) \
            if pred.dep_ == "xcomp" else None
        if time is not None and time.dep_ == "dobj" and time.head.lemma_.lower() in self.lex.deadline_having:
            # "Putin has ten days to agree to a ceasefire, Trump said": the one given the time is pressed, by the speaker
            given = next((c for c in time.head.children if c.dep_ == "nsubj" and c.i in at), None)
            return ([], at[given.i][0].actor) if given is not None else None
        if pred.dep_ in ("acl", "relcl") and noun.lemma_.lower() in self.lex.turn_nouns and noun.dep_ == "attr":
            # "it is time for Russia to agree to a ceasefire": the one whose turn it is is pressed, by whoever says so
            given = next((c for c in pred.children if c.dep_ == "nsubj" and c.i in at), None) \
                if any(g.dep_ == "mark" and g.lower_ == "for" for g in pred.children) else None
            return ([], at[given.i][0].actor) if given is not None else None
        if pred.dep_ == "advcl" and noun.pos_ == "VERB":   # ("set a deadline of August 8 for Russia to agree ...")
            noun = next((c for c in noun.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lex.deadline_nouns), noun)
        if pred.dep_ not in ("acl", "relcl", "advcl") or noun.lemma_.lower() not in self.lex.deadline_nouns:
            return None
        setter, _ = self._subject(noun.head) if noun.dep_ == "dobj" else (None, False)
        setters = self._phrase_actors(setter, at) if setter is not None and not _pronoun(setter, at) else []
        if any(g.dep_ == "mark" and g.lower_ == "for" for g in pred.children):
            given = next((c for c in pred.children if c.dep_ == "nsubj" and c.i in at), None)   # "a deadline for Kyiv to"
        elif noun.dep_ == "dobj":
            # "gave Russia an ultimatum: agree to a truce ...", "issued an ultimatum to Moscow to ...": the one given it
            verb = noun.head
            given = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i != noun.i and c.i in at), None) \
                or next((g for c in (*verb.children, *noun.children) if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                         for g in c.children if g.dep_ == "pobj" and g.i in at), None)
        else:
            given = None
        if given is None:
            return None
        target = next((m.actor for m in at[given.i] if m.actor not in {s.actor for s in setters}), None)
        return (setters, target) if target is not None else None

    def _asked_to_act(self, pred: Any, at: dict[int, list[Mention]], holder: list[Mention]) -> str | None:
        """The actor a verb of demand or pressure asks to act, other than its holder: the object of a verb of pressure
        ("urged Kyiv to accept ...", "pressed Moscow on a truce"), what it presses on ("called on Moscow to ...",
        "leaning on Kyiv to ..."), the object of a verb of demand that an infinitive follows ("asked Kyiv to ..."),
        or the subject of the clause it governs ("wants Kyiv to drop ...", "demanded that Ukraine hold ...")."""
        held = {m.actor for m in holder}
        if _noun(pred) and pred.lemma_.lower() in self.lex.nouns.keys() | self.lex.pressure_nouns:
            # "its call for Russia to agree to ...", "Trump's demand that Ukraine hold elections"
            for c in pred.children:
                if c.dep_ in ("acl", "advcl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and any(
                        g.dep_ == "mark" and g.lower_ in ("for", "that") for g in c.children):
                    subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                    if subject is not None and not _pronoun(subject, at):
                        return next((m.actor for m in self._phrase_actors(subject, at) if m.actor not in held), None)
            return None
        if pred.pos_ != "VERB" or self._negated(pred):
            return None
        clauses = [c for c in pred.children if c.dep_ in ("xcomp", "ccomp")]

        def named(tok: Any) -> str | None:
            if tok is not None and _pronoun(tok, at):   # ("the Americans want us to give up X, Zelensky said")
                return next((m.actor for m in self._speaker_of(tok, at) if m.actor not in held), None)
            return next((m.actor for m in self._phrase_actors(tok, at) if m.actor not in held), None) \
                if tok is not None else None

        for c in pred.children:
            if c.dep_ == "dobj" and clauses and (actor := named(c)):
                return actor
        for c in clauses:
            subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) \
                    and (both := self._phrase_actors(subject, at)) and all(m.kind == "joint" for m in both):
                continue   # "proposed that the two sides refrain from strikes": a proposal to both, no one pressed
                #            (not "wants both sides to agree", which presses them)
            if actor := named(subject):
                return actor
            if subject is None and c.pos_ == "VERB" and self.stance_class(c) == "demand" \
                    and (actor := self._asked_to_act(c, at, holder)):
                return actor   # "wants to convince Putin to end the war", "is trying to get Kyiv to accept ..."
        return None

    def _plan_phrase(self, noun: Any) -> list[Any]:
        """The words of a plan's phrase that can name its owner: "the US plan", "a proposal from Moscow", "the plan
        drawn up by Witkoff", "the plan, which Witkoff drew up with Dmitriev"; not who it is for or was sent to ("a plan
        for Ukraine", "presented to Kyiv")."""
        out = [noun]
        for c in noun.children:
            if c.dep_ in ("relcl", "acl"):
                out += [x for g in c.children if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ in _OWNER_PREPS)
                        for x in g.subtree]
                authored = c
                while authored.dep_ in ("relcl", "acl", "xcomp") and authored.lemma_.lower() not in self.lex.authoring \
                        and any(g.dep_ == "xcomp" for g in authored.children):
                    authored = next(g for g in authored.children if g.dep_ == "xcomp")   # ("is said to have drawn up")
                if authored.lemma_.lower() in self.lex.authoring:
                    subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.tag_ not in ("WDT", "WP")), None)
                    if subject is not None:
                        out += list(subject.subtree)   # "which Witkoff drew up"
                    out += [x for g in authored.children if g.dep_ == "prep" and g.lower_ == "with" for x in _partner(g)]
            elif c.dep_ == "prep" and c.lower_ not in _OWNER_PREPS or c.dep_ in ("conj", "cc", "appos"):
                continue
            else:
                out += list(c.subtree)
        return out

    def framed_by(self, tok: Any, head: Any) -> bool:
        """`tok` is in the clause of `head` and no speech verb between them gives it a speaker of its own."""
        cur = tok
        while cur.i != head.i:
            if cur.head.i == cur.i:
                return False
            if cur.head.i == head.i and cur.dep_ in ("nsubj", "nsubjpass") and _plan_word(cur):
                return False   # the plan's own name ("Moscow's ceasefire offer included ..."), not its content
            cur = cur.head
            if cur.i != head.i and cur.pos_ == "VERB" and cur.lemma_.lower() in self.lex.speech:
                return False
        return True

    def read(self, doc: Any, offset: int, start: int, end: int, mentions: Sequence[Mention],
             carried: tuple[str, ...] = (), carried_speaker: str | None = None,
             parties: tuple[str, ...] = (), voice: tuple[str, ...] = ()) -> Reading | None:
        """The reading of the issue mention at document offsets [start, end) in a sentence parsed as `doc`.
        `voice` holds who the text speaks for when it says "we" (a joint statement): an obligation told in the
        text's own voice is theirs.
        `parties` hold what is agreed with no one named as agreeing ("a truce agreed in March")."""
        span = doc.char_span(start - offset, end - offset, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        at = self._actor_tokens(doc, offset, mentions)
        anchor = span.root
        path: list[str] = []
        pred = None
        klass = None
        cur = anchor
        in_condition = False     # inside an "if"/"unless" clause: what it asks for is demanded
        condition_clause = None  # that clause's own verb
        framed = False           # the predicate is a plain verb that a condition frame makes a stance
        subjectless = False      # the predicate's subject holds nothing: "it is vital that ...", "a truce is necessary"
        denied = False           # "there will be no X"
        raised = False           # the negation is the opinion verb's ("does not think ...")
        warned = False           # the predicate warns of what the mention's clause would bring
        inner = None             # a stance noun below the predicate, which may have an owner of its own
        conditioned = False      # inside "in return for ...": what it names is the condition
        goal_of = False          # inside "as a condition for ...": what it names is made conditional, whatever the verb
        own_act = False          # "in exchange for freezing X": a step of the holder's own (a gerund with no subject)
        without = None           # inside "without ...": done without it (refused), unless the clause is negated
        agreed = False           # agreed with no one named: "a truce agreed in March", "an agreement was reached on X"
        refused_step = False     # a step on the issue the clause says will not be taken
        hung_on = False          # the climb passed "on": what a verb of tying hangs an outcome on
        only_enabling = False    # the mention is what "would only let/allow" the other side something
        obstructed = False       # the mention is what a verb of obstruction takes ("wants to drag out the talks")
        unentitled = False       # the mention's act is one its holder has no right to ("has no mandate to cede land")
        described: tuple = (None, None)   # the predicate of a relative clause describing a thing, where none governs it
        if parties and (agreeing := self._agreed_without_agent(anchor)) is not None:
            pred, klass, agreed = agreeing, "accept", True      # "the truce agreed in March"
        elif anchor.pos_ == "VERB" and (own := self.stance_class(anchor)) is not None:
            pred, klass = anchor, own   # the mention is a verb of stance itself ("would deploy troops"): read on above it
        while not agreed and cur.head.i != cur.i:
            dep = cur.dep_
            if dep == "prep" and cur.lower_ == "without" and pred is None:
                without = cur
            if dep == "advcl" and self._conditional_clause(cur):
                # what a condition asks for is demanded by the clause it conditions, whatever stance it names
                # ("ready to talk as soon as Kyiv announces its refusal to join NATO"): read on from there
                pred, klass = None, None
                in_condition, condition_clause = True, cur
            if dep == "prep" and self._is_condition_prep(cur):
                if pred is not None:
                    break
                conditioned = True
                goal_of = any(c.dep_ == "pobj" and c.lemma_.lower() in self.lex.condition_nouns for c in cur.children)
                own_act = any(w.dep_ == "pcomp" and w.pos_ == "VERB" and w.head.lower_ == "for"
                              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in w.children) for w in cur.subtree)
            if dep == "relcl" and any(m.kind != "modifier" for m in at.get(cur.head.i, ())):
                break            # a relative clause about an actor is that actor's own clause
            if dep == "relcl" and pred is not None and _plan_word(cur.head) and cur.head.dep_ == "dobj" \
                    and cur.head.head.pos_ == "VERB" and cur.head.head.lemma_.lower() in self.lex.authoring \
                    and klass in ("demand", "offer", "reject"):
                break            # "handed over a memorandum that calls for a truce": what the plan says is its maker's
            if dep == "relcl" and pred is not None:
                # "would not accept a deal that forced Ukraine to give up land": a clause describing a thing; the
                # stance is that of the predicate governing the thing, where there is one
                described, (pred, klass) = (pred, klass), (None, None)
            # "wanted to fight on and did not want a truce": the verb above is a sibling, not a governor
            sibling = dep == "conj" and pred is not None and cur.pos_ in ("VERB", "AUX")
            if pred is not None and dep not in ("xcomp", "ccomp", "conj", "acomp", "prep", "pcomp", "dobj", "pobj", "attr") \
                    and not (dep in ("acl", "advcl") and _noun(cur.head)) \
                    and self._pressure_noun(cur) is None \
                    and not (dep == "nsubjpass" and _noun(pred) and self.stance_class(cur.head) is not None) \
                    and not (dep == "nsubj" and _noun(pred) and cur.head.lemma_ in self.lex.copulas
                             and self._verdict(cur.head) is not None) \
                    and not (dep == "nsubj" and _noun(pred) and cur.head.pos_ == "ADJ"
                             and cur.head.lemma_.lower() in self.lex.adjectives):
                break            # the governing predicate is the highest one joined by complements (and "acl", the
                #                  content of a noun: "the demand that Kyiv give up land"; a stance noun that is the
                #                  subject of a passive stance verb: "Moscow's demand was rejected by Kyiv")
            if dep == "acl" and pred is not None and not unentitled and _noun(cur.head) \
                    and cur.head.lemma_.lower() in self.lex.entitlement and (
                        any(c.dep_ == "det" and c.lower_ == "no" for c in cur.head.children)
                        or cur.head.dep_ == "dobj" and self._negated(cur.head.head)):
                unentitled = True   # "does not have the right to give up its land": the act is refused
            path.append(dep)
            hung_on = hung_on or (dep == "prep" and cur.lower_ in ("on", "upon"))   # ("... any truce on X's withdrawal")
            child, cur = cur, cur.head
            if pred is None and self._pressure_noun(child) is not None:
                pred, klass = child, "demand"   # "under US pressure to stop buying X": what one is pressed to do
            if pred is None and dep == "prep" and cur.pos_ == "VERB" and child.lower_ in _NOUN_PREPS and (obj := next(
                    (c for c in cur.children if c.dep_ == "dobj" and c.i < child.i and _noun(c)), None)) is not None \
                    and (k0 := self.stance_class(obj)) is not None:
                # "accepted the US proposal for a truce", "struck a deal with Kyiv on a swap": a phrase the parse hangs
                # on the verb belongs to the noun of stance that is its object
                pred, klass = obj, k0
            if pred is None and parties and (agreeing := self._agreed_without_agent(cur)) is not None:
                pred, klass, agreed = agreeing, "accept", True
                break
            lemma = cur.lemma_.lower()
            if pred is None and cur.pos_ == "VERB" and dep in ("dobj", "nsubjpass") and (lemma in self.lex.obstructing or any(
                    f"{lemma} {c.lower_}" in self.lex.obstructing for c in cur.children if c.dep_ == "prt")):
                obstructed = True   # ("Moscow wants to drag out the talks": not wanted, thwarted)
                continue
            if cur.pos_ in ("VERB", "AUX") and lemma in self.lex.speech and lemma not in self.lex.verbs \
                    and not (lemma in self.lex.ordering and dep == "dobj") \
                    and not (cur.dep_ == "advcl" and self._conditional_clause(cur)):
                break        # (a condition that something be said is no report of it: "as soon as Kyiv announces")
            # (a judgement's word is read with its verb: "considers X unacceptable" is the subject's refusal)
            judged = cur.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and cur.head.lemma_.lower() in self.lex.judging
            k = None if sibling or judged or (
                dep == "compound" and cur.lemma_.lower() in self.lex.plan_deals) else self.stance_class(cur)
            #     ("a ceasefire agreement": the name of a document, no one's agreement to it)
            if k is None and klass != "demand" and lemma in self.lex.warning and dep == "ccomp" and self._warned_of(cur, anchor):
                k, warned = "reject", True   # "warned that capping the army would expose Ukraine": what is warned of is refused
            if lemma in self.lex.conditioning and pred is None and cur.pos_ in ("VERB", "ADJ"):
                # "conditioned any truce on an end to arms deliveries", "made the lifting of sanctions dependent on a
                # withdrawal": what it hangs on is demanded, what hangs on it is the condition
                k = "demand" if (dep == "prep" and child.lower_ in ("on", "upon", "to")) or hung_on else "condition"
            if pred is not None and _noun(pred) and dep == "nsubj" and cur.lemma_ in self.lex.copulas \
                    and (verdict := self._verdict(cur)) is not None:
                # "Moscow's demand for X is unacceptable": the verdict on the demand is the stance, the demand its owner's
                inner = (pred, klass)
                (pred, klass), subjectless = verdict, True
                continue
            if pred is not None and _noun(pred) and dep == "nsubj" and cur.pos_ == "ADJ" \
                    and (verdict_class := self.lex.adjectives.get(lemma)) is not None:
                # "Kremlin says Europe's plan for troops 'unacceptable'": a verdict with its copula left out, as in
                # headlines; the verdict is the stance, the plan its owner's
                inner = (pred, klass)
                (pred, klass), subjectless = (cur, verdict_class), True
                continue
            if pred is None and dep == "prep" and child.lower_ == "for" and lemma in self.lex.condition_nouns \
                    and cur.dep_ == "pobj" and cur.head.lower_ == "as":
                k, conditioned, goal_of = None, True, True   # ("proposed X as a precondition for a truce": the truce)
            if k in ("offer", "demand") and pred is not None and _noun(pred) and dep == "dobj" and klass in ("offer", "demand") \
                    and cur.pos_ == "VERB" and lemma in self.lex.authoring and not self._negated(cur):
                k = None   # "Russia put forward demands", "Kyiv tabled a proposal": the stance is the noun's, its maker's
            if k is not None:
                if pred is not None and _noun(pred) and inner is None:
                    inner = (pred, klass)   # "rejected Putin's demand for ...": the demand is Putin's still
                pred, klass = cur, k
                subjectless = False   # ("insisted that the path must stay open": the verb above has a subject of its own)
                if warned:
                    break   # (a warning governs what it warns of, whatever clause it is joined to)
            elif cur.lemma_ in self.lex.copulas and (cop := self._copular_stance(cur, dep, pred is None)) is not None:
                (pred, klass), subjectless = cop, True
        met = next((t for t in (anchor, *anchor.ancestors) if t.dep_ in ("nsubj", "nsubjpass") or t.pos_ in ("VERB", "AUX")),
                   None)   # the subject the mention is named in, where it names one
        if met is not None and met.dep_ in ("nsubj", "nsubjpass") and (pred is None or _noun(pred) and (
                met.left_edge.i <= pred.i <= met.right_edge.i)) and (reaction := self._reaction(met.head, at)) is not None:
            # "the plan drew pushback from Kyiv", "the idea of a truce met with rejection by Moscow": the reaction's
            pred, klass = reaction, self.lex.nouns[reaction.lemma_.lower()]   # source holds its stance on the subject
        if pred is None and described[0] is not None and not agreed:
            pred, klass = described   # nothing above governs the thing described: the clause's own predicate
        v0 = anchor
        while v0.head.i != v0.i and v0.pos_ not in ("VERB", "AUX"):
            v0 = v0.head
        if (pred is None or pred.i == v0.i) and v0.pos_ == "VERB" and v0.lemma_.lower() in self.lex.enabling \
                and any(c.dep_ == "advmod" and c.lower_ == "only" for c in v0.children) \
                and any(c.dep_ == "nsubj" and anchor.i in {x.i for x in c.subtree} for c in v0.children):
            pred, klass, only_enabling = v0, "reject", True   # "a truce would only let Kyiv rearm": what would serve
            #                                                   nothing but the other side is refused
        if pred is not None and klass == "reject" and pred.pos_ == "ADJ" and not in_condition \
                and self._condition_below(pred.head if pred.dep_ == "acomp" else pred):
            klass = "condition"   # "a truce is impossible before Kyiv withdraws": ruled out only until then
        if pred is not None and klass in ("demand", "accept", "offer") and not conditioned \
                and self._framed_as_condition(pred, anchor):
            klass = "condition"   # "Moscow sees the need for a truce in the event of a referendum"
        speech = self.speech_above(pred if pred is not None else anchor)
        negated = pred is not None and (self._negated(pred) or any(   # (and "no troops will be accepted")
            c.dep_ == "nsubjpass" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in pred.children)
            or klass in ("accept", "offer", "open") and any(   # ("no Ukrainian president would sign away land")
                c.dep_ == "nsubj" and (c.lower_ in ("nobody", "none") or any(g.dep_ == "det" and g.lower_ == "no"
                                                                             for g in c.children)) for c in pred.children))
        if unentitled and klass in ("offer", "accept", "demand"):
            negated = True
        if pred is not None and speech is not None and speech.lemma_.lower() in self.lex.neg_raising \
                and self._negated(speech):
            negated, raised = not negated, True   # "he did not think a truce was necessary": the truce is not wanted
        obligation, obliged_verb = False, None
        if pred is None:
            # no stance word: an obligation in the clause ("Russia must withdraw") or a bare report
            v = anchor
            while v.head.i != v.i and v.pos_ not in ("VERB", "AUX"):
                v = v.head
            if without is None and self._denied_existence(anchor, v) and not self._condition_below(v):
                pred, klass, framed, denied = v, "reject", True, True   # "there will be no X": X refused
            elif v.pos_ in ("VERB", "AUX") and self._obligation(v):
                pred, klass, obligation = v, "demand", True
            elif v.lemma_ in ("have", "need") and (to := next((c for c in v.children if c.dep_ == "xcomp" and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)) is not None:
                # "Witkoff said a ceasefire had to come first": the subject of "had to" is obliged as by "must"
                pred, klass, obligation = to, "demand", True
            elif v.pos_ == "VERB" and self._negated(v) and self._irrealis(v) and not self._condition_below(v) \
                    and any(c.dep_ in ("dobj", "nsubjpass") and anchor.i in {x.i for x in c.subtree} for c in v.children):
                # "Ukraine will not hold elections under martial law", "Crimea will never be recognised as Russian,
                # Kyiv said": a step refused
                pred, klass, refused_step = v, "reject", True
            elif without is not None and speech is not None:
                # "Moscow said there could be no truce without guarantees": the guarantees are demanded;
                # "Kyiv said a truce could start without sanctions relief": the relief is refused
                pred = without.head
                negated = self._clause_negated(pred)
                klass = "demand" if negated else "reject"
            elif condition_clause is not None and (v.i == condition_clause.i or (
                    v.dep_ == "conj" and v.head.i == condition_clause.i)):
                pred, klass, framed = condition_clause.head, "demand", True   # "... once the sanctions are lifted"
            elif v.pos_ in ("VERB", "AUX") and self._condition_below(v):
                pred, klass, framed = v, "condition", True   # "Moscow will not start a truce until ...": the truce
        else:
            obligation = self._obligation(pred)
            if not obligation and _noun(pred) and pred.dep_ == "dobj" and pred.head.lemma_.lower() in self.lex.authoring \
                    and self._obligation(pred.head):
                obligation, obliged_verb = True, pred.head   # "Ukraine would need to make concessions on territory"

        holder: list[Mention] = []
        subj, passive = (self._subject(pred) if pred is not None else (None, False))
        if subjectless or (framed and subj is not None and subj.dep_ == "nsubjpass"):
            subj = None      # "Russia could only be invited if ...": who is invited does not set the condition
        if pred is not None and subj is not None and (supposed := self._supposing_clause(pred)) is not None \
                and supposed.left_edge.i <= subj.i <= supposed.right_edge.i:
            return None   # "if Kyiv does not want to discuss the proposals, ...": what a condition supposes is no one's stance
        subj_is_pronoun = subj is not None and _pronoun(subj, at)
        if subj_is_pronoun and subj.lower_ == "it" and self._thing_before(subj, at):
            return None   # "This dimension complicates the talks, as it ties X to Y": "it" is the thing named before
        source = ""
        if subj is not None and not subj_is_pronoun:
            holder = self._phrase_actors(subj, at)
            source = "agent" if passive else "subject"
            if subj.dep_ == "dobj" and subj.head.lemma_.lower() in self.lex.joining:
                # "Macron joined Zelensky in calling for a truce": who joins holds it too
                joiner, _ = self._subject(subj.head)
                holder += self._phrase_actors(joiner, at) if joiner is not None else []
        noun = pred
        if pred is not None and pred.lemma_ == "be" and subj is not None and _noun(subj):
            noun, holder = subj, []
        if noun is not None and _noun(noun) and not holder:
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
            if poss is not None:
                holder = self._phrase_actors(poss, at)
                source = "possessor"
                v_subj = self._subject(noun.head)[0] if not holder and noun.dep_ == "dobj" \
                    and noun.head.lemma_.lower() in self.lex.authoring else None
                if v_subj is not None and poss.lower_ in ("its", "their", "his", "her") and not _pronoun(v_subj, at) \
                        and (owner := self._phrase_actors(v_subj, at)):
                    holder, source = owner, "subject"   # "the EU renewed its call for ...": the one who renews it
                elif not holder and _pronoun(poss, at):
                    subj, subj_is_pronoun = poss, True   # "his demand for ...": the holder carried from before
            elif of is not None and noun.lemma_.lower() in self.lex.nouns and self._phrase_actors(of, at):
                holder = self._phrase_actors(of, at)   # "the main demand of Kyiv", "a goal of the government"
                source = "possessor"
            elif noun.lemma_.lower() in self.lex.nouns and (source_of := self._noun_source(noun, at)):
                holder, source = source_of, "possessor"   # "rejection by Kyiv", "the plan drew pushback from Europe"
            elif klass == "accept" and (between := [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
                                                    for g in c.children if g.dep_ == "pobj"
                                                    for m in self._phrase_actors(g, at)]):
                holder, source = between, "possessor"   # "the agreement between Moscow and Kyiv on a swap": both agree
            elif noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and not (
                    self._reacting(noun.head) and self.lex.nouns.get(noun.lemma_.lower()) in _MET) and (
                    noun.head.lemma_.lower() in self.lex.authoring | self.lex.concluding | self.lex.voicing):
                # "Paris and London are drafting a plan for a truce", "Moscow reached an agreement with Kyiv on a swap":
                # who makes the proposal or concludes the agreement holds it
                v_subj, v_passive = self._subject(noun.head)
                if v_subj is not None and not _pronoun(v_subj, at):
                    holder = self._phrase_actors(v_subj, at)
                    source = "agent" if v_passive else "subject"
        if not holder and subjectless and pred is not None and pred.pos_ == "ADJ" and klass in ("accept", "reject"):
            # "a freeze would be acceptable to Kyiv", "troops are unacceptable for Moscow": whom it suits or not
            holder = [m for c in pred.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                      for g in c.children if g.dep_ == "pobj" for m in self._phrase_actors(g, at)]
            source = "subject" if holder else source
        elif not holder and subjectless and pred is not None and _noun(pred) and pred.dep_ == "attr" and klass == "demand":
            # "a truce remains the top priority for Kyiv", "the goal for Moscow is ...": whose aim the noun names
            holder = [m for c in pred.children if c.dep_ == "prep" and c.lower_ == "for"
                      for g in c.children if g.dep_ == "pobj" for m in self._phrase_actors(g, at)]
            source = "subject" if holder else source
        speaker_actors: list[Mention] = []
        s_subj = None
        if speech is not None:
            s_subj, _ = self._subject(speech)
            if s_subj is not None and s_subj.dep_ == "nsubjpass" and s_subj.head.i == speech.i:
                s_subj = None   # "Kyiv has been told it must ...": the one told, not the one who speaks
            if s_subj is not None and _pronoun(s_subj, at) and (outer := self.speech_above(speech)) is not None:
                # "Erdogan said he believes it is vital that ...": the pronoun is the speaker of the report above
                o_subj, _ = self._subject(outer)
                if o_subj is not None and not _pronoun(o_subj, at) and self._phrase_actors(o_subj, at):
                    s_subj = o_subj
            if s_subj is not None and not _pronoun(s_subj, at):
                speaker_actors = self._phrase_actors(s_subj, at)
            elif s_subj is not None and carried:
                speaker_actors = []
        target = None
        boss = pred.head if pred is not None and pred.dep_ == "xcomp" else pred
        if boss is not None and boss.lemma_.lower() in self.lex.pressure | self.lex.instructing | self.lex.causing \
                and any(c.dep_ == "auxpass" for c in boss.children) and not any(c.dep_ == "agent" for c in boss.children) \
                and not self._negated(boss):   # ("must not be forced to": refused, below)
            if not (speech is not None and boss is not pred and self._obligation(boss)):
                return None   # "Kyiv was urged to accept a truce": the one pressed holds nothing, and no presser is named
            obligation, obliged_verb = True, boss   # "Medvedev said Ukraine must be made to accept X": the speaker's demand
        if pred is not None and self._pressure_noun(pred) is not None and self._pressed(pred, at) is None:
            return None   # "Kyiv is under pressure to accept a deal": the same
        if pred is not None and (pressed := self._pressed(pred, at)) is not None:
            # "Kyiv was told by Washington to accept ...", "Kyiv is under pressure from Washington to accept ...":
            # what the one pressed is to do is the presser's demand on it
            holder, target, obliged_verb = pressed
            klass, source = "demand", "presser"
            if obliged_verb is not None and speech is not None and speaker_actors:
                holder, source = speaker_actors, "speaker"   # "Merz said Europe must increase pressure on Moscow to ..."
            speaker_actors = []
        elif pred is not None and (deadline := self._deadline(pred, at)) is not None and (deadline[0] or speaker_actors):
            # "Washington set a deadline for Kyiv to accept the plan", "Trump said Thursday was the deadline for
            # Zelensky to accept it": who sets it (or says it) presses the one given it
            holder, target, klass, source = deadline[0] or speaker_actors, deadline[1], "demand", "subject"
            subj_is_pronoun = False
        if pred is not None and klass in ("demand",) and target is None:
            # "urged Kyiv to accept ...", "called on Moscow to ...", "wants Kyiv to drop ...", "demanded that Ukraine
            # hold ...": the one asked to act is pressed
            target = self._asked_to_act(pred, at, holder)
        if framed and speech is not None and (speaker_actors or (s_subj is not None and _pronoun(s_subj, at))):
            # "Zelensky said Russia could join talks if it leaves Ukraine": the terms are the speaker's
            holder, source = speaker_actors, "speaker" if speaker_actors else ""
            subj_is_pronoun = not speaker_actors
        elif refused_step and speech is not None and pred.lemma_.lower() in self.lex.receiving:
            # "Trump said Ukraine will not get NATO membership": who would receive refuses nothing; the speaker does
            holder, source = speaker_actors, "speaker" if speaker_actors else ""
            if not holder:
                subj_is_pronoun = s_subj is not None and _pronoun(s_subj, at)
        elif obligation and speech is not None:
            # "Zelensky said Russia must withdraw", "he said Ukraine would have to give up land": what the subject must
            # do is the speaker's demand, whoever the subject is
            holder, klass = speaker_actors, "demand"
            source = "speaker" if holder else ""
            if not holder:   # "he said ...": the speaker is a pronoun, resolved to the carried holder below
                subj_is_pronoun = s_subj is not None and _pronoun(s_subj, at)
            # the one the obligation has act is pressed ("Trump said Zelensky has to make a deal", "Beijing should push
            # Moscow to end the war, Wadephul said"), unless it is a group told to press another ("Merz said Europe
            # must increase pressure on Moscow": Moscow is pressed)
            obliged = self._obliged_actor(obliged_verb or pred, speech, at, holder)
            if obliged is not None and (target is None or obliged not in self.groups):
                target = obliged
        elif obligation:
            # "Russia must withdraw", in the author's voice: nobody's stance here; told "according to X" or "in his
            # view", the source's demand
            holder, source = self._attributed(doc, at, carried, carried_speaker)
            if not holder and voice:
                holder, source = [Mention(0, 0, a, None, "voice") for a in voice], "voice"
            if not holder:
                return None
            klass = "demand"
        ownerless = pred is not None and _noun(pred) and pred.lemma_.lower() in self.lex.nouns \
            and not subjectless   # ("a truce is a precondition", he said: what the noun is said of is his)
        if not holder and speaker_actors and not ownerless:
            holder, source = speaker_actors, "speaker"   # (a stance noun with no owner is no one's: "agreements")
        if not holder:
            holder, source = self._attributed(doc, at, carried, carried_speaker)
        if agreed:
            holder, source = [Mention(0, 0, a, None, "joint") for a in parties], "joint"
        if holder and klass == "accept" and pred is not None:
            # "Kyiv agreed with Moscow on a swap", "reached an agreement with Kyiv and Moscow": both sides agree
            verb = pred.head if _noun(pred) and pred.dep_ == "dobj" else pred
            holder += [m for c in (*verb.children, *pred.children) if c.dep_ == "prep" and c.lower_ == "with"
                       for g in c.children if g.dep_ == "pobj" for m in self._phrase_actors(g, at)]
        if speech is not None and source == "speaker" and klass == "demand" and target is None \
                and not (pred is not None and pred.lemma_.lower() in self.lex.receiving):
            # "Washington told Moscow that there would be no relief without a truce", "warned Kyiv that a deal was
            # needed": a demand told to another actor presses it
            target = next((m.actor for c in speech.children if c.dep_ in ("dobj", "dative") and c.i in at
                           for m in self._phrase_actors(c, at) if m.actor not in {h.actor for h in holder}), None)
        actors = tuple(dict.fromkeys(m.actor for m in holder))
        speaker = next((m.person for m in holder if m.person), None)
        if not actors and subj_is_pronoun and pred is not None and (above := self._clause_subject_above(pred, at)):
            # "Russia made clear that it would not return Crimea": the pronoun is the subject of the clause above
            actors, speaker, source = tuple(dict.fromkeys(m.actor for m in above)), above[0].person, "subject"
        if not actors and (subj_is_pronoun or (speech is not None and pred is not None)) and carried:
            actors, speaker = carried, carried_speaker
            source = "pronoun" if (subj_is_pronoun and subj is not None and (subj.head.i == pred.i or subj.dep_ == "poss")) \
                or (s_subj is not None and _pronoun(s_subj, at) and (s_subj.lower_ in ("he", "she", "they")
                                                                     or s_subj.lower_ not in _PRONOUNS)) \
                else "carried"   # ("he said ...": a pronoun speaker; "I think", in a quotation, is whoever speaks it)
        if not actors:
            return None
        stance = klass
        frame = False
        if stance is not None:
            only = not only_enabling and pred is not None and klass in ("accept", "support", "offer", "open") and any(
                c.dep_ == "advmod" and c.lower_ == "only" and c.i < pred.i for c in pred.children)
            below = self._condition_below(pred)
            frame = denied or raised or only or conditioned or in_condition or below or only_enabling
            if denied:
                pass   # "there will be no X": refused as read, whatever else the clause holds
            elif conditioned:
                # "would give up its NATO bid in return for guarantees": what one gives something for is demanded;
                # "expects recognition in return for a truce": what one asks something for is the condition
                stance = "demand" if klass in ("offer", "accept", "open") and not goal_of else \
                    "offer" if own_act and klass == "demand" and not goal_of else "condition"
                #  ("demanded X in exchange for freezing the line in Y": the freeze is the demander's own concession)
            elif without is not None:
                stance = "demand" if negated or warned or self._clause_negated(without.head) \
                    or self._thought_not(without.head) else "reject"   # "no deal without X": X demanded; "done without X": refused; "warned that a truce without X would fail": X demanded
            elif in_condition:
                stance = "demand"   # what an "if" clause asks for is demanded by the main clause's holder
            elif only:
                stance = "condition"   # "would only support a conference that ...": agreement on terms
            elif klass == "demand" and self._required_by(anchor, pred):
                stance = "condition"   # "a summit would require groundwork": the summit hangs on what it requires
            elif below and not (target is not None and klass == "demand"):   # (not what one is pressed to do "if ...")
                stance = "condition"   # "will only accept X if ...", "will not accept X without ...": X is conditional
            elif pred is not None and any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
                                          for c in pred.children):
                stance = "open" if self._phrasal(pred) in self.lex.excluding else _GIVEN_UP.get(stance, stance)
                #  ("no longer insists on X": a demand given up, a concession; "no longer rules out X": left open)
            elif negated and pred is not None and pred.lemma_.lower() in self.lex.insisted:
                stance = "demand"      # "neutrality is not negotiable": insisted on, not refused
            elif negated and stance == "accept" and pred is not None and _NOTHING_LESS.match(
                    doc.text, pred.idx + len(pred.text)):
                stance = "demand"      # "would not settle for less than X", "won't accept anything short of X"
            elif negated:
                stance = "open" if stance == "reject" else "reject"
            if obstructed and stance in ("demand", "accept", "offer", "open", "support", "reject"):
                # "wants to drag out the talks": what one seeks to thwart is refused; "warned against derailing the
                # talks": what one warns against thwarting is wanted
                stance, target, frame = "demand" if stance == "reject" else "reject", None, True
            if target is not None and stance == "demand":
                stance = "pressure"
        cue_start = offset + pred.idx if pred is not None else start
        cue_end = cue_start + len(pred.text) if pred is not None else end
        if pred is not None and pred.lemma_.lower() in self.lex.pressure and target is None and klass == "demand" \
                and not any(c.dep_ in ("dobj", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for")
                            for c in pred.children):
            stance = None      # "forces continued to press around X": no one pressed, nothing asked
        if pred is not None and pred.tag_ in ("VBN",) and without is None and not negated and not refused_step \
                and source in ("", "speaker", "according", "carried", "pronoun") \
                and not (obligation and source == "speaker") \
                and any(c.dep_ in ("nsubjpass", "auxpass") for c in pred.children):
            stance = None      # "must be upheld", "will be carried out": no holder of the verb itself
        owned = None
        if inner is None and stance == "support" and target is None and pred is not None:
            # "welcomed Russia's agreement to a swap", the issue parsed on the verb: the noun of stance it takes
            inner = next(((c, k) for c in pred.children if c.dep_ == "dobj" and _noun(c)
                          and (k := self.lex.nouns.get(c.lemma_.lower())) is not None), None)
        if inner is not None and inner[0].i != pred.i:
            noun, noun_klass = inner
            owners = [m for c in noun.children if c.dep_ == "poss" for m in self._phrase_actors(c, at)] or \
                [m for c in noun.children if c.dep_ in ("amod", "compound") and c.i in at for m in at[c.i]]
            owned_actors = tuple(a for a in dict.fromkeys(m.actor for m in owners) if a not in actors)
            if owned_actors:
                asked = self._asked_to_act(noun, at, owners) if noun_klass == "demand" else None
                # ("rejected Trump's demand that Ukraine hold elections": the owner's pressure on Ukraine)
                owned = (owned_actors, "pressure", asked) if asked is not None else (owned_actors, noun_klass)
                if stance == "support" and target is None:
                    target = owned_actors[0]   # "backed Kyiv's call for X": the one backed owns what is backed
        reporters = ()
        # the stance noun itself governs the mention and its possessor holds it ("Peskov said Kyiv's refusal to withdraw
        # was the obstacle"): the one whose verb of speech reports it does not (a verdict on the noun is another's)
        owned_noun = source == "possessor" and noun is not None and pred is not None and noun.i == pred.i
        if source in ("subject", "agent") or owned_noun:
            # "Witkoff said Russia was ready ...", "according to Witkoff, Moscow is prepared ...": who tells of another's
            # stance does not hold it
            told = [*(speaker_actors if not owned_noun or (speech is not None and any(a.i == speech.i for a in pred.ancestors)) else ()),
                    *((according,) if (according := self._according(doc, at)) is not None else ())]
            if according is None and carried and any(p in doc.text.lower() for p in self.lex.attribution_pronoun):
                told += [Mention(0, 0, a, carried_speaker, "carried") for a in carried]   # ("According to him, Kyiv ...")
            outer = speech if not owned_noun else None
            for _ in range(4):   # "Zelensky said Trump had told him that Putin wants ...": every teller up the chain
                outer = self.speech_above(outer) if outer is not None else None
                o_subj = self._subject(outer)[0] if outer is not None else None
                if o_subj is not None and not _pronoun(o_subj, at) and o_subj.dep_ != "nsubjpass":
                    told += self._phrase_actors(o_subj, at)
            reporters = tuple(a for a in dict.fromkeys(m.actor for m in told) if a not in actors)
        backing, backing_verb = self._backers(anchor, pred, at)
        backers = tuple(a for a in dict.fromkeys(m.actor for m in backing) if a not in actors)
        backers = (backers, offset + backing_verb.idx, offset + backing_verb.idx + len(backing_verb.text)) if backers else ()
        return Reading(actors, stance, speaker, target, pred.lemma_.lower() if pred is not None else "",
                       cue_start, cue_end, negated, obligation, "/".join(path), source, frame, owned, reporters, backers)

    def _noun_source(self, noun: Any, at: dict[int, list[Mention]]) -> list[Mention]:
        """Who a "from" or "by" phrase names as the source of a noun of refusal, acceptance or backing: "rejection by
        Kyiv", "objections from Paris", and the phrase hung on the verb that takes the noun ("drew criticism from Kyiv", "met with rejection by
        Moscow")."""
        if self.lex.nouns.get(noun.lemma_.lower()) not in _MET:
            return []   # ("a call from Trump", "offers from London": a phone call, or a gift whose receiver is in view)
        heads = [noun]
        if noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB"):
            heads.append(noun.head if noun.dep_ == "dobj" else noun.head.head)
        return [m for h in heads for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
                and c.i > noun.i for g in c.children if g.dep_ == "pobj" for m in self._phrase_actors(g, at)]

    def receives_stance(self, doc: Any, offset: int, mentions: Sequence[Mention], tok: Any) -> bool:
        """Whether `tok` is the subject of a verb that says it received a noun of stance from a named source ("the plan
        drew pushback from Kyiv")."""
        return tok.dep_ in ("nsubj", "nsubjpass") and \
            self._reaction(tok.head, self._actor_tokens(doc, offset, mentions)) is not None

    @staticmethod
    def _phrasal(verb: Any) -> str:
        """A verb's lemma with its particle ("rule out")."""
        return " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")])

    def _reacting(self, verb: Any) -> bool:
        """`verb` says its subject met another's stance ("drew criticism", "met with rejection"; not "drew up")."""
        return verb.pos_ == "VERB" and verb.lemma_.lower() in self.lex.reacting and not any(
            c.dep_ == "prt" for c in verb.children)

    def _reaction(self, verb: Any, at: dict[int, list[Mention]]) -> Any | None:
        """The noun of stance a verb says its subject received from a named source ("the plan drew pushback from
        Kyiv", "the draft met with criticism from Europe", "the idea faced rejection by Moscow"), or None."""
        if not self._reacting(verb):
            return None
        objs = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
        return next((o for o in objs if _noun(o) and o.lemma_.lower() in self.lex.nouns
                     and self._noun_source(o, at)), None)

    def _backers(self, anchor: Any, pred: Any | None, at: dict[int, list[Mention]]) -> tuple[list[Mention], Any]:
        """Who a participle of support says backs the thing the mention is named in, up to the predicate ("called for a
        truce, a proposal backed by its allies", "the truce proposal, backed by Washington, was rejected"), and the
        participle."""
        for tok in (anchor, *anchor.ancestors):
            if pred is not None and tok.i == pred.i and not _noun(tok):
                break
            if not _noun(tok):
                continue
            for noun in (tok, *(c for c in tok.children if c.dep_ == "appos")):
                if not (_plan_word(noun) or self.stance_class(noun) is not None):
                    continue   # ("a force supported by the US": what the thing would have, not who backs a proposal)
                for acl in noun.children:
                    if acl.dep_ == "acl" and acl.tag_ == "VBN" and self.lex.verbs.get(acl.lemma_.lower()) == "support":
                        found = [m for c in acl.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                                 for m in self._phrase_actors(g, at)]
                        if found:
                            return found, acl
        return [], None
