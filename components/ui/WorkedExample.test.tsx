import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WorkedExample } from './WorkedExample';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('<WorkedExample>', () => {
  it('renders the URL shortener estimate computed by the estimator, in decimal and binary units', () => {
    // 239 B × 1e8/day = 23.9 GB/day; × 1,825 days = 43.6175 TB; × 3 = 130.8525 TB; × 1.3 = 170.10825 TB = 154.71 TiB.
    const html = text(renderToStaticMarkup(<WorkedExample preset="url-shortener" />));
    expect(html).toContain('239 B × 100,000,000 records/day 23.90 GB (22.26 GiB)');
    expect(html).toContain('With indexes × (1 + 0.3) 170.11 TB (154.71 TiB)');
    expect(html).not.toContain('Blobs');
  });

  it('adds the blob tier and throughput rows when the preset has them', () => {
    // 2e8 × 0.2 × 2 MiB × 1,825 days = 1.5309e17 B = 153.09 PB; 1e8 × 2 ÷ 86,400 = 2,314.8 writes/s.
    const html = text(renderToStaticMarkup(<WorkedExample preset="twitter-feed" />));
    expect(html).toContain('153.09 PB (135.97 PiB)');
    expect(html).toContain('2,314.8 writes/s average');
  });

  it('names the unknown preset instead of rendering nothing', () => {
    expect(() => renderToStaticMarkup(<WorkedExample preset="nope" />)).toThrow(/preset="nope".*url-shortener/);
  });
});
