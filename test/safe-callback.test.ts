import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/server/rules/safe-callback";

const origin = "https://app.example";

describe("safeCallbackPath", () => {
  it.each([
    ["/dashboard", "/dashboard"],
    ["/plans/abc?tab=goals#notes", "/plans/abc?tab=goals#notes"],
    ["https://app.example/interviews/1", "/interviews/1"],
    ["/plans/%20x", "/plans/%20x"],
    ["/a/../settings/account", "/settings/account"],
  ])("follows the same-origin path %j", (raw, expected) => {
    expect(safeCallbackPath(raw, origin)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "//evil.example/dashboard",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example",
    "https://evil.example/dashboard",
    "http://app.example/dashboard",
    "https://app.example.evil.example/",
    "https://app.example@evil.example/",
    "/%09/evil.example",
    "/%0A/evil.example",
    "/%0d%0a/evil.example",
    "/%5Cevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "\t//evil.example",
    "/.//evil.example",
    "javascript:alert(1)",
    "data:text/html,hi",
    "",
  ])("refuses %j", (raw) => {
    expect(safeCallbackPath(raw, origin)).toBe("/dashboard");
  });

  it.each([undefined, null, 42, ["/dashboard"], { href: "/dashboard" }])("refuses a non-string (%j)", (raw) => {
    expect(safeCallbackPath(raw, origin, "/sign-in")).toBe("/sign-in");
  });
});
