import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">Page not found</h1>
      <p className="mt-3 text-slate-600">The page you were looking for does not exist, or you do not have access to it.</p>
      <ButtonLink href="/" className="mt-8">
        Go to the start page
      </ButtonLink>
    </div>
  );
}
