"""The ontology tables: CAMEO codebook, PLOVER 0.8 and the crosswalk between them.

These are data files users may extend, so the checks are on the whole tables (every
row), plus a few published values that must come out exactly.
"""

from __future__ import annotations

import copy
from importlib import resources
from typing import Any

import pytest

from eventwire.events import ontology as ontology_module
from eventwire.events.ontology import (
    Ontology,
    OntologyError,
    PloverMapping,
    cameo_plover,
    cameo_to_plover,
    load_cameo_plover,
    load_plover,
)

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def _data_lines(*path: str) -> list[list[str]]:
    text = resources.files("eventwire").joinpath("data", *path).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and line[0] != "#"]


def _root_quad(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


@pytest.fixture(scope="module")
def plover() -> dict[str, Any]:
    return load_plover()


# -- CAMEO ------------------------------------------------------------------------------


def test_cameo_codes_are_unique_and_well_formed() -> None:
    rows = _data_lines("ontology", "cameo.tsv")
    codes = [r[0] for r in rows]
    assert len(codes) == len(set(codes))
    assert all(len(r) == 4 for r in rows)
    assert all(c.isdigit() and 2 <= len(c) <= 4 for c in codes)


def test_cameo_has_every_root_and_the_full_1_1b3_codebook(ontology: Ontology) -> None:
    codes = set(ontology.codes)
    assert {f"{r:02d}" for r in range(1, 21)} <= codes
    # 296 event codes under the 20 cue categories in CAMEO 1.1b3.
    assert len(codes) == 316
    assert {"0256", "1014", "1711", "1834", "1952", "2042"} <= codes
    # Every code's parent is present: no orphan 4-digit codes.
    assert all(c[:-1] in codes for c in codes if len(c) > 2)


def test_quad_class_follows_the_root(ontology: Ontology) -> None:
    wrong = {c: x.quad_class for c, x in ontology.codes.items() if x.quad_class != _root_quad(c)}
    assert wrong == {}


def test_goldstein_is_on_the_scale(ontology: Ontology) -> None:
    assert all(-10.0 <= x.goldstein <= 10.0 for x in ontology.codes.values())


@pytest.mark.parametrize(
    ("code", "goldstein"),
    [("010", 0.0), ("020", 3.0), ("040", 1.0), ("042", 1.9), ("043", 2.8), ("051", 3.4),
     ("057", 8.0), ("070", 7.0), ("0874", 10.0), ("111", -2.0), ("112", -2.0),
     ("130", -4.4), ("13", -6.0), ("140", -6.5), ("173", -5.0), ("182", -9.5),
     ("190", -10.0), ("195", -10.0)],
)  # fmt: skip
def test_published_goldstein_values(ontology: Ontology, code: str, goldstein: float) -> None:
    assert ontology.codes[code].goldstein == goldstein


def test_codes_missing_from_gdelts_table_take_their_parents_weight(ontology: Ontology) -> None:
    for code in ("155", "176", "1834", "1951", "1952"):
        assert ontology.codes[code].goldstein == ontology.codes[code[:-1]].goldstein


def test_names_are_the_codebook_labels(ontology: Ontology) -> None:
    assert ontology.codes["18"].name == "ASSAULT"
    assert ontology.codes["0871"].name == "Declare truce, ceasefire"
    assert all(x.name.strip() == x.name and x.name for x in ontology.codes.values())


def test_every_trigger_cameo_code_is_in_the_codebook(ontology: Ontology) -> None:
    used = {r[5].strip() for r in _data_lines("events", "triggers.tsv")} - {"-"}
    assert sorted(used - set(ontology.codes)) == []


# -- PLOVER -----------------------------------------------------------------------------


def test_plover_has_the_16_types_with_their_quad_classes(plover: dict[str, Any]) -> None:
    types = plover["types"]
    assert set(types) == PLOVER_TYPES
    by_quad = {q: {t for t, s in types.items() if s["quad_class"] == q} for q in (1, 2, 3, 4)}
    assert by_quad[1] == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}
    assert by_quad[2] == {"COOPERATE", "AID", "RETREAT"}
    assert by_quad[3] == {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}
    assert by_quad[4] == {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_plover_modes_and_contexts(plover: dict[str, Any]) -> None:
    types = plover["types"]
    assert set(types["CONSULT"]["modes"]) >= {"visit", "third-party", "multilateral", "phone"}
    assert set(types["COERCE"]["modes"]) >= {"arrest", "seize", "restrict", "curfew", "cyber"}
    assert {"firearms", "explosives", "heavy-weapons", "targeted"} <= set(types["ASSAULT"]["modes"])
    assert {"military", "economic", "human_rights", "migration", "cyber"} <= set(plover["contexts"])
    # Every extension is a mode its type lists.
    for etype, modes in plover["extensions"].items():
        assert set(modes) <= set(types[etype]["modes"])


def test_load_plover_returns_a_fresh_copy() -> None:
    first = load_plover()
    first["types"].clear()
    assert set(load_plover()["types"]) == PLOVER_TYPES


def test_every_trigger_type_and_mode_is_plover(plover: dict[str, Any]) -> None:
    bad = []
    for row in _data_lines("events", "triggers.tsv"):
        etype, mode = row[3].strip(), row[4].strip()
        modes = plover["types"].get(etype, {}).get("modes", {})
        if etype not in plover["types"] or (mode != "-" and mode not in modes):
            bad.append((row[0], etype, mode))
    assert bad == []


def test_every_acled_rule_names_a_plover_type_and_mode(
    ontology: Ontology, plover: dict[str, Any]
) -> None:
    for rule in ontology.rules:
        assert rule.type in plover["types"]
        assert rule.mode == "*" or rule.mode in plover["types"][rule.type]["modes"]


def test_a_malformed_plover_file_is_refused(plover: dict[str, Any]) -> None:
    broken = copy.deepcopy(plover)
    broken["types"]["ASSAULT"]["quad_class"] = 5
    with pytest.raises(OntologyError, match="ASSAULT: quad_class"):
        ontology_module._check_plover(broken)
    broken = copy.deepcopy(plover)
    broken["extensions"] = {"CONSULT": ["teleport"]}
    with pytest.raises(OntologyError, match="extensions of CONSULT"):
        ontology_module._check_plover(broken)


# -- the crosswalk ----------------------------------------------------------------------


def test_crosswalk_rows_are_valid_plover(plover: dict[str, Any], ontology: Ontology) -> None:
    table = load_cameo_plover(plover)
    assert set(table) <= set(ontology.codes)
    for mapping in table.values():
        modes = plover["types"][mapping.type]["modes"]
        assert mapping.mode is None or mapping.mode in modes
        assert set(mapping.contexts) <= set(plover["contexts"])


def test_every_cameo_code_outside_01_and_02_has_a_plover_type(ontology: Ontology) -> None:
    for code in ontology.codes:
        mapped = cameo_to_plover(code)
        assert (mapped is None) == code.startswith(("01", "02")), code


@pytest.mark.parametrize(
    ("code", "expected"),
    [("010", None), ("0256", None), ("030", ("AGREE", None)), ("041", ("CONSULT", "phone")),
     ("042", ("CONSULT", "visit")), ("057", ("SUPPORT", None)), ("064", ("COOPERATE", None)),
     ("073", ("AID", None)), ("083", ("CONCEDE", None)), ("0841", ("RETREAT", "release")),
     ("0871", ("RETREAT", "ceasefire")), ("090", ("ACCUSE", "investigate")),
     ("1014", ("REQUEST", "assist")), ("111", ("ACCUSE", "disapprove")),
     ("112", ("ACCUSE", "allege")), ("125", ("REJECT", "meet")),
     ("138", ("THREATEN", "violence")), ("141", ("PROTEST", "demo")),
     ("154", ("MOBILIZE", "troops")), ("163", ("SANCTION", None)),
     ("1711", ("COERCE", "seize")), ("1712", ("ASSAULT", "destroy")),
     ("173", ("COERCE", "arrest")), ("175", ("ASSAULT", None)),
     ("1831", ("ASSAULT", "suicide-attack")), ("186", ("ASSAULT", "targeted")),
     ("191", ("COERCE", "restrict")), ("193", ("ASSAULT", "firearms")),
     ("202", ("ASSAULT", None))],
)  # fmt: skip
def test_published_crosswalk_values(code: str, expected: tuple[str, str | None] | None) -> None:
    assert cameo_to_plover(code) == expected


def test_unlisted_codes_fall_back_to_their_parent() -> None:
    # 1213 (reject judicial cooperation) is an ICEWS code CAMEO 1.1b3 lacks.
    assert cameo_to_plover("1213") == cameo_to_plover("121") == ("REJECT", "assist")
    table = {"19": PloverMapping("ASSAULT", None, ("military",))}
    assert cameo_plover("1952", table) == PloverMapping("ASSAULT", None, ("military",))


@pytest.mark.parametrize("code", [None, "", "1", "12345", "ab", "04a"])
def test_non_codes_map_to_nothing(code: str | None) -> None:
    assert cameo_to_plover(code) is None


def test_crosswalk_contexts_come_through() -> None:
    found = cameo_plover("1122")
    assert found is not None
    assert found.contexts == ("human_rights",)


def test_a_crosswalk_row_naming_a_mode_its_type_lacks_is_refused(
    plover: dict[str, Any],
) -> None:
    with pytest.raises(OntologyError, match="'visit' is not a mode of ASSAULT"):
        ontology_module._crosswalk_row(7, ["190", "ASSAULT", "visit", "-"], plover["types"],
                              plover["contexts"])  # fmt: skip
    with pytest.raises(OntologyError, match="unknown context 'weather'"):
        ontology_module._crosswalk_row(8, ["190", "ASSAULT", "-", "weather"], plover["types"],
                              plover["contexts"])  # fmt: skip
