import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ToolPage, toolMetadata } from '@/components/instruments/kit/ToolPage';
import { findInstrument, INSTRUMENTS } from '@/lib/instruments/registry';

// One page per instrument in the registry, all built at export time; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return INSTRUMENTS.map((entry) => ({ slug: entry.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const entry = findInstrument((await params).slug);
  return entry ? toolMetadata(entry) : {};
}

export default async function InstrumentPage({ params }: { params: Promise<{ slug: string }> }) {
  const entry = findInstrument((await params).slug);
  if (!entry) notFound();
  return <ToolPage entry={entry} />;
}
