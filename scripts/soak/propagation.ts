// How long an edit takes to reach every other client. An edit is known by its author's Yjs
// client id and the clock after it; a client has the edit once its own state for that author
// reaches that clock (Yjs applies an author's changes in order), which each transaction's
// before and after states tell without encoding anything.

interface SentEdit {
  clock: number;
  at: number;
  /** Clients that do not have it yet. */
  waiting: number;
}

export interface PropagationSummary {
  /** Edits every other client received. */
  delivered: number;
  /** Edits some client never received (0 in a sound run). */
  undelivered: number;
  p50Ms: number | null;
  p95Ms: number | null;
  maxMs: number | null;
}

export class Propagation {
  private readonly sent = new Map<number, SentEdit[]>();
  /** Per receiver: per author, how many of the author's edits it has. */
  private readonly reached: Map<number, number>[];
  private readonly latencies: number[] = [];

  constructor(private readonly clientCount: number) {
    this.reached = Array.from({ length: clientCount }, () => new Map());
  }

  /** An edit just written by the client with Yjs id `author`; `clock`: its own state after it. */
  edited(author: number, clock: number, at: number): void {
    if (this.clientCount < 2) return;
    let edits = this.sent.get(author);
    if (!edits) {
      edits = [];
      this.sent.set(author, edits);
    }
    edits.push({ clock, at, waiting: this.clientCount - 1 });
  }

  /** A remote transaction applied at `receiver` (index), moving its states as given. */
  received(
    receiver: number,
    before: ReadonlyMap<number, number>,
    after: ReadonlyMap<number, number>,
    at: number,
  ): void {
    const reached = this.reached[receiver] as Map<number, number>;
    for (const [author, clock] of after) {
      if ((before.get(author) ?? 0) >= clock) continue;
      const edits = this.sent.get(author);
      if (!edits) continue;
      let index = reached.get(author) ?? 0;
      for (; index < edits.length && (edits[index] as SentEdit).clock <= clock; index++) {
        const edit = edits[index] as SentEdit;
        edit.waiting--;
        if (edit.waiting === 0) this.latencies.push(at - edit.at);
      }
      reached.set(author, index);
    }
  }

  summary(): PropagationSummary {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (q: number) =>
      sorted.length === 0
        ? null
        : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number);
    let undelivered = 0;
    for (const edits of this.sent.values())
      for (const edit of edits) if (edit.waiting > 0) undelivered++;
    return {
      delivered: sorted.length,
      undelivered,
      p50Ms: at(0.5),
      p95Ms: at(0.95),
      maxMs: sorted.length === 0 ? null : (sorted[sorted.length - 1] as number),
    };
  }
}
