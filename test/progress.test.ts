// The progress bar: drawn on a (fake) terminal at most every intervalMs, silent on a non-TTY or when quiet.
import { describe, expect, it } from "vitest";
import { createProgress, formatDuration, formatProgress, type ProgressStream } from "../src/progress.js";

function fakeStream(isTTY: boolean, columns = 80): ProgressStream & { out: string } {
  const s = { out: "", isTTY, columns, write: (chunk: string) => ((s.out += chunk), true) };
  return s;
}

describe("createProgress", () => {
  it("draws on a TTY: count, percent, rate, time left; then a final line", () => {
    let clock = 0;
    const stream = fakeStream(true);
    const p = createProgress({ total: 200, stream, now: () => clock });
    clock = 1000;
    p.tick(50); // 50 files in 1 s: 50/s, 150 left → 3 s
    expect(stream.out).toContain("50/200 files");
    expect(stream.out).toContain(" 25%");
    expect(stream.out).toContain("50.0/s");
    expect(stream.out).toContain("3s left");
    expect(stream.out.startsWith("\r")).toBe(true);
    clock = 4000;
    p.tick(150);
    p.done();
    expect(stream.out).toContain("200/200 files");
    expect(stream.out).toContain("100%");
    expect(stream.out.endsWith("\n")).toBe(true);
  });

  it("redraws at most once per interval (10 per second by default)", () => {
    let clock = 0;
    const stream = fakeStream(true);
    const p = createProgress({ total: 10_000, stream, now: () => clock });
    for (let i = 0; i < 1000; i++) {
      clock += 1; // 1000 ticks over one second
      p.tick();
    }
    const draws = stream.out.split("\r").length - 1;
    expect(draws).toBeGreaterThanOrEqual(9);
    expect(draws).toBeLessThanOrEqual(11);
  });

  it("is silent when the stream is not a TTY, and when quiet", () => {
    for (const [stream, quiet] of [[fakeStream(false), false], [fakeStream(true), true]] as const) {
      const p = createProgress({ total: 10, stream, quiet, now: () => 0 });
      p.tick(5);
      p.done();
      expect(stream.out).toBe("");
    }
  });

  it("ignores ticks after done and fits a narrow terminal", () => {
    const stream = fakeStream(true, 40);
    const p = createProgress({ total: 3, stream, now: () => 0 });
    p.done();
    const before = stream.out;
    p.tick();
    expect(stream.out).toBe(before);
    for (const line of stream.out.split("\r")) expect(line.replace(/\x1b\[K|\n/g, "").length).toBeLessThanOrEqual(39);
  });

  it("rejects a negative total", () => {
    expect(() => createProgress({ total: -1, stream: fakeStream(true) })).toThrow(/^progress:/);
  });
});

describe("formatProgress / formatDuration", () => {
  it("shows a bar filled in proportion", () => {
    const line = formatProgress(5, 10, 1, "files", 80);
    const bar = /\[(#*)(-*)\]/.exec(line)!;
    expect(bar[1]!.length).toBe(bar[2]!.length);
    expect(line).toContain("5/10 files");
  });
  it("formats durations", () => {
    expect(formatDuration(8)).toBe("8s");
    expect(formatDuration(75)).toBe("1m15s");
    expect(formatDuration(3725)).toBe("1h02m");
  });
});
