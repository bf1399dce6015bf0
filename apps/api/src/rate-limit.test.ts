import { describe, expect, it } from "vitest";
import { clientKey } from "./rate-limit.ts";

describe("clientKey", () => {
  it("keys IPv4 clients by address", () => {
    expect(clientKey("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("keys IPv6 clients by their /64, however the address is written", () => {
    const key = "2001:db8:1:2::/64";
    for (const address of [
      "2001:db8:1:2::1",
      "2001:0db8:0001:0002:ffff:0:0:1",
      "2001:DB8:1:2:a:b:c:d",
      "2001:db8:1:2::",
    ])
      expect(clientKey(address)).toBe(key);
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey("64:ff9b:1:2::192.0.2.1")).toBe("64:ff9b:1:2::/64");
    expect(clientKey("2001:db8:1:3::1")).not.toBe(key);
  });

  it("falls back to the raw value, cut short, for what is not an address, and to one key without one", () => {
    expect(clientKey(undefined)).toBe("anonymous");
    expect(clientKey("")).toBe("anonymous");
    expect(clientKey(`zz:${"9".repeat(200)}`).length).toBeLessThanOrEqual(45);
  });
});
