#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in out/lib (built by `npm ci` via `prepare`).
import { existsSync } from 'node:fs';

const entry = new URL('../out/lib/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  // A git install builds out/lib with the `prepare` script, which npm skips under --ignore-scripts.
  process.stderr.write(
    'docflow: its compiled code (out/lib) is missing, so this copy was never built.\n' +
      '  Installed from a git URL with install scripts disabled (--ignore-scripts)? Install the packed tarball instead\n' +
      '  (`npm pack` in a docflow clone, then `npm install --save-dev ./docflow-<version>.tgz`); in a clone, run `npm ci`.\n',
  );
  process.exit(2);
}
const { main } = await import(entry.href);

// `docflow model | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
