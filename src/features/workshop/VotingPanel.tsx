import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import type { VotingRound } from "../../domain/analysis/analysis";
import {
  ballotDots,
  dotBudget,
  dotsGiven,
  isVotable,
  openRound,
  tally,
} from "../../domain/analysis/operations";
import { formatDate } from "../../i18n/dates";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { nodeDisplayName } from "../canvas/panels/nodeDisplayName";
import { VotingRanking } from "./VotingRanking";
import { voterOf } from "./voteOperation";
import { shownRound } from "./voteSelectors";
import { wholeNumber } from "./wholeNumber";
import type { WorkshopCommands } from "./workshopCommands";

function useDate() {
  const language = useAppStore((s) => s.language);
  return (at: number) => formatDate(language, at);
}

/** A whole-number field from 1 to `max`, kept as typed. */
function NumberField(props: {
  label: string;
  max: number;
  value: string;
  onChange(value: string): void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        min={1}
        max={props.max}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </>
  );
}

function StartRoundForm({ commands, count }: { commands: WorkshopCommands; count: number }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState("");
  // Kept as typed (a field may be empty while someone retypes it), read when the round starts.
  const [dots, setDots] = useState("3");
  const [participants, setParticipants] = useState("10");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    commands.startRound({
      name: name.trim() || t("voting.defaultName", { n: count + 1 }),
      dotsPerParticipant: wholeNumber(dots, 1, 100, 3),
      participants: wholeNumber(participants, 1, 1000, 10),
    });
    setName("");
  };
  return (
    <form className="voting-start" onSubmit={onSubmit}>
      <label htmlFor={`${id}-name`}>{t("voting.name")}</label>
      <input
        id={`${id}-name`}
        value={name}
        placeholder={t("voting.defaultName", { n: count + 1 })}
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
      />
      <NumberField label={t("voting.dots")} max={100} value={dots} onChange={setDots} />
      <NumberField
        label={t("voting.participants")}
        max={1000}
        value={participants}
        onChange={setParticipants}
      />
      <button type="submit" className="voting-submit">
        {t("voting.start")}
      </button>
    </form>
  );
}

/**
 * Every cluster and factor with its dots and buttons: voting by keyboard or mouse. The counts
 * are the room's; a participant gives and takes back only their own dots, within their budget.
 */
function Candidates({
  round,
  commands,
  voter,
}: {
  round: VotingRound;
  commands: WorkshopCommands;
  voter: string | null;
}) {
  const t = useT();
  const candidates = useAppStore(useShallow((s) => s.analysis.nodes.filter(isVotable)));
  if (candidates.length === 0) return <p>{t("voting.noCandidates")}</p>;
  const full =
    voter === null
      ? dotsGiven(round) >= dotBudget(round)
      : ballotDots(round, voter) >= round.dotsPerParticipant;
  return (
    <ul className="voting-candidates" aria-label={t("voting.candidates")}>
      {candidates.map((node) => {
        const name = nodeDisplayName(node, t("canvas.untitled"));
        const votes = tally(round)[node.id] ?? 0;
        const mine = voter === null ? votes : (round.ballots[voter]?.[node.id] ?? 0);
        return (
          <li key={node.id} data-testid="voting-candidate">
            <span className="voting-name">{name}</span>
            <button
              type="button"
              aria-label={t("voting.remove", { name })}
              disabled={mine === 0}
              onClick={() => commands.vote(node.id, -1)}
            >
              −
            </button>
            <output className="voting-count" aria-label={t("voting.count", { count: votes })}>
              {votes}
            </output>
            <button
              type="button"
              aria-label={t("voting.add", { name })}
              disabled={full}
              onClick={() => commands.vote(node.id, 1)}
            >
              +
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Dot voting: start a round (dots per participant, number of participants), give dots, see the
 * ranking, close or clear a round; earlier rounds stay with their dates and can be shown again.
 */
export function VotingPanel({ commands }: { commands: WorkshopCommands }) {
  const t = useT();
  const headingId = useId();
  const date = useDate();
  const rounds = useAppStore((s) => s.analysis.votingRounds);
  const open = useAppStore((s) => openRound(s.analysis));
  const shown = useAppStore(shownRound);
  const showRound = useAppStore((s) => s.showRound);
  const setOpen = useAppStore((s) => s.setVotingPanelOpen);
  // A workshop participant votes with their own dots and leaves the rounds to the facilitator.
  const voter = useAppStore(voterOf);
  const [notice, setNotice] = useState("");
  const panel = useRef<HTMLElement>(null);
  // Opened (by V or the button), the panel takes focus; so it does when a round starts or
  // closes and the control that had it is gone. Closed, the canvas gets it back.
  const openId = open?.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the open round changes
  useEffect(() => {
    const root = panel.current;
    const first =
      root?.querySelector<HTMLElement>("input") ??
      root?.querySelector<HTMLElement>(".voting-candidates button:not([disabled])");
    first?.focus();
  }, [openId]);
  const close = () => {
    setOpen(false);
    document.getElementById("canvas")?.focus();
  };

  return (
    <section
      ref={panel}
      className="voting-panel"
      aria-labelledby={headingId}
      data-testid="voting-panel"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        close();
      }}
    >
      <header className="voting-header">
        <h2 id={headingId}>{t("voting.heading")}</h2>
        <button type="button" onClick={close}>
          {t("voting.closePanel")}
        </button>
      </header>
      {open ? (
        <div className="voting-open">
          <h3>{t("voting.openRound", { name: open.name })}</h3>
          <p data-testid="voting-given">
            {voter === null
              ? t("voting.given", { given: dotsGiven(open), budget: dotBudget(open) })
              : t("voting.givenOwn", {
                  given: ballotDots(open, voter),
                  budget: open.dotsPerParticipant,
                })}
          </p>
          <Candidates round={open} commands={commands} voter={voter} />
          {voter === null && (
            <div className="voting-actions">
              <button type="button" onClick={() => commands.closeRound(open.id)}>
                {t("voting.close")}
              </button>
            </div>
          )}
        </div>
      ) : voter === null ? (
        <StartRoundForm commands={commands} count={rounds.length} />
      ) : (
        <p>{t("voting.waitForRound")}</p>
      )}
      {shown && (
        <div className="voting-results">
          <h3>{t("voting.ranking", { name: shown.name })}</h3>
          <VotingRanking round={shown} />
        </div>
      )}
      <h3>{t("voting.rounds")}</h3>
      {rounds.length === 0 ? (
        <p>{t("voting.noRounds")}</p>
      ) : (
        <ul className="voting-rounds">
          {[...rounds].reverse().map((round) => (
            <li key={round.id}>
              <strong>{round.name}</strong>{" "}
              <span>
                {t("voting.startedAt", { date: date(round.startedAt) })}
                {round.closedAt !== null &&
                  ` · ${t("voting.closedAt", { date: date(round.closedAt) })}`}
              </span>
              <span className="voting-round-actions">
                <button
                  type="button"
                  aria-pressed={shown?.id === round.id}
                  onClick={() => showRound(round.id)}
                >
                  {shown?.id === round.id ? t("voting.shown") : t("voting.show")}
                </button>
                {voter === null && (
                  <>
                    <button
                      type="button"
                      onClick={() => {
                        commands.clearRound(round.id);
                        setNotice(t("voting.cleared", { name: round.name }));
                      }}
                      disabled={dotsGiven(round) === 0}
                    >
                      {t("voting.clear")}
                    </button>
                    <button type="button" onClick={() => commands.deleteRound(round.id)}>
                      {t("voting.delete")}
                    </button>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="voting-notice">
        {notice}
      </p>
    </section>
  );
}
