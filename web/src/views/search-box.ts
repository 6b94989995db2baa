// The search box: suggestions over labels and aliases as you type (folded prefix match), arrow
// keys to move, Enter to choose (camera moves to the node and selects it), Escape to close.
import { byId, clear, el } from "../components/dom.js";
import { search } from "../logic/search.js";
import { DEFAULTS } from "../settings.js";
import type { SearchHit } from "../types.js";
import type { App } from "./app.js";

/** Wires the search box to the app. */
export function mountSearch(app: App): void {
  const input = byId<HTMLInputElement>("search");
  const list = byId<HTMLUListElement>("suggestions");
  let hits: SearchHit[] = [];
  let active = -1;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const choose = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    input.value = hit.label;
    close();
    app.focusNode(hit.key);
  };
  const highlight = (index: number): void => {
    active = index;
    list.querySelectorAll("li").forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) input.setAttribute("aria-activedescendant", `suggestion-${index}`);
  };
  const show = (): void => {
    hits = search(app.index, input.value, DEFAULTS.searchLimit);
    clear(list);
    if (!input.value.trim()) return close();
    if (!hits.length) {
      list.appendChild(el("li", { className: "empty", attrs: { "aria-disabled": "true" } }, "No match"));
    }
    hits.forEach((hit, i) => {
      const item = el(
        "li",
        { id: `suggestion-${i}`, role: "option", attrs: { "aria-selected": "false", "data-node": hit.key } },
        el("span", {}, hit.label),
        hit.matched !== hit.label ? el("span", { className: "alias" }, `(${hit.matched})`) : null,
        el("span", { className: "kind" }, hit.kind),
      );
      // mousedown, not click: fires before the input loses focus
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(hit);
      });
      list.appendChild(item);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    highlight(hits.length ? 0 : -1);
  };
  input.addEventListener("input", show);
  input.addEventListener("focus", () => {
    if (input.value.trim()) show();
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && hits.length) {
      event.preventDefault();
      if (list.hidden) show();
      highlight((active + 1) % hits.length);
    } else if (event.key === "ArrowUp" && hits.length) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (list.hidden) show();
      choose(hits[Math.max(0, active)]);
    } else if (event.key === "Escape") {
      if (!list.hidden) close();
      else {
        input.value = "";
        app.select(undefined);
      }
    }
  });
}
