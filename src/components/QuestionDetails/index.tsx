import React, { useEffect, useState, type ComponentProps, type ReactElement, type ReactNode } from 'react';
import { useLocation } from '@docusaurus/router';
import MDXDetails from '@theme/MDXComponents/Details';
import CopyLink from '@site/src/components/CopyLink';
import styles from './styles.module.css';

type Props = ComponentProps<typeof MDXDetails> & { id?: string };

const QUESTION = /^(fu|sc)-/;

/**
 * A collapsible follow-up or self-check question (ids from
 * plugins/remark-question-ids): its summary carries a copy-link control, and
 * it opens whenever its own link is followed, from another page, a search
 * result or a flashcard, on load or later in the visit.
 */
export default function QuestionDetails(props: Props): ReactNode {
  const { id, children } = props;
  const location = useLocation();
  const targeted = id !== undefined && QUESTION.test(id) && decodeURIComponent(location.hash.slice(1)) === id;
  // Each landing remounts the details open; the stock component keeps its open state internally after mount.
  const [landings, setLandings] = useState(0);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL hash exists only in the browser: a second pass after hydration (react.dev/reference/react-dom/client/hydrateRoot#handling-different-client-and-server-content)
    if (targeted) setLandings((count) => count + 1);
  }, [targeted, location.key]);

  if (!id || !QUESTION.test(id)) return <MDXDetails {...props} />;
  const summary = React.Children.toArray(children).find((item) => React.isValidElement(item) && item.type === 'summary') as
    ReactElement<{ children?: ReactNode }> | undefined;
  const label = `Question: ${textOf(summary?.props.children)}`;
  // The control sits beside the <summary>, not inside it: a link inside the summary's button would nest interactive controls.
  return (
    <div className={styles.question}>
      <MDXDetails key={landings} {...props} open={landings > 0 || props.open} data-question={id.slice(0, 2)} />
      <CopyLink id={id} label={label} />
    </div>
  );
}

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (React.isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}
