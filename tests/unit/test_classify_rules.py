"""Keyword rules: parsing, firing, exceptions, and the shipped rules file."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.classify.grievance import GrievanceError, parse_grievance, shipped_grievance
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


# ---------------------------------------------------------------- grievance clauses (conduct view)
CONDUCT_RULES = "\n".join([
    "PEACE_PROTEST\t1.5\tprotest\t-\tviolen\\w*|arrest\\w*\tconduct",
    "VIOL_DEMONSTR\t3\tviolen\\w*\tprotest\t-",
])


def test_a_conduct_rule_does_not_read_the_grievance() -> None:
    grievance = parse_grievance("against\nto decry\n")
    rules = Rules(parse_rules(CONDUCT_RULES), grievance)
    assert "PEACE_PROTEST" in rules.boosts("Nurses held a protest against police violence.")
    assert "PEACE_PROTEST" in rules.boosts("Crowds joined a protest to decry the arrests.")
    # the clause ends at a new clause: what the police did after it still counts
    text = "Nurses held a protest against the reform, when police arrested six."
    assert "PEACE_PROTEST" not in rules.boosts(text)
    # a text-view rule still reads everything
    assert "VIOL_DEMONSTR" in rules.boosts("Nurses held a protest against police violence.")


def test_conduct_keeps_offsets_and_needs_openers() -> None:
    rules = Rules((), parse_grievance("over\n"))
    norm = "farmers marched over land grabs. police watched"
    masked = rules.conduct(norm)
    assert len(masked) == len(norm) and "land" not in masked and "police watched" in masked
    with pytest.raises(GrievanceError, match="no grievance openers"):
        parse_grievance("# only a comment\n")
    with pytest.raises(RulesError, match="unknown view"):
        parse_rules("X\t1\tcue\t-\t-\tsideways")


@pytest.mark.parametrize("text, label", [
    ("Hundreds of students marched peacefully through the capital against police brutality.",
     "PEACE_PROTEST"),
    ("Pensioners rallied outside parliament to denounce the killing of a union leader.",
     "PEACE_PROTEST"),
    ("The sit-in by dismissed workers was suppressed within the hour.",
     "PROTEST_WITH_INTER"),
    ("Riot police detain dozens of pensioners at a sit-in over pension cuts.",
     "PROTEST_WITH_INTER"),
    ("Scores of demonstrators were wounded when troops moved against the march.",
     "FORCE_AGAINST_PROTEST"),
    ("Gunmen opened fire on a procession of opposition supporters, wounding nine.",
     "FORCE_AGAINST_PROTEST"),
    ("The capital saw a second night of violent demonstrations over the price of bread.",
     "VIOL_DEMONSTR"),
    ("The march against the dam turned increasingly violent as night fell.", "VIOL_DEMONSTR"),
    ("Masked youths at the fee protest were clashing with riot police by nightfall.",
     "VIOL_DEMONSTR"),
])
def test_shipped_protest_rules_read_conduct(shipped: Rules, text: str, label: str) -> None:
    best = shipped.best(text)
    assert best is not None and best[0] == label


@pytest.mark.parametrize("text, label", [
    # police named as the source of the report are not the target
    ("Gunmen shot dead four shoppers at a bus stop, police officials said.", "ATTACK"),
    ("A fire exchange between border guards and smugglers lasted two hours.",
     "ARMED_CLASH"),
    ("Supporters of two rival parties clashed outside a polling station, injuring twelve.",
     "MOB_VIOL"),
    ("Followers of two village chiefs clashed at the weekly market, injuring nine.", "MOB_VIOL"),
    ("A crate of rifles hidden under sacks of maize was confiscated at the checkpoint.",
     "DISR_WEAP"),
    ("Investigators said the letter bomb posted to the newspaper had been made safe.",
     "DISR_WEAP"),
    ("Government forces regained ground along the ridge after the rebels fell back.",
     "GOV_REGAINS_TERIT"),
    ("The rebels handed over control of the river port to monitors under the truce.",
     "NON_VIOL_TERRIT_TRANSFER"),
    ("The handover of two army bases to the regional government went ahead on schedule.",
     "NON_VIOL_TERRIT_TRANSFER"),
    ("Peacekeepers established a second forward operating base in the valley.",
     "HQ_ESTABLISHED"),
    ("Defections from the insurgent ranks have risen sharply this year, officials said.",
     "CHANGE_TO_GROUP_ACT"),
    ("The ministry dispatched two battalions to the northern oil fields.",
     "CHANGE_TO_GROUP_ACT"),
    ("Health officials are investigating a mass poisoning at a boarding school canteen.",
     "MAN_MADE_DISASTER"),
    ("Residents were evacuated after an ammonia leak at a cold-storage depot.",
     "MAN_MADE_DISASTER"),
    ("A ring trafficking endangered parrots across the border was dismantled.", "ORG_CRIME"),
    ("A militia spokesman denied the allegations that its fighters had burned the village.",
     "ATTRIB"),
])
def test_shipped_rules_complete_codebook_cues(shipped: Rules, text: str, label: str) -> None:
    best = shipped.best(text)
    assert best is not None and best[0] == label


def test_weapons_found_after_a_battle_are_not_a_disruption(shipped: Rules) -> None:
    text = "Soldiers clashed with militants near the forest; rifles were seized afterwards."
    assert shipped.boosts(text).get("DISR_WEAP", 0.0) < 3.0


def test_livestock_seized_by_militants_is_not_territory(shipped: Rules) -> None:
    text = "Gunmen seized forty camels from nomads at the wells."
    assert "NON_STATE_ACTOR_OVERTAKES_TER" not in shipped.boosts(text)


def test_a_coronavirus_curfew_is_not_a_natural_disaster(shipped: Rules) -> None:
    text = "Shops stayed shut under the coronavirus curfew as a crowd hurled bottles at officers."
    assert "NATURAL_DISASTER" not in shipped.boosts(text)


def test_factions_that_fire_guns_are_not_a_mob(shipped: Rules) -> None:
    text = "Supporters of two rival candidates clashed at the polls and pistols were fired."
    assert "MOB_VIOL" not in shipped.boosts(text)


def test_a_long_grievance_is_blanked_to_its_end(shipped: Rules) -> None:
    text = ("Bakers marched through the old town to protest the new flour tax that the council "
            "adopted without consulting the union that saw its leaders detained last winter")
    assert "PEACE_PROTEST" in shipped.boosts(text)


def test_a_bad_grievance_opener_names_its_line() -> None:
    with pytest.raises(GrievanceError, match=r"grievance.txt:2: bad pattern"):
        parse_grievance("against\n(unclosed\n")


def test_the_shipped_grievance_openers_load() -> None:
    pattern = shipped_grievance()
    assert pattern.search("workers marched against the pension reform")
    assert not pattern.search("soldiers clashed with rebels in the hills")


def test_fire_opened_on_a_post_is_no_base(shipped: Rules) -> None:
    assert "HQ_ESTABLISHED" not in shipped.boosts("Gunmen opened fire on police post at dawn.")
    assert "HQ_ESTABLISHED" in shipped.boosts("The rebels opened a new command post in the hills.")


def test_ground_ceded_in_a_battle_is_no_peaceful_transfer(shipped: Rules) -> None:
    text = "The garrison ceded the hill after rebels stormed its trenches."
    assert "NON_VIOL_TERRIT_TRANSFER" not in shipped.boosts(text)


def test_a_building_is_no_base_being_built(shipped: Rules) -> None:
    text = "Workers painted slogans on the building housing the union's headquarters."
    assert "HQ_ESTABLISHED" not in shipped.boosts(text)


def test_people_elsewhere_in_a_note_do_not_make_a_clash_an_attack(shipped: Rules) -> None:
    text = ("Gunmen shot dead two soldiers at a checkpoint. Later, people gathered at the "
            "scene.")
    assert "ARMED_CLASH" in shipped.boosts(text)


def test_a_threat_to_remove_protesters_is_no_intervention(shipped: Rules) -> None:
    threat = "Officials warned the protest camp outside the ministry would be forcibly removed."
    assert "PROTEST_WITH_INTER" not in shipped.boosts(threat)
    done = "Tenants camping outside the ministry in protest were forcibly removed at dawn."
    assert "PROTEST_WITH_INTER" in shipped.boosts(done)


def test_a_grievance_stops_at_the_main_verb(shipped: Rules) -> None:
    text = "Nurses protesting unpaid overtime were dispersed with tear gas outside the ministry."
    assert shipped.best(text) == ("PROTEST_WITH_INTER", 3.0)
