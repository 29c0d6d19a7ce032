import React, { type ReactNode } from 'react';
import type { RichText } from '@site/src/shared/practiceKit';

type Tag = 'span' | 'div' | 'p' | 'blockquote' | 'li' | 'td';

/** Chapter text rendered to HTML at build time (formulas already typeset); the HTML comes from the site's own chapters. */
export default function KitText({ text, as: Element = 'span', ...rest }: { text: RichText; as?: Tag } & Record<`data-${string}`, string>): ReactNode {
  return <Element {...rest} dangerouslySetInnerHTML={{ __html: text.html }} />;
}
