import { describe, expect, it } from 'vitest';
import { renderWithRehypeMermaid } from './diagram-render';

// Draws real diagrams in headless Chromium through rehype-mermaid: the path the build takes.
describe('renderWithRehypeMermaid', () => {
  it('draws valid diagrams to SVG and reports the parse error of an invalid one', async () => {
    const outcomes = await renderWithRehypeMermaid(
      ['flowchart LR\n  A["Client"] --> B["Server"]', 'flowchart LR\n  A -->> --> ]]', 'sequenceDiagram\n  A->>B: hello'],
      'dark',
    );
    expect(outcomes).toHaveLength(3);
    const [flow, broken, sequence] = outcomes;
    expect(flow?.ok && flow.svg).toMatch(/^<svg[^>]*id="mermaid-dark-0"/);
    expect(flow?.ok && flow.svg).toContain('Client');
    expect(broken).toMatchObject({ ok: false, error: expect.stringMatching(/Parse error/) });
    expect(sequence?.ok && sequence.svg).toContain('hello');
  }, 60_000);

  it('keeps edge-label boxes as rects, which mermaid styles (as paths they render black)', async () => {
    const [labelled] = await renderWithRehypeMermaid(['flowchart LR\n  A -->|"writes"| B'], 'light');
    expect(labelled?.ok && labelled.svg).toMatch(/class="edgeLabel"[\s\S]*?<rect/);
  }, 60_000);
});
