/**
 * The widget's JSX factory: it builds DOM nodes directly. Each view is drawn once and replaced whole, so
 * a virtual DOM would be bytes for nothing (Preact was 4.5 kB of the 11 kB gzip budget).
 */
export type Child = Node | string | number | boolean | null | undefined | readonly Child[];

// biome-ignore lint/suspicious/noExplicitAny: components take any props object
type Component = (props: any) => Node | null;

// Elements that only mean something in SVG's namespace: the sparkline's.
const SVG = /^(?:svg|polyline|title)$/;

function appendChildren(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (Array.isArray(child)) appendChildren(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else if (typeof child === "string" || typeof child === "number")
      parent.appendChild(document.createTextNode(`${child}`));
  }
}

export function h(type: string | Component, props: Record<string, unknown> | null, ...children: Child[]): Node | null {
  if (typeof type === "function") return type({ ...props, children });
  const element = SVG.test(type)
    ? document.createElementNS("http://www.w3.org/2000/svg", type)
    : document.createElement(type);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (name.startsWith("on")) element.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    else if (value != null) element.setAttribute(name, `${value}`);
  }
  appendChildren(element, children);
  return element;
}

export function Fragment({ children = [] }: { children?: readonly Child[] }): Node {
  const fragment = document.createDocumentFragment();
  appendChildren(fragment, children);
  return fragment;
}

/** Replaces what `root` shows with `view`. */
export function render(view: Child, root: ParentNode): void {
  root.replaceChildren();
  appendChildren(root as Node, [view]);
}

export declare namespace h {
  namespace JSX {
    type Element = Node;
    interface IntrinsicElements {
      [tag: string]: Record<string, unknown>;
    }
    interface ElementChildrenAttribute {
      children: unknown;
    }
  }
}
