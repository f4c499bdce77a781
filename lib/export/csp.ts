import { createHash } from 'node:crypto';

/**
 * A Content-Security-Policy that a static page can carry in a <meta> tag. Scripts run only from the
 * site itself or, for the inline ones the page was built with (the theme script and Next's payload
 * scripts), when their SHA-256 hash is listed; nothing injected later can run. WebAssembly (search
 * index, in-browser PostgreSQL) may compile; nothing may eval. Styles allow inline attributes, which
 * React's server-rendered `style` props and the diagrams' SVG need.
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[]): string {
  const scripts = ["'self'", ...[...new Set(inlineScriptHashes)].sort().map((hash) => `'${hash}'`), "'wasm-unsafe-eval'"];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob: data:",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The `sha256-…` source of every inline script in `html` (scripts with a src have no inline body to hash). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    if (/\stype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) continue; // data, not script
    hashes.push(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return hashes;
}

/**
 * Puts the policy for `html`'s own inline scripts into its <head>, straight after the charset (a meta
 * policy covers only what follows it, so it must come before any script). Replaces a policy added by
 * an earlier run, so running twice changes nothing.
 */
export function withContentSecurityPolicy(html: string): string {
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/i, '');
  const policy = contentSecurityPolicy(inlineScriptHashes(cleaned));
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const charset = /<meta charSet="utf-8"\/?>/i.exec(cleaned);
  if (charset) return cleaned.slice(0, charset.index + charset[0].length) + tag + cleaned.slice(charset.index + charset[0].length);
  const head = /<head[^>]*>/i.exec(cleaned);
  if (!head) throw new Error('page has no <head> to carry its Content-Security-Policy');
  return cleaned.slice(0, head.index + head[0].length) + tag + cleaned.slice(head.index + head[0].length);
}
