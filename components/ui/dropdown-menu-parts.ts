// The one static import of Radix's dropdown menu, so loading it on demand brings that menu alone, not all of radix-ui.
export { DropdownMenu } from "radix-ui";
