"""How 2025–26 news prose names each issue: the codebook's cues find it, and ordinary uses of a cue word
("land forces", "we guarantee the delivery", "trade talks", "a cap on heating prices") name no issue.

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from zopa.codebook import load_codebook
from zopa.extract import extract_document
from zopa.extract.pipeline import engine_for

from .helpers import make_doc, triples

CB = load_codebook()
ISSUES = engine_for(CB).issues


def _issues(text: str) -> set[str]:
    return {h.issue for h in ISSUES.find(text, 0, len(text))}


NAMED = [
    ('Kyiv wants Article 5-like protection from its partners.', {'security.guarantees'}),
    ('Europe offered a backstop for any settlement reached in Geneva.', {'security.guarantees'}),
    ('Britain said its pledges of security commitments would hold.', {'security.guarantees'}),
    ('Ukraine asked for safeguards against a renewed invasion.', {'security.guarantees'}),
    ('The allies discussed assurances that Russia would not attack again.', {'security.guarantees'}),
    ("Washington promised a protection mechanism modelled on the alliance's mutual defence clause.", {'security.guarantees'}),
    ('Zelensky called for an ironclad commitment to defend Ukraine if attacked.', {'security.guarantees'}),
    ('The Kremlin rejected any Western guarantor role in Ukraine.', {'security.guarantees'}),
    ('Moscow called for a halt to the fighting along the whole front.', {'ceasefire.general'}),
    ('Kyiv said an end to hostilities must come first.', {'ceasefire.general'}),
    ('Both sides agreed to a pause in fighting over Easter.', {'ceasefire.general'}),
    ('Russia proposed a three-day truce for the holiday.', {'ceasefire.general'}),
    ('The guns fell silent on Sunday under the deal.', {'ceasefire.general'}),
    ('Trump wants the killing to stop now.', {'ceasefire.general'}),
    ('Ukraine offered a mutual cessation of strikes along the front.', {'ceasefire.general'}),
    ('Russia refused a stand-down of its forces in the east.', {'ceasefire.general'}),
    ('Kyiv accepted a temporary halt in combat operations.', {'ceasefire.general'}),
    ('The Kremlin said negotiations would continue next week.', {'talks.process'}),
    ('Zelensky welcomed direct talks with Moscow.', {'talks.process'}),
    ('Witkoff pushed for a peace deal before the new year.', {'talks.process'}),
    ('Moscow wants a settlement that addresses the root causes.', {'talks.process'}),
    ('The sides will hold a summit in Budapest.', {'talks.process'}),
    ('Europe said the peace process must include Kyiv.', {'talks.process'}),
    ('Russia rejected a meeting of leaders before the terms are agreed.', {'talks.process'}),
    ('Ukraine is ready for a fresh round of consultations in Istanbul.', {'talks.process'}),
    ('Moscow demanded that Kyiv withdraw from the Donbas.', {'territory.donetsk', 'territory.luhansk'}),
    ('Ukraine will not give up occupied land.', {'territory'}),
    ('Kyiv could accept the front line frozen where it is.', {'territory', 'ceasefire.general'}),
    ('Washington floated land swaps between the two sides.', {'territory'}),
    ('Ukraine rejected any territorial handover to Russia.', {'territory'}),
    ('Moscow insisted on control of the entire Donetsk region.', {'territory.donetsk'}),
    ('Kyiv said it would never surrender its land.', {'territory'}),
    ('Russia demanded Ukraine hand over the rest of the region it still holds.', {'territory'}),
    ('Moscow wants strict limits on the Ukrainian military.', {'military.limits'}),
    ('Kyiv rejected a cap on the number of its soldiers.', {'military.limits'}),
    ('Russia demanded the demilitarization of Ukraine.', {'military.limits'}),
    ('Ukraine refused any restriction on its troop numbers.', {'military.limits'}),
    ('Moscow wants Kyiv to renounce its bid to join the Western military alliance.', {'alignment.nato'}),
    ('Ukraine will not abandon its aspiration to join NATO.', {'alignment.nato'}),
    ("Russia demanded a ban on Ukraine's accession to the alliance.", {'alignment.nato'}),
    ('Kyiv refused to drop its NATO hopes.', {'alignment.nato'}),
    ('Trump said he would ease the sanctions on Moscow.', {'sanctions.relief'}),
    ('Europe wants a new package of restrictive measures on Russia.', {'sanctions.relief'}),
    ('Brussels agreed to use immobilized Russian funds for a loan to Kyiv.', {'assets.frozen'}),
    ('Moscow demanded the return of its seized reserves.', {'assets.frozen'}),
    ('Russia wants Ukraine to hold a presidential vote.', {'governance.elections'}),
    ('Kyiv said it will not hold polls under martial law.', {'governance.elections'}),
    ("Moscow called Zelensky's government illegitimate and demanded a new poll.", {'governance.elections'}),
    ('Both sides agreed to a POW exchange of 1,000 for 1,000.', {'humanitarian.exchange'}),
    ('Kyiv demanded the return of abducted Ukrainian children.', {'humanitarian.exchange'}),
    ('The two sides swapped the bodies of fallen soldiers.', {'humanitarian.exchange'}),
    ('Russia offered to halt strikes on power facilities.', {'ceasefire.energy'}),
    ('Ukraine proposed a moratorium on attacks on the grid.', {'ceasefire.energy'}),
    ('Turkey pushed for freedom of navigation in the Black Sea.', {'ceasefire.maritime'}),
    ('Russia agreed to stop attacks on commercial vessels.', {'ceasefire.maritime'}),
    ("Europe pledged to come to Ukraine's defence if Russia attacks again.", {'security.guarantees'}),
    ('Moscow said any security arrangements must include Russia.', {'security.guarantees'}),
    ('Trump wants a stop to the bloodshed.', {'ceasefire.general'}),
    ('Kyiv backed a 30-day pause on attacks.', {'ceasefire.general'}),
    ('Putin wants all of Novorossiya.', {'territory'}),
    ('Moscow demands a smaller Ukrainian army.', {'military.limits'}),
    ('Moscow demanded a pledge that the alliance will not expand.', {'alignment.nato'}),
    ('The EU extended its penalties on Moscow for six months.', {'sanctions.relief'}),
    ("Brussels wants to tap the Russian central bank's frozen money.", {'assets.frozen'}),
    ('Ukraine demanded the release of civilians held by Russia.', {'humanitarian.exchange'}),
    ('Russia said its offensive will stop once Kyiv accepts the terms.', {'ceasefire.general'}),
    ('Kyiv offered a regime of silence for three days.', {'ceasefire.general'}),
    ('Ukraine offered to stop striking Russian oil facilities if Russia spares its power plants.', {'ceasefire.energy'}),
    # the terms of memoranda and peace plans as coverage lists them
    ('The Kremlin wants a cut in the number of servicemen in the Ukrainian army.', {'military.limits'}),
    ('Moscow demanded limits on the maximum number of military personnel Kyiv may keep.', {'military.limits'}),
    ('The text calls for demobilisation within 100 days.', {'military.limits'}),
    ('Russia insists on a halt to Western arms deliveries.', {'military.limits'}),
    ('The draft bans foreign formations on Ukrainian soil.', {'security.foreign_troops'}),
    ('London is ready to send foreign military units to Kyiv.', {'security.foreign_troops'}),
    ('Both sides would waive all claims for damage caused by the fighting.', {'accountability.justice'}),
    ('Kyiv wants a special tribunal for the crime of aggression.', {'accountability.justice'}),
    ('Moscow still speaks of the denazification of Ukraine.', {'rights.culture'}),
    ('The two sides agreed a 1,000-for-1,000 swap.', {'humanitarian.exchange'}),
    ('They will exchange all for all, the ombudsman said.', {'humanitarian.exchange'}),
    ('Russia wants Rosselkhozbank reconnected to the payment system.', {'sanctions.relief'}),
    ('The ceasefire should cover land and sea.', {'ceasefire.maritime'}),
    ('Ankara offered safe passage for ships leaving Odesa.', {'ceasefire.maritime'}),
    ('Kyiv refuses to pull its troops out of the east.', {'territory'}),
    ('The draft foresees a pullback from the front line.', {'territory'}),
    ("Trump has made ending Russia's war a priority.", {'talks.process'}),
    ('Brussels pressed for an end to the four-year conflict.', {'talks.process'}),
    ('Kyiv published its peace memorandum on Monday.', {'talks.process'}),
    ('Zelensky is seeking a meeting with Putin.', {'talks.process'}),
    ('Turkey offered to host the delegations again.', {'talks.process'}),
    ('Beijing keeps calling for a political solution.', {'talks.process'}),
    ('Ankara wants a settlement of the Ukrainian conflict this year.', {'talks.process'}),
    ('He vowed to resolve the Ukraine war quickly.', {'talks.process'}),
]


@pytest.mark.parametrize("text, expected", NAMED)
def test_issue_named_in_news_prose(text, expected):
    assert _issues(text) == expected


NOT_AN_ISSUE = [
    'The ministry said land forces were being reinforced.',
    'We guarantee the delivery of the parcels by Friday.',
    'The talks on the trade pact with China ended without result.',
    'The general said the front line was quiet overnight.',
    "Ukraine's land forces commander resigned on Monday.",
    'She said she could guarantee nothing about the weather.',
    'The board held talks with its bank creditors.',
    'Pensioners complained about the cap on heating prices.',
    'Either side could withdraw from it at any time.',
    'The party may withdraw from the coalition agreement.',
    'It guarantees a refund within a week.',
]


@pytest.mark.parametrize("text", NOT_AN_ISSUE)
def test_ordinary_word_names_no_issue(text):
    assert _issues(text) == set()


KEPT = [
    ("We guarantee Ukraine's security for as long as it takes.", {"security.guarantees"}),
    ("They would guarantee that the ceasefire holds.", {"security.guarantees", "ceasefire.general"}),
    ("The peace talks on the future of Ukraine resumed.", {"talks.process"}),
    ("Moscow wants a cap on the size of Ukraine's army.", {"military.limits"}),
    ("Kyiv will not cede land to the invader.", {"territory"}),
]


@pytest.mark.parametrize("text, expected", KEPT)
def test_issue_word_in_its_own_use_still_found(text, expected):
    assert _issues(text) == expected


STATEMENTS = [
    ("Ukraine asked for safeguards against a renewed invasion.", {("UKR", "security.guarantees", "demand")}),
    ("Kyiv accepted a temporary halt in combat operations.", {("UKR", "ceasefire.general", "accept")}),
    ("Russia rejected a meeting of leaders before the terms are agreed.", {("RUS", "talks.process", "reject")}),
    ("Ukraine will not give up occupied land.", {("UKR", "territory", "reject")}),
    ("Russia demanded the demilitarization of Ukraine.", {("RUS", "military.limits", "demand")}),
    ("Kyiv refused to drop its NATO hopes.", {("UKR", "alignment.nato", "reject")}),
    ("Europe wants a new package of restrictive measures on Russia.", {("EUR", "sanctions.relief", "demand")}),
    ("Kyiv demanded the return of abducted Ukrainian children.", {("UKR", "humanitarian.exchange", "demand")}),
    ("Russia offered to halt strikes on power facilities.", {("RUS", "ceasefire.energy", "offer")}),
    ("Turkey pushed for freedom of navigation in the Black Sea.", {("TUR", "ceasefire.maritime", "demand")}),
    ("The ministry said land forces were being reinforced.", set()),
    ("The board held talks with its bank creditors.", set()),
]


@pytest.mark.parametrize("text, expected", STATEMENTS)
def test_statement_on_newly_named_issue(text, expected):
    assert triples(extract_document(make_doc(text), CB)) == expected


def test_cue_written_with_choices_stands_for_every_phrase():
    from zopa.extract.issues import _expand
    assert _expand("{halt|pause} {in|to} {the|} fighting") == [
        "halt in the fighting", "halt in fighting", "halt to the fighting", "halt to fighting",
        "pause in the fighting", "pause in fighting", "pause to the fighting", "pause to fighting"]
    assert _expand("plain cue") == ["plain cue"]


CHOICES = [
    ("Both armies agreed to a suspension of shelling for the weekend.", {"ceasefire.general"}),
    ("Moscow said the shooting must stop before anything else.", {"ceasefire.general"}),
    ("Warsaw offered to host a meeting between the presidents.", {"talks.process"}),
    ("Kyiv will never relinquish its territory.", {"territory"}),
    ("Moscow wants restrictions on the number of its soldiers.", {"military.limits"}),
    ("The two sides exchanged POWs at the border.", {"humanitarian.exchange"}),
    ("Paris offered mutual defence commitments to Ukraine.", {"security.guarantees"}),
    ('Kyiv said non-membership in NATO could not be imposed on it.', {'alignment.nato'}),
    ('Moscow wants a legally binding promise that Ukraine stays outside the alliance.', {'alignment.nato'}),
    ("Hungary vowed to block Ukraine's entry into the EU.", {'alignment.eu'}),
    ('Kyiv wants to join the European bloc by 2030.', {'alignment.eu'}),
]


@pytest.mark.parametrize("text, expected", CHOICES)
def test_issue_named_by_a_cue_with_choices(text, expected):
    assert _issues(text) == expected
