// The view state in the URL hash, so that a copied link opens the same view:
// #node=<key>&hide=article,topic&topics=<k>,<k>&status=planned&from=YYYY-MM-DD&to=…&isolated=1&cam=x,y,ratio
import { KINDS, STATUSES } from "../settings.js";
import type { CameraView, FilterState, MeetingStatus, NodeKind, ViewState } from "../types.js";
import { emptyFilterState } from "./filters.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Rounds camera numbers so that hashes stay short and stable. */
function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Writes a view state as a hash string (with the leading `#`, or "" when it is the default view). */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const f = state.filters;
  if (state.selected) params.set("node", state.selected);
  if (f.hiddenKinds.length) params.set("hide", [...f.hiddenKinds].sort().join(","));
  if (f.topics.length) params.set("topics", [...f.topics].sort().join(","));
  if (f.statuses.length) params.set("status", [...f.statuses].sort().join(","));
  if (f.from) params.set("from", f.from);
  if (f.to) params.set("to", f.to);
  if (f.hideIsolated) params.set("isolated", "1");
  if (state.camera) {
    const c = state.camera;
    params.set("cam", [round(c.x, 4), round(c.y, 4), round(c.ratio, 4)].join(","));
  }
  const text = params.toString();
  return text ? `#${text}` : "";
}

/** Splits a comma list, keeping only allowed values, deduplicated, in the order given. */
function list<T extends string>(value: string | null, allowed?: readonly T[]): T[] {
  if (!value) return [];
  const out: T[] = [];
  for (const part of value.split(",")) {
    const item = part.trim() as T;
    if (!item || out.includes(item)) continue;
    if (allowed && !allowed.includes(item)) continue;
    out.push(item);
  }
  return out;
}

/**
 * Reads a view state from a hash (with or without `#`). Unknown or malformed values are ignored,
 * so a damaged link still opens the graph.
 */
export function decodeViewState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const filters: FilterState = emptyFilterState();
  filters.hiddenKinds = list<NodeKind>(params.get("hide"), KINDS);
  filters.topics = list<string>(params.get("topics"));
  filters.statuses = list<MeetingStatus>(params.get("status"), STATUSES);
  const from = params.get("from");
  const to = params.get("to");
  if (from && DAY.test(from)) filters.from = from;
  if (to && DAY.test(to)) filters.to = to;
  filters.hideIsolated = params.get("isolated") === "1";
  const state: ViewState = { filters };
  const node = params.get("node");
  if (node) state.selected = node;
  const cam = params.get("cam")?.split(",").map(Number);
  if (cam && cam.length === 3 && cam.every(Number.isFinite) && (cam[2] ?? 0) > 0) {
    const camera: CameraView = { x: cam[0] ?? 0, y: cam[1] ?? 0, ratio: cam[2] ?? 1 };
    state.camera = camera;
  }
  return state;
}
