"""Pressure by third parties (GUIDELINES rule 6): who presses whom, on what.

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from zopa.codebook import load_codebook
from zopa.extract import extract_document

from .helpers import make_doc

CB = load_codebook()


def _got(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(s.actor, s.issue, s.stance, s.target) for s in extract_document(make_doc(text), CB)}


def _assert(text: str, expected: set, absent: set = frozenset()) -> None:
    got = _got(text)
    assert expected <= got, got
    assert not (set(absent) & got), got


@pytest.mark.parametrize("text, expected", [
    # the object of a verb of pressing, or what it presses on
    ("The State Department urged Moscow to accept an energy truce.", ("USA", "ceasefire.energy", "pressure", "RUS")),
    ("Berlin has been leaning on Kyiv to hold a presidential election.", ("DEU", "governance.elections", "pressure", "UKR")),
    ("Ankara called on Moscow to return to the negotiating table.", ("TUR", "talks.process", "pressure", "RUS")),
    # the subject of the clause a verb of demand governs
    ("Paris wants Washington to provide security guarantees.", ("FRA", "security.guarantees", "pressure", "USA")),
    ("The White House demanded that Kyiv hold elections.", ("USA", "governance.elections", "pressure", "UKR")),
])
def test_a_third_party_asking_another_to_act_presses_it(text, expected):
    got = _got(text)
    assert expected in got and (*expected[:2], "demand", None) not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Moscow wants Kyiv to withdraw from Zaporizhzhia.", ("RUS", "territory.zaporizhzhia", "demand", None)),
    ("Kyiv urged Washington to keep the sanctions on Russia in place.", ("UKR", "sanctions.relief", "demand", None)),
])
def test_a_principal_asking_another_to_act_demands_it(text, expected):
    got = _got(text)
    assert expected in got and not any(s == "pressure" for _, _, s, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Beijing was urged by Brussels to help end the war.", ("EU", "talks.process", "pressure", "CHN")),
    ("Kyiv has been pressured by Washington into accepting a maritime truce.",
     ("USA", "ceasefire.maritime", "pressure", "UKR")),
])
def test_a_passive_verb_of_pressing_with_an_agent_is_the_agent_s_pressure(text, expected):
    got = _got(text)
    assert expected in got and not any(a == expected[3] for a, *_ in got), got


@pytest.mark.parametrize("text, expected, absent", [
    # the modal's subject is a thing; the actor inside its phrase is not obliged
    ("European leaders said the road to membership in NATO must remain open.", ("EUR", "alignment.nato", "demand", None),
     ("EUR", "alignment.nato", "pressure", "NATO")),
])
def test_who_must_is_the_subject_of_the_obligation(text, expected, absent):
    _assert(text, {expected}, {absent})


@pytest.mark.parametrize("text, expected", [
    ('Vance said Kyiv "has to accept" a ceasefire now.', ("USA", "ceasefire.general", "pressure", "UKR")),
    ("Rubio told Moscow it would have to agree to an energy truce.", ("USA", "ceasefire.energy", "pressure", "RUS")),
])
def test_an_obligation_a_speaker_puts_on_another_presses_it(text, expected):
    _assert(text, {expected}, {(*expected[:2], "demand", None)})


@pytest.mark.parametrize("text, expected", [
    ("Starmer said Kyiv must have a voice in any talks.", ("GBR", "talks.process", "demand", None)),
    ("Macron said Ukraine should get security guarantees.", ("FRA", "security.guarantees", "demand", None)),
])
def test_what_one_must_have_or_get_is_wanted_for_it_not_pressed_on_it(text, expected):
    got = _got(text)
    assert expected in got and not any(s == "pressure" for _, _, s, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Washington stepped up pressure on Kyiv to sign the minerals deal.", ("USA", "talks.process", "pressure", "UKR")),
    ("Rutte said the allies must increase pressure on Moscow to agree to a ceasefire.",
     ("NATO", "ceasefire.general", "pressure", "RUS")),
    ("Kyiv is under heavy American pressure to hold elections.", ("USA", "governance.elections", "pressure", "UKR")),
])
def test_a_noun_of_pressure_names_presser_and_pressed(text, expected):
    got = _got(text)
    assert expected in got and not any(a == expected[3] for a, *_ in got), got


@pytest.mark.parametrize("text", [
    "Kyiv faces mounting pressure to accept a ceasefire.",
    "Ukraine is under pressure to agree to a deal that would cede Donetsk.",
])
def test_the_one_under_pressure_from_no_one_named_holds_nothing(text):
    assert _got(text) == set()


def test_a_plain_conditional_offer_presses_no_one():
    got = _got("London will lift its sanctions once Moscow withdraws from Kherson.")
    assert not any(s == "pressure" for _, _, s, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Washington handed Moscow an ultimatum: accept a ceasefire by Friday.", ("USA", "ceasefire.general", "pressure", "RUS")),
    ("The EU issued an ultimatum to Moscow to agree to a maritime truce.", ("EU", "ceasefire.maritime", "pressure", "RUS")),
])
def test_an_ultimatum_given_to_an_actor_presses_it(text, expected):
    assert expected in _got(text)


@pytest.mark.parametrize("text, expected", [
    ("The ball is in Kyiv's court on the energy truce, Witkoff said.", ("USA", "ceasefire.energy", "pressure", "UKR")),
    ("Washington twisted Kyiv's arm over the peace deal.", ("USA", "talks.process", "pressure", "UKR")),
    ("The onus is on Russia to accept the ceasefire, Macron said.", ("FRA", "ceasefire.general", "pressure", "RUS")),
    ("Washington presented Kyiv with a final offer to end the war.", ("USA", "talks.process", "pressure", "UKR")),
])
def test_idioms_of_pressure(text, expected):
    assert expected in _got(text)


@pytest.mark.parametrize("text", [
    "Russia's economy is under strain from Western sanctions.",
    "Washington has long pushed for a ceasefire.",
])
def test_no_one_pressed(text):
    assert not any(s == "pressure" for _, _, s, _ in _got(text))


@pytest.mark.parametrize("text, expected", [
    ("Rubio is set to urge Kyiv to accept the ceasefire.", ("USA", "ceasefire.general", "pressure", "UKR")),
])
def test_a_passive_that_foretells_leaves_the_subject_its_stance(text, expected):
    assert expected in _got(text)


@pytest.mark.parametrize("text, expected", [
    ("Washington threatened to impose tariffs on buyers of Russian oil.", ("USA", "sanctions.relief", "demand", None)),
    ("Brussels has threatened to seize frozen Russian assets.", ("EU", "assets.frozen", "demand", None)),
])
def test_a_threat_that_names_no_one_threatened_presses_no_one(text, expected):
    got = _got(text)
    assert expected in got and not any(s == "pressure" for _, _, s, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Washington told Moscow there could be no sanctions relief without a ceasefire.",
     ("USA", "ceasefire.general", "pressure", "RUS")),
    ("Macron warned Putin that a maritime truce was essential.", ("FRA", "ceasefire.maritime", "pressure", "RUS")),
])
def test_a_demand_told_to_another_presses_it(text, expected):
    assert expected in _got(text)


def test_an_offer_told_to_another_presses_no_one():
    got = _got("Starmer told Zelensky that Britain would send peacekeepers.")
    assert not any(s == "pressure" for _, _, s, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("The Americans are asking us to cede Zaporizhzhia, Zelensky told reporters.",
     ("USA", "territory.zaporizhzhia", "pressure", "UKR")),
    ("Zelensky said he was under pressure from Washington to hold elections.",
     ("USA", "governance.elections", "pressure", "UKR")),
])
def test_a_pronoun_pressed_in_reported_words_is_the_reporter(text, expected):
    assert expected in _got(text)


def test_coming_to_the_table_is_the_talks():
    assert ("USA", "talks.process", "pressure", "RUS") in _got("Rubio urged Moscow to come to the table.")


@pytest.mark.parametrize("text, expected", [
    ("Washington is putting pressure on Kyiv to sign the peace deal.", ("USA", "talks.process", "pressure", "UKR")),
    ("Brussels repeated its call for Moscow to accept an energy truce.", ("EU", "ceasefire.energy", "pressure", "RUS")),
    ("The British push for Moscow to agree to a ceasefire has stalled.", ("GBR", "ceasefire.general", "pressure", "RUS")),
])
def test_nouns_and_phrases_of_asking_another_to_act_press_it(text, expected):
    assert expected in _got(text)


def test_another_s_demand_that_a_side_act_is_its_pressure():
    got = _got("Kyiv rejected the Kremlin's demand that Moldova stay neutral and Washington's demand that Ukraine hold elections.")
    assert ("USA", "governance.elections", "pressure", "UKR") in got and ("UKR", "governance.elections", "reject", None) in got, got


@pytest.mark.parametrize("text, expected", [
    ("Trump said Zelensky should stop complaining and accept the peace deal.", ("USA", "talks.process", "pressure", "UKR")),
    ("Kallas said Russia must end its offensive and agree to an energy truce.", ("EU", "ceasefire.energy", "pressure", "RUS")),
])
def test_a_modal_shared_by_coordinated_verbs_obliges_both(text, expected):
    assert expected in _got(text)


@pytest.mark.parametrize("text", [
    "Kyiv has been told it must give up Zaporizhzhia.",
    "Ukraine was warned that it would have to accept a ceasefire.",
])
def test_the_one_told_it_must_act_by_no_one_named_holds_nothing(text):
    assert _got(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Washington set a deadline of Friday for Moscow to accept an energy truce.", ("USA", "ceasefire.energy", "pressure", "RUS")),
    ("Vance said Kyiv would have to make concessions on Zaporizhzhia.", ("USA", "territory.zaporizhzhia", "pressure", "UKR")),
])
def test_deadlines_adverbs_and_concessions_made_under_obligation(text, expected):
    assert expected in _got(text)


@pytest.mark.parametrize("text, expected", [
    ('"It is time for Moscow to agree to an energy truce," Macron wrote.', ("FRA", "ceasefire.energy", "pressure", "RUS")),
    ("Rubio said it was time for Kyiv to accept the peace deal.", ("USA", "talks.process", "pressure", "UKR")),
])
def test_whose_turn_it_is_to_act_is_pressed_by_the_speaker(text, expected):
    got = _got(text)
    assert expected in got and not any(a == expected[3] for a, *_ in got), got


def test_capitals_named_by_their_adjective_are_their_governments():
    assert ("USA", "talks.process", "pressure", "EUR") in _got(
        "Washington has been pressing European capitals to back the peace deal.")


@pytest.mark.parametrize("text, expected", [
    ("Moscow has two weeks to accept an energy truce, Rubio said.", ("USA", "ceasefire.energy", "pressure", "RUS")),
    ("Kyiv had ten days to agree to the peace deal, Witkoff told reporters.", ("USA", "talks.process", "pressure", "UKR")),
])
def test_the_time_one_has_to_act_told_by_another_presses_it(text, expected):
    got = _got(text)
    assert expected in got and not any(a == expected[3] for a, *_ in got), got
