import { newApp } from "./app.ts";

// Built once per isolate: the dataset index is reused by every request the isolate serves.
export default newApp();
