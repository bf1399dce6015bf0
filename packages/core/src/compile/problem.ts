/** One thing wrong in the dataset, said so a contributor can find and fix it. */
export interface DatasetProblem {
  readonly file: string;
  readonly path: readonly PropertyKey[];
  readonly line?: number | undefined;
  readonly message: string;
  readonly hint: string;
}

export function formatProblem(problem: DatasetProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const path = problem.path.length > 0 ? ` ${problem.path.map(String).join(".")}:` : "";
  return `${where}:${path} ${problem.message}\n  how to fix: ${problem.hint}`;
}
