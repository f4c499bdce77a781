/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import * as advisor from './index';

// Every module in the folder, as text, loaded by Vite (no Node APIs, so this file obeys the rule it checks).
const SOURCES = import.meta.glob<string>(['./*.ts', '!./*.test.ts'], { query: '?raw', import: 'default', eager: true });

describe('lib/advisor public API', () => {
  it('exports the contract functions and data', () => {
    expect(typeof advisor.advise).toBe('function');
    expect(typeof advisor.whyNot).toBe('function');
    expect(typeof advisor.diagnose).toBe('function');
    expect(advisor.DEFAULT_ASSUMPTIONS.writeCeilingPerSecond).toBe(10_000);
    expect(advisor.ADVISOR_PRESETS.length).toBeGreaterThan(10);
    expect(advisor.SYMPTOMS.length).toBeGreaterThan(7);
    expect(new advisor.AdvisorInputError('x', 'm')).toBeInstanceOf(Error);
  });

  it('advises through the barrel exactly as the contract shows', () => {
    const advice = advisor.advise({ consistency: 'strong', peakWritesPerSecond: 10, peakReadsPerSecond: 100, dataModel: 'relational' });
    expect(Object.keys(advice).sort()).toEqual(['addOns', 'alternatives', 'primary', 'trace', 'warnings']);
    expect(Object.keys(advice.primary).sort()).toEqual(['id', 'name', 'why']);
    for (const entry of advice.trace) expect(Object.keys(entry).sort()).toEqual(['effect', 'factor', 'finding']);
  });
});

describe('lib/advisor stays browser-safe', () => {
  it('found the modules to check', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(20);
  });

  it.each(Object.entries(SOURCES))('%s imports no React, DOM, Next or Node modules', (_file, source) => {
    const specifiers = [...source.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1] ?? '');
    for (const specifier of specifiers) {
      expect(specifier, specifier).toMatch(/^\.\.?\//);
      expect(specifier).not.toMatch(/react|next|node:/);
    }
    expect(source).not.toMatch(/\b(window|document|process|globalThis)\.[a-zA-Z]|\brequire\(/);
  });
});
