// View controls (zoom, fit, fullscreen, ForceAtlas2 in a web worker), exports (GEXF of what is
// shown, PNG) and opening a graph from the disk (file picker, drag and drop).
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { downloadAsPNG } from "@sigma/export-image";
import { byId, download } from "../components/dom.js";
import { visibleGexf } from "../logic/gexf.js";
import { DEFAULTS } from "../settings.js";
import type { App } from "./app.js";

/** Wires the controls; `open` loads a file's text as the new graph. */
export function mountControls(app: App, open: (name: string, text: string) => void, status: (text: string, error?: boolean) => void): void {
  const camera = () => app.renderer?.getCamera();
  byId("zoom-in").addEventListener("click", () => void camera()?.animatedZoom({ duration: DEFAULTS.animationMs }));
  byId("zoom-out").addEventListener("click", () => void camera()?.animatedUnzoom({ duration: DEFAULTS.animationMs }));
  byId("zoom-fit").addEventListener("click", () => void camera()?.animatedReset({ duration: DEFAULTS.animationMs }));
  const stage = byId("stage");
  byId("fullscreen").addEventListener("click", () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.requestFullscreen?.().catch(() => status("Full screen is not allowed here.", true));
  });

  // ForceAtlas2 in a web worker; stopped whenever the graph is replaced
  const layoutButton = byId("layout");
  let layout: FA2Layout | undefined;
  const stopLayout = (): void => {
    layout?.kill();
    layout = undefined;
    layoutButton.setAttribute("aria-pressed", "false");
    layoutButton.textContent = "Run layout";
  };
  layoutButton.addEventListener("click", () => {
    if (layout) return stopLayout();
    const settings = forceAtlas2.inferSettings(app.graph);
    layout = new FA2Layout(app.graph, { settings: { ...settings, barnesHutOptimize: app.graph.order > 2000 } });
    layout.start();
    layoutButton.setAttribute("aria-pressed", "true");
    layoutButton.textContent = "Stop layout";
  });
  app.on((event) => {
    if (event.type === "graph") stopLayout();
  });

  byId("export-gexf").addEventListener("click", () => {
    const xml = visibleGexf(app.graph, app.visible);
    download(new Blob([xml], { type: "application/xml" }), "graph-view.gexf");
    status(`Exported ${app.visible.size} nodes as GEXF.`);
  });
  byId("export-png").addEventListener("click", () => {
    if (!app.renderer) return;
    downloadAsPNG(app.renderer as unknown as Parameters<typeof downloadAsPNG>[0], { fileName: "graph-view", backgroundColor: "#ffffff" }).catch((error: Error) =>
      status(`PNG export failed: ${error.message}`, true),
    );
  });

  // open from disk: picker and drag and drop
  const input = byId<HTMLInputElement>("file-input");
  const readFile = (file: File | undefined): void => {
    if (!file) return;
    file.text().then(
      (text) => open(file.name, text),
      (error: Error) => status(`Could not read ${file.name}: ${error.message}`, true),
    );
  };
  byId("open-file").addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    readFile(input.files?.[0]);
    input.value = "";
  });
  const zone = byId("drop-zone");
  let depth = 0;
  window.addEventListener("dragenter", (event) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    depth++;
    zone.hidden = false;
  });
  window.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.hidden = true;
  });
  window.addEventListener("dragover", (event) => event.preventDefault());
  window.addEventListener("drop", (event) => {
    event.preventDefault();
    depth = 0;
    zone.hidden = true;
    readFile(event.dataTransfer?.files[0]);
  });
}
