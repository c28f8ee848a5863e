// @vitest-environment node
// Scale-out for real: a redis-server child process on a free port (installed first when missing,
// scripts/ensure-redis.mjs; never skipped), two sync server instances sharing one data folder
// and joined through it, a client on each.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { acknowledged } from "../../scripts/soak/soakClient";
import { redisConnection } from "../../server/scaleOut";
import { type RunningSyncServer, startSyncServer } from "../../server/syncServer";
import { openSyncStore } from "../../server/syncStore";
import { captureLinked } from "../../src/domain/analysis/operations/capture";
import { setLabel } from "../../src/domain/analysis/operations/edit";
import { writeAnalysis } from "../../src/io/ydoc/analysisYDoc";
import { cluster, makeAnalysis } from "../helpers/analysisFactory";
import {
  analysisIn,
  closeReason,
  connect,
  createDocument,
  createLink,
  DEVICE_ONE,
  DEVICE_TWO,
  destroyProviders,
  edit,
  idsFor,
  revokeLink,
  when,
} from "../helpers/syncServerClients";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
let redis: ChildProcess | null = null;
let redisPort = 0;
let redisUrl = "";
let dataDir: string;
const running: RunningSyncServer[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** Starts Redis on `redisPort`, in memory only (nothing saved, no append-only file). */
async function startRedis(): Promise<void> {
  const child = spawn(
    "/usr/bin/redis-server",
    ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  redis = child;
  process.once("exit", () => child.kill());
  let output = "";
  await new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`redis-server ended (${code}): ${output}`)));
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) resolve();
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
  });
}

async function stopRedis(): Promise<void> {
  const child = redis;
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGKILL");
  });
}

// Why Redis could not be had, if so: each test that needs it fails with this (a failing
// beforeAll would only mark them skipped).
let redisMissing: Error | null = null;

beforeAll(async () => {
  // apt-get on a clean CI machine takes a while.
  const ensured = spawnSync(process.execPath, [join(repoRoot, "scripts", "ensure-redis.mjs")], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (ensured.status !== 0) {
    redisMissing = new Error(
      "redis-server is missing and could not be installed (scripts/ensure-redis.mjs)",
    );
    return;
  }
  try {
    redisPort = await freePort();
    await startRedis();
    redisUrl = `redis://127.0.0.1:${redisPort}`;
  } catch (error) {
    redisMissing = new Error(`redis-server did not start: ${(error as Error).message}`);
  }
}, 300_000);

afterAll(stopRedis);

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "ontrafel-sync-redis-"));
});

afterEach(async () => {
  destroyProviders();
  await Promise.all(running.splice(0).map((server) => server.stop()));
  rmSync(dataDir, { recursive: true, force: true });
});

async function instance(options: {
  redis: boolean;
  storeDebounceMs?: number;
}): Promise<RunningSyncServer> {
  if (options.redis && redisMissing) throw redisMissing;
  const server = await startSyncServer({
    dataDir,
    port: 0,
    quiet: true,
    storeDebounceMs: options.storeDebounceMs ?? 50,
    ...(options.redis ? { redisUrl } : {}),
  });
  running.push(server);
  return server;
}

const bytes = (document: Y.Doc) => Y.encodeStateAsUpdate(document);

describe("sync server scaled out through Redis", () => {
  it("passes edits and presence between two instances, which share links and the stored document", async () => {
    const a = await instance({ redis: true });
    const b = await instance({ redis: true });
    const { name, ownerSecret } = await createDocument(a);
    // A link made through A lets its holder in through B: one data folder.
    const link = await createLink(a, name, ownerSecret, "editor");
    const onA = connect(a, name, ownerSecret);
    const onB = connect(b, name, link.token);
    expect(await onA.outcome).toEqual({ kind: "synced" });
    expect(await onB.outcome).toEqual({ kind: "synced" });

    onA.document.getMap("nodes").set("a1", "Te weinig handhaving");
    onB.document.getMap("nodes").set("b1", "Regels onduidelijk");
    onA.document.getMap("nodes").set("a2", "Geen budget");
    const all = (document: Y.Doc) =>
      ["a1", "b1", "a2"].every((key) => document.getMap("nodes").has(key));
    await Promise.all([
      when(onA.document, () => all(onA.document)),
      when(onB.document, () => all(onB.document)),
    ]);
    expect(bytes(onA.document)).toEqual(bytes(onB.document));
    expect(onB.document.getMap("nodes").get("a2")).toBe("Geen budget");

    // Presence (awareness) crosses too.
    const seenOnB = new Promise<void>((resolve) => {
      const look = () => {
        const states = [...(onB.provider.awareness?.getStates().values() ?? [])];
        if (states.some((state) => state.user?.name === "Anna")) resolve();
      };
      onB.provider.awareness?.on("change", look);
      look();
    });
    onA.provider.setAwarenessField("user", { name: "Anna" });
    await seenOnB;

    // Both instances stored what they hold into the one file: a third instance, on its own,
    // serves both edits.
    await Promise.all([acknowledged(onA.provider), acknowledged(onB.provider)]);
    destroyProviders();
    await Promise.all(running.splice(0).map((server) => server.stop()));
    const alone = await instance({ redis: false });
    const reader = connect(alone, name, link.token);
    expect(await reader.outcome).toEqual({ kind: "synced" });
    expect(reader.document.getMap("nodes").toJSON()).toEqual({
      a1: "Te weinig handhaving",
      b1: "Regels onduidelijk",
      a2: "Geen budget",
    });
  });

  it("gives the first client of a second instance the edits the first has not stored yet", async () => {
    // A stores nothing during the test: what B serves comes from A through Redis.
    const a = await instance({ redis: true, storeDebounceMs: 60_000 });
    const b = await instance({ redis: true });
    const { name, ownerSecret } = await createDocument(a);
    const onA = connect(a, name, ownerSecret);
    await onA.outcome;
    onA.document.getMap("nodes").set("a1", "Nog niet bewaard");
    await acknowledged(onA.provider);
    const file = openSyncStore(dataDir);
    expect(file.loadState(name)).toBeNull();
    file.close();

    const onB = connect(b, name, ownerSecret);
    expect(await onB.outcome).toEqual({ kind: "synced" });
    // At once on being synced, not at A's next change.
    expect(onB.document.getMap("nodes").get("a1")).toBe("Nog niet bewaard");
  });

  it("closes a link revoked through one instance on the other, and refuses it there", async () => {
    const a = await instance({ redis: true });
    const b = await instance({ redis: true });
    const { name, ownerSecret } = await createDocument(a);
    const link = await createLink(a, name, ownerSecret, "editor");
    const onB = connect(b, name, link.token);
    expect(await onB.outcome).toEqual({ kind: "synced" });
    const closed = closeReason(onB.provider);

    expect((await revokeLink(a, name, ownerSecret, link.id)).status).toBe(204);
    expect(await closed).toBe("revoked");
    const again = connect(b, name, link.token);
    expect(await again.outcome).toEqual({ kind: "refused", reason: "revoked" });
  });

  it("catches up by itself when the subscriptions are back: after they dropped, and after Redis was gone", async () => {
    const a = await instance({ redis: true });
    const b = await instance({ redis: true });
    const { name, ownerSecret } = await createDocument(a);
    const onA = connect(a, name, ownerSecret);
    const onB = connect(b, name, ownerSecret);
    await Promise.all([onA.outcome, onB.outcome]);
    const nodes = (document: Y.Doc) => document.getMap("nodes");

    // Redis drops every subscriber connection; until they are back (ioredis waits 50 ms first)
    // A's publication of the edit reaches nobody, and nothing else is published afterwards.
    const killed = spawnSync(
      "/usr/bin/redis-cli",
      ["-p", String(redisPort), "CLIENT", "KILL", "TYPE", "pubsub"],
      { encoding: "utf8" },
    );
    expect(Number(killed.stdout)).toBeGreaterThanOrEqual(2);
    nodes(onA.document).set("a1", "Zonder abonnement");
    await when(onB.document, () => nodes(onB.document).has("a1"));

    // Redis gone and started again (empty): an edit made meanwhile arrives too.
    await stopRedis();
    nodes(onA.document).set("a2", "Tijdens de storing");
    await acknowledged(onA.provider);
    await startRedis();
    await when(onB.document, () => nodes(onB.document).has("a2"));
    expect(bytes(onB.document)).toEqual(bytes(onA.document));
  });

  it("checks a participant on either instance against what their device made through the other", async () => {
    const a = await instance({ redis: true });
    const b = await instance({ redis: true });
    const { name, ownerSecret } = await createDocument(a);
    const participantLink = await createLink(a, name, ownerSecret, "participant");
    const owner = connect(a, name, ownerSecret);
    await owner.outcome;
    writeAnalysis(owner.document, makeAnalysis([cluster("core", "problem")], []));
    await acknowledged(owner.provider);
    const participant = (server: RunningSyncServer, device: string) => {
      const connected = connect(server, name, `${participantLink.token}.${device}`);
      return { ...connected, ready: Promise.all([connected.outcome, connected.role]) };
    };
    const label = (id: string) => {
      const node = analysisIn(owner.document).nodes.find((n) => n.id === id);
      return node?.kind === "factor" ? node.label : null;
    };

    // Device one adds a cause through A, then renames it through B: B knows it is theirs.
    const oneOnA = participant(a, DEVICE_ONE);
    expect(await oneOnA.ready).toEqual([{ kind: "synced" }, "participant"]);
    let cause = "";
    edit(oneOnA.document, (analysis) => {
      const captured = captureLinked(analysis, "core", "Te weinig tijd", "cause", idsFor("een"));
      cause = captured.nodeId ?? "";
      return captured.analysis;
    });
    await when(owner.document, () => label(cause) === "Te weinig tijd");
    const oneOnB = participant(b, DEVICE_ONE);
    await oneOnB.ready;
    edit(oneOnB.document, (analysis) => setLabel(analysis, cause, "Hernoemd via B"));
    await when(owner.document, () => label(cause) === "Hernoemd via B");

    // Device two, on B, may not rename it: refused there, and A's document never has it.
    const twoOnB = participant(b, DEVICE_TWO);
    await twoOnB.ready;
    const refused = closeReason(twoOnB.provider);
    edit(twoOnB.document, (analysis) => setLabel(analysis, cause, "Niet van mij"));
    expect(await refused).toBe("refused");
    // Device one's next rename, through B, arrives after it: nothing of device two's came between.
    edit(oneOnB.document, (analysis) => setLabel(analysis, cause, "Daarna"));
    await when(owner.document, () => label(cause) === "Daarna");
    expect(
      analysisIn(owner.document).nodes.map((n) => (n.kind === "factor" ? n.label : n.id)),
    ).toEqual(["core", "Daarna"]);
  });
});

describe("the store shared by instances", () => {
  it("keeps both instances' edits when each stores a state the other's lacks", () => {
    const one = openSyncStore(dataDir, { mergeStates: true });
    const two = openSyncStore(dataDir, { mergeStates: true });
    const { name } = one.createDocument();
    const base = new Y.Doc();
    base.getMap("nodes").set("n0", "gedeeld");
    const [fromOne, fromTwo] = [new Y.Doc(), new Y.Doc()];
    for (const doc of [fromOne, fromTwo]) Y.applyUpdate(doc, bytes(base));
    fromOne.getMap("nodes").set("n1", "van een");
    fromTwo.getMap("nodes").set("n2", "van twee");

    const stored = () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, one.loadState(name) ?? new Uint8Array());
      return doc.getMap("nodes").toJSON();
    };
    const all = { n0: "gedeeld", n1: "van een", n2: "van twee" };

    one.saveState(name, bytes(fromOne));
    two.saveState(name, bytes(fromTwo));
    expect(stored()).toEqual(all);
    // Two stores again before one's edit reached it: still merged, not replaced.
    fromTwo.getMap("nodes").set("n2", "van twee, later");
    two.saveState(name, bytes(fromTwo));
    expect(stored()).toEqual({ ...all, n2: "van twee, later" });
    one.close();
    two.close();
  });

  it("reads host, port and client options from a Redis URL", () => {
    expect(redisConnection("redis://10.0.0.5:6380")).toEqual({
      host: "10.0.0.5",
      port: 6380,
      options: {},
    });
    expect(redisConnection("rediss://user:p%40ss@[::1]/2")).toEqual({
      host: "::1",
      port: 6379,
      options: { username: "user", password: "p@ss", db: 2, tls: {} },
    });
    expect(() => redisConnection("http://localhost:6379")).toThrow("not a redis:// URL");
  });
});
