import { describe, expect, it } from "vitest";
import { httpUrl } from "./safe-url.ts";

describe("httpUrl", () => {
  it("keeps http and https links", () => {
    expect(httpUrl("https://www.cnnic.net.cn/report.pdf")).toBe("https://www.cnnic.net.cn/report.pdf");
    expect(httpUrl("HTTP://example.org")).toBe("HTTP://example.org");
  });

  it.each([
    "javascript:alert(1)",
    " javascript:alert(1)",
    "JaVaScRiPt:x",
    "data:text/html,x",
    "//evil.example",
    "vbscript:x",
    "",
  ])("drops %j", (url) => expect(httpUrl(url)).toBeUndefined());
});
