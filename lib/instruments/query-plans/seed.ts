/**
 * The table the query-plan playground explains queries against. Every row is computed from its id by
 * generate_series, so seeding is one INSERT … SELECT inside PostgreSQL (no data shipped) and every reader,
 * test and fixture sees exactly the same 100,000 orders.
 */

/** Rows in the seeded orders table. */
export const ORDERS_ROW_COUNT = 100_000;

/** Customers the orders are spread over: 7919 is prime, so `id * 7919 % 5000` gives each customer exactly 20 orders. */
export const CUSTOMER_COUNT = 5_000;

/** The table, as the playground shows it to the reader. */
export const ORDERS_TABLE_SQL = `CREATE TABLE orders (
  id          integer PRIMARY KEY,
  customer_id integer NOT NULL,
  status      text NOT NULL,
  created_at  timestamptz NOT NULL,
  total       numeric(10,2) NOT NULL
);`;

/**
 * Fills the table. Orders arrive every five minutes from 2024-01-01 (so created_at follows the physical row
 * order, as it does in an append-only table); 80% are shipped, 15% pending, 4% cancelled and 1% refunded.
 */
export const ORDERS_INSERT_SQL = `INSERT INTO orders (id, customer_id, status, created_at, total)
SELECT g,
       (g * 7919) % ${CUSTOMER_COUNT} + 1,
       CASE WHEN g % 100 = 0 THEN 'refunded'
            WHEN g % 20 = 0 THEN 'cancelled'
            WHEN g % 5 = 0 THEN 'pending'
            ELSE 'shipped' END,
       timestamptz '2024-01-01 00:00:00+00' + g * interval '5 minutes',
       ((g * 37) % 50000) / 100.0 + 5
FROM generate_series(1, ${ORDERS_ROW_COUNT}) AS g;`;

/**
 * Statistics and the visibility map. A statistics target of 1,000 makes ANALYZE sample 300,000 rows, more
 * than the table holds, so it reads every row and the planner's estimates (and so its plans) are the same on
 * every run instead of depending on a random sample. VACUUM sets the all-visible bits that index-only scans
 * rely on. Each statement runs on its own: VACUUM refuses to run inside a multi-statement string.
 */
export const ORDERS_MAINTENANCE_SQL: readonly string[] = [
  'SET default_statistics_target = 1000',
  'VACUUM (ANALYZE) orders',
  'RESET default_statistics_target',
];
