/**
 * The most calls one tRPC request may batch, for the server and the browser's
 * link alike: a batch of 200 unauthenticated calls would be 200 units of work
 * for the price of one request.
 */
export const MAX_BATCH_CALLS = 10;
