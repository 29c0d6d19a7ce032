import React, { Children, lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import CodeInline from '@theme/CodeInline';
import type CodeBlockType from '@theme/CodeBlock';

type Props = ComponentProps<'code'>;

/**
 * A fenced code block's highlighter, Prism, with the extra languages the config
 * names: fetched with the first block a page renders, never at start-up (see
 * plugins/prism-on-demand). Pages render whole on the server, so the block is
 * in the HTML either way.
 */
const CodeBlock = lazy(async () => {
  const [{ Prism }, { default: includeLanguages }] = await Promise.all([import('prism-react-renderer'), import('@theme/prism-include-languages')]);
  includeLanguages(Prism);
  return import('@theme/CodeBlock');
});

/** Inline code is text on one line; anything else is a fenced block (the classic theme's own test). */
function isInline(props: Props): boolean {
  return props.children !== undefined && Children.toArray(props.children).every((child) => typeof child === 'string' && !child.includes('\n'));
}

/** MDX's `code`: inline code as the theme renders it, fenced blocks through the highlighter loaded on demand. */
export default function MDXCode(props: Props): ReactNode {
  if (isInline(props)) return <CodeInline {...props} />;
  return (
    <Suspense
      fallback={
        <pre>
          <code>{props.children}</code>
        </pre>
      }>
      <CodeBlock {...(props as ComponentProps<typeof CodeBlockType>)} />
    </Suspense>
  );
}
