import "server-only";
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from "@/server/auth/common-passwords";
import { newPasswordField } from "./fields";

/**
 * A new password as the server accepts it: the shared rules, then the
 * common-password list, which is too large for the forms' bundle. Checked
 * only once the other rules pass, so a short common password gets one message.
 */
export const newPasswordServerField = newPasswordField.refine((password) => !isCommonPassword(password), {
  error: COMMON_PASSWORD_MESSAGE,
  when: (payload) => payload.issues.length === 0,
});
