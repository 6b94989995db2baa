// The worker thread of writeOutputs (run from dist/export/worker.js): it receives a graph's cells
// (plain data, see GraphTable.cells) and the open temporary files to write, writes GEXF, GraphML and
// CSV into them one after another, and answers for each file: its time, or why it failed. The
// thread that started it puts the files in place, or removes them.

import { parentPort } from "node:worker_threads";
import { writeCellFile, writeProduced, type CellReply, type CellTask } from "./write.js";

parentPort!.once("message", ({ cells, jobs }: CellTask) => {
  for (const { fd, ...job } of jobs) {
    const t = performance.now();
    let reply: CellReply;
    try {
      writeProduced(fd, (write) => writeCellFile(cells, job, write));
      reply = { file: job.file, ms: performance.now() - t };
    } catch (error) {
      reply = { file: job.file, error: (error as Error).message };
    }
    parentPort!.postMessage(reply);
  }
});
