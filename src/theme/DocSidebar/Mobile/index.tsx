import React, { memo, useMemo, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { NavbarSecondaryMenuFiller, ThemeClassNames } from '@docusaurus/theme-common';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type { Props } from '@theme/DocSidebar/Mobile';

type Menu = Pick<Props, 'sidebar' | 'path'>;

/**
 * The chapter list inside the phone menu. The classic theme draws it as soon as a page hydrates,
 * though the menu is closed: a hundred-odd hidden nodes and a re-render in one long task on every page
 * load. Here the list is drawn once the reader has opened the menu, in the same render as the tap,
 * so the menu slides in already showing it.
 */
function SecondaryMenu({ menu }: { menu: Menu }): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(false);
  if (mobileSidebar.shown && !opened) setOpened(true);
  if (!opened) return null;
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
 * The filler is in place from hydration, as in the classic theme, so the menu knows it has a chapter
 * list. Its props go to it as one memoized object, which it compares without sorting keys (a sort of
 * several keys would start the browser's text collator, tens of milliseconds on a phone).
 */
function DocSidebarMobile({ sidebar, path }: Props): ReactNode {
  const menu = useMemo<Menu>(() => ({ sidebar, path }), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={SecondaryMenu} props={{ menu }} />;
}

export default memo(DocSidebarMobile);
