'use client';

import dynamic from 'next/dynamic';

// The calculators as lessons place them. Each is its own chunk, with the URL-state code (and its validator) it
// needs, so a lesson without a calculator downloads none of them. They still render on the server: a reader
// sees the worked example's figures before the script arrives (and without it), and the page hydrates each
// calculator once its chunk is in.

export const StorageCalculatorIsland = dynamic(() => import('./storage/StorageCalculator').then((m) => m.StorageCalculator));
export const ThroughputCalculatorIsland = dynamic(() => import('./throughput/ThroughputCalculator').then((m) => m.ThroughputCalculator));
export const WriteCeilingCalculatorIsland = dynamic(() => import('./write-ceiling/WriteCeilingCalculator').then((m) => m.WriteCeilingCalculator));
export const ConnectionPoolCalculatorIsland = dynamic(() => import('./connection-pool/ConnectionPoolCalculator').then((m) => m.ConnectionPoolCalculator));
export const TcoCalculatorIsland = dynamic(() => import('./tco/TcoCalculator').then((m) => m.TcoCalculator));
