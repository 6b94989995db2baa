// Explorer settings: Sigma rendering defaults, the kind palette and the lists the filters offer.
// The kind palette is the builder's own (src/graph/appearance.ts), so legend and drawing agree.
import type { MeetingStatus, Modality, NodeKind } from "../../src/types.js";

/** Node kinds in legend order. */
export const KINDS: readonly NodeKind[] = [
  "person",
  "organization",
  "country",
  "place",
  "group",
  "meeting",
  "topic",
  "article",
];

/** Meeting statuses in filter order. */
export const STATUSES: readonly MeetingStatus[] = [
  "happened",
  "ongoing",
  "planned",
  "proposed",
  "unconfirmed",
  "cancelled",
  "postponed",
];

/** Colour per kind (the builder's palette), for the legend and for nodes that come without a colour. */
export { KIND_COLORS } from "../../src/graph/appearance.js";

/** Human words for the modality badge. */
export const MODALITY_TEXT: Readonly<Record<Modality, string>> = {
  asserted: "asserted",
  reported: "reported",
  possible: "possible",
  planned: "planned",
  negated: "negated",
};

/** Everything the renderer and the views need, in one typed object. */
export const DEFAULTS = {
  /** Where the graph is fetched from when no `?graph=` parameter is given. */
  graphUrl: "graph.json",
  /** Sigma: draw a label only when its node is at least this big on screen (px). */
  labelRenderedSizeThreshold: 6,
  /** Sigma: labels per grid cell; lower = fewer, more readable labels. */
  labelDensity: 0.6,
  labelGridCellSize: 90,
  labelSize: 13,
  labelFont: "system-ui, sans-serif",
  /** Camera ratio below which edge labels (the relation) are drawn for every edge on screen. */
  edgeLabelZoomRatio: 0.35,
  /** Colour of what is dimmed while a neighbourhood is highlighted. */
  mutedNodeColor: "#d9d9d9",
  mutedEdgeColor: "#ececec",
  defaultNodeSize: 4,
  defaultEdgeSize: 1,
  defaultEdgeColor: "#b9b9b9",
  /** Above this many edges edges are drawn as lines, not arrows (speed). */
  arrowEdgeLimit: 20_000,
  /** Above this many nodes a hover highlights the neighbourhood without dimming the rest (speed). */
  partialHighlightAbove: 5_000,
  /** Search suggestions shown. */
  searchLimit: 10,
  /** Camera animation length (ms) for zoom and focus. */
  animationMs: 400,
} as const;
