'use client';

import { useId, useMemo, type ReactNode } from 'react';
import { eventLabels, layoutLanes, type LabelTone } from '@/lib/instruments/replication/labels';
import { AXIS_HEIGHT, DRAWING_WIDTH, MIN_DRAWING_PX, timeAxis } from '@/lib/instruments/replication/layout';
import type { ReplicationEvent, ReplicationResult, ReplicationScenario } from '@/lib/instruments/replication/types';

const TONE_CLASS: Record<LabelTone, string> = { plain: '', ok: ' viz-rep-ok-text', bad: ' viz-rep-bad-text', muted: ' viz-rep-muted' };

/**
 * The timeline as lanes: the primary on top, one lane per replica, time to the right. Only the first `shown`
 * events are drawn, the current one ringed, with a line at the current moment. WAL shipping is a solid
 * arrow, a standby's confirmation a dashed one; reads carry an icon and a word (fresh, stale, failed), so
 * nothing depends on colour alone. Screen readers get the caption, the event list and the tables instead.
 */
export function ReplicationLanes({ scenario, result, shown, now }: { scenario: ReplicationScenario; result: ReplicationResult; shown: number; now: number }) {
  const markerId = `rep-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const lanes = [0, ...scenario.lags.map((_, i) => i + 1)];
  const lastAction = Math.max(0, ...scenario.actions.map((a) => a.at));
  const axis = useMemo(() => timeAxis(Math.max(result.endTime, lastAction, scenario.crashAt ?? 0)), [result.endTime, lastAction, scenario.crashAt]);
  const { x } = axis;
  // Laid out from every event, so labels already drawn stay put as the steps go on; lanes grow to hold their rows.
  const layout = useMemo(() => layoutLanes(eventLabels(scenario, result), lanes.length, axis), [scenario, result, lanes.length, axis]);
  const laneY = (node: number) => layout.y[node] ?? 0;
  const spot = (event: ReplicationEvent) => ({ x: x(event.time), y: laneY(event.node) });
  const events = result.events.slice(0, shown);
  const current = shown > 0 ? events[shown - 1] : undefined;
  const crash = events.find((e) => e.kind === 'crash');
  const promote = events.find((e) => e.kind === 'promote');
  const height = layout.height;
  const actionAt = (e: ReplicationEvent) => (e.action === null ? e.time : (scenario.actions[e.action]?.at ?? e.time));

  const shapes: ReactNode[] = [];

  events.forEach((e, i) => {
    const p = spot(e);
    switch (e.kind) {
      case 'write-flush':
        shapes.push(<rect key={i} className="viz-rep-write" x={p.x - 5} y={p.y - 5} width={10} height={10} />);
        break;
      case 'write-ack': {
        const from = x(actionAt(e));
        shapes.push(<line key={`${i}b`} className="viz-rep-latency" x1={from} x2={p.x} y1={p.y + 8} y2={p.y + 8} />);
        shapes.push(<text key={i} className="viz-rep-icon viz-rep-ok-text" x={p.x} y={p.y + 9} textAnchor="middle" dominantBaseline="central">✓</text>);
        break;
      }
      case 'replay':
      case 'confirm': {
        const from = e.from ? { x: x(e.from.time), y: laneY(e.from.node) } : p;
        const up = from.y > p.y;
        shapes.push(
          <line
            key={i}
            className={e.kind === 'replay' ? 'viz-rep-ship' : 'viz-rep-confirm'}
            x1={from.x}
            y1={from.y + (up ? -6 : 6)}
            x2={p.x}
            y2={p.y + (up ? 6 : -6)}
            markerEnd={`url(#${markerId}-${e.kind})`}
          />,
        );
        break;
      }
      case 'read': {
        const read = result.reads.find((r) => r.action === e.action);
        const stale = read?.freshness === 'stale';
        shapes.push(
          <g key={i} className={stale ? 'viz-rep-read is-stale' : 'viz-rep-read is-fresh'}>
            <circle cx={p.x} cy={p.y} r={7.5} />
            <text className="viz-rep-icon" x={p.x} y={p.y + 0.5} textAnchor="middle" dominantBaseline="central">
              {stale ? '✗' : '✓'}
            </text>
          </g>,
        );
        break;
      }
      case 'read-failed':
      case 'write-failed':
      case 'write-blocked':
        shapes.push(
          <text key={i} className="viz-rep-icon viz-rep-bad-text" x={p.x} y={p.y} textAnchor="middle" dominantBaseline="central">
            {e.kind === 'write-blocked' ? '⏸' : '✕'}
          </text>,
        );
        break;
      case 'crash': {
        const top = (layout.top[e.node] ?? 0) + 4;
        const bottom = (layout.bottom[e.node] ?? 0) - 4;
        shapes.push(<rect key={`${i}d`} className="viz-rep-down" x={p.x} y={top} width={Math.max(0, x(axis.end) - p.x)} height={bottom - top} />);
        shapes.push(<line key={i} className="viz-rep-crash" x1={p.x} x2={p.x} y1={top} y2={bottom} />);
        break;
      }
      case 'promote':
        shapes.push(<path key={i} className="viz-rep-promote" d={`M ${p.x - 6} ${p.y + 5} L ${p.x} ${p.y - 6} L ${p.x + 6} ${p.y + 5} Z`} />);
        break;
    }
  });

  const laneName = (lane: number) => {
    if (lane === 0) return { name: 'Primary', detail: crash ? 'crashed' : 'takes writes' };
    const lag = scenario.lags[lane - 1] ?? 0;
    return { name: `Replica ${lane}`, detail: promote?.node === lane ? 'now the primary' : `lag ${lag} ms` };
  };

  return (
    <svg
      className="viz-rep"
      viewBox={`0 0 ${DRAWING_WIDTH} ${height}`}
      style={{ width: '100%', minWidth: MIN_DRAWING_PX, height: 'auto' }}
      role="img"
      aria-label={`Lanes for the primary and ${scenario.lags.length} ${scenario.lags.length === 1 ? 'replica' : 'replicas'}, from 0 to ${axis.end} ms: ${shown} of ${result.events.length} events drawn. The same events are listed in words below.`}
    >
      <defs>
        {(['replay', 'confirm'] as const).map((kind) => (
          <marker key={kind} id={`${markerId}-${kind}`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L8,4 L0,8 z" className={kind === 'replay' ? 'viz-rep-ship-head' : 'viz-rep-confirm-head'} />
          </marker>
        ))}
      </defs>
      {axis.ticks.map((t) => (
        <g key={t}>
          <line className="viz-rep-grid" x1={x(t)} x2={x(t)} y1={AXIS_HEIGHT - 4} y2={height - 6} />
          <text className="viz-rep-tick" x={x(t)} y={AXIS_HEIGHT - 10} textAnchor="middle">
            {t} ms
          </text>
        </g>
      ))}
      {lanes.map((lane) => {
        const y = laneY(lane);
        const { name, detail } = laneName(lane);
        return (
          <g key={lane}>
            <line className={`viz-rep-lane${lane === 0 || promote?.node === lane ? ' is-primary' : ''}`} x1={x(0)} x2={x(axis.end)} y1={y} y2={y} />
            <text className="viz-rep-lane-name" x={8} y={y - 4}>
              {name}
            </text>
            <text className="viz-rep-lane-detail" x={8} y={y + 12}>
              {detail}
            </text>
          </g>
        );
      })}
      {shapes}
      {layout.labels
        .filter((label) => label.event < shown)
        .map((label) => {
          const words = label.early && shown <= label.early.until ? label.early : label;
          return (
            <text
              key={`label-${label.event}`}
              className={`viz-rep-label${TONE_CLASS[words.tone]}${words.strong ? ' viz-rep-strong' : ''}`}
              x={label.x}
              y={label.baseline}
              textAnchor="middle"
            >
              {words.text}
            </text>
          );
        })}
      {current && <circle className="viz-rep-current" cx={x(current.time)} cy={laneY(current.node)} r={13} />}
      <line className="viz-rep-now" x1={x(now)} x2={x(now)} y1={AXIS_HEIGHT - 4} y2={height - 6} />
    </svg>
  );
}
