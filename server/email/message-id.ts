/**
 * `<outbox-<row id>@<host>>`: derived from the outbox row alone, so every send of one row carries the same
 * Message-ID and a copy sent twice is recognisable. No imports: the fault test computes it too.
 */
export function outboxMessageId(outboxId: string, host: string): string {
  return `<outbox-${outboxId}@${host}>`;
}
