// V8 options for one-off commands (`blattwerk build`, `check`), shared by bin/blattwerk.js and
// scripts/build-snapshot.mjs (V8 refuses a start-up snapshot under options other than it was made with,
// so the snapshot is made with these and started with the ones snapshot.json records).
//
// A four times larger interrupt budget makes V8 optimise later. A build is over in about a second, too
// soon for most optimised code to pay for its compiling, which also took the second core from the
// garbage collector. Measured on the seed (medians of 11, docs/performance.md): from the snapshot
// 0.80 -> 0.70 s and CPU 1.15 -> 0.84 s; without it 1.09 -> 1.00 s; 100 pages 3.9 -> 3.6 s. Twice the
// budget gave half of that, eight times the same as four. The preview, which runs for hours, keeps
// V8's defaults.
export const oneOffV8Options = ['--interrupt-budget=270336'];
