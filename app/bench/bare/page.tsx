import type { Metadata } from 'next';

// The benchmark's baseline: a one-line page in the same app, to compare lesson JavaScript against.
export const metadata: Metadata = { title: 'Baseline page', robots: { index: false } };

export default function BarePage() {
  return <p className="page-narrow py-12">This page is the baseline for npm run bench:pages.</p>;
}
