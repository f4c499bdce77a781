/** Wording shared by the replication model's event descriptions and the widget. */
import type { ClientAction, NodeIndex, Session } from './types';

/** "the primary", "replica 2". */
export function nodeName(node: NodeIndex): string {
  return node === 0 ? 'the primary' : `replica ${node}`;
}

/** The same, capitalised at the start of a sentence. */
export function NodeName(node: NodeIndex): string {
  const name = nodeName(node);
  return `${name[0]?.toUpperCase()}${name.slice(1)}`;
}

/** "You" or "Another user". */
export function sessionName(session: Session): string {
  return session === 'you' ? 'You' : 'Another user';
}

/** "your" or "the other user’s". */
export function sessionPossessive(session: Session): string {
  return session === 'you' ? 'your' : 'the other user’s';
}

/** "1 ms", "1,200 ms". */
export function ms(n: number): string {
  return `${n.toLocaleString('en-US')} ms`;
}

/** "write x = 5" or "read x", for lists and labels. */
export function actionText(action: ClientAction): string {
  return action.kind === 'write' ? `write ${action.key} = ${action.value}` : `read ${action.key}`;
}

/** "LSN 3". */
export function lsnText(lsn: number): string {
  return `LSN ${lsn}`;
}

/** "LSN 3", "LSNs 3 and 4", "LSNs 3, 4 and 5". */
export function lsnList(lsns: readonly number[]): string {
  if (lsns.length === 1) return `LSN ${lsns[0]}`;
  return `LSNs ${lsns.slice(0, -1).join(', ')} and ${lsns[lsns.length - 1]}`;
}
