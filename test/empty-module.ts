/**
 * Stands in for the `server-only` package, whose real entry throws outside a
 * React Server Components build: under Vitest every module is "server".
 */
export {};
