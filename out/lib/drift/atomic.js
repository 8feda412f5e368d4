/**
 * Atomic file replacement in two phases. `stage` writes the new bytes to a
 * temp file created exclusively (O_CREAT|O_EXCL, by the `tmp` package) with a
 * random name in the target's own folder, and fsyncs it; `commit` renames it
 * into place. A pre-existing file or symlink at a temp name is never opened
 * or followed, and readers only ever see the old or the new file.
 */
import { close, fsync, promises as fs, write } from 'node:fs';
import path from 'node:path';
import tmp from 'tmp';
/** Names docflow's temp files take: `.docflow-<pid>-<12 random chars>-tmp`. A leftover of a killed run matches this. */
export const TEMP_FILE = /^\.docflow-\d+-[A-Za-z0-9]{12}-tmp$/;
/** The real writer: `tmp` for the exclusive temp file, then write, fsync and rename. */
export const fileWriter = {
    async stage(target, content) {
        const dir = path.dirname(target);
        const { name, fd } = await createTemp(dir);
        try {
            await writeAll(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
        }
        catch (e) {
            await fs.rm(name, { force: true }).catch(() => undefined);
            throw e;
        }
        finally {
            await new Promise((resolve) => close(fd, () => resolve()));
        }
        let done = false;
        return {
            target,
            async commit() {
                await fs.rename(name, target);
                done = true;
            },
            async discard() {
                if (!done)
                    await fs.rm(name, { force: true }).catch(() => undefined);
                done = true;
            },
        };
    },
};
function createTemp(dir) {
    return new Promise((resolve, reject) => {
        // keep: the temp file is ours to rename or remove; tmp must not unlink it at exit behind our back.
        tmp.file({ tmpdir: dir, prefix: '.docflow', postfix: 'tmp', mode: 0o644, keep: true, tries: 5 }, (err, name, fd) => (err ? reject(err) : resolve({ name, fd })));
    });
}
async function writeAll(fd, bytes) {
    let offset = 0;
    while (offset < bytes.length) {
        offset += await new Promise((resolve, reject) => write(fd, bytes, offset, bytes.length - offset, null, (e, n) => (e ? reject(e) : resolve(n))));
    }
    await new Promise((resolve, reject) => fsync(fd, (e) => (e ? reject(e) : resolve())));
}
/** Replaces one file atomically with the default writer. */
export async function writeAtomic(target, content, writer = fileWriter) {
    await fs.mkdir(path.dirname(target), { recursive: true });
    const staged = await writer.stage(target, content);
    try {
        await staged.commit();
    }
    finally {
        await staged.discard();
    }
}
/** Removes leftover temp files of killed runs in `dir` (call with the generate lock held). Returns the names removed. */
export async function sweepTempFiles(dir) {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    const stale = entries.filter((e) => e.isFile() && TEMP_FILE.test(e.name)).map((e) => e.name).sort();
    for (const name of stale)
        await fs.rm(path.join(dir, name), { force: true });
    return stale;
}
