import type { ReactNode } from "react";
import { getMe } from "@/server/auth/page-session";
import { SettingsNav } from "./settings-nav";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const me = await getMe();
  return (
    <div className="space-y-8">
      {me && <SettingsNav showOrganisation={me.memberships.length > 0} />}
      {children}
    </div>
  );
}
