import React, { useEffect, type ReactNode } from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type { WrapperProps } from '@docusaurus/types';
import { keepFocusWhereReaderMovedIt } from '@site/src/browser/keepFocusWhereReaderMovedIt';

type Props = WrapperProps<typeof SearchBarType>;

/** The search plugin's bar, kept from pulling focus back to itself after a keyboard reader has moved on. */
export default function SearchBarWrapper(props: Props): ReactNode {
  useEffect(() => {
    const undo = Array.from(document.querySelectorAll<HTMLElement>('input.navbar__search-input'), keepFocusWhereReaderMovedIt);
    return () => undo.forEach((release) => release());
  }, []);
  return <SearchBar {...props} />;
}
