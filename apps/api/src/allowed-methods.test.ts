import { describe, expect, it } from "vitest";
import { allowedMethods } from "./allowed-methods.ts";

const routes = [
  { method: "ALL", path: "*" },
  { method: "GET", path: "/v1/facts/:id" },
  { method: "GET", path: "/v1/check" },
  { method: "POST", path: "/v1/check" },
  { method: "ALL", path: "/v1/*" },
  { method: "GET", path: "*" },
  { method: "GET", path: "/docs.css" },
];

describe("allowedMethods", () => {
  it("lists the methods registered for a path, GET with HEAD, in a fixed order", () => {
    expect(allowedMethods(routes, "/v1/check")).toBe("GET, HEAD, POST");
    expect(allowedMethods(routes, "/v1/facts/cn-anything")).toBe("GET, HEAD");
  });

  it("ignores middleware and catch-alls, and matches paths literally", () => {
    expect(allowedMethods(routes, "/v1/nothing")).toBeUndefined();
    expect(allowedMethods(routes, "/v1/facts/a/b")).toBeUndefined();
    expect(allowedMethods(routes, "/docsXcss")).toBeUndefined();
  });
});
