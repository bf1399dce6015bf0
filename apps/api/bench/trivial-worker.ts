// The baseline for bench/run.ts over HTTP: the least a Worker can do, served on Miniflare by
// scripts/local-server.ts like the real one. Served as written: keep it free of imports and types.
export default {
  fetch: () => new Response('{"ok":true}', { headers: { "Content-Type": "application/json" } }),
};
