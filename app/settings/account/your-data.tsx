import { Card } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { DeleteAccountDialog } from "./delete-account-dialog";

/** Where the account's data can be taken away, or the account deleted. */
export function YourData() {
  return (
    <Card
      title="Your data"
      description="Download everything Second Round holds about you as a JSON file: your account, your plans as you see them, your goals, notes and comments."
      className="mt-6 max-w-xl"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        {/* A plain link: the browser saves the file the route sends as an attachment. */}
        <a href="/api/account/export" download className={buttonClasses({ variant: "secondary" })}>
          Download my data
        </a>
        <DeleteAccountDialog />
      </div>
    </Card>
  );
}
