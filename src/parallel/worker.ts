// The worker thread of parallel extraction (run from dist/parallel/worker.js). It receives the
// resources once (workerData), then batches of file paths; for each batch it reads, analyses and
// extracts the files in order and posts back their results. Errors are posted, never thrown away.

import { parentPort, workerData } from "node:worker_threads";
import type { Resources } from "../resources/schema.js";
import { extractFile, type FileResult, type FileWorkOptions } from "./work.js";

/** What the main thread sends at start (workerData). */
export interface WorkerInit {
  resources: Resources;
  options: FileWorkOptions;
}

/** A batch of files to process, in order. */
export interface BatchRequest {
  batch: number;
  files: string[];
}

/** The answer to a batch: its results in file order, or the error that stopped it. */
export type BatchReply = { batch: number; results: FileResult[] } | { batch: number; error: string };

const init = workerData as WorkerInit;
const port = parentPort;
if (!port || !init?.resources) throw new Error("parallel: worker.js must be started by extractFiles (src/parallel/index.ts)");

port.on("message", (request: BatchRequest) => {
  void (async () => {
    try {
      const results: FileResult[] = [];
      for (const file of request.files) results.push(await extractFile(file, init.resources, init.options));
      port.postMessage({ batch: request.batch, results } satisfies BatchReply);
    } catch (e) {
      port.postMessage({ batch: request.batch, error: (e as Error)?.stack ?? String(e) } satisfies BatchReply);
    }
  })();
});
