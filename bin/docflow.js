#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in out/lib, which is committed (and
// shipped in the tarball), so no install step builds anything. It runs the
// CLI bundle, out/lib/cli.bundle.js (one file, where out/lib/cli/main.js
// would load several hundred), which `npm run build` makes from out/lib.
import { existsSync } from 'node:fs';

const entry = new URL('../out/lib/cli.bundle.js', import.meta.url);
if (!existsSync(entry)) {
  // Only a copy that lost out/lib gets here: a partial checkout, or a clone where someone deleted it.
  process.stderr.write(
    'docflow: its compiled code (out/lib) is missing from this copy.\n' +
      '  out/lib is part of the package and of the git repository: reinstall docflow (the tarball or the git URL),\n' +
      '  or, in a clone of docflow, restore it with `git checkout -- out/lib` or rebuild it with `npm run build`.\n',
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
