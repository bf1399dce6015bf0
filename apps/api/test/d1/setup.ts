import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { dataset } from "@factline/core/dataset";
import { publishDataset } from "../../src/store/d1-publish.ts";

// Every test file in the D1 project reads the real dataset from a migrated, published D1.
const db = env.FACTS_DB;
if (!db) throw new Error("the D1 test project binds FACTS_DB");
await applyD1Migrations(db, env.TEST_MIGRATIONS);
await applyD1Migrations(env.PUBLISH_DB, env.TEST_MIGRATIONS);
await publishDataset(db, dataset);
