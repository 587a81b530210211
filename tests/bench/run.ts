// `npm run bench`: every benchmark in turn. Each prints ratios against a baseline measured in the same run.
await import('./pact-bench.ts');
console.log('\n' + '─'.repeat(72) + '\n');
await import('./applications-bench.ts');

// A module, so that top-level await is allowed.
export {};
