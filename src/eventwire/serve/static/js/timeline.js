// Stacked bars: events per period, one colour per type (or QuadClass).

import { QUAD_NAMES, clear, emptyNote, htmlEl, keyColour, svgEl, tip } from "./svg.js";

const M = { left: 34, right: 8, top: 10, bottom: 26 };

function addPeriod(date, interval) {
  const d = new Date(`${date}T00:00:00Z`);
  if (interval === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + (interval === "week" ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

/** Every period from the first to the last date, so gaps show as gaps. */
function periods(dates, interval) {
  if (!dates.length) return [];
  const out = [];
  const last = dates[dates.length - 1];
  for (let d = dates[0]; d <= last && out.length < 2000; d = addPeriod(d, interval)) out.push(d);
  return out;
}

function label(by, key) {
  if (key === null || key === undefined) return "unknown";
  return by === "quad_class" ? `${key} ${QUAD_NAMES[key] || ""}`.trim() : String(key);
}

export function drawTimeline(svg, legend, data) {
  clear(svg);
  clear(legend);
  const { by, interval, items } = data;
  if (!items.length) {
    emptyNote(svg, "no dated events match");
    return;
  }
  const byDate = new Map();
  const keys = [];
  for (const { date, key, count } of items) {
    if (!byDate.has(date)) byDate.set(date, new Map());
    byDate.get(date).set(key, count);
    if (!keys.includes(key)) keys.push(key);
  }
  keys.sort((a, b) => String(a).localeCompare(String(b)));
  const dates = [...byDate.keys()].sort();
  const slots = periods(dates, interval);
  const box = svg.viewBox.baseVal;
  const w = box.width - M.left - M.right;
  const h = box.height - M.top - M.bottom;
  let max = 1;
  for (const m of byDate.values()) max = Math.max(max, [...m.values()].reduce((a, b) => a + b, 0));
  const step = w / Math.max(slots.length, 1);
  const barW = Math.max(1, step * 0.85);
  const y = (v) => M.top + h - (v / max) * h;

  svgEl("line", { x1: M.left, y1: M.top + h, x2: M.left + w, y2: M.top + h, class: "axis" }, svg);
  svgEl("line", { x1: M.left, y1: M.top, x2: M.left, y2: M.top + h, class: "axis" }, svg);
  for (const v of [0, Math.round(max / 2), max]) {
    const t = svgEl("text", { x: M.left - 4, y: y(v) + 3, "text-anchor": "end", class: "axis-label" }, svg);
    t.textContent = String(v);
  }
  const bars = svgEl("g", { class: "bars" }, svg);
  slots.forEach((date, i) => {
    const counts = byDate.get(date);
    if (!counts) return;
    let base = 0;
    for (const key of keys) {
      const n = counts.get(key) || 0;
      if (!n) continue;
      const rect = svgEl("rect", {
        x: M.left + i * step + (step - barW) / 2, y: y(base + n), width: barW,
        height: Math.max(0.5, y(base) - y(base + n)), fill: keyColour(by, key), class: "bar",
        "data-date": date, "data-key": String(key),
      }, bars);
      tip(rect, `${date}: ${n} ${label(by, key)}`);
      base += n;
    }
  });
  const ticks = Math.min(6, slots.length);
  for (let j = 0; j < ticks; j++) {
    const i = ticks === 1 ? 0 : Math.round((j * (slots.length - 1)) / (ticks - 1));
    const anchor = ticks > 1 && j === 0 ? "start" : ticks > 1 && j === ticks - 1 ? "end" : "middle";
    const x = anchor === "start" ? M.left + i * step : anchor === "end" ? M.left + (i + 1) * step
      : M.left + i * step + step / 2;
    const t = svgEl("text", { x, y: M.top + h + 15, "text-anchor": anchor, class: "axis-label" }, svg);
    t.textContent = interval === "month" ? slots[i].slice(0, 7) : slots[i];
  }
  for (const key of keys) {
    const item = htmlEl("span", { class: "key" }, legend);
    const sw = htmlEl("span", { class: "swatch" }, item);
    sw.style.background = keyColour(by, key);
    item.appendChild(document.createTextNode(label(by, key)));
  }
}
