import { describe, expect, it } from "vitest";
import { lowerFirst } from "./case.ts";

describe("lowerFirst", () => {
  it("lowers a capitalised word for the middle of an English sentence", () => {
    expect(lowerFirst("Internet users")).toBe("internet users");
  });
  it("keeps acronyms and figures as written", () => {
    expect(lowerFirst("IPv6 users")).toBe("IPv6 users");
    expect(lowerFirst("5G base stations")).toBe("5G base stations");
    expect(lowerFirst("")).toBe("");
  });
});
