// Preloaded into a timed child process (`node --require`): when the process
// exits, adds its CPU time to $BENCH_RESOURCE_FILE and keeps the larger peak
// resident memory there. `blattwerk build` runs in a second Node.js started
// from the start-up snapshot, which preloads this too and exits first, so the
// file ends up with the CPU time of both and the peak of the larger.
// process.resourceUsage().maxRSS is the kernel's ru_maxrss, the figure
// `/usr/bin/time -f %M` prints.
const { readFileSync, writeFileSync } = require('node:fs');

const file = process.env.BENCH_RESOURCE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    let before = { cpuMs: 0, maxRssKb: 0, processes: 0 };
    try {
      before = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // The first process to exit.
    }
    const cpuMs = before.cpuMs + (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(file, JSON.stringify({ cpuMs, maxRssKb: Math.max(before.maxRssKb, usage.maxRSS), processes: before.processes + 1 }));
  });
}
