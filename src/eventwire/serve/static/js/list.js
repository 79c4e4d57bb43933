// The event table: one row per event; a click (or Enter) opens its article.

import { clear, htmlEl, keyColour } from "./svg.js";

function actors(list) {
  if (!list.length) return "—";
  return list.map((a) => (a.country ? `${a.name || a.id} (${a.country})` : a.name || a.id)).join("; ");
}

export function drawList(tbody, page, onOpen) {
  clear(tbody);
  if (!page.items.length) {
    const row = htmlEl("tr", {}, tbody);
    htmlEl("td", { colspan: 5, class: "muted" }, row, "No events match these filters.");
    return;
  }
  for (const e of page.items) {
    const row = htmlEl("tr", { tabindex: 0, role: "button", "data-article": e.article_id,
      "data-event": e.id, "data-type": e.type }, tbody);
    htmlEl("td", { class: "date" }, row, e.date || "undated");
    const typeCell = htmlEl("td", {}, row);
    const tag = htmlEl("span", { class: "type-tag" }, typeCell, e.type);
    tag.style.background = keyColour("type", e.type);
    if (e.modality !== "asserted") typeCell.appendChild(document.createTextNode(` ${e.modality}`));
    htmlEl("td", {}, row, actors(e.source));
    htmlEl("td", {}, row, actors(e.target));
    htmlEl("td", { class: "evidence" }, row, e.evidence_text);
    const open = () => onOpen(e.article_id, e.id);
    row.addEventListener("click", open);
    row.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        open();
      }
    });
  }
}
