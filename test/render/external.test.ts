/**
 * The scan every rendered SVG passes before it is written: it finds what the
 * SVG would load or run when opened, and lets through what loads nothing.
 */
import { describe, expect, it } from 'vitest';
import { externalReferences } from '../../generators/render/external.js';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${body}</svg>`;

describe('externalReferences', () => {
  it('finds external resources', () => {
    expect(externalReferences(svg('<style>@import "https://x.example/a.css"; .a{fill:url(https://x.example/f.svg#g)}</style>'))).toEqual([
      'url(https://x.example/f.svg#g)',
      '@import "https://x.example/a.css"',
    ]);
    expect(externalReferences(svg('<image href="//x.example/a.png"/><use xlink:href="http://x.example/s.svg#i"/>'))).toHaveLength(2);
  });

  it('finds script: elements, handler attributes and javascript: links', () => {
    expect(externalReferences(svg('<script>alert(1)</script>'))).toEqual(['<script>']);
    expect(externalReferences(svg('<g onload="alert(1)"><rect/></g>'))).toEqual(['<g onload="alert(1)"']);
    expect(externalReferences(svg('<a href="javascript:alert(1)"><text>x</text></a>'))).toEqual(['<a href="javascript:alert(1)']);
    expect(externalReferences(svg("<a xlink:href=' JavaScript:void(0)'>x</a>"))).toHaveLength(1);
  });

  it('lets through what loads and runs nothing, label text included', () => {
    const clean = svg(
      '<defs><marker id="m"/></defs><path marker-end="url(#m)" style="fill:url(data:image/png;base64,AAAA)"/>' +
        '<path marker-end="url(about://blank#m)"/><a href="https://docs.example/page"><text>link</text></a>' +
        '<text>onload="x" and javascript:alert(1) and &lt;script&gt; are only words here</text>',
    );
    expect(externalReferences(clean)).toEqual([]);
  });
});
