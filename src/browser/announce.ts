/** id of the polite live region that Root renders once per page. */
export const ANNOUNCER_ID = 'site-announcer';

/** Says a short message to screen readers without moving focus. */
export function announce(message: string): void {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  // Clearing first makes a repeated message ("Link copied" twice) be read again.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
