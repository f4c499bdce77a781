// Factor 4: a 12-month projection, compared with the thresholds in force (thresholds.ts, the course's labelled
// planning assumptions), ending in a scale tier (scale-tier.ts).

import type { AdvisorContext } from './context';
import { formatCount, formatFactor, formatPercent } from './format';
import { WRITE_CEILING_RANGE } from './thresholds';
import type { TraceEntry } from './types';

/** The '12-month scale' trace entry: it states the projected peak. */
export function scaleTrace(ctx: AdvisorContext): TraceEntry {
  const { assumptions: a, projection: p } = ctx;
  const parts = [`peak reaches ${formatCount(p.writesPerSecond)} writes/s and ${formatCount(p.readsPerSecond)} reads/s`];
  if (p.dataGb !== null) parts.push(`data about ${formatCount(p.dataGb)} GB`);
  if (p.ingestGbPerDay !== null) parts.push(`ingest about ${formatCount(p.ingestGbPerDay)} GB/day${p.ingestEstimated ? ' (estimated from writes)' : ''}`);
  if (p.vectors !== null) parts.push(`${formatCount(p.vectors)} vectors`);
  if (p.documents !== null) parts.push(`${formatCount(p.documents)} searchable documents${p.documentsEstimated ? ' (estimated from data size)' : ''}`);
  const finding = `At ${formatPercent(a.monthlyGrowthRate)} a month (${formatFactor(p.growthFactor)} over 12 months), ${parts.join('; ')}.`;

  const ceiling = `${formatCount(a.writeCeilingPerSecond)} writes/s single-primary ceiling`;
  const sources = `the course's planning assumption, planning range ${formatCount(WRITE_CEILING_RANGE.low)}–${formatCount(WRITE_CEILING_RANGE.high)}`;
  let effect: string;
  if (ctx.tier === 3) {
    const heavy = ctx.writeHeavy ? ` and the ${formatCount(a.writeHeavyPerSecond)} writes/s write-heavy line` : '';
    effect = `Above the ${ceiling} (${sources})${heavy}: writes must be spread over several nodes. Scale tier 3.`;
  } else {
    const share = `${formatPercent(p.writesPerSecond / a.writeCeilingPerSecond)} of the ${ceiling} (${sources})`;
    effect =
      ctx.tier === 2
        ? `Writes fit one primary at ${share}, but reads pass the ${formatCount(a.singleNodeReadsPerSecond)} reads/s one node serves: replicas and caching. Scale tier 2.`
        : `One node handles it: writes at ${share} and reads within ${formatCount(a.singleNodeReadsPerSecond)} reads/s. Scale tier 1, where distributed stores would be premature.`;
  }
  return { factor: '12-month scale', finding, effect };
}
