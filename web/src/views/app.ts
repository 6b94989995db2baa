// The explorer's controller: holds the graph, the Sigma renderer and the view state; filters and
// highlights through reducers only (the graph's data is never changed by a filter).
import Sigma from "sigma";
import type { CameraState } from "sigma/types";
import { DEFAULTS, KIND_COLORS } from "../settings.js";
import type { EdgeAttributes, Filter, FilterState, KgGraph, NodeAttributes, NodeKind, ViewState } from "../types.js";
import { toFilters, visibleNodes } from "../logic/filters.js";
import { buildSearchIndex, type SearchIndex } from "../logic/search.js";
import { decodeViewState, encodeViewState } from "../logic/url-state.js";

/** What views get told when something changes. */
export type AppEvent =
  | { type: "graph" }
  | { type: "filters" }
  | { type: "selection"; key: string | undefined };

type Listener = (event: AppEvent) => void;

/** The explorer's state and renderer; views talk to it and listen to its events. */
export class App {
  graph: KgGraph;
  renderer: Sigma<NodeAttributes, EdgeAttributes> | undefined;
  filters: FilterState;
  selected: string | undefined;
  hovered: string | undefined;
  visible: Set<string> = new Set();
  index: SearchIndex = { entries: [] };
  private focusNeighbors: Set<string> = new Set();
  private zoomedIn = false;
  /** Big graphs highlight without dimming the rest, so a hover redraws only the neighbourhood. */
  private big = false;
  private listeners: Listener[] = [];
  private hashTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly container: HTMLElement;

  constructor(container: HTMLElement, graph: KgGraph, state: ViewState) {
    this.container = container;
    this.graph = graph;
    this.filters = state.filters;
    this.setGraph(graph, state);
  }

  /** Subscribes a view to state changes. */
  on(listener: Listener): void {
    this.listeners.push(listener);
  }

  private emit(event: AppEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** Replaces the graph (a file was opened): new renderer, same filters, state from `state`. */
  setGraph(graph: KgGraph, state: ViewState = { filters: this.filters }): void {
    this.renderer?.kill();
    this.graph = graph;
    this.filters = state.filters;
    this.selected = state.selected && graph.hasNode(state.selected) ? state.selected : undefined;
    this.hovered = undefined;
    this.index = buildSearchIndex(
      graph.mapNodes((key, a) => ({ key, label: String(a.label ?? key), kind: a.kind, aliases: Array.isArray(a.aliases) ? a.aliases : [], mentions: a.mentions ?? 0 })),
    );
    this.visible = visibleNodes(graph, toFilters(this.filters));
    this.big = graph.order > DEFAULTS.partialHighlightAbove;
    this.updateFocus();
    const arrows = graph.size <= DEFAULTS.arrowEdgeLimit;
    const renderer = new Sigma(graph, this.container, {
      renderLabels: true,
      renderEdgeLabels: true,
      labelRenderedSizeThreshold: DEFAULTS.labelRenderedSizeThreshold,
      labelDensity: DEFAULTS.labelDensity,
      labelGridCellSize: DEFAULTS.labelGridCellSize,
      labelSize: DEFAULTS.labelSize,
      labelFont: DEFAULTS.labelFont,
      edgeLabelFont: DEFAULTS.labelFont,
      edgeLabelSize: DEFAULTS.labelSize - 2,
      zIndex: true,
      defaultEdgeType: arrows ? "arrow" : "line",
      minCameraRatio: 0.01,
      maxCameraRatio: 20,
      nodeReducer: (key, data) => this.nodeDisplay(key, data as unknown as NodeAttributes & Record<string, unknown>),
      edgeReducer: (key, data) => this.edgeDisplay(key, data as unknown as Record<string, unknown>, arrows),
    });
    this.renderer = renderer;
    renderer.on("enterNode", ({ node }) => this.setHovered(node));
    renderer.on("leaveNode", () => this.setHovered(undefined));
    renderer.on("clickNode", ({ node }) => this.select(node));
    renderer.on("clickStage", () => this.select(undefined));
    const camera = renderer.getCamera();
    if (state.camera) camera.setState(state.camera);
    this.zoomedIn = camera.ratio < DEFAULTS.edgeLabelZoomRatio;
    camera.on("updated", (cam: CameraState) => {
      const zoomed = cam.ratio < DEFAULTS.edgeLabelZoomRatio;
      if (zoomed !== this.zoomedIn) {
        this.zoomedIn = zoomed;
        renderer.refresh({ skipIndexation: true });
      }
      this.saveHash();
    });
    this.emit({ type: "graph" });
    this.emit({ type: "selection", key: this.selected });
  }

  /** The node key whose neighbourhood is highlighted: the hovered node, else the selected one. */
  get focus(): string | undefined {
    return this.hovered ?? this.selected;
  }

  private updateFocus(): void {
    const focus = this.focus;
    this.focusNeighbors = new Set(focus && this.graph.hasNode(focus) ? this.graph.neighbors(focus) : []);
  }

  private nodeDisplay(key: string, data: NodeAttributes & Record<string, unknown>): Record<string, unknown> {
    const kind = data.kind as NodeKind | undefined;
    const res: Record<string, unknown> = {
      x: data.x,
      y: data.y,
      label: data.label,
      size: typeof data.size === "number" ? data.size : DEFAULTS.defaultNodeSize,
      color: typeof data.color === "string" ? data.color : (kind && KIND_COLORS[kind]) || "#999",
      type: "circle",
      zIndex: 1,
    };
    if (!this.visible.has(key)) {
      res.hidden = true;
      return res;
    }
    const focus = this.focus;
    if (focus) {
      if (key === focus) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 3;
        if (this.big) res.zIndex = 1;
      } else if (this.focusNeighbors.has(key)) {
        res.forceLabel = this.focusNeighbors.size <= 40;
        res.zIndex = this.big ? 1 : 2;
      } else if (!this.big) {
        res.color = DEFAULTS.mutedNodeColor;
        res.label = null;
        res.zIndex = 0;
      }
    }
    if (key === this.selected) res.highlighted = true;
    return res;
  }

  private edgeDisplay(key: string, data: Record<string, unknown>, arrows: boolean): Record<string, unknown> {
    const [source, target] = this.graph.extremities(key);
    const res: Record<string, unknown> = {
      size: typeof data.size === "number" ? data.size : DEFAULTS.defaultEdgeSize,
      color: typeof data.color === "string" ? data.color : DEFAULTS.defaultEdgeColor,
      type: arrows ? "arrow" : "line",
      label: null,
      zIndex: 0,
    };
    if (!this.visible.has(source) || !this.visible.has(target)) {
      res.hidden = true;
      return res;
    }
    const relation = typeof data.label === "string" && data.label ? data.label : typeof data.relation === "string" ? data.relation.replace(/_/g, " ") : null;
    const focus = this.focus;
    if (focus) {
      if (source === focus || target === focus) {
        res.label = relation;
        res.forceLabel = true;
        res.zIndex = this.big ? 0 : 1;
        res.color = "#6b7a90";
      } else if (!this.big) {
        res.color = DEFAULTS.mutedEdgeColor;
      }
    } else if (this.zoomedIn) {
      res.label = relation;
    }
    return res;
  }

  /** Redraws after a change of filters or focus (reducers run again; positions are not re-indexed). */
  refresh(): void {
    this.renderer?.refresh({ skipIndexation: true });
  }

  /** The nodes and edges whose display depends on a focus node. */
  private around(focus: string | undefined, nodes: Set<string>, edges: Set<string>): void {
    if (!focus || !this.graph.hasNode(focus)) return;
    nodes.add(focus);
    this.graph.forEachNeighbor(focus, (n) => nodes.add(n));
    this.graph.forEachEdge(focus, (e) => edges.add(e));
  }

  /** Redraws after the focus moved: big graphs reprocess only the old and new neighbourhoods. */
  private refreshFocus(previous: string | undefined): void {
    if (!this.big || !this.renderer) return this.refresh();
    const nodes = new Set<string>();
    const edges = new Set<string>();
    this.around(previous, nodes, edges);
    this.around(this.focus, nodes, edges);
    try {
      this.renderer.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
    } catch {
      this.refresh();
    }
  }

  /** Sets the hovered node and redraws the highlight. */
  setHovered(key: string | undefined): void {
    if (key === this.hovered) return;
    const previous = this.focus;
    this.hovered = key;
    this.updateFocus();
    this.refreshFocus(previous);
  }

  /** Selects a node (or clears the selection) and tells the views. */
  select(key: string | undefined): void {
    const next = key && this.graph.hasNode(key) ? key : undefined;
    const previous = this.focus;
    this.selected = next;
    this.updateFocus();
    this.refreshFocus(previous);
    this.emit({ type: "selection", key: next });
    this.saveHash();
  }

  /** Selects a node and moves the camera to it. */
  focusNode(key: string): void {
    this.select(key);
    const renderer = this.renderer;
    if (!renderer || !this.graph.hasNode(key)) return;
    const display = renderer.getNodeDisplayData(key);
    if (!display) return;
    const camera = renderer.getCamera();
    void camera.animate({ x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.5) }, { duration: DEFAULTS.animationMs });
  }

  /** Applies new filter controls. */
  setFilters(filters: FilterState): void {
    this.filters = filters;
    this.visible = visibleNodes(this.graph, this.activeFilters());
    this.refresh();
    this.emit({ type: "filters" });
    this.saveHash();
  }

  /** The filters in force, as the discriminated union. */
  activeFilters(): Filter[] {
    return toFilters(this.filters);
  }

  /** The view state to put in the URL. */
  viewState(): ViewState {
    const state: ViewState = { filters: this.filters };
    if (this.selected) state.selected = this.selected;
    const camera = this.renderer?.getCamera().getState();
    if (camera) state.camera = { x: camera.x, y: camera.y, ratio: camera.ratio };
    return state;
  }

  /** Restores a view state read from the URL. */
  applyViewState(state: ViewState): void {
    this.filters = state.filters;
    this.visible = visibleNodes(this.graph, this.activeFilters());
    if (state.camera) this.renderer?.getCamera().setState(state.camera);
    this.emit({ type: "filters" });
    this.select(state.selected);
  }

  /** Writes the view state into the URL hash (debounced, without adding history entries). */
  saveHash(): void {
    clearTimeout(this.hashTimer);
    this.hashTimer = setTimeout(() => {
      const hash = encodeViewState(this.viewState());
      const url = new URL(window.location.href);
      url.hash = hash;
      if (url.href !== window.location.href) history.replaceState(null, "", url.href);
    }, 150);
  }

  /** Reads the current URL hash into a view state. */
  static stateFromLocation(): ViewState {
    return decodeViewState(window.location.hash);
  }
}
