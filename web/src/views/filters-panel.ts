// The legend (doubles as the kind filter), the meeting status and topic chips, the timeline
// slider and "hide isolated nodes". Every control writes the FilterState; the app does the rest.
import { append, byId, clear, el } from "../components/dom.js";
import { emptyFilterState, timelineDays, topicList } from "../logic/filters.js";
import { KIND_COLORS, KINDS, STATUSES } from "../settings.js";
import type { FilterState, MeetingStatus, NodeKind } from "../types.js";
import type { App } from "./app.js";

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Wires the filter panel to the app. */
export function mountFilters(app: App): void {
  const legend = byId("legend");
  const statuses = byId("statuses");
  const topics = byId("topics");
  const from = byId<HTMLInputElement>("date-from");
  const to = byId<HTMLInputElement>("date-to");
  const fromText = byId("date-from-text");
  const toText = byId("date-to-text");
  const isolated = byId<HTMLInputElement>("hide-isolated");
  let days: string[] = [];

  const update = (change: (f: FilterState) => FilterState): void => app.setFilters(change({ ...app.filters }));

  const build = (): void => {
    const graph = app.graph;
    const counts = new Map<NodeKind, number>();
    const statusCounts = new Map<MeetingStatus, number>();
    graph.forEachNode((_k, a) => {
      counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
      if (a.kind === "meeting" && a.status) statusCounts.set(a.status, (statusCounts.get(a.status) ?? 0) + 1);
    });
    clear(legend);
    for (const kind of KINDS) {
      const count = counts.get(kind);
      if (!count) continue;
      const swatch = el("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
      swatch.style.backgroundColor = KIND_COLORS[kind];
      const button = el("button", { type: "button", attrs: { "data-kind": kind, "aria-pressed": "true" } }, swatch, kind, el("span", { className: "count" }, String(count)));
      button.addEventListener("click", () => update((f) => ({ ...f, hiddenKinds: toggled(f.hiddenKinds, kind) })));
      legend.appendChild(el("li", {}, button));
    }
    clear(statuses);
    for (const status of STATUSES) {
      const count = statusCounts.get(status);
      if (!count) continue;
      const button = el("button", { type: "button", attrs: { "data-status": status, "aria-pressed": "false" } }, `${status} (${count})`);
      button.addEventListener("click", () => update((f) => ({ ...f, statuses: toggled(f.statuses, status) })));
      statuses.appendChild(button);
    }
    if (!statuses.firstChild) append(statuses, el("span", { className: "hint" }, "No meetings."));
    clear(topics);
    for (const topic of topicList(graph)) {
      const button = el("button", { type: "button", attrs: { "data-topic": topic.key, "aria-pressed": "false" } }, topic.label);
      button.addEventListener("click", () => update((f) => ({ ...f, topics: toggled(f.topics, topic.key) })));
      topics.appendChild(button);
    }
    if (!topics.firstChild) append(topics, el("span", { className: "hint" }, "No topics."));
    days = timelineDays(graph);
    const max = String(Math.max(0, days.length - 1));
    from.max = max;
    to.max = max;
    from.disabled = to.disabled = days.length < 2;
    sync();
  };

  /** Puts the controls in line with app.filters (after a URL change too). */
  const sync = (): void => {
    const f = app.filters;
    for (const button of legend.querySelectorAll<HTMLButtonElement>("button[data-kind]")) {
      button.setAttribute("aria-pressed", String(!f.hiddenKinds.includes(button.dataset.kind as NodeKind)));
    }
    for (const button of statuses.querySelectorAll<HTMLButtonElement>("button[data-status]")) {
      button.setAttribute("aria-pressed", String(f.statuses.includes(button.dataset.status as MeetingStatus)));
    }
    for (const button of topics.querySelectorAll<HTMLButtonElement>("button[data-topic]")) {
      button.setAttribute("aria-pressed", String(f.topics.includes(button.dataset.topic ?? "")));
    }
    const fromIndex = f.from ? Math.max(0, days.findIndex((d) => d >= (f.from ?? ""))) : 0;
    let toIndex = days.length - 1;
    if (f.to) {
      toIndex = -1;
      days.forEach((d, i) => {
        if (d <= (f.to ?? "")) toIndex = i;
      });
    }
    from.value = String(fromIndex);
    to.value = String(Math.max(0, toIndex));
    fromText.textContent = days[fromIndex] ?? "–";
    toText.textContent = days[Math.max(0, toIndex)] ?? "–";
    isolated.checked = f.hideIsolated;
  };

  const onRange = (): void => {
    let a = Number(from.value);
    let b = Number(to.value);
    if (a > b) [a, b] = [b, a];
    update((f) => {
      const next: FilterState = { ...f };
      delete next.from;
      delete next.to;
      if (a > 0 && days[a]) next.from = days[a];
      if (b < days.length - 1 && days[b]) next.to = days[b];
      return next;
    });
  };
  from.addEventListener("input", onRange);
  to.addEventListener("input", onRange);
  isolated.addEventListener("change", () => update((f) => ({ ...f, hideIsolated: isolated.checked })));
  byId("reset-filters").addEventListener("click", () => app.setFilters(emptyFilterState()));
  const toggle = byId("toggle-filters");
  const panel = byId("filters");
  toggle.addEventListener("click", () => {
    const open = !panel.classList.contains("open");
    panel.classList.toggle("open", open);
    toggle.setAttribute("aria-expanded", String(open));
    if (open) panel.querySelector<HTMLElement>("button, input")?.focus();
  });
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && panel.classList.contains("open")) {
      panel.classList.remove("open");
      toggle.setAttribute("aria-expanded", "false");
      toggle.focus();
    }
  });
  app.on((event) => {
    if (event.type === "graph") build();
    if (event.type === "filters") sync();
  });
  build();
}
