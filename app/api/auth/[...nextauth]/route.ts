import { handlers } from "@/server/auth/config";
import { withBodyLimit } from "@/server/http/body-limit";

export const GET = withBodyLimit(handlers.GET);
export const POST = withBodyLimit(handlers.POST);
