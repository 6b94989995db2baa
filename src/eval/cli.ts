#!/usr/bin/env node
// `npm run eval [-- DIR] [--verbose] [--json FILE]`: runs the extractor on the development set
// (../shared/articles by default) and scores it against the gold annotations in DIR/gold.
// Prints a table per article, the totals by kind, and one summary line.

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readArticles } from "../ingest/index.js";
import { analyze } from "../text/index.js";
import { extract } from "../extract/index.js";
import { loadResources } from "../resources/load.js";
import { f1, ratio, scoreArticle, sumScores, summary, type Gold, type Score } from "./score.js";

/** Targets of the development set (issue 2). */
export const TARGETS = { entityF1: 0.9, meetingRecall: 0.8, statusAccuracy: 0.8, topicRecall: 0.8 };

/** Scores every article of `dir` that has a gold file; returns per-article and total scores. */
export async function evaluate(dir: string): Promise<{ rows: { name: string; score: Score }[]; total: Score }> {
  const resources = loadResources();
  const rows: { name: string; score: Score }[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  for (const f of files) {
    const goldPath = path.join(dir, "gold", f.replace(/\.txt$/, ".json"));
    let gold: Gold;
    try {
      gold = JSON.parse(readFileSync(goldPath, "utf8")) as Gold;
    } catch {
      continue;
    }
    const { articles } = await readArticles(path.join(dir, f));
    const article = articles[0];
    if (!article) continue;
    const x = extract(analyze(article), resources);
    rows.push({ name: f.replace(/\.txt$/, ""), score: scoreArticle(x, gold) });
  }
  return { rows, total: sumScores(rows.map((r) => r.score)) };
}

const pct = (x: number): string => x.toFixed(2);
const pct3 = (x: number): string => x.toFixed(3);

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { verbose: { type: "boolean", short: "v" }, json: { type: "string" } },
  });
  const dir = positionals[0] ?? path.resolve("../shared/articles");
  const { rows, total } = await evaluate(dir);
  if (rows.length === 0) {
    console.error(`eval: no articles with gold annotations in ${dir} (expected *.txt and gold/*.json)`);
    process.exit(2);
  }
  console.log("article                               ent F1  typed  meet R  status  date  topic R  rel R");
  for (const { name, score } of rows) {
    const s = summary(score);
    console.log(
      `${name.padEnd(36)}  ${pct(s.entityF1)}   ${pct(s.entityTypedF1)}   ${pct(s.meetingRecall)}   ${pct(s.statusAccuracy)}   ${pct(s.dateAccuracy)}  ${pct(s.topicRecall)}    ${pct(s.relationRecall)}`,
    );
    if (values.verbose) for (const n of score.notes) console.log(`    ${n}`);
  }
  console.log("\nby kind            P      R      F1   (gold, predicted)");
  for (const [kind, k] of Object.entries(total.byKind)) {
    console.log(`  ${kind.padEnd(14)}  ${pct(ratio(k.tp, k.predicted))}   ${pct(ratio(k.tp, k.gold))}   ${pct(f1(k.tp, k.gold, k.predicted))}  (${k.gold}, ${k.predicted})`);
  }
  const s = summary(total);
  if (values.json) writeFileSync(values.json, JSON.stringify({ summary: s, total }, null, 2) + "\n");
  const ok = (v: number, t: number): string => (v >= t ? "ok" : "below target");
  console.log(
    `\nsummary: entity F1 ${pct3(s.entityTypedF1)} (P ${pct3(s.entityPrecision)} R ${pct3(s.entityRecall)}; name-only F1 ${pct3(s.entityF1)}) [${ok(s.entityTypedF1, TARGETS.entityF1)}] | ` +
      `meetings recall ${pct3(s.meetingRecall)} precision ${pct3(s.meetingPrecision)} [${ok(s.meetingRecall, TARGETS.meetingRecall)}] (any place: ${pct3(s.meetingRecallAnyPlace)}), status ${pct3(s.statusAccuracy)} [${ok(s.statusAccuracy, TARGETS.statusAccuracy)}], date ${pct3(s.dateAccuracy)} | ` +
      `topics recall ${pct3(s.topicRecall)} [${ok(s.topicRecall, TARGETS.topicRecall)}] | relations recall ${pct3(s.relationRecall)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("eval/cli.js")) {
  main().catch((e: unknown) => {
    console.error(`eval: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
