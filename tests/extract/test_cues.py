"""The clause rules' vocabulary is a data file: it loads, compiles and speaks the codebook's stances."""
from __future__ import annotations

import re
from importlib import resources

import yaml

from zopa.codebook import load_codebook
from zopa.extract import lexicon


def test_every_stance_cue_is_a_codebook_stance_and_compiles():
    stances = set(load_codebook().stances)
    assert {s for s, _ in lexicon.STANCE_CUES} <= stances
    for stance, pattern in lexicon.STANCE_CUES:
        re.compile(pattern.replace("{X}", "X0"))        # each stance's alternation is one valid expression
    for pattern in (*lexicon.SPEECH_VERBS, *lexicon.HEDGES, *lexicon.RED_LINES, *lexicon.NON_STANCE,
                    *lexicon.JOINT_PARTIES, *lexicon.HUMAN_NOUNS, lexicon.NEGATION, lexicon.PLAN_NOUNS):
        re.compile(pattern)


def test_the_file_and_the_module_agree():
    data = yaml.safe_load(resources.files("zopa.extract").joinpath("cues.yaml").read_text(encoding="utf-8"))
    assert [s for s, _ in lexicon.STANCE_CUES] == [c["stance"] for c in data["stance_cues"]]
    assert lexicon.STANCE_CUES[0][1] == "|".join(data["stance_cues"][0]["patterns"])
    assert lexicon.SPEECH_VERBS == tuple(data["speech_verbs"]) and "said" in lexicon.SPEECH_VERBS
    assert lexicon.PRONOUNS["we"] == "group" and lexicon.PRONOUNS["she"] == "person"
