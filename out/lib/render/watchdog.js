/**
 * Chromium must die with docflow, even when docflow is SIGKILLed and no exit
 * hook runs. Puppeteer starts Chromium as the leader of its own process
 * group and kills that group on exit and on signals; for SIGKILL, a tiny
 * watchdog process holds a pipe from docflow. When the pipe closes (docflow
 * ended, however it ended) it kills the whole group and deletes the profile.
 */
import { spawn } from 'node:child_process';
// Runs as `node -e`: argv[1] is the process group, argv[2] the profile folder.
const WATCHDOG = `
const group = Number(process.argv[1]);
const profile = process.argv[2];
let done = false;
const end = () => {
  if (done) return;
  done = true;
  try { process.kill(-group, 'SIGKILL'); } catch {}
  if (profile) { try { require('node:fs').rmSync(profile, { recursive: true, force: true, maxRetries: 3 }); } catch {} }
  process.exit(0);
};
process.on('SIGINT', () => {});
process.on('SIGHUP', () => {});
process.stdin.on('data', () => {});
process.stdin.on('end', end);
process.stdin.on('close', end);
process.stdin.on('error', end);
`;
/** Starts a watchdog for Chromium's process group `group` (its leader's pid). */
export function watchBrowserGroup(group, profileDir) {
    const child = spawn(process.execPath, ['-e', WATCHDOG, String(group), profileDir], {
        stdio: ['pipe', 'ignore', 'ignore'],
        // Its own group: a Ctrl-C to docflow's group must not take it down before Chromium.
        detached: true,
    });
    child.on('error', () => undefined);
    child.stdin.on('error', () => undefined);
    child.unref();
    // The pipe must not keep docflow alive either.
    child.stdin.unref?.();
    return {
        pid: child.pid,
        release: () => child.stdin.end(),
    };
}
