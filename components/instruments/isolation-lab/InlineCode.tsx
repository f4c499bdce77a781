import { Fragment } from 'react';

/** Text with `backticked` parts shown as code. React text only: nothing is parsed as HTML. */
export function InlineCode({ text }: { text: string }) {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>));
}
