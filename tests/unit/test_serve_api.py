"""The HTTP API over a store built from the hand-made documents of ``test_store_sample``.

The two documents hold five events: a walk-out (PROTEST, 2024-03-05, São Lourenço),
an arrest (COERCE, dated only to a month), a planned strike (PROTEST, future,
2024-03-10), shots at a convoy (ASSAULT, 2024-04-01) and a denied crossing
(MOBILIZE, negated, 2024-04-01).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel
from test_store_sample import DOCK_LINES, border_doc, dock_doc

from eventwire.clean import article_id
from eventwire.errors import StoreError
from eventwire.model import (
    Actor,
    Article,
    Doc,
    Event,
    Mention,
    Place,
    RawArticle,
    Sentence,
    Span,
)
from eventwire.serve import create_app, queries, schemas
from eventwire.serve.app import static_dir
from eventwire.serve.centres import load_centres
from eventwire.serve.ingest import LazyPipeline
from eventwire.serve.params import EventType, Interval
from eventwire.store import open_store

TOKEN = "test-token-0123456789"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store.duckdb"
    with open_store(path) as store:
        store.add([dock_doc(), border_doc()])
    return path


@pytest.fixture(scope="module")
def client(db_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db_path)) as c:
        yield c


class FakeCoder:
    """Codes any text as one PROTEST by 'the crowd' in its first line; remembers inputs."""

    def __init__(self) -> None:
        self.seen: list[RawArticle] = []

    def __call__(self, raw: RawArticle) -> Doc:
        self.seen.append(raw)
        text = raw.text
        first = text.split("\n")[0]
        art = Article(article_id(text, raw.url), text, title=raw.title, url=raw.url,
                      published=raw.published)  # fmt: skip
        sentence = Span(0, len(first))
        crowd = Actor("c1", "the crowd", (Mention(Span(0, 0), ""),), country="CHL")
        town = Place("Valparaíso", country="CHL", lat=-33.05, lon=-71.62, precision="city")
        event = Event("e1", "PROTEST", sentence, source=("c1",), place=town, confidence=0.5)
        return Doc(art, sentences=(Sentence(sentence),), actors=(crowd,), events=(event,))


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[tuple[TestClient, FakeCoder]]:
    path = tmp_path / "w.duckdb"
    with open_store(path) as store:
        store.add([dock_doc()])
    coder = FakeCoder()
    app = create_app(path, token=TOKEN, ingest=coder, max_body=4096)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c, coder


def ok(response: Any, model: type[BaseModel] | None = None) -> Any:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    if model is not None:
        model.model_validate(body)  # the documented shape is the real one
    return body


def error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert {"code", "message"} <= set(body["error"])
    assert body["error"]["message"]
    err: dict[str, Any] = body["error"]
    return err


def ids(page: dict[str, Any]) -> list[tuple[str, str]]:
    return [(e["article_id"], e["id"]) for e in page["items"]]


# -- health, OpenAPI, the page itself ----------------------------------------------------


def test_health_reports_the_store_and_read_only_mode(client: TestClient) -> None:
    body = ok(client.get("/api/health"), schemas.Health)
    assert body == {"status": "ok", "schema_version": 1, "writable": False, "articles": 2,
                    "events": 5}  # fmt: skip


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    spec = ok(client.get("/openapi.json"))
    paths = set(spec["paths"])
    assert {
        "/api/health", "/api/events", "/api/events/{article_id}/{event_id}", "/api/articles",
        "/api/articles/{article_id}", "/api/actors", "/api/aggregates/timeline",
        "/api/aggregates/countries", "/api/aggregates/dyads", "/api/aggregates/places",
        "/api/ingest",
    } <= paths  # fmt: skip
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"since", "until", "actor", "country", "type", "modality", "place", "q", "limit",
            "offset"} <= params  # fmt: skip
    # the interactive docs page would pull scripts from a CDN, so it is not served
    error(client.get("/docs"), 404)


def test_dashboard_is_served_with_a_strict_content_security_policy(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "<svg" in r.text and "/static/js/main.js" in r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "connect-src 'self'" in csp
    assert client.get("/static/js/main.js").status_code == 200
    assert client.get("/static/data/countries-110m.json").json()["type"] == "Topology"


def test_static_files_name_no_remote_host() -> None:
    allowed = {"http://www.w3.org/2000/svg"}  # an XML namespace, never fetched
    for path in static_dir().rglob("*"):
        if path.suffix in (".html", ".js", ".css"):
            text = path.read_text("utf-8")
            for token in text.replace('"', " ").replace("'", " ").replace("`", " ").split():
                if "://" in token:
                    assert token in allowed, f"{path.name} names {token}"


def test_static_paths_cannot_leave_the_static_folder(client: TestClient) -> None:
    error(client.get("/static/%2e%2e/app.py"), 404)
    error(client.get("/static/..%2fapp.py"), 404)


def test_event_type_enum_matches_the_plover_ontology() -> None:
    from importlib import resources

    node = resources.files("eventwire").joinpath("data", "ontology", "plover.json")
    types = set(json.loads(node.read_text("utf-8"))["types"])
    assert {t.value for t in EventType} == types


# -- events ------------------------------------------------------------------------------


def test_events_list_in_date_order_with_undated_last(client: TestClient) -> None:
    page = ok(client.get("/api/events"), schemas.EventPage)
    assert page["total"] == 5 and page["limit"] == 50 and page["offset"] == 0
    assert ids(page) == [("art-dock", "e1"), ("art-dock", "e3"), ("art-border", "e1"),
                         ("art-border", "e2"), ("art-dock", "e2")]  # fmt: skip
    newest = ok(client.get("/api/events", params={"order": "desc"}))
    assert ids(newest)[:2] == [("art-border", "e2"), ("art-border", "e1")]
    assert ids(newest)[-1] == ("art-dock", "e2")


def test_event_items_carry_actors_place_evidence_and_title(client: TestClient) -> None:
    page = ok(client.get("/api/events", params={"limit": 1}))
    (walkout,) = page["items"]
    assert walkout["type"] == "PROTEST" and walkout["date"] == "2024-03-05"
    assert walkout["source"] == [{"id": "a1", "name": "dock workers", "country": "BRA",
                                  "sectors": ["LAB"]}]  # fmt: skip
    assert walkout["target"] == []
    assert walkout["place"] == {"name": "São Lourenço", "country": "BRA", "lat": -12.5,
                                "lon": -38.25}  # fmt: skip
    assert walkout["evidence_text"] == DOCK_LINES[1]
    assert walkout["title"] == DOCK_LINES[0]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "PROTEST"}, [("art-dock", "e1"), ("art-dock", "e3")]),
        ({"country": "arg"}, [("art-border", "e1"), ("art-border", "e2")]),
        ({"modality": "negated"}, [("art-border", "e2")]),
        ({"since": "2024-03-06", "until": "2024-03-31"}, [("art-dock", "e3")]),
        ({"since": "2024-04-01"}, [("art-border", "e1"), ("art-border", "e2")]),
        ({"actor": "POLICE"}, [("art-dock", "e2")]),
        ({"actor": "q900010"}, [("art-border", "e2")]),
        ({"actor": "protesters"}, [("art-dock", "e2")]),
        ({"place": "lourenço"}, [("art-dock", "e1")]),
        ({"place": "BRA"}, [("art-dock", "e1")]),
        ({"q": "CONVOY"}, [("art-border", "e1")]),
        ({"q": "strike on march"}, [("art-dock", "e3")]),
        ({"type": "PROTEST", "modality": "future", "country": "BRA"}, [("art-dock", "e3")]),
        ({"q": "nothing like this"}, []),
    ],
)
def test_event_filters(client: TestClient, params: dict[str, str],
                       expected: list[tuple[str, str]]) -> None:  # fmt: skip
    page = ok(client.get("/api/events", params=params))
    assert ids(page) == expected
    assert page["total"] == len(expected)


def test_pages_partition_the_listing(client: TestClient) -> None:
    seen: list[tuple[str, str]] = []
    for offset in (0, 2, 4):
        page = ok(client.get("/api/events", params={"limit": 2, "offset": offset}))
        assert page["total"] == 5 and page["limit"] == 2 and page["offset"] == offset
        seen += ids(page)
    assert len(seen) == 5 == len(set(seen))
    assert ok(client.get("/api/events", params={"offset": 5}))["items"] == []
    # filtered pages are picked from one counting scan near the start, by a top-N deeper
    for offset in (0, 1, 20_000):
        page = ok(client.get("/api/events", params={"type": "PROTEST", "limit": 1,
                                                    "offset": offset}))  # fmt: skip
        assert page["total"] == 2
        assert ids(page) == [[("art-dock", "e1")], [("art-dock", "e3")], []][min(offset, 2)]
    newest = ok(client.get("/api/events", params={"type": "PROTEST", "order": "desc"}))
    assert ids(newest) == [("art-dock", "e3"), ("art-dock", "e1")]


@pytest.mark.parametrize(
    ("params", "where"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 501}, "limit"),
        ({"offset": -1}, "offset"),
        ({"type": "RIOT"}, "type"),
        ({"modality": "maybe"}, "modality"),
        ({"since": "2024-02-30"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"country": "BRAZIL"}, "country"),
        ({"q": "x" * 201}, "q"),
        ({"actor": "bad\x00name"}, "actor"),
        ({"order": "sideways"}, "order"),
        ({"typ": "PROTEST"}, "typ"),
    ],
)
def test_invalid_event_queries_are_422(client: TestClient, params: dict[str, Any],
                                       where: str) -> None:  # fmt: skip
    err = error(client.get("/api/events", params=params), 422)
    assert err["code"] == "invalid_request"
    assert any(where in d["loc"] for d in err["details"])


def test_since_after_until_is_422(client: TestClient) -> None:
    err = error(client.get("/api/events", params={"since": "2024-05-01", "until": "2024-04-01"}),
                422)  # fmt: skip
    assert "since must not be after until" in err["message"]


def test_one_event_has_its_full_record(client: TestClient) -> None:
    record = ok(client.get("/api/events/art-dock/e1"))
    assert record["evidence_text"] == DOCK_LINES[1]
    assert record["trigger"] is not None
    assert [c["kind"] for c in record["counts"]] == ["crowd"]
    assert record["when"]["value"] == "2024-03-05"
    assert record["reported_by"] == "a2"


@pytest.mark.parametrize("url", ["/api/events/art-dock/e9", "/api/events/art-none/e1"])
def test_missing_event_is_404(client: TestClient, url: str) -> None:
    assert error(client.get(url), 404)["code"] == "not_found"


def test_malformed_ids_are_422(client: TestClient) -> None:
    error(client.get("/api/events/art dock/e1"), 422)
    error(client.get("/api/articles/" + "a" * 129), 422)


# -- articles and actors -----------------------------------------------------------------


def test_articles_are_paged(client: TestClient) -> None:
    page = ok(client.get("/api/articles"), schemas.ArticlePage)
    assert page["total"] == 2
    assert [a["id"] for a in page["items"]] == ["art-dock", "art-border"]
    assert [a["events"] for a in page["items"]] == [3, 2]
    second = ok(client.get("/api/articles", params={"limit": 1, "offset": 1}))
    assert [a["id"] for a in second["items"]] == ["art-border"]
    error(client.get("/api/articles", params={"limit": 1000}), 422)


def test_article_has_its_text_and_every_layer_with_spans(client: TestClient) -> None:
    doc = ok(client.get("/api/articles/art-dock"), schemas.ArticleDoc)
    text = doc["article"]["text"]
    assert text.startswith(DOCK_LINES[0])
    assert len(doc["sentences"]) == 5 and len(doc["events"]) == 3
    for actor in doc["actors"]:
        for m in actor["mentions"]:
            assert text[m["span"]["start"]:m["span"]["end"]] == m["text"]
    assert text[doc["places"][0]["span"]["start"]:doc["places"][0]["span"]["end"]] == (
        "SÃO LOURENÇO"
    )
    assert [t["value"] for t in doc["times"]] == ["2024-03-05", "2024-03", "2024-03-10"]
    assert {c["kind"] for c in doc["counts"]} == {"crowd", "arrested"}
    quote = doc["quotes"][0]["content"]
    assert text[quote["start"]:quote["end"]].startswith("We will not go back")


def test_missing_article_is_404(client: TestClient) -> None:
    assert error(client.get("/api/articles/art-none"), 404)["code"] == "not_found"


def test_actors_are_aggregated_with_counts(client: TestClient) -> None:
    page = ok(client.get("/api/actors", params={"limit": 500}), schemas.ActorPage)
    assert page["total"] == 8
    by_name = {a["name"]: a for a in page["items"]}
    workers = by_name["dock workers"]
    assert (workers["country"], workers["sectors"], workers["articles"], workers["mentions"],
            workers["as_source"], workers["as_target"]) == ("BRA", ["LAB"], 1, 2, 1, 0)  # fmt: skip
    assert by_name["protesters"]["as_target"] == 1
    assert by_name["defence ministry"]["kb_id"] == "Q900010"
    only = ok(client.get("/api/actors", params={"q": "GUARD"}))
    assert [a["name"] for a in only["items"]] == ["Border guards"]
    arg = ok(client.get("/api/actors", params={"country": "arg", "sector": "gov"}))
    assert [a["name"] for a in arg["items"]] == ["defence ministry"]
    assert ok(client.get("/api/actors", params={"limit": 2}))["total"] == 8


# -- aggregates --------------------------------------------------------------------------


def test_timeline_by_type_per_day_and_month(client: TestClient) -> None:
    body = ok(client.get("/api/aggregates/timeline"), schemas.Timeline)
    assert body["by"] == "type" and body["interval"] == "day"
    assert [(p["date"], p["key"], p["count"]) for p in body["items"]] == [
        ("2024-03-05", "PROTEST", 1), ("2024-03-10", "PROTEST", 1),
        ("2024-04-01", "ASSAULT", 1), ("2024-04-01", "MOBILIZE", 1),
    ]  # fmt: skip
    month = ok(client.get("/api/aggregates/timeline", params={"interval": "month"}))
    assert [(p["date"], p["key"], p["count"]) for p in month["items"]] == [
        ("2024-03-01", "PROTEST", 2), ("2024-04-01", "ASSAULT", 1),
        ("2024-04-01", "MOBILIZE", 1),
    ]  # fmt: skip


def test_timeline_interval_auto_follows_the_span(client: TestClient) -> None:
    body = ok(client.get("/api/aggregates/timeline", params={"interval": "auto"}))
    assert body["interval"] == "day"  # five weeks of events
    assert len(body["items"]) == 4
    empty = ok(client.get("/api/aggregates/timeline", params={"interval": "auto", "q": "zzz"}))
    assert empty == {"by": "type", "interval": "day", "items": []}
    assert queries.auto_interval(180) is Interval.day
    assert queries.auto_interval(181) is Interval.week
    assert queries.auto_interval(3 * 365 + 1) is Interval.month


def test_timeline_by_quad_class_with_filters(client: TestClient) -> None:
    body = ok(client.get("/api/aggregates/timeline", params={"by": "quad_class", "country": "BRA"}))
    assert [(p["date"], p["key"], p["count"]) for p in body["items"]] == [
        ("2024-03-05", 3, 1), ("2024-03-10", None, 1),
    ]  # fmt: skip
    error(client.get("/api/aggregates/timeline", params={"by": "country"}), 422)


def test_countries_by_role(client: TestClient) -> None:
    body = ok(client.get("/api/aggregates/countries"), schemas.Countries)
    rows = {r["country"]: r for r in body["items"]}
    assert set(rows) == {"BRA", "ARG"}
    bra, arg = rows["BRA"], rows["ARG"]
    assert (bra["events"], bra["as_source"], bra["as_target"], bra["at_place"]) == (3, 3, 1, 1)
    assert (arg["events"], arg["as_source"], arg["as_target"], arg["at_place"]) == (2, 2, 0, 0)
    assert [r["country"] for r in body["items"]] == ["BRA", "ARG"]
    centres = load_centres()
    for code, row in rows.items():
        assert (row["lat"], row["lon"]) == centres.get(code, (None, None))
    only = ok(client.get("/api/aggregates/countries", params={"type": "ASSAULT"}))
    assert [(r["country"], r["events"]) for r in only["items"]] == [("ARG", 1)]


def test_dyads_by_country_and_by_actor(client: TestClient) -> None:
    countries = ok(client.get("/api/aggregates/dyads"), schemas.Dyads)
    assert countries["items"] == [
        {"source": {"name": None, "country": "BRA"}, "target": {"name": None, "country": "BRA"},
         "count": 1},
    ]  # fmt: skip
    actors = ok(client.get("/api/aggregates/dyads", params={"by": "actor"}), schemas.Dyads)
    pairs = {(d["source"]["name"], d["target"]["name"], d["count"]) for d in actors["items"]}
    assert pairs == {("Police", "protesters", 1), ("Border guards", "a convoy", 1)}
    limited = ok(client.get("/api/aggregates/dyads", params={"by": "actor", "limit": 1}))
    assert len(limited["items"]) == 1


def test_places_with_coordinates(client: TestClient) -> None:
    body = ok(client.get("/api/aggregates/places"), schemas.Places)
    assert body["items"] == [{"name": "São Lourenço", "country": "BRA", "lat": -12.5,
                              "lon": -38.25, "count": 1}]  # fmt: skip
    assert ok(client.get("/api/aggregates/places", params={"country": "ARG"}))["items"] == []


# -- errors everywhere are JSON ----------------------------------------------------------


def test_unknown_route_and_wrong_method_are_json(client: TestClient) -> None:
    assert error(client.get("/api/nothing"), 404)["code"] == "not_found"
    assert error(client.delete("/api/events"), 405)["code"] == "method_not_allowed"


# -- writes ------------------------------------------------------------------------------


def test_ingest_is_refused_on_a_read_only_server(client: TestClient) -> None:
    err = error(client.post("/api/ingest", json={"text": "Workers marched."}), 403)
    assert err["code"] == "read_only"
    assert "--token" in err["message"]
    # a token is no use when none is configured
    r = client.post("/api/ingest", json={"text": "Workers marched."},
                    headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
    assert error(r, 403)["code"] == "read_only"


def test_the_default_server_opens_the_store_read_only(db_path: Path, client: TestClient) -> None:
    # DuckDB hands a second read-only connection the same database only when the
    # first was opened read-only too.
    with open_store(db_path, read_only=True) as again:
        assert again.stats()["events"] == 5
        with pytest.raises(duckdb.Error):
            again.connection.execute("CREATE TABLE scratch (x INTEGER)")


def test_a_token_opens_the_store_for_writing(
    writable: tuple[TestClient, FakeCoder], tmp_path: Path
) -> None:
    c, _ = writable
    assert ok(c.get("/api/health"))["writable"] is True
    with pytest.raises(StoreError):
        open_store(tmp_path / "w.duckdb", read_only=True)


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
     {"Authorization": f"Basic {TOKEN}"}, {"Authorization": "Bearer "}],
)
def test_ingest_needs_the_bearer_token(writable: tuple[TestClient, FakeCoder],
                                       headers: dict[str, str]) -> None:  # fmt: skip
    c, coder = writable
    r = c.post("/api/ingest", json={"text": "Workers marched."}, headers=headers)
    assert error(r, 401)["code"] == "unauthorized"
    assert r.headers["www-authenticate"] == "Bearer"
    assert coder.seen == []


def test_ingest_codes_stores_and_shows_the_article(writable: tuple[TestClient, FakeCoder]) -> None:
    c, coder = writable
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = {"text": "Pensioners marched in Valparaíso.\n\nThey asked for more.",
            "title": "March", "url": "https://example.org/m", "published": "2024-05-02"}
    r = c.post("/api/ingest", json=body, headers=auth)
    assert r.status_code == 201, r.text
    result = r.json()
    schemas.IngestResult.model_validate(result)
    assert result["added"] is True and result["title"] == "March"
    assert result["counts"]["events"] == 1 and result["counts"]["actors"] == 1
    (raw,) = coder.seen
    assert raw.title == "March" and str(raw.published) == "2024-05-02" and not raw.from_html
    # the read model knows the new event at once
    page = ok(c.get("/api/events", params={"actor": "the crowd"}))
    assert [e["article_id"] for e in page["items"]] == [result["article_id"]]
    assert page["items"][0]["evidence_text"] == "Pensioners marched in Valparaíso."
    assert ids(ok(c.get("/api/events", params={"place": "VALPAR"}))) == [
        (result["article_id"], "e1")
    ]
    places = ok(c.get("/api/aggregates/places"))["items"]
    assert {p["name"] for p in places} == {"São Lourenço", "Valparaíso"}
    crowd = ok(c.get("/api/actors", params={"q": "the crowd"}))["items"]
    assert [(a["name"], a["as_source"]) for a in crowd] == [("the crowd", 1)]
    assert ok(c.get("/api/health"))["articles"] == 2
    assert ok(c.get(f"/api/articles/{result['article_id']}"))["article"]["title"] == "March"
    # the same article again adds nothing
    again = c.post("/api/ingest", json=body, headers=auth)
    assert again.status_code == 200 and again.json()["added"] is False
    assert ok(c.get("/api/health"))["events"] == 4


def test_ingest_html_goes_through_the_extractor(writable: tuple[TestClient, FakeCoder]) -> None:
    c, coder = writable
    paragraph = (
        "Hundreds of farmers drove their tractors into the provincial capital on Monday "
        "to protest against a new tax on diesel fuel, organisers said."
    )
    page = (
        "<html><head><title>Farmers protest</title></head><body><article>"
        f"<h1>Farmers protest</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    )
    r = c.post("/api/ingest", json={"html": page, "url": "https://example.org/f"},
               headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
    assert r.status_code == 201, r.text
    (raw,) = coder.seen
    assert raw.from_html and paragraph in raw.text


def test_a_page_without_an_article_is_422(writable: tuple[TestClient, FakeCoder]) -> None:
    c, _ = writable
    r = c.post("/api/ingest", json={"html": "<html><body><a href='/'>Home</a></body></html>"},
               headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
    assert error(r, 422)["code"] == "malformed"


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": "a", "html": "<p>a</p>"},
        {"html": "<p>a</p>", "title": "t"},
        {"text": ""},
        {"text": "a", "url": "ftp://example.org/x"},
        {"text": "a", "published": "2024-13-01"},
        {"text": "a", "extra": 1},
        ["not", "an", "object"],
    ],
)
def test_invalid_ingest_bodies_are_422(writable: tuple[TestClient, FakeCoder],
                                       body: Any) -> None:  # fmt: skip
    c, coder = writable
    r = c.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert error(r, 422)["code"] == "invalid_request"
    assert coder.seen == []


def test_malformed_json_is_422(writable: tuple[TestClient, FakeCoder]) -> None:
    c, _ = writable
    r = c.post("/api/ingest", content=b"{not json", headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    error(r, 422)


def test_oversized_bodies_are_413(writable: tuple[TestClient, FakeCoder]) -> None:
    c, coder = writable
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    big = json.dumps({"text": "x" * 5000}).encode()
    assert error(c.post("/api/ingest", content=big, headers=auth), 413)["code"] == (
        "payload_too_large"
    )

    def chunks() -> Iterator[bytes]:  # streamed: no Content-Length to go by
        for i in range(0, len(big), 1000):
            yield big[i:i + 1000]

    r = c.post("/api/ingest", content=chunks(), headers=auth)
    assert "content-length" not in {k.lower() for k in r.request.headers}
    assert error(r, 413)["code"] == "payload_too_large"
    assert coder.seen == []


def test_a_failing_coder_is_a_json_500(tmp_path: Path) -> None:
    path = tmp_path / "f.duckdb"
    open_store(path).close()

    def broken(raw: RawArticle) -> Doc:
        raise RuntimeError("model exploded")

    with TestClient(create_app(path, token=TOKEN, ingest=broken),
                    raise_server_exceptions=False) as c:  # fmt: skip
        r = c.post("/api/ingest", json={"text": "a"}, headers={"Authorization": f"Bearer {TOKEN}"})
    err = error(r, 500)
    assert err == {"code": "internal_error", "message": "internal server error"}


def test_a_missing_store_fails_at_start(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        create_app(tmp_path / "absent.duckdb")
    with pytest.raises(ValueError, match="empty"):
        create_app(tmp_path / "absent.duckdb", token="  ")


def test_the_default_coder_loads_its_pipeline_once_on_first_use() -> None:
    built: list[FakeCoder] = []

    class Pipe:
        def __init__(self) -> None:
            self.coder = FakeCoder()
            built.append(self.coder)

        def code(self, raw: RawArticle, *, keep_tokens: bool = True) -> Doc:
            assert keep_tokens is False  # tokens are never stored, so never kept
            return self.coder(raw)

    lazy = LazyPipeline(Pipe)
    assert built == []
    raw = RawArticle("Crowds gathered.", "api")
    assert lazy(raw).events[0].type == "PROTEST"
    lazy(raw)
    assert len(built) == 1 and len(built[0].seen) == 2
