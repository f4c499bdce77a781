'use client';

import { useMemo } from 'react';
import { compareEngines, describeOutcome } from '@/lib/isolation/lab/compare';
import type { ScenarioInput } from '@/lib/isolation/engine/types';
import { InlineCode } from './InlineCode';

/**
 * "Compare engines": the lab's script run on the PostgreSQL engine and on the InnoDB model (MySQL, MariaDB),
 * one row per step, with the steps whose outcomes differ marked in words and explained in a sentence.
 */
export function EngineComparison({ input, headingLevel }: { input: ScenarioInput; headingLevel: number }) {
  const comparison = useMemo(() => compareEngines(input), [input]);
  const Heading = `h${Math.min(headingLevel, 6)}` as 'h3' | 'h4';
  const n = comparison.differing;
  return (
    <section className="mt-6" aria-label="PostgreSQL and InnoDB compared">
      <Heading className="lab-label">PostgreSQL and InnoDB, step by step</Heading>
      <p className="mt-1">
        {n === 0
          ? 'Both engines do the same thing at every step of this script.'
          : `${n} ${n === 1 ? 'step differs' : 'steps differ'} between PostgreSQL and InnoDB (MySQL, MariaDB; the model is checked against MariaDB 10.11).`}{' '}
        The InnoDB side runs the same script with each <InlineCode text="`BEGIN ISOLATION LEVEL …`" /> written as{' '}
        <InlineCode text="`SET TRANSACTION ISOLATION LEVEL …`" /> and <InlineCode text="`START TRANSACTION`" />.
      </p>
      <ol className="mt-3 space-y-2">
        {comparison.steps.map((s) => (
          <li
            key={s.index}
            data-differs={s.differs ? 'true' : 'false'}
            className={s.differs ? 'border-l-4 border-current pl-3' : 'border-l-4 border-transparent pl-3'}
          >
            <p>
              <span className="font-semibold">
                {s.index + 1}. {s.session}: <InlineCode text={`\`${s.sql}\``} />
              </span>
              {s.differs ? <strong> — differs</strong> : <span> — same on both</span>}
            </p>
            {s.differs ? (
              <p>
                PostgreSQL {describeOutcome(s.postgresql)}; InnoDB {describeOutcome(s.innodb)}.
              </p>
            ) : (
              <p>Both engines: {describeOutcome(s.postgresql)}.</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
