#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in out/lib (built by `npm ci` via `prepare`).
import { main } from '../out/lib/cli/main.js';

// `docflow model | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
