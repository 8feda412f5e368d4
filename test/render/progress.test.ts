import { describe, expect, it } from 'vitest';
import { createProgressLine, type RenderProgress } from '../../generators/render/index.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 80, write: (chunk: string) => writes.push(chunk) > 0 } };
}

const step = (done: number, total: number): RenderProgress => ({ done, total, current: `d${done}.mmd`, ratePerSec: 12.34 });

describe('createProgressLine', () => {
  it('draws one updating line on a TTY for more than 5 diagrams, then clears it', () => {
    const { writes, stream } = fakeStream(true);
    const line = createProgressLine({ stream, env: {} });
    line.onProgress(step(1, 6));
    line.onProgress(step(2, 6));
    line.finish();
    expect(writes).toEqual([
      '\r\x1b[2KRendering diagrams 1/6 (12.3/s) d1.mmd',
      '\r\x1b[2KRendering diagrams 2/6 (12.3/s) d2.mmd',
      '\r\x1b[2K',
    ]);
  });

  it('prints nothing for 5 diagrams or fewer, when CI is set, or off a TTY', () => {
    const cases = [
      { tty: true, env: {}, total: 5 },
      { tty: true, env: { CI: 'true' }, total: 40 },
      { tty: false, env: {}, total: 40 },
    ];
    for (const { tty, env, total } of cases) {
      const { writes, stream } = fakeStream(tty);
      const line = createProgressLine({ stream, env });
      line.onProgress(step(1, total));
      line.finish();
      expect(writes).toEqual([]);
    }
  });
});
