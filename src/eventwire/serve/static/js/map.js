// The world in an equirectangular projection, with event places (filled dots) and,
// for events coded without a place, their actors' countries (rings).

import { clear, emptyNote, svgEl, tip } from "./svg.js";
import { features } from "./topo.js";

// Latitudes from 58°S to 84°N fill the height: Antarctica and the Arctic Ocean
// would take a third of an equirectangular map and carry no events.
const NORTH = 84;
const SOUTH = -58;

function projector(svg) {
  const box = svg.viewBox.baseVal;
  return ([lon, lat]) => [((lon + 180) / 360) * box.width,
    ((NORTH - lat) / (NORTH - SOUTH)) * box.height];
}

function ringPath(ring, project) {
  let d = "";
  let prev = null;
  for (const p of ring) {
    const [x, y] = project(p);
    // a jump across the antimeridian starts a new subpath instead of a stripe
    const cmd = prev === null || Math.abs(p[0] - prev[0]) > 180 ? "M" : "L";
    d += `${cmd}${x.toFixed(1)},${y.toFixed(1)}`;
    prev = p;
  }
  return `${d}Z`;
}

/** Country outlines of a TopoJSON world as SVG path data for `svg`'s size. */
export function worldOutline(svg, world) {
  const project = projector(svg);
  return features(world, "countries").map((f) => ({
    name: f.name, d: f.rings.map((r) => ringPath(r, project)).join(""),
  }));
}

export function drawMap(svg, outline, places, countries) {
  clear(svg);
  const project = projector(svg);
  const land = svgEl("g", { class: "land-layer" }, svg);
  for (const f of outline) tip(svgEl("path", { d: f.d, class: "land" }, land), f.name);

  const unplaced = countries.filter((c) => c.lat !== null && c.lon !== null && c.events > 0);
  const maxC = Math.max(1, ...unplaced.map((c) => c.events));
  const rings = svgEl("g", { class: "country-layer" }, svg);
  for (const c of unplaced) {
    const [x, y] = project([c.lon, c.lat]);
    const circle = svgEl("circle", { cx: x, cy: y, r: 3 + 9 * Math.sqrt(c.events / maxC),
      class: "pt-country", "data-country": c.country }, rings);
    tip(circle, `${c.country}: ${c.events} events (${c.as_source} as source, ${c.as_target} as target)`);
  }
  const maxP = Math.max(1, ...places.map((p) => p.count));
  const dots = svgEl("g", { class: "place-layer" }, svg);
  for (const p of places) {
    const [x, y] = project([p.lon, p.lat]);
    const circle = svgEl("circle", { cx: x, cy: y, r: 2.5 + 8 * Math.sqrt(p.count / maxP),
      class: "pt-place" }, dots);
    tip(circle, `${p.name || "?"}${p.country ? ` (${p.country})` : ""}: ${p.count} events`);
  }
  if (!places.length && !unplaced.length) emptyNote(svg, "no located events match");
}
