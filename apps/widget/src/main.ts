import { enhance, type WidgetConfig } from "./enhance.ts";
import { UI_ATTRIBUTE } from "./mount.ts";

interface FactlineGlobal {
  loaded?: boolean;
  /** Roots queued by the stub snippet before this script arrived. */
  q?: unknown[];
  scan?: (root?: ParentNode) => Promise<void>;
}

declare global {
  interface Window {
    factline?: FactlineGlobal;
  }
}

function configFrom(script: HTMLScriptElement | null): WidgetConfig {
  const fallback = script?.src ? new URL(script.src, location.href).origin : location.origin;
  let apiOrigin = fallback;
  const override = script?.dataset.api;
  if (override) {
    try {
      // An origin, or an origin and path prefix (an API behind a proxy path).
      apiOrigin = new URL(override, location.href).href.replace(/\/$/, "");
    } catch {
      console.warn(`factline: data-api "${override}" is not a URL`);
    }
  }
  return {
    apiOrigin,
    theme: script?.dataset.theme,
    jsonLd: script?.hasAttribute("data-jsonld") ?? false,
    scan: script?.dataset.scan,
  };
}

function start(config: WidgetConfig): void {
  const previous = window.factline;
  const queued = Array.isArray(previous?.q) ? previous.q : [];
  const scan = (root: ParentNode = document) =>
    enhance(root, config).catch((error) => console.warn("factline:", error));
  window.factline = { loaded: true, scan };

  const run = () => {
    void scan(document);
    for (const root of queued) if (root instanceof Node) void scan(root as ParentNode);
    // Single-page sites and infinite scroll add figures later; pick them up in batches.
    let timer: ReturnType<typeof setTimeout> | undefined;
    new MutationObserver((mutations) => {
      if (
        !mutations.some((mutation) =>
          [...mutation.addedNodes].some((node) => node instanceof Element && !node.hasAttribute(UI_ATTRIBUTE)),
        )
      )
        return;
      clearTimeout(timer);
      timer = setTimeout(() => void scan(document), 50);
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run, { once: true });
  else run();
}

// Loaded twice (two tags, or a tag and a bundle): the first copy keeps the page.
if (!window.factline?.loaded) start(configFrom(document.currentScript as HTMLScriptElement | null));
