import { describe, expect, it } from 'vitest';
import { embeddedSourceHash, sourceHash, withSourceHash } from '../../generators/render/index.js';

const svg = '<svg id="d" xmlns="http://www.w3.org/2000/svg"><g><text>x</text></g></svg>';

describe('source hashes', () => {
  it('hashes the UTF-8 bytes of the source', () => {
    expect(sourceHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sourceHash('ü')).toBe(sourceHash(Buffer.from('ü', 'utf8')));
  });

  it('embeds the hash right after the opening tag and reads it back', () => {
    const hash = sourceHash('sequenceDiagram\n');
    const stamped = withSourceHash(svg, hash);
    expect(stamped).toBe(`<svg id="d" xmlns="http://www.w3.org/2000/svg"><!-- docflow:source-sha256=${hash} --><g><text>x</text></g></svg>`);
    expect(embeddedSourceHash(stamped)).toBe(hash);
  });

  it('replaces an existing hash instead of adding a second one', () => {
    const restamped = withSourceHash(withSourceHash(svg, sourceHash('old')), sourceHash('new'));
    expect(embeddedSourceHash(restamped)).toBe(sourceHash('new'));
    expect(restamped.match(/docflow:source-sha256/g)).toHaveLength(1);
  });

  it('finds no hash in SVGs without one, or with one elsewhere', () => {
    expect(embeddedSourceHash(svg)).toBeNull();
    expect(embeddedSourceHash('')).toBeNull();
    const elsewhere = svg.replace('<text>', `<text><!-- docflow:source-sha256=${sourceHash('x')} -->`);
    expect(embeddedSourceHash(elsewhere)).toBeNull();
  });
});
