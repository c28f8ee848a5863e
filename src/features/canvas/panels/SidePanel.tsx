import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from "react";
import type { MessageKey } from "../../../i18n/messages";
import { useT } from "../../../state/useT";
import { ChecksPanel } from "./ChecksPanel";
import { CoveragePanel } from "./CoveragePanel";
import { TraceabilityPanel } from "./TraceabilityPanel";
import "./panels.css";

const TABS = ["traceability", "coverage", "checks"] as const;
type Tab = (typeof TABS)[number];

const TAB_NAME: Record<Tab, MessageKey> = {
  traceability: "panels.tab.traceability",
  coverage: "panels.tab.coverage",
  checks: "panels.tab.checks",
};

/** What another feature shows under a selected quote card (the app hands it in). */
export type QuoteExtra = (quoteId: string) => ReactNode;

/** Only the open tab is rendered, so hidden panels do no work while the canvas changes. */
const TAB_CONTENT: Record<Tab, (quoteExtra?: QuoteExtra) => ReactNode> = {
  traceability: (quoteExtra) => <TraceabilityPanel quoteExtra={quoteExtra} />,
  coverage: () => <CoveragePanel />,
  checks: () => <ChecksPanel />,
};

/** Arrow keys move between tabs (and wrap), Home/End jump to the ends: the ARIA tabs pattern. */
function tabAfterKey(current: Tab, key: string): Tab | null {
  const index = TABS.indexOf(current);
  const last = TABS.length - 1;
  const target =
    key === "ArrowRight"
      ? (index + 1) % TABS.length
      : key === "ArrowLeft"
        ? (index + last) % TABS.length
        : key === "Home"
          ? 0
          : key === "End"
            ? last
            : null;
  return target === null ? null : (TABS[target] ?? null);
}

/** The right-hand panel beside the canvas: evidence, coverage and checks, one tab at a time. */
export function SidePanel({ quoteExtra }: { quoteExtra?: QuoteExtra } = {}) {
  const t = useT();
  const [active, setActive] = useState<Tab>("traceability");
  const baseId = useId();
  const headingId = `${baseId}-heading`;
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const next = tabAfterKey(active, event.key);
    if (next === null) return;
    event.preventDefault();
    // Keep the canvas shortcuts (arrows move nodes) out of it.
    event.stopPropagation();
    setActive(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <aside className="side-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t("panels.heading")}
      </h2>
      <div className="side-panel-tabs" role="tablist" aria-label={t("panels.tabs")}>
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              if (element) tabRefs.current.set(tab, element);
              else tabRefs.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`${baseId}-panel-${tab}`}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => setActive(tab)}
            onKeyDown={onKeyDown}
          >
            {t(TAB_NAME[tab])}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={`${baseId}-panel-${tab}`}
          aria-labelledby={`${baseId}-tab-${tab}`}
          hidden={tab !== active}
          className="side-panel-body"
        >
          {tab === active && TAB_CONTENT[tab](quoteExtra)}
        </div>
      ))}
    </aside>
  );
}
