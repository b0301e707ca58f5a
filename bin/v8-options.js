// V8 options for one-off commands (`blattwerk build`, `check`), shared by bin/blattwerk.js and
// scripts/build-snapshot.mjs (V8 refuses a start-up snapshot under options other than it was made with,
// so the snapshot is made with these and started with the ones snapshot.json records).
//
// A four times larger interrupt budget makes V8 optimise later. A build is over in about a second, too
// soon for most optimised code to pay for its compiling, which also took the second core from the
// garbage collector. Measured on the seed (medians of 11, docs/performance.md): from the snapshot
// 0.80 -> 0.70 s and CPU 1.15 -> 0.84 s; without it 1.09 -> 1.00 s; 100 pages 3.9 -> 3.6 s. Twice the
// budget gave half of that, eight times the same as four.
//
// A young generation of 16 MB from the start (V8 starts it at 1 MB and grows it to 16 MB): the seed's
// build made 34 scavenges of the objects a layout makes by the thousand; with it, 20 ms less wall time
// and 40 ms less CPU time for the seed (medians of 15 and 21, three alternating series), peak memory
// the same, and 100 pages and 60 three-column articles as before. 8 MB gave nothing, 32 MB the same.
//
// An old generation of 128 MB before its first full collection: the snapshot's 27 MB filled V8's
// starting limit, and every build began with a mark-compact (3 ms on the main thread, incremental
// marking on the other core). Seed 15 and 5 ms faster, 40 and 20 ms less CPU (two alternating series of
// 21); 100 pages 3.1 -> 3.0 s, peak memory within 15 MB either way.
//
// The preview, which runs for hours, keeps V8's defaults.
export const oneOffV8Options = ['--interrupt-budget=270336', '--min-semi-space-size=16', '--initial-old-space-size=128'];
