import { type ComponentChild, render } from "preact";
import { sharedSheet } from "./styles.ts";

/** Marks the hosts the widget adds, so a rescan never enhances its own output. */
export const UI_ATTRIBUTE = "data-factline-ui";

function prepare(host: Element, theme: string | undefined): ShadowRoot {
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  root.adoptedStyleSheets = [sharedSheet()];
  if (theme) host.setAttribute("data-theme", theme);
  return root;
}

/** Renders after an element's own content, in a shadow root of a new host; the author's nodes are untouched. */
export function mountAfterContent(element: Element, view: ComponentChild, theme: string | undefined): void {
  let host = element.querySelector(`:scope > [${UI_ATTRIBUTE}]`);
  if (!host) {
    host = element.ownerDocument.createElement("span");
    host.setAttribute(UI_ATTRIBUTE, "");
    element.append(host);
  }
  render(view, prepare(host, theme));
}

/** Renders as an element's whole content: for empty placeholders such as data-fact-card. */
export function mountInside(element: Element, view: ComponentChild, theme: string | undefined): void {
  render(view, prepare(element, theme));
}

/** A new inline host showing `view` from its shadow root, for the publisher's page to take where it stands. */
export function newHost(doc: Document, view: ComponentChild, theme: string | undefined): HTMLElement {
  const host = doc.createElement("span");
  host.setAttribute(UI_ATTRIBUTE, "");
  render(view, prepare(host, theme));
  return host;
}
