import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderLessonBody } from '@/components/mdx/render-body';
import { compileToolIntros } from './tool-intros';

function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dfg-tools-'));
  mkdirSync(path.join(dir, 'tools'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'tools', name), text);
  return dir;
}

describe('compileToolIntros', () => {
  it('compiles one introduction per instrument, links included', async () => {
    const dir = contentWith({ 'storage.md': 'See [the lesson](/lessons/capacity-estimation/).' });
    const intros = await compileToolIntros(dir, ['storage'], renderLessonBody);
    expect(intros.storage).toContain('<a href="/lessons/capacity-estimation/">the lesson</a>');
  });

  it('fails the build for an instrument without one, and for one no instrument owns', async () => {
    await expect(compileToolIntros(contentWith({}), ['storage'], renderLessonBody)).rejects.toThrow(/content\/tools\/storage\.md: every instrument needs/);
    await expect(compileToolIntros(contentWith({ 'storage.md': 'x', 'old.md': 'y' }), ['storage'], renderLessonBody)).rejects.toThrow(/called old/);
  });
});

describe('the course', () => {
  it('has an introduction for every instrument in the registry', async () => {
    const { INSTRUMENTS } = await import('@/lib/instruments/registry');
    const intros = await compileToolIntros(path.join(process.cwd(), 'content'), INSTRUMENTS.map((i) => i.slug), renderLessonBody);
    expect(Object.keys(intros)).toHaveLength(INSTRUMENTS.length);
  });
});
