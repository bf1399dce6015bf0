export { compileDataset, type DataFile, type DatasetInput } from "./compile.ts";
export { type DatasetProblem, formatProblem } from "./problem.ts";
