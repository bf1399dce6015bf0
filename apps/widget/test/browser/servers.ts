import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Page {
  readonly body: string;
  readonly headers?: Record<string, string>;
}

/**
 * A publisher's site on another origin, for pages the demo does not cover (strict CSP, dead API) and
 * fake API backends that hang or answer garbage.
 */
export async function startPublisherSite(
  pages: (path: string) => Page | "hang" | undefined,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const hanging = new Set<import("node:http").ServerResponse>();
  const server: Server = createServer((request, response) => {
    const page = pages(new URL(request.url ?? "/", "http://x").pathname);
    if (page === "hang") {
      hanging.add(response);
      return;
    }
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, {
        "Content-Type": "text/html; charset=utf-8",
        "Access-Control-Allow-Origin": "*",
        ...page.headers,
      })
      .end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const response of hanging) response.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
