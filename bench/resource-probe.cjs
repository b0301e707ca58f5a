// Preloaded into a timed child process (`node --require`): when the process
// exits, writes its CPU time and peak resident memory to $BENCH_RESOURCE_FILE.
// process.resourceUsage().maxRSS is the kernel's ru_maxrss, the figure
// `/usr/bin/time -f %M` prints.
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_RESOURCE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS }));
  });
}
