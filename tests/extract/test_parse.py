"""The parse layer: the pinned model, its loading, and statements read from the tree.

Every sentence here is written for these tests; none is taken from a gold file.
"""
from __future__ import annotations

import base64
import hashlib
import json
from importlib import metadata, resources

import pytest

from zopa.codebook import load_codebook
from zopa.extract import extract_document
from zopa.extract.parse import DEFAULT_MODEL, MODEL_PACKAGE, MODEL_WHEEL_SHA256, ModelError, load_parser, parse
from zopa.extract.pipeline import engine_for
from zopa.extract.tree import load_lexicon

from .helpers import make_doc, triples

CB = load_codebook()


def _manifest() -> dict:
    return json.loads(resources.files("zopa.extract").joinpath("models/spacy-model.json").read_text(encoding="utf-8"))


def test_installed_model_matches_the_pinned_wheel_record():
    """Every file of the installed model hashes as in the RECORD of the wheel whose sha256 is pinned."""
    man = _manifest()
    assert man["wheel_sha256"] == MODEL_WHEEL_SHA256
    assert MODEL_PACKAGE == f"{man['package']}=={man['version']}"
    dist = metadata.distribution(man["distribution"])
    assert dist.version == man["version"]
    assert len(man["files"]) >= 20
    for path, digest in man["files"].items():
        algo, _, want = digest.partition("=")
        data = dist.locate_file(path).read_bytes()
        got = base64.urlsafe_b64encode(hashlib.new(algo, data).digest()).rstrip(b"=").decode()
        assert got == want, f"{path}: installed file differs from the pinned wheel"


def test_default_pipeline_loads_with_unused_components_off():
    nlp = load_parser(DEFAULT_MODEL)
    assert "parser" in nlp.pipe_names and "tagger" in nlp.pipe_names
    assert "ner" not in nlp.pipe_names


def test_missing_model_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("ZOPA_SPACY_MODEL", "xx_no_such_pipeline")
    with pytest.raises(ModelError) as err:
        load_parser()
    assert "xx_no_such_pipeline" in str(err.value) and "pip install" in str(err.value)


def test_parsing_is_deterministic():
    text = ["Norland said on Monday it would never accept a ceasefire along the current line."]
    a = [(t.dep_, t.head.i) for t in parse(text)[0]]
    b = [(t.dep_, t.head.i) for t in parse(text * 3)[2]]
    assert a == b


def test_lexicon_is_data_with_every_class():
    lex = load_lexicon()
    assert {"demand", "offer", "accept", "reject", "open", "support"} <= set(lex.verbs.values())
    assert "say" in lex.speech and "if" in lex.condition_markers


def _triples(text: str) -> set[tuple[str, str, str]]:
    """The (actor, issue, stance) triples extracted from one text."""
    return triples(extract_document(make_doc(text), CB))


def _read(sentence: str, cue: str):
    eng = engine_for(CB)
    doc = parse([sentence])[0]
    start = sentence.index(cue)
    return eng.tree.read(doc, 0, start, start + len(cue), eng.actors.mentions(sentence))


# -- holders ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,cue,actors", [
    ("Returning from Brussels after talks with Moscow's envoys, Zelensky said Kyiv wants security guarantees.",
     "security guarantees", ("UKR",)),
    ("Days after strikes on Odesa by Russia, the Ukrainian president said he wanted a ceasefire.", "ceasefire", ("UKR",)),
])
def test_holder_is_the_speaker_not_the_first_country_named(sentence, cue, actors):
    r = _read(sentence, cue)
    assert r is not None and r.actors == actors and r.stance == "demand"


@pytest.mark.parametrize("sentence,cue,actors", [
    ("France and Britain are proposing a truce in the air and at sea.", "truce", ("FRA", "GBR")),
    ("Germany and the United States backed a ceasefire along the front.", "ceasefire", ("DEU", "USA")),
])
def test_coordinated_subjects_are_joint_holders(sentence, cue, actors):
    r = _read(sentence, cue)
    assert r is not None and set(r.actors) == set(actors)


@pytest.mark.parametrize("sentence,cue,stance", [
    ("Moscow demanded that Kyiv recognise Crimea as Russian.", "Crimea", "demand"),
    ("The Kremlin wants Ukraine to give up Donetsk.", "Donetsk", "demand"),
])
def test_embedded_content_belongs_to_the_higher_predicate(sentence, cue, stance):
    """The tree reads the one asked to act as pressed; a principal's pressure is its demand."""
    r = _read(sentence, cue)
    assert r is not None and r.actors == ("RUS",) and r.stance == "pressure" and r.target == "UKR"
    got = {(s.actor, s.stance, s.target) for s in extract_document(make_doc(sentence), CB) if s.issue.startswith("territory")}
    assert ("RUS", stance, None) in got and not any(a == "RUS" and st == "pressure" for a, st, _ in got)


@pytest.mark.parametrize("sentence,cue", [
    ("Ukraine refused to accept any ceasefire that would freeze the front.", "ceasefire"),
    ("Kyiv has ruled out a ceasefire on those terms.", "ceasefire"),
])
def test_refusal_governs_what_it_takes(sentence, cue):
    r = _read(sentence, cue)
    assert r is not None and r.actors == ("UKR",) and r.stance == "reject"


@pytest.mark.parametrize("sentence,cue", [
    ("Moscow said it would not accept security guarantees for Kyiv.", "security guarantees"),
    ("Russia will never accept NATO membership for Ukraine.", "NATO membership"),
])
def test_negation_from_the_tree(sentence, cue):
    r = _read(sentence, cue)
    assert r is not None and r.actors == ("RUS",) and r.stance == "reject" and r.negated


@pytest.mark.parametrize("sentence,cue,stance", [
    ("In return for a ceasefire, Moscow expected Kyiv to give up Kherson.", "ceasefire", "condition"),
    ("In exchange for security guarantees, Ukraine offered to drop its NATO membership bid.", "security guarantees",
     "demand"),
])
def test_a_return_phrase_names_the_condition_of_a_demand_and_the_price_of_an_offer(sentence, cue, stance):
    r = _read(sentence, cue)
    assert r is not None and r.stance == stance


@pytest.mark.parametrize("sentence,cue", [
    ("Zelensky said Russia must withdraw its troops from Kherson.", "Kherson"),
    ("The Ukrainian president said Moscow should pay reparations.", "reparations"),
])
def test_an_obligation_reported_is_the_speakers_demand(sentence, cue):
    """The tree reads the one obliged as pressed by the speaker; a principal's pressure is its demand."""
    r = _read(sentence, cue)
    assert r is not None and r.actors == ("UKR",) and r.stance == "pressure" and r.target == "RUS" and r.obligation
    got = {(s.actor, s.stance) for s in extract_document(make_doc(sentence), CB)}
    assert ("UKR", "demand") in got and ("UKR", "pressure") not in got


@pytest.mark.parametrize("sentence,cue", [
    ("The sovereignty of every country must be respected, and sanctions must be lifted.", "sanctions"),
    ("Elections will be held once the fighting stops.", "Elections"),
])
def test_no_holder_no_reading(sentence, cue):
    r = _read(sentence, cue)
    assert r is None or r.stance is None or not r.actors


# -- whole documents: what the parse adds ---------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Speaking in Kyiv on Monday, Zelensky said he wanted security guarantees.", ("UKR", "security.guarantees", "demand")),
    ("The German chancellor, who met Zelensky in Berlin, insisted on security guarantees for Kyiv.",
     ("DEU", "security.guarantees", "demand")),
])
def test_documents_get_tree_statements(text, expected):
    got = _triples(text)
    assert expected in got


@pytest.mark.parametrize("text", [
    " ".join(["the ceasefire and the talks went on and on"] * 600) + ".",     # one 5,000-word sentence
    "Country | Troops | Ceasefire\nRussia | 600000 | no\nUkraine | 800000 | yes\nNATO | 0 | n/a",   # a flattened table
    "RUSSIA REJECTS CEASEFIRE PROPOSAL AS UKRAINE DEMANDS SECURITY GUARANTEES",      # all capitals
    "Ceasefire. Talks. Sanctions. Crimea. Donbas. Guarantees.",                    # no verbs
    "Die Ukraine fordert einen Waffenstillstand und Sicherheitsgarantien von Russland.",  # not English
])
def test_hostile_text_does_not_crash(text):
    import warnings

    from zopa.extract.pipeline import SkippedTextWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = extract_document(make_doc(text), CB)
    too_long = len(text.split()) > 200
    assert [w.category for w in caught] == ([SkippedTextWarning] if too_long else []), caught
    for s in out:
        assert text[s.start:s.end] == s.quote
        assert s.actor in {a.id for a in CB.actors}


def test_text_with_no_issue_is_not_parsed():
    eng = engine_for(CB)
    assert eng.run("The weather in the capital was mild and the markets were calm.") == []


def test_another_pipeline_is_named_in_the_extractor_version(monkeypatch):
    from zopa.extract.pipeline import EXTRACTOR_VERSION, version_for

    assert version_for("rules") == EXTRACTOR_VERSION
    monkeypatch.setenv("ZOPA_SPACY_MODEL", "en_core_web_trf")
    assert version_for("rules") == f"{EXTRACTOR_VERSION}+en_core_web_trf"


@pytest.mark.parametrize("sentence,cue,actors", [
    ("Kyiv's main goal is to restore its 1991 borders.", "1991 borders", ("UKR",)),
    ("The Kremlin's chief demand was a ban on NATO membership for Ukraine.", "NATO membership", ("RUS",)),
])
def test_a_stance_noun_as_copular_subject_carries_its_owners_stance(sentence, cue, actors):
    r = _read(sentence, cue)
    assert r is not None and r.actors == actors and r.stance == "demand"


@pytest.mark.parametrize("sentence,cue,stance", [
    ("Ukraine said the truce could start without any lifting of sanctions.", "sanctions", "reject"),
    ("Russia said there could be no ceasefire without security guarantees for its forces.", "security guarantees", "demand"),
])
def test_without_refuses_unless_the_clause_is_negated(sentence, cue, stance):
    r = _read(sentence, cue)
    assert r is not None and r.stance == stance


# -- quotations: the speaker named outside the sentence ---------------------------------------------
def _speakers(text: str) -> list[tuple[str, str]]:
    from zopa.extract.rules import quote_speakers

    engine = engine_for(CB)
    mentions = engine._with_joint_parties(text, engine.actors.mentions(text))
    return [(text[qs:qe], m.actor) for qs, qe, m in quote_speakers(text, mentions)]


@pytest.mark.parametrize("text, speaker", [
    ("“We will not trade land for promises,” said Zelensky on Tuesday.", "UKR"),
    ("\"Nobody in Europe wants a frozen war,\" Macron told the broadcaster after the summit.", "FRA"),
    ("Lavrov arrived late. “The talks can go on, but not forever,” he said.", "RUS"),
    ("Erdogan put it plainly: “Istanbul is ready to host both delegations again.”", "TUR"),
])
def test_a_quotation_takes_the_speaker_of_its_attribution(text, speaker):
    got = _speakers(text)
    assert len(got) == 1 and got[0][1] == speaker, got


def test_a_quotation_that_goes_on_keeps_its_speaker():
    text = ("“We came to listen,” Starmer said. “But we will not accept a deal over the heads of Kyiv.” "
            "Later, Merz arrived.")
    assert [a for _, a in _speakers(text)] == ["GBR", "GBR"]


@pytest.mark.parametrize("text", [
    "Officials called the idea “a dead end.” Macron said the summit would go ahead.",   # a new sentence follows
    "“No comment.”\nPutin said on Friday that the meeting was useful.",                # a new paragraph follows
])
def test_a_quotation_without_an_attribution_has_no_speaker(text):
    assert _speakers(text) == []


@pytest.mark.parametrize("text, expected", [
    ("“We came to talk,” Lavrov said. “We will never accept NATO troops in Ukraine.”",
     ("RUS", "security.foreign_troops", "reject")),
    ("“We came to listen,” Starmer said. “But we will not accept a deal that gives away Ukrainian territory.”",
     ("GBR", "territory", "reject")),
])
def test_first_person_quotations_are_their_speakers_statements(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Moscow wants Kyiv to accept the loss of Crimea.", ("RUS", "territory.crimea", "demand")),
    ("Russia demands that Ukraine accept neutrality and give up NATO membership.", ("RUS", "alignment.nato", "demand")),
])
def test_what_a_holder_asks_another_to_accept_or_give_is_its_demand(text, expected):
    got = _triples(text)
    assert expected in got and (expected[0], expected[1], "accept") not in got and \
        (expected[0], expected[1], "offer") not in got


@pytest.mark.parametrize("text, holder, other", [
    ("Moscow promised to reduce attacks, while Kyiv proposed neutral status with security guarantees.", "UKR", "RUS"),
    ("Paris said the talks had gone well, whereas Berlin demanded a ceasefire first.", "DEU", "FRA"),
])
def test_a_contrast_clause_is_its_subjects_own(text, holder, other):
    got = _triples(text)
    assert any(a == holder for a, _, _ in got) and not any(a == other for a, _, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Russia set out its terms at a meeting in Antalya. In return for a ceasefire, it expected Ukraine to recognise "
     "Crimea as Russian.", ("RUS", "territory.crimea", "demand")),
    ("Ukraine agreed to stay out of military blocs. In return, it demanded international security guarantees.",
     ("UKR", "security.guarantees", "demand")),
])
def test_a_pronoun_subject_takes_the_holder_before_it(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, conditional, demanded", [
    ("Moscow will not open the ports to grain ships until the sanctions on its banks are lifted.",
     ("RUS", "ceasefire.maritime"), ("RUS", "sanctions.relief")),
    ("The Kremlin said it would only agree to a ceasefire after Kyiv withdraws its troops from the region.",
     ("RUS", "ceasefire.general"), ("RUS", "territory")),
    ("Kyiv said any truce would not hold without security guarantees from its partners.",
     ("UKR", "ceasefire.general"), ("UKR", "security.guarantees")),
    ("Warsaw said it will send peacekeepers only when the sanctions regime has been agreed.",
     ("POL", "security.foreign_troops"), ("POL", "sanctions.relief")),
    ("Ankara said it would keep the straits open to grain ships as long as the sanctions stay in place.",
     ("TUR", "ceasefire.maritime"), ("TUR", "sanctions.relief")),
    ("Kyiv said it would sign a ceasefire only after Moscow agrees to withdraw from Kherson.",
     ("UKR", "ceasefire.general"), ("UKR", "territory.kherson")),
    ("Paris will agree to ease the sanctions once Washington accepts a European reassurance force.",
     ("FRA", "sanctions.relief"), ("FRA", "security.foreign_troops")),
])
def test_a_condition_frame_makes_the_outcome_conditional_and_its_condition_demanded(text, conditional, demanded):
    """ "X will not do A until B", "X will only do A after B", "A will fail without B": A is X's condition, B its
    demand, whatever the verb of A is."""
    got = _triples(text)
    assert (*conditional, "condition") in got and (*demanded, "demand") in got, got
    assert not any((a, i) == conditional and s != "condition" for a, i, s in got), got
    assert not any(i == demanded[1] and a != demanded[0] for a, i, _ in got), got   # not the condition's subject's


@pytest.mark.parametrize("sentence, cue", [
    ("Britain said it would send troops to Ukraine if necessary.", "troops to Ukraine"),
    ("Paris said it would deploy peacekeepers if needed.", "peacekeepers"),
    ("It is unclear if Moscow will accept a ceasefire before the winter.", "ceasefire"),
    ("Officials asked if Kyiv would drop its bid for NATO membership.", "NATO membership"),
])
def test_no_condition_frame_without_a_real_condition(sentence, cue):
    """A fixed phrase ("if necessary") and "if" as "whether" condition nothing."""
    r = _read(sentence, cue)
    assert r is None or r.stance != "condition"
    assert not any(s == "condition" for _, _, s in triples(extract_document(make_doc(sentence), CB)))


@pytest.mark.parametrize("sentence, cue", [
    ("Turkey said the talks would have gone better if the Russian side had stayed in the room.", "talks"),
    ("Berlin said the truce would have held if Moscow had kept its word.", "truce"),
])
def test_a_counterfactual_is_no_condition_frame(sentence, cue):
    r = _read(sentence, cue)
    assert r is None or not r.frame


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said Russia could join the talks tomorrow if it leaves Ukrainian territory.", ("UKR", "territory", "demand")),
    ("Peskov said Kyiv could have a ceasefire at once if it withdrew its troops from the four regions.",
     ("RUS", "territory.kherson", "demand")),
])
def test_the_terms_of_a_reported_condition_are_the_speakers(text, expected):
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, conditional, demanded", [
    ("Moscow is ready to halt strikes and sign a ceasefire as soon as Kyiv announces its refusal to join NATO.",
     ("RUS", "ceasefire.general"), ("RUS", "alignment.nato")),
    ("Kyiv is prepared to hold elections and lift martial law once Moscow declares its rejection of the annexation "
     "of Crimea.", ("UKR", "governance.elections"), ("UKR", "territory.crimea")),
])
def test_whatever_a_condition_names_is_demanded_by_the_clause_it_conditions(text, conditional, demanded):
    """A stance named inside the condition ("its refusal to join", "its rejection of") is what the holder of the
    conditioned clause asks for; a conjunct of that clause is conditional too."""
    got = _triples(text)
    assert (*conditional, "condition") in got and (*demanded, "demand") in got, got
    assert (*demanded, "reject") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Ukraine has asked for more air defence. US says a truce could start next week if Russia withdraws its troops "
     "from Kherson.", ("USA", "territory.kherson", "demand")),
    ("Moscow rejected the proposal. US says sanctions could be eased only after Russia signs a ceasefire.",
     ("USA", "ceasefire.general", "demand")),
])
def test_an_actor_named_like_a_pronoun_is_no_pronoun(text, expected):
    """ "US" as a subject is the actor, not "us" standing for the holder before it."""
    got = _triples(text)
    assert expected in got, got
    assert not any(a != "USA" and i == expected[1] for a, i, _ in got), got


@pytest.mark.parametrize("text, owner, issues", [
    ("Under the US plan, Ukraine would cap its army at 600,000 troops and drop its bid to join NATO.",
     "USA", {"military.limits", "alignment.nato"}),
    ("Washington presented a new peace plan on Tuesday. Under the plan, Kyiv would cede Donetsk and cap its army.",
     "USA", {"territory.donetsk", "military.limits"}),
    ("According to Moscow's draft, Ukraine would give up Kherson.", "RUS", {"territory.kherson"}),
    ("The French proposal would require Kyiv to hold elections within a year.", "FRA", {"governance.elections"}),
])
def test_what_a_plan_contains_is_its_owners_demand(text, owner, issues):
    """A clause framed by a plan ("under the plan", "according to the draft", "the plan would require") holds its
    owner's demands, whoever the clause names as acting."""
    got = _triples(text)
    assert {(owner, i, "demand") for i in issues} <= got, got
    assert not any(a != owner and i in issues for a, i, _ in got), got


@pytest.mark.parametrize("text", [
    "Under the leaked draft, Kyiv would have to give up the rest of the Donbas.",
    "According to a draft seen by reporters, Russia would keep Crimea and Ukraine would drop its NATO bid.",
])
def test_a_plan_with_no_known_owner_gives_no_one_its_content(text):
    """The actors a plan's clause names do not hold what the plan says they would do."""
    assert _triples(text) == set()


def test_what_someone_says_a_plan_does_stays_theirs():
    got = triples(extract_document(make_doc("Kyiv said any plan must begin with the withdrawal of Russian troops "
                                            "from Kherson."), CB))
    assert ("UKR", "territory.kherson", "demand") in got, got


@pytest.mark.parametrize("text, holders", [
    ("Macron and Starmer are drafting a plan for a month-long truce.", {"FRA", "GBR"}),
    ("Ankara tabled a proposal for a ceasefire in the Black Sea.", {"TUR"}),
])
def test_who_makes_a_proposal_holds_it(text, holders):
    got = _triples(text)
    assert holders <= {a for a, _, _ in got} and {a for a, _, _ in got} <= holders, got


def test_who_faces_a_demand_does_not_hold_it():
    got = triples(extract_document(make_doc("The summit left Kyiv facing a blunt territorial demand."), CB))
    assert not any(a == "UKR" for a, _, _ in got), got


@pytest.mark.parametrize("text, expected, absent", [
    ("Erdogan said it is vital that Russia returns the occupied territories to Ukraine.",
     ("TUR", "territory", "demand"), "RUS"),
    ("Tusk said it was essential that Kyiv receives security guarantees.", ("POL", "security.guarantees", "demand"), "UKR"),
])
def test_it_is_essential_that_is_the_speakers_stance(text, expected, absent):
    got = _triples(text)
    assert expected in got and not any(a == absent for a, _, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin leader said he would never return Crimea.", ("RUS", "territory.crimea", "reject")),
    ("Russia offered to give back the land it holds in the north.", ("RUS", "territory", "offer")),
])
def test_giving_land_back_is_an_offer(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, holders", [
    ("Russia and Ukraine met in Istanbul on Friday. The two sides support an exchange of prisoners of war.",
     {"RUS", "UKR"}),
    ("Moscow and Kyiv sent delegations to Riyadh. Both delegations backed a ceasefire in the Black Sea.",
     {"RUS", "UKR"}),
])
def test_a_joint_phrase_as_subject_is_both_parties(text, holders):
    got = _triples(text)
    assert holders <= {a for a, _, _ in got}, got


@pytest.mark.parametrize("text, outer, owned", [
    ("Zelensky rejected Putin's demand for the whole of Kherson.", ("UKR", "territory.kherson", "reject"),
     ("RUS", "territory.kherson", "demand")),
    ("European leaders backed Zelensky's call for an unconditional ceasefire.", ("EUR", "ceasefire.general", "support"),
     ("UKR", "ceasefire.general", "demand")),
    ("Kyiv dismissed the Russian demand for a halt to mobilisation.", ("UKR", "military.limits", "reject"),
     ("RUS", "military.limits", "demand")),
    ("Kyiv welcomed the French president's idea of a truce over Easter.", ("UKR", "ceasefire.general", "accept"),
     ("FRA", "ceasefire.general", "demand")),
    ("Kyiv turned down Moscow's terms for a ceasefire at sea.", ("UKR", "ceasefire.maritime", "reject"),
     ("RUS", "ceasefire.maritime", "demand")),
])
def test_a_stance_noun_keeps_its_owner_under_anothers_predicate(text, outer, owned):
    """ "X rejected Y's demand for Z": X's refusal and Y's demand, both."""
    got = _triples(text)
    assert outer in got and owned in got, got


@pytest.mark.parametrize("text, main, relative", [
    ("Zelensky said Ukraine would not cede Donetsk, which Putin demands.", ("UKR", "territory.donetsk", "reject"),
     ("RUS", "territory.donetsk", "demand")),
    ("Moscow continues to reject calls for a full ceasefire, a proposal Kyiv supported.",
     ("RUS", "ceasefire.general", "reject"), ("UKR", "ceasefire.general", "accept")),
    ("Washington proposed a maritime truce, an idea that Ankara welcomed.", ("USA", "ceasefire.maritime", "demand"),
     ("TUR", "ceasefire.maritime", "demand")),   # backing an outcome, with no actor backed, is a demand
])
def test_a_relative_clause_with_an_actor_subject_is_that_actors_stance(text, main, relative):
    got = _triples(text)
    assert main in got and relative in got, got


@pytest.mark.parametrize("text, expected", [
    ("Hegseth said there will not be American troops in Ukraine.", ("USA", "security.foreign_troops", "reject")),
    ("Peskov said there would be no ceasefire before the talks.", ("RUS", "ceasefire.general", "reject")),
    ("Sybiha said there will be no recognition of Crimea as Russian.", ("UKR", "territory.recognition", "reject")),
])
def test_there_will_be_no_x_refuses_x(text, expected):
    got = _triples(text)
    assert expected in got and (*expected[:2], "demand") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Scholz thinks a ceasefire is necessary.", ("DEU", "ceasefire.general", "demand")),
    ("Peskov said the deployment of European troops was unacceptable.", ("RUS", "security.foreign_troops", "reject")),
    ("Trump said he did not think a ceasefire was necessary.", ("USA", "ceasefire.general", "reject")),
    ("Tusk does not believe that sanctions relief is acceptable.", ("POL", "sanctions.relief", "reject")),
])
def test_what_the_issue_is_called_is_the_speakers_stance(text, expected):
    """ "X is necessary / unacceptable": the adjective's stance, the speaker's; "does not think X is necessary"
    negates it."""
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("Beijing said it would only back talks that include both Moscow and Kyiv.", ("CHN", "talks.process", "condition")),
    ("Kyiv will only accept a ceasefire that is monitored by the UN.", ("UKR", "ceasefire.general", "condition")),
])
def test_only_agreeing_to_something_is_a_condition(text, expected):
    got = _triples(text)
    assert expected in got and not any(i == expected[1] and s in ("demand", "accept") for _, i, s in got), got


@pytest.mark.parametrize("text, expected", [
    ("Kyiv offered to stay out of military blocs. In return, it demanded security guarantees from its allies.",
     ("UKR", "security.guarantees", "demand")),
    ("Moscow said the talks had stalled. The Kremlin agreed to a prisoner exchange. It also wanted sanctions lifted.",
     ("RUS", "sanctions.relief", "demand")),
])
def test_a_pronoun_refers_to_the_holder_only_the_parse_read(text, expected):
    """The holder of the previous sentence's statement is the one a pronoun subject carries on, also when that
    statement came from the parse rather than the clause rules."""
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin is unwilling to give up Kherson.", ("RUS", "territory.kherson", "reject")),
    ("Kyiv appears reluctant to join a truce at sea.", ("UKR", "ceasefire.maritime", "reject")),
    ("Zelensky is determined to win back Crimea.", ("UKR", "territory.crimea", "demand")),
    ("Moscow remains determined to secure a neutral status for Ukraine.", ("RUS", "alignment.nato", "demand")),
    ("Kyiv does not seem willing to cede Kherson.", ("UKR", "territory.kherson", "reject")),
])
def test_adjectives_of_will_govern_what_they_take(text, expected):
    """ "unwilling / reluctant to X" refuses X; "determined to X" wants it."""
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("Moscow wants Kyiv to drop its NATO bid.", ("RUS", "alignment.nato", "demand")),
    ("Moscow opposes Ukraine's bid to join the EU.", ("RUS", "alignment.eu", "reject")),
])
def test_a_membership_bid_names_the_alignment_issue(text, expected):
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said Putin wanted to keep fighting and did not want a ceasefire.", ("RUS", "ceasefire.general", "reject")),
    ("The Kremlin praised the talks but would not accept European peacekeepers.",
     ("RUS", "security.foreign_troops", "reject")),
])
def test_a_coordinated_verb_is_not_the_governor_of_its_sibling(text, expected):
    """Climbing from the issue, the verb a predicate is coordinated with is its sibling: the negation and stance
    are the predicate's own."""
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, absent", [
    ("After meeting Zelensky in Paris, the French president said Europe was ready to send peacekeepers.",
     ("UKR", "security.foreign_troops")),
    ("Having spoken with Putin by phone, Erdogan said a ceasefire was within reach and urged both sides to sign one.",
     ("RUS", "ceasefire.general")),
])
def test_a_person_governed_by_a_verb_is_not_the_speaker(text, absent):
    """ "After meeting X, Y said ...": X is the object of the participle, not who speaks."""
    got = {(a, i) for a, i, _ in _triples(text)}
    assert absent not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Moscow wants Kyiv to hand over Kherson, a step Ukraine has said it will never take.",
     ("UKR", "territory.kherson", "reject")),
    ("Washington proposed an energy truce, which the Kremlin said it would consider.", ("RUS", "ceasefire.energy", "open")),
])
def test_a_relative_clause_through_a_speech_verb(text, expected):
    """ "..., a step X has said it will not take": the reported clause's stance, or a refusal of the step."""
    got = _triples(text)
    assert expected in got, got


def test_a_deal_to_stop_strikes_is_no_ones_step():
    got = triples(extract_document(make_doc("Officials announced a potential deal to halt strikes on power plants."), CB))
    assert not any(s == "offer" for _, _, s in got), got


@pytest.mark.parametrize("text, expected", [
    ("Macron and Starmer are drafting a plan for a month-long air and sea truce.", {("FRA", "ceasefire.maritime", "demand"),
                                                                                  ("GBR", "ceasefire.maritime", "demand")}),
    ("Ankara called for a naval truce.", {("TUR", "ceasefire.maritime", "demand")}),
])
def test_a_truce_at_sea_is_the_maritime_ceasefire(text, expected):
    got = _triples(text)
    assert expected <= got, got


@pytest.mark.parametrize("text, holder, wrong", [
    ("Moscow's conditions for a ceasefire were rejected by Kyiv on Friday.", ("UKR", "ceasefire.general", "reject"),
     ("RUS", "ceasefire.general", "reject")),
    ("Russia's demand for all of Kherson was dismissed by Ukraine.", ("UKR", "territory.kherson", "reject"),
     ("RUS", "territory.kherson", "reject")),
])
def test_without_a_speaker_the_trees_subject_holds_the_stance(text, holder, wrong):
    """No one reported as speaking: the subject or passive agent of the governing predicate holds the stance,
    not the actor the surface rules took first."""
    got = _triples(text)
    keys = got if len(holder) == 3 else {t[:2] for t in got}
    assert holder in keys and wrong not in keys, got


@pytest.mark.parametrize("text, expected, absent", [
    ("Russia accused Ukraine of rejecting a ceasefire.", ("UKR", "ceasefire.general", "reject"), ("RUS", "ceasefire.general")),
    ("Moscow blamed Kyiv for blocking the prisoner exchange.", ("UKR", "humanitarian.exchange", "reject"),
     ("RUS", "humanitarian.exchange")),
])
def test_a_gerund_after_an_object_takes_the_object_as_its_subject(text, expected, absent):
    """ "accused X of rejecting Y", "blamed X for blocking Y": X's stance, not the accuser's."""
    got = _triples(text)
    assert expected in got and absent not in {t[:2] for t in got}, got


def test_pressing_an_actor_into_a_step_is_not_its_stance():
    got = triples(extract_document(make_doc("The bloc is preparing sanctions to push the Kremlin into accepting a truce."),
                                   CB))
    assert ("RUS", "ceasefire.general", "accept") not in got, got


@pytest.mark.parametrize("text, holder, excluded", [
    ("It was Kyiv, not Moscow, that proposed the energy truce.", "UKR", "RUS"),
    ("Washington, not Kyiv, wants a quick ceasefire.", "USA", "UKR"),
])
def test_an_actor_set_apart_by_not_holds_nothing(text, holder, excluded):
    actors = {a for a, _, _ in _triples(text)}
    assert holder in actors and excluded not in actors, actors


@pytest.mark.parametrize("text, expected", [
    ("While Kyiv wants security guarantees, Moscow rejects any foreign troops.",
     {("UKR", "security.guarantees", "demand"), ("RUS", "security.foreign_troops", "reject")}),
    ("Although Moscow has refused a full ceasefire, Kyiv still seeks a truce at sea.",
     {("RUS", "ceasefire.general", "reject"), ("UKR", "ceasefire.maritime", "demand")}),
])
def test_an_opening_contrast_clause_is_a_clause_of_its_own(text, expected):
    """ "While X wants A, Y rejects B": A is X's demand, not refused with B."""
    got = _triples(text)
    assert expected <= got, got


def test_contrast_clause_cut():
    from zopa.extract.sentences import split_clauses, split_sentences
    text = "While Kyiv wants security guarantees, Moscow rejects any foreign troops."
    assert [text[a:b] for a, b in split_clauses(split_sentences(text)[0])] == [
        "While Kyiv wants security guarantees", "Moscow rejects any foreign troops."]


@pytest.mark.parametrize("text, expected", [
    ("Moscow no longer insists on the recognition of Crimea.", ("RUS", "territory.crimea", "offer")),
    ("Kyiv has dropped its demand for sanctions on Russian oil.", ("UKR", "sanctions.relief", "offer")),
    ("The Kremlin no longer opposes a prisoner exchange.", ("RUS", "humanitarian.exchange", "accept")),
])
def test_a_stance_given_up(text, expected):
    """ "no longer insists on X", "dropped its demand for X": a concession; "no longer opposes X": acceptance."""
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("Russia said the idea of a prisoner exchange was worth discussing.", ("RUS", "humanitarian.exchange", "accept")),
    ("Kyiv said talks with Moscow were worth exploring.", ("UKR", "talks.process", "open")),
])
def test_worth_discussing_is_openness(text, expected):
    """Openness; on an issue other than the talks a principal's openness counts as acceptance (as elsewhere)."""
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Russian troops continued to press around Kherson this week.",
    "Ukrainian forces pressed on towards Donetsk despite heavy losses.",
])
def test_pressing_on_the_battlefield_is_no_demand(text):
    assert not _triples(text)


def test_pressing_for_something_is_a_demand():
    got = triples(extract_document(make_doc("Washington pressed for a ceasefire at sea."), CB))
    assert ("USA", "ceasefire.maritime", "demand") in got, got


@pytest.mark.parametrize("text, expected", [
    ("According to the Kremlin, a ceasefire is only possible after Ukraine withdraws from Donetsk.",
     {("RUS", "ceasefire.general", "condition"), ("RUS", "territory.donetsk", "demand")}),
    ("According to Kyiv, elections are only possible once martial law is lifted.",
     {("UKR", "governance.elections", "condition")}),
])
def test_only_possible_after_is_a_condition_of_the_source(text, expected):
    """ "X is only possible after Y", told "according to Z": X is Z's condition, Y Z's demand."""
    got = _triples(text)
    assert expected <= got, got


@pytest.mark.parametrize("text, expected", [
    ("The European plan rejects any limits on Ukraine's army.", ("EUR", "military.limits", "reject")),
    ("Kyiv's counter-proposal rules out the recognition of Crimea as Russian.", ("UKR", "territory.crimea", "reject")),
])
def test_a_plan_that_refuses_is_its_owners_refusal(text, expected):
    """What a plan is told to contain is its owner's demand, what it rejects its owner's refusal."""
    got = _triples(text)
    assert expected in got, got


def test_not_only_sets_nothing_aside():
    got = triples(extract_document(make_doc("Kyiv wants not only a ceasefire but also security guarantees."), CB))
    assert ("UKR", "ceasefire.general", "reject") not in got, got


@pytest.mark.parametrize("text, expected", [
    ('Zelensky spoke in Kyiv on Monday. "We are not going to give up our land," he said.', ("UKR", "territory", "reject")),
    ("Russia said it was not going to withdraw from Kherson.", ("RUS", "territory.kherson", "reject")),
])
def test_not_going_to_refuses(text, expected):
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("Moscow considers NATO membership for Ukraine unacceptable.", ("RUS", "alignment.nato", "reject")),
    ("Any deployment of foreign troops is regarded as unacceptable by the Kremlin.",
     ("RUS", "security.foreign_troops", "reject")),
    ("The Kremlin views NATO membership for Ukraine as a threat.", ("RUS", "alignment.nato", "reject")),
    ("Ukraine's membership in NATO is considered an unacceptable threat by Moscow.", ("RUS", "alignment.nato", "reject")),
])
def test_a_judgement_is_its_judges_stance(text, expected):
    """ "X considers Y unacceptable", "Y is regarded as unacceptable by X", "X views Y as a threat": X refuses Y
    (the subject, or the passive's agent, judges; the judged word gives the class)."""
    got = _triples(text)
    assert expected in got, got
    assert ("UKR", "alignment.nato", "reject") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Zelensky called the truce a crucial step forward.", ("UKR", "ceasefire.general", "accept")),
    ("Kyiv described the prisoner swap as a step in the right direction.", ("UKR", "humanitarian.exchange", "accept")),
    ("Berlin called Washington's truce proposal a step forward.", ("DEU", "ceasefire.general", "support")),
    ("Macron described the American proposal for a truce as encouraging.", ("FRA", "ceasefire.general", "support")),
    ("Paris said the US plan for a ceasefire was a step in the right direction.", ("FRA", "ceasefire.general", "support")),
])
def test_a_judgement_of_approval_backs_what_it_judges(text, expected):
    """The mirror of a refusing judgement: "X called Y a step forward", "described Y as a step in the right direction",
    "said Y was a step in the right direction": X backs Y (a side of the talks accepts it; another actor supports the
    side whose proposal it is)."""
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text", ["Zelensky said the truce was not a step forward.",
                                  "Kyiv called the truce anything but a step in the right direction, and no good basis."])
def test_a_negated_approval_backs_nothing(text):
    got = _triples(text)
    assert not any(s in ("accept", "support") for _, _, s in got), got


def test_a_judgement_verb_alone_is_still_openness():
    got = triples(extract_document(make_doc("Kyiv will consider the proposal for a truce."), CB))
    assert ("UKR", "ceasefire.general", "open") in got, got


@pytest.mark.parametrize("text, expected", [
    ("A ceasefire is the main demand of Kyiv.", ("UKR", "ceasefire.general", "demand")),
    ("The return of all prisoners remains a priority of the Ukrainian government.",
     ("UKR", "humanitarian.exchange", "demand")),
    ("A full withdrawal of Russian troops would be a precondition for any deal, the EU said.",
     ("EU", "territory", "demand")),
])
def test_what_a_stance_noun_is_said_of(text, expected):
    """ "X is the demand of Y", "X remains a priority of Y", "X would be a precondition, Y said": Y demands X."""
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("A spokesman for the Kremlin said sanctions relief was necessary.", ("RUS", "sanctions.relief", "demand")),
    ("A spokeswoman for the Ukrainian government said a ceasefire was essential.", ("UKR", "ceasefire.general", "demand")),
])
def test_a_spokesman_for_a_side_speaks_for_it(text, expected):
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("Zelensky maintains that the ceasefire could be enacted without the lifting of sanctions.",
     ("UKR", "sanctions.relief", "reject")),
    ("Kyiv said a truce could be agreed without any recognition of Crimea.", ("UKR", "territory.crimea", "reject")),
])
def test_done_without_it_in_the_passive_refuses_it(text, expected):
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("Zelensky spoke in Kyiv on Monday. His peace plan includes calls for the withdrawal of Russian troops.",
     ("UKR", "territory", "demand")),
    ("Putin spoke on Friday. His demand for the recognition of the annexed regions was repeated.",
     ("RUS", "territory.recognition", "demand")),
])
def test_a_possessive_pronoun_owns_the_plan_or_demand(text, expected):
    """ "his plan", "his demand": the holder carried from the sentence before."""
    got = _triples(text)
    assert expected in got, got


def test_his_plan_needs_a_person_before_it():
    text = "The United Nations met in Geneva. His plan includes calls for the withdrawal of Russian troops."
    got = _triples(text)
    assert ("UN", "territory", "demand") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Kyiv agreed with Moscow on a swap of prisoners.",
     {("UKR", "humanitarian.exchange", "accept"), ("RUS", "humanitarian.exchange", "accept")}),
    ("Kyiv signed a deal with Moscow on the exchange of prisoners.",
     {("UKR", "humanitarian.exchange", "accept"), ("RUS", "humanitarian.exchange", "accept")}),
])
def test_agreeing_with_another_side_is_both_sides_acceptance(text, expected):
    got = _triples(text)
    assert expected <= got, got


@pytest.mark.parametrize("text, expected, not_expected", [
    ("Moscow's ceasefire offer included a stipulation that Ukraine withdraw its troops from the Donetsk region.",
     ("RUS", "territory.donetsk", "demand"), ("RUS", "territory.donetsk", "offer")),
    ("Moscow's ceasefire offer included a stipulation that Ukraine withdraw its troops from the Donetsk region.",
     ("RUS", "ceasefire.general", "offer"), ("RUS", "ceasefire.general", "demand")),
])
def test_a_plan_noun_tagged_as_a_verb_still_frames_its_content(text, expected, not_expected):
    """The tagger reads "offer" after a noun as a verb; the parser makes it the subject: it is read as the noun.
    What its content asks is demanded; what its own name offers ("ceasefire offer") is offered."""
    got = _triples(text)
    assert expected in got and not_expected not in got, got


def test_a_plans_own_name_is_not_its_content():
    text = "The Kremlin's truce offer contained a clause that Ukraine leave the Kherson region."
    got = _triples(text)
    assert {("RUS", "ceasefire.general", "offer"), ("RUS", "territory.kherson", "demand")} <= got, got
    assert ("RUS", "ceasefire.general", "demand") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said Kyiv would not compromise its sovereignty or territory.", ("UKR", "territory", "reject")),
    ("Kyiv is ready to compromise on territory.", ("UKR", "territory", "offer")),
])
def test_compromise_is_a_concession(text, expected):
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("A truce on energy facilities was agreed on Tuesday.",
     {("RUS", "ceasefire.energy", "accept"), ("UKR", "ceasefire.energy", "accept")}),
    ("The two delegations met in Geneva. The talks produced a prisoner exchange that was agreed after midnight.",
     {("RUS", "humanitarian.exchange", "accept"), ("UKR", "humanitarian.exchange", "accept")}),
    ("An agreement was reached in Istanbul on the exchange of 500 prisoners, Russia said.",
     {("RUS", "humanitarian.exchange", "accept"), ("UKR", "humanitarian.exchange", "accept")}),
])
def test_what_was_agreed_with_no_one_named_is_the_parties(text, expected):
    """An agreement told as made, with no agent: the two parties in view (else the codebook's principals) accept."""
    got = _triples(text)
    assert expected <= got, got


def test_talks_agreed_with_no_one_named_are_the_two_sides_the_text_has_named():
    text = "Washington and Moscow held talks in Riyadh on Monday. It was agreed to continue the negotiations."
    got = _triples(text)
    assert ("RUS", "talks.process", "open") in got and ("UKR", "talks.process", "open") not in got, got


@pytest.mark.parametrize("text", [
    "Troops will deploy on the day after a ceasefire is signed.",
    "A prisoner exchange will be agreed next week.",
])
def test_an_agreement_not_yet_made_is_no_ones(text):
    got = _triples(text)
    assert not {t for t in got if t[2] == "accept"}, got


@pytest.mark.parametrize("text, actors", [
    ("The leaders of France, Germany and Britain said any ceasefire must be backed by security guarantees.",
     {"FRA", "DEU", "GBR"}),
    ("The foreign ministers of Poland and Germany said a ceasefire was necessary.", {"POL", "DEU"}),
])
def test_every_speaker_a_phrase_names_holds_the_stance(text, actors):
    """ "The leaders of A, B and C said ...": each of A, B and C, not only the one the surface rules took."""
    got = _triples(text)
    assert {(a, "ceasefire.general", "demand") for a in actors} <= got, got


@pytest.mark.parametrize("text, expected", [
    ("Erdogan said he believes it is extremely important that Russia returns the seized territories.",
     ("TUR", "territory", "demand")),
    ("Zelensky said he thinks a ceasefire is necessary.", ("UKR", "ceasefire.general", "demand")),
])
def test_a_pronoun_reporting_inside_a_report_is_the_outer_speaker(text, expected):
    """ "X said he believes ...": "he" is X."""
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("Erdogan spoke to reporters in Ankara. In his opinion, a personal meeting of Zelensky and Putin is necessary.",
     ("TUR", "talks.process", "demand")),
    ("Macron spoke in Paris on Monday. In his view, a ceasefire must come before any talks on territory.",
     ("FRA", "ceasefire.general", "demand")),
])
def test_in_his_view_is_the_carried_holders(text, expected):
    got = _triples(text)
    assert expected in got, got


def test_an_obligation_in_the_authors_voice_is_still_no_ones():
    assert not triples(extract_document(make_doc("Ukraine must withdraw from Kherson."), CB))


@pytest.mark.parametrize("text, actors", [
    ("The leaders of Britain, France, Germany and Poland travelled to Kyiv on Saturday. "
     "They called on Russia to accept an unconditional ceasefire.", {"GBR", "FRA", "DEU", "POL"}),
    ("Macron, Starmer and Merz arrived in Kyiv on Saturday. They urged Putin to accept a 30-day ceasefire.",
     {"FRA", "GBR", "DEU"}),
])
def test_they_carries_the_whole_group(text, actors):
    """A pronoun after a sentence whose subject is coordinated stands for all of it."""
    got = _triples(text)
    assert {(a, "ceasefire.general", "pressure") for a in actors} <= got, got


@pytest.mark.parametrize("text, expected", [
    ("Zelensky met Macron in Paris. He said a ceasefire was necessary.", ("UKR", "ceasefire.general", "demand")),
    ("Britain and France met in London. They said a ceasefire was needed.", ("GBR", "ceasefire.general", "demand")),
])
def test_a_pronoun_speaker_is_the_carried_holder(text, expected):
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, named, group", [
    ("European allies Britain and France want security guarantees for Ukraine.", {"GBR", "FRA"}, "EUR"),
    ("European partners Germany and Poland want security guarantees for Ukraine.", {"DEU", "POL"}, "EUR"),
])
def test_a_group_noun_before_names_only_describes_them(text, named, group):
    """ "European allies Britain and France want ...": Britain and France hold it, not the group they belong to."""
    got = _triples(text)
    assert {(a, "security.guarantees", "demand") for a in named} <= got, got
    assert (group, "security.guarantees", "demand") not in got, got


@pytest.mark.parametrize("text, expected", [
    ('Zelensky spoke in Kyiv on Monday.\n\n"We will never recognise the occupation of Crimea," he said.\n\n'
     '"Sanctions on Russia must stay until it withdraws."', ("UKR", "sanctions.relief", "demand")),
    ('Putin met reporters in Moscow.\n\n"We will not stop," Putin said.\n\n"Kyiv must give up its bid to join NATO."',
     ("RUS", "alignment.nato", "demand")),
])
def test_a_quotation_paragraph_after_an_attributed_one_has_its_speaker(text, expected):
    """News goes on quoting in a new paragraph with no attribution: the speaker is the one just quoted."""
    got = _triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text, holder, obliged", [
    ("Ukraine would also have to hold elections within 100 days, the US plan says.", "USA", "UKR"),
    ("Kyiv would have to give up its bid to join NATO, the Russian memorandum says.", "RUS", "UKR"),
])
def test_what_a_plan_says_someone_must_do_is_the_plans_owners_demand(text, holder, obliged):
    """The plan that "says" is its owner speaking; the one it obliges holds nothing."""
    got = _triples(text)
    assert any(a == holder and s in ("demand", "pressure") for a, _, s in got), got
    assert not any(a == obliged for a, _, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Kyiv would be required to cut its army to 600,000 troops under the American proposal.",
     ("USA", "military.limits", "demand")),
    ("Ukraine would be asked to reduce its armed forces under the Russian plan.", ("RUS", "military.limits", "demand")),
])
def test_a_plan_frames_a_clause_governed_by_a_verb_of_requiring(text, expected):
    got = _triples(text)
    assert expected in got and ("UKR", "military.limits", "demand") not in got, got


@pytest.mark.parametrize("text, holder, reporter", [
    ("Trump's envoy Steve Witkoff said Russia was ready to drop its demand for the whole of Donbas.", "RUS", "USA"),
    ("Erdogan said Kyiv was willing to discuss a prisoner exchange.", "UKR", "TUR"),
])
def test_who_reports_anothers_stance_does_not_hold_it(text, holder, reporter):
    got = _triples(text)
    assert any(a == holder for a, _, _ in got) and not any(a == reporter for a, _, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Kyiv, which has long rejected any freeze, now says it could live with one.",
     {("UKR", "ceasefire.general", "reject"), ("UKR", "ceasefire.general", "accept")}),
    ("Moscow rejected a truce last month but now says it would accept one.",
     {("RUS", "ceasefire.general", "reject"), ("RUS", "ceasefire.general", "accept")}),
])
def test_one_stands_for_the_issue_named_before_it(text, expected):
    """ "... could live with one": "one" is a second mention of the issue last named, with a stance of its own."""
    got = _triples(text)
    assert expected <= got, got


@pytest.mark.parametrize("text, expected, named", [
    ("The United States has sent Kyiv a 20-point peace plan. Its main points are:\n\n"
     "1. Ukraine will cede the rest of Donetsk.\n2. Ukraine's army will be capped at 600,000 troops.",
     {("USA", "territory.donetsk", "demand"), ("USA", "military.limits", "demand")}, "UKR"),
    ("Moscow handed Kyiv a draft memorandum. Its points:\n\n1) Ukraine will not join NATO.\n"
     "2) Sanctions on Russia will be lifted.", {("RUS", "alignment.nato", "demand"), ("RUS", "sanctions.relief", "demand")},
     "UKR"),
])
def test_a_numbered_list_after_a_plan_sent_to_someone_is_the_senders(text, expected, named):
    """ "X sent Y a plan" makes X its owner; its numbered points are X's demands, not those of who they name."""
    got = _triples(text)
    assert expected <= got and not any(a == named for a, _, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("The draft was drawn up by Witkoff. It says:\n\nUkraine will not join NATO.\n\n"
     "Sanctions on Russia will be lifted in stages.",
     {("USA", "alignment.nato", "demand"), ("USA", "sanctions.relief", "demand")}),
    ("The Kremlin published its memorandum on Monday. It says:\n\nUkraine will hold elections within 100 days.",
     {("RUS", "governance.elections", "demand")}),
])
def test_lines_a_plan_opens_with_a_colon_are_its_points(text, expected):
    got = _triples(text)
    assert expected <= got, got


def test_a_plans_list_ends_where_someone_speaks():
    text = ("The US sent Kyiv a plan on Friday. It says:\n\nUkraine will cede Donetsk.\n\n"
            "Zelensky said on Saturday that Kyiv would never give up Donetsk.")
    got = _triples(text)
    assert {("USA", "territory.donetsk", "demand"), ("UKR", "territory.donetsk", "reject")} <= got, got
    assert ("UKR", "territory.donetsk", "offer") not in got, got


@pytest.mark.parametrize("text", [
    "Question: Is Russia ready for a ceasefire?",
    "Will Moscow accept a truce on energy infrastructure? Few diplomats think so.",
])
def test_a_question_in_the_texts_voice_is_no_ones_stance(text):
    assert not _triples(text)


def test_an_answer_after_a_question_is_its_speakers():
    text = "Question: Is Russia ready for a ceasefire?\n\nPutin: We are ready for a ceasefire."
    assert _triples(text) == {("RUS", "ceasefire.general", "accept")}


@pytest.mark.parametrize("text, expected", [
    ("Macron joined Zelensky in calling for an unconditional ceasefire.",
     {("FRA", "ceasefire.general", "demand"), ("UKR", "ceasefire.general", "demand")}),
    ("Poland joined Germany in rejecting any recognition of Crimea.",
     {("POL", "territory.crimea", "reject"), ("DEU", "territory.crimea", "reject")}),
])
def test_who_joins_another_in_a_stance_holds_it_too(text, expected):
    got = _triples(text)
    assert expected <= got, got


def test_an_owned_stance_noun_under_a_coordinated_speaker_keeps_its_owner():
    text = "France and Britain said they supported Ukraine's demand for security guarantees."
    got = _triples(text)
    assert {("FRA", "security.guarantees", "support"), ("GBR", "security.guarantees", "support"),
            ("UKR", "security.guarantees", "demand")} <= got, got


@pytest.mark.parametrize("text, actors", [
    ("European leaders, including Macron and Merz, said any ceasefire must come before talks on territory.",
     {"EUR", "FRA", "DEU"}),
    ("Several governments, including Turkey and Brazil, said a ceasefire was necessary.", {"TUR", "BRA"}),
])
def test_members_a_holder_includes_hold_it_too(text, actors):
    """ "X, including A and B, said ...": A and B are among those speaking."""
    got = _triples(text)
    assert {(a, "ceasefire.general", "demand") for a in actors} <= got, got


@pytest.mark.parametrize("text, verdict, owned", [
    ("A Russian demand that Ukraine leave Donetsk is unacceptable, Zelensky said.",
     ("UKR", "territory.donetsk", "reject"), ("RUS", "territory.donetsk", "demand")),
    ("Russia's proposal for a ceasefire is unacceptable, Kyiv said.",
     ("UKR", "ceasefire.general", "reject"), ("RUS", "ceasefire.general", "offer")),
    ("Moscow's demand for Donetsk was flatly rejected by Zelensky.",
     ("UKR", "territory.donetsk", "reject"), ("RUS", "territory.donetsk", "demand")),
])
def test_a_verdict_on_anothers_demand_is_the_speakers_and_the_demand_its_owners(text, verdict, owned):
    """ "X's demand for Y is unacceptable, Z said": Z refuses Y, X demands it (not X refusing it)."""
    got = _triples(text)
    assert {verdict, owned} <= got and (owned[0], owned[1], "reject") not in got, got


@pytest.mark.parametrize("text, actors", [
    ("Erdogan said Putin and Zelensky were ready to meet in Istanbul.", {"RUS", "UKR"}),
    ("The Kremlin said Putin was willing to meet Trump for talks.", {"RUS"}),
])
def test_readiness_to_talk_read_from_the_tree_is_openness(text, actors):
    got = _triples(text)
    assert {(a, "talks.process", "open") for a in actors} <= got, got
    assert not any(s == "offer" for _, i, s in got if i == "talks.process"), got


@pytest.mark.parametrize("text, expected", [
    ("The US urged both countries to agree on a ceasefire.", ("USA", "ceasefire.general", "pressure")),
    ("The two countries agreed to exchange 1,000 prisoners each.", ("UKR", "humanitarian.exchange", "accept")),
])
def test_both_countries_are_the_two_parties(text, expected):
    got = _triples(text)
    assert expected in got, got


def test_a_run_on_of_thousands_of_words_is_not_read_and_is_named_in_a_warning():
    import random

    from zopa.extract.pipeline import SkippedTextWarning

    rng = random.Random(3)
    words = "Russia Ukraine ceasefire talks demand Kyiv Moscow territory and the of".split()
    salad = "Moscow " + " ".join(rng.choice(words) for _ in range(4999)) + "."
    text = "Kyiv said it rejected any ceasefire. " + salad
    with pytest.warns(SkippedTextWarning, match=r"salad\.txt: characters 37-\d+ not read: 5000 words"):
        got = triples(extract_document(make_doc(text, name="salad.txt"), CB))
    assert got == {("UKR", "ceasefire.general", "reject")}, got
    with pytest.warns(SkippedTextWarning):
        assert triples(extract_document(make_doc(text, name="salad.txt"), CB, mode="learned")) <= \
            {("UKR", "ceasefire.general", "reject")}


def test_a_long_but_real_sentence_is_read():
    text = ("Zelensky said on Monday, after a long day of meetings with European leaders in Paris, London and Berlin, "
            "and after speaking by phone with the American president and his envoys about the state of the talks, "
            "the schedule of the next round and the many questions that remain open between the two sides, "
            "that Kyiv would never accept any recognition of Crimea as Russian, whatever the pressure.")
    assert ("UKR", "territory.crimea", "reject") in _triples(text)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Britain's peace plan was published on Monday. The draft says Ukraine would never join NATO.",
     ("GBR", "alignment.nato", "demand"), "UKR"),
    ("Turkey put forward a new framework. The document, seen by reporters, says Ukraine would cap its army at "
     "500,000 troops.", ("TUR", "military.limits", "demand"), "UKR"),
    ("The Chinese proposal says that Russia must lift its blockade of the ports.",
     ("CHN", "ceasefire.maritime", "demand"), "RUS"),
])
def test_a_plan_that_says_what_would_happen_states_its_owners_demand(text, expected, wrong):
    """ "The draft says X would ...": the plan speaks, and what it says is its owner's demand, not the stance of
    the side it names."""
    got = _triples(text)
    assert expected in got, got
    assert not any(a == wrong and i == expected[1] for a, i, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Germany said it would not send troops to Ukraine.", ("DEU", "security.foreign_troops", "reject")),
    ("Paris and London are ready to deploy troops to Ukraine after a truce.", ("FRA", "security.foreign_troops", None)),
    ("The White House said Washington could provide security guarantees to Kyiv.", ("USA", "security.guarantees", None)),
])
def test_what_a_side_would_give_is_its_stance_and_what_it_gave_is_none(text, expected):
    """A verb of giving told as what would, could or will be done states a stance; negated, a refusal."""
    actor, issue, stance = expected
    got = _triples(text)
    assert any(a == actor and i == issue and (stance is None or s == stance) for a, i, s in got), got


@pytest.mark.parametrize("text", [
    "Russia sent troops to Ukraine in February 2022.",
    "Poland gave Ukraine security guarantees in a treaty signed years ago, the archive shows.",
])
def test_a_gift_told_as_done_states_no_stance(text):
    got = _triples(text)
    assert not any(i in ("security.foreign_troops", "security.guarantees") for _, i, _ in got), got


@pytest.mark.parametrize("text, owner, issue, recipient", [
    ("The US plan for Ukraine would require Kyiv to cede Donetsk.", "USA", "territory.donetsk", "UKR"),
    ("Russia's memorandum, which was handed to the Ukrainian delegation, demands that Kyiv withdraw from Kherson.",
     "RUS", "territory.kherson", "UKR"),
    ("The proposal of the European Union to Russia would require Moscow to lift its blockade of the ports.",
     "EU", "ceasefire.maritime", "RUS"),
])
def test_who_a_plan_is_for_or_sent_to_does_not_own_it(text, owner, issue, recipient):
    got = _triples(text)
    assert (owner, issue, "demand") in got, got
    assert not any(a == recipient and i == issue for a, i, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Paris drew up new proposals last week. The proposals call for Kyiv to give up its claim to Crimea.",
     ("FRA", "territory.crimea", "demand")),
    ("Ankara put forward its own proposals. Under the proposals, Russia would lift its blockade of the ports.",
     ("TUR", "ceasefire.maritime", "demand")),
])
def test_plans_named_in_the_plural_frame_their_owners_demands(text, expected):
    assert expected in _triples(text)


def test_a_statement_reported_is_speech_and_its_own_predicates_give_the_stances():
    got = _triples("According to a Kremlin statement, Russia demands that Kyiv withdraw from Donetsk, though Moscow "
                   "might accept a truce.")
    assert ("RUS", "territory.donetsk", "demand") in got and ("RUS", "ceasefire.general", "demand") not in got, got


@pytest.mark.parametrize("text", [
    "Highlights\n\n- Kremlin aide says the French proposal is acceptable\n\n- Zelensky to meet envoys in Paris for "
    "talks on Friday\n\n- Russia says the prisoner exchange will go ahead",
    "Key points\n\n* Officials call the Turkish plan a basis for work\n\n* Kyiv to host envoys for talks next week",
])
def test_items_after_a_plan_named_in_an_item_are_not_its_points(text):
    got = _triples(text)
    assert not any(a in ("FRA", "TUR") and i == "talks.process" for a, i, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Kyiv rejected a plan that would see it cede the Donbas.", ("UKR", "territory.donetsk", "reject")),
    ("Moscow turned down a proposal that would have frozen the conflict.", ("RUS", "ceasefire.general", "reject")),
])
def test_who_rejects_a_plan_keeps_the_refusal_of_what_it_would_do(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Peskov said Ukraine's neutrality was not negotiable.", ("RUS", "alignment.nato", "demand")),
    ("For Kyiv, the return of Crimea is not negotiable.", ("UKR", "territory.crimea", "demand")),
])
def test_what_is_not_negotiable_is_insisted_on(text, expected):
    got = _triples(text)
    assert expected in got, got
    assert not any(a == expected[0] and i == expected[1] and s == "reject" for a, i, s in got), got


@pytest.mark.parametrize("text, expected, wrong", [
    ("Berlin said Europe would not accept a deal that forced Ukraine to give up land.",
     ("EUR", "territory", "reject"), "pressure"),
    ("Zelensky criticised the countries that want Ukraine to cede land.", ("UKR", "territory", "reject"), "demand"),
])
def test_a_relative_clause_describing_a_thing_takes_the_stance_of_what_governs_the_thing(text, expected, wrong):
    got = _triples(text)
    assert expected in got, got
    assert not any(s == wrong for _, i, s in got if i == expected[1]), got


def test_a_relative_clause_with_nothing_above_it_keeps_its_own_stance():
    got = _triples("It is a plan that would require Russia to lift its blockade of the ports, Turkey said.")
    assert any(i == "ceasefire.maritime" for _, i, _ in got), got


@pytest.mark.parametrize("text, actor", [
    ("The Kremlin said it would send a delegation to Istanbul for direct talks with Ukraine.", "RUS"),
    ("Kyiv has offered to resume negotiations next week.", "UKR"),
])
def test_offering_to_talk_is_openness(text, actor):
    got = _triples(text)
    assert (actor, "talks.process", "open") in got, got
    assert (actor, "talks.process", "offer") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("European leaders, including Macron and Merz, issued a joint statement saying the current line of contact "
     "should be the starting point for negotiations.", {("FRA", "territory", "demand"), ("DEU", "territory", "demand")}),
    ("Kyiv published a letter stating that it would never recognise Crimea as Russian.",
     {("UKR", "territory.crimea", "reject")}),
])
def test_a_record_saying_something_is_spoken_by_who_made_it(text, expected):
    got = _triples(text)
    assert expected <= got, got


@pytest.mark.parametrize("text, issue", [
    ("Erdogan and Trump hosted the meeting. Turkey and the US, they said, had worked hard. Ankara and Washington were "
     "pleased. An agreement was reached on the exchange of 300 prisoners.", "humanitarian.exchange"),
    ("Riyadh and Ankara hosted the envoys. Saudi Arabia and Turkey said they were proud. A truce at sea was agreed "
     "after the talks.", "ceasefire.maritime"),
])
def test_an_outcome_agreed_with_no_one_named_is_the_principals_not_the_hosts(text, issue):
    got = _triples(text)
    assert {("RUS", issue, "accept"), ("UKR", issue, "accept")} <= got, got
    assert not any(i == issue and a in ("TUR", "SAU", "USA") for a, i, _ in got), got


@pytest.mark.parametrize("text, presser, issue, pressed", [
    ("Ukraine was told by US officials to accept the loss of Donetsk.", "USA", "territory.donetsk", "UKR"),
    ("Moscow was urged by Beijing to agree to a truce.", "CHN", "ceasefire.general", "RUS"),
    ("Kyiv is under pressure from Washington to accept territorial concessions.", "USA", "territory", "UKR"),
    ("Kyiv faces pressure from the White House to accept a ceasefire.", "USA", "ceasefire.general", "UKR"),
])
def test_who_presses_another_to_act_holds_the_demand_not_the_one_pressed(text, presser, issue, pressed):
    found = extract_document(make_doc(text), CB)
    assert any(s.actor == presser and s.issue == issue and s.stance in ("pressure", "demand") for s in found), found
    assert not any(s.actor == pressed and s.issue == issue for s in found), found


@pytest.mark.parametrize("text, expected", [
    ("Europe has pushed back against the US demand that Ukraine cap its army.",   # (a third party's: pressure on Kyiv)
     {("EUR", "military.limits", "reject"), ("USA", "military.limits", "pressure")}),
    ("Paris fought against the Russian demand for the lifting of sanctions.",
     {("FRA", "sanctions.relief", "reject"), ("RUS", "sanctions.relief", "demand")}),
])
def test_acting_against_anothers_demand_is_a_refusal_and_the_demand_stays_its_owners(text, expected):
    got = _triples(text)
    assert expected <= got, got


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said Ukraine would not hold elections under martial law.", ("UKR", "governance.elections", "reject")),
    ("Russia will not return Crimea, Lavrov said.", ("RUS", "territory.crimea", "reject")),
])
def test_a_step_on_an_issue_a_side_says_it_will_not_take_is_refused(text, expected):
    assert expected in _triples(text)


def test_a_step_told_as_what_will_be_done_is_no_refusal():
    got = _triples("Ukraine will hold elections after the war.")
    assert not any(s == "reject" for _, i, s in got if i == "governance.elections"), got


@pytest.mark.parametrize("text, expected", [
    ("US officials said Washington was prepared to offer Ukraine guarantees similar to NATO's Article 5.",
     ("USA", "security.guarantees", "offer")),
    ("London is willing to offer Kyiv security guarantees, Starmer said.", ("GBR", "security.guarantees", "offer")),
])
def test_a_third_party_ready_to_offer_something_of_its_own_offers_it(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text", [
    "The three delegations agreed in Geneva to exchange 200 prisoners each.",
    "All three sides agreed on a prisoner swap after the talks.",
])
def test_the_three_delegations_agree_as_the_parties(text):
    got = _triples(text)
    assert {("RUS", "humanitarian.exchange", "accept"), ("UKR", "humanitarian.exchange", "accept")} <= got, got


@pytest.mark.parametrize("text, expected, wrong", [
    ("Washington has handed Kyiv a new plan. It would cap the Ukrainian army at 600,000 troops.",
     ("USA", "military.limits", "demand"), "UKR"),
    ("Paris has handed Moscow a 12-point plan. It says Russia must lift its blockade of the ports.",
     ("FRA", "ceasefire.maritime", "demand"), "RUS"),
])
def test_it_right_after_a_plan_is_named_is_the_plan(text, expected, wrong):
    got = _triples(text)
    assert expected in got, got
    assert not any(a == wrong and i == expected[1] for a, i, _ in got), got


def test_it_that_opens_a_judgement_is_no_plan():
    got = _triples("Kyiv tabled a ten-point plan. It is now clear to Moscow that Ukraine will become part of the EU.")
    assert ("UKR", "alignment.eu", "demand") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Crimea will never be recognised as Russian, Zelensky said.", ("UKR", "territory.crimea", "reject")),
    ("Sanctions will not be lifted until Russia withdraws, Kallas said.", ("EU", "sanctions.relief", None)),
    ("No troops from NATO countries will be accepted, a Kremlin source said.", ("RUS", "security.foreign_troops", "reject")),
    ("Lavrov said no European soldiers would be tolerated in Ukraine.", ("RUS", "security.foreign_troops", None)),
])
def test_what_a_speaker_says_will_not_be_done_is_the_speakers_refusal(text, expected):
    actor, issue, stance = expected
    got = _triples(text)
    assert any(a == actor and i == issue and (stance is None or s == stance) for a, i, s in got), got
    assert not any(a == actor and i == issue and s == "accept" for a, i, s in got), got


@pytest.mark.parametrize("text, expected", [
    ('"We will never give up Crimea." That was the message from Zelensky on Monday.', ("UKR", "territory.crimea", "reject")),
    ('"There can be no truce until Kyiv leaves Kherson." The words were Lavrov\'s.', ("RUS", "territory.kherson", "demand")),
])
def test_a_quotation_owned_in_the_next_sentence_is_its_speakers(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("NATO allies such as Poland warned against any ceasefire that rewarded Russia.", ("POL", "ceasefire.general")),
    ("European countries like France and Germany want a truce.", ("DEU", "ceasefire.general")),
    ("Kyiv's European partners said Russia must withdraw from Kherson.", ("EUR", "territory.kherson")),
])
def test_members_named_as_examples_and_supporters_named_by_their_adjective_hold_the_stance(text, expected):
    got = _triples(text)
    assert any((a, i) == expected for a, i, _ in got), got
    assert not any(a == "UKR" for a, _, _ in got), got


@pytest.mark.parametrize("text", [
    "The coalition of the willing said it would deploy troops after a ceasefire.",
    "Paris said it would station troops in Ukraine after a truce.",
])
def test_a_mention_that_is_itself_a_verb_of_stance_is_read(text):
    assert any(i == "security.foreign_troops" for _, i, _ in _triples(text))


@pytest.mark.parametrize("text, expected", [
    ("Beijing has always maintained that dialogue and negotiation are the only way out of the crisis.",
     ("CHN", "talks.process", "demand")),
    ("Zelensky said an unconditional ceasefire was the first step.", ("UKR", "ceasefire.general", "demand")),
])
def test_what_is_called_the_way_or_the_first_step_is_demanded(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, given, wanted", [
    ("Zelensky said Ukraine was ready to drop its NATO bid in exchange for Western security guarantees.",
     ("UKR", "alignment.nato", "offer"), ("UKR", "security.guarantees", "demand")),
    ("Kyiv could consider territorial concessions in return for NATO membership.",
     ("UKR", "territory", None), ("UKR", "alignment.nato", "demand")),
])
def test_what_a_side_gives_something_in_return_for_is_demanded(text, given, wanted):
    got = _triples(text)
    assert wanted in got, got
    assert any(a == given[0] and i == given[1] and (given[2] is None or s == given[2]) for a, i, s in got), got


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said no to any territorial concessions.", ("UKR", "territory", "reject")),
    ("The Kremlin says no to European peacekeepers.", ("RUS", "security.foreign_troops", "reject")),
])
def test_saying_no_to_something_refuses_it(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("The main sticking point remains the status of the Donbas, which Moscow wants in full.",
     ("RUS", "territory.donetsk", "demand")),
    ("The key point is the future of Crimea, which Kyiv wants back.", ("UKR", "territory.crimea", "demand")),
])
def test_what_a_plan_word_is_said_to_be_is_no_plan_content(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text", [
    "Russia is said to favour a freeze in Zaporizhzhia.",
    "Kyiv is expected to demand security guarantees at the talks.",
])
def test_a_stance_said_or_expected_of_a_side_is_hedged(text):
    found = extract_document(make_doc(text), CB)
    assert found and all(s.hedged for s in found), found


@pytest.mark.parametrize("text, expected", [
    ("Ukraine is ready for a ceasefire, but Russia rejects it.", ("RUS", "ceasefire.general", "reject")),
    ("Moscow proposed an energy truce and Kyiv accepted it.", ("UKR", "ceasefire.energy", "accept")),
])
def test_it_after_a_verb_of_stance_is_the_issue_just_named(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected, place", [
    ("KYIV, Dec 2 (Reuters) - The Kremlin said on Tuesday it would not accept any European troops in Ukraine.",
     ("RUS", "security.foreign_troops", "reject"), "UKR"),
    ("Moscow, 3 December — Zelensky has rejected any freeze of the conflict.", ("UKR", "ceasefire.general", "reject"),
     "RUS"),
    ("ANKARA (AP) — Moscow said it was ready for a truce at sea.", ("RUS", "ceasefire.maritime", None), "TUR"),
])
def test_the_place_of_a_dateline_holds_nothing(text, expected, place):
    got = _triples(text)
    assert any(a == expected[0] and i == expected[1] and (expected[2] is None or s == expected[2]) for a, i, s in got), got
    assert not any(a == place for a, _, _ in got), got


@pytest.mark.parametrize("text, expected, wrong", [
    ("Moscow proposed an energy truce and Kyiv accepted it.", ("UKR", "ceasefire.energy", "accept"),
     ("RUS", "ceasefire.energy", "accept")),
    ("Paris drafted a plan for a truce and Moscow rejected it.", ("RUS", "ceasefire.general", "reject"),
     ("FRA", "ceasefire.general", "reject")),
])
def test_clauses_joined_with_subjects_of_their_own_are_read_apart(text, expected, wrong):
    got = _triples(text)
    assert expected in got and wrong not in got, got


@pytest.mark.parametrize("text, speaker, receiver", [
    ("Trump said Ukraine would never receive NATO membership.", "USA", "UKR"),
    ("Macron said Russia will not get any sanctions relief.", "FRA", "RUS"),
])
def test_what_a_speaker_says_a_side_will_not_get_is_the_speakers_refusal(text, speaker, receiver):
    got = _triples(text)
    assert any(a == speaker and s == "reject" for a, _, s in got), got
    assert not any(a == receiver for a, _, _ in got), got


def test_what_a_side_should_receive_is_wanted_for_it_not_pressed_on_it():
    got = _triples("Witkoff said Russia should get the Kherson and Zaporizhzhia oblasts.")
    assert ("USA", "territory.kherson", "demand") in got and ("USA", "territory.kherson", "pressure") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Moscow has conditioned any ceasefire on Kyiv's withdrawal from Kherson.",
     {("RUS", "ceasefire.general", "condition"), ("RUS", "territory.kherson", "demand")}),
    ("Ukraine tied its agreement to a ceasefire to the presence of European troops.",
     {("UKR", "security.foreign_troops", "demand")}),
])
def test_hanging_one_outcome_on_another_makes_it_the_condition_and_the_other_the_demand(text, expected):
    got = _triples(text)
    assert expected <= got, got


def test_it_after_a_thing_named_as_subject_is_the_thing_not_the_last_holder():
    got = _triples("Kyiv wants peace. This economic question complicates the talks, as it ties territory to "
                   "reconstruction and accountability.")
    assert not any(i in ("territory", "accountability.justice") for _, i, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Russia made clear that it would not return Crimea.", ("RUS", "territory.crimea", "reject")),
    ("Kyiv has vowed that it will never recognise the annexation.", ("UKR", "territory.recognition", "reject")),
])
def test_a_pronoun_subject_of_a_clause_is_the_subject_of_the_clause_above(text, expected):
    assert expected in _triples(text)


# -- questions, ultimatums, appraisals ---------------------------------------------------------------


@pytest.mark.parametrize("text, expected, absent", [
    ("Asked whether Moscow would agree to a ceasefire before a final deal, Lavrov said Russia had no interest in a "
     "pause.", ("RUS", "ceasefire.general", "reject"), ("RUS", "ceasefire.general", "offer")),
    ("When asked about the Donbas, Peskov said Russia would never give up the region.",
     ("RUS", "territory.donetsk", "reject"), ("RUS", "territory.donetsk", "demand")),
])
def test_a_question_leading_an_answer_names_its_topic_and_the_answer_gives_the_stance(text, expected, absent):
    got = _triples(text)
    assert expected in got and absent not in got, got


def test_a_request_is_still_a_demand_when_no_question_is_asked():
    assert ("UKR", "security.guarantees", "demand") in _triples("Zelensky asked Trump for security guarantees.")


@pytest.mark.parametrize("text, expected", [
    ("Trump gave Kyiv until Thursday to accept the deal.", ("USA", "talks.process", "pressure")),
    ("Trump gave Putin two weeks to agree to a ceasefire.", ("USA", "ceasefire.general", "pressure")),
])
def test_a_deadline_given_to_a_side_presses_it(text, expected):
    assert expected in _triples(text)


def test_a_deadline_needs_a_time_not_any_object():
    got = _triples("The US gave Ukraine weapons to defend itself against Russia and reach a deal.")
    assert not any(s == "pressure" for _, _, s in got), got


@pytest.mark.parametrize("text, expected", [
    ("Rubio said the talks in Geneva were the most productive so far.", ("USA", "talks.process", "open")),
    ("Zelensky called the talks in Berlin difficult but productive.", ("UKR", "talks.process", "open")),
    ("Lavrov said the American proposals could serve as a basis for an agreement.", ("RUS", "talks.process", "open")),
    ("The Kremlin sees the US draft as a starting point for negotiations.", ("RUS", "talks.process", "open")),
])
def test_talks_called_productive_or_a_basis_are_open(text, expected):
    assert expected in _triples(text)


def test_a_refusal_read_with_its_negation_outranks_a_tentative_acceptance_in_the_same_clause():
    from zopa.extract.stance import classify
    cue = classify("X0 said X1 would agree to a truce but had no interest in a pause.")
    assert cue is not None and cue.stance == "reject", cue


@pytest.mark.parametrize("text, expected", [
    ("Kyiv has proposed freezing the front line where it stands.", ("UKR", "ceasefire.general", "demand")),
    ("Scholz commended Kyiv's readiness for a ceasefire.", ("DEU", "ceasefire.general", "support")),
])
def test_freezing_the_front_and_praise_are_read(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected, absent", [
    ("Lavrov said Russia would insist on guarantees that Ukraine would never join NATO.",
     ("RUS", "security.guarantees", "demand"), ("RUS", "security.guarantees", "reject")),
    ("Kyiv keeps calling for security guarantees from Washington, which Vance has already dismissed.",
     ("UKR", "security.guarantees", "demand"), ("UKR", "security.guarantees", "reject")),
])
def test_a_cue_in_a_clause_below_the_mention_with_its_own_subject_does_not_govern_it(text, expected, absent):
    got = _triples(text)
    assert expected in got and absent not in got, got


@pytest.mark.parametrize("text, expected, absent", [
    ("Putin spoke in Bishkek on Thursday. The president said Ukraine must withdraw from Donbas.",
     ("RUS", "territory.donetsk", "demand"), ("UKR", "territory.donetsk", "demand")),
    ("Sybiha met his Turkish counterpart in Ankara. The foreign minister told reporters that Russia must return "
     "Crimea.", ("UKR", "territory.crimea", "demand"), ("RUS", "territory.crimea", "demand")),
])
def test_a_person_named_by_title_alone_is_the_person_holder_named_last(text, expected, absent):
    got = _triples(text)
    assert expected in got and absent not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said Kyiv needs security guarantees first, as the Trump administration presses both sides to reach a "
     "quick deal.", {("UKR", "security.guarantees", "demand"), ("USA", "talks.process", "pressure")}),
    ("Peskov said Moscow would not accept European troops, while the British government called for a reassurance "
     "force.", {("RUS", "security.foreign_troops", "reject"), ("GBR", "security.foreign_troops", "demand")}),
])
def test_a_clause_opened_by_as_or_while_with_a_subject_of_its_own_is_that_subjects(text, expected):
    got = _triples(text)
    assert expected <= got, got


def test_a_reporter_keeps_the_stance_it_states_in_a_clause_of_its_own():
    got = _triples("Lavrov said Moscow would never accept NATO troops in Ukraine, while the French government called "
                   "for a reassurance force.")
    assert {("RUS", "security.foreign_troops", "reject"), ("FRA", "security.foreign_troops", "demand")} <= got, got


@pytest.mark.parametrize("text, expected", [
    ('Putin spoke in Bishkek on Thursday. "If Ukrainian troops leave Donbas, hostilities will cease," the head of '
     'state told journalists.', ("RUS", "territory.donetsk", "demand")),
    ('Erdogan hosted the talks in Istanbul. "A ceasefire must come first," the president told reporters.',
     ("TUR", "ceasefire.general", "demand")),
])
def test_a_quotation_attributed_to_a_title_is_the_person_named_before(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected, absent", [
    ("Washington has proposed turning the area into a free economic zone, an idea Moscow has so far shown little "
     "interest in.", ("USA", "territory", "demand"), ("USA", "territory", "reject")),
    ("Paris floated a European reassurance force, a proposal the Kremlin has repeatedly rejected.",
     ("FRA", "security.foreign_troops", "demand"), ("FRA", "security.foreign_troops", "reject")),
])
def test_a_relative_clause_beside_the_mention_with_its_own_subject_does_not_give_the_main_holder_its_stance(
        text, expected, absent):
    got = _triples(text)
    assert expected in got and absent not in got, got


@pytest.mark.parametrize("text, expected, absent", [
    ("Ukrainian officials said the provisions on territory and the army cap were unacceptable, and European "
     "governments drew up a counter-proposal that would set the ceiling at 800,000 troops.",
     ("EUR", "military.limits", "demand"), ("UKR", "military.limits", "demand")),
    ("Sybiha said Kyiv was ready for a ceasefire, and the Kremlin rejected any pause in the fighting.",
     ("RUS", "ceasefire.general", "reject"), None),
])
def test_a_clause_after_comma_and_with_a_subject_of_its_own_is_not_the_speakers_report(text, expected, absent):
    got = _triples(text)
    assert expected in got and absent not in got, got


def test_a_clause_after_and_that_is_still_reported():
    got = _triples("Peskov said Russia would not accept European troops, and that Moscow would insist on guarantees.")
    assert ("RUS", "security.guarantees", "demand") in got, got


@pytest.mark.parametrize("text, expected", [
    ("Moscow is unlikely to accept a ceasefire.", ("RUS", "ceasefire.general", "reject")),
    ("Russia is reluctant to accept European peacekeepers.", ("RUS", "security.foreign_troops", "reject")),
])
def test_unlikely_or_reluctant_to_accept_is_a_refusal(text, expected):
    got = _triples(text)
    assert expected in got and (expected[0], expected[1], "accept") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Zelensky met Macron, Starmer and Merz in London on Monday. The leaders said any peace deal must include robust "
     "security guarantees.", {("UKR", "security.guarantees", "demand"), ("FRA", "security.guarantees", "demand"),
                              ("GBR", "security.guarantees", "demand"), ("DEU", "security.guarantees", "demand")}),
    ("Britain, France and Germany met in Kyiv. They said a ceasefire must come first.",
     {("GBR", "ceasefire.general", "demand"), ("FRA", "ceasefire.general", "demand"),
      ("DEU", "ceasefire.general", "demand")}),
])
def test_a_group_speaker_stands_for_every_side_just_named(text, expected):
    got = _triples(text)
    assert expected <= got, got


def test_members_named_with_including_all_hold_what_their_group_drew_up():
    got = _triples("European allies including Britain, France and Germany drew up a counter-proposal that would cap "
                   "the army at 800,000.")
    assert {("GBR", "military.limits", "demand"), ("FRA", "military.limits", "demand"),
            ("DEU", "military.limits", "demand")} <= got, got


@pytest.mark.parametrize("text, expected", [
    ("The Russian side has rejected the proposals.", ("RUS", "talks.process", "reject")),
    ("Medinsky said he would examine the Ukrainian proposals and report on them to Putin.",
     ("RUS", "talks.process", "open")),
])
def test_a_plan_taken_up_in_a_sentence_naming_no_issue_is_a_stance_on_the_talks(text, expected):
    got = _triples(text)
    assert expected in got, got


def test_a_plan_taken_up_is_no_stance_of_the_plans_maker():
    got = _triples("Medinsky said he would examine the Ukrainian proposals and report on them to Putin.")
    assert not any(a == "UKR" for a, _, _ in got), got


def test_a_plans_numbered_list_and_its_paragraphs_of_prose_are_its_points_as_long_as_they_follow_each_other():
    text = ("The 28-point plan drafted by Witkoff was published on Thursday. Its key provisions include the following.\n"
            "1. Ukraine's sovereignty will be confirmed.\n"
            "2. The size of the armed forces will be limited to 600,000 personnel.\n"
            "3. Sanctions will be lifted in stages.\n"
            "4. Elections will be held within 100 days.\n\n"
            "Key points of the plan\n\n"
            "The armed forces would be capped at 600,000.\n\n"
            "Frozen assets would be used for reconstruction.\n\n"
            "All sides would receive amnesty.\n")
    got = _triples(text)
    assert {("USA", "military.limits", "demand"), ("USA", "sanctions.relief", "demand"),
            ("USA", "governance.elections", "demand"), ("USA", "assets.frozen", "demand"),
            ("USA", "accountability.justice", "demand")} <= got, got


@pytest.mark.parametrize("text, expected", [
    ("The coalition of the willing, led by Britain and France, said it was ready to deploy a reassurance force after a "
     "ceasefire.", {("GBR", "security.foreign_troops", "offer"), ("FRA", "security.foreign_troops", "offer")}),
    #  (a force of their own, held ready: their offer, see test_commitments.py)
    ("A group of European countries led by Germany called for tougher sanctions on Russia.",
     {("DEU", "sanctions.relief", "demand")}),
])
def test_the_members_who_lead_a_group_hold_what_it_holds(text, expected):
    got = _triples(text)
    assert expected <= got, got


@pytest.mark.parametrize("text, reporter, expected", [
    ("According to Witkoff, Moscow is prepared to freeze the front line in Zaporizhzhia and Kherson.", "USA",
     ("RUS", "territory.kherson", "offer")),
    ("According to the Kremlin, Kyiv has rejected the ceasefire.", "RUS", ("UKR", "ceasefire.general", "reject")),
])
def test_a_source_that_tells_of_anothers_stance_does_not_hold_it(text, reporter, expected):
    got = _triples(text)
    assert expected in got and not any(a == reporter for a, _, _ in got), got


@pytest.mark.parametrize("text, reporter, expected", [
    ("European officials said the US plan would force Ukraine to give up the Donbas.", "EUR",
     ("USA", "territory.donetsk")),
    ("Kyiv's diplomats said the Russian memorandum would force Ukraine to give up Kherson.", "UKR",
     ("RUS", "territory.kherson")),
])
def test_who_tells_what_a_plan_would_force_on_a_side_does_not_hold_it(text, reporter, expected):
    got = _triples(text)
    assert any((a, i) == expected and s in ("demand", "pressure") for a, i, s in got), got
    assert not any(a == reporter for a, _, _ in got), got


def test_forcing_a_side_to_act_presses_it():
    assert ("USA", "talks.process", "pressure") in _triples("Trump tried to force Zelensky to accept the deal.")


@pytest.mark.parametrize("text, expected", [
    ("Zelensky and European leaders said a ceasefire must come first.",
     {("UKR", "ceasefire.general", "demand"), ("EUR", "ceasefire.general", "demand")}),
    ("Macron and European leaders called for a ceasefire.",
     {("FRA", "ceasefire.general", "demand"), ("EUR", "ceasefire.general", "demand")}),
])
def test_a_leader_named_with_a_group_of_leaders_speaks_with_them(text, expected):
    got = _triples(text)
    assert expected <= got, got


def test_the_members_a_group_names_hold_what_it_holds():
    got = _triples("The coalition, which includes Britain, France and Poland, said a ceasefire must come first.")
    assert {("GBR", "ceasefire.general", "demand"), ("FRA", "ceasefire.general", "demand"),
            ("POL", "ceasefire.general", "demand")} <= got, got


def test_a_joint_statement_in_its_own_voice_is_its_signers():
    text = ("Joint statement by the leaders of France, Germany and Poland\n\n"
            "We welcome the efforts to bring about an end to the war.\n\n"
            "Ukraine must have strong security guarantees.\n\n"
            "We will continue to increase pressure on Russia through sanctions.\n")
    got = _triples(text)
    for actor in ("FRA", "DEU", "POL"):
        assert (actor, "security.guarantees", "demand") in got, got
        assert any(a == actor and i == "sanctions.relief" for a, i, _ in got), got
    assert not any(a == "UKR" for a, _, _ in got), got


def test_who_is_obliged_is_not_who_we_stands_for():
    got = _triples("Britain and France said they would keep up their support. Ukraine must have guarantees, they said. "
                   "We will not accept a ceasefire on Russia's terms, Macron added.")
    assert ("UKR", "ceasefire.general", "reject") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("European leaders issued a joint statement on Saturday. The statement said Ukraine must have robust security "
     "guarantees.", ("EUR", "security.guarantees")),
    ("Moscow handed over a memorandum in Istanbul. The document says Ukraine must withdraw from Kherson.",
     ("RUS", "territory.kherson")),
])
def test_a_record_that_speaks_speaks_for_its_makers(text, expected):
    got = _triples(text)
    assert any((a, i) == expected and s in ("demand", "pressure") for a, i, s in got), got
    assert not any(a == "UKR" for a, _, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("The plan, which Witkoff is said to have drawn up with Kirill Dmitriev, would require Ukraine to hand over the "
     "remaining territory it holds in the Donbas.",
     {("USA", "territory.donetsk", "demand"), ("RUS", "territory.donetsk", "demand")}),
    ("The proposal, which Paris drafted, would set up a buffer zone along the front line.",
     {("FRA", "territory", "demand")}),
])
def test_who_a_relative_clause_says_drew_up_a_plan_owns_it(text, expected):
    got = _triples(text)
    assert expected <= got and not any(a == "UKR" for a, _, _ in got), got


def test_ideas_taken_up_are_a_stance_on_the_talks():
    got = _triples('Ushakov told reporters that Russia had received "no official documents" but that it was open to '
                   'discussing the American ideas.')
    assert ("RUS", "talks.process", "open") in got, got


@pytest.mark.parametrize("text, expected, absent", [
    ("«We are ready to sit down at the negotiating table tomorrow. Our terms are simple: Ukrainian troops must leave "
     "Kherson,» Putin said.", ("RUS", "talks.process", "open"), None),
    ("«We will never accept a ceasefire, because Russia breaks every agreement», – has declared Zelensky.",
     ("UKR", "ceasefire.general", "reject"), ("RUS", "ceasefire.general", "reject")),
    ("„Ukraine will never give up Crimea“, Zelensky said.", ("UKR", "territory.crimea", "reject"), None),
    ("‘We will not accept European troops. Russia’s position is clear,’ Lavrov said.",
     ("RUS", "security.foreign_troops", "reject"), None),
])
def test_guillemets_and_low_quotes_are_quotations_with_their_attribution(text, expected, absent):
    got = _triples(text)
    assert any((a, i) == expected[:2] for a, i, _ in got) and absent not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Tusk said Europe must have a say on frozen Russian assets.", ("POL", "assets.frozen", "demand")),
    ("Starmer said Ukraine must have a seat at the negotiating table.", ("GBR", "talks.process", "demand")),
])
def test_who_must_have_a_say_is_wanted_at_the_table_not_pressed(text, expected):
    got = _triples(text)
    assert expected in got and (expected[0], expected[1], "pressure") not in got, got


def test_a_plan_taken_up_below_a_word_of_readiness_is_a_stance_on_the_talks():
    got = _triples("Zelensky said Kyiv was ready to move forward with the framework agreed in Geneva.")
    assert ("UKR", "talks.process", "open") in got, got


@pytest.mark.parametrize("text, expected", [
    ("Lavrov said a European reassurance force would be a legitimate target. Britain and France have said they are "
     "prepared to lead such a force.", {("GBR", "security.foreign_troops"), ("FRA", "security.foreign_troops")}),
    ("Zelensky proposed a demilitarised zone along the front. Moscow rejected such a zone.", {("RUS", "territory")}),
])
def test_an_issue_pointed_back_to_by_its_head_word_is_named_again(text, expected):
    got = {(a, i) for a, i, _ in _triples(text)}
    assert expected <= got, got


def test_work_agreed_on_a_plan_is_openness_to_the_talks():
    got = _triples("Kyiv and Washington agreed to keep working on the framework.")
    assert {("UKR", "talks.process", "open"), ("USA", "talks.process", "open")} <= got, got


@pytest.mark.parametrize("text, backers, owner", [
    ("Germany's Merz and France's Macron backed Zelensky's call for a ceasefire.", ("DEU", "FRA"), "UKR"),
    ("Paris and Berlin endorsed Washington's proposal for a 30-day truce.", ("FRA", "DEU"), "USA"),
])
def test_every_coordinated_backer_of_anothers_call_supports_its_owner(text, backers, owner):
    doc = make_doc(text)
    got = {(s.actor, s.stance, s.target) for s in extract_document(doc, CB) if s.issue == "ceasefire.general"}
    assert {(b, "support", owner) for b in backers} <= got, got
    assert not any(a in backers and st == "demand" for a, st, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Von der Leyen said the EU would keep up pressure on Moscow until a ceasefire was agreed.",
     ("EU", "pressure", "RUS")),
    ("Britain will keep up the pressure on Russia until it accepts a truce.", ("GBR", "pressure", "RUS")),
])
def test_pressure_kept_up_until_an_outcome_stays_pressure_on_the_one_pressed(text, expected):
    got = {(s.actor, s.stance, s.target) for s in extract_document(make_doc(text), CB)
           if s.issue == "ceasefire.general"}
    assert got == {expected}, got


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin dismissed the European counterproposal as unconstructive.", ("RUS", "talks.process", "reject")),
    ("Kyiv rejected the Russian counter-offer.", ("UKR", "talks.process", "reject")),
])
def test_a_counterproposal_is_a_plan(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Kyiv said a cap of 800,000 troops would be acceptable.", ("UKR", "military.limits", "offer")),
    ("Peskov said a pause in strikes on power plants would be broadly acceptable.", ("RUS", "ceasefire.energy", "offer")),
    ("Zelensky said Ukraine would be against any freeze of the front line.", ("UKR", "ceasefire.general", "reject")),
])
def test_would_be_opens_the_word_of_stance_that_follows_it(text, expected):
    got = _triples(text)
    assert expected in got and (expected[0], expected[1], "demand") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Peskov said that Moscow saw no point in a temporary ceasefire.", ("RUS", "ceasefire.general", "reject")),
    ("Kyiv sees no sense in a freeze of the front line.", ("UKR", "ceasefire.general", "reject")),
])
def test_seeing_no_point_in_an_outcome_refuses_it(text, expected):
    assert expected in _triples(text)


def test_no_point_in_talks_until_a_step_is_taken_demands_the_step():
    got = _triples("Kyiv sees no point in talks until Russian troops withdraw.")
    assert ("UKR", "territory", "demand") in got and ("UKR", "talks.process", "reject") not in got, got


@pytest.mark.parametrize("text, owner, issue", [
    ("Washington handed Kyiv a draft peace plan last week. It would require Ukraine to give up the Donbas.",
     "USA", "territory.donetsk"),
    ("On Monday, Russia presented Ukraine with a memorandum on a settlement. It calls for Kyiv to hold elections.",
     "RUS", "governance.elections"),
])
def test_who_hands_over_a_plan_owns_it_and_what_it_asks(text, owner, issue):
    got = _triples(text)
    assert (owner, issue, "demand") in got and not any(a == "UKR" and i == issue for a, i, _ in got), got


def test_a_point_made_is_no_plan_put_forward():
    got = _triples("Merz made the same point on Tuesday. It would leave Russia in control of the annexed regions.")
    assert ("DEU", "territory.recognition", "demand") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Ushakov said Moscow remained committed to working with Washington on a settlement.",
     ("RUS", "talks.process", "open")),
    ("Kyiv is committed to a just peace, Sybiha said.", ("UKR", "talks.process", "open")),
])
def test_committed_to_the_talks_is_openness(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("The deployment of European troops is unacceptable to Moscow.", ("RUS", "security.foreign_troops", "reject")),
    ("A freeze along the current front line would be acceptable to Kyiv, officials said.",
     ("UKR", "ceasefire.general", "accept")),
])
def test_whom_an_outcome_suits_or_not_holds_the_verdict(text, expected):
    assert expected in _triples(text)


def test_whom_an_outcome_is_needed_for_is_not_its_holder():
    got = _triples("Macron said security guarantees were essential for Ukraine.")
    assert ("FRA", "security.guarantees", "demand") in got and not any(a == "UKR" for a, _, _ in got), got


@pytest.mark.parametrize("text", [
    "President Zelensky spoke in Kyiv on Monday. Moscow wants Ukrainian troops to leave Donetsk. "
    "The president stressed that security guarantees from the United States must be ratified by Congress.",
    "Zelensky flew to Berlin. Russia still demands the whole of Donetsk. "
    "Security guarantees must be ratified by Congress, the president said.",
])
def test_a_title_after_a_country_stands_for_the_person_last_named(text):
    got = _triples(text)
    assert ("UKR", "security.guarantees", "demand") in got and not any(
        a == "RUS" and i == "security.guarantees" for a, i, _ in got), got


@pytest.mark.parametrize("text, owners, issue", [
    ("Britain and France have drawn up a plan for Ukraine. It would see a European force deployed after a ceasefire.",
     {"GBR", "FRA"}, "security.foreign_troops"),
    ("Paris and London presented Washington with a proposal on Monday. It calls for a month-long truce in the air "
     "and at sea.", {"GBR", "FRA"}, "ceasefire.maritime"),
])
def test_a_plan_drawn_up_jointly_is_every_authors_demand(text, owners, issue):
    got = _triples(text)
    assert {(a, issue, "demand") for a in owners} <= got, got


@pytest.mark.parametrize("text, expected", [
    ("Moscow considers the original version a possible basis for a final settlement, Peskov said.",
     ("RUS", "talks.process", "open")),
    ("Kyiv called the framework a workable foundation for a peace deal.", ("UKR", "talks.process", "open")),
])
def test_a_plan_judged_a_basis_for_a_settlement_is_openness(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Moscow signalled flexibility on a ceasefire.", ("RUS", "ceasefire.general", "offer")),
    ("Kyiv expressed its readiness to hold elections.", ("UKR", "governance.elections", "offer")),
    ("Zelensky would not budge on territory.", ("UKR", "territory", "demand")),
    ("Ukraine stands firm on its NATO ambitions.", ("UKR", "alignment.nato", "demand")),
    ("Russia is wary of any European troops in Ukraine.", ("RUS", "security.foreign_troops", "reject")),
    ("Moscow remains sceptical about a European force.", ("RUS", "security.foreign_troops", "reject")),
])
def test_flexibility_readiness_firmness_and_wariness(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("The proposal, which Kyiv has called unacceptable, would give Russia control of Donetsk.",
     ("UKR", "territory.donetsk", "reject")),
    ("The plan, which Moscow rejected, would deploy European troops in Ukraine.",
     ("RUS", "security.foreign_troops", "reject")),
])
def test_a_verdict_on_a_plan_in_its_relative_clause_is_on_what_the_plan_would_do(text, expected):
    assert expected in _triples(text)


def test_a_plan_with_an_owner_and_a_verdict_in_a_relative_clause_gives_both():
    got = _triples("The US plan, which Moscow rejected, would deploy European troops in Ukraine.")
    assert {("USA", "security.foreign_troops", "demand"), ("RUS", "security.foreign_troops", "reject")} <= got, got


@pytest.mark.parametrize("text, holder", [
    ("Sikorski said Ukraine must not be forced to give up land.", "POL"),
    ("Starmer said Ukraine must not be compelled to surrender territory.", "GBR"),
])
def test_a_side_that_must_not_be_forced_is_pressed_by_no_one(text, holder):
    got = {(s.actor, s.stance, s.target) for s in extract_document(make_doc(text), CB) if s.issue == "territory"}
    assert got and all(a == holder and st != "pressure" and t is None for a, st, t in got), got


@pytest.mark.parametrize("text, expected", [
    ("In response, Moscow branded the initiative as futile.", ("RUS", "talks.process", "reject")),
    ("Kyiv called the Russian memorandum absurd.", ("UKR", "talks.process", "reject")),
    ("The talks with Witkoff were extremely useful, Peskov said.", ("RUS", "talks.process", "open")),
])
def test_futile_or_useful_talks_and_plans(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ('He said the US suggested a truce at sea, adding: "Ukraine accepts this proposal."',
     {("USA", "ceasefire.maritime", "demand"), ("UKR", "ceasefire.maritime", "accept")}),
    ("Washington proposed a 30-day truce, and Moscow rejected that proposal.",
     {("USA", "ceasefire.general", "demand"), ("RUS", "ceasefire.general", "reject")}),
])
def test_a_proposal_pointed_back_to_in_the_sentence_carries_its_issues(text, expected):
    assert expected <= _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Washington proposed a 30-day ceasefire on Tuesday. Moscow rejected the proposal.",
     ("RUS", "ceasefire.general", "reject")),
    ("Kyiv offered a pause in strikes on power plants. The Kremlin said it would study the offer.",
     ("RUS", "ceasefire.energy", "open")),
    ("Washington proposed a 30-day ceasefire on Tuesday. Moscow rejected the American proposal.",
     ("RUS", "ceasefire.general", "reject")),
    ("Kyiv offered a pause in strikes on power plants. The Kremlin said it would study Kyiv's latest offer.",
     ("RUS", "ceasefire.energy", "open")),
])
def test_the_proposal_in_the_next_sentence_is_what_was_just_proposed(text, expected):
    got = _triples(text)
    assert expected in got and (expected[0], "talks.process", expected[2]) not in got, got


def test_the_proposal_after_no_proposal_is_a_stance_on_the_talks():
    got = _triples("Fighting continued around Donetsk. Moscow rejected the proposal.")
    assert ("RUS", "talks.process", "reject") in got and ("RUS", "territory.donetsk", "reject") not in got, got


def test_a_named_plan_is_not_what_was_just_called_for():
    got = _triples("He called for all prisoners to be released. Together we will implement the peace formula, he said.")
    assert not any(i == "humanitarian.exchange" and st == "accept" for _, i, st in got), got


@pytest.mark.parametrize("text, backer, owner", [
    ("Beijing welcomed Moscow's readiness to resume negotiations with Kyiv.", "CHN", "RUS"),
    ("Ankara welcomes Kyiv's willingness to hold talks with Russia.", "TUR", "UKR"),
])
def test_welcoming_anothers_willingness_supports_it(text, backer, owner):
    got = {(s.actor, s.stance, s.target) for s in extract_document(make_doc(text), CB) if s.issue == "talks.process"}
    assert (backer, "support", owner) in got and (backer, "open", None) not in got, got


@pytest.mark.parametrize("text, owner, expected", [
    ("Under the US-drafted plan, Ukraine would cede the rest of Donetsk.", "USA", "territory.donetsk"),
    ("The Kremlin-backed proposal would keep Russian troops in Zaporizhzhia.", "RUS", "territory.zaporizhzhia"),
])
def test_an_owner_joined_to_its_plan_by_a_hyphen_owns_it(text, owner, expected):
    got = _triples(text)
    assert (owner, expected, "demand") in got and not any(a == "UKR" for a, _, _ in got), got


def test_a_mediator_joined_by_a_hyphen_is_not_a_party_in_view():
    got = _triples("U.S.-brokered talks between Russia and Ukraine ended with both sides agreeing to a prisoner swap.")
    assert {("RUS", "humanitarian.exchange", "accept"), ("UKR", "humanitarian.exchange", "accept")} <= got, got


@pytest.mark.parametrize("text, expected", [
    ("Trump said the United States would help with security guarantees, but ruled out sending American troops.",
     {("USA", "security.guarantees"), ("USA", "security.foreign_troops")}),
    ("Britain would contribute to security guarantees for Ukraine.", {("GBR", "security.guarantees")}),
])
def test_help_or_contribution_promised_is_a_stance(text, expected):
    assert expected <= {(a, i) for a, i, _ in _triples(text)}


@pytest.mark.parametrize("text, expected", [
    ("Merz said Europe must be involved in any decision that affects its security.", ("DEU", "talks.process")),
    ("Ukraine has said it will not accept any deal imposed without its involvement.", ("UKR", "talks.process")),
])
def test_who_must_be_involved_is_a_stance_on_the_talks(text, expected):
    assert expected in {(a, i) for a, i, _ in _triples(text)}


@pytest.mark.parametrize("text, expected", [
    ("Kyiv rebuffed the proposal for a demilitarised zone.", ("UKR", "territory", "reject")),
    ("Moscow has resisted any deployment of European troops.", ("RUS", "security.foreign_troops", "reject")),
    ("Poland took issue with the plan to lift sanctions on Russia.", ("POL", "sanctions.relief", "reject")),
    ("Berlin raised objections to the use of frozen assets.", ("DEU", "assets.frozen", "reject")),
    ("The Kremlin said it would not discuss the presence of foreign troops.", ("RUS", "security.foreign_troops", "reject")),
    ("Ukraine has no objection to an energy truce, Sybiha said.", ("UKR", "ceasefire.energy", "accept")),
    ("Russia agreed in principle to a prisoner exchange.", ("RUS", "humanitarian.exchange", "accept")),
    ("Moscow walked back its demand for the whole of Zaporizhzhia.", ("RUS", "territory.zaporizhzhia", "offer")),
    ("Kyiv gave ground on the size of its army.", ("UKR", "military.limits", "offer")),
    ("Russia set out conditions for a ceasefire on Tuesday.", ("RUS", "ceasefire.general", "demand")),
])
def test_objecting_agreeing_in_principle_and_giving_ground(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Moscow is studying the American proposal on an energy truce.", ("RUS", "ceasefire.energy", "open")),
    ("Kyiv is weighing a freeze of the fighting along the front.", ("UKR", "ceasefire.general", "open")),
    ("The Kremlin poured cold water on the idea of a European peacekeeping force.",
     ("RUS", "security.foreign_troops", "reject")),
    ("Ukraine walked away from the talks in Istanbul.", ("UKR", "talks.process", "reject")),
    ("Russia and Ukraine resumed direct talks in Geneva.", ("RUS", "talks.process", "open")),
    ("Moscow remains adamant about the whole of Donetsk.", ("RUS", "territory.donetsk", "demand")),
])
def test_weighing_cold_water_walking_away_and_adamance(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, agreed, untouched", [
    ("Kyiv and Moscow agreed to swap prisoners, but without any breakthrough on a ceasefire.",
     "humanitarian.exchange", "ceasefire.general"),
    ("Russia and Ukraine agreed to meet again, but without progress on the Donbas.", "talks.process",
     "territory.donetsk"),
])
def test_what_talks_made_no_headway_on_is_no_ones_stance(text, agreed, untouched):
    got = _triples(text)
    assert any(i == agreed for _, i, _ in got) and not any(i == untouched for _, i, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Kyiv has refused, proposing instead a freeze along the current front line.", ("UKR", "ceasefire.general", "demand")),
    ("Moscow rejected the demand, calling instead for talks on a full settlement.", ("RUS", "talks.process", "demand")),
])
def test_a_participle_clause_after_a_refusal_is_read_by_its_own_verb(text, expected):
    got = _triples(text)
    assert expected in got and (expected[0], expected[1], "reject") not in got, got


@pytest.mark.parametrize("text, holder, other", [
    ("Speaking alongside Starmer in London, Zelensky insisted on security guarantees.", "UKR", "GBR"),
    ("After talks with Erdogan, Putin said Russia would not accept a ceasefire.", "RUS", "TUR"),
])
def test_a_side_named_after_a_preposition_in_a_lead_phrase_holds_nothing(text, holder, other):
    got = _triples(text)
    assert any(a == holder for a, _, _ in got) and not any(a == other for a, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Kyiv was urged to accept a ceasefire.",
    "Ukraine is being pressed to give up the Donbas, officials said.",
    "Kyiv was told to accept the loss of Crimea.",
])
def test_the_one_pressed_with_no_presser_named_holds_nothing(text):
    assert not any(a == "UKR" for a, _, _ in _triples(text))


def test_the_one_pressed_by_a_named_presser_is_pressed_by_it():
    got = _triples("Kyiv was urged by Washington to accept a ceasefire.")
    assert ("USA", "ceasefire.general", "pressure") in got and not any(a == "UKR" for a, _, _ in got), got


def test_a_third_party_expecting_another_to_act_presses_it():
    """ "X expects Y to do Z" (X a third party): pressure on Y (GUIDELINES rule 6), not X's own demand."""
    statements = extract_document(make_doc("Washington expects Europe to offer security guarantees to Kyiv."), CB)
    got = {(s.actor, s.issue, s.stance, s.target) for s in statements}
    assert ("USA", "security.guarantees", "pressure", "EUR") in got and not any(s.stance == "demand" for s in statements)


@pytest.mark.parametrize("text, expected", [
    ("The coalition of the willing wants to deploy troops to Ukraine, which Moscow will never allow.",
     ("RUS", "security.foreign_troops", "reject")),
    ("Moscow has repeatedly stated its readiness for a peaceful settlement.", ("RUS", "talks.process", "open")),
    ("China supports all efforts conducive to peace, Wang Yi said.", ("CHN", "talks.process", "demand")),
])
def test_a_which_clause_after_a_side_is_about_the_clause_before(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Trump gave Zelensky until Thursday to accept the plan.", ("USA", "talks.process", "pressure")),
    ("Washington gave Kyiv a week to accept the proposals.", ("USA", "talks.process", "pressure")),
])
def test_a_deadline_to_accept_a_plan_presses_the_one_given_it(text, expected):
    got = _triples(text)
    assert expected in got and not any(a == "UKR" for a, _, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Starmer said Britain and France would lead a multinational force in Ukraine after a ceasefire.",
     {("GBR", "security.foreign_troops"), ("FRA", "security.foreign_troops")}),
    ("France will lead a reassurance force, Macron said.", {("FRA", "security.foreign_troops")}),
])
def test_leading_a_force_is_providing_it(text, expected):
    assert expected <= {(a, i) for a, i, _ in _triples(text)}


@pytest.mark.parametrize("text, holder", [
    ("The Kremlin said a meeting between Putin and Zelensky was possible once a deal was ready.", "RUS"),
    ("Kyiv said talks with Moscow could resume only after a new round of talks with Washington.", "UKR"),
])
def test_an_outcome_conditional_on_one_of_its_own_issue_is_a_condition_only(text, holder):
    got = {st for a, i, st in _triples(text) if a == holder and i == "talks.process"}
    assert "condition" in got and "demand" not in got, got


@pytest.mark.parametrize("text, expected, absent", [
    ("Starmer warned that capping Ukraine's army would expose the country to another attack.",
     ("GBR", "military.limits", "reject"), ("GBR", "military.limits", "demand")),
    ("Macron warned that a ceasefire without guarantees would only let Russia rearm.",
     ("FRA", "security.guarantees", "demand"), ("FRA", "security.guarantees", "reject")),
])
def test_what_a_warning_says_would_follow_refuses_its_cause(text, expected, absent):
    got = _triples(text)
    assert expected in got and absent not in got, got


def test_a_warning_to_a_side_still_presses_it():
    assert ("USA", "ceasefire.general", "pressure") in _triples("Trump warned Moscow to accept a ceasefire.")


@pytest.mark.parametrize("text, holder, issue", [
    ("Washington handed Kyiv a draft plan. European leaders said the draft needed more work. In a joint statement, "
     "they said limits on Ukraine's armed forces were unacceptable.", "EUR", "military.limits"),
    ("Washington sent Moscow a proposal. The Kremlin said the proposal needed changes. Afterwards they said "
     "sanctions relief would have to come first.", "RUS", "sanctions.relief"),
])
def test_they_said_after_one_side_is_that_side_not_the_plan_just_named(text, holder, issue):
    got = {(a, i) for a, i, _ in _triples(text)}
    assert (holder, issue) in got and ("USA", issue) not in got, got


@pytest.mark.parametrize("text, presser, target", [
    ("Trump said Thursday was an appropriate deadline for Zelensky to accept the proposal.", "USA", "UKR"),
    ("Washington set a deadline for Kyiv to accept the framework, Rubio said.", "USA", "UKR"),
])
def test_a_deadline_for_a_side_to_accept_presses_it(text, presser, target):
    got = {(s.actor, s.stance, s.target) for s in extract_document(make_doc(text), CB)}
    assert (presser, "pressure", target) in got and not any(a == target for a, _, _ in got), got


@pytest.mark.parametrize("text, actor, issue", [
    ("Russia rejected an unconditional ceasefire, proposing instead a two- to three-day truce in some areas.",
     "RUS", "ceasefire.general"),
    ("Kyiv turned down the plan for a buffer zone, offering instead a demilitarised zone on both sides.", "UKR", "territory"),
])
def test_a_refusal_and_a_counter_offer_of_one_issue_are_both_read(text, actor, issue):
    got = {st for a, i, st in _triples(text) if (a, i) == (actor, issue)}
    assert "reject" in got and got & {"offer", "demand"}, got


@pytest.mark.parametrize("text, backer, owner, issue", [
    ("Poland echoed Kyiv's call for a full ceasefire.", "POL", "UKR", "ceasefire.general"),
    ("Macron echoed Zelensky's demand for security guarantees.", "FRA", "UKR", "security.guarantees"),
])
def test_echoing_anothers_call_backs_it(text, backer, owner, issue):
    got = {(s.actor, s.issue, s.stance, s.target) for s in extract_document(make_doc(text), CB)}
    assert {(backer, issue, "support", owner), (owner, issue, "demand", None)} <= got, got


@pytest.mark.parametrize("text, holder, issue", [
    ("Trump said he hoped the two sides could agree on a ceasefire.", "USA", "ceasefire.general"),
    ("Erdogan said he hoped both sides would agree to a prisoner swap.", "TUR", "humanitarian.exchange"),
])
def test_who_hopes_the_sides_will_agree_wants_it_and_the_sides_hold_nothing(text, holder, issue):
    got = _triples(text)
    assert (holder, issue, "demand") in got and not any(a in ("RUS", "UKR") for a, _, _ in got), got
