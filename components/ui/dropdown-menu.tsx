"use client";

import type { DropdownMenu as RadixMenu } from "radix-ui";
import { createContext, createElement, useContext, useState, type ComponentProps, type ElementType, type ReactNode } from "react";

/**
 * Radix's DropdownMenu with the same parts, whose code (menu, popper, focus handling: about a fifth of a page's
 * script) loads when a menu is first opened or approached, not with every page: until then the trigger is a plain
 * button that says it opens a menu, and nothing else renders. Once loaded, every part is Radix's own.
 */
type Menu = typeof RadixMenu;

let loaded: Menu | undefined;
let loading: Promise<Menu> | undefined;
function loadMenu(): Promise<Menu> {
  loading ??= import("./dropdown-menu-parts").then((m) => (loaded = m.DropdownMenu));
  return loading;
}

const MenuContext = createContext<{ menu: Menu | undefined; openMenu: () => void }>({ menu: undefined, openMenu: () => {} });

function Root({ children, open, onOpenChange, defaultOpen, ...rest }: ComponentProps<Menu["Root"]>) {
  const [menu, setMenu] = useState(() => loaded);
  const [openedFirst, setOpenedFirst] = useState(false);
  const openMenu = () =>
    void loadMenu().then((m) => {
      setMenu(() => m);
      setOpenedFirst(true);
      onOpenChange?.(true);
    });
  return (
    <MenuContext value={{ menu, openMenu }}>
      {menu ? (
        <menu.Root open={open} onOpenChange={onOpenChange} defaultOpen={defaultOpen || openedFirst} {...rest}>
          {children}
        </menu.Root>
      ) : (
        children
      )}
    </MenuContext>
  );
}

function Trigger({ children, ...props }: Omit<ComponentProps<Menu["Trigger"]>, "asChild">) {
  const { menu, openMenu } = useContext(MenuContext);
  if (menu) return <menu.Trigger {...props}>{children}</menu.Trigger>;
  return (
    <button
      type="button"
      {...props}
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      onPointerEnter={(event) => {
        props.onPointerEnter?.(event);
        void loadMenu();
      }}
      onFocus={(event) => {
        props.onFocus?.(event);
        void loadMenu();
      }}
      onClick={openMenu}
      onKeyDown={(event) => {
        if (event.key !== "ArrowDown") return;
        event.preventDefault();
        openMenu();
      }}
    >
      {children}
    </button>
  );
}

/** A part that exists only inside an open menu, so only once Radix is loaded. */
function part<K extends "Portal" | "Content" | "Label" | "Item" | "Separator" | "Group" | "RadioGroup" | "RadioItem" | "ItemIndicator">(name: K) {
  function Part(props: ComponentProps<Menu[K]>): ReactNode {
    const { menu } = useContext(MenuContext);
    if (!menu) return null;
    return createElement(menu[name] as ElementType, props);
  }
  Part.displayName = `DropdownMenu.${name}`;
  return Part;
}

export const DropdownMenu = {
  Root,
  Trigger,
  Portal: part("Portal"),
  Content: part("Content"),
  Label: part("Label"),
  Item: part("Item"),
  Separator: part("Separator"),
  Group: part("Group"),
  RadioGroup: part("RadioGroup"),
  RadioItem: part("RadioItem"),
  ItemIndicator: part("ItemIndicator"),
};
