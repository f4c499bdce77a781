'use client';

import { nodeName, seconds, skewText, versionName } from '@/lib/instruments/quorum-simulator/text';
import type { NodeState, StepResult } from '@/lib/instruments/quorum-simulator/types';

/** What a node did in the step on screen, in a few words, and whether that was good news, bad news or neither. */
function roleInStep(step: StepResult | undefined, node: number, n: number): { text: string; tone: 'ok' | 'bad' | 'warn' | 'plain' } | null {
  if (!step) return null;
  const parts: string[] = [];
  let tone: 'ok' | 'bad' | 'warn' | 'plain' = 'plain';
  if (step.coordinator === node) parts.push('coordinator');
  const asked = step.contacted.includes(node);
  const answered = step.answered.includes(node);
  if (step.op.kind === 'write' && asked) {
    if (step.write?.overruledOn.includes(node)) {
      parts.push('acknowledged, kept its later timestamp');
      tone = 'warn';
    } else if (answered) {
      const standInFor = node >= n ? step.write?.hints.find((h) => h.holder === node)?.target : undefined;
      parts.push(standInFor === undefined ? 'acknowledged' : `acknowledged, holds it as a hint for ${nodeName(standInFor)}`);
      tone = 'ok';
    } else {
      parts.push('no answer');
      tone = 'bad';
    }
  }
  if (step.op.kind === 'read' && asked) {
    const answer = step.read?.answers.find((a) => a.node === node);
    if (answer) {
      parts.push(`answered ${answer.version ? versionName(answer.version) : 'nothing'}`);
      tone = 'ok';
    } else {
      parts.push('no answer');
      tone = 'bad';
    }
  }
  if (step.op.kind === 'repair' && answered) parts.push('compared in the repair');
  for (const change of step.repairs) {
    if (change.node === node) {
      parts.push(`${change.via === 'hint' ? 'hint delivered' : change.via === 'read-repair' ? 'read repair' : 'repaired'}: now ${versionName(change.to)}`);
      tone = 'ok';
    }
    if (change.via === 'hint' && change.holder === node) parts.push(`handed its hint to ${nodeName(change.node)}`);
  }
  const kept = (step.write?.hints ?? []).filter((h) => h.holder === node && node === step.coordinator);
  if (kept.length) parts.push(`keeps ${kept.length === 1 ? 'a hint' : 'hints'} for ${kept.map((h) => nodeName(h.target)).join(', ')}`);
  return parts.length ? { text: parts.join('; '), tone } : null;
}

/**
 * The nodes at one step: each node's state (up, crashed or cut off), the version it serves, the hints it holds,
 * its clock, and what it did in the step on screen. A list of cards rather than a drawing, so it reads the same
 * to a screen reader and wraps at any width.
 */
export function QuorumNodes({ n, nodes, step, skewMs }: { n: number; nodes: readonly NodeState[]; step: StepResult | undefined; skewMs: readonly number[] }) {
  return (
    <ol className="viz-qs-nodes" aria-label="Nodes at this step">
      {nodes.map((node, i) => {
        const role = roleInStep(step, i, n);
        const status = node.down ? 'crashed' : node.cut ? 'cut off' : 'up';
        return (
          <li key={i} className={`viz-qs-node${i >= n ? ' is-stand-in' : ''}${node.down ? ' is-down' : ''}${node.cut ? ' is-cut' : ''}${role ? ' is-active' : ''}`}>
            <p className="viz-qs-node-head">
              <span className="viz-qs-node-name">{nodeName(i)}</span>
              <span className="viz-qs-node-kind">{i < n ? 'replica' : 'stand-in'}</span>
              <span className={`viz-qs-status is-${status.replace(' ', '-')}`}>{status}</span>
            </p>
            <p className="viz-qs-version">
              {node.version ? (
                <>
                  <strong>{versionName(node.version)}</strong> <span className="viz-qs-muted">ts {seconds(node.version.timestamp)}</span>
                </>
              ) : (
                <span className="viz-qs-muted">{i < n ? 'no value yet' : 'holds nothing'}</span>
              )}
            </p>
            {node.hints.length > 0 && (
              <p className="viz-qs-hints">
                Hints: {node.hints.map((h) => `${versionName(h.version)} for ${nodeName(h.target)}`).join(', ')}
              </p>
            )}
            {skewMs[i] !== 0 && <p className="viz-qs-muted viz-qs-small">Clock {skewText(skewMs[i] ?? 0)}</p>}
            {role && <p className={`viz-qs-role is-${role.tone}`}>{role.text}</p>}
          </li>
        );
      })}
    </ol>
  );
}
