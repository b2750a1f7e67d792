/**
 * True when the path has a percent-escape that does not decode (`/join/%E0%A4%A`):
 * Next.js would answer it with a bare 500 while decoding the route's params.
 */
export function hasMalformedEscape(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
