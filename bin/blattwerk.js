#!/usr/bin/env node
// The blattwerk command: a thin entry that loads the compiled CLI.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
