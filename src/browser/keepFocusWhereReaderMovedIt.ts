/**
 * The search plugin focuses its input again once the index it started loading on focus has arrived. On a slow
 * connection that is seconds later, by which time a keyboard reader may have tabbed on: focus jumps back to the search
 * box and the next Enter lands there. This refuses a scripted focus() of the input while another element holds focus,
 * unless the call comes from a key press being handled (the Ctrl+K shortcut). Focus lost to nowhere (the search library
 * moves the input inside a wrapper when it attaches, which drops focus to the body) is still restored.
 * Returns a function that undoes it.
 */
export function keepFocusWhereReaderMovedIt(input: HTMLElement): () => void {
  let lastKey: Event | null = null;
  const onKey = (event: KeyboardEvent) => {
    lastKey = event;
  };
  window.addEventListener('keydown', onKey, { capture: true });

  input.focus = (options?: FocusOptions) => {
    const holder = document.activeElement;
    const elsewhere = holder !== null && holder !== input && holder !== document.body && holder !== document.documentElement;
    // A key event's phase returns to NONE once its dispatch is over, so a focus() from a later task is not a key press.
    const duringKeyPress = lastKey !== null && lastKey.eventPhase !== Event.NONE;
    if (elsewhere && !duringKeyPress) return;
    HTMLElement.prototype.focus.call(input, options);
  };

  return () => {
    window.removeEventListener('keydown', onKey, { capture: true });
    delete (input as Partial<Pick<HTMLElement, 'focus'>>).focus;
  };
}
