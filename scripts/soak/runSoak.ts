// The soak (issue 20): N simulated clients edit one shared analysis through the real sync
// server on localhost for a bounded time, then everyone must hold the same document.
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import * as Y from "yjs";
import type { Analysis } from "../../src/domain/analysis/analysis";
import { seededRandom } from "../../src/domain/seededRandom";
import { analysisOfYDoc, sameJson, writeAnalysis } from "../../src/io/ydoc/analysisYDoc";
import { checkSoakOptions, type SoakOptions } from "./options";
import { Propagation, type PropagationSummary } from "./propagation";
import { type EditKind, randomEdit, type SoakEditor, soakEditor } from "./randomEdit";
import { startServerProcess } from "./serverProcess";
import { seedAnalysis, shareDocument } from "./sharedDocument";
import { connectClient, type SoakClient } from "./soakClient";

export interface SoakResult {
  clients: number;
  seed: number;
  /** Edits asked for per client per second, and how long the edits actually went on. */
  editsPerSecondPerClient: number;
  editSeconds: number;
  edits: number;
  editsByKind: Record<EditKind, number>;
  /** Edits per client, c1 first. */
  editsByClient: number[];
  /** Draws that changed nothing (nothing to delete, a link already there). */
  skipped: number;
  /**
   * Y.Doc update events summed over all clients (sent: their own edits; received: the others'),
   * counted until they agreed; the rates are those during the edits.
   */
  updates: { sent: number; received: number; sentPerSecond: number; receivedPerSecond: number };
  /** From an edit to the moment every other client has it. */
  propagation: PropagationSummary;
  /** From the last edit until every client has every edit and the server acknowledged all. */
  convergeMs: number | null;
  /** Every client and a fresh one loading from the server: equal snapshots and analyses. */
  converged: boolean;
  /** …and byte-equal `Y.encodeStateAsUpdate` on top of that. */
  byteEqual: boolean;
  snapshotsEqual: boolean;
  analysesEqual: boolean;
  /** The agreed analysis' size. */
  nodes: number;
  links: number;
  serverRssMb: { afterSeed: number | null; peak: number | null; end: number | null };
  /**
   * Processor seconds used during the edits by the server and by this process (all the
   * simulated clients share its one thread: past some N it, not the server, sets the pace).
   */
  cpuSeconds: { server: number | null; clients: number };
  /** One-minute load average of the machine at the start and end of the edits. */
  loadAverage: { start: number; end: number };
}

const LOCAL = { name: "soak-local-edit" };
const KINDS: EditKind[] = ["add", "rename", "move", "link", "delete", "vote"];
const round1 = (n: number) => Math.round(n * 10) / 10;
const mb = (n: number | null) => (n === null ? null : round1(n));

/** Resolves true when `check` holds (tested on each change `subscribe` reports), false after `ms`. */
function until(check: () => boolean, subscribe: (on: () => void) => () => void, ms: number) {
  return new Promise<boolean>((resolve) => {
    let pending = false;
    const finish = (value: boolean) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(value);
    };
    const test = () => {
      if (pending) return;
      pending = true;
      setImmediate(() => {
        pending = false;
        if (check()) finish(true);
      });
    };
    const timer = setTimeout(() => finish(false), ms);
    const unsubscribe = subscribe(test);
    test();
  });
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);
const allSame = <T>(items: T[], same: (a: T, b: T) => boolean) =>
  items.every((item) => same(item, items[0] as T));

/** Runs one soak against a server it starts itself; cleans up whatever happens. */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const { clients: count, seed, editsPerSecond, host, log = () => {} } = checkSoakOptions(options);
  const dataDir = mkdtempSync(join(tmpdir(), "ontrafel-soak-"));
  // Also when the process is made to end (a second Ctrl+C): no data folder left behind.
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  process.once("exit", removeData);
  const server = await startServerProcess(host, dataDir).catch((error) => {
    process.off("exit", removeData);
    removeData();
    throw error;
  });
  const open: SoakClient[] = [];
  try {
    const shared = await shareDocument(
      server.httpUrl,
      server.webSocketUrl,
      seedAnalysis(seed, count),
      count,
    );
    open.push(shared.owner);
    const clients = shared.editorTokens.map((token) =>
      connectClient(server.webSocketUrl, shared.name, token),
    );
    open.push(...clients);
    await Promise.all(clients.map((client) => client.synced));
    shared.owner.close();
    const afterSeed = server.rssMb();
    log(`${count} clients in, server ${afterSeed?.toFixed(1)} MB`);

    const propagation = new Propagation(count);
    const updates = { sent: 0, received: 0 };
    const current: (Analysis | null)[] = clients.map(() => null);
    clients.forEach((client, index) => {
      client.doc.on("update", (_u: Uint8Array, origin: unknown, _d: Y.Doc, tr: Y.Transaction) => {
        if (origin === LOCAL) {
          updates.sent++;
          return;
        }
        updates.received++;
        current[index] = null;
        propagation.received(index, tr.beforeState, tr.afterState, performance.now());
      });
    });

    // The edits: one schedule for the whole room, each slot given to a client drawn at random.
    const pickClient = seededRandom(seed);
    const editors: SoakEditor[] = clients.map((_, i) =>
      soakEditor(`c${i + 1}`, seededRandom(seed * 7919 + i + 1)),
    );
    const editsByKind = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<
      EditKind,
      number
    >;
    const editsByClient = clients.map(() => 0);
    let edits = 0;
    let skipped = 0;
    const loadStart = loadavg()[0] as number;
    const serverCpuStart = server.cpuSeconds();
    const clientCpuStart = process.cpuUsage();
    const spacingMs = 1000 / (count * editsPerSecond);
    const start = performance.now();
    const endBy = start + options.seconds * 1000;
    let nextLog = start + 10_000;
    for (let slot = 0; edits < options.maxEdits && !options.signal?.aborted; slot++) {
      const due = start + slot * spacingMs;
      // The time limit holds even when the clients fall behind the schedule (a busy machine).
      if (due >= endBy || performance.now() >= endBy) break;
      await sleep(Math.max(0, due - performance.now()));
      const index = Math.floor(pickClient() * count);
      const doc = (clients[index] as SoakClient).doc;
      let analysis = current[index];
      if (!analysis) {
        const read = analysisOfYDoc(doc);
        if (!read.ok) throw new Error(`soak: client c${index + 1} holds no valid analysis`);
        analysis = read.value;
      }
      const edit = randomEdit(analysis, editors[index] as SoakEditor, Date.now());
      const clockBefore = Y.getState(doc.store, doc.clientID);
      if (edit) writeAnalysis(doc, edit.analysis, LOCAL);
      const clock = Y.getState(doc.store, doc.clientID);
      if (!edit || clock === clockBefore) {
        skipped++;
        continue;
      }
      current[index] = edit.analysis;
      propagation.edited(doc.clientID, clock, performance.now());
      edits++;
      editsByKind[edit.kind]++;
      editsByClient[index] = (editsByClient[index] ?? 0) + 1;
      if (performance.now() >= nextLog) {
        nextLog += 10_000;
        const seconds = Math.round((performance.now() - start) / 1000);
        log(`${seconds} s: ${edits} edits, server ${server.rssMb()?.toFixed(1)} MB`);
      }
    }
    if (options.signal?.aborted) throw new Error("soak: interrupted");
    const lastEdit = performance.now();
    const duringEdits = { ...updates };
    const serverCpuEnd = server.cpuSeconds();
    const clientCpu = process.cpuUsage(clientCpuStart);
    const loadEnd = loadavg()[0] as number;

    // Converged: nothing waits for the server, and every client has every client's edits, its
    // insertions and its deletions (a snapshot: state vector and delete set).
    const everyoneHasAll = () =>
      clients.every((client) => !client.provider.hasUnsyncedChanges) &&
      allSame(
        clients.map((client) => Y.snapshot(client.doc)),
        Y.equalSnapshots,
      );
    const agreed = await until(
      everyoneHasAll,
      (on) => {
        for (const client of clients) {
          client.doc.on("update", on);
          client.provider.on("unsyncedChanges", on);
        }
        return () => {
          for (const client of clients) {
            client.doc.off("update", on);
            client.provider.off("unsyncedChanges", on);
          }
        };
      },
      options.convergeTimeoutMs,
    );
    const convergeMs = agreed ? performance.now() - lastEdit : null;

    // What the server holds, as someone opening the link now gets it.
    const fresh = connectClient(server.webSocketUrl, shared.name, shared.readonlyToken);
    open.push(fresh);
    await fresh.synced;
    const docs = [...clients, fresh].map((client) => client.doc);
    const byteEqual = allSame(
      docs.map((doc) => Y.encodeStateAsUpdate(doc)),
      sameBytes,
    );
    const snapshotsEqual = allSame(
      docs.map((doc) => Y.snapshot(doc)),
      Y.equalSnapshots,
    );
    // Each reads its fields in the order they reached it, so the analyses compare as JSON values.
    const analyses = docs.map((doc) => analysisOfYDoc(doc));
    const values = analyses.map((read) => (read.ok ? read.value : null));
    const final = values[0] ?? null;
    const analysesEqual = final !== null && values.every((value) => sameJson(value, final));
    const editSeconds = (lastEdit - start) / 1000;

    return {
      clients: count,
      seed,
      editsPerSecondPerClient: editsPerSecond,
      editSeconds: round1(editSeconds),
      edits,
      editsByKind,
      editsByClient,
      skipped,
      updates: {
        ...updates,
        sentPerSecond: round1(duringEdits.sent / editSeconds),
        receivedPerSecond: round1(duringEdits.received / editSeconds),
      },
      propagation: propagation.summary(),
      convergeMs: convergeMs === null ? null : Math.round(convergeMs),
      converged: agreed && snapshotsEqual && analysesEqual,
      byteEqual,
      snapshotsEqual,
      analysesEqual,
      nodes: final?.nodes.length ?? 0,
      links: final?.edges.length ?? 0,
      serverRssMb: {
        afterSeed: mb(afterSeed),
        peak: mb(server.peakRssMb()),
        end: mb(server.rssMb()),
      },
      cpuSeconds: {
        server:
          serverCpuStart === null || serverCpuEnd === null
            ? null
            : round1(serverCpuEnd - serverCpuStart),
        clients: round1((clientCpu.user + clientCpu.system) / 1e6),
      },
      loadAverage: { start: loadStart, end: loadEnd },
    };
  } finally {
    for (const client of open) client.close();
    await server.stop();
    process.off("exit", removeData);
    removeData();
  }
}
