import type { TestProject } from "vitest/node";
import { startLocalServer } from "../../../api/scripts/local-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    workerOrigin: string;
  }
}

/** One Worker (the API's build on Miniflare) for every browser test file: starting workerd costs seconds. */
export default async function setup(project: TestProject) {
  const worker = await startLocalServer();
  project.provide("workerOrigin", worker.origin);
  return worker.stop;
}
