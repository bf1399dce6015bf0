import { compileDataset, type DatasetInput, formatProblem } from "@factline/core/compile";
import type { Dataset } from "@factline/core/schema";
import { PublishError, type PublishOptions, type PublishResult, publishDataset } from "./d1-publish.ts";

/** Names a dataset by its content (core's datasetVersion on Node). */
export type VersionOf = (content: Omit<Dataset, "version">) => string;

export type Validated = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/** The data files through core's compiler and validators: a dataset, or every problem in it. */
export function validateDataset(input: DatasetInput, versionOf: VersionOf): Validated {
  const { metrics, facts, entities, problems } = compileDataset(input);
  if (problems.length > 0) return { ok: false, problems: problems.map(formatProblem) };
  return { ok: true, dataset: { version: versionOf({ metrics, facts, entities }), metrics, facts, entities } };
}

/** Validates, then publishes; a dataset with problems is refused before anything is written. */
export async function publishValidated(
  db: D1Database,
  input: DatasetInput,
  versionOf: VersionOf,
  options: PublishOptions = {},
): Promise<PublishResult> {
  const validated = validateDataset(input, versionOf);
  if (!validated.ok) {
    throw new PublishError(
      `${validated.problems.join("\n")}\n\n${validated.problems.length} problem(s): the dataset was not published.`,
    );
  }
  return publishDataset(db, validated.dataset, options);
}
