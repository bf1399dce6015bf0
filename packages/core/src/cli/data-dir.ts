// Node-only pieces a publisher needs: reading data/ and naming a dataset by its content.
export { loadDataDir } from "./load.ts";
export { datasetVersion } from "./version.ts";
