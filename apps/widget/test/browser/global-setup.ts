import type { TestProject } from "vitest/node";
import { startWorker } from "./servers.ts";

declare module "vitest" {
  export interface ProvidedContext {
    workerOrigin: string;
  }
}

/** One Worker for every browser test file: starting workerd costs seconds. */
export default async function setup(project: TestProject) {
  const worker = await startWorker();
  project.provide("workerOrigin", worker.origin);
  return worker.stop;
}
