// The start-up floor: built by the app's own Vite config (scripts/bench.ts builds it with
// -c vite.config.ts, service worker included), it renders one React element holding a
// 597-row list (the seed corpus's quote count) and sets the app's "searchable" mark at the same
// point the library does (its first effect), then registers the service worker as the app does.
import { useEffect } from "react";
import { createRoot } from "react-dom/client";
import { registerServiceWorkerWhenIdle } from "../../../src/app/serviceWorker";

const ROWS = Array.from({ length: 597 }, (_, i) => `Citaat ${i + 1}`);

function Floor() {
  useEffect(() => {
    performance.mark("ontrafel:searchable");
    registerServiceWorkerWhenIdle();
  }, []);
  return (
    <ul>
      {ROWS.map((row) => (
        <li key={row}>{row}</li>
      ))}
    </ul>
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<Floor />);
