'use client';

import { AXIS_HEIGHT, BAR_HEIGHT, clockAxis, DRAWING_WIDTH, drawingHeight, laneY, MIN_DRAWING_PX } from '@/lib/instruments/history-checker/layout';
import type { SearchStep } from '@/lib/instruments/history-checker/steps';
import { operationLabel, operationText } from '@/lib/instruments/history-checker/text';
import type { Model, Operation } from '@/lib/instruments/history-checker/types';

/**
 * The history as lanes, one per client, the clock running right: each operation a bar from its invoke to its
 * response. The step on screen numbers the operations placed so far in the order the search chose; for a
 * linearization each also gets a diamond where it takes effect. At a dead end, the operations that cannot come
 * next are outlined and crossed. Marks carry numbers and symbols, so nothing depends on colour alone; screen
 * readers get the caption and the list of steps instead.
 */
export function HistoryTimeline({ history, step, model }: { history: readonly Operation[]; step: SearchStep; model: Model }) {
  const clients = Math.max(2, ...history.map((op) => op.client));
  const lanes = Array.from({ length: clients }, (_, i) => i + 1);
  const axis = clockAxis(Math.max(...history.map((op) => op.response)));
  const { x } = axis;
  const height = drawingHeight(lanes.length);
  const position = new Map(step.placed.map((op, k) => [op, k]));
  const blocked = new Set((step.blockers ?? []).map((b) => b.op));

  return (
    <svg
      className="viz-hc"
      viewBox={`0 0 ${DRAWING_WIDTH} ${height}`}
      style={{ width: '100%', minWidth: MIN_DRAWING_PX, height: 'auto' }}
      role="img"
      aria-label={`Timeline of ${history.length} operations by ${clients} clients, from time 0 to ${axis.end}: ${step.placed.length} placed in ${model === 'linearizable' ? 'the linearization' : 'the sequential order'} so far. The steps are listed in words below.`}
    >
      {axis.ticks.map((t) => (
        <g key={t}>
          <line className="viz-hc-grid" x1={x(t)} x2={x(t)} y1={AXIS_HEIGHT - 4} y2={height - 6} />
          <text className="viz-hc-tick" x={x(t)} y={AXIS_HEIGHT - 10} textAnchor="middle">
            {t}
          </text>
        </g>
      ))}
      {lanes.map((client) => {
        const y = laneY(client - 1);
        return (
          <g key={client}>
            <line className="viz-hc-lane" x1={x(0)} x2={x(axis.end)} y1={y} y2={y} />
            <text className="viz-hc-lane-name" x={8} y={y + 4}>
              Client {client}
            </text>
          </g>
        );
      })}
      {history.map((op, i) => {
        const y = laneY(op.client - 1);
        const left = x(op.invoke);
        const right = x(op.response);
        const k = position.get(i);
        const isCurrent = step.current === i;
        const isBlocked = blocked.has(i);
        const point = k === undefined ? undefined : step.points?.[k];
        const className = ['viz-hc-op', `is-${op.kind}`, k !== undefined ? 'is-placed' : '', isCurrent ? 'is-current' : '', isBlocked ? 'is-blocked' : ''].filter(Boolean).join(' ');
        return (
          <g key={i} className={className}>
            <title>{`Operation ${i + 1}: client ${op.client} ${operationText(op)}, invoked at ${op.invoke}, response at ${op.response}`}</title>
            <rect x={left} y={y - BAR_HEIGHT / 2} width={Math.max(2, right - left)} height={BAR_HEIGHT} rx={3} />
            <line className="viz-hc-end" x1={left} x2={left} y1={y - BAR_HEIGHT / 2 - 3} y2={y + BAR_HEIGHT / 2 + 3} />
            <line className="viz-hc-end" x1={right} x2={right} y1={y - BAR_HEIGHT / 2 - 3} y2={y + BAR_HEIGHT / 2 + 3} />
            <text className="viz-hc-label" x={(left + right) / 2} y={y - BAR_HEIGHT / 2 - 5} textAnchor="middle">
              {`#${i + 1} ${operationLabel(op)}`}
            </text>
            {point !== undefined && <path className="viz-hc-point" d={`M ${x(point)} ${y - 7} L ${x(point) + 7} ${y} L ${x(point)} ${y + 7} L ${x(point) - 7} ${y} Z`} />}
            {k !== undefined && (
              <text className="viz-hc-order" x={point === undefined ? left + 10 : x(point)} y={y + BAR_HEIGHT / 2 + 13} textAnchor="middle">
                {k + 1}
              </text>
            )}
            {isBlocked && (
              <text className="viz-hc-cross" x={(left + right) / 2} y={y + 4} textAnchor="middle">
                ✗
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
