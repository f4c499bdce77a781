// Seed titles, cited in `sources` fields and comments across the advisor. The seeds are the course's reading
// list in /shared/seeds; where a seed is wrong, the citing comment says so and gives the corrected fact.

/** Seed 000: the chat-message case (DynamoDB vs Cassandra). */
export const SEED_000 = 'Seed 000 "DB Choice"';
/** Seed 001: the framework, thresholds, case studies, migration matrix and cost tables. */
export const SEED_001 = 'Seed 001 "Chapter 16: Database Selection Framework"';
/** Seed 002: engines, ACID, and single-primary throughput figures. */
export const SEED_002 = 'Seed 002 "Databases" (HowToHLD)';
/** Seed 003: CQST checklist, scenarios (orders, analytics, sessions), ride-sharing and pitfalls. */
export const SEED_003 = 'Seed 003 "Databases & Storage"';
/** Seed 004: "start with PostgreSQL", SQL vs NoSQL table, pooling. */
export const SEED_004 = 'Seed 004 "Database Architecture: Choosing and Scaling Your Data Layer"';
/** Where a figure is this course's assumption rather than a seed's. */
export const COURSE_ASSUMPTION = 'Course assumption (no seed gives this figure)';
