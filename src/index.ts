// The library API: everything a program needs to build, export and serve article knowledge graphs.
// Each stage is one function with typed input and output (see DESIGN.md and src/types.ts).

export type * from "./types.js";

// the whole build
export { buildGraph, resolveBuildOptions, BUILD_DEFAULTS } from "./pipeline.js";
export type { BuildOptions, BuildResult, BuildStats } from "./pipeline.js";

// stages
export { listInputs, readArticles, formatRejection, INGEST_DEFAULTS } from "./ingest/index.js";
export type { IngestOptions } from "./ingest/index.js";
export { analyze, normalize, fold, detectLanguage, baseForms, findDates } from "./text/index.js";
export type { DateMention } from "./text/index.js";
export { extract } from "./extract/index.js";
export { extractFiles } from "./parallel/index.js";
export { loadResources, ResourceError } from "./resources/load.js";
export type { Resources, KbEntry, Lexicon } from "./resources/schema.js";

// graph
export { assemble, createAssembler, createGraph } from "./graph/assemble.js";
export type { KnowledgeGraph, Assembler } from "./graph/assemble.js";
export { computeMetrics } from "./graph/metrics.js";
export { layoutGraph } from "./graph/layout.js";
export { applyAppearance, KIND_COLORS } from "./graph/appearance.js";
export { graphStats, formatStats } from "./stats.js";

// exports and the explorer
export { toGexf, toJson, toGraphml, toCsv, readGraph, detectFormat, writeOutputs, parseFormats } from "./export/index.js";
export type { Format, GexfOptions, WriteOptions } from "./export/index.js";
export { serve, writeSite } from "./serve/index.js";
