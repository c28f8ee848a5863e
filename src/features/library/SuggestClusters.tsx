import { useEffect, useMemo, useRef, useState } from "react";
import { quoteIdsOnCanvas } from "../../domain/analysis/graph";
import type { AcceptedCluster } from "../../domain/analysis/operations/suggested";
import type { Quote } from "../../domain/corpus/quote";
import { useAppStore } from "../../state/StoreProvider";
import { useSuggestClient } from "../../state/useSuggestClient";
import { useT } from "../../state/useT";
import { ModalDialog } from "../../ui/ModalDialog";
import { libraryView } from "./libraryRows";
import "./suggest.css";

type Scope = "selected" | "filter" | "corpus";

interface Proposal {
  key: string;
  label: string;
  quoteIds: string[];
  sharedWords: string[];
  decision: "open" | "accepted" | "rejected";
}

type Run =
  | { kind: "idle" }
  | { kind: "running"; percent: number }
  | { kind: "done"; proposals: Proposal[]; unassigned: number }
  | { kind: "cancelled" }
  | { kind: "failed"; message: string };

/** The quotes each scope offers: the selected cards', or the unplaced ones of the filter or corpus. */
function useScopes(): Record<Scope, readonly Quote[]> {
  const quotes = useAppStore((s) => s.quotes);
  const search = useAppStore((s) => s.quoteSearch);
  const query = useAppStore((s) => s.query);
  const chapter = useAppStore((s) => s.chapterFilter);
  const section = useAppStore((s) => s.sectionFilter);
  const nodes = useAppStore((s) => s.analysis.nodes);
  const selected = useAppStore((s) => s.selectedNodeIds);
  return useMemo(() => {
    const placed = quoteIdsOnCanvas(nodes);
    const byId = new Map(quotes.map((q) => [q.id, q]));
    const selectedQuotes = nodes.flatMap((n) => {
      const quote = n.kind === "quote" && selected.has(n.id) ? byId.get(n.quoteId) : undefined;
      return quote ? [quote] : [];
    });
    const view = libraryView(quotes, search, query, { chapter, section, exclude: placed });
    return {
      selected: selectedQuotes,
      filter: view.rows.flatMap((row) => (row.kind === "quote" ? [row.quote] : [])),
      corpus: quotes.filter((q) => !placed.has(q.id)),
    };
  }, [quotes, search, query, chapter, section, nodes, selected]);
}

let proposalNumber = 0;

/** A proposal from the engine's cluster, open for a decision. */
function proposalOf(cluster: { quoteIds: string[]; words: string[]; sharedWords: string[] }) {
  return {
    key: `p${++proposalNumber}`,
    label: cluster.words.join(", "),
    quoteIds: cluster.quoteIds,
    sharedWords: cluster.sharedWords,
    decision: "open",
  } satisfies Proposal;
}

/** A starting number of clusters: about one per eight quotes, at least two. */
function defaultCount(quotes: number): number {
  return Math.max(2, Math.min(Math.floor(quotes / 2), Math.round(quotes / 8)));
}

/**
 * "Stel clusters voor": choose which quotes and about how many clusters, see the proposals
 * with a label and their shared words, accept, rename, split, merge or reject each; only "Zet op het canvas"
 * changes the analysis, as one undo step.
 */
export function SuggestClustersDialog({
  onClose,
  onPlace,
}: {
  onClose(): void;
  onPlace(accepted: AcceptedCluster[]): void;
}) {
  const t = useT();
  const client = useSuggestClient();
  const scopes = useScopes();
  const [scope, setScope] = useState<Scope>(() =>
    scopes.selected.length >= 2 ? "selected" : "filter",
  );
  const chosen = scopes[scope];
  const [count, setCount] = useState(() => defaultCount(chosen.length));
  const [run, setRun] = useState<Run>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  const byId = useMemo(() => new Map(chosen.map((q) => [q.id, q])), [chosen]);

  // Closing the dialog stops work in progress.
  useEffect(() => () => controller.current?.abort(), []);

  const start = () => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setRun({ kind: "running", percent: 0 });
    client
      .propose(
        chosen.map((q) => q.id),
        count,
        {
          signal: abort.signal,
          onProgress: (done) => setRun({ kind: "running", percent: Math.round(done * 100) }),
        },
      )
      .then(
        (result) =>
          setRun({
            kind: "done",
            unassigned: result.unassigned.length,
            proposals: result.clusters.map(proposalOf),
          }),
        (error: unknown) => {
          if (abort.signal.aborted) setRun({ kind: "cancelled" });
          else
            setRun({
              kind: "failed",
              message: error instanceof Error ? error.message : String(error),
            });
        },
      );
  };

  const update = (key: string, change: Partial<Proposal>) =>
    setRun((r) =>
      r.kind === "done"
        ? { ...r, proposals: r.proposals.map((p) => (p.key === key ? { ...p, ...change } : p)) }
        : r,
    );
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [mergeTarget, setMergeTarget] = useState<Record<string, string>>({});
  /** Replaces proposal `key` by `next` (the members left out count as fitting none). */
  const replace = (key: string, next: Proposal[], leftOut: number) =>
    setRun((r) =>
      r.kind === "done"
        ? {
            ...r,
            unassigned: r.unassigned + leftOut,
            proposals: r.proposals.flatMap((p) => (p.key === key ? next : [p])),
          }
        : r,
    );
  /** Splits a proposal in two the way the engine would cluster its members alone. */
  const split = (proposal: Proposal) => {
    setBusy(true);
    client
      .propose(proposal.quoteIds, 2)
      .then(
        (result) => {
          if (result.clusters.length < 2) return;
          replace(proposal.key, result.clusters.map(proposalOf), result.unassigned.length);
          setAnnouncement(t("suggest.splitDone", { count: result.clusters.length }));
        },
        () => setAnnouncement(t("suggest.splitFailed")),
      )
      .finally(() => setBusy(false));
  };
  /** Merges proposal `into` with `other`: one proposal, `into`'s name, words shared anew. */
  const merge = (into: Proposal, other: Proposal) => {
    const quoteIds = [...into.quoteIds, ...other.quoteIds];
    setBusy(true);
    client
      .propose(quoteIds, 1)
      .then(
        (result) => {
          const sharedWords = result.clusters[0]?.sharedWords ?? [];
          setRun((r) =>
            r.kind === "done"
              ? {
                  ...r,
                  proposals: r.proposals
                    .filter((p) => p.key !== other.key)
                    .map((p) => (p.key === into.key ? { ...p, quoteIds, sharedWords } : p)),
                }
              : r,
          );
          setAnnouncement(t("suggest.mergeDone", { label: into.label, other: other.label }));
        },
        () => setAnnouncement(t("suggest.splitFailed")),
      )
      .finally(() => setBusy(false));
  };
  const accepted =
    run.kind === "done" ? run.proposals.filter((p) => p.decision === "accepted") : [];
  const place = () => {
    onPlace(
      accepted.map((p) => ({
        label: p.label,
        quotes: p.quoteIds.flatMap((id) => {
          const quote = byId.get(id);
          return quote ? [quote] : [];
        }),
      })),
    );
    onClose();
  };
  const running = run.kind === "running";

  return (
    <ModalDialog title={t("suggest.heading")} onClose={onClose} className="suggest-dialog">
      <form
        className="suggest-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!running && chosen.length >= 2) start();
        }}
      >
        <fieldset disabled={running}>
          <legend>{t("suggest.scope")}</legend>
          {(["selected", "filter", "corpus"] as const).map((s) => (
            <label key={s} className="radio">
              <input
                type="radio"
                name="suggest-scope"
                value={s}
                checked={scope === s}
                onChange={() => {
                  setScope(s);
                  setCount(defaultCount(scopes[s].length));
                }}
              />
              {t(
                s === "selected"
                  ? "suggest.scopeSelected"
                  : s === "filter"
                    ? "suggest.scopeFilter"
                    : "suggest.scopeCorpus",
                { count: scopes[s].length },
              )}
            </label>
          ))}
        </fieldset>
        <label className="suggest-count">
          {t("suggest.count")}
          <input
            type="number"
            min={1}
            max={Math.max(1, Math.floor(chosen.length / 2))}
            value={count}
            disabled={running}
            onChange={(event) => setCount(Math.max(1, Number(event.target.value) || 1))}
          />
        </label>
        {chosen.length < 2 && <p className="hint">{t("suggest.tooFew")}</p>}
        <div className="suggest-actions">
          {running ? (
            <button type="button" onClick={() => controller.current?.abort()}>
              {t("suggest.cancel")}
            </button>
          ) : (
            <button type="submit" className="btn-primary" disabled={chosen.length < 2}>
              {t("suggest.run")}
            </button>
          )}
        </div>
      </form>
      <div aria-live="polite" className="suggest-status">
        {run.kind === "running" && (
          <>
            <progress
              max={100}
              value={run.percent}
              aria-label={t("suggest.progress", { percent: run.percent })}
            />
            <span>{t("suggest.progress", { percent: run.percent })}</span>
          </>
        )}
        {run.kind === "cancelled" && <p>{t("suggest.cancelled")}</p>}
        {run.kind === "failed" && (
          <p role="alert">{t("suggest.failed", { message: run.message })}</p>
        )}
        {run.kind === "done" && (
          <p>
            {t("suggest.result", { count: run.proposals.length })}
            {run.unassigned > 0 && ` ${t("suggest.unassigned", { count: run.unassigned })}`}
            {announcement && ` ${announcement}`}
          </p>
        )}
      </div>
      {run.kind === "done" && run.proposals.length > 0 && (
        <ol className="suggest-proposals" aria-label={t("suggest.proposals")}>
          {run.proposals.map((p, i) => (
            <li key={p.key} className={`suggest-proposal ${p.decision}`} data-decision={p.decision}>
              <input
                type="text"
                className="suggest-label"
                value={p.label}
                aria-label={t("suggest.label", { number: i + 1 })}
                onChange={(event) => update(p.key, { label: event.target.value })}
              />
              <p className="suggest-reason">
                {p.sharedWords.length > 0
                  ? t("suggest.reason", { words: p.sharedWords.join(", ") })
                  : t("suggest.noReason")}
              </p>
              <details>
                <summary>{t("suggest.members", { count: p.quoteIds.length })}</summary>
                <ul className="suggest-members">
                  {p.quoteIds.map((id) => (
                    <li key={id} data-quote-id={id}>
                      {byId.get(id)?.text}
                    </li>
                  ))}
                </ul>
              </details>
              <div className="suggest-decision">
                <button
                  type="button"
                  aria-pressed={p.decision === "accepted"}
                  onClick={() =>
                    update(p.key, { decision: p.decision === "accepted" ? "open" : "accepted" })
                  }
                >
                  {t("suggest.accept")}
                </button>
                <button
                  type="button"
                  aria-pressed={p.decision === "rejected"}
                  onClick={() =>
                    update(p.key, { decision: p.decision === "rejected" ? "open" : "rejected" })
                  }
                >
                  {t("suggest.reject")}
                </button>
                {p.quoteIds.length >= 4 && (
                  <button type="button" disabled={busy} onClick={() => split(p)}>
                    {t("suggest.split")}
                  </button>
                )}
              </div>
              {run.proposals.length > 1 && (
                <div className="suggest-merge">
                  <label>
                    {t("suggest.mergeWith")}
                    <select
                      value={mergeTarget[p.key] ?? ""}
                      onChange={(event) =>
                        setMergeTarget((m) => ({ ...m, [p.key]: event.target.value }))
                      }
                    >
                      <option value="">{t("suggest.mergeChoose")}</option>
                      {run.proposals.map((other, j) =>
                        other.key === p.key ? null : (
                          <option key={other.key} value={other.key}>
                            {t("suggest.mergeOption", { number: j + 1, label: other.label })}
                          </option>
                        ),
                      )}
                    </select>
                  </label>
                  <button
                    type="button"
                    disabled={busy || !run.proposals.some((o) => o.key === mergeTarget[p.key])}
                    onClick={() => {
                      const other = run.proposals.find((o) => o.key === mergeTarget[p.key]);
                      if (other) merge(p, other);
                    }}
                  >
                    {t("suggest.merge")}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="dialog-footer">
        <button
          type="button"
          className="btn-primary"
          disabled={accepted.length === 0}
          onClick={place}
        >
          {t("suggest.place", { count: accepted.length })}
        </button>
        <button type="button" onClick={onClose}>
          {t("suggest.close")}
        </button>
      </div>
    </ModalDialog>
  );
}

export default SuggestClustersDialog;
