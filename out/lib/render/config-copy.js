/**
 * A faster drop-in for mermaid's `assignWithDepth`, the deep merge behind
 * `getConfig()`. Mermaid copies its whole configuration (every diagram
 * type's settings and the theme) on each `getConfig()` call: one generated
 * sequence diagram makes ~5 800 `assignWithDepth` calls over ~106 000 keys,
 * and each new key goes through `Object.defineProperty`, which V8 runs far
 * slower than a plain assignment. A CPU profile of a warm page put half of
 * the render time there; with this copy a render takes ~28% less.
 *
 * The replacement has the same semantics, branch for branch: it still
 * snapshots `Object.entries(src)`, recurses the same way and uses
 * `defineProperty` wherever plain assignment could differ (a `__proto__`
 * key, a target that is not extensible, or one whose prototype is not
 * `Object.prototype` or `null`, where an inherited setter or read-only
 * property could intercept). It assumes what holds in mermaid's page: no
 * Proxy targets, and no setter or read-only property on `Object.prototype`
 * besides `__proto__`. The property test in test/render/config-copy.test.ts
 * runs it against mermaid's own function, taken from the installed bundle,
 * on random inputs, cycles and prototype-swapping getters included.
 *
 * Like the counter resets (state.ts), it is appended to the mermaid module
 * that declares the function, when the page loads it; mermaid's code is
 * otherwise unchanged. If a mermaid upgrade renames the function the patch
 * does not apply, output stays right, and a test fails so it gets updated.
 */
/** Page-side source of the replacement: a function expression. */
export const FAST_ASSIGN_WITH_DEPTH = `function assignWithDepthFast(dst, src, { depth = 2 } = {}) {
  const config = { depth };
  if (Array.isArray(src) && !Array.isArray(dst)) {
    src.forEach((s) => assignWithDepthFast(dst, s, config));
    return dst;
  } else if (Array.isArray(src) && Array.isArray(dst)) {
    src.forEach((s) => {
      if (!dst.includes(s)) dst.push(s);
    });
    return dst;
  }
  if (dst === undefined || dst === null || depth <= 0) {
    if (dst !== undefined && dst !== null && typeof dst === 'object' && typeof src === 'object') {
      return Object.assign(dst, src);
    }
    return src;
  }
  if (src !== undefined && src !== null && typeof dst === 'object' && typeof src === 'object') {
    // Plain assignment adds the same property as defineProperty unless the
    // key is __proto__, the target is not extensible (the error message
    // differs), or the prototype, read afresh as a getter may swap it, is
    // not Object.prototype or null (an inherited setter or read-only property).
    const define = (key, value) => {
      const proto = Object.getPrototypeOf(dst);
      if (key !== '__proto__' && (proto === Object.prototype || proto === null) && Object.isExtensible(dst)) dst[key] = value;
      else Object.defineProperty(dst, key, { value, writable: true, enumerable: true, configurable: true });
    };
    const entries = Object.entries(src);
    for (let i = 0; i < entries.length; i++) {
      const key = entries[i][0];
      const srcValue = entries[i][1];
      if (typeof srcValue === 'object') {
        if (srcValue === null) continue;
        if (!Object.hasOwn(dst, key)) define(key, undefined);
        if (dst[key] === undefined) dst[key] = Array.isArray(srcValue) ? [] : {};
        if (typeof dst[key] === 'object') dst[key] = assignWithDepthFast(dst[key], srcValue, { depth: depth - 1 });
      } else if (typeof dst[key] !== 'object') {
        if (Object.hasOwn(dst, key)) dst[key] = srcValue;
        else define(key, srcValue);
      }
    }
  }
  return dst;
}`;
// The binding every caller goes through (mermaid's other modules import it,
// and getConfig reads it); only the function's own recursion does not.
const TARGET = /^var assignWithDepth_default = assignWithDepth;$/m;
/** Whether `source` is the mermaid module that {@link withFastConfigCopy} patches. */
export function declaresAssignWithDepth(source) {
    return TARGET.test(source);
}
/** `source` with `assignWithDepth_default` rebound to the fast copy (unchanged elsewhere). */
export function withFastConfigCopy(source) {
    if (!declaresAssignWithDepth(source))
        return source;
    return `${source}\n;assignWithDepth_default = ${FAST_ASSIGN_WITH_DEPTH};\n`;
}
