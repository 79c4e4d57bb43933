"""Keyword rules: parsing, firing, exceptions, and the shipped rules file."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.classify.labels import LabelTable
from eventwire.classify.rules import Rules, RulesError, parse_rules

RULES = "\n".join([
    "# a comment",
    "SUIC_BOMB\t6\tsuicide bomber\t-\tfoiled",
    "PEACE_PROTEST\t1.5\t\\[size=\tprotest\ttear gas",
    "PROTEST_WITH_INTER\t3\ttear gas\tprotest\t-",
    "PROTEST_WITH_INTER\t-1\tpeaceful\t-\t-",
    "",
])


@pytest.fixture(scope="module")
def shipped() -> Rules:
    return Rules.load()


def test_a_rule_fires_on_its_cue() -> None:
    rules = Rules(parse_rules(RULES))
    assert rules.boosts("A suicide bomber struck the market.") == {"SUIC_BOMB": 6.0}
    assert rules.best("A suicide bomber struck the market.") == ("SUIC_BOMB", 6.0)


def test_unless_and_requires_gate_a_rule() -> None:
    rules = Rules(parse_rules(RULES))
    assert rules.boosts("Police foiled a suicide bomber.") == {}
    assert rules.boosts("Teachers protest outside the ministry. [size=around 200]") == {
        "PEACE_PROTEST": 1.5}
    assert rules.boosts("Police fired tear gas at the protest. [size=dozens]") == {
        "PROTEST_WITH_INTER": 3.0}
    assert rules.boosts("Police fired tear gas at the smugglers.") == {}


def test_boosts_add_up_and_negative_totals_never_win() -> None:
    rules = Rules(parse_rules(RULES))
    text = "Tear gas was fired at a peaceful protest."
    assert rules.boosts(text) == {"PROTEST_WITH_INTER": 2.0}
    assert rules.best("a peaceful day") is None


@pytest.mark.parametrize("line, message", [
    ("ONLY\tTWO", "expected 5 tab-separated fields"),
    ("X\tstrong\tcue\t-\t-", "is not a number"),
    ("X\t1\t(unclosed\t-\t-", "bad pattern"),
    ("X\t1\t-\t-\t-", "needs a pattern"),
])
def test_malformed_lines_are_errors_with_their_line(line: str, message: str) -> None:
    with pytest.raises(RulesError, match=f"rules.tsv:2: .*{message}"):
        parse_rules("# header\n" + line)


def test_reading_a_missing_file_is_a_rules_error(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="cannot read rules"):
        Rules.load(tmp_path / "nope.tsv")


def test_shipped_rules_name_known_labels(shipped: Rules) -> None:
    assert shipped.rules
    assert shipped.labels <= set(LabelTable.load().labels)


@pytest.mark.parametrize("text, label", [
    ("A suicide bomber blew himself up at a checkpoint, killing four.", "SUIC_BOMB"),
    ("Unknown men threw a grenade into a bar, wounding six.", "GRENADE"),
    ("An airstrike hit a market in the north.", "AIR_STRIKE"),
    ("A drone strike killed two commanders.", "AIR_STRIKE"),
    ("Around 200 teachers held a protest outside the ministry. [size=around 200]",
     "PEACE_PROTEST"),
    ("Police fired tear gas to disperse students protesting against fees. [size=hundreds]",
     "PROTEST_WITH_INTER"),
    ("A roadside IED exploded near a military convoy.", "REM_EXPLOS"),
    ("Bomb experts defused an explosive device found near a school.", "DISR_WEAP"),
    ("A mob lynched a suspected thief in the market.", "MOB_VIOL"),
    ("The two groups signed a ceasefire agreement in the capital.", "AGREEMENT"),
    ("The Islamist group claimed responsibility for the attack.", "ATTRIB"),
    ("A magnitude 6.1 earthquake struck the province.", "NATURAL_DISASTER"),
])
def test_shipped_rules_pick_strong_cues(shipped: Rules, text: str, label: str) -> None:
    best = shipped.best(text)
    assert best is not None and best[0] == label


def test_stun_grenades_at_a_riot_are_not_a_grenade_attack(shipped: Rules) -> None:
    text = "Soldiers fired tear gas and stun grenades at stone-throwing rioters."
    assert "GRENADE" not in shipped.boosts(text)


def test_a_claim_inside_a_dated_note_is_not_attribution(shipped: Rules) -> None:
    note = ("On 4 March 2021, militants attacked an army post near Kidal. "
            "The group claimed responsibility.")
    assert "ATTRIB" not in shipped.boosts(note)


@pytest.mark.parametrize("text, label", [
    ("Movement of forces: On 3 May 2021, an army convoy of twelve trucks left Gao for Ansongo.",
     "CHANGE_TO_GROUP_ACT"),
    ("Security measures: On 9 June 2020, the governor banned motorbikes in three districts.",
     "CHANGE_TO_GROUP_ACT"),
    ("Property destruction: On 2 May 2022, unknown people burned a school bus in Arlit.",
     "PROPERTY_DISTRUCT"),
    ("Looting: On 7 July 2021, armed men stole cattle from herders near Djibo.",
     "PROPERTY_DISTRUCT"),
    ("Weapons seizure: On 1 April 2022, police found a cache of rifles in a farmhouse.",
     "DISR_WEAP"),
    ("Non-violent activity: On 5 March 2022, militants preached at a mosque in Tillia.",
     "OTHER"),
])
def test_a_note_tag_names_the_sub_event_type(shipped: Rules, text: str, label: str) -> None:
    best = shipped.best(text)
    assert best is not None and best[0] == label


def test_a_tag_counts_only_at_the_start(shipped: Rules) -> None:
    text = "On 3 May 2021, soldiers clashed with rebels. Looting: none was reported."
    assert "PROPERTY_DISTRUCT" not in shipped.boosts(text)
