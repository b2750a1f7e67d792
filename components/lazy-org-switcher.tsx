"use client";

import dynamic from "next/dynamic";

// Only members of several organisations see the switcher: its code (the switch mutation, its menu) loads for them alone.
export const OrgSwitcher = dynamic(() => import("./org-switcher").then((m) => m.OrgSwitcher));
