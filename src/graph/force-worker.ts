// The worker thread of startLayout (run from dist/graph/force-worker.js): ForceAtlas2 on the
// input it is given (workerData), posting back the positions.

import { parentPort, workerData } from "node:worker_threads";
import { forceAtlas2Positions, type ForceInput } from "./layout.js";

const positions = forceAtlas2Positions(workerData as ForceInput);
parentPort!.postMessage(positions, [positions.buffer as ArrayBuffer]);
