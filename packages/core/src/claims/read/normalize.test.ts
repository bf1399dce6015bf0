import { describe, expect, it } from "vitest";
import { detectLanguage, MAX_CLAIM_LENGTH, normalizeClaim } from "./normalize.ts";

describe("normalizeClaim", () => {
  it("folds full-width digits and signs, odd spaces, curly quotes and dashes, and lower-cases", () => {
    expect(normalizeClaim("ＣＮＮＩＣ：１０．９２亿\u3000“Users”\u2013")).toBe('cnnic:10.92亿 "users"-');
  });
  it("folds traditional characters to simplified, one for one", () => {
    const text = "網民規模達10.92億";
    expect(normalizeClaim(text)).toBe("网民规模达10.92亿");
    expect(normalizeClaim(text)).toHaveLength(text.length);
  });
  it("reads small-form punctuation (Taiwan, Hong Kong pages) as the ordinary mark", () => {
    expect(normalizeClaim("網友﹐比例﹔")).toBe("网友,比例;");
  });
  it("blanks a web address so its digits are never read as figures, keeping every position", () => {
    const text = "See https://www.cnnic.cn/n4/2024/0322/c88.html for 10.92 billion";
    const normalized = normalizeClaim(text);
    expect(normalized).toHaveLength(text.length);
    expect(normalized).not.toContain("2024");
    expect(normalized.indexOf("10.92")).toBe(text.indexOf("10.92"));
  });
  it("keeps positions for characters outside the basic plane", () => {
    expect(normalizeClaim("😀10%")).toHaveLength("😀10%".length);
  });
  it("cuts a claim past the length limit", () => {
    expect(normalizeClaim("9".repeat(MAX_CLAIM_LENGTH + 50))).toHaveLength(MAX_CLAIM_LENGTH);
  });
});

describe("detectLanguage", () => {
  it("calls any text with Han characters Chinese", () => {
    expect(detectLanguage("China had 1.1 billion 网民")).toBe("zh");
    expect(detectLanguage("China had 1.1 billion internet users")).toBe("en");
  });
});
