import type { Metadata } from "next";
import { EmailNotificationsSetting } from "@/components/notifications/email-notifications-setting";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMe } from "@/server/auth/page-session";
import { ChangePasswordForm } from "./change-password-form";
import { YourData } from "./your-data";

export const metadata: Metadata = { title: "Account settings" };

export default async function AccountSettingsPage() {
  const me = await requireMe("/settings/account");
  return (
    <>
      <PageHeader title="Account settings" description={`Signed in as ${me.name} (${me.email}).`} />
      <Card
        title="Change password"
        description="You stay signed in here; every other device where you are signed in is signed out."
        className="max-w-xl"
      >
        <ChangePasswordForm />
      </Card>
      <Card title="Notifications" className="mt-6 max-w-xl">
        <EmailNotificationsSetting initial={me.notificationEmails} />
      </Card>
      <YourData />
    </>
  );
}
