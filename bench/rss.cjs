// Preloaded into every process the bench times (`node -r bench/rss.cjs`):
// at exit, appends the process's peak RSS (bytes) and CPU time (ms, user +
// system) to DOCFLOW_BENCH_RSS.
const { appendFileSync } = require('node:fs');
process.on('exit', () => {
  const u = process.resourceUsage();
  if (process.env.DOCFLOW_BENCH_RSS) appendFileSync(process.env.DOCFLOW_BENCH_RSS, `${u.maxRSS * 1024} ${(u.userCPUTime + u.systemCPUTime) / 1000}\n`);
});
