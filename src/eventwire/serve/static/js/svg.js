// Small helpers for building SVG and HTML with DOM calls (never innerHTML: the
// article texts and names shown here are untrusted input).

const SVG_NS = "http://www.w3.org/2000/svg";

export function svgEl(tag, attrs = {}, parent = null) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (parent) parent.appendChild(node);
  return node;
}

export function htmlEl(tag, attrs = {}, parent = null, text = null) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== null) node.textContent = text;
  if (parent) parent.appendChild(node);
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A tooltip for an SVG element. */
export function tip(node, text) {
  svgEl("title", {}, node).textContent = text;
  return node;
}

/** A centred note in an empty chart. */
export function emptyNote(svg, text) {
  const box = svg.viewBox.baseVal;
  const t = svgEl("text", { x: box.width / 2, y: box.height / 2, "text-anchor": "middle",
    class: "empty-note" }, svg);
  t.textContent = text;
}

// PLOVER types grouped by QuadClass: greens (verbal cooperation), blues (material
// cooperation), ambers (verbal conflict), reds and purples (material conflict).
export const TYPE_COLOURS = {
  AGREE: "#1b9e77", CONSULT: "#66c2a5", SUPPORT: "#2ca25f", CONCEDE: "#99d8c9",
  COOPERATE: "#3182bd", AID: "#6baed6", RETREAT: "#9ecae1",
  REQUEST: "#fdae6b", ACCUSE: "#e6550d", REJECT: "#fd8d3c", THREATEN: "#a63603",
  PROTEST: "#de2d26", SANCTION: "#756bb1", MOBILIZE: "#9e9ac8", COERCE: "#a50f15",
  ASSAULT: "#54278f",
};
export const QUAD_COLOURS = { 1: "#2ca25f", 2: "#3182bd", 3: "#fd8d3c", 4: "#de2d26" };
export const QUAD_NAMES = {
  1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
  4: "material conflict",
};

export function keyColour(by, key) {
  if (by === "quad_class") return QUAD_COLOURS[key] || "#9aa4af";
  return TYPE_COLOURS[key] || "#9aa4af";
}
