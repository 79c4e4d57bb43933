"""Who did it to whom, and which word carries the act: sentences written for the tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.actors import ActorsStage
from eventwire.events import EventsStage
from eventwire.kb import KnowledgeBase
from eventwire.kb.base import _read_jsonl, load_role_nouns
from eventwire.model import Actor, Doc, Event, RawArticle
from eventwire.nlp import NlpStage, load_nlp
from eventwire.pipeline import Pipeline

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "kb_small.jsonl"


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    kb = KnowledgeBase(list(_read_jsonl(FIXTURE, "fixture")), load_role_nouns())
    return Pipeline([NlpStage(load_nlp()), ActorsStage(kb), EventsStage.load(kb)])


def code(pipe: Pipeline, text: str) -> Doc:
    return pipe.code(RawArticle(text=text, locator="t", published=dt.date(2022, 3, 3)))


def countries(doc: Doc, ids: tuple[str, ...]) -> set[str | None]:
    return {a.country for a in doc.actors if a.id in ids}


def only(doc: Doc) -> Event:
    assert len(doc.events) == 1, [(e.type, e.trigger) for e in doc.events]
    return doc.events[0]


def test_every_member_of_a_list_is_a_party(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya, Tanzania, and France met on Monday.")
    ev = only(doc)
    assert ev.type == "CONSULT" and countries(doc, ev.source) == {"KEN", "TZA", "FRA"}


def test_coordinated_nationality_adjectives_are_both_sources(pipe: Pipeline) -> None:
    doc = code(pipe, "The Kenyan and Tanzanian delegations agreed to share information.")
    ev = only(doc)
    assert ev.type == "AGREE" and countries(doc, ev.source) == {"KEN", "TZA"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya threatened to break off relations with Tanzania.", "THREATEN"),
        ("Kenya demanded that Tanzania release the prisoners.", "REQUEST"),
        ("Kenya offered its troops to Tanzania.", "AGREE"),
        ("Kenya rejected a fresh offer from Tanzania.", "REJECT"),
        ("Kenya presented evidence against Tanzania.", "ACCUSE"),
    ],
)
def test_target_from_complement_recipient_or_object_phrase(
    pipe: Pipeline, text: str, etype: str
) -> None:
    doc = code(pipe, text)
    ev = only(doc)
    assert ev.type == etype
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}


def test_event_noun_in_a_phrase_of_a_state_verb(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenyan troops remained on alert near the border.")
    ev = only(doc)
    assert ev.type == "MOBILIZE" and countries(doc, ev.source) == {"KEN"}
    doc = code(pipe, "A Tanzanian journalist was put under investigation in Kenya.")
    ev = only(doc)
    assert ev.type == "ACCUSE" and countries(doc, ev.target) == {"TZA"}


def test_a_noun_named_with_its_verb_carries_the_act_once(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya and Tanzania signed a treaty of friendship.")
    ev = only(doc)
    assert ev.type == "SUPPORT" and countries(doc, ev.source) == {"KEN", "TZA"}


def test_conditions_and_demanded_acts_belong_to_the_main_act(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya threatened to impose sanctions unless Tanzania accepted its terms.")
    assert [e.type for e in doc.events] == ["THREATEN"]
    doc = code(pipe, "Kenya rejected Tanzania's demand to sever ties with France.")
    assert [e.type for e in doc.events] == ["REJECT"]


def test_a_passive_conjunct_takes_the_first_verbs_subject_as_target(pipe: Pipeline) -> None:
    doc = code(pipe, "Tanzanian fishermen were detained and later released by Kenya.")
    ev = next(e for e in doc.events if e.type == "RETREAT")
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}


def test_the_means_of_a_passive_names_who_is_behind_it(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenyan troops were killed in a Tanzanian air strike near the border.")
    ev = only(doc)
    assert ev.type == "ASSAULT"
    assert countries(doc, ev.source) == {"TZA"} and countries(doc, ev.target) == {"KEN"}


@pytest.mark.parametrize(
    ("text", "etype", "cameo", "target"),
    [
        ("Kenya is ready to impose a curfew on Tanzania.", "THREATEN", "130", {"TZA"}),
        ("Kenya said it is prepared to lift the ban on Tanzania.", "AGREE", "030", {"TZA"}),
        ("Kenya is ready to host talks with Tanzania.", "AGREE", "036", set()),
    ],
)
def test_readiness_is_an_intent_of_the_subject(
    pipe: Pipeline, text: str, etype: str, cameo: str, target: set[str]
) -> None:
    ev = only(doc := code(pipe, text))
    assert (ev.type, ev.cameo) == (etype, cameo)
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == target


def test_an_act_named_in_a_phrase_of_an_event_noun_belongs_to_it(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya rejected an appeal for deploying troops along the border.")
    assert [e.type for e in doc.events] == ["REJECT"]


def test_seeking_to_act_is_no_request(pipe: Pipeline) -> None:
    # an intent to do what it aims at: deepening cooperation, an intent to cooperate (AGREE)
    doc = code(pipe, "Kenya is seeking to deepen its partnership with Tanzania.")
    assert [e.type for e in doc.events] == ["AGREE"]
    ev = only(doc := code(pipe, "Kenya is seeking talks with Tanzania."))
    assert ev.type == "REQUEST" and countries(doc, ev.target) == {"TZA"}


def test_a_clause_describing_what_an_act_is_about_is_no_act_of_its_own(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya will support a plan that aims to impose a blockade on Tanzania.")
    assert [e.type for e in doc.events] == ["AGREE"]
    doc = code(pipe, "Kenya condemned Tanzania, which attacked France on Monday.")
    assert sorted(e.type for e in doc.events) == ["ACCUSE", "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya arrested two Tanzanian soldiers suspected of attacking French troops.", "COERCE"),
        (
            "Kenya has offered to hand over to Tanzania two of its nationals suspected by France"
            " of bombing a French embassy.",
            "AGREE",
        ),
    ],
)
def test_what_a_participle_says_of_a_party_is_no_act_of_its_own(
    pipe: Pipeline, text: str, etype: str
) -> None:
    # the attack is what the men are suspected of, not an act the report states
    assert [e.type for e in code(pipe, text).events] == [etype]


@pytest.mark.parametrize(
    ("text", "etype", "cameo"),
    [
        ("Kenya and Tanzania reached a compromise on the border.", "AGREE", "030"),
        ("Kenya restored diplomatic ties with Tanzania.", "SUPPORT", "054"),
        ("Kenya received a mission of inspectors from France.", "RETREAT", "0862"),
        ("Kenya imposed a state of emergency in the north.", "COERCE", "1724"),
        ("Kenya halted aid deliveries to Tanzania.", "SANCTION", "160"),
        ("Kenyan forces completed their withdrawal from Tanzania.", "RETREAT", "087"),
        ("The Kenyan navy tightened its blockade of Tanzania.", "COERCE", "191"),
    ],
)
def test_codebook_classes_and_generic_objects(
    pipe: Pipeline, text: str, etype: str, cameo: str
) -> None:
    ev = only(doc := code(pipe, text))
    assert (ev.type, ev.cameo) == (etype, cameo) and "KEN" in countries(doc, ev.source)


def test_pushing_for_someone_to_act_is_a_request_to_them(pipe: Pipeline) -> None:
    ev = only(doc := code(pipe, "France is pushing hard for Kenya to support its plan."))
    assert ev.type == "REQUEST"
    assert countries(doc, ev.source) == {"FRA"} and countries(doc, ev.target) == {"KEN"}


def test_a_speaker_the_parser_hid_under_a_participle_still_asks(pipe: Pipeline) -> None:
    doc = code(pipe, "France operating in Kenya said Tanzanian forces must ensure security.")
    ev = only(doc)
    assert ev.type == "REQUEST"
    assert countries(doc, ev.source) == {"FRA"} and countries(doc, ev.target) == {"TZA"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenyan police imposed a curfew in Nairobi on Sunday.", "COERCE"),
        ("French troops fired shells at targets in Kenya.", "ASSAULT"),
        ("Tanzania threatened to impose a curfew in Kenya.", "THREATEN"),
    ],
)
def test_the_place_an_act_is_done_in_is_its_target(pipe: Pipeline, text: str, etype: str) -> None:
    ev = only(doc := code(pipe, text))
    assert ev.type == etype and countries(doc, ev.target) == {"KEN"}


@pytest.mark.parametrize(
    "text",
    [
        "Protesters in Paris blocked roads on Monday.",  # where the doers are, not the target
        "The French minister condemned the decision in Nairobi.",  # where it was said
    ],
)
def test_a_place_that_is_not_what_the_act_is_done_to_is_no_target(
    pipe: Pipeline, text: str
) -> None:
    assert only(code(pipe, text)).target == ()


def test_a_place_alone_makes_no_event(pipe: Pipeline) -> None:
    assert code(pipe, "Shootings in Nairobi have become rare.").events == ()


def test_a_person_of_a_country_brings_the_country_through_a_pronoun(pipe: Pipeline) -> None:
    text = "Chief Baraka Mwangi of Kenya said on Monday that he would be ready to host a meeting."
    ev = only(doc := code(pipe, text))
    (chief,) = (a for a in doc.actors if a.id in ev.source)
    assert chief.name == "Baraka Mwangi" and chief.country == "KEN"
    assert "he" in {m.text for m in chief.mentions}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenyan troops prepared to bomb Tanzanian positions.", "MOBILIZE"),
        ("Kenyan troops are gearing up to attack Tanzania.", "MOBILIZE"),
        ("Kenya is prepared to impose a blockade on Tanzania.", "THREATEN"),  # willingness
        ("Kenyan troops shelled Tanzanian positions.", "ASSAULT"),
    ],
)
def test_getting_ready_to_attack_is_a_force_posture(pipe: Pipeline, text: str, etype: str) -> None:
    ev = only(doc := code(pipe, text))
    assert ev.type == etype and countries(doc, ev.source) == {"KEN"}
    assert "TZA" in countries(doc, ev.target)


def test_a_generic_crowd_takes_the_country_of_its_events_place(pipe: Pipeline) -> None:
    ev = only(doc := code(pipe, "Hundreds of people blocked streets in Nairobi on Sunday."))
    assert ev.type == "PROTEST" and countries(doc, ev.source) == {"KEN"}


def test_only_generic_parties_are_localised() -> None:
    from eventwire.events.stage import _localise
    from eventwire.model import Mention, Place, Span

    crowd = Actor("A1", "people", (Mention(Span(0, 6), "people", "nominal"),))
    named = Actor("A2", "Baraka Mwangi", (Mention(Span(7, 20), "Baraka Mwangi", "name"),))
    known = Actor("A3", "Tanzania", (Mention(Span(21, 29), "Tanzania", "name"),), "TZA")
    ev = Event(
        "E1",
        "PROTEST",
        Span(0, 40),
        source=("A1", "A2"),
        target=("A3",),
        place=Place("Nairobi", country="KEN"),
    )
    actors = [crowd, named, known]
    _localise(actors, [ev])
    assert [a.country for a in actors] == ["KEN", None, "TZA"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A Kenyan journalist was arrested in France on Monday.", {"FRA"}),
        ("A Kenyan journalist was placed under investigation in France.", {"FRA"}),
        ("A Kenyan journalist was arrested by Tanzanian police in France.", {"TZA"}),
        ("A Kenyan journalist was killed in France on Monday.", set()),  # anyone may kill
    ],
)
def test_an_unnamed_authority_is_the_state_where_it_acts(
    pipe: Pipeline, text: str, source: set[str]
) -> None:
    ev = only(doc := code(pipe, text))
    assert countries(doc, ev.source) == source and countries(doc, ev.target) == {"KEN"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Tanzania will not provide support to Kenya, officials said.", "REJECT"),  # a "dative" to
        ("Tanzania refused to reply to an appeal from Kenya.", "REJECT"),  # whose demand
        (
            "Tanzanian workers threatened to stage a walkout unless Kenya lifted the ban.",
            "THREATEN",
        ),  # the condition's subject
        ("Tanzanian students blocked roads to protest against Kenya's decision.", "PROTEST"),
        # the doer's own "its ties" is not the target: the search goes on to Kenya
        (
            "Tanzania threatened to cut relations with Kenya over its links with France.",
            "THREATEN",
        ),
    ],
)
def test_targets_behind_datives_demands_conditions_and_purposes(
    pipe: Pipeline, text: str, etype: str
) -> None:
    ev = only(doc := code(pipe, text))
    assert ev.type == etype and countries(doc, ev.source) == {"TZA"}
    assert countries(doc, ev.target) == {"KEN"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenyan police prevented the rally staged by Tanzanian students.", "COERCE"),
        ("Kenya ordered a suspension of flights with Tanzania.", "SANCTION"),
        ("Kenyan troops stayed on alert in Tanzania.", "MOBILIZE"),
    ],
)
def test_event_nouns_find_parties_in_participles_of_phrases_and_their_verbs_place(
    pipe: Pipeline, text: str, etype: str
) -> None:
    ev = only(doc := code(pipe, text))
    assert ev.type == etype and countries(doc, ev.source) == {"KEN"}
    assert countries(doc, ev.target) == {"TZA"}


def test_attacks_by_x_on_y_with_on_hung_on_the_attacker(pipe: Pipeline) -> None:
    doc = code(pipe, "Attacks by Tanzanian rebels on Kenyan villages continued on Monday.")
    ev = only(doc)
    assert ev.type == "ASSAULT" and countries(doc, ev.source) == {"TZA"}
    assert countries(doc, ev.target) == {"KEN"}


def test_condemning_an_attack_whose_by_phrase_hangs_on_the_verb(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya condemned the attack on Tanzanian villages by French troops.")
    ev = only(doc)
    assert ev.type == "ACCUSE" and countries(doc, ev.target) == {"FRA"}


def test_we_in_a_direct_quotation_is_its_speaker() -> None:
    from eventwire.quotes import QuotesStage

    kb = KnowledgeBase(list(_read_jsonl(FIXTURE, "fixture")), load_role_nouns())
    quoting = Pipeline(
        [NlpStage(load_nlp()), ActorsStage(kb), QuotesStage.load(), EventsStage.load(kb)]
    )
    doc = code(quoting, '"We reject this plan," the Kenyan foreign minister told reporters.')
    ev = only(doc)
    assert ev.type == "REJECT" and countries(doc, ev.source) == {"KEN"}
    unquoted = code(quoting, "We reject this plan, the Kenyan foreign minister told reporters.")
    assert unquoted.events == ()  # no quotation marks: nobody is known to say "we"


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Kenyan students staged demonstrations on Monday to demand reforms by the"
        " Tanzanian government.",
        "Kenyan farmers began a hunger strike to protest against Tanzania's decision to close"
        " the border.",
        "Kenyan traders blocked roads to demand the return of land seized by Tanzanian troops.",
        "Kenyan nurses blocked roads on Sunday to press their demands for higher pay from the"
        " Tanzanian government.",
    ],
)
def test_a_protest_is_aimed_at_the_party_its_purpose_clause_names(
    pipe: Pipeline, text: str
) -> None:
    doc = code(pipe, text)
    ev = only(doc)
    assert ev.type == "PROTEST"
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # the first phrase names only the source ("his"): the party is in the next one
        ("Kenya has reneged on its commitment to the Tanzanian people.", "REJECT"),
        # through a partitive, in the object's own "for" phrase
        ("Kenya suspended part of a military aid program for Tanzania on Friday.", "SANCTION"),
        ("Kenyan officers ended mediation efforts between Tanzania and Uganda.", "SANCTION"),
    ],
)
def test_the_other_party_named_deeper_in_the_object_or_complement(
    pipe: Pipeline, text: str, etype: str
) -> None:
    doc = code(pipe, text)
    ev = only(doc)
    assert ev.type == etype
    assert countries(doc, ev.source) == {"KEN"} and "TZA" in countries(doc, ev.target)


def test_a_participle_describing_a_protest_names_no_target(pipe: Pipeline) -> None:
    # "rallies supporting X" says what the rallies were for, not whom they were aimed at
    doc = code(pipe, "Kenyan students staged rallies supporting Tanzania.")
    ev = only(doc)
    assert ev.type == "PROTEST" and ev.target == ()


def test_a_meeting_between_parties_names_them_as_targets(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya has offered to host a meeting between France and Tanzania.")
    ev = only(doc)
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"FRA", "TZA"}


def test_an_object_written_after_an_as_phrase_is_the_target(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya denounced as a crime Tanzania's crackdown on the opposition.")
    ev = next(e for e in doc.events if e.type == "ACCUSE")
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}


def test_a_dateline_is_not_the_subject_of_the_first_clause(pipe: Pipeline) -> None:
    doc = code(pipe, "NAIROBI, Kenya: Two French soldiers were killed in a Tanzanian air strike.")
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert countries(doc, ev.source) == {"TZA"} and countries(doc, ev.target) == {"FRA"}


def test_an_object_counted_with_up_to_is_the_target(pipe: Pipeline) -> None:
    # the parser hangs "to 12 … aid workers" on the particle "up"
    doc = code(pipe, "Kenyan gunmen have abducted up to 12 French aid workers in a raid.")
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"FRA"}


def test_a_bomb_exploded_in_a_capital_named_in_apposition(pipe: Pipeline) -> None:
    doc = code(pipe, "Tanzanian rebels exploded a bomb in the capital Nairobi.")
    ev = only(doc)
    assert (ev.type, ev.cameo) == ("ASSAULT", "183")
    assert countries(doc, ev.source) == {"TZA"} and countries(doc, ev.target) == {"KEN"}


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Kenya defended Tanzania against French criticism.", "SUPPORT", None),
        ("Kenyan dockworkers stopped work on Monday over pay.", "PROTEST", "strike"),
        ("Kenyan farmers blocked traffic outside the ministry.", "PROTEST", "obstruct"),
    ],
)
def test_verbs_of_defending_striking_and_obstructing(
    pipe: Pipeline, text: str, etype: str, mode: str | None
) -> None:
    ev = only(doc := code(pipe, text))
    assert (ev.type, ev.mode) == (etype, mode)
    assert countries(doc, ev.source) == {"KEN"}


def test_an_inquiry_into_acts_by_a_party_targets_that_party(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya launched an investigation into abuses committed by Tanzanian forces.")
    ev = only(doc)
    assert ev.type == "ACCUSE"
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}


def test_a_protest_in_defiance_of_a_party_targets_it(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenyan students blocked roads in defiance of the French embassy.")
    ev = only(doc)
    assert ev.type == "PROTEST"
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"FRA"}


def test_an_object_named_by_its_apposition(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenyan President Amina Odera met her French counterpart Paul Marchand.")
    ev = only(doc)
    assert ev.type == "CONSULT"
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"FRA"}


def test_protesting_is_the_purpose_of_an_act_done(pipe: Pipeline) -> None:
    doc = code(pipe, "Hundreds of Kenyans took to the streets to protest against French tariffs.")
    ev = only(doc)
    assert (ev.type, ev.modality) == ("PROTEST", "asserted")


def test_an_act_in_what_is_asked_is_not_coded_on_its_own(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya called on Tanzania to halt its offensive.")
    assert [e.type for e in doc.events] == ["REQUEST"]


def test_a_vow_to_go_on_with_an_attack_is_a_threat(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya vowed to continue its offensive against Tanzania.")
    assert [e.type for e in doc.events] == ["THREATEN"]


def test_an_over_phrase_names_the_issue_not_the_target(pipe: Pipeline) -> None:
    doc = code(pipe, "France imposed sanctions on Kenya over the arrest of Tanzanian activists.")
    ev = next(e for e in doc.events if e.type == "SANCTION")
    assert countries(doc, ev.source) == {"FRA"} and countries(doc, ev.target) == {"KEN"}


def test_the_place_of_a_passive_subject_is_where_the_act_was_done(pipe: Pipeline) -> None:
    doc = code(pipe, "Rebel positions in Kenya were shelled by Tanzanian forces.")
    ev = only(doc)
    assert countries(doc, ev.source) == {"TZA"} and countries(doc, ev.target) == {"KEN"}


def test_who_claims_responsibility_for_an_attack_is_its_source(pipe: Pipeline) -> None:
    doc = code(pipe, "The NLF claimed responsibility for the attack on Kenya.")
    ev = only(doc)
    assert ev.type == "ASSAULT"
    nlf = next(a for a in doc.actors if a.name == "Northern Liberation Front")
    assert ev.source == (nlf.id,) and countries(doc, ev.target) == {"KEN"}


def test_an_attack_noun_s_of_phrase_is_its_target(pipe: Pipeline) -> None:
    doc = code(pipe, "Tanzania's bombardment of Kenya continued on Sunday.")
    ev = only(doc)
    assert ev.type == "ASSAULT"
    assert countries(doc, ev.source) == {"TZA"} and countries(doc, ev.target) == {"KEN"}


def test_an_attack_noun_as_subject_lends_its_doer(pipe: Pipeline) -> None:
    doc = code(pipe, "The shelling of Kenya by Tanzanian forces killed three people.")
    assert {e.type for e in doc.events} == {"ASSAULT"}
    assert all(countries(doc, e.source) == {"TZA"} for e in doc.events)
    assert any(countries(doc, e.target) == {"KEN"} for e in doc.events)


def test_a_when_clause_names_who_did_a_passive_attack(pipe: Pipeline) -> None:
    doc = code(pipe, "At least ten Kenyans were killed when Tanzanian aircraft struck a house.")
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert countries(doc, ev.source) == {"TZA"} and countries(doc, ev.target) == {"KEN"}


def test_a_between_phrase_names_the_parties_of_a_mediation(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya offered to mediate between France and Tanzania.")
    ev = next(e for e in doc.events if e.type in ("CONSULT", "AGREE"))
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"FRA", "TZA"}


def test_the_alleged_act_of_a_passive_accusation_is_not_coded(pipe: Pipeline) -> None:
    doc = code(pipe, "The rebels were accused by the Kenyan government of attacking civilians.")
    ev = only(doc)
    assert ev.type == "ACCUSE"
    assert countries(doc, ev.source) == {"KEN"}


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Kenyan troops opened fire on Tanzanian protesters.", "ASSAULT", {"TZA"}),
        ("Kenya ratified a trade agreement with Tanzania.", "SUPPORT", {"TZA"}),
        ("Kenya held military exercises near the border.", "MOBILIZE", set()),
    ],
)
def test_opening_fire_ratifying_and_holding_exercises(
    pipe: Pipeline, text: str, etype: str, target: set[str]
) -> None:
    ev = only(doc := code(pipe, text))
    assert ev.type == etype
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == target


def test_protesting_that_something_happened_is_a_complaint(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya protested that Tanzania had closed the border.")
    ev = only(doc)
    assert (ev.type, ev.cameo) == ("ACCUSE", "111")
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}


def test_an_over_phrase_names_the_target_when_nothing_else_does(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenyan students protested over Tanzania's new border rules.")
    ev = only(doc)
    assert ev.type == "PROTEST"
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}


@pytest.mark.parametrize(
    ("text", "etype", "cameo"),
    [
        # endorsing an agreement ratifies it: PLOVER SUPPORT ("sign or ratify an agreement")
        ("The Kenyan parliament endorsed a trade agreement with Tanzania.", "SUPPORT", "057"),
        # endorsing a plan accepts it; endorsing a person is praise
        ("Kenya endorsed the plan of Tanzania.", "AGREE", "030"),
        ("Kenya endorsed Tanzania's candidate.", "SUPPORT", "051"),
    ],
)
def test_what_is_endorsed_decides_the_type(
    pipe: Pipeline, text: str, etype: str, cameo: str
) -> None:
    ev = only(doc := code(pipe, text))
    assert (ev.type, ev.cameo) == (etype, cameo) and "KEN" in countries(doc, ev.source)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan defence minister resigned on Monday.",
        "The Kenyan defence minister stepped down.",
    ],
)
def test_an_official_stepping_down_is_a_retreat(pipe: Pipeline, text: str) -> None:
    # PLOVER 0.8 RETREAT, mode resign: a material concession, not a verbal one (CONCEDE)
    ev = only(doc := code(pipe, text))
    assert (ev.type, ev.mode) == ("RETREAT", "resign") and countries(doc, ev.source) == {"KEN"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya is committed to holding free elections.",
        "The Kenyan minister said Kenya is committed to opening up its economy.",
        "Kenya committed itself to holding free elections.",
    ],
)
def test_a_commitment_is_an_agreement_by_whoever_is_committed(pipe: Pipeline, text: str) -> None:
    # PLOVER AGREE: "a commitment, not the act itself"; "is committed" is no passive act on Kenya
    ev = only(doc := code(pipe, text))
    assert ev.type == "AGREE" and countries(doc, ev.source) == {"KEN"}
    assert "KEN" not in countries(doc, ev.target)


def test_a_commitment_to_fight_is_a_threat(pipe: Pipeline) -> None:
    ev = only(doc := code(pipe, "Kenya is committed to fighting the Tanzanian rebels."))
    assert ev.type == "THREATEN" and countries(doc, ev.source) == {"KEN"}


def test_committing_a_crime_is_no_commitment(pipe: Pipeline) -> None:
    assert code(pipe, "Two Kenyan men committed crimes in the north.").events == ()


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan army has been holding Tanzanian refugees as human shields.",
        "Kenyan troops used Tanzanian villagers as shields.",
    ],
)
def test_holding_people_as_shields_is_an_assault_on_them(pipe: Pipeline, text: str) -> None:
    # PLOVER 0.8 ASSAULT, mode abduct: "take hostages or use people as shields"
    ev = only(doc := code(pipe, text))
    assert (ev.type, ev.mode, ev.cameo) == ("ASSAULT", "abduct", "181")
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}


@pytest.mark.parametrize(
    "text",
    ["Kenya acted as a shield for Tanzania.", "Kenya described its wall as a shield."],
)
def test_a_shield_that_uses_no_one_is_no_assault(pipe: Pipeline, text: str) -> None:
    assert code(pipe, text).events == ()


@pytest.mark.parametrize(
    ("text", "etype", "cameo"),
    [
        # letting goods or aid across is allowing access (PLOVER RETREAT, CAMEO 0863)
        (
            "Kenya opened its border with Tanzania to allow the delivery of grain.",
            "RETREAT",
            "0863",
        ),
        # opening the border to people is giving them refuge (PLOVER AID, asylum, CAMEO 075)
        ("Kenya opened its borders to Tanzanian refugees.", "AID", "075"),
    ],
)
def test_what_an_opened_border_lets_in_decides_the_type(
    pipe: Pipeline, text: str, etype: str, cameo: str
) -> None:
    ev = only(doc := code(pipe, text))
    assert (ev.type, ev.cameo) == (etype, cameo)
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya suspended the broadcasts of a Tanzanian radio station.",
        "Kenyan authorities closed two Tanzanian newspapers.",
    ],
)
def test_closing_a_publication_is_censorship(pipe: Pipeline, text: str) -> None:
    # PLOVER 0.8 COERCE, mode censor: "censor or restrict access to media and publications"
    ev = only(doc := code(pipe, text))
    assert (ev.type, ev.mode) == ("COERCE", "censor") and countries(doc, ev.source) == {"KEN"}


def test_closing_a_border_is_no_censorship(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya closed its border with Tanzania.")
    assert all(e.mode != "censor" for e in doc.events)


@pytest.mark.parametrize(
    ("text", "mode", "cameo"),
    [
        ("Kenya returned the seized helicopter to Tanzania.", "return", "0842"),
        ("Kenya returned ten Tanzanian prisoners.", "release", "0841"),
    ],
)
def test_returning_people_or_property_is_a_retreat(
    pipe: Pipeline, text: str, mode: str, cameo: str
) -> None:
    # PLOVER 0.8 RETREAT: "release captives, return property" (a material concession)
    ev = only(doc := code(pipe, text))
    assert (ev.type, ev.mode, ev.cameo) == ("RETREAT", mode, cameo)
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}


def name_of(doc: Doc, actor_id: str) -> str:
    return next(a.name for a in doc.actors if a.id == actor_id)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police are failing to protect displaced farmers, a rights group protested here.",
        "Kenyan police used excessive force against the farmers, a rights group complained.",
    ],
)
def test_a_complaint_written_after_what_it_reports_is_the_speakers(
    pipe: Pipeline, text: str
) -> None:
    doc = code(pipe, text)
    accusations = [e for e in doc.events if e.type == "ACCUSE"]
    assert len(accusations) == 1
    ev = accusations[0]
    assert "rights group" in {name_of(doc, a) for a in ev.source}
    assert countries(doc, ev.target) == {"KEN"}


def test_a_participle_after_an_apposition_is_no_report(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenyan police arrested the farmers, a group based near the border.")
    assert [e.type for e in doc.events] == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya mobilized troops along the border.",
        "The Kenyan army mobilized after the attack.",
        "Thousands of reservists were mobilized by Kenya.",
    ],
)
def test_a_security_force_mobilizing_is_mobilize(pipe: Pipeline, text: str) -> None:
    assert [e.type for e in code(pipe, text).events] == ["MOBILIZE"]


def test_mobilizing_voters_is_no_mobilize(pipe: Pipeline) -> None:
    doc = code(pipe, "The Kenyan opposition mobilized its supporters ahead of the vote.")
    assert "MOBILIZE" not in {e.type for e in doc.events}


def test_helping_to_do_an_act_is_that_act(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya mobilized lobby groups in Tanzania to help support the farmers.")
    ev = only(doc)
    assert ev.type == "SUPPORT" and ev.modality == "asserted"
    assert countries(doc, ev.source) == {"KEN"}


def test_help_alone_is_aid(pipe: Pipeline) -> None:
    assert only(code(pipe, "Kenya helped Tanzania with food.")).type == "AID"


def test_deepening_cooperation_is_cooperate_and_seeking_to_is_an_intent(pipe: Pipeline) -> None:
    done = only(code(pipe, "Kenya and Tanzania deepened their security cooperation."))
    assert done.type == "COOPERATE"
    doc = code(pipe, "Kenya and Tanzania are seeking to expand their cooperation on trade.")
    ev = only(doc)
    assert ev.type == "AGREE" and countries(doc, ev.source) == {"KEN", "TZA"}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government has taken steps to ease restrictions on the press.",
        "Kenya has taken several steps to expand political freedoms.",
    ],
)
def test_taking_steps_to_concede_is_conceding(pipe: Pipeline, text: str) -> None:
    doc = code(pipe, text)
    ev = only(doc)
    assert ev.type == "CONCEDE" and ev.modality == "asserted"
    assert countries(doc, ev.source) == {"KEN"}


def test_steps_still_to_be_taken_are_an_intent(pipe: Pipeline) -> None:
    ev = only(code(pipe, "Kenya will take measures to ease sanctions on Tanzania."))
    assert ev.type == "AGREE"


def test_securing_an_act_without_a_giver_is_not_receiving_it(pipe: Pipeline) -> None:
    assert code(pipe, "Kenya secured a ceasefire.").events == ()


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya received military aid from Tanzania.", "AID"),
        ("Kenyan farmers won assurances from Tanzania.", "AGREE"),
        ("Kenya got support from Tanzania for its bid.", "SUPPORT"),
    ],
)
def test_what_is_received_from_someone_is_their_act(pipe: Pipeline, text: str, etype: str) -> None:
    doc = code(pipe, text)
    ev = only(doc)
    assert ev.type == etype
    assert countries(doc, ev.source) == {"TZA"} and countries(doc, ev.target) == {"KEN"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan officials said that lifting the sanctions on Tanzania is out of the question.",
        "Lifting the sanctions on Tanzania is out of the question, Kenyan officials said.",
    ],
)
def test_what_a_speaker_calls_out_of_the_question_is_rejected(pipe: Pipeline, text: str) -> None:
    doc = code(pipe, text)
    ev = only(doc)  # the lifting is what is rejected, not an act of its own
    assert ev.type == "REJECT" and ev.trigger is not None
    assert ev.trigger.of(text) == "out"
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}
