/**
 * The request headers a route handler reads through next/headers, for tests that call one directly.
 * Test files of a worker share one module graph (vitest.config.ts, isolate: false), so the first
 * file's mock of next/headers serves them all: every such file mocks it with `nextHeadersMock`,
 * reading this one object, and sets the cookie it needs here.
 */
export const requestHeaders = { cookie: "" };

export const nextHeadersMock = {
  headers: async () => new Headers(requestHeaders),
  cookies: async () => ({ get: () => undefined }),
};
