import pino, { stdSerializers } from "pino";
import { logLevel } from "./env";

/**
 * Structured logs. Secrets are redacted by key wherever they appear, as a
 * second line of defence: code should not log them in the first place.
 */
export const logger = pino({
  level: logLevel(),
  base: undefined,
  serializers: { err: safeErrorSerializer },
  redact: {
    paths: [
      "password",
      "*.password",
      "*.newPassword",
      "*.currentPassword",
      "token",
      "*.token",
      "*.textBody",
      "textBody",
      "headers.cookie",
      "*.headers.cookie",
    ],
    censor: "[redacted]",
  },
});

/**
 * A failed query's error carries its parameters (password hashes, emails,
 * tokens) in its message. Log the statement and the database's own reason,
 * never the values.
 */
function safeErrorSerializer(error: unknown) {
  if (error instanceof Error && "query" in error && "params" in error) {
    const cause = error.cause as { message?: string; code?: string } | undefined;
    return {
      type: error.name,
      message: cause?.message ?? "query failed",
      code: cause?.code,
      query: String(error.query),
      // The stack's first lines repeat the message, parameters included: keep only the frames.
      stack: error.stack
        ?.split("\n")
        .filter((line) => line.trimStart().startsWith("at "))
        .join("\n"),
    };
  }
  return error instanceof Error ? stdSerializers.err(error) : error;
}
