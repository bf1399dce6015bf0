import { describe, expect, it } from "vitest";
import { clientKey, UNPARSABLE_CLIENT } from "./rate-limit.ts";

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

  it("puts whatever is not one address under one shared key, so junk buys no fresh budget", () => {
    for (const junk of [undefined, "", "10.1.1.2, 1.2.3.4", "not-an-ip", `zz:${"9".repeat(200)}`, "256.1.1.1", "1.2.3"])
      expect(clientKey(junk)).toBe(UNPARSABLE_CLIENT);
  });

  it("writes an IPv4 address one way: leading zeros are the same client", () => {
    expect(clientKey("010.001.001.002")).toBe("10.1.1.2");
    expect(clientKey(" 10.1.1.2 ")).toBe("10.1.1.2");
  });
});
