/**
 * Page props spelled out rather than Next's generated PageProps helper, which
 * only exists after a build: `tsc` on a fresh checkout must pass too.
 */
export interface SearchParamsProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}
