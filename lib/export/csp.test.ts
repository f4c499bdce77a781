import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, withContentSecurityPolicy } from './csp';

const sha = (body: string) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
const PAGE =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/a.js" async=""></script><script>theme()</script></head>' +
  '<body><script>self.__next_f.push([1,"x"])</script><script type="application/ld+json">{"a":1}</script></body></html>';

describe('inline script hashes', () => {
  it('hashes each inline script body exactly, skipping scripts with a src and JSON data blocks', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([sha('theme()'), sha('self.__next_f.push([1,"x"])')]);
  });
  it('hashes an empty inline script too (the browser checks it like any other)', () => {
    expect(inlineScriptHashes('<script></script>')).toEqual([sha('')]);
  });
});

describe('the policy', () => {
  it('allows the site, the listed hashes and WebAssembly, and never eval or inline code at large', () => {
    const policy = contentSecurityPolicy(['sha256-b', 'sha256-a', 'sha256-a']);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'sha256-a' 'sha256-b' 'wasm-unsafe-eval'");
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
  });
});

describe('putting the policy into a page', () => {
  it('goes straight after the charset, before any script, and lists that page’s inline scripts', () => {
    const html = withContentSecurityPolicy(PAGE);
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('charSet'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`'${sha('theme()')}'`);
    expect(html).toContain(`'${sha('self.__next_f.push([1,"x"])')}'`);
  });
  it('is idempotent: a second run replaces the first policy', () => {
    const once = withContentSecurityPolicy(PAGE);
    expect(withContentSecurityPolicy(once)).toBe(once);
    expect(once.match(/Content-Security-Policy/g)).toHaveLength(1);
  });
  it('falls back to the start of <head> without a charset, and refuses a page without a head', () => {
    expect(withContentSecurityPolicy('<html><head><script>x()</script></head></html>')).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy"/);
    expect(() => withContentSecurityPolicy('<p>no head</p>')).toThrow(/no <head>/);
  });
});
