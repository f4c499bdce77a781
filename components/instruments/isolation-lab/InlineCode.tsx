import { Fragment } from 'react';

/**
 * Text with `backticked` parts shown as code. React text only: nothing is parsed as HTML. A backtick with
 * no partner (SQL or an error message quoted in the text can hold one) stays as it is.
 */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split('`');
  if (parts.length % 2 === 0) parts.splice(-2, 2, `${parts.at(-2) ?? ''}\`${parts.at(-1) ?? ''}`);
  return parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>));
}
