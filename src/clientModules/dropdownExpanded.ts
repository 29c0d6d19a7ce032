import type { ClientModule } from '@docusaurus/types';

/**
 * The navbar's "Study tools" menu opens on hover as well as on a click, but
 * the theme's aria-expanded follows only the click: a screen reader heard
 * "collapsed" over an open menu. This keeps the attribute true whenever the
 * menu shows.
 */
function sync(dropdown: Element): void {
  const toggle = dropdown.querySelector(':scope > .navbar__link');
  if (!toggle) return;
  const open = dropdown.classList.contains('dropdown--show') || dropdown.matches(':hover');
  if (toggle.getAttribute('aria-expanded') !== String(open)) toggle.setAttribute('aria-expanded', String(open));
}

let observer: MutationObserver | undefined;

export const onRouteDidUpdate: ClientModule['onRouteDidUpdate'] = () => {
  observer?.disconnect();
  observer = new MutationObserver((records) => records.forEach((record) => sync(record.target as Element)));
  for (const dropdown of document.querySelectorAll('.navbar .dropdown--hoverable')) {
    // The theme toggles dropdown--show and rewrites aria-expanded together: re-check after each of its renders.
    observer.observe(dropdown, { attributes: true, attributeFilter: ['class'] });
    if (dropdown instanceof HTMLElement && !dropdown.dataset.expandedSync) {
      dropdown.dataset.expandedSync = '';
      dropdown.addEventListener('mouseenter', () => sync(dropdown));
      dropdown.addEventListener('mouseleave', () => sync(dropdown));
      dropdown.addEventListener('focusin', () => sync(dropdown));
    }
  }
};
