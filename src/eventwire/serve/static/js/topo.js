// A minimal TopoJSON decoder: Polygon and MultiPolygon geometries of one object to
// rings of [lon, lat]. Enough for the bundled Natural Earth outlines (see the
// TopoJSON specification for the format).

function decodeArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (!t) return [dx, dy];
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

function ring(indexes, arcs) {
  const points = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    // consecutive arcs share their joining point
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

/** Features of `topology.objects[name]`: [{id, name, rings: [[[lon, lat], ...], ...]}]. */
export function features(topology, name) {
  const arcs = decodeArcs(topology);
  const object = topology.objects[name];
  const geometries = object.type === "GeometryCollection" ? object.geometries : [object];
  const out = [];
  for (const g of geometries) {
    let polygons = [];
    if (g.type === "Polygon") polygons = [g.arcs];
    else if (g.type === "MultiPolygon") polygons = g.arcs;
    const rings = [];
    for (const polygon of polygons) for (const r of polygon) rings.push(ring(r, arcs));
    out.push({ id: g.id, name: (g.properties && g.properties.name) || "", rings });
  }
  return out;
}
