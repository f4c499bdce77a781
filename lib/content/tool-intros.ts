import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BodyRenderer } from './body-segments';
import { compileStandalonePage } from './compile-page';
import { ContentError } from './schema';

/**
 * Compiles each instrument's introduction (content/tools/<slug>.md, shown on its page above the instrument),
 * one for every slug and none without one: a missing intro or a stray file fails the build.
 */
export async function compileToolIntros(contentDir: string, slugs: readonly string[], renderBody: BodyRenderer): Promise<Record<string, string>> {
  const dir = path.join(contentDir, 'tools');
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')) : [];
  const stray = files.map((name) => name.slice(0, -3)).filter((slug) => !slugs.includes(slug));
  if (stray.length) throw new ContentError('content/tools', `no instrument in lib/instruments/registry.ts is called ${stray.join(', ')}`);
  const intros: Record<string, string> = {};
  for (const slug of slugs) {
    const relative = `content/tools/${slug}.md`;
    if (!files.includes(`${slug}.md`)) throw new ContentError(relative, 'every instrument needs an introduction for its page: write this file');
    intros[slug] = await compileStandalonePage(path.join(dir, `${slug}.md`), relative, renderBody);
  }
  return intros;
}
