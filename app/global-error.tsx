"use client";

import "./globals.css";

/** Replaces the root layout when it fails itself (the header reads the database too), so it brings its own html. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <main role="alert" className="mx-auto max-w-md px-4 py-16 text-center">
          <h1 className="text-2xl font-semibold tracking-tight">Second Round is not available right now</h1>
          <p className="mt-3 text-slate-600">Something went wrong on our side. Please try again in a moment.</p>
          <button
            type="button"
            onClick={() => retry()}
            className="mt-8 min-h-10 rounded-lg bg-brand-600 px-4 font-medium text-white hover:bg-brand-700"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
