import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { enhance } from "./enhance.ts";

const PAGE = `<p>Users topped <span data-fact="cn-internet-users-2024-12">1.1 billion</span>.</p>
<div data-fact-card="cn-online-retail-sales-2024">Online retail sales: 15.52 trillion yuan (NBS)</div>
<p><span data-claim>Online retail sales grew 7.2 percent in 2024.</span></p>`;

describe("enhance when the API fails", () => {
  it("marks every element as error and leaves the publisher's text exactly as written", async () => {
    // A real socket that refuses: port 9 (discard) has no listener here.
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    await enhance(document, { apiOrigin: "http://127.0.0.1:9", theme: undefined, jsonLd: false });
    expect(
      [...document.querySelectorAll("[data-fact],[data-fact-card],[data-claim]")].map((e) =>
        e.getAttribute("data-fact-state"),
      ),
    ).toEqual(["error", "error", "error"]);
    expect(document.body.innerHTML.replace(/ data-fact-state="error"/g, "")).toBe(before);
  });

  it("treats a malformed answer as a failure, not as data", async () => {
    const server = createServer((_, response) =>
      response
        .writeHead(200, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*" })
        .end('{"data":[{"id":"x"}],"results":"no"}'),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    document.body.innerHTML = PAGE;
    await enhance(document, {
      apiOrigin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      theme: undefined,
      jsonLd: false,
    });
    server.close();
    expect(document.querySelectorAll("[data-factline-ui]")).toHaveLength(0);
    expect(document.querySelector("[data-fact-card]")?.textContent).toBe(
      "Online retail sales: 15.52 trillion yuan (NBS)",
    );
  });
});
