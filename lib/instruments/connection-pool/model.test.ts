import { describe, expect, it } from 'vitest';
import { CONNECTION_POOL_DEFAULTS, connectionPoolView } from './model';

describe('connectionPoolView', () => {
  // The calculator's example: 10,000 application connections on a pool of 50; 10 MB each (the course's planning figure).
  // 10,000 × 10 MB = 1e11 B = 100 GB (÷ 2^30 = 93.13 GiB); 50 × 10 MB = 5e8 B = 500 MB (476.84 MiB);
  // saved 9.95e10 B = 99.50 GB (÷ 2^30 = 92.667 GiB).
  it('multiplies per-connection memory by server connections, without and with a pooler', () => {
    const view = connectionPoolView(CONNECTION_POOL_DEFAULTS);
    expect(view.formulas).toEqual([
      'Without a pooler: 10,000 connections × 10 MB = 100.00 GB (93.13 GiB)',
      'Transaction mode: 50 connections × 10 MB = 500.00 MB (476.84 MiB)',
    ]);
    expect(view.table.rows).toContainEqual(['Memory saved', '99.50 GB (92.67 GiB), 99.5%']);
    expect(view.bars.map((bar) => bar.bytes)).toEqual([1e11, 5e8]);
  });

  it('counts the clients that wait in session mode, and none without a pooler', () => {
    const session = connectionPoolView({ ...CONNECTION_POOL_DEFAULTS, poolMode: 'session' });
    expect(session.table.rows.at(-1)).toEqual(['Clients waiting for a session', '9,950']);
    const none = connectionPoolView({ ...CONNECTION_POOL_DEFAULTS, poolMode: 'none' });
    expect(none.estimate.bytesWithPooler).toBe(1e11);
    expect(none.summary).toBe('Without a pooler the server holds 10,000 connections using 100.00 GB.');
  });
});
