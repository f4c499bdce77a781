'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/** A navigation link that marks itself as the current page (aria-current) when it is. */
export function NavLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  const pathname = usePathname();
  const current = pathname === href || pathname === href.replace(/\/$/, '');
  return (
    <Link prefetch={false} href={href} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}
