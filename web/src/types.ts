// Viewer types: the filter state, the filters as a discriminated union, the view state kept in the URL.
import type { MeetingStatus, NodeKind } from "../../src/types.js";

export type { EdgeAttributes, Evidence, MeetingStatus, Modality, NodeAttributes, NodeKind } from "../../src/types.js";

/** One filter; a node is shown when every active filter keeps it. */
export type Filter =
  /** Hide nodes of these kinds. */
  | { type: "kinds"; hidden: NodeKind[] }
  /** Keep only the topics chosen, what is linked to them, and the actors of meetings about them. */
  | { type: "topics"; topics: string[] }
  /** Keep only meetings with one of these statuses (other kinds are unaffected). */
  | { type: "status"; statuses: MeetingStatus[] }
  /** Keep dated nodes whose date (or firstSeen..lastSeen) overlaps [from, to]; undated nodes stay. */
  | { type: "dates"; from?: string; to?: string }
  /** Hide nodes left without any visible neighbour by the other filters. */
  | { type: "isolated" };

/** The filter controls as the user set them; `toFilters` turns this into a `Filter[]`. */
export interface FilterState {
  hiddenKinds: NodeKind[];
  topics: string[];
  /** Empty = every status. */
  statuses: MeetingStatus[];
  from?: string;
  to?: string;
  hideIsolated: boolean;
}

/** Camera position as sigma's camera state (x, y, ratio; angle is not used). */
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** Everything a copied link restores. */
export interface ViewState {
  filters: FilterState;
  selected?: string;
  camera?: CameraView;
}

/** One search suggestion. */
export interface SearchHit {
  key: string;
  label: string;
  kind: NodeKind;
  /** The label or alias that matched. */
  matched: string;
  score: number;
}

/** The graph the explorer works on (attributes as the builder writes them; files may lack some). */
export type KgGraph = import("graphology").default<
  import("../../src/types.js").NodeAttributes,
  import("../../src/types.js").EdgeAttributes
>;
