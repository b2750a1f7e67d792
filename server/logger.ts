import pino from "pino";
import { logLevel } from "./env";

/**
 * Structured logs. Secrets are redacted by key wherever they appear, as a
 * second line of defence: code should not log them in the first place.
 */
export const logger = pino({
  level: logLevel(),
  base: undefined,
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
