"""Country and sector cues of actor phrases, on sentences written for the tests (fixture KB)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.actors import ActorsStage
from eventwire.kb import KnowledgeBase, norm
from eventwire.kb.base import _read_jsonl, load_org_heads, load_role_nouns
from eventwire.model import Actor, Doc, RawArticle
from eventwire.nlp import NlpStage, load_nlp
from eventwire.pipeline import Pipeline

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "kb_small.jsonl"
PLACES = {norm("Mombasa"): "KEN", norm("Arusha"): "TZA"}
SHIPS = {norm("Nimitz"): "USA", norm("Type 45"): "GBR"}


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    kb = KnowledgeBase(
        list(_read_jsonl(FIXTURE, "fixture")),
        load_role_nouns(),
        PLACES,
        SHIPS,
        org_heads=load_org_heads(),
    )
    return Pipeline([NlpStage(load_nlp()), ActorsStage(kb)])


def code(pipe: Pipeline, text: str) -> Doc:
    return pipe.code(RawArticle(text=text, locator="t", published=dt.date(2022, 3, 3)))


def actor_at(doc: Doc, words: str) -> Actor:
    at = doc.article.text.index(words)
    found = [a for a in doc.actors if any(m.span.start <= at < m.span.end for m in a.mentions)]
    assert found, (words, [(a.name, [m.text for m in a.mentions]) for a in doc.actors])
    return found[0]


def test_a_city_in_front_of_a_role_noun_gives_its_country(pipe: Pipeline) -> None:
    doc = code(pipe, "Mombasa police arrested two men on Friday.")
    police = actor_at(doc, "police")
    assert (police.country, police.sectors) == ("KEN", ("COP",))


def test_a_city_after_in_gives_its_country(pipe: Pipeline) -> None:
    doc = code(pipe, "Several teachers in Arusha went on strike over pay.")
    teachers = actor_at(doc, "teachers")
    assert (teachers.country, teachers.sectors) == ("TZA", ("EDU",))


def test_a_ship_class_gives_the_navy_that_operates_it(pipe: Pipeline) -> None:
    doc = code(pipe, "A Nimitz-class aircraft carrier entered the strait on Monday.")
    carrier = actor_at(doc, "carrier")
    assert (carrier.country, carrier.sectors) == ("USA", ("MIL",))


def test_a_ship_class_name_without_class_is_no_cue(pipe: Pipeline) -> None:
    doc = code(pipe, "Nimitz sailors went ashore on Monday.")
    sailors = actor_at(doc, "sailors")
    assert sailors.country is None


def test_a_struck_civilian_venue_is_a_civilian_actor_of_its_place(pipe: Pipeline) -> None:
    doc = code(pipe, "A bazaar in Mombasa was shelled overnight.")
    bazaar = actor_at(doc, "bazaar")
    assert (bazaar.country, bazaar.sectors) == ("KEN", ("CVL",))


def test_a_wedding_party_is_not_a_political_party(pipe: Pipeline) -> None:
    doc = code(pipe, "Gunmen fired on a wedding party in Arusha.")
    guests = actor_at(doc, "wedding party")
    assert guests.sectors == ("CVL",)


def test_an_unknown_organisation_named_after_a_country_gets_it(pipe: Pipeline) -> None:
    doc = code(pipe, "Tanzania Airways cancelled its evening flights.")
    airline = actor_at(doc, "Tanzania Airways")
    assert airline.country == "TZA"


def test_an_unknown_organisation_without_a_country_in_its_name_gets_none(pipe: Pipeline) -> None:
    doc = code(pipe, "Bluewater Holdings cancelled its evening flights.")
    firm = actor_at(doc, "Bluewater Holdings")
    assert firm.country is None


def test_an_unknown_town_gives_no_country(pipe: Pipeline) -> None:
    doc = code(pipe, "Kisumu police arrested two men on Friday.")
    police = actor_at(doc, "police")
    assert police.country is None and police.sectors == ("COP",)


def test_a_name_the_tagger_cut_short_grows_to_the_known_person(pipe: Pipeline) -> None:
    from spacy.tokens import Span

    from eventwire.actors.mentions import find_mentions

    kb = KnowledgeBase(list(_read_jsonl(FIXTURE, "fixture")), load_role_nouns())
    sdoc = load_nlp()("Defence Minister Amina Odera spoke in Mombasa.")
    sdoc.ents = [Span(sdoc, 2, 3, label="PERSON")]  # the tagger saw only "Amina"
    person = next(c for c in find_mentions(sdoc, kb) if c.label == "PERSON")
    assert (person.name, person.title) == ("Amina Odera", "Defence Minister")


def test_a_known_name_inside_a_longer_one_resolves() -> None:
    from eventwire.actors.mentions import Cand

    kb = KnowledgeBase(list(_read_jsonl(FIXTURE, "fixture")), load_role_nouns())
    stage = ActorsStage(kb)
    said = "Alhaji Amina Odera Wanjiru"
    cand = Cand(0, len(said), said, "name", "PERSON", name=said)
    res = stage.resolve(cand, dt.date(2022, 3, 3))
    assert res is not None and res.kb_id == "person:amina-odera" and res.country == "KEN"
    other = Cand(0, 12, "Wanjiru Kamau", "name", "PERSON", name="Wanjiru Kamau")
    assert stage.resolve(other, dt.date(2022, 3, 3)) is None


@pytest.mark.parametrize(
    ("text", "words", "sectors"),
    [
        ("A Kenyan army spokesman said the road was open.", "spokesman", ("MIL",)),
        ("A rebel commander said the town had fallen.", "commander", ("REB",)),
        ("The union leader called a strike in Mombasa.", "leader", ("LAB",)),
        ("The deputy leader of the party spoke on Monday.", "leader", ("PTY",)),
        ("An NLF spokesman denied the attack.", "spokesman", ("REB",)),
        ("A Kenyan spokesman declined to comment.", "spokesman", ()),
    ],
)
def test_a_spokesman_or_leader_takes_the_sectors_of_the_body_before_it(
    pipe: Pipeline, text: str, words: str, sectors: tuple[str, ...]
) -> None:
    assert actor_at(code(pipe, text), words).sectors == sectors


@pytest.mark.parametrize(
    ("text", "words", "sectors"),
    [
        ("A parliamentary delegation from Kenya arrived in Arusha.", "delegation", ("LEG",)),
        ("Kenyan aid workers reached the camp on Monday.", "workers", ("SOC",)),
        ("Two Tanzanian paratroopers were injured.", "paratroopers", ("MIL",)),
        ("Armed bandits stole 200 cattle near Mombasa.", "bandits", ("CRM",)),
        ("Kenyan negotiators left the talks.", "negotiators", ()),
    ],
)
def test_role_nouns_of_the_lexicon(
    pipe: Pipeline, text: str, words: str, sectors: tuple[str, ...]
) -> None:
    assert actor_at(code(pipe, text), words).sectors == sectors


def test_a_seat_of_government_is_named_as_the_text_names_it(pipe: Pipeline) -> None:
    doc = code(pipe, "Paris said on Monday that it would send more aid.")
    paris = actor_at(doc, "Paris")
    assert (paris.name, paris.country, paris.sectors) == ("Paris", "FRA", ("GOV",))


def test_an_apposition_says_who_an_unknown_person_is(pipe: Pipeline) -> None:
    doc = code(pipe, "Amani Odhiambo, a shop owner in Mombasa, said prices had doubled.")
    person = actor_at(doc, "Amani Odhiambo")
    assert (person.country, person.sectors) == ("KEN", ("BUS",))
    assert any("shop owner" in m.text for m in person.mentions)


def test_a_singular_finds_a_role_listed_in_the_plural(pipe: Pipeline) -> None:
    doc = code(pipe, "A trader in Arusha was robbed on Friday.")
    trader = actor_at(doc, "trader")
    assert (trader.country, trader.sectors) == ("TZA", ("BUS",))


def test_the_surname_he_is_part_of_a_name_not_a_pronoun(pipe: Pipeline) -> None:
    doc = code(pipe, "He Lanfang, a shop owner in Arusha, said prices had doubled.")
    person = actor_at(doc, "Lanfang")
    assert person.name == "He Lanfang"


@pytest.mark.parametrize(
    "text", ["NLF fighters seized the bridge.", "The NLF commander vowed revenge."]
)
def test_members_of_a_known_group_belong_to_it(pipe: Pipeline, text: str) -> None:
    member = actor_at(code(pipe, text), "NLF")
    assert (member.country, member.sectors, member.known_group) == (
        "KEN",
        ("REB",),
        "Northern Liberation Front",
    )


def test_an_administration_named_for_a_person_is_that_persons_government(pipe: Pipeline) -> None:
    doc = code(pipe, "The Marchand administration imposed new tariffs on Monday.")
    admin = actor_at(doc, "administration")
    assert (admin.country, admin.sectors) == ("FRA", ("GOV",))


def test_a_shadow_minister_is_the_opposition(pipe: Pipeline) -> None:
    doc = code(pipe, "Asha Mwangi, the shadow home secretary, said the plan was cruel.")
    assert actor_at(doc, "Asha Mwangi").sectors == ("OPP",)


def test_a_name_in_apposition_to_an_office_takes_it(pipe: Pipeline) -> None:
    doc = code(pipe, "The plan was drawn up by the health secretary, Asha Mwangi, in Mombasa.")
    person = actor_at(doc, "Asha Mwangi")
    assert person.sectors == ("GOV",) and any("health secretary" in m.text for m in person.mentions)


def test_a_demonym_before_a_people_says_where_they_live(pipe: Pipeline) -> None:
    doc = code(pipe, "Thousands of Kenyan Somalis marched through the city on Sunday.")
    assert actor_at(doc, "Somalis").country == "KEN"


def test_an_ethnic_minority_is_coded_where_it_lives(pipe: Pipeline) -> None:
    doc = code(pipe, "Ethnic French in Tanzania demanded better schools on Monday.")
    assert actor_at(doc, "French").country == "TZA"


def test_a_role_only_actor_takes_the_country_the_report_is_about(pipe: Pipeline) -> None:
    text = (
        "Kenya's opposition called a strike. In Mombasa, police fired tear gas at "
        "protesters, the Kenyan government said."
    )
    police = actor_at(code(pipe, text), "police")
    assert (police.country, police.sectors) == ("KEN", ("COP",))


def test_a_persons_nationality_does_not_pass_to_another_named_person(pipe: Pipeline) -> None:
    text = "President Bob Kamau gave a warm welcome on Monday to Tanzanian leader John Doe."
    doc = code(pipe, text)
    assert actor_at(doc, "John Doe").country == "TZA"
    assert actor_at(doc, "Bob Kamau").country is None


def test_a_persons_nationality_still_places_a_role_only_actor(pipe: Pipeline) -> None:
    doc = code(pipe, "Tanzanian leader John Doe said police had arrested two smugglers.")
    assert actor_at(doc, "police").country == "TZA"


def test_no_home_country_when_no_country_leads(pipe: Pipeline) -> None:
    text = "Kenya and Tanzania signed a trade pact. Police later arrested two smugglers."
    assert actor_at(code(pipe, text), "Police").country is None


def test_a_known_name_the_tagger_split_in_two_is_one_mention() -> None:
    from spacy.tokens import Span

    from eventwire.actors.mentions import find_mentions

    kb = KnowledgeBase(list(_read_jsonl(FIXTURE, "fixture")), load_role_nouns())
    sdoc = load_nlp()("Fighters of the Northern Liberation Front seized the bridge.")
    sdoc.ents = [Span(sdoc, 3, 4, label="NORP"), Span(sdoc, 4, 6, label="ORG")]
    names = [c.name for c in find_mentions(sdoc, kb) if c.kind == "name"]
    assert names == ["Northern Liberation Front"]


def test_an_organisation_name_runs_past_the_noun_chunk() -> None:
    from spacy.tokens import Span

    from eventwire.actors.mentions import find_mentions

    kb = KnowledgeBase(list(_read_jsonl(FIXTURE, "fixture")), load_role_nouns())
    sdoc = load_nlp()("The Ministry of Coastal Affairs closed the port.")
    sdoc.ents = [Span(sdoc, 0, 5, label="ORG")]
    found = [c for c in find_mentions(sdoc, kb) if c.start == 0 or c.start == 4]
    assert [(c.text, c.kind, c.role.sectors if c.role else None) for c in found] == [
        ("Ministry of Coastal Affairs", "name", ("GOV",))
    ]


def test_the_sectors_of_every_role_in_a_title_add_up(pipe: Pipeline) -> None:
    doc = code(pipe, "Deputy Minister of Defence Colonel-General Asha Mwangi arrived on Monday.")
    assert actor_at(doc, "Asha Mwangi").sectors == ("GOV", "MIL")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kenya's opposition called a strike. Western governments urged calm.", "governments"),
        ("Kenya's opposition called a strike. Foreign fighters crossed the border.", "fighters"),
    ],
)
def test_actors_marked_as_from_abroad_take_no_home_country(
    pipe: Pipeline, text: str, words: str
) -> None:
    assert actor_at(code(pipe, text), words).country is None


def test_a_plural_role_is_not_found_from_a_lookalike_singular() -> None:
    kb = KnowledgeBase([], load_role_nouns())
    assert kb.role_noun("aid") is None  # not "aides"
    role = kb.role_noun("trader")
    assert role is not None and role.sectors == ("BUS",)


def test_a_first_name_alone_joins_the_one_person_who_has_it(pipe: Pipeline) -> None:
    text = (
        "Families flee the rising water.\n\nSarah Wanjiru fled her village in May. Sarah said so."
    )
    doc = code(pipe, text)
    person = actor_at(doc, "Sarah Wanjiru")
    assert sum(m.text == "Sarah" for m in person.mentions) == 1


def test_a_shared_first_name_joins_nobody(pipe: Pipeline) -> None:
    text = "Families flee the rising water.\n\nSarah Wanjiru and Sarah Kamau fled. Sarah said so."
    doc = code(pipe, text)
    at = text.rindex("Sarah")
    alone = [a for a in doc.actors if any(m.span.start == at for m in a.mentions)]
    assert len(alone) == 1 and len(alone[0].mentions) == 1


def test_a_lower_case_word_tagged_as_a_person_is_no_actor(pipe: Pipeline) -> None:
    from spacy.tokens import Span

    from eventwire.actors.mentions import find_mentions

    kb = KnowledgeBase(list(_read_jsonl(FIXTURE, "fixture")), load_role_nouns())
    sdoc = load_nlp()("They hid in a warren of rooms.")
    sdoc.ents = [Span(sdoc, 4, 5, label="PERSON")]
    assert not [c for c in find_mentions(sdoc, kb) if c.kind == "name"]


def test_a_person_of_a_named_body_takes_its_country_and_sectors(pipe: Pipeline) -> None:
    doc = code(pipe, "Jomo Wekesa of the Northern Liberation Front said the talks had failed.")
    person = actor_at(doc, "Jomo Wekesa")
    assert (person.country, person.sectors) == ("KEN", ("REB",))
    front = actor_at(doc, "Northern Liberation Front")
    assert front is not person


def test_a_person_of_a_country_group_takes_its_country(pipe: Pipeline) -> None:
    doc = code(pipe, "Peter Mollel of the Tanzanian opposition rejected the results.")
    person = actor_at(doc, "Peter Mollel")
    assert (person.country, person.sectors) == ("TZA", ("OPP",))


def test_a_spokesman_for_a_body_takes_its_country_and_stays_apart_from_it(
    pipe: Pipeline,
) -> None:
    doc = code(
        pipe,
        "A spokesman for the Kenyan interior ministry, Otieno Kamau, said ten people died.",
    )
    person = actor_at(doc, "Otieno Kamau")
    assert (person.country, person.sectors) == ("KEN", ("GOV",))
    assert actor_at(doc, "spokesman") is person
    assert actor_at(doc, "interior ministry") is not person


def test_a_lone_surname_tagged_as_an_organisation_joins_the_person(pipe: Pipeline) -> None:
    doc = code(
        pipe,
        "Kenya's defence minister Lucas Orrantia said troops would be deployed. "
        "Orrantia added that the army was ready.",
    )
    first = doc.article.text.index("Orrantia")
    later = doc.article.text.index("Orrantia", first + 1)
    minister = actor_at(doc, "Lucas Orrantia")
    assert any(m.span.start == later for m in minister.mentions)
    assert minister.country == "KEN"


def test_a_national_branch_of_a_known_body_takes_the_country_and_the_body_sectors(
    pipe: Pipeline,
) -> None:
    doc = code(pipe, "The Tanzania Relief Crescent Society said 20 people were rescued.")
    branch = actor_at(doc, "Tanzania Relief Crescent Society")
    assert (branch.country, branch.sectors) == ("TZA", ("NGO",))


def test_a_mixed_case_name_the_kb_knows_is_found_untagged(pipe: Pipeline) -> None:
    doc = code(pipe, "BlueLink removed the accounts on Monday.")
    company = actor_at(doc, "BlueLink")
    assert (company.country, company.sectors) == ("KEN", ("BUS",))


@pytest.fixture(scope="module")
def pipe_peoples() -> Pipeline:
    """The fixture KB with a people, a small town and a place name that is also a word."""
    from eventwire.kb import People

    kb = KnowledgeBase(
        list(_read_jsonl(FIXTURE, "fixture")),
        load_role_nouns(),
        {**PLACES, norm("Independence"): "TZA"},
        SHIPS,
        weak_places={norm("Ngarua"): "KEN"},
        peoples={
            norm("Breton"): People("Breton", "FRA", "nation"),
            norm("Bretons"): People("Bretons", "FRA", "nation"),
        },
        place_stop=frozenset({"independence"}),
    )
    return Pipeline([NlpStage(load_nlp()), ActorsStage(kb)])


def test_a_people_named_before_a_role_noun_gives_its_homeland(pipe_peoples: Pipeline) -> None:
    doc = code(pipe_peoples, "Breton fishermen blocked the harbour on Tuesday.")
    fishermen = actor_at(doc, "fishermen")
    assert (fishermen.country, fishermen.sectors) == ("FRA", ("AGR",))


def test_a_people_is_its_own_actor_not_its_state(pipe_peoples: Pipeline) -> None:
    doc = code(pipe_peoples, "France rejected the demand, and the Bretons protested.")
    bretons, france = actor_at(doc, "Bretons"), actor_at(doc, "France")
    assert bretons.country == "FRA"
    assert bretons.id != france.id


def test_a_small_town_gives_its_country_after_a_place_word(pipe_peoples: Pipeline) -> None:
    doc = code(pipe_peoples, "The mayor of Ngarua said the road would reopen.")
    mayor = actor_at(doc, "mayor")
    assert (mayor.country, mayor.sectors) == ("KEN", ("GOV",))


def test_a_small_town_is_no_cue_in_an_organisation_name(pipe_peoples: Pipeline) -> None:
    doc = code(pipe_peoples, "Ngarua Holdings reported a loss.")
    assert all(a.country is None for a in doc.actors)


def test_a_place_name_that_is_a_word_is_no_cue_at_a_sentence_start(
    pipe_peoples: Pipeline,
) -> None:
    doc = code(pipe_peoples, "Independence leaders met in the capital.")
    leaders = actor_at(doc, "leaders")
    assert leaders.country is None


def test_a_city_the_tagger_calls_an_adjective_still_gives_its_country(
    pipe_peoples: Pipeline,
) -> None:
    doc = code(pipe_peoples, "Arusha residents queued for water.")
    residents = actor_at(doc, "residents")
    assert (residents.country, residents.sectors) == ("TZA", ("CVL",))


@pytest.fixture(scope="module")
def pipe_kin() -> Pipeline:
    """The fixture KB with an (invented) ethnic people whose homeland is Kenya."""
    from eventwire.kb import People

    kb = KnowledgeBase(
        list(_read_jsonl(FIXTURE, "fixture")),
        load_role_nouns(),
        PLACES,
        SHIPS,
        peoples={norm("Ngoro"): People("Ngoro", "KEN", "people")},
    )
    return Pipeline([NlpStage(load_nlp()), ActorsStage(kb)])


def test_an_ethnic_people_takes_its_homeland_when_nothing_else_is_named(pipe_kin: Pipeline) -> None:
    doc = code(pipe_kin, "Ngoro herders clashed with farmers over grazing land.")
    herders = actor_at(doc, "herders")
    assert herders.country == "KEN"


def test_an_ethnic_people_in_a_report_on_another_state_is_that_states(pipe_kin: Pipeline) -> None:
    doc = code(
        pipe_kin,
        "Tanzanian police said on Monday that Ngoro herders clashed with farmers near Arusha. "
        "Tanzanian officials called for calm.",
    )
    herders = actor_at(doc, "herders")
    assert herders.country == "TZA"


def test_a_name_the_tagger_missed_after_a_title_is_a_person(pipe: Pipeline) -> None:
    doc = code(pipe, "Mombasa mayor Tomas Kivuvani said the port would reopen.")
    mayor = actor_at(doc, "Kivuvani")
    assert mayor.name == "Tomas Kivuvani"
    assert (mayor.country, mayor.sectors) == ("KEN", ("GOV",))


def test_a_person_tagged_name_ending_in_an_organisation_word_is_an_organisation(
    pipe: Pipeline,
) -> None:
    raw = RawArticle(text="Kenya Law Society", locator="t", published=dt.date(2022, 3, 3))
    doc = pipe.code_verbatim(raw)  # the phrase alone: the tagger calls it a person
    body = actor_at(doc, "Society")
    assert body.country == "KEN"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Sen. Tomas Vell", "LEG"),
        ("Rep. Tomas Vell", "LEG"),
        ("Gov. Tomas Vell", "GOV"),
        ("Lt. Gen. Tomas Vell", "MIL"),
        ("Brig. Gen. Tomas Vell", "MIL"),
    ],
)
def test_abbreviated_titles_give_the_office(pipe: Pipeline, text: str, sector: str) -> None:
    doc = code(pipe, f"{text} spoke to reporters on Monday.")
    person = actor_at(doc, "Vell")
    assert sector in person.sectors


@pytest.fixture(scope="module")
def bundled() -> Pipeline:
    return Pipeline.default(["actors"])


def phrase(pipe: Pipeline, text: str) -> Doc:
    """A phrase coded alone, as the actors evaluation codes it."""
    return pipe.code_verbatim(RawArticle(text=text, locator="t", published=dt.date(2024, 5, 1)))


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Bosnian Serbs", "Serbs", "BIH"),  # the tagger calls these persons
        ("Kosovo Serbs", "Serbs", "XKX"),  # the state named first, not the kin state
        ("Uighur Muslims", "Muslims", "CHN"),
        ("Coptic Christians", "Christians", "EGY"),
        ("Tibet", "Tibet", "CHN"),  # a region stands for its state
        ("Scotland", "Scotland", "GBR"),
        ("Iraqi Kurds", "Kurds", "IRQ"),
    ],
)
def test_peoples_and_regions_named_alone(
    bundled: Pipeline, text: str, words: str, country: str
) -> None:
    assert actor_at(phrase(bundled, text), words).country == country


def test_a_seat_of_government_the_tagger_missed_still_acts(bundled: Pipeline) -> None:
    doc = code(bundled, "Downing Street said the talks would resume. Officials agreed.")
    office = actor_at(doc, "Downing")
    assert (office.country, office.sectors) == ("GBR", ("GOV",))


def test_a_known_body_whose_name_starts_with_a_role_noun_is_that_body(bundled: Pipeline) -> None:
    doc = code(bundled, "Doctors Without Borders said it had treated 40 people. Staff agreed.")
    msf = actor_at(doc, "Borders")
    assert (msf.kb_id, msf.country) == ("org:msf", "NGO")
    assert actor_at(doc, "Doctors").id == msf.id  # one mention, not "doctors" + "Borders"


def test_a_known_body_inside_a_longer_name_leaves_the_longer_name(bundled: Pipeline) -> None:
    doc = phrase(bundled, "Chile's Defense Department")
    dept = actor_at(doc, "Department")
    assert (dept.country, dept.sectors[:1]) == ("CHL", ("GOV",))


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Kenya-backed militias attacked a village.", "militias", None),  # a patron
        ("Pro-Kenya militias attacked a village.", "militias", None),
        ("Kenya-based charities sent food.", "charities", "KEN"),  # their own country
        ("Kenyan-born teachers went on strike.", "teachers", "KEN"),
    ],
)
def test_a_hyphen_link_says_whether_a_cue_is_the_actors_own_country(
    bundled: Pipeline, text: str, words: str, country: str | None
) -> None:
    doc = code(bundled, f"{text} Officials said so on Monday.")
    assert actor_at(doc, words).country == country


def test_a_cue_written_as_one_token_with_its_link(bundled: Pipeline) -> None:
    doc = code(bundled, "U.S.-led forces withdrew from the base. Officials confirmed it.")
    assert actor_at(doc, "forces").country == "USA"


def test_cue_links_load() -> None:
    from eventwire.kb.base import load_cue_links

    links = load_cue_links()
    assert (links["backed"], links["pro"], links["led"], links["based"]) == (
        "patron",
        "patron",
        "own",
        "own",
    )


def test_a_small_town_inside_a_longer_name_is_no_cue(pipe_peoples: Pipeline) -> None:
    doc = code(pipe_peoples, "Farmers met on Monday. Ngarua Valley Water Board officials resigned.")
    assert actor_at(doc, "officials").country is None


def test_a_place_name_that_is_a_word_is_no_cue_inside_a_name(bundled: Pipeline) -> None:
    doc = phrase(bundled, "the governor of the Central Bank of Kenya")
    assert actor_at(doc, "governor").country == "KEN"  # not the "Central" department


def test_refugees_of_an_ethnic_people_keep_the_homeland_they_fled(pipe_kin: Pipeline) -> None:
    doc = code(
        pipe_kin,
        "Tanzanian police said on Monday that Ngoro refugees crossed the border near Arusha. "
        "Tanzanian officials called for calm.",
    )
    assert actor_at(doc, "refugees").country == "KEN"


def test_exiles_of_an_ethnic_people_keep_their_homeland(pipe_kin: Pipeline) -> None:
    doc = code(
        pipe_kin,
        "Two Ngoro exiles were arrested in Arusha. Tanzanian police confirmed the arrests.",
    )
    assert actor_at(doc, "exiles").country == "KEN"


def test_a_small_town_is_no_cue_before_a_body_where_surnames_stand(pipe_peoples: Pipeline) -> None:
    doc = code(pipe_peoples, "Farmers met on Monday. The Ngarua government resigned.")
    assert actor_at(doc, "government").country is None  # "the <surname> government"


def test_a_surname_that_is_a_peoples_word_gives_no_country(bundled: Pipeline) -> None:
    doc = phrase(bundled, "Tomas Welsh, a novelist, spoke on Monday. Welsh said the book was done.")
    assert actor_at(doc, "Tomas Welsh").country is None


def test_a_known_body_after_a_persons_role_stays_in_the_role_phrase(bundled: Pipeline) -> None:
    doc = code(
        bundled,
        "Tomas Vell, the president of the Council on Foreign Relations, said the plan would "
        "fail. Others agreed.",
    )
    president = actor_at(doc, "president")
    assert president.country == "USA"


def test_a_known_body_after_lower_case_words_is_that_body(bundled: Pipeline) -> None:
    doc = code(bundled, "The ruling African National Congress lost seats. Officials said so.")
    anc = actor_at(doc, "Congress")
    assert (anc.kb_id, anc.country) == ("party:anc", "ZAF")
