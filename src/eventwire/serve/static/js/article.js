// The article view: its text with every coded span highlighted, and the facts of the
// chosen event. Spans are character offsets into article.text (code points, like
// JavaScript's Array.from over the string).

import { clear, htmlEl } from "./svg.js";

export const KINDS = [
  ["evidence", "evidence sentence"],
  ["trigger", "event trigger"],
  ["role", "this event's actors"],
  ["actor", "other actor mentions"],
  ["place", "places"],
  ["time", "times"],
  ["count", "counts"],
  ["quote", "quotes"],
];

function collectSpans(doc, event) {
  const spans = [];
  const add = (span, kind) => {
    if (span && span.end > span.start) spans.push({ start: span.start, end: span.end, kind });
  };
  const roles = new Set(event ? [...event.source, ...event.target] : []);
  for (const actor of doc.actors) {
    for (const m of actor.mentions) add(m.span, roles.has(actor.id) ? "role" : "actor");
  }
  for (const p of doc.places) add(p.span, "place");
  for (const t of doc.times) add(t.span, "time");
  for (const c of doc.counts) add(c.span, "count");
  for (const q of doc.quotes) add(q.content, "quote");
  if (event) {
    add(event.evidence, "evidence");
    add(event.trigger, "trigger");
    for (const m of event.mentions || []) add(m, "trigger");
    if (event.place) add(event.place.span, "place");
    if (event.when) add(event.when.span, "time");
    for (const c of event.counts || []) add(c.span, "count");
  }
  return spans;
}

/** Text split at every span boundary; each piece carries the kinds covering it. */
function segments(chars, spans) {
  const cuts = new Set([0, chars.length]);
  for (const s of spans) {
    cuts.add(Math.min(s.start, chars.length));
    cuts.add(Math.min(s.end, chars.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const kinds = new Set(spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.kind));
    out.push({ text: chars.slice(a, b).join(""), kinds });
  }
  return out;
}

function actorNames(doc, ids) {
  if (!ids || !ids.length) return "—";
  return ids.map((id) => {
    const a = doc.actors.find((x) => x.id === id);
    if (!a) return id;
    return a.country ? `${a.name} (${a.country}${a.sectors.length ? ` ${a.sectors.join("/")}` : ""})` : a.name;
  }).join("; ");
}

function facts(dl, doc, event) {
  clear(dl);
  if (!event) return;
  const row = (label, value) => {
    if (value === null || value === undefined || value === "") return;
    htmlEl("dt", {}, dl, label);
    htmlEl("dd", { "data-fact": label }, dl, String(value));
  };
  row("Event", `${event.type}${event.mode ? ` / ${event.mode}` : ""}`);
  row("Modality", event.modality);
  row("Source", actorNames(doc, event.source));
  row("Target", actorNames(doc, event.target));
  if (event.place) row("Place", [event.place.name, event.place.country].filter(Boolean).join(", "));
  if (event.when) row("When", `${event.when.value} (${event.when.method})`);
  if (event.counts && event.counts.length) {
    row("Counts", event.counts.map((c) => `${c.kind}: ${c.qualifier ? `${c.qualifier} ` : ""}${c.value}`).join("; "));
  }
  if (event.reported_by) row("Reported by", actorNames(doc, [event.reported_by]));
  row("CAMEO", event.cameo);
  row("QuadClass", event.quad_class);
  row("Goldstein", event.goldstein);
  row("Confidence", event.confidence);
}

export function showArticle(panel, doc, eventId) {
  const event = doc.events.find((e) => e.id === eventId) || null;
  const art = doc.article;
  panel.querySelector("#article-title").textContent = art.title || "(untitled)";
  panel.querySelector("#article-meta").textContent = [art.published, art.source, art.author, art.url]
    .filter(Boolean).join(" · ");
  facts(panel.querySelector("#event-facts"), doc, event);

  const spans = collectSpans(doc, event);
  const legend = panel.querySelector("#article-legend");
  clear(legend);
  for (const [kind, label] of KINDS) {
    const n = spans.filter((s) => s.kind === kind).length;
    const item = htmlEl("span", { class: "key", "data-kind": kind }, legend);
    htmlEl("span", { class: `swatch hl-${kind}` }, item);
    item.appendChild(document.createTextNode(`${label} (${n})`));
  }
  const box = panel.querySelector("#article-text");
  clear(box);
  for (const seg of segments(Array.from(art.text), spans)) {
    if (!seg.kinds.size) {
      box.appendChild(document.createTextNode(seg.text));
      continue;
    }
    const kinds = [...seg.kinds];
    const span = htmlEl("span", { class: kinds.map((k) => `hl-${k}`).join(" "), title: kinds.join(", ") },
      box, seg.text);
    span.dataset.kinds = kinds.join(" ");
  }
  panel.hidden = false;
  const first = box.querySelector(".hl-evidence");
  if (first) first.scrollIntoView({ block: "center" });
}
