import { whenIdle } from "../services/whenIdle";

/**
 * Offline support for workshop rooms: the service worker (built by vite-plugin-pwa) precaches
 * the whole build, corpus included, about 6 MB. It is registered once start-up is done and the
 * page is idle, so its downloads never compete with the first screen.
 */
export function registerServiceWorkerWhenIdle(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const register = () => {
    // Without it the app still works; it only will not open offline.
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {});
  };
  whenIdle(register, 2000);
}
