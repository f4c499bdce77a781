import { parseExcerpt, type ExcerptPart } from './excerpt';

/** The fields of Pagefind's result data (`await result.data()`) the search box uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: Array<PagefindSubResult>;
}

/** A section of a result page: the text under one heading with an id. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  /** Each match with its weight (headings weigh more than body text) and Pagefind's score for it. */
  weighted_locations?: Array<{ balanced_score: number }>;
  anchor?: { id?: string };
}

/** How well a section matched: the sum of its matches' scores, or their count when Pagefind gives no scores. */
function sectionScore(sub: PagefindSubResult): number {
  return sub.weighted_locations?.reduce((sum, match) => sum + match.balanced_score, 0) ?? sub.locations?.length ?? 0;
}

/** One search result as the header search shows it. */
export interface SearchHit {
  /** Where Enter or a click goes: the page, or the section of it that matched best. */
  url: string;
  title: string;
  /** The lesson's module ("Start here"), when the page has one. */
  module?: string;
  /** The heading of the section that matched, when the match is under one. */
  section?: string;
  excerpt: ExcerptPart[];
}

/**
 * Turns Pagefind results into hits: one per page, pointed at the section that matched best
 * (a heading with an id), with that section's excerpt; the page itself when no section matched.
 */
export function toSearchHits(results: readonly PagefindResultData[]): SearchHit[] {
  return results.map((result) => {
    const title = result.meta.title?.trim() || result.url;
    const sections = (result.sub_results ?? []).filter((sub) => sub.anchor?.id && sub.title.trim() && sub.title.trim() !== title);
    const best = sections.reduce<(typeof sections)[number] | undefined>(
      (top, sub) => (!top || sectionScore(sub) > sectionScore(top) ? sub : top),
      undefined,
    );
    return {
      url: best?.url ?? result.url,
      title,
      module: result.meta.module?.trim() || undefined,
      section: best?.title.trim(),
      excerpt: parseExcerpt(best?.excerpt ?? result.excerpt),
    };
  });
}
