import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { CourseNav } from '@/components/layout/CourseNav';
import { MobileMenu } from '@/components/layout/MobileMenu';
import { ReferenceLinks } from '@/components/layout/ReferenceLinks';
import { RegisterServiceWorker } from '@/components/layout/RegisterServiceWorker';
import { ThemeToggle } from '@/components/layout/ThemeToggle';
import { THEME_INIT_SCRIPT } from '@/components/layout/theme-script';
import { StorageNotice } from '@/components/progress/StorageNotice';
import { SiteSearch } from '@/components/search/SiteSearch';
import { loadCourse } from '@/lib/content/load';
import './globals.css';

// Open Graph, Twitter card and canonical tags are added to every exported page by scripts/finalize-export.ts,
// from the page's own title and description.
export const metadata: Metadata = {
  title: { default: 'Database Field Guide', template: '%s · Database Field Guide' },
  description: 'An interactive course on choosing, scaling and reasoning about databases, from access patterns to transactions.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1120' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const course = loadCourse();
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
        {/* Without JavaScript, hide what only makes sense when it runs (loading lines); notes say what needs it. */}
        <noscript dangerouslySetInnerHTML={{ __html: '<style>.js-only{display:none!important}</style>' }} />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <MobileMenu>
              {/* On phones the practice links live in the menu; the header has no room for them. Links to
                  the exam and flashcards never prefetch: their pages are large and rarely the next click. */}
              <nav aria-label="Practice (menu)" className="menu-practice sm:hidden">
                <Link prefetch={false} href="/flashcards/">Flashcards</Link>
                <Link prefetch={false} href="/exam/">Final exam</Link>
              </nav>
              <CourseNav course={course} label="Course (menu)" />
              <ReferenceLinks label="Reference (menu)" />
            </MobileMenu>
            <Link prefetch={false} href="/" className="site-name">
              <span className="site-mark" aria-hidden="true">
                DB
              </span>
              {/* On the narrowest phones "Database" is for screen readers only, so the name stays on one line. */}
              <span>
                <span className="site-name-first">Database </span>Field Guide
              </span>
            </Link>
            <div className="ml-auto flex items-center gap-1">
              <SiteSearch />
              <Link prefetch={false} href="/tools/" className="header-link">Tools</Link>
              <Link prefetch={false} href="/flashcards/" className="header-link header-link-wide">
                Flashcards
              </Link>
              <Link prefetch={false} href="/exam/" className="header-link header-link-wide">
                Final exam
              </Link>
              <ThemeToggle />
            </div>
          </div>
        </header>
        <div className="site-shell">
          <aside className="sidebar">
            <CourseNav course={course} label="Course" />
            <ReferenceLinks label="Reference" />
          </aside>
          <main id="main" tabIndex={-1} className="site-main">
            {children}
          </main>
        </div>
        <StorageNotice />
        <RegisterServiceWorker />
      </body>
    </html>
  );
}
