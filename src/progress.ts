// A progress bar for long builds, drawn on stderr when it is a terminal: files done / total, rate
// and time left, redrawn at most ten times a second. Silent when the stream is not a TTY (logs,
// pipes, CI) or with `quiet: true`, so it never pollutes captured output.

/** The stream the bar writes to: anything with `write`, an `isTTY` flag and optionally `columns`. */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** How many units (files) in all. */
  total: number;
  /** Draw nothing. */
  quiet: boolean;
  /** Where to draw (default: process.stderr). */
  stream: ProgressStream;
  /** What is counted, shown after the numbers. */
  unit: string;
  /** Fewest milliseconds between two redraws. */
  intervalMs: number;
  /** The clock (tests give a fake one). */
  now: () => number;
}

export const PROGRESS_DEFAULTS: Readonly<Omit<ProgressOptions, "total" | "stream">> = Object.freeze({
  quiet: false,
  unit: "files",
  intervalMs: 100,
  now: () => performance.now(),
});

/** A running progress bar. */
export interface Progress {
  /** Counts `n` more units done (default 1); redraws when the last redraw is old enough. */
  tick(n?: number): void;
  /** Draws the final state and ends the line. Further ticks are ignored. */
  done(): void;
}

/** Starts a progress bar; with `quiet` or a non-TTY stream every call does nothing. */
export function createProgress(options: Partial<ProgressOptions> & { total: number }): Progress {
  const opts: ProgressOptions = { ...PROGRESS_DEFAULTS, stream: process.stderr, ...options };
  if (!(opts.total >= 0)) throw new Error(`progress: total must be a number ≥ 0, got ${String(opts.total)}`);
  if (opts.quiet || !opts.stream.isTTY) return { tick() {}, done() {} };
  const start = opts.now();
  let count = 0;
  let lastDraw = -Infinity;
  let finished = false;

  const draw = (): void => {
    lastDraw = opts.now();
    opts.stream.write(`\r${formatProgress(count, opts.total, (lastDraw - start) / 1000, opts.unit, opts.stream.columns ?? 80)}\x1b[K`);
  };
  return {
    tick(n = 1) {
      if (finished) return;
      count += n;
      if (opts.now() - lastDraw >= opts.intervalMs) draw();
    },
    done() {
      if (finished) return;
      finished = true;
      draw();
      opts.stream.write("\n");
    },
  };
}

/**
 * One line of the bar: `[#####-----]  42% 420/1000 files  85.0/s  7s left`, at most `columns - 1`
 * characters wide. Pure, for tests.
 */
export function formatProgress(done: number, total: number, seconds: number, unit = "files", columns = 80): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 && done < total ? formatDuration((total - done) / rate) : done >= total ? "done" : "…";
  const text = ` ${String(Math.floor(fraction * 100)).padStart(3)}% ${done}/${total} ${unit}  ${rate.toFixed(1)}/s  ${left}${left === "done" || left === "…" ? "" : " left"}`;
  const width = Math.max(0, Math.min(30, columns - 1 - text.length - 2));
  const filled = Math.round(fraction * width);
  const bar = width > 0 ? `[${"#".repeat(filled)}${"-".repeat(width - filled)}]` : "";
  return `${bar}${text}`.slice(0, Math.max(1, columns - 1));
}

/** 75 → "1m15s", 3725 → "1h02m", 8 → "8s". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}
