"""The dashboard in a real browser: Debian's chromium driven by Playwright, against a real
uvicorn server on a free loopback port, over a store coded from the bundled samples by
the real pipeline.

Screenshots of each view go to pytest's tmp dir and to ``tests/browser/screenshots/``
(git-ignored) for a person to look at. Chromium missing is a failure, not a skip: CI
installs it (``apt-get install chromium``), and a dashboard nobody has loaded is not
tested.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import uvicorn

from eventwire.pipeline import Pipeline
from eventwire.samples import load_samples
from eventwire.serve import create_app
from eventwire.store import open_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
SCREENSHOTS = Path(__file__).parent / "screenshots"


@dataclass
class Site:
    base: str
    shots: Path
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def api(self, path: str, **params: Any) -> Any:
        return httpx.get(self.base + path, params=params, timeout=30).json()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dashboard") / "samples.duckdb"
    pipeline = Pipeline.default()
    docs = [pipeline.code(raw, keep_tokens=False) for raw in load_samples()]
    with open_store(path) as store:
        store.add(docs)
    return path


@pytest.fixture(scope="module")
def server(sample_store: Path) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(create_app(sample_store), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="on")  # fmt: skip
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the uvicorn server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} not found: the browser tests need Debian's chromium "
            "(apt-get install chromium); they do not download a browser"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def site(server: str, browser: Any, tmp_path: Path) -> Iterator[tuple[Site, Any]]:
    s = Site(base=server, shots=tmp_path)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.on("request", lambda r: s.requests.append(r.url))
    page.on("console", lambda m: s.problems.append(f"console {m.type}: {m.text}")
            if m.type in ("error", "warning") else None)  # fmt: skip
    page.on("pageerror", lambda e: s.problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: s.problems.append(f"request failed: {r.url}"))
    page.goto(server + "/")
    page.wait_for_selector("body[data-refreshes='1']")
    yield s, page
    context.close()
    assert s.problems == []
    here = urlsplit(server).netloc
    elsewhere = [u for u in s.requests
                 if urlsplit(u).scheme != "data" and urlsplit(u).netloc != here]  # fmt: skip
    assert elsewhere == [], "the dashboard asked another host"
    assert any("/static/data/countries-110m.json" in u for u in s.requests)


def shoot(s: Site, page: Any, name: str, selector: str | None = None, *, full: bool = True) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    for folder in (s.shots, SCREENSHOTS):
        target = folder / name
        if selector is None:
            page.screenshot(path=str(target), full_page=full)
        else:
            page.locator(selector).screenshot(path=str(target))
        assert target.stat().st_size > 0


def refreshed(page: Any, before: int) -> None:
    page.wait_for_selector(f"body[data-refreshes='{before + 1}']")


def refreshes(page: Any) -> int:
    return int(page.evaluate("document.body.dataset.refreshes"))


def test_every_view_renders(site: tuple[Site, Any]) -> None:
    s, page = site
    health = s.api("/api/health")
    assert health["events"] > 0
    assert page.locator("#store-status").inner_text().startswith(f"{health['articles']} articles")
    # timeline: one bar per period and type
    timeline = s.api("/api/aggregates/timeline", interval="auto")["items"]
    assert page.locator("#timeline rect.bar").count() == len(timeline)
    assert page.locator("#timeline-legend .key").count() == len({p["key"] for p in timeline})
    # map: the world outline, and a mark per place or country with coordinates
    assert page.locator("#map path.land").count() > 150
    countries = [c for c in s.api("/api/aggregates/countries", limit=300)["items"]
                 if c["lat"] is not None and c["events"] > 0]  # fmt: skip
    places = s.api("/api/aggregates/places", limit=500)["items"]
    assert page.locator("#map circle.pt-country").count() == len(countries)
    assert page.locator("#map circle.pt-place").count() == len(places)
    assert countries or places
    # network: a node per country in a dyad, an edge per dyad
    dyads = s.api("/api/aggregates/dyads", limit=40)["items"]
    assert dyads
    assert page.locator("#network path.edge").count() == len(dyads)
    ends = {d["source"]["country"] for d in dyads} | {d["target"]["country"] for d in dyads}
    assert page.locator("#network circle.node").count() == len(ends)
    # list: the newest page of events
    events = s.api("/api/events", order="desc", limit=50)
    rows = page.locator("#events tbody tr")
    assert rows.count() == len(events["items"])
    assert rows.first.get_attribute("data-event") == events["items"][0]["id"]
    assert page.locator("#list-note").inner_text() == f"{events['total']} matching"
    shoot(s, page, "dashboard.png")
    shoot(s, page, "timeline.png", "#timeline-panel")
    shoot(s, page, "map.png", "#map-panel")
    shoot(s, page, "network.png", "#network-panel")
    before = refreshes(page)
    assert page.locator("#network[data-by=country]").count() == 1
    page.check("input[name=dyad-by][value=actor]")
    page.wait_for_selector("#network[data-by=actor]")
    actor_dyads = s.api("/api/aggregates/dyads", by="actor", limit=40)["items"]
    assert page.locator("#network path.edge").count() == len(actor_dyads)
    labels = page.locator("#network .node-label").all_text_contents()
    assert actor_dyads[0]["source"]["name"][:20] in " ".join(labels)
    assert refreshes(page) == before  # only the network was redrawn
    shoot(s, page, "network-actors.png", "#network-panel")


def test_filter_by_type(site: tuple[Site, Any]) -> None:
    s, page = site
    counts: dict[str, int] = {}
    for p in s.api("/api/aggregates/timeline", interval="auto")["items"]:
        counts[p["key"]] = counts.get(p["key"], 0) + p["count"]
    chosen = max(counts, key=lambda k: counts[k])
    expected = s.api("/api/events", type=chosen, order="desc", limit=50)
    before = refreshes(page)
    page.select_option("#f-type", chosen)
    refreshed(page, before)
    rows = page.locator("#events tbody tr")
    assert rows.count() == len(expected["items"])
    assert {rows.nth(i).get_attribute("data-type") for i in range(rows.count())} == {chosen}
    assert page.locator("#list-note").inner_text() == f"{expected['total']} matching"
    keys = {k.get_attribute("data-key") for k in page.locator("#timeline rect.bar").all()}
    assert keys == {chosen}
    shoot(s, page, "filtered.png")
    # reset brings everything back
    before = refreshes(page)
    page.click("#f-reset")
    refreshed(page, before)
    assert page.locator("#list-note").inner_text() == f"{s.api('/api/events')['total']} matching"


def test_text_filter_and_bad_input_message(site: tuple[Site, Any]) -> None:
    s, page = site
    first = s.api("/api/events", order="desc", limit=1)["items"][0]
    word = max(first["evidence_text"].split(), key=len).strip(".,;:\"'()")
    before = refreshes(page)
    page.fill("#f-q", word)
    page.click("#f-apply")
    refreshed(page, before)
    texts = page.locator("#events td.evidence").all_inner_texts()
    assert texts and all(word.lower() in t.lower() for t in texts)
    # an impossible date range is refused by the API, and the page says so
    before = refreshes(page)
    page.fill("#f-q", "")
    page.fill("#f-since", "2030-01-02")
    page.fill("#f-until", "2030-01-01")
    page.click("#f-apply")
    refreshed(page, before)
    assert "since must not be after until" in page.locator("#error").inner_text()
    s.problems[:] = [p for p in s.problems if "422" not in p]  # the refusal is the point


def test_clicking_an_event_opens_its_article_with_the_evidence_highlighted(
    site: tuple[Site, Any],
) -> None:
    s, page = site
    events = s.api("/api/events", order="desc", limit=50)["items"]
    # prefer an event with both a source and a target, to see both highlighted
    index, event = next(((i, e) for i, e in enumerate(events) if e["source"] and e["target"]),
                        (0, events[0]))  # fmt: skip
    page.locator("#events tbody tr").nth(index).click()
    page.wait_for_selector("#article:not([hidden])")
    assert page.locator("#article-title").inner_text() == event["title"]
    evidence = "".join(page.locator("#article-text .hl-evidence").all_text_contents())
    assert evidence == event["evidence_text"]
    assert page.locator("#article-text .hl-trigger").count() >= 1
    assert page.locator("#article-text .hl-role").count() >= 1
    assert page.locator("#article-text .hl-actor").count() >= 1
    facts = page.locator("#event-facts")
    assert event["type"] in facts.inner_text()
    legend = page.locator("#article-legend .key")
    assert legend.count() == 8
    doc = s.api(f"/api/articles/{event['article_id']}")
    assert page.locator("#article-text").inner_text().replace("\n", "") == (
        doc["article"]["text"].replace("\n", "")
    )
    shoot(s, page, "article.png", full=False)
    page.keyboard.press("Escape")
    assert page.locator("#article").is_hidden()
