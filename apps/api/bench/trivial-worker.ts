// The baseline for HTTP benchmarks: the least a Worker can do under the same wrangler dev.
export default {
  fetch: () => new Response('{"ok":true}', { headers: { "Content-Type": "application/json" } }),
};
