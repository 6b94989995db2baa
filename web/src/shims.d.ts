// Type declarations for the deep imports of graphology-gexf used by the explorer (they ship no typings).
declare module "graphology-gexf/common/writer.js" {
  import type { AbstractGraph, Attributes } from "graphology-types";
  interface FormattedElement {
    label?: string;
    weight?: number;
    viz?: { color?: string; size?: number; x?: number; y?: number; z?: number; thickness?: number; shape?: string };
    attributes?: Record<string, unknown>;
  }
  interface WriterOptions {
    version?: "1.2" | "1.3";
    pretty?: boolean;
    pedantic?: boolean;
    encoding?: string;
    formatNode?: (key: string, attributes: Attributes) => FormattedElement;
    formatEdge?: (key: string, attributes: Attributes) => FormattedElement;
  }
  const write: (graph: AbstractGraph, options?: WriterOptions) => string;
  export default write;
}

declare module "graphology-gexf/browser" {
  import type { AbstractGraph, GraphConstructor } from "graphology-types";
  export function parse(Graph: GraphConstructor, source: string | Document, options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean; respectInputGraphType?: boolean }): AbstractGraph;
  export function write(graph: AbstractGraph, options?: unknown): string;
}
