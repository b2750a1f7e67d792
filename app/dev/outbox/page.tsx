import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDateTimeUtc } from "@/server/rules/format";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";
import { whenRefused } from "@/server/auth/page-session";
import { Linkified } from "./linkified";

export const metadata: Metadata = { title: "Development outbox" };

export default async function DevOutboxPage() {
  const emails = await whenRefused((await serverApi()).devOutbox.list({ limit: 100 }), { NOT_FOUND: notFound });
  return (
    <>
      <PageHeader title="Outbox" description="The newest emails come first." />
      <Alert tone="info" className="mb-6">
        Development outbox: emails are shown here instead of being sent.
      </Alert>
      {emails.length === 0 ? (
        <EmptyState title="No emails yet">Sign-in links, password resets and invitations will show up here.</EmptyState>
      ) : (
        <ol className="space-y-4" aria-label="Emails">
          {emails.map((email) => (
            <li key={email.id}>
              <article aria-label={`${email.subject} to ${email.toAddress}`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
                <header className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <h2 className="font-semibold text-slate-900">{email.subject}</h2>
                    <p className="text-sm break-all text-slate-600">To {email.toAddress}</p>
                  </div>
                  <div className="flex items-center gap-2 text-sm text-slate-500">
                    <time dateTime={email.createdAt.toISOString()}>{formatDateTimeUtc(email.createdAt)}</time>
                    <Badge tone={email.status === "failed" ? "warning" : email.status === "sent" ? "success" : "neutral"}>
                      {email.status}
                    </Badge>
                  </div>
                </header>
                <pre className="mt-4 overflow-x-auto rounded-lg bg-slate-50 p-4 font-mono text-sm whitespace-pre-wrap break-words text-slate-800">
                  <Linkified text={email.textBody} />
                </pre>
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
