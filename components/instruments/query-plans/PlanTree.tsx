import { nodeTitle, type PlanNode } from '@/lib/instruments/query-plans/explain';
import { estimateNote, msText, summarizeNode } from '@/lib/instruments/query-plans/summary';

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function Facts({ node }: { node: PlanNode }) {
  const facts: [string, string][] = [];
  if (node.indexCondition) facts.push(['Index condition', node.indexCondition]);
  if (node.recheckCondition) facts.push(['Recheck condition', node.recheckCondition]);
  if (node.filter) facts.push(['Filter', node.filter]);
  if (node.rowsRemovedByFilter !== null) facts.push(['Rows removed by filter', `${COUNT.format(node.rowsRemovedByFilter)}${node.loops > 1 ? ' per loop' : ''}`]);
  facts.push(['Rows, estimated → actual', `${COUNT.format(node.estimatedRows)} → ${COUNT.format(node.actualRows)}${node.loops > 1 ? ` per loop × ${COUNT.format(node.loops)} loops` : ''}`]);
  facts.push(['Time to first → last row', `${msText(node.actualStartupMs)} → ${msText(node.actualTotalMs)}${node.loops > 1 ? ' per loop' : ''}`]);
  if (node.buffers) facts.push(['Pages', `${COUNT.format(node.buffers.sharedHit)} from cache, ${COUNT.format(node.buffers.sharedRead)} read`]);
  if (node.heapFetches !== null) facts.push(['Heap fetches', COUNT.format(node.heapFetches)]);
  return (
    <dl className="qp-facts">
      {facts.map(([term, value]) => (
        <div key={term} className="qp-fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function NodeItem({ node, belowLimit }: { node: PlanNode; belowLimit: boolean }) {
  const note = estimateNote(node, belowLimit);
  const childBelowLimit = belowLimit || node.nodeType === 'Limit';
  return (
    <li className="qp-node">
      <p className="qp-node-title">
        <code>{nodeTitle(node)}</code>
      </p>
      <p className="qp-node-summary">{summarizeNode(node)}</p>
      {note && <p className="qp-node-warning">{note}</p>}
      <Facts node={node} />
      {node.children.length > 0 && (
        <ol className="qp-tree" aria-label={`Inputs of ${node.nodeType}`}>
          {node.children.map((child, i) => (
            <NodeItem key={i} node={child} belowLimit={childBelowLimit} />
          ))}
        </ol>
      )}
    </li>
  );
}

/** The plan as an indented tree, the root (the node that returns the result) first, its inputs nested under it. */
export function PlanTree({ root, label }: { root: PlanNode; label: string }) {
  return (
    <ol className="qp-tree qp-tree-root" aria-label={label}>
      <NodeItem node={root} belowLimit={false} />
    </ol>
  );
}

