import type { ClientModule } from '@docusaurus/types';
import { keepForOffline, loadedFiles } from '@site/src/serviceWorker/registration';

/** After an in-app navigation the new page's HTML was never fetched: ask the service worker to keep it, with its files. */
export const onRouteDidUpdate: ClientModule['onRouteDidUpdate'] = ({ location, previousLocation }) => {
  if (!previousLocation || previousLocation.pathname === location.pathname) return;
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
  void keepForOffline([location.pathname, ...loadedFiles()]).catch(() => undefined);
};
