import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataDir } from "../cli/load.ts";
import { compileDataset, type DatasetInput } from "./compile.ts";
import { formatProblem } from "./problem.ts";

const dataDir = join(import.meta.dirname, "..", "..", "data");

// biome-ignore lint/suspicious/noExplicitAny: tests break parsed YAML in arbitrary places on purpose.
type Json = Record<string, any>;

/** A deep copy of the real dataset's input with one change applied to a named fact. */
function brokenCopy(change: (fact: Json, facts: Json[]) => void, factId: string): DatasetInput {
  const input = loadDataDir(dataDir);
  const files = input.factFiles.map((file) => ({ ...file, data: structuredClone(file.data) }));
  for (const file of files) {
    const facts = (file.data as Json).facts as Json[];
    const fact = facts.find((candidate) => candidate.id === factId);
    if (fact) change(fact, facts);
  }
  return { ...input, factFiles: files };
}

function messagesFor(input: DatasetInput): string[] {
  return compileDataset(input).problems.map(formatProblem);
}

describe("the shipped dataset", () => {
  const { facts, problems } = compileDataset(loadDataDir(dataDir));

  it("compiles with no problems", () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("holds every figure the article states, each quoted verbatim", () => {
    const article = readFileSync(join(dataDir, "articles", "troib-2025-china-digital-economy.txt"), "utf8");
    const figures = [
      "1.1 billion",
      "78.6 percent",
      "30 years",
      "over 1 billion",
      "974 million",
      "59.5 million",
      "15.52 trillion yuan",
      "7.2 percent",
      "6.5 percent",
      "13.08 trillion yuan",
      "26.8 percent",
      "4.19 million",
      "209 million",
      "nearly 70 percent",
      "over 76 percent",
      "about 71 percent",
      "more than half",
      "662 million",
      "nearly 60 percent",
      "647,000",
      "548 million",
      "39.35 million",
      "49.5 percent",
      "at least 331 million",
      "23.5 percent",
      "249 million",
    ];
    const cited = facts.flatMap((fact) => fact.citedBy.map((citation) => citation.figure));
    for (const figure of figures) {
      expect(article).toContain(figure);
      expect(
        cited.some((text) => text.includes(figure)),
        figure,
      ).toBe(true);
    }
  });

  it("keeps the primary value where the article rounds it", () => {
    const users = facts.find((fact) => fact.id === "cn-internet-users-2024-12");
    expect(users?.value).toBe(1_108_000_000);
    expect(users?.citedBy[0]?.figure).toBe("exceeded 1.1 billion");
    expect(users?.citedBy[0]?.qualifier).toBe("over");
  });

  it("marks figures the primary figures do not list as reported, not verified", () => {
    const travel = facts.find((fact) => fact.id === "cn-online-travel-users-2024-12");
    expect(travel?.status).toBe("reported");
  });
});

describe("validator rules, on deliberately broken copies", () => {
  it("reports schema errors with file, line, path and a hint, all at once", () => {
    const input = brokenCopy((fact) => {
      fact.unit = "people";
      fact.value = "1108000000";
    }, "cn-internet-users-2024-12");
    const messages = messagesFor(input);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^data\/facts\/cnnic-55\.yaml:\d+: facts\.0\.(value|unit):/);
    expect(messages.join("\n")).toContain("how to fix: use one of: person, CNY");
    expect(messages.join("\n")).toContain("how to fix: write a number here");
  });

  it("rejects duplicate ids", () => {
    const input = brokenCopy((fact) => {
      fact.id = "cn-internet-users-2024-12";
    }, "cn-mobile-internet-users-2024-12");
    expect(messagesFor(input).join("\n")).toContain('duplicate id "cn-internet-users-2024-12"');
  });

  it("names an unknown metric, source or entity, and where to define it", () => {
    const messages = (change: (fact: Json) => void) =>
      messagesFor(brokenCopy(change, "cn-mobile-internet-users-2024-12")).join("\n");
    expect(
      messages((fact) => {
        fact.metric = "mobile-internet-userz";
      }),
    ).toMatch(/unknown metric "mobile-internet-userz".*data\/metrics\.yaml/s);
    expect(
      messages((fact) => {
        fact.source = "cnnic-99";
      }),
    ).toMatch(/unknown source "cnnic-99".*data\/sources\.yaml/s);
    expect(
      messages((fact) => {
        fact.entity = "XX";
      }),
    ).toMatch(/unknown entity "XX".*entities in data\/sources\.yaml/s);
  });

  it("rejects relations to facts that do not exist", () => {
    const input = brokenCopy((fact) => {
      fact.relations[0].whole = "cn-internet-users-2042-12";
    }, "cn-online-travel-users-share-2024-12");
    expect(messagesFor(input).join("\n")).toContain('share-of points at unknown fact "cn-internet-users-2042-12"');
  });

  it("rejects percentages outside 0–100", () => {
    const input = brokenCopy((fact) => {
      fact.value = 786;
    }, "cn-internet-penetration-2024-12");
    expect(messagesFor(input).join("\n")).toContain("a percentage of 786 is outside 0–100");
  });

  it("catches a share that disagrees with its part and whole, naming all three", () => {
    const input = brokenCopy((fact) => {
      fact.value = 48.5;
    }, "cn-online-travel-users-share-2024-12");
    const message = messagesFor(input).join("\n");
    expect(message).toContain(
      "cn-online-travel-users-share-2024-12 (48.5%) disagrees with cn-online-travel-users-2024-12 (548 million) / cn-internet-users-2024-12 (1.108 billion)",
    );
    expect(message).toMatch(/= 49\.39\d%–49\.52\d%/);
  });

  it("accepts a share that agrees only within the stated precisions, and no further", () => {
    // 313/1108 = 28.249%, published as 28.2%: consistent once both roundings are allowed for.
    const share = "cn-rural-internet-users-share-2024-12";
    const exact = compileDataset(loadDataDir(dataDir)).problems.filter((problem) => problem.message.includes(share));
    expect(exact).toEqual([]);
    // 28.4% lies outside 312.5–313.5 / 1107.5–1108.5 even with 28.4's own half-step: flagged.
    const outside = brokenCopy((fact) => {
      fact.value = 28.4;
      fact.asPublished.text = "28.4%";
      fact.evidence.figure = "28.4%";
    }, share);
    expect(messagesFor(outside).join("\n")).toContain(`${share} (28.4%) disagrees`);
  });

  it("catches penetration inconsistent with users and population", () => {
    const input = brokenCopy((fact) => {
      fact.value = 1_308_280_000;
    }, "cn-population-2024-12");
    expect(messagesFor(input).join("\n")).toContain(
      "cn-internet-penetration-2024-12 (78.6%) disagrees with cn-internet-users-2024-12",
    );
  });

  it("catches a part larger than its whole", () => {
    const input = brokenCopy((fact) => {
      fact.value = 16_080_000_000_000;
    }, "cn-online-retail-sales-physical-goods-2024");
    expect(messagesFor(input).join("\n")).toContain("is larger than its whole cn-online-retail-sales-2024");
  });

  it("catches a change that implies a negative earlier value", () => {
    const input = brokenCopy((fact) => {
      fact.value = 995_000_000;
    }, "cn-online-shoppers-change-2024");
    expect(messagesFor(input).join("\n")).toMatch(/implies online-shoppers at 2023-12 of .*not above zero/);
  });

  it("checks a change against a recorded earlier value", () => {
    const input = brokenCopy((fact) => {
      fact.value = 900_000_000;
      fact.asPublished.text = "9亿";
      fact.evidence.figure = "9亿";
    }, "cn-online-shoppers-2023-12");
    expect(messagesFor(input).join("\n")).toContain("but cn-online-shoppers-2023-12 (900 million) is recorded");
  });

  it("requires the figure as printed to state the recorded value", () => {
    const typo = brokenCopy((fact) => {
      fact.value = 1_098_000_000;
    }, "cn-internet-users-2023-12");
    expect(messagesFor(typo).join("\n")).toMatch(
      /evidence\.figure: the figure as printed, "10\.92亿人?", reads as 1092000000, not 1098000000/,
    );
    const tableInTenThousands = brokenCopy((fact) => {
      delete fact.evidence.scale;
    }, "cn-online-news-users-2023-12");
    expect(messagesFor(tableInTenThousands).join("\n")).toContain("reads as 77191, not 771910000");
  });

  it("refuses a fall recorded as a rise, whether the page says 下降 or prints a minus sign", () => {
    const unsigned = brokenCopy((fact) => {
      fact.value = 3.9;
    }, "cn-retail-sales-consumer-goods-growth-2020");
    expect(messagesFor(unsigned).join("\n")).toContain(
      'the page prints a fall ("社会消费品零售总额 下降 3.9%") but the value is 3.9',
    );
    const minus = brokenCopy((fact) => {
      fact.value = 9_250_000;
    }, "cn-online-literature-users-change-2022-12");
    expect(messagesFor(minus).join("\n")).toContain(
      'the page prints a fall ("网络文学用户 -925万") but the value is 9250000',
    );
    expect(messagesFor(loadDataDir(dataDir)).join("\n")).not.toContain("prints a fall");
  });

  it("refuses a placeholder evidence URL", () => {
    const input = brokenCopy((fact) => {
      fact.evidence.url = "https://example.invalid/page";
    }, "cn-internet-users-2023-12");
    expect(messagesFor(input).join("\n")).toContain("the evidence URL is a placeholder");
  });

  it("requires each quote to contain its figure and to be verbatim in the article", () => {
    const input = brokenCopy((fact) => {
      fact.citedBy[0].figure = "over 1.2 billion";
      fact.citedBy[1].quote = "China's digital economy flourishes as internet users top 1.1 billion";
      fact.citedBy[1].figure = "top 1.1 billion";
    }, "cn-internet-users-2024-12");
    const message = messagesFor(input).join("\n");
    expect(message).toContain('the quote does not contain the figure "over 1.2 billion"');
    expect(message).toContain('the quote is not word for word in article "troib-2025-china-digital-economy"');
  });
});

/** A copy of the real dataset's input with one change applied to its metrics. */
function brokenMetrics(change: (metrics: Json[]) => void): DatasetInput {
  const input = loadDataDir(dataDir);
  const data = structuredClone(input.metrics.data) as Json;
  change(data.metrics as Json[]);
  return { ...input, metrics: { ...input.metrics, data } };
}

describe("metric structure, on deliberately broken copies", () => {
  const metric = (metrics: Json[], id: string) => metrics.find((candidate) => candidate.id === id) as Json;

  it("refuses a metric defined twice", () => {
    const messages = messagesFor(brokenMetrics((metrics) => metrics.push({ ...metric(metrics, "internet-users") })));
    expect(messages.some((message) => /internet-users: defined twice/.test(message))).toBe(true);
  });

  it("refuses a share that names no whole, and one whose whole is no metric", () => {
    const noWhole = messagesFor(brokenMetrics((metrics) => delete metric(metrics, "online-shoppers-share").whole));
    expect(
      noWhole.some((message) => /online-shoppers-share: a share names what it is counted against/.test(message)),
    ).toBe(true);
    const unknown = messagesFor(
      brokenMetrics((metrics) => {
        metric(metrics, "online-shoppers-share").whole = "internet-user";
      }),
    );
    expect(
      unknown.some((message) => /metrics\.yaml:\d+: metrics\.\d+\.whole: .*no metric "internet-user"/.test(message)),
    ).toBe(true);
  });

  it("refuses a growth or change with no `of`, a growth not in percent, and a change in another unit", () => {
    const noOf = messagesFor(brokenMetrics((metrics) => delete metric(metrics, "online-shoppers-growth").of));
    expect(noOf.some((message) => /online-shoppers-growth: a growth names the metric it is of/.test(message))).toBe(
      true,
    );
    const unit = messagesFor(
      brokenMetrics((metrics) => {
        metric(metrics, "online-shoppers-growth").unit = "person";
        metric(metrics, "online-shoppers-change").unit = "percent";
      }),
    );
    expect(unit.some((message) => /online-shoppers-growth: a growth is in percent/.test(message))).toBe(true);
    expect(
      unit.some((message) => /online-shoppers-change: a change of online-shoppers is in person/.test(message)),
    ).toBe(true);
  });

  it("refuses a level that says what it is of, and a kind outside the four", () => {
    const level = messagesFor(
      brokenMetrics((metrics) => {
        metric(metrics, "internet-users").of = "population";
      }),
    );
    expect(level.some((message) => /internet-users: a level has no `of`/.test(message))).toBe(true);
    const kind = messagesFor(
      brokenMetrics((metrics) => {
        metric(metrics, "internet-users").kind = "ratio";
      }),
    );
    expect(kind.some((message) => /kind/.test(message))).toBe(true);
  });
});

describe("series rules, on deliberately broken copies", () => {
  it("refuses a January–N sum below the shorter sum before it in the same year", () => {
    const messages = messagesFor(
      brokenCopy((fact) => {
        fact.value = 1000000000000;
        fact.asPublished = { text: "10000亿元", qualifier: "exact" };
        fact.evidence.figure = "10000亿元";
      }, "cn-online-retail-sales-2019-01-11"),
    );
    expect(
      messages.some((message) =>
        /cn-online-retail-sales-2019-01-11 \(1000000000000\) is below cn-online-retail-sales-2019-01-10/.test(message),
      ),
    ).toBe(true);
  });

  it("reports a CNNIC half-year a series lacks, for review", () => {
    const input = loadDataDir(dataDir);
    const files = input.factFiles.map((file) => ({ ...file, data: structuredClone(file.data) }));
    for (const file of files) {
      const data = file.data as Json;
      data.facts = (data.facts as Json[]).filter((fact) => fact.id !== "cn-internet-users-2019-06");
    }
    const { warnings } = compileDataset({ ...input, factFiles: files });
    expect(
      warnings.map(formatProblem).some((line) => /internet-users has no observation ending 2019-06/.test(line)),
    ).toBe(true);
    const shipped = compileDataset(input).warnings.map(formatProblem);
    expect(shipped.some((line) => /internet-users has no observation/.test(line))).toBe(false);
  });
});

describe("the validate CLI", () => {
  it("exits 1 and names the file and line of a broken fact", () => {
    const copy = mkdtempSync(join(tmpdir(), "factline-data-"));
    cpSync(dataDir, copy, { recursive: true });
    const file = join(copy, "facts", "miit-2024-11.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("status: verified", "status: confirmed"));
    const result = spawnSync(process.execPath, ["--disable-warning=ExperimentalWarning", "src/cli/validate.ts", copy], {
      cwd: join(import.meta.dirname, "..", ".."),
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/facts\/miit-2024-11\.yaml:12: facts\.0\.status: Invalid option/);
    expect(result.stderr).toContain("1 problem(s) found");
  });

  it("exits 0 on the shipped data", () => {
    const result = spawnSync(process.execPath, ["--disable-warning=ExperimentalWarning", "src/cli/validate.ts"], {
      cwd: join(import.meta.dirname, "..", ".."),
      encoding: "utf8",
    });
    expect(result.stdout).toContain("facts valid");
    expect(result.status).toBe(0);
  });
});

describe("series review", () => {
  it("reports a step far outside a series' usual range for review, without refusing the dataset", () => {
    const input = brokenCopy((fact) => {
      fact.value = 321_500;
      fact.precision = 100;
      fact.asPublished.text = "32.15万个";
      fact.evidence.figure = "32.15万个";
    }, "cn-5g-base-stations-2023-10");
    const { problems, warnings } = compileDataset(input);
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem).join("\n")).toMatch(/cn-5g-base-stations-2023-10 is \d+% off/);
  });

  it("reports nothing for the series as recorded but the steps it lists", () => {
    const { warnings } = compileDataset(loadDataDir(dataDir));
    expect(warnings.every((warning) => /usual step|a period its publisher published/.test(warning.message))).toBe(true);
    expect(warnings.some((warning) => warning.message.includes("cn-5g-base-stations-2023-10"))).toBe(false);
  });
});
