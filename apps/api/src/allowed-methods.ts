/** A route as Hono lists it in `app.routes`. */
export interface RegisteredRoute {
  readonly method: string;
  readonly path: string;
}

const ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

function patternOf(path: string): RegExp {
  const source = path
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${source}$`);
}

/**
 * The methods each path answers, derived from the registered routes: middleware (`ALL`) and catch-alls
 * (`*`) name no path of their own. GET implies HEAD.
 */
export function allowedMethods(routes: readonly RegisteredRoute[], path: string): string | undefined {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === "ALL" || route.path.includes("*")) continue;
    if (!patternOf(route.path).test(path)) continue;
    methods.add(route.method);
    if (route.method === "GET") methods.add("HEAD");
  }
  if (methods.size === 0) return undefined;
  return [...methods].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)).join(", ");
}
