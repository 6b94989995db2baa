// The view state in the URL: round trip, defaults, and tolerance of damaged links.
import { describe, expect, it } from "vitest";
import { emptyFilterState } from "../../web/src/logic/filters.js";
import { decodeViewState, encodeViewState } from "../../web/src/logic/url-state.js";
import type { ViewState } from "../../web/src/types.js";

describe("url state", () => {
  it("writes nothing for the default view", () => {
    expect(encodeViewState({ filters: emptyFilterState() })).toBe("");
    expect(decodeViewState("")).toEqual({ filters: emptyFilterState() });
  });
  it("round-trips selection, every filter and the camera", () => {
    const state: ViewState = {
      selected: "person:steve-witkoff",
      filters: { hiddenKinds: ["article", "topic"], topics: ["topic:security-guarantees"], statuses: ["planned", "happened"], from: "2025-12-01", to: "2025-12-31", hideIsolated: true },
      camera: { x: 0.5, y: 0.25, ratio: 0.3 },
    };
    const hash = encodeViewState(state);
    expect(hash.startsWith("#")).toBe(true);
    const back = decodeViewState(hash);
    expect(back.selected).toBe(state.selected);
    expect(back.filters.hiddenKinds.sort()).toEqual(["article", "topic"]);
    expect(back.filters.statuses.sort()).toEqual(["happened", "planned"]);
    expect(back.filters.topics).toEqual(["topic:security-guarantees"]);
    expect(back.filters.from).toBe("2025-12-01");
    expect(back.filters.to).toBe("2025-12-31");
    expect(back.filters.hideIsolated).toBe(true);
    expect(back.camera).toEqual({ x: 0.5, y: 0.25, ratio: 0.3 });
  });
  it("escapes keys with reserved characters", () => {
    const hash = encodeViewState({ selected: "person:a&b=c#d", filters: emptyFilterState() });
    expect(decodeViewState(hash).selected).toBe("person:a&b=c#d");
  });
  it("is deterministic (sorted lists, rounded camera)", () => {
    const a = encodeViewState({ filters: { ...emptyFilterState(), hiddenKinds: ["topic", "article"] }, camera: { x: 0.123456789, y: 0, ratio: 1 } });
    const b = encodeViewState({ filters: { ...emptyFilterState(), hiddenKinds: ["article", "topic"] }, camera: { x: 0.12345678, y: 0, ratio: 1 } });
    expect(a).toBe(b);
  });
  it("ignores unknown kinds, statuses, bad dates and bad cameras", () => {
    const state = decodeViewState("#hide=person,dragon&status=planned,maybe&from=yesterday&to=2025-13&cam=1,2,-3");
    expect(state.filters.hiddenKinds).toEqual(["person"]);
    expect(state.filters.statuses).toEqual(["planned"]);
    expect(state.filters.from).toBeUndefined();
    expect(state.filters.to).toBeUndefined(); // 2025-13 is not YYYY-MM-DD
    expect(state.camera).toBeUndefined();
  });
});
