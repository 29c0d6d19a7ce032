/** Reads the quoted attributes of a fence: ```mermaid id="fig-a" title="A title" caption="What to notice." */
export function parseFenceMeta(meta: string | null | undefined): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of (meta ?? '').matchAll(/([a-zA-Z]+)="([^"]*)"/g)) {
    attributes[match[1] as string] = (match[2] as string).trim();
  }
  return attributes;
}
