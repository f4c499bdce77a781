/**
 * Page benchmark: builds the site, serves the export, and runs Lighthouse (mobile, simulated
 * throttling) on the home page, every lesson, every other page in the sitemap and a bare one-line page of the same app. Prints per
 * page: performance score, LCP, TBT, CLS and JavaScript transferred (gzip), with each page's JS as
 * a ratio to the bare page. Usage: npm run bench:pages [-- --no-build] [-- --runs 3] [-- --lessons]
 *
 * The first row is the framework's floor: scripts/framework-floor, a separate one-page Next.js app with nothing of
 * the course in it (no layout, styles or client components), built here with the same Next.js and React. What this
 * machine scores for that page is what any page of a Next.js site can score on it.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { CompiledCourse } from '../lib/content/course-types';
import { CHROMIUM_ARGS, requireChromium } from '../lib/content/find-chromium';
import { lessonHref } from '../lib/content/routes';
import { startStaticServer } from './static-server';

const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag >= 0 ? Math.max(1, Number(args[runsFlag + 1]) || 1) : 1;
if (!args.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
const FLOOR_APP = 'scripts/framework-floor';
execSync(`npx next build ${FLOOR_APP}`, { stdio: 'inherit' });
const FLOOR = '(framework floor)';

interface PageResult {
  path: string;
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  jsBytes: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const course = JSON.parse(readFileSync('.content/course.json', 'utf8')) as CompiledCourse;
const lessonPages = course.modules.flatMap((m) => m.lessons.map((l) => lessonHref(l.slug)));
// Every other page of the site, from the sitemap the build writes (tools, glossary, exam…); `--lessons` keeps to lessons.
const sitemapPages = [...readFileSync('out/sitemap.xml', 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
const otherPages = args.includes('--lessons') ? [] : sitemapPages.filter((p) => p !== '/' && !lessonPages.includes(p));
const pages = ['/bench/bare/', '/', ...lessonPages, ...otherPages];

const server = await startStaticServer();
const floorServer = await startStaticServer(path.join(FLOOR_APP, 'out'));
const chrome = await chromeLauncher.launch({
  chromePath: requireChromium('The page benchmark'),
  chromeFlags: CHROMIUM_ARGS,
});
const results: PageResult[] = [];
// Lighthouse's BenchmarkIndex of every run: how fast this machine was while measuring (the 4× CPU slowdown assumes
// a desktop-class machine, roughly 1,000–2,000+; a shared machine drifts within that, and the scores with it).
const benchmarkIndexes: number[] = [];
try {
  for (const pagePath of [FLOOR, ...pages]) {
    const samples: PageResult[] = [];
    for (let run = 0; run < runs; run++) {
      const outcome = await lighthouse(pagePath === FLOOR ? `${floorServer.url}/` : `${server.url}${pagePath}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const lhr = outcome?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${pagePath}: ${lhr.runtimeError.message}`);
      benchmarkIndexes.push(lhr.environment.benchmarkIndex);
      const summary = lhr.audits['resource-summary']?.details as { items?: Array<{ resourceType: string; transferSize: number }> } | undefined;
      samples.push({
        path: pagePath,
        score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        jsBytes: summary?.items?.find((item) => item.resourceType === 'script')?.transferSize ?? 0,
      });
    }
    results.push({
      path: pagePath,
      score: median(samples.map((s) => s.score)),
      lcpMs: median(samples.map((s) => s.lcpMs)),
      tbtMs: median(samples.map((s) => s.tbtMs)),
      cls: median(samples.map((s) => s.cls)),
      jsBytes: median(samples.map((s) => s.jsBytes)),
    });
  }
} finally {
  await chrome.kill();
  await server.close();
  await floorServer.close();
}

const bare = results.find((r) => r.path === '/bench/bare/')!;
const mermaidFiles = filesUnder('out/_next/static').filter((f) => f.endsWith('.js') && /mermaidAPI|flowchart-v2/.test(readFileSync(f, 'utf8')));
console.log(`\nLighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ''}mobile, simulated throttling`);
console.log('page                                     perf   LCP (s)  TBT (ms)   CLS     JS (KB gz)  JS ÷ bare');
for (const r of results) {
  console.log(
    [
      r.path.padEnd(40),
      String(r.score).padStart(4),
      (r.lcpMs / 1000).toFixed(2).padStart(9),
      Math.round(r.tbtMs).toString().padStart(9),
      r.cls.toFixed(3).padStart(7),
      (r.jsBytes / 1024).toFixed(1).padStart(12),
      (bare.jsBytes ? r.jsBytes / bare.jsBytes : 0).toFixed(2).padStart(10),
    ].join(' '),
  );
}
const indexes = [...benchmarkIndexes].sort((a, b) => a - b);
console.log(
  `\nMachine speed while measuring (Lighthouse BenchmarkIndex, higher is faster): median ${Math.round(median(indexes))}, ` +
    `range ${Math.round(indexes[0] ?? NaN)}–${Math.round(indexes.at(-1) ?? NaN)} over ${indexes.length} runs.`,
);
console.log(`\nmermaid JavaScript in the export: ${mermaidFiles.length === 0 ? 'none' : mermaidFiles.join(', ')}`);
console.log('targets: performance ≥ 98 on every page; lessons without widgets ≤ 1.25× the bare page JS; no mermaid JS');
console.log(`${FLOOR} is a one-page Next.js app with nothing of the course in it (${FLOOR_APP}): what Next.js and React alone cost on this machine.`);
