// `npm run bench` (= node scripts/bench.ts): the dose-grid and plan timings, then the public pages
// on a throttled phone. `npm run bench -- dose` or `npm run bench -- pages` runs one part only.
// Benchmarks print their figures; no test or CI step reads them (DESIGN.md).
const part = process.argv[2];
if (part !== undefined && part !== 'dose' && part !== 'pages') {
  console.error(`Unknown part "${part}": use "dose", "pages" or nothing for both.`);
  process.exit(2);
}
if (part !== 'pages') await import('./dose-bench.ts');
if (part !== 'dose') {
  const { runPageBench } = await import('./page-bench.ts');
  await runPageBench();
}
