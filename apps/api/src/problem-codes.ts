/** Every problem code the API can answer, listed on /docs. */
export const PROBLEM_CODES = [
  {
    code: "invalid-request",
    status: 400,
    meaning: "A parameter or body field is missing, of the wrong type or out of bounds; errors lists each one.",
  },
  { code: "invalid-ids", status: 400, meaning: "An id batch is empty or names more than 100 ids." },
  { code: "invalid-json", status: 400, meaning: "The body is not valid JSON." },
  { code: "fact-not-found", status: 404, meaning: "No fact has that id; suggestions lists close ids." },
  { code: "not-found", status: 404, meaning: "No route or page at that path." },
  {
    code: "method-not-allowed",
    status: 405,
    meaning: "The path exists but not for that method; Allow lists the methods.",
  },
  { code: "body-too-large", status: 413, meaning: "The body is over 256 KiB." },
  { code: "unsupported-media-type", status: 415, meaning: "A POST body that is not application/json." },
  {
    code: "rate-limited",
    status: 429,
    meaning: "Too many new checks from one client in a minute; Retry-After says when to retry.",
  },
  { code: "no-dataset", status: 503, meaning: "The D1 store has no published dataset version yet." },
] as const;
