import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

export const COMMON_PASSWORD_MESSAGE = "This password is one of the most commonly used; choose another.";

/**
 * The ~49,000 most used passwords (zxcvbn-ts's list, ranked from leaked
 * password dumps), lower-cased. Server-only: the list must not reach the
 * browser bundle.
 */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((password) => password.toLowerCase()));
  return common;
}

/** Compared case-insensitively: "Password123" is as guessable as "password123". */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}
