// Search over node labels and aliases: prefix match on folded forms (case and diacritics ignored),
// with a fallback that strips Romanian case endings from the query ("Kievului" finds "Kiev").
import type { NodeKind, SearchHit } from "../types.js";
import { baseForms, fold } from "./fold.js";

/** What the index needs to know about a node. */
export interface SearchItem {
  key: string;
  label: string;
  kind: NodeKind;
  aliases?: string[];
  mentions?: number;
}

interface Entry {
  item: SearchItem;
  /** [original form, folded form] for the label and each alias. */
  forms: Array<[string, string]>;
}

/** A prepared search index (build once per graph). */
export interface SearchIndex {
  entries: Entry[];
}

/** Builds the index; forms are deduplicated per node. */
export function buildSearchIndex(items: Iterable<SearchItem>): SearchIndex {
  const entries: Entry[] = [];
  for (const item of items) {
    const seen = new Set<string>();
    const forms: Array<[string, string]> = [];
    for (const form of [item.label, ...(item.aliases ?? [])]) {
      if (typeof form !== "string") continue;
      const folded = fold(form);
      if (!folded || seen.has(folded)) continue;
      seen.add(folded);
      forms.push([form, folded]);
    }
    entries.push({ item, forms });
  }
  return { entries };
}

/** Score of one folded form against one folded query (0 = no match). */
function scoreForm(form: string, query: string): number {
  if (form === query) return 100;
  if (form.startsWith(query)) return 80;
  if (form.split(" ").some((word) => word.startsWith(query))) return 60;
  if (form.includes(" " + query)) return 50;
  return 0;
}

/**
 * Finds the nodes whose label or an alias starts (or has a word that starts) with the query,
 * ignoring case and diacritics. When the query as typed matches nothing for a node, its base
 * forms without Romanian endings are tried at a lower score. Sorted by score, mentions, label.
 */
export function search(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const folded = fold(query);
  if (!folded) return [];
  const words = folded.split(" ");
  const last = words[words.length - 1] ?? folded;
  const head = words.slice(0, -1).join(" ");
  const fallbacks = baseForms(last)
    .slice(1)
    .map((base) => (head ? `${head} ${base}` : base));
  const hits: Array<SearchHit & { mentions: number }> = [];
  for (const { item, forms } of index.entries) {
    let best = 0;
    let matched = item.label;
    for (const [original, form] of forms) {
      let score = scoreForm(form, folded);
      if (score === 0) {
        for (const fallback of fallbacks) score = Math.max(score, scoreForm(form, fallback) / 2);
      }
      // the label wins ties over an alias
      if (score > best) {
        best = score;
        matched = original;
      }
    }
    if (best > 0) {
      hits.push({ key: item.key, label: item.label, kind: item.kind, matched, score: best, mentions: item.mentions ?? 0 });
    }
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      b.mentions - a.mentions ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) ||
      (a.key < b.key ? -1 : 1),
  );
  return hits.slice(0, limit).map(({ mentions: _m, ...hit }) => hit);
}
