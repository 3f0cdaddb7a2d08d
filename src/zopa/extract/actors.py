"""Actor mentions: names, aliases, people, titles and adjectives from the codebook.

`ActorIndex` compiles the codebook's surface forms into two regular
expressions (one case-sensitive for short all-capital aliases such as "US",
one case-insensitive for the rest) and finds every mention in a span of text.
People resolve to their side; "the Kremlin spokesman" resolves to the person
whose role it is; adjectives ("Russian") count as holders only before a noun
of people ("Russian negotiators").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..codebook import Codebook
from .lexicon import HUMAN_NOUNS, NAME_MODIFIER_NOUNS, OWNER_PARTICIPLES, PLAN_NOUNS, PRONOUNS
from .trie import trie_pattern

__all__ = ["Mention", "ActorIndex"]

_ADJ_SUFFIXES = ("ian", "ish", "ese", "ench", "can", "man", "ean", "udi", "ic")
_MODIFYING_AFTER = re.compile(r"\s+(?:(?:peace|leaders'?|first|second|third|final|close|key|staunch)\s+)?(?:"
                              + "|".join(map(re.escape, NAME_MODIFIER_NOUNS)) + r")(?:s|es)?\b", re.I)
# two names joined by a hyphen before a plan word: "the Witkoff-Dmitriev plan", "a US-Ukrainian draft" (both its owners)
_JOINED_OWNERS = re.compile(r"(?<![\w\-])([A-Z][\w.’']*)-([A-Z][\w.’']*)(?=\s+(?:[\w\-]+\s+){0,2}?" + PLAN_NOUNS + r"s?\b)")
_HUMAN_AFTER = re.compile(r"\s*(?:[a-z\-]+\s+){0,2}?(?:" + "|".join(HUMAN_NOUNS) + r")\b", re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    """One reference to an actor in the text."""

    start: int
    end: int
    actor: str
    person: str | None      # full name as in the codebook, when a person is meant
    kind: str               # "alias" | "person" | "adjective" | "role" | "pronoun"
    possessive: bool = False


def _is_adjective(alias: str, actor_name: str) -> bool:
    return " " not in alias.strip() and alias != actor_name and alias.lower().endswith(_ADJ_SUFFIXES) \
        and alias[0].isupper() and not alias.isupper()


def _role_core(role: str) -> str | None:
    if "(" in role:
        return None
    return role.strip().lower()


class ActorIndex:
    """Compiled surface forms of one codebook's actors and people."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        forms: dict[str, tuple[str, str | None, str]] = {}
        exact: dict[str, tuple[str, str | None, str]] = {}
        for actor in codebook.actors:
            self._add_actor(actor, forms, exact)
        self._forms = forms
        self._exact = exact
        self._re_ci = self._compile(forms, re.I)
        self._re_cs = self._compile(exact, 0)
        self._pronoun = re.compile(r"\b(" + "|".join(PRONOUNS) + r")\b", re.I)

    def _add_actor(self, actor, forms: dict, exact: dict) -> None:
        def put(form: str, value: tuple[str, str | None, str]) -> None:
            form = form.strip()
            if not form:
                return
            target = exact if (form.replace(".", "").isupper() and len(form.replace(".", "")) <= 4) else forms
            target.setdefault(form if target is exact else form.lower(), value)

        adjectives = []
        plain = {a.lower() for a in actor.aliases}
        for alias in (actor.name, *actor.aliases):
            if alias.lower().startswith("the ") and alias.lower()[4:] in plain:
                continue
            kind = "adjective" if _is_adjective(alias, actor.name) else "alias"
            put(alias, (actor.id, None, kind))
            if kind == "adjective" or not alias.lower().startswith("the "):
                adjectives.append(alias)   # "Russian envoy", "Kremlin spokesman", "White House official"
        roles: dict[str, list[str]] = {}
        for person in actor.people:
            put(person.name, (actor.id, person.name, "person"))
            for alias in person.aliases:
                put(alias, (actor.id, person.name, "person"))
            last = person.name.split()[-1]
            if len(last) > 3:
                put(last, (actor.id, person.name, "person"))
            core = _role_core(person.role or "")
            if core:
                roles.setdefault(core, []).append(person.name)
        lowered = {a.lower() for a in (actor.name, *actor.aliases)}
        for core, names in roles.items():
            person = names[0] if len(names) == 1 else None
            if any(core.startswith(a + " ") for a in lowered):
                put(core, (actor.id, person, "role"))
                continue
            for adj in adjectives:
                put(f"{adj} {core}", (actor.id, person, "role"))

    @staticmethod
    def _compile(forms: dict, flags: int) -> re.Pattern[str] | None:
        if not forms:
            return None
        body = trie_pattern(list(forms), fold=bool(flags & re.I))
        owned = "|".join(OWNER_PARTICIPLES)   # ("the US-drafted plan": a mention before its participle)
        return re.compile(r"(?<![\w\-])(" + body + r")" + r"((?:'s|’s|'|’)(?=\s))?(?:(?![\w\-])|(?=-(?:" + owned + r")\b))",
                          flags)

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Every actor mention in text[start:end], left to right, longest first at ties."""
        end = len(text) if end is None else end
        found: list[Mention] = []
        for rx, table, fold in ((self._re_ci, self._forms, True), (self._re_cs, self._exact, False)):
            if rx is None:
                continue
            for m in rx.finditer(text, start, end):
                key = (m.group(1).lower() if fold else m.group(1)).replace("’", "'")
                actor, person, kind = table[key]
                if kind == "adjective" and not _HUMAN_AFTER.match(text, m.end(), min(end, m.end() + 40)):
                    kind = "modifier"
                elif text.startswith("-", m.end()):
                    kind = "modifier"   # "the US-drafted plan": the owner named in a modifier
                elif kind == "alias" and _MODIFYING_AFTER.match(text, m.end(1), min(end, m.end() + 30)):
                    kind = "modifier"   # "the Abu Dhabi session": a place, not a holder; "a Kremlin ally": not the Kremlin
                found.append(Mention(m.start(), m.end(), actor, person, kind, bool(m.group(2))))
        for m in _JOINED_OWNERS.finditer(text, start, end):
            parts = [(m.start(i), m.end(i), self._lookup(m.group(i))) for i in (1, 2)]
            if all(p[2] is not None for p in parts):
                found += [Mention(a, b, v[0], v[1], "modifier") for a, b, v in parts]
        found.sort(key=lambda x: (x.start, -(x.end - x.start)))
        out: list[Mention] = []
        for mention in found:
            if out and mention.start < out[-1].end:
                continue
            out.append(mention)
        return out

    def _lookup(self, form: str) -> tuple[str, str | None, str] | None:
        """The actor a whole surface form names, if any."""
        form = form.replace("’", "'")
        return self._exact.get(form) or self._forms.get(form.lower())

    def pronouns(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """Personal pronouns in text[start:end] as (start, end, lower-case form)."""
        return [(m.start(), m.end(), m.group(1).lower()) for m in self._pronoun.finditer(text, start, end)]
