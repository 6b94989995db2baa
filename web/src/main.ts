// Entry point of the explorer: loads the graph (graph.json beside the page, or ?graph=URL),
// starts the app and mounts the views. With ?kgtest=1 it exposes window.__kg for tests and the benchmark.
import "./style.css";
import { parse as parseGexf } from "graphology-gexf/browser";
import { byId } from "./components/dom.js";
import { emptyFilterState } from "./logic/filters.js";
import { detectFormat, makeDrawable, newGraph, parseGraphGexf, parseGraphJson, type GexfParse } from "./logic/load.js";
import { DEFAULTS } from "./settings.js";
import type { KgGraph } from "./types.js";
import { App } from "./views/app.js";
import { mountControls } from "./views/controls.js";
import { mountDetails } from "./views/details.js";
import { mountFilters } from "./views/filters-panel.js";
import { mountSearch } from "./views/search-box.js";

/** Test and benchmark hooks (only with ?kgtest=1). */
interface KgHooks {
  ready: boolean;
  error?: string;
  /** ms from navigation start to the first frame drawn with the graph. */
  firstRenderMs?: number;
  app?: App;
  /** ms from navigation start at each loading stage. */
  stages: Record<string, number>;
  /** Highlights a node's neighbourhood as hover does; resolves with the ms it took to redraw. */
  highlight(key: string | undefined): number;
}
declare global {
  interface Window {
    __kg?: KgHooks;
  }
}

const statusLine = byId("status");
function status(text: string, error = false): void {
  statusLine.textContent = text;
  statusLine.classList.toggle("error", error);
}

function parseText(name: string, text: string): KgGraph {
  const graph = detectFormat(name, text) === "gexf" ? parseGraphGexf(text, parseGexf as unknown as GexfParse) : parseGraphJson(text);
  makeDrawable(graph);
  return graph;
}

function describe(app: App): string {
  return `${app.graph.order} nodes, ${app.graph.size} edges; ${app.visible.size} shown`;
}

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const hooks: KgHooks | undefined = params.has("kgtest")
    ? { ready: false, stages: {}, highlight: () => Number.NaN }
    : undefined;
  if (hooks) window.__kg = hooks;
  const source = params.get("graph") || DEFAULTS.graphUrl;
  let graph: KgGraph;
  try {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    if (hooks) hooks.stages.fetched = performance.now();
    graph = parseText(source, text);
    if (hooks) hooks.stages.parsed = performance.now();
  } catch (error) {
    status(`Could not load the graph from ${source}: ${(error as Error).message}. Open a .gexf or graph.json file instead.`, true);
    if (hooks) hooks.error = (error as Error).message;
    graph = newGraph();
  }
  const app = new App(byId("sigma"), graph, App.stateFromLocation());
  if (hooks) hooks.stages.rendered = performance.now();
  mountFilters(app);
  mountDetails(app);
  mountSearch(app);
  mountControls(
    app,
    (name, text) => {
      try {
        app.setGraph(parseText(name, text), { filters: emptyFilterState() });
        status(`Opened ${name}: ${describe(app)}.`);
      } catch (error) {
        status((error as Error).message, true);
      }
    },
    status,
  );
  if (hooks) hooks.stages.mounted = performance.now();
  if (!statusLine.classList.contains("error")) status(describe(app));
  app.on((event) => {
    if (event.type === "filters") status(describe(app));
  });
  window.addEventListener("hashchange", () => app.applyViewState(App.stateFromLocation()));
  if (hooks) {
    hooks.app = app;
    hooks.highlight = (key) => {
      const t0 = performance.now();
      app.setHovered(key);
      return performance.now() - t0;
    };
    requestAnimationFrame(() => {
      hooks.firstRenderMs = performance.now();
      hooks.ready = true;
    });
  }
}

void start();
