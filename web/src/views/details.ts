// The details panel of the selected node: kind, roles, aliases, Wikidata link, its meetings and
// actors (clickable), and the evidence sentences with their article and modality. Text only.
import { append, byId, clear, el, safeLink } from "../components/dom.js";
import { MODALITY_TEXT } from "../settings.js";
import type { Evidence, Modality, NodeAttributes, NodeKind } from "../types.js";
import type { App } from "./app.js";

const ACTOR_KINDS: readonly NodeKind[] = ["person", "organization", "country", "group"];
/** At most this many evidence items are drawn (hubs can have thousands). */
const MAX_EVIDENCE = 80;

function modalityBadge(modality: unknown): HTMLElement | null {
  if (typeof modality !== "string") return null;
  const text = MODALITY_TEXT[modality as Modality] ?? modality;
  return el("span", { className: `badge modality-${/^[a-z]+$/.test(modality) ? modality : "other"}`, attrs: { "data-modality": modality } }, text);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Wires the panel to the app: it re-renders on every selection. */
export function mountDetails(app: App): void {
  const panel = byId("details");
  const body = byId("details-body");
  byId("details-close").addEventListener("click", () => {
    app.select(undefined);
    byId("search").focus();
  });
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") app.select(undefined);
  });
  const nodeButton = (key: string): HTMLElement => {
    const attrs = app.graph.getNodeAttributes(key) as NodeAttributes;
    const button = el("button", { type: "button", attrs: { "data-node": key } }, String(attrs.label ?? key));
    button.addEventListener("click", () => app.focusNode(key));
    return el("li", {}, button);
  };
  const render = (key: string | undefined): void => {
    clear(body);
    if (!key || !app.graph.hasNode(key)) {
      panel.hidden = true;
      return;
    }
    panel.hidden = false;
    const graph = app.graph;
    const a = graph.getNodeAttributes(key) as NodeAttributes & Record<string, unknown>;
    const title = el("h2", { className: "node-title", id: "details-title", tabIndex: -1 }, String(a.label ?? key));
    const facts = el("dl");
    const fact = (name: string, value: Node | string | undefined | null): void => {
      if (value === undefined || value === null || value === "") return;
      append(facts, el("dt", {}, name), el("dd", {}, value));
    };
    fact("Kind", el("span", { className: "badge", attrs: { "data-kind": String(a.kind) } }, String(a.kind)));
    if (!app.visible.has(key)) fact("Shown", "no (hidden by the filters)");
    if (a.kind === "meeting") {
      if (typeof a.status === "string") fact("Status", el("span", { className: "badge status-badge" }, a.status));
      fact("Date", typeof a.date === "string" ? a.date : undefined);
      fact("Place", typeof a.place === "string" ? a.place : undefined);
      fact("Type", typeof a.meetingType === "string" ? a.meetingType : undefined);
      fact("Trigger", typeof a.trigger === "string" ? `“${a.trigger}”` : undefined);
    }
    if (a.kind === "article") {
      fact("Title", typeof a.title === "string" ? safeLink(a.url, a.title) : undefined);
      fact("Date", typeof a.date === "string" ? a.date : undefined);
      fact("Source", typeof a.source === "string" ? a.source : undefined);
      fact("File", typeof a.path === "string" ? a.path : undefined);
    }
    const roles = strings(a.roles);
    if (roles.length) fact("Roles", roles.join("; "));
    fact("Description", typeof a.description === "string" ? a.description : undefined);
    const aliases = strings(a.aliases).filter((alias) => alias !== a.label);
    if (aliases.length) fact("Also", aliases.join(", "));
    if (typeof a.wikidata === "string" && /^Q\d+$/.test(a.wikidata)) {
      fact("Wikidata", safeLink(`https://www.wikidata.org/wiki/${a.wikidata}`, a.wikidata));
    }
    if (typeof a.mentions === "number") fact("Mentions", String(a.mentions));
    if (typeof a.firstSeen === "string") fact("Seen", a.lastSeen && a.lastSeen !== a.firstSeen ? `${a.firstSeen} – ${String(a.lastSeen)}` : a.firstSeen);
    append(body, title, facts);

    // neighbours grouped: meetings, actors, places and topics
    const neighbors = graph.neighbors(key).sort((x, y) => {
      const lx = String(graph.getNodeAttribute(x, "label") ?? x);
      const ly = String(graph.getNodeAttribute(y, "label") ?? y);
      return lx < ly ? -1 : lx > ly ? 1 : 0;
    });
    const group = (heading: string, keys: string[]): void => {
      if (!keys.length) return;
      append(body, el("h2", {}, `${heading} (${keys.length})`), el("ul", { className: "links" }, ...keys.slice(0, 100).map(nodeButton)));
    };
    const kindOf = (k: string): NodeKind => graph.getNodeAttribute(k, "kind") as NodeKind;
    group("Meetings", neighbors.filter((k) => kindOf(k) === "meeting"));
    group(a.kind === "meeting" ? "Participants" : "Actors", neighbors.filter((k) => ACTOR_KINDS.includes(kindOf(k))));
    group("Places", neighbors.filter((k) => kindOf(k) === "place"));
    group("Topics", neighbors.filter((k) => kindOf(k) === "topic"));
    group("Articles", neighbors.filter((k) => kindOf(k) === "article"));

    // evidence of every incident link except plain mentions
    const items: HTMLElement[] = [];
    let total = 0;
    graph.forEachEdge(key, (edge, e, source, target) => {
      const evidence: Evidence[] = Array.isArray(e.evidence) ? e.evidence : [];
      if (e.relation === "mentions" || !evidence.length) return;
      for (const ev of evidence) {
        total++;
        if (items.length >= MAX_EVIDENCE) continue;
        const other = source === key ? target : source;
        const otherLabel = String(graph.getNodeAttribute(other, "label") ?? other);
        const relation = typeof e.label === "string" && e.label ? e.label : String(e.relation).replace(/_/g, " ");
        const head = el(
          "div",
          {},
          source === key
            ? el("span", { className: "relation" }, `${relation} → ${otherLabel}`)
            : el("span", { className: "relation" }, `${otherLabel} → ${relation}`),
          " ",
          modalityBadge(e.modality),
          e.role ? el("span", { className: "badge" }, String(e.role)) : null,
          typeof e.source === "string" && e.source ? el("span", { className: "badge" }, `according to ${e.source}`) : null,
        );
        const articleKey = `article:${ev.article}`;
        const art = graph.hasNode(articleKey) ? (graph.getNodeAttributes(articleKey) as NodeAttributes) : undefined;
        const articleTitle = art?.title ?? art?.label ?? String(ev.article);
        const cite = el("cite", {}, safeLink(art?.url, articleTitle), art?.date ? ` · ${art.date}` : null);
        items.push(el("li", { attrs: { "data-edge": edge } }, head, el("blockquote", {}, String(ev.text ?? "")), cite));
      }
    });
    if (items.length) {
      append(body, el("h2", {}, `Evidence (${total})`), el("ul", { className: "evidence" }, ...items));
      if (total > items.length) append(body, el("p", { className: "hint" }, `${total - items.length} more not shown.`));
    }
  };
  app.on((event) => {
    if (event.type === "selection") render(event.key);
    if (event.type === "graph") render(app.selected);
    if (event.type === "filters" && app.selected) render(app.selected);
  });
  render(app.selected);
}
