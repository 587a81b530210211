// `npm run bench`: every benchmark in turn. Each prints ratios against a baseline measured in the same run.
// `npm run bench -- scoring` (or pact, applications): only those named.
const benches = {
  pact: () => import('./pact-bench.ts'),
  applications: () => import('./applications-bench.ts'),
  scoring: () => import('./scoring-bench.ts'),
  documents: () => import('./documents-bench.ts'),
  conventions: () => import('./conventions-bench.ts'),
  rollups: () => import('./rollups-bench.ts'),
} as const;

const named = process.argv.slice(2);
const unknown = named.filter((name) => !Object.hasOwn(benches, name));
if (unknown.length > 0) throw new Error(`Unknown bench: ${unknown.join(', ')} (known: ${Object.keys(benches).join(', ')}).`);
const chosen = (Object.keys(benches) as (keyof typeof benches)[]).filter((name) => named.length === 0 || named.includes(name));
for (const [index, name] of chosen.entries()) {
  if (index > 0) console.log('\n' + '─'.repeat(72) + '\n');
  await benches[name]();
}

// A module, so that top-level await is allowed.
export {};
