// Source → target dyads in a circular layout: nodes on a circle, ordered by weight,
// curved edges with arrowheads whose width grows with the number of events.

import { clear, emptyNote, svgEl, tip } from "./svg.js";

function nodeKey(end, by) {
  return by === "actor" ? `${end.name} · ${end.country || "?"}` : end.country;
}

function nodeLabel(end, by) {
  if (by !== "actor") return end.country;
  const name = end.name.length > 22 ? `${end.name.slice(0, 21)}…` : end.name;
  return end.country ? `${name} (${end.country})` : name;
}

export function drawNetwork(svg, data) {
  clear(svg);
  const { by, items } = data;
  svg.dataset.by = by;
  if (!items.length) {
    emptyNote(svg, "no events with both a source and a target match");
    return;
  }
  const box = svg.viewBox.baseVal;
  const cx = box.width / 2;
  const cy = box.height / 2;
  // an ellipse: labels need room at the sides more than at the top and bottom
  const rx = cx - 150;
  const ry = cy - 28;
  const nodes = new Map();
  for (const d of items) {
    for (const [end, role] of [[d.source, "out"], [d.target, "in"]]) {
      const key = nodeKey(end, by);
      if (!nodes.has(key)) nodes.set(key, { key, label: nodeLabel(end, by), out: 0, in: 0 });
      nodes.get(key)[role] += d.count;
    }
  }
  const ordered = [...nodes.values()].sort((a, b) => b.out + b.in - (a.out + a.in));
  const maxWeight = Math.max(...ordered.map((n) => n.out + n.in));
  ordered.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / ordered.length - Math.PI / 2;
    n.x = cx + rx * Math.cos(angle);
    n.y = cy + ry * Math.sin(angle);
    n.angle = angle;
    n.r = 3 + 7 * Math.sqrt((n.out + n.in) / maxWeight);
  });
  const defs = svgEl("defs", {}, svg);
  const marker = svgEl("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5,
    markerWidth: 7, markerHeight: 7, markerUnits: "userSpaceOnUse", orient: "auto" }, defs);
  svgEl("path", { d: "M0,0L10,5L0,10z", fill: "#7d8a99" }, marker);

  const maxCount = Math.max(...items.map((d) => d.count));
  const edges = svgEl("g", { class: "edges" }, svg);
  for (const d of items) {
    const a = nodes.get(nodeKey(d.source, by));
    const b = nodes.get(nodeKey(d.target, by));
    const width = 0.8 + 4 * (d.count / maxCount);
    let path;
    if (a === b) {
      // a loop pointing away from the centre
      const ux = Math.cos(a.angle);
      const uy = Math.sin(a.angle);
      const far = a.r + 22;
      const c1 = [a.x + ux * far - uy * 12, a.y + uy * far + ux * 12];
      const c2 = [a.x + ux * far + uy * 12, a.y + uy * far - ux * 12];
      const end = [a.x + ux * (a.r + 1) + uy * 3, a.y + uy * (a.r + 1) - ux * 3];
      path = `M${a.x},${a.y}C${c1} ${c2} ${end}`;
    } else {
      // bend towards the centre so that A→B and B→A stay apart
      const mx = (a.x + b.x) / 2 + (cx - (a.x + b.x) / 2) * 0.35 + (b.y - a.y) * 0.08;
      const my = (a.y + b.y) / 2 + (cy - (a.y + b.y) / 2) * 0.35 - (b.x - a.x) * 0.08;
      // stop at the target's rim so the arrowhead shows
      const dx = b.x - mx;
      const dy = b.y - my;
      const len = Math.hypot(dx, dy) || 1;
      const ex = b.x - (dx / len) * (b.r + 1);
      const ey = b.y - (dy / len) * (b.r + 1);
      path = `M${a.x},${a.y}Q${mx},${my} ${ex},${ey}`;
    }
    const edge = svgEl("path", { d: path, class: "edge", "stroke-width": width.toFixed(2),
      "marker-end": "url(#arrow)" }, edges);
    tip(edge, `${a.label} → ${b.label}: ${d.count} events`);
  }
  const layer = svgEl("g", { class: "nodes" }, svg);
  for (const n of ordered) {
    const r = n.r;
    tip(svgEl("circle", { cx: n.x, cy: n.y, r, class: "node" }, layer),
      `${n.label}: ${n.out} as source, ${n.in} as target`);
    const right = Math.cos(n.angle) >= 0;
    const t = svgEl("text", { x: n.x + (right ? r + 3 : -r - 3), y: n.y + 3,
      "text-anchor": right ? "start" : "end", class: "node-label" }, layer);
    t.textContent = n.label;
  }
}
