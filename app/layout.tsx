import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { EarlyTapsReplay } from "@/components/early-taps";
import { EarlyTapsScript } from "@/components/early-taps-script";
import { SiteHeader } from "@/components/site-header";
import { StyleNonce } from "@/components/style-nonce";
import { TRPCReactProvider } from "@/components/trpc";
import { Toaster } from "@/components/ui/toast";
import { activeMembership, getMe } from "@/server/auth/page-session";
import { releaseRenderStackOnCompletion } from "@/server/http/render-stack-release";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Second Round", template: "%s · Second Round" },
  description: "One shared plan for the second interview: both sides prepare, meet and agree the next steps.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  releaseRenderStackOnCompletion();
  // Set by proxy.ts for this response's Content-Security-Policy.
  const nonce = (await headers()).get("x-nonce");
  const me = await getMe();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <EarlyTapsScript nonce={nonce} />
        <StyleNonce nonce={nonce} />
        <EarlyTapsReplay />
        <TRPCReactProvider>
          <Toaster>
            <a
              href="#main"
              className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:shadow"
            >
              Skip to content
            </a>
            <SiteHeader me={me} active={me && activeMembership(me)} />
            <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8 sm:py-12">
              {children}
            </main>
          </Toaster>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
