// End-to-end: the BUILT explorer served by serve() on 127.0.0.1, driven in headless chromium.
// Covers drawing, search → details with evidence, filters, URL state, hover highlight, opening a
// GEXF (drop and picker), GEXF/PNG export (GEXF validated against the 1.3 schema), XSS, keyboard,
// phone layout, and the absence of CSP violations. Skipped with a message when chromium is missing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MultiGraph } from "graphology";
import { parse } from "graphology-gexf";
import type { Browser, Page } from "playwright-core";
import { serve, type Served } from "../../src/serve/index.js";
import { gexf13Errors } from "../web/validate.js";
import { buildSite, fixtureGraph, hasChromium, launch, projectRoot } from "./helpers.js";

type Hooks = { ready: boolean; error?: string; app: any; highlight(key?: string): number };
declare global {
  interface Window {
    __kg?: Hooks;
    __xss?: unknown;
  }
}

describe.skipIf(!hasChromium)("explorer in chromium", () => {
  let site: { dir: string; cleanup: () => Promise<void> };
  let server: Served;
  let browser: Browser;
  const problems: string[] = [];
  let dialogs = 0;

  async function open(hash = "", viewport = { width: 1280, height: 800 }, query = ""): Promise<Page> {
    return openPage(hash, viewport, query);
  }
  async function openPage(hash: string, viewport: { width: number; height: number }, query: string): Promise<Page> {
    const page = await browser.newPage({ viewport });
    page.on("console", (msg) => {
      const text = msg.text();
      if (msg.type() === "error" || /Content Security Policy|Refused to/i.test(text)) problems.push(text);
    });
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`${server.url}?kgtest=1${query}${hash}`);
    await page.waitForFunction(() => window.__kg?.ready === true, null, { timeout: 30_000 });
    return page;
  }

  /** Counts the pixels of a screenshot close to a colour (decoded in a blank page, outside the CSP). */
  async function countColor(png: Buffer, rgb: [number, number, number]): Promise<number> {
    const blank = await browser.newPage();
    try {
      return await blank.evaluate(
        async ({ data, rgb }) => {
          const img = new Image();
          img.src = `data:image/png;base64,${data}`;
          await img.decode();
          const canvas = document.createElement("canvas");
          canvas.width = img.width;
          canvas.height = img.height;
          const ctx = canvas.getContext("2d")!;
          ctx.drawImage(img, 0, 0);
          const px = ctx.getImageData(0, 0, img.width, img.height).data;
          let n = 0;
          for (let i = 0; i < px.length; i += 4) {
            if (Math.abs(px[i]! - rgb[0]) < 12 && Math.abs(px[i + 1]! - rgb[1]) < 12 && Math.abs(px[i + 2]! - rgb[2]) < 12) n++;
          }
          return n;
        },
        { data: png.toString("base64"), rgb },
      );
    } finally {
      await blank.close();
    }
  }

  beforeAll(async () => {
    site = await buildSite();
    // a second graph beside the page, for ?graph=
    writeFileSync(path.join(site.dir, "celegans.gexf"), readFileSync(path.resolve(projectRoot, "../shared/gexf/samples/celegans.gexf")));
    server = await serve({ graph: fixtureGraph, siteDir: site.dir, port: 0 });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.cleanup();
  });

  it("draws the graph on the canvas (kind colours on screen)", async () => {
    const page = await open();
    expect(await page.textContent("#status")).toMatch(/33 nodes, 63 edges; 33 shown/);
    await page.waitForTimeout(300);
    const png = await page.locator("#sigma").screenshot();
    expect(await countColor(png, [0x00, 0x72, 0xb2])).toBeGreaterThan(100); // person blue
    expect(await countColor(png, [0xd5, 0x5e, 0x00])).toBeGreaterThan(100); // country vermillion
    await page.close();
  });

  it("search 'Witkoff' opens his details with an evidence sentence, its article and modality", async () => {
    const page = await open();
    await page.fill("#search", "Witkoff");
    await page.waitForSelector("#suggestions li[data-node='person:steve-witkoff']");
    await page.press("#search", "Enter");
    await page.waitForSelector("#details:not([hidden])");
    expect(await page.textContent("#details-title")).toBe("Steve Witkoff");
    const details = await page.textContent("#details-body");
    expect(details).toContain("US special envoy");
    expect(details).toContain("Miami talks (US–Russia)");
    const item = page.locator(".evidence > li", { hasText: "trimisul special al administrației Trump, Steve Witkoff" }).first();
    await item.locator("blockquote").waitFor();
    expect(await item.locator(".badge[data-modality]").first().textContent()).toMatch(/reported|asserted/);
    expect(await item.locator("cite a").first().getAttribute("href")).toBe("https://www.example.org/stiri/witkoff-kushner-miami");
    expect(await item.locator("cite").first().textContent()).toContain("2025-12-18");
    const wikidata = page.locator("#details-body a", { hasText: "Q7613817" });
    expect(await wikidata.getAttribute("href")).toBe("https://www.wikidata.org/wiki/Q7613817");
    // the camera moved to him and the selection is in the URL
    await page.waitForFunction(() => window.__kg!.app.renderer.getCamera().ratio <= 0.5);
    await page.waitForFunction(() => location.hash.includes("node=person%3Asteve-witkoff"));
    // clicking a meeting in the panel selects it
    await page.click("#details-body button[data-node='meeting:2025-12-20-miami-talks']");
    expect(await page.textContent("#details-title")).toBe("Miami talks (US–Russia)");
    expect(await page.textContent("#details-body")).toContain("planned");
    await page.close();
  });

  it("a kind filter hides those nodes through the reducers, and the link restores it", async () => {
    const page = await open();
    await page.click("#legend button[data-kind='person']");
    expect(await page.getAttribute("#legend button[data-kind='person']", "aria-pressed")).toBe("false");
    const state = await page.evaluate(() => {
      const app = window.__kg!.app;
      const hidden = (key: string) => app.renderer.getNodeDisplayData(key)?.hidden === true;
      return {
        witkoff: hidden("person:steve-witkoff"),
        putin: hidden("person:vladimir-putin"),
        ukraine: hidden("country:ukraine"),
        // the data is untouched
        kind: app.graph.getNodeAttribute("person:steve-witkoff", "kind"),
        order: app.graph.order,
      };
    });
    expect(state).toEqual({ witkoff: true, putin: true, ukraine: false, kind: "person", order: 33 });
    expect(await page.textContent("#status")).toContain("; 26 shown");
    await page.waitForFunction(() => location.hash.includes("hide=person"));
    const url = page.url();
    await page.close();
    const again = await browser.newPage();
    await again.goto(url);
    await again.waitForFunction(() => window.__kg?.ready === true);
    expect(await again.getAttribute("#legend button[data-kind='person']", "aria-pressed")).toBe("false");
    expect(await again.evaluate(() => window.__kg!.app.renderer.getNodeDisplayData("person:steve-witkoff").hidden)).toBe(true);
    await again.close();
  });

  it("a copied link restores selection, status filter and camera", async () => {
    const page = await open("#node=country%3Aukraine&status=planned&cam=0.6,0.4,0.5");
    expect(await page.textContent("#details-title")).toBe("Ukraine");
    const view = await page.evaluate(() => {
      const app = window.__kg!.app;
      const cam = app.renderer.getCamera().getState();
      return { cam: [cam.x, cam.y, cam.ratio], geneva: app.visible.has("meeting:2025-11-23-geneva-talks"), miami: app.visible.has("meeting:2025-12-20-miami-talks") };
    });
    expect(view).toEqual({ cam: [0.6, 0.4, 0.5], geneva: false, miami: true });
    // the selection's neighbourhood is highlighted from the start (regression: it was dimmed until a hover)
    const colors = await page.evaluate(() => {
      const r = window.__kg!.app.renderer;
      return [r.getNodeDisplayData("person:rustem-umerov").color, r.getNodeDisplayData("place:berlin").color];
    });
    expect(colors).toEqual(["#0072b2", "#d9d9d9"]);
    await page.close();
  });

  it("hover highlights the neighbourhood and shows relation labels", async () => {
    const page = await open();
    const result = await page.evaluate(() => {
      const kg = window.__kg!;
      kg.highlight("person:steve-witkoff");
      const r = kg.app.renderer;
      const edge = kg.app.graph.edges("person:steve-witkoff", "country:united-states")[0];
      return {
        self: r.getNodeDisplayData("person:steve-witkoff").highlighted,
        neighbour: r.getNodeDisplayData("meeting:2025-12-20-miami-talks").color,
        other: r.getNodeDisplayData("place:berlin").color,
        edgeLabel: r.getEdgeDisplayData(edge).label,
      };
    });
    expect(result).toEqual({ self: true, neighbour: "#cc79a7", other: "#d9d9d9", edgeLabel: "envoy of" });
    await page.close();
  });

  it("dropping a GEXF file loads it (and the file picker too)", async () => {
    const file = path.resolve(projectRoot, "../shared/gexf/samples/celegans.gexf");
    const text = readFileSync(file, "utf8");
    const expected = parse(MultiGraph, text);
    const page = await open();
    await page.evaluate((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], "celegans.gexf", { type: "application/xml" }));
      window.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(() => document.getElementById("status")!.textContent!.startsWith("Opened celegans.gexf"));
    const loaded = await page.evaluate(() => ({ order: window.__kg!.app.graph.order, size: window.__kg!.app.graph.size }));
    expect(loaded).toEqual({ order: expected.order, size: expected.size });
    await page.setInputFiles("#file-input", { name: "fixture.json", mimeType: "application/json", buffer: readFileSync(fixtureGraph) });
    await page.waitForFunction(() => document.getElementById("status")!.textContent!.startsWith("Opened fixture.json"));
    expect(await page.evaluate(() => window.__kg!.app.graph.order)).toBe(33);
    await page.close();
  });

  it("opens the graph named by ?graph=URL", async () => {
    const page = await open("", undefined, "&graph=celegans.gexf");
    const expected = parse(MultiGraph, readFileSync(path.resolve(projectRoot, "../shared/gexf/samples/celegans.gexf"), "utf8"));
    expect(await page.evaluate(() => window.__kg!.app.graph.order)).toBe(expected.order);
    expect(await page.textContent("#status")).toContain(`${expected.order} nodes`);
    await page.close();
  });

  it("exports a valid GEXF 1.3 of what is shown, and a PNG", async () => {
    const page = await open("#hide=article");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-gexf")]);
    expect(download.suggestedFilename()).toBe("graph-view.gexf");
    const xml = readFileSync((await download.path())!, "utf8");
    expect(await gexf13Errors(xml)).toEqual([]);
    const back = parse(MultiGraph, xml);
    expect(back.order).toBe(31);
    expect(back.hasNode("article:2025-12-18-miami-talks")).toBe(false);
    const [png] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(bytes.length).toBeGreaterThan(2000);
    await page.close();
  });

  it("shows a hostile label as text and runs nothing", async () => {
    const page = await open();
    await page.fill("#search", "<img");
    await page.waitForSelector("#suggestions li[data-node='person:hostile']");
    await page.press("#search", "Enter");
    await page.waitForSelector("#details:not([hidden])");
    expect(await page.textContent("#details-title")).toBe("<img src=x onerror=alert(1)>");
    expect(await page.textContent("#details-body")).toContain("<script>window.__xss=1</script>");
    await page.hover("#details-body");
    await page.waitForTimeout(200);
    const dom = await page.evaluate(() => ({
      xss: window.__xss,
      imgs: document.querySelectorAll("img").length,
      svgs: document.querySelectorAll("svg").length,
      bold: document.querySelectorAll("#details-body b, #details-body i").length,
      scripts: document.querySelectorAll("script").length,
      jsLinks: document.querySelectorAll("a[href^='javascript']").length,
    }));
    expect(dom).toEqual({ xss: undefined, imgs: 0, svgs: 0, bold: 0, scripts: 1, jsLinks: 0 });
    expect(dialogs).toBe(0);
    await page.close();
  });

  it("works from the keyboard: Tab to search, arrows, Enter, Escape", async () => {
    const page = await open();
    await page.keyboard.press("Tab"); // skip link
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    await page.keyboard.type("Kievului");
    await page.waitForSelector("#suggestions li[data-node='country:ukraine'][aria-selected='true']");
    await page.keyboard.press("Enter");
    expect(await page.textContent("#details-title")).toBe("Ukraine");
    await page.keyboard.press("Escape"); // list already closed: clears the search and the selection
    await page.waitForSelector("#details", { state: "hidden" });
    // focus is visible on buttons
    await page.focus("#zoom-in");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe("solid");
    await page.close();
  });

  it("fits a phone-sized screen: filters in a drawer, details as a sheet", async () => {
    const page = await open("", { width: 375, height: 740 });
    expect(await page.isVisible("#filters")).toBe(false);
    await page.click("#toggle-filters");
    await page.waitForFunction(() => getComputedStyle(document.getElementById("filters")!).visibility === "visible");
    expect(await page.getAttribute("#toggle-filters", "aria-expanded")).toBe("true");
    await page.keyboard.press("Escape");
    await page.fill("#search", "Putin");
    await page.press("#search", "Enter");
    const box = await page.locator("#details").boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
    expect(box!.y).toBeGreaterThan(200);
    await page.close();
  });

  it("runs and stops ForceAtlas2 in a web worker; zoom buttons move the camera", async () => {
    const page = await open();
    const before = await page.evaluate(() => window.__kg!.app.graph.getNodeAttribute("country:ukraine", "x") as number);
    await page.click("#layout");
    expect(await page.getAttribute("#layout", "aria-pressed")).toBe("true");
    await page.waitForFunction((x) => window.__kg!.app.graph.getNodeAttribute("country:ukraine", "x") !== x, before, { timeout: 10_000 });
    await page.click("#layout");
    expect(await page.textContent("#layout")).toBe("Run layout");
    const ratio = () => page.evaluate(() => window.__kg!.app.renderer.getCamera().ratio as number);
    const r0 = await ratio();
    await page.click("#zoom-in");
    await page.waitForFunction((r) => window.__kg!.app.renderer.getCamera().ratio < r, r0);
    await page.click("#zoom-fit");
    await page.waitForFunction(() => window.__kg!.app.renderer.getCamera().ratio === 1);
    await page.close();
  });

  it("raised no CSP violation, console error or page error along the way", () => {
    expect(problems).toEqual([]);
  });
});
