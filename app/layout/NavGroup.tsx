import { Dropdown, DropdownContent, DropdownItem, DropdownTrigger } from '@govtechmy/myds-react/dropdown';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import type { NavItem } from './nav-items';

export function navLinkClass(active: boolean): string {
  return `block whitespace-nowrap rounded-md px-3 py-2 text-body-sm font-medium ${active ? 'bg-bg-primary-50 text-txt-primary' : 'text-txt-black-700 hover:bg-bg-washed'}`;
}

/** The navigation item the path belongs to: the longest `to` that is the path or a folder of it. */
export function currentItem(path: string, all: NavItem[]): NavItem | null {
  const holds = (to: string) => path === to || (to !== '/' && path.startsWith(`${to}/`));
  return all.filter((i) => holds(i.to)).sort((a, b) => b.to.length - a.to.length)[0] ?? null;
}

/** A group of the desktop navigation as a MYDS dropdown menu; highlighted while one of its pages is open. */
export function NavGroup({ label, items, all }: { label: string; items: NavItem[]; all: NavItem[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = currentItem(pathname, all);
  const active = current !== null && items.includes(current);
  return (
    <Dropdown>
      <DropdownTrigger asChild>
        <button type="button" className={`${navLinkClass(active)} inline-flex items-center gap-1`}>
          {label}
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
            <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
          </svg>
        </button>
      </DropdownTrigger>
      <DropdownContent align="start" className="min-w-[12rem]">
        {items.map((i) => (
          <DropdownItem key={i.to} asChild>
            <NavLink to={i.to} end className={current === i ? 'text-txt-primary' : ''}>
              {t(i.key)}
            </NavLink>
          </DropdownItem>
        ))}
      </DropdownContent>
    </Dropdown>
  );
}
