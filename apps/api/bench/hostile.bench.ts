// What hostile input costs over HTTP: the built Worker on Miniflare (scripts/local-server.ts), on the
// embedded store and on D1 (the real dataset, published into a local D1), one after the other: uncached
// checks of 2,000-character claims made of one short repeated unit, a batch of 100 of them, a
// 100,000-character text, a batch of 100 ids with their series, and searches built to match everything,
// as ratios to an ordinary uncached check on the same store in the same run; answer sizes; and how long
// /healthz waits meanwhile. `BENCH_STORE=embedded|d1` runs one. Figures go into BENCHMARKS.md.
import { performance } from "node:perf_hooks";
import { dataset } from "@factline/core/dataset";
import { startLocalServer } from "../scripts/local-server.ts";
import { textCost } from "../src/limits.ts";
import { publishDataset } from "../src/store/d1-publish.ts";

const UNITS = ["网购1;", "网购1;1;", "1.1 billion internet users, ", "截至2024年6月，", "online shopping 5% ", "1、"];
let sequence = 0;
const salt = () => `${(++sequence).toString(36)}${Math.random().toString(36).slice(2, 8)}`.replace(/\d/g, "x");
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const fill = (unit: string, length: number) =>
  `${salt()} ${unit.repeat(Math.ceil(length / unit.length))}`.slice(0, length);

/** The newest fact of each metric: a batch of ids naming as many series as there are ids. */
const newestIds = [
  ...new Map(dataset.facts.filter((fact) => fact.current).map((fact) => [fact.metric, fact.id])).values(),
];
const shuffled = () => [...newestIds].sort(() => Math.random() - 0.5);

for (const store of (process.env.BENCH_STORE?.split(",") ?? ["embedded", "d1"]) as ("embedded" | "d1")[]) {
  console.log(`\n## ${store} store\n`);
  const server = await startLocalServer({
    store,
    rateLimit: 10_000_000,
    seed: async (db) => {
      await publishDataset(db as unknown as D1Database, dataset);
    },
  });
  const get = async (path: string) => {
    const started = performance.now();
    const response = await fetch(`${server.origin}${path}`, {
      headers: { "CF-Connecting-IP": `10.8.${sequence % 250}.${++sequence % 200}` },
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${path.slice(0, 80)}: ${response.status}: ${text.slice(0, 200)}`);
    return { millis: performance.now() - started, bytes: text.length, status: response.status };
  };
  const post = async (body: unknown) => {
    const started = performance.now();
    const response = await fetch(`${server.origin}/v1/check`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "CF-Connecting-IP": `10.9.${sequence % 250}.${sequence % 200}` },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    // A text costing more than a client's whole budget is refused at once: that answer is what it costs.
    const refusedAtOnce = response.status === 429 && text.includes("more than the");
    if (response.status !== 200 && !refusedAtOnce) throw new Error(`${response.status}: ${text.slice(0, 200)}`);
    return { millis: performance.now() - started, bytes: text.length, status: response.status };
  };

  /** The median time of five uncached GETs (each path new), and the largest answer. */
  const medianOfGets = async (path: () => string) => {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await get(path()));
    return { millis: median(runs.map((run) => run.millis)), bytes: Math.max(...runs.map((run) => run.bytes)) };
  };

  /** The median time of five requests, each with a fresh (uncached) body, and the largest answer. */
  const medianOf = async (body: () => unknown) => {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await post(body()));
    return {
      millis: median(runs.map((run) => run.millis)),
      bytes: Math.max(...runs.map((run) => run.bytes)),
      status: runs[0]?.status ?? 0,
    };
  };

  try {
    for (let i = 0; i < 30; i++)
      await post({ claim: `China had 1.108 billion internet users in December 2024 ${salt()}.` });
    const ordinary = median(
      await Promise.all(
        Array.from({ length: 1 }, async () => {
          const times: number[] = [];
          for (let i = 0; i < 80; i++)
            times.push(
              (await post({ claim: `China had 1.108 billion internet users in December 2024 ${salt()}.` })).millis,
            );
          return median(times);
        }),
      ),
    );
    console.log(`ordinary uncached check: ${ordinary.toFixed(2)} ms (median of 80)`);
    console.log("| input | median ms | × ordinary | answer bytes |");
    console.log("| --- | ---: | ---: | ---: |");
    for (const unit of UNITS) {
      const runs = [];
      for (let i = 0; i < 15; i++) runs.push(await post({ claim: fill(unit, 2000) }));
      const ms = median(runs.map((run) => run.millis));
      console.log(
        `| 2,000 chars of ${JSON.stringify(unit)} | ${ms.toFixed(2)} | ${(ms / ordinary).toFixed(1)} | ${Math.max(...runs.map((run) => run.bytes)).toLocaleString("en")} |`,
      );
    }
    // The baseline for batches: 100 ordinary new claims, so a batch's own cost per item shows apart from hostility.
    const ordinaryBatch = await medianOf(() => ({
      claims: Array.from({ length: 100 }, () => `China had 1.108 billion internet users in December 2024 ${salt()}.`),
    }));
    console.log(
      `| batch of 100 ordinary claims | ${ordinaryBatch.millis.toFixed(1)} | ${(ordinaryBatch.millis / ordinary).toFixed(1)} | ${ordinaryBatch.bytes.toLocaleString("en")} |`,
    );
    for (const unit of UNITS.slice(0, 3)) {
      // As long as 100 claims of it fit the 256 KiB body limit (a CJK character is three bytes in UTF-8).
      const length = Math.min(2000, Math.floor(250_000 / 100 / (Buffer.byteLength(unit) / unit.length)) - 20);
      const batch = await medianOf(() => ({ claims: Array.from({ length: 100 }, () => fill(unit, length)) }));
      console.log(
        `| batch of 100 × ${length.toLocaleString("en")} chars of ${JSON.stringify(unit)} | ${batch.millis.toFixed(1)} | ${(batch.millis / ordinary).toFixed(1)} | ${batch.bytes.toLocaleString("en")} |`,
      );
      const text = await medianOf(() => ({ text: fill(unit, 100_000) }));
      console.log(
        `| text of 100,000 chars of ${JSON.stringify(unit)} | ${text.millis.toFixed(1)} | ${(text.millis / ordinary).toFixed(1)} | ${text.bytes.toLocaleString("en")} |`,
      );
    }
    // Texts whose work is per sentence or per number, charged by textCost: the ratio that matters is per unit.
    const article = Array.from(
      { length: 80 },
      (_, n) =>
        `Paragraph ${n} of a long feature on the digital economy, with background, quotes from analysts and local colour that carry no figures at all, running on for a good many words before the figure arrives. By December 2024, China had 1.108 billion internet users and online retail sales reached 15.52 trillion yuan in 2024, up 7.2 percent.\n`,
    ).join("");
    const shapes: [string, () => string][] = [
      ['100,000 chars of "网民1亿。"', () => fill("网民1亿。", 100_000)],
      ['100,000 chars of "1。"', () => fill("1。", 100_000)],
      ["100,000 chars of blank lines", () => `${salt()}${"\n".repeat(99_990)}`],
      ['100,000 chars of "a. "', () => fill("a. ", 100_000)],
      [
        `5,000-word article, 80 paragraphs (${article.length.toLocaleString("en")} chars)`,
        () => `${salt()} ${article}`,
      ],
    ];
    console.log("| text | status | median ms | × ordinary | units charged | × ordinary per unit |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (const [name, make] of shapes) {
      const units = textCost(make());
      const run = await medianOf(() => ({ text: make() }));
      console.log(
        `| ${name} | ${run.status} | ${run.millis.toFixed(1)} | ${(run.millis / ordinary).toFixed(1)} | ${units} | ${(run.millis / ordinary / units).toFixed(2)} |`,
      );
    }
    // Reads whose cost grows with what they name: a batch of ids with series, and searches matching everything.
    console.log("| read | median ms | × ordinary | answer bytes |");
    console.log("| --- | ---: | ---: | ---: |");
    const one = await medianOfGets(() => `/v1/facts?ids=${shuffled()[0]}&include=related,series&n=${salt()}`);
    const reads: [string, () => string][] = [
      [
        "100 ids of distinct metrics, include=related,series",
        () => `/v1/facts?ids=${shuffled().slice(0, 100).join(",")}&include=related,series`,
      ],
      ['search "users" (matches most facts)', () => `/v1/search?q=users%20${salt()}&limit=50`],
      [
        "search, 200 chars of two-character words",
        () =>
          `/v1/search?q=${encodeURIComponent(`${salt()} ${"网民 用户 规模 cn 20 12 ".repeat(12)}`.slice(0, 200))}&limit=50`,
      ],
      [
        "search, 200 chars of dashed words",
        () =>
          `/v1/search?q=${encodeURIComponent(`${salt()} ${"users-2024-12 cn-internet-users- a-b-c-d-e ".repeat(6)}`.slice(0, 200))}&limit=50`,
      ],
    ];
    console.log(
      `| 1 id, include=related,series (baseline for the next row) | ${one.millis.toFixed(1)} | ${(one.millis / ordinary).toFixed(1)} | ${one.bytes.toLocaleString("en")} |`,
    );
    for (const [name, path] of reads) {
      const run = await medianOfGets(path);
      console.log(
        `| ${name} | ${run.millis.toFixed(1)} | ${(run.millis / ordinary).toFixed(1)} | ${run.bytes.toLocaleString("en")} |`,
      );
    }
    // The costliest text a client's budget admits: 120 units of three-number sentences.
    const admitted = () => `${salt()}。${"网购1;1;1。".repeat(470)}`;
    const widest = await medianOf(() => ({ text: admitted() }));
    const widestUnits = textCost(admitted());
    console.log(
      `| 470 three-number sentences (the most one budget admits) | ${widest.status} | ${widest.millis.toFixed(1)} | ${(widest.millis / ordinary).toFixed(1)} | ${widestUnits} | ${(widest.millis / ordinary / widestUnits).toFixed(2)} |`,
    );
    shapes.push(["470 three-number sentences", admitted]);
    for (const [name, make] of [...shapes.slice(0, 3), ...shapes.slice(-2)]) {
      const heavyText = post({ text: make() });
      const textWaits: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await fetch(`${server.origin}/healthz`);
        textWaits.push(performance.now() - started);
      }
      await heavyText;
      console.log(`/healthz during a text of ${name}: max ${Math.max(...textWaits).toFixed(1)} ms over 5 calls`);
    }
    // /healthz while a heavy batch runs: the isolate must keep answering.
    const heavy = post({ claims: Array.from({ length: 100 }, () => fill(UNITS[0] ?? "", 800)) });
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await fetch(`${server.origin}/healthz`);
      waits.push(performance.now() - started);
    }
    await heavy;
    console.log(`/healthz during a 100-claim hostile batch: max ${Math.max(...waits).toFixed(1)} ms over 5 calls`);
  } finally {
    await server.stop();
  }
}
