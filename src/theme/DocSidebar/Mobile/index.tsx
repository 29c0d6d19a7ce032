import React, { memo, useMemo, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { NavbarSecondaryMenuFiller, ThemeClassNames } from '@docusaurus/theme-common';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type { Props } from '@theme/DocSidebar/Mobile';

type Menu = Pick<Props, 'sidebar' | 'path'>;

/** The chapter list inside the phone menu, as the classic theme draws it. */
function SecondaryMenu({ menu }: { menu: Menu }): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={menu.sidebar}
        activePath={menu.path}
        onItemClick={(item) => {
          // A link, or a category that is also a page, leaves the menu; a plain category only opens.
          if (item.type === 'link' || (item.type === 'category' && item.href)) mobileSidebar.toggle();
        }}
        level={1}
      />
    </ul>
  );
}

/**
 * The classic theme fills the phone menu with the whole sidebar as soon as a page hydrates, although
 * the menu is closed: a hundred-odd hidden nodes and a re-render in one long task on every page load.
 * Here the menu is filled the first time the reader opens it; React renders it before the menu's
 * first frame, so it never shows empty. The props go to the filler as one memoized object, which it
 * compares without sorting keys (a sort of several keys would start the browser's text collator, tens
 * of milliseconds on a phone).
 */
function DocSidebarMobile({ sidebar, path }: Props): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(false);
  if (mobileSidebar.shown && !opened) setOpened(true);
  const menu = useMemo<Menu>(() => ({ sidebar, path }), [sidebar, path]);
  return opened ? <NavbarSecondaryMenuFiller component={SecondaryMenu} props={{ menu }} /> : null;
}

export default memo(DocSidebarMobile);
