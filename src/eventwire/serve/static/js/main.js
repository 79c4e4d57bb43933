// The dashboard: reads the filters, asks the API, draws the four views, opens articles.
// document.body.dataset.state is "loading" while a refresh runs and "ready" after it,
// and dataset.refreshes counts finished refreshes (the browser tests wait on them).

import { getJSON } from "./api.js";
import { showArticle } from "./article.js";
import { drawList } from "./list.js";
import { drawMap, worldOutline } from "./map.js";
import { drawNetwork } from "./network.js";
import { TYPE_COLOURS } from "./svg.js";
import { drawTimeline } from "./timeline.js";

const PAGE = 50;
const FIELDS = ["type", "country", "actor", "q", "modality", "since", "until"];

const state = {
  filters: {},
  offset: 0,
  timelineBy: "type",
  dyadBy: "country",
  outline: [],
};

const $ = (id) => document.getElementById(id);

function showError(error) {
  const box = $("error");
  box.textContent = error ? String(error.message || error) : "";
  box.hidden = !error;
}

function readFilters() {
  const form = $("filters");
  const out = {};
  for (const name of FIELDS) {
    const value = form.elements[name].value.trim();
    if (value) out[name] = name === "country" ? value.toUpperCase() : value;
  }
  return out;
}

/** Day, week or month bars: the server picks whichever keeps the timeline readable. */
async function loadTimeline() {
  const params = { ...state.filters, by: state.timelineBy, interval: "auto" };
  const data = await getJSON("/api/aggregates/timeline", params);
  $("timeline-note").textContent = data.items.length ? `per ${data.interval}` : "";
  drawTimeline($("timeline"), $("timeline-legend"), data);
}

async function loadMap() {
  const [places, countries] = await Promise.all([
    getJSON("/api/aggregates/places", { ...state.filters, limit: 500 }),
    getJSON("/api/aggregates/countries", { ...state.filters, limit: 300 }),
  ]);
  $("map-note").textContent = `${places.items.length} places, ${countries.items.length} countries`;
  drawMap($("map"), state.outline, places.items, countries.items);
}

async function loadNetwork() {
  const data = await getJSON("/api/aggregates/dyads", { ...state.filters, by: state.dyadBy, limit: 40 });
  drawNetwork($("network"), data);
}

async function loadList() {
  const page = await getJSON("/api/events", { ...state.filters, order: "desc", limit: PAGE,
    offset: state.offset });
  const last = Math.min(page.offset + page.items.length, page.total);
  $("list-note").textContent = `${page.total} matching`;
  $("page-note").textContent = page.total ? `${page.offset + 1}–${last} of ${page.total}` : "";
  $("prev").disabled = page.offset === 0;
  $("next").disabled = last >= page.total;
  drawList(document.querySelector("#events tbody"), page, openArticle);
}

async function refresh({ listOnly = false } = {}) {
  document.body.dataset.state = "loading";
  showError(null);
  try {
    const jobs = [loadList()];
    if (!listOnly) jobs.push(loadTimeline(), loadMap(), loadNetwork());
    await Promise.all(jobs);
  } catch (error) {
    showError(error);
  } finally {
    document.body.dataset.refreshes = String(Number(document.body.dataset.refreshes || 0) + 1);
    document.body.dataset.state = "ready";
  }
}

async function openArticle(articleId, eventId) {
  document.body.dataset.state = "loading";
  try {
    const doc = await getJSON(`/api/articles/${encodeURIComponent(articleId)}`);
    showArticle($("article"), doc, eventId);
  } catch (error) {
    showError(error);
  } finally {
    document.body.dataset.state = "ready";
  }
}

function wire() {
  const form = $("filters");
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.filters = readFilters();
    state.offset = 0;
    refresh();
  });
  form.addEventListener("reset", () => {
    // the reset event fires before the fields are cleared
    setTimeout(() => {
      state.filters = {};
      state.offset = 0;
      refresh();
    }, 0);
  });
  $("f-type").addEventListener("change", () => form.requestSubmit());
  $("prev").addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - PAGE);
    refresh({ listOnly: true });
  });
  $("next").addEventListener("click", () => {
    state.offset += PAGE;
    refresh({ listOnly: true });
  });
  for (const radio of document.querySelectorAll("input[name=timeline-by]")) {
    radio.addEventListener("change", () => {
      state.timelineBy = radio.value;
      loadTimeline().catch(showError);
    });
  }
  for (const radio of document.querySelectorAll("input[name=dyad-by]")) {
    radio.addEventListener("change", () => {
      state.dyadBy = radio.value;
      loadNetwork().catch(showError);
    });
  }
  $("article-close").addEventListener("click", () => { $("article").hidden = true; });
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") $("article").hidden = true;
  });
}

async function start() {
  document.body.dataset.state = "loading";
  const select = $("f-type");
  for (const type of Object.keys(TYPE_COLOURS).sort()) {
    const option = document.createElement("option");
    option.value = type;
    option.textContent = type;
    select.appendChild(option);
  }
  wire();
  try {
    const [health, world] = await Promise.all([
      getJSON("/api/health"), getJSON("/static/data/countries-110m.json"),
    ]);
    $("store-status").textContent = `${health.articles} articles · ${health.events} events` +
      (health.writable ? " · writable" : " · read-only");
    state.outline = worldOutline($("map"), world);
  } catch (error) {
    showError(error);
  }
  await refresh();
}

start();
