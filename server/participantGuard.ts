// The participant rule, enforced by the server: an update or sync step 2 that a participant
// link's connection sends is tried on a copy of the document first, and let through only when
// the analysis after it differs from the one before in nothing but what a participant may
// change (`isPermittedParticipantChange`, the same rule the app's binding applies). Anything
// else closes the connection (reason `refused`): the app never sends such a change, so only a
// forged message or a rare race (a dot given as the facilitator closes the round) meets it.
import type { Connection, Document } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import { messageYjsSyncStep2, messageYjsUpdate } from "y-protocols/sync";
import * as Y from "yjs";
import type { Analysis } from "../src/domain/analysis/analysis";
import type { AnalysisReadResult } from "../src/domain/analysis/migrations";
import { isPermittedParticipantChange } from "../src/domain/analysis/participation";
import { repairReferences } from "../src/io/repair";
import { analysisOfYDoc } from "../src/io/ydoc/analysisYDoc";
import type { ClaimKind, SyncStore } from "./syncStore";

const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;

/** Close code and reason of a connection whose change was refused; the app words it. */
export const REFUSED = { code: 4403, reason: "refused" } as const;

/** What a participant device first made in a document: kept in the sync store. */
export type Claims = Pick<SyncStore, "claimOwner" | "claimsOf" | "claim" | "atomically">;

export type Verdict =
  | { ok: true; claims: { kind: ClaimKind; key: string }[] }
  | { ok: false; why: string };

const refusal = (why: string): Verdict => ({ ok: false, why });
const refusedError = (why: string) =>
  Object.assign(new Error(`participant change refused: ${why}`), REFUSED);

/** The Yjs update a sync message carries when it can change the document, else null. */
export function updateOfMessage(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
    const step = decoding.readVarUint(decoder);
    if (step !== messageYjsSyncStep2 && step !== messageYjsUpdate) return null;
    return decoding.readVarUint8Array(decoder);
  } catch {
    // Hocuspocus refuses what it cannot read itself.
    return null;
  }
}

/**
 * A copy of a document that follows it, on which a participant's update is tried before the
 * document gets it: copying the whole document for each update cost 80 ms at 500 nodes on a
 * loaded machine. It remembers the analysis it holds until it changes. A refused update stays
 * in it, so after a refusal it is made again from the document.
 */
export interface TrialCopy {
  readonly doc: Y.Doc;
  analysis(): AnalysisReadResult;
  apply(update: Uint8Array): void;
  stop(): void;
}

export function trialCopy(original: Y.Doc): TrialCopy {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(original));
  let read: AnalysisReadResult | null = null;
  // Only a real change forgets the analysis (the document's copy of an update tried here
  // changes nothing).
  doc.on("update", () => {
    read = null;
  });
  const follow = (update: Uint8Array) => Y.applyUpdate(doc, update);
  original.on("update", follow);
  return {
    doc,
    analysis() {
      read ??= analysisOfYDoc(doc);
      return read;
    },
    apply(update) {
      Y.applyUpdate(doc, update);
    },
    stop() {
      original.off("update", follow);
      doc.destroy();
    },
  };
}

/**
 * Whether the participant device `device` may apply `update` to `doc`, and what it claims by
 * it. A device owns: the Yjs client ids it first wrote with (no one else may write under them,
 * so no one can slip structs into its history), the factors it first added (its to rename or
 * remove) and the first ballot it gave (its participant id in every round). `trial` is a copy
 * of `doc` (trialCopy); a permitted update is in it afterwards, a refused one too.
 */
export function checkParticipantUpdate(
  doc: Y.Doc,
  trial: TrialCopy,
  name: string,
  update: Uint8Array,
  device: string,
  claims: Claims,
): Verdict {
  // Nothing new (a reconnect's sync step 2 of what the server has): nothing to check.
  if (Y.snapshotContainsUpdate(Y.snapshot(doc), update)) return { ok: true, claims: [] };

  const known = Y.decodeStateVector(Y.encodeStateVector(doc));
  const newClients: string[] = [];
  for (const [client, clock] of Y.parseUpdateMeta(update).to) {
    if (clock <= (known.get(client) ?? 0)) continue;
    const owner = claims.claimOwner(name, "client", String(client));
    if (owner === null && (known.get(client) ?? 0) > 0) return refusal("someone else's client id");
    if (owner !== null && owner !== device) return refusal("another participant's client id");
    if (owner === null) newClients.push(String(client));
  }

  const before = trial.analysis();
  if (!before.ok) return refusal("no analysis to change");
  const { store } = trial.doc;
  const hadPending = store.pendingStructs !== null || store.pendingDs !== null;
  trial.apply(update);
  // Structs or deletions waiting for content the server lacks would apply later, unchecked.
  if (!hadPending && (store.pendingStructs !== null || store.pendingDs !== null)) {
    return refusal("incomplete update");
  }
  const after = trial.analysis();
  if (!after.ok) return refusal("no valid analysis after it");

  const own = new Set(claims.claimsOf(name, "node", device));
  const [claimedBallot] = claims.claimsOf(name, "ballot", device);
  const newBallot = claimedBallot ? null : soleChangedBallot(before.value, after.value);
  const free = newBallot !== null && claims.claimOwner(name, "ballot", newBallot) === null;
  const participantId = claimedBallot ?? (free ? newBallot : null) ?? `nobody:${device}`;
  const repaired = (analysis: Analysis) => repairReferences(analysis).analysis;
  if (!isPermittedParticipantChange(before.value, after.value, participantId, own, repaired)) {
    return refusal("not a participant's change");
  }

  const earlier = new Set(before.value.nodes.map((node) => node.id));
  return {
    ok: true,
    claims: [
      ...newClients.map((key) => ({ kind: "client" as const, key })),
      ...after.value.nodes
        .filter((node) => !earlier.has(node.id))
        .map((node) => ({ kind: "node" as const, key: node.id })),
      ...(free && newBallot !== null ? [{ kind: "ballot" as const, key: newBallot }] : []),
    ],
  };
}

/** The one participant id whose ballot differs between the two, if exactly one does. */
function soleChangedBallot(before: Analysis, after: Analysis): string | null {
  const changed = new Set<string>();
  for (const round of after.votingRounds) {
    const earlier = before.votingRounds.find((r) => r.id === round.id)?.ballots ?? {};
    const ids = new Set([...Object.keys(earlier), ...Object.keys(round.ballots)]);
    for (const id of ids) {
      if (JSON.stringify(earlier[id]) !== JSON.stringify(round.ballots[id])) changed.add(id);
    }
  }
  return changed.size === 1 ? ([...changed][0] ?? null) : null;
}

/**
 * The beforeHandleMessage check for participant connections. A connection's updates are
 * checked one after another, each once Hocuspocus has applied the one before (it applies a
 * message right after its hook resolves), so each is checked against the document it will
 * change. After a refusal every later message of that connection is refused too.
 */
export function participantGuard(claims: Claims) {
  const queues = new WeakMap<Connection, Promise<unknown>>();
  // Made on a document's first participant update; gone with the document (weakly held).
  const trials = new WeakMap<Document, TrialCopy>();
  const refused = new WeakSet<Connection>();
  const applied = () => new Promise((resolve) => setImmediate(resolve));

  return function guard(
    connection: Connection,
    document: Document,
    message: Uint8Array,
    device: string,
  ): Promise<void> | undefined {
    const update = updateOfMessage(message);
    if (update === null) return undefined;
    const checked = (queues.get(connection) ?? Promise.resolve()).then(() => {
      if (refused.has(connection)) throw refusedError("refused before");
      let trial = trials.get(document);
      if (!trial) {
        trial = trialCopy(document);
        trials.set(document, trial);
      }
      // Checked and claimed in one write transaction: another server instance sharing the
      // store (scaleOut.ts) cannot let a second device claim the same ballot in between.
      const verdict = claims.atomically(() => {
        const checked = checkParticipantUpdate(
          document,
          trial,
          document.name,
          update,
          device,
          claims,
        );
        if (checked.ok) {
          for (const { kind, key } of checked.claims) {
            claims.claim(document.name, kind, key, device);
          }
        }
        return checked;
      });
      if (!verdict.ok) {
        trial.stop();
        trials.delete(document);
        refused.add(connection);
        throw refusedError(verdict.why);
      }
    });
    queues.set(connection, checked.then(applied, applied));
    return checked;
  };
}
