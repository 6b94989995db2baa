// The export stage: the graph as GEXF (Gephi), JSON (the web view), GraphML and CSV, read back, written atomically.

export { toGexf, writeGexf, GEXF_DEFAULTS, GEXF_NAMESPACES, formatList, newestDate, timeline } from "./gexf.js";
export type { GexfOptions, GexfVersion } from "./gexf.js";
export { toJson, writeJson, JSON_DEFAULTS } from "./json.js";
export type { JsonOptions } from "./json.js";
export { toGraphml, writeGraphml, GRAPHML_DEFAULTS } from "./graphml.js";
export type { GraphmlOptions } from "./graphml.js";
export { toCsv, writeCsvNodes, writeCsvEdges, CSV_LIST_SEPARATOR } from "./csv.js";
export { readGraph, detectFormat } from "./read.js";
export type { ReadFormat } from "./read.js";
export { writeOutputs, writeFileAtomic, parseFormats, FORMATS, FILE_NAMES, INDENT_MAX } from "./write.js";
export type { Format, Producer, WriteOptions } from "./write.js";
export { flattenEvidence, EVIDENCE_SEPARATOR, graphTable } from "./columns.js";
export type { GraphTable } from "./columns.js";
