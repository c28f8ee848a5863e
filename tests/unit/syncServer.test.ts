// @vitest-environment node
// The sync server for real: Hocuspocus on a free localhost port, SQLite in a temporary folder,
// clients as HocuspocusProvider over `ws` and, for the forged update, a bare WebSocket speaking
// the protocol by hand.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { acknowledged } from "../../scripts/soak/soakClient";
import { type RunningSyncServer, startSyncServer } from "../../server/syncServer";
import type { Analysis } from "../../src/domain/analysis/analysis";
import { captureLinked } from "../../src/domain/analysis/operations/capture";
import { setLabel } from "../../src/domain/analysis/operations/edit";
import { removeElements } from "../../src/domain/analysis/operations/remove";
import {
  castBallot,
  castVote,
  startVotingRound,
  tally,
} from "../../src/domain/analysis/operations/voting";
import { permitParticipantChange } from "../../src/domain/analysis/participation";
import { writeAnalysis } from "../../src/io/ydoc/analysisYDoc";
import { cluster, factor, link, makeAnalysis } from "../helpers/analysisFactory";
import {
  analysisIn,
  api,
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

let dataDir: string;
let running: RunningSyncServer | null = null;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "ontrafel-sync-"));
});

afterEach(async () => {
  destroyProviders();
  await running?.stop();
  running = null;
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(): Promise<RunningSyncServer> {
  running = await startSyncServer({ dataDir, port: 0, quiet: true, storeDebounceMs: 50 });
  return running;
}

function serverDocument(server: RunningSyncServer, name: string): Y.Doc {
  const document = server.server.hocuspocus.documents.get(name);
  if (!document) throw new Error(`the server has no open document ${name}`);
  return document;
}

describe("sync server", () => {
  it("gives every document a name of at least 128 random bits", async () => {
    const server = await start();
    const first = await createDocument(server);
    const second = await createDocument(server);
    expect(Buffer.from(first.name, "base64url").length).toBeGreaterThanOrEqual(16);
    expect(first.name).not.toBe(second.name);
    expect(first.ownerSecret).not.toBe(second.ownerSecret);
  });

  it("lets an editor link write, and a second client receives the edit", async () => {
    const server = await start();
    const { name, ownerSecret } = await createDocument(server);
    const link = await createLink(server, name, ownerSecret, "editor");
    const editor = connect(server, name, link.token);
    const owner = connect(server, name, ownerSecret);
    expect(await editor.outcome).toEqual({ kind: "synced" });
    expect(await owner.outcome).toEqual({ kind: "synced" });

    editor.document.getMap("nodes").set("n1", "Te weinig handhaving");
    const ownerNodes = owner.document.getMap("nodes");
    await when(owner.document, () => ownerNodes.has("n1"));
    expect(ownerNodes.get("n1")).toBe("Te weinig handhaving");
    expect(serverDocument(server, name).getMap("nodes").get("n1")).toBe("Te weinig handhaving");
  });

  it("tells each connection what its link may do, a participant link included", async () => {
    const server = await start();
    const { name, ownerSecret } = await createDocument(server);
    const roles = ["editor", "readonly", "participant"] as const;
    const links = await Promise.all(
      roles.map((role) => createLink(server, name, ownerSecret, role)),
    );
    const told = await Promise.all([
      connect(server, name, ownerSecret).role,
      ...links.map((link) => connect(server, name, link.token).role),
    ]);
    expect(told).toEqual(["owner", "editor", "readonly", "participant"]);
  });

  it("drops what a read-only link sends, through the provider and as forged protocol messages", async () => {
    const server = await start();
    const { name, ownerSecret } = await createDocument(server);
    const readonly = await createLink(server, name, ownerSecret, "readonly");
    const owner = connect(server, name, ownerSecret);
    await owner.outcome;
    owner.document.getMap("nodes").set("n1", "origineel");
    await acknowledged(owner.provider);
    const before = Y.encodeStateAsUpdate(serverDocument(server, name));

    // Through the provider: it reads, and its local edit never reaches the server.
    const viewer = connect(server, name, readonly.token);
    expect(await viewer.outcome).toEqual({ kind: "synced" });
    expect(viewer.document.getMap("nodes").get("n1")).toBe("origineel");
    expect(viewer.provider.authorizedScope).toBe("readonly");

    // At the protocol level: a bare socket authenticates with the read-only token and sends an
    // update and a sync step 2 that would overwrite the node; the server answers "not applied".
    const forged = new Y.Doc();
    Y.applyUpdate(forged, before);
    forged.getMap("nodes").set("n1", "vervalst");
    forged.getMap("nodes").set("n2", "ingevoegd");
    const forgedUpdate = Y.encodeStateAsUpdate(forged);
    const answer = await sendForged(server, name, readonly.token, forgedUpdate);
    expect(answer).toEqual({ kind: "answered", applied: [false, false] });

    const serverNodes = serverDocument(server, name).getMap("nodes");
    expect(serverNodes.get("n1")).toBe("origineel");
    expect(serverNodes.has("n2")).toBe(false);
    expect(Y.encodeStateAsUpdate(serverDocument(server, name))).toEqual(before);
    expect(owner.document.getMap("nodes").has("n2")).toBe(false);
  });

  it("refuses a revoked link, also closing a connection that was open", async () => {
    const server = await start();
    const { name, ownerSecret } = await createDocument(server);
    const link = await createLink(server, name, ownerSecret, "editor");
    const before = connect(server, name, link.token);
    expect(await before.outcome).toEqual({ kind: "synced" });
    const closed = closeReason(before.provider);

    const revoke = await revokeLink(server, name, ownerSecret, link.id);
    expect(revoke.status).toBe(204);
    expect(await closed).toBe("revoked");
    // What it edits afterwards never reaches the server.
    before.document.getMap("nodes").set("n1", "na intrekking");

    const after = connect(server, name, link.token);
    expect(await after.outcome).toEqual({ kind: "refused", reason: "revoked" });
    const listed = await api(server, `/api/documents/${name}/links`, { secret: ownerSecret });
    const { links } = (await listed.json()) as {
      links: { id: string; revokedAt: string | null }[];
    };
    expect(links).toHaveLength(1);
    expect(links[0]?.id).toBe(link.id);
    expect(links[0]?.revokedAt).not.toBeNull();
    const owner = connect(server, name, ownerSecret);
    expect(await owner.outcome).toEqual({ kind: "synced" });
    expect(owner.document.getMap("nodes").has("n1")).toBe(false);
  });

  it("refuses a made-up token and link management without the owner secret", async () => {
    const server = await start();
    const { name, ownerSecret } = await createDocument(server);
    const stranger = connect(server, name, "niet-een-token");
    expect(await stranger.outcome).toEqual({ kind: "refused", reason: "unknown-token" });
    const link = await createLink(server, name, ownerSecret, "editor");
    // A link's token is not the owner's secret: it cannot make or revoke links.
    const asEditor = await api(server, `/api/documents/${name}/links`, {
      method: "POST",
      secret: link.token,
      body: JSON.stringify({ role: "editor" }),
    });
    expect(asEditor.status).toBe(403);
    const revoke = await api(server, `/api/documents/${name}/links/${link.id}`, {
      method: "DELETE",
    });
    expect(revoke.status).toBe(403);
  });

  it("keeps documents and links across a restart", async () => {
    const first = await start();
    const { name, ownerSecret } = await createDocument(first);
    const link = await createLink(first, name, ownerSecret, "editor");
    const editor = connect(first, name, link.token);
    await editor.outcome;
    editor.document.getMap("nodes").set("n1", "blijft bewaard");
    await acknowledged(editor.provider);
    editor.provider.configuration.websocketProvider.destroy();
    await first.stop();
    running = null;

    const second = await start();
    const reader = connect(second, name, link.token);
    expect(await reader.outcome).toEqual({ kind: "synced" });
    expect(reader.document.getMap("nodes").get("n1")).toBe("blijft bewaard");
  });
});

const FORGER = "apparaat-vervalser-0123456789";

/**
 * A workshop: the owner has written a problem, two causes and a round of 2 dots each into the
 * document; an editor link watches; a participant link for the room.
 */
async function workshop(server: RunningSyncServer) {
  const { name, ownerSecret } = await createDocument(server);
  const participantLink = await createLink(server, name, ownerSecret, "participant");
  const editorLink = await createLink(server, name, ownerSecret, "editor");
  const owner = connect(server, name, ownerSecret);
  await owner.outcome;
  const { analysis, roundId } = startVotingRound(
    makeAnalysis(
      [cluster("core", "problem"), factor("a", "cause"), factor("b", "cause")],
      [link("a", "core"), link("b", "core")],
    ),
    { name: "Ronde", dotsPerParticipant: 2, participants: 3 },
    1,
    idsFor("owner"),
  );
  writeAnalysis(owner.document, analysis);
  await acknowledged(owner.provider);
  const editor = connect(server, name, editorLink.token);
  await editor.outcome;
  const participant = (device: string) => {
    const connected = connect(server, name, `${participantLink.token}.${device}`);
    return { ...connected, ready: Promise.all([connected.outcome, connected.role]) };
  };
  return { name, ownerSecret, owner, editor, roundId, participant, token: participantLink.token };
}

/**
 * A workshop in which participant one has added a cause; `nextCauseArrives` has them add
 * another and answers what the editor then shows (labels) once it is there.
 */
async function oneHasWritten(server: RunningSyncServer) {
  const room = await workshop(server);
  const one = room.participant(DEVICE_ONE);
  await one.ready;
  const ids = idsFor("een");
  edit(
    one.document,
    (analysis) => captureLinked(analysis, "core", "Eerste", "cause", ids).analysis,
  );
  await acknowledged(one.provider);
  const before = Y.encodeStateAsUpdate(serverDocument(server, room.name));
  const labels = () =>
    analysisIn(room.editor.document).nodes.map((n) => (n.kind === "factor" ? n.label : n.id));
  const nextCauseArrives = async () => {
    edit(
      one.document,
      (analysis) => captureLinked(analysis, "core", "Tweede", "cause", ids).analysis,
    );
    await when(room.editor.document, () => labels().includes("Tweede"));
    return labels();
  };
  return { ...room, one: one.document, nextCauseArrives, before };
}

describe("sync server: what a participant link may write", () => {
  it("lets the app's own changes through: a cause with its link, own dots, own renames, also after a reconnect", async () => {
    const server = await start();
    const { editor, roundId, participant } = await workshop(server);
    const one = participant(DEVICE_ONE);
    expect(await one.ready).toEqual([{ kind: "synced" }, "participant"]);
    let closed = "";
    one.provider.on("close", ({ event }: { event: { reason: string } }) => {
      closed ||= event.reason;
    });

    // One message: a cause under the problem, its link, both dots of the ballot, a new time.
    const ids = idsFor("een");
    let cause = "";
    edit(one.document, (analysis) => {
      const captured = captureLinked(analysis, "core", "Te weinig tijd", "cause", ids);
      cause = captured.nodeId ?? "";
      const voted = castBallot(captured.analysis, roundId, "persoon-een", "a", 1);
      return { ...castBallot(voted, roundId, "persoon-een", cause, 1), updatedAt: 99 };
    });
    const seen = () => analysisIn(editor.document);
    await when(editor.document, () => seen().nodes.some((n) => n.id === cause));
    expect(seen().edges.some((e) => e.source === cause && e.target === "core")).toBe(true);
    await when(editor.document, () => tally(seen().votingRounds[0] ?? never())[cause] === 1);
    expect(tally(seen().votingRounds[0] ?? never())).toEqual({ a: 1, [cause]: 1 });

    // Two messages straight after each other: a rename of the own cause, a dot taken back.
    edit(one.document, (analysis) => setLabel(analysis, cause, "Te weinig tijd voor toezicht"));
    edit(one.document, (analysis) => castBallot(analysis, roundId, "persoon-een", "a", -1));
    await when(editor.document, () => !("a" in tally(seen().votingRounds[0] ?? never())));
    expect(seen().nodes.find((n) => n.id === cause)).toMatchObject({
      label: "Te weinig tijd voor toezicht",
    });

    // Offline: the rename waits in the document and is sent (sync step 2) on reconnecting.
    const socket = one.provider.configuration.websocketProvider;
    const gone = new Promise<void>((resolve) =>
      socket.on("status", ({ status }: { status: string }) => {
        if (status === "disconnected") resolve();
      }),
    );
    socket.disconnect();
    await gone;
    edit(one.document, (analysis) => setLabel(analysis, cause, "Offline hernoemd"));
    await socket.connect();
    await when(editor.document, () =>
      seen().nodes.some(
        (n) => n.id === cause && n.kind === "factor" && n.label === "Offline hernoemd",
      ),
    );

    // A reload: a new document and connection of the same device still own the cause and ballot.
    const again = participant(DEVICE_ONE);
    await again.ready;
    edit(again.document, (analysis) =>
      castBallot(setLabel(analysis, cause, "Na herladen"), roundId, "persoon-een", "b", 1),
    );
    await when(editor.document, () => tally(seen().votingRounds[0] ?? never()).b === 1);
    expect(seen().nodes.find((n) => n.id === cause)).toMatchObject({ label: "Na herladen" });

    // The facilitator gives the cause a dot of the room; its author removes it, as the app
    // writes that (the rule applied): the cause, its link and the dots on it go.
    edit(editor.document, (analysis) => castVote(analysis, roundId, cause, 1));
    await when(
      again.document,
      () => analysisIn(again.document).votingRounds[0]?.votes[cause] === 1,
    );
    edit(again.document, (analysis) =>
      permitParticipantChange(
        analysis,
        removeElements(analysis, [cause], []),
        "persoon-een",
        new Set([cause]),
      ),
    );
    await when(editor.document, () => !seen().nodes.some((n) => n.id === cause));
    expect(seen().edges.some((e) => e.source === cause || e.target === cause)).toBe(false);
    expect(tally(seen().votingRounds[0] ?? never())).toEqual({ b: 1 });
    expect(closed).toBe("");
  });

  const forgeries: [string, (analysis: Analysis, roundId: string) => Analysis][] = [
    ["deletes a factor someone else made", (analysis) => removeElements(analysis, ["a"], [])],
    ["renames a factor someone else made", (analysis) => setLabel(analysis, "a", "Vervalst")],
    [
      "gives a dot in another participant's ballot",
      (analysis, roundId) => castBallot(analysis, roundId, "persoon-twee", "b", 1),
    ],
    [
      "gives more dots than the round allows",
      (analysis) => ({
        ...analysis,
        votingRounds: analysis.votingRounds.map((round) => ({
          ...round,
          ballots: { ...round.ballots, "persoon-vervalser": { a: 3 } },
        })),
      }),
    ],
    [
      "closes the round",
      (analysis) => ({
        ...analysis,
        votingRounds: analysis.votingRounds.map((round) => ({ ...round, closedAt: 5 })),
      }),
    ],
  ];

  it.each(forgeries)(
    "refuses a forged update that %s, and closes that connection",
    async (_, forge) => {
      const server = await start();
      const { name, owner, editor, roundId, participant, token } = await workshop(server);
      // Another participant has voted: their ballot is theirs.
      const two = participant(DEVICE_TWO);
      await two.ready;
      edit(two.document, (analysis) => castBallot(analysis, roundId, "persoon-twee", "a", 1));
      await when(
        editor.document,
        () => tally(analysisIn(editor.document).votingRounds[0] ?? never()).a === 1,
      );
      const before = Y.encodeStateAsUpdate(serverDocument(server, name));
      const shown = analysisIn(editor.document);

      // By hand, with the participant link's token: the whole document with the change in it.
      const forged = new Y.Doc();
      Y.applyUpdate(forged, before);
      edit(forged, (analysis) => forge(analysis, roundId));
      expect(analysisIn(forged)).not.toEqual(analysisIn(serverDocument(server, name)));
      const answer = await sendForged(
        server,
        name,
        `${token}.${FORGER}`,
        Y.encodeStateAsUpdate(forged),
      );

      expect(answer).toEqual({ kind: "closed", reason: "refused" });
      expect(Y.encodeStateAsUpdate(serverDocument(server, name))).toEqual(before);
      // The editor gets the owner's next change, and nothing forged came before it.
      edit(owner.document, (analysis) => ({ ...analysis, title: "Na de vervalsing" }));
      await when(editor.document, () => analysisIn(editor.document).title === "Na de vervalsing");
      expect({ ...analysisIn(editor.document), title: shown.title }).toEqual(shown);
    },
  );

  it("refuses a forged update written under another participant's Yjs client id, whose next edit still arrives", async () => {
    const server = await start();
    const { name, token, one, nextCauseArrives, before } = await oneHasWritten(server);

    // A cause of its own (allowed as such), but written as if by participant one's document:
    // it would take the next places in their history, and their own next edit would be lost.
    const forged = new Y.Doc();
    Y.applyUpdate(forged, before);
    // After loading: Yjs gives a document that meets its own client id in an update a new one.
    forged.clientID = one.clientID;
    edit(
      forged,
      (analysis) => captureLinked(analysis, "core", "Vervalst", "cause", idsFor("v")).analysis,
    );
    const answer = await sendForged(
      server,
      name,
      `${token}.${FORGER}`,
      Y.encodeStateAsUpdate(forged, Y.encodeStateVector(serverDocument(server, name))),
    );

    expect(answer).toEqual({ kind: "closed", reason: "refused" });
    expect(Y.encodeStateAsUpdate(serverDocument(server, name))).toEqual(before);
    expect(await nextCauseArrives()).not.toContain("Vervalst");
  });

  it("refuses a forged deletion of what another participant has yet to write", async () => {
    const server = await start();
    const { name, token, one, nextCauseArrives, before } = await oneHasWritten(server);

    // Deletions of the next places in participant one's history: the server would keep them
    // waiting and delete their next causes the moment they arrive.
    const forged = new Y.Doc();
    Y.applyUpdate(forged, before);
    forged.clientID = one.clientID;
    const known = Y.encodeStateVector(forged);
    const ahead = idsFor("vooruit");
    for (const label of ["x", "y", "z"]) {
      edit(forged, (analysis) => captureLinked(analysis, "core", label, "cause", ahead).analysis);
    }
    edit(forged, (analysis) => ({
      ...analysis,
      nodes: analysis.nodes.slice(0, 4),
      edges: analysis.edges.slice(0, 3),
    }));
    expect(analysisIn(forged).nodes).toEqual(analysisIn(serverDocument(server, name)).nodes);
    // Only the deletions: no structs past what the server has.
    const deletions = Y.encodeStateAsUpdate(forged, Y.encodeStateVector(forged));
    expect(Y.encodeStateVector(forged)).not.toEqual(known);
    const answer = await sendForged(server, name, `${token}.${FORGER}`, deletions);

    expect(answer).toEqual({ kind: "closed", reason: "refused" });
    expect(Y.encodeStateAsUpdate(serverDocument(server, name))).toEqual(before);
    await nextCauseArrives();
  });
});

function never(): never {
  throw new Error("expected a voting round");
}

type Forged = { kind: "answered"; applied: boolean[] } | { kind: "closed"; reason: string };

/**
 * Authenticates a bare WebSocket with `token` and sends `update` as a Yjs update and as a sync
 * step 2; answers the server's sync statuses for the two (true = applied), or the reason the
 * server gave for closing the connection instead.
 */
async function sendForged(
  server: RunningSyncServer,
  name: string,
  token: string,
  update: Uint8Array,
): Promise<Forged> {
  const MESSAGE_SYNC = 0;
  const MESSAGE_AUTH = 2;
  const MESSAGE_CLOSE = 7;
  const MESSAGE_SYNC_STATUS = 8;
  const AUTH_TOKEN = 0;
  const AUTH_AUTHENTICATED = 2;
  const socket = new WebSocket(server.webSocketUrl);
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  const message = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, name);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  const applied: boolean[] = [];
  const done = new Promise<Forged>((resolve, reject) => {
    socket.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_AUTH) {
        if (decoding.readVarUint(decoder) !== AUTH_AUTHENTICATED) reject(new Error("refused"));
        socket.send(
          message((encoder) => {
            encoding.writeVarUint(encoder, MESSAGE_SYNC);
            syncProtocol.writeUpdate(encoder, update);
          }),
        );
        socket.send(
          message((encoder) => {
            encoding.writeVarUint(encoder, MESSAGE_SYNC);
            encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
            encoding.writeVarUint8Array(encoder, update);
          }),
        );
      }
      if (type === MESSAGE_CLOSE)
        resolve({ kind: "closed", reason: decoding.readVarString(decoder) });
      if (type === MESSAGE_SYNC_STATUS) {
        applied.push(decoding.readVarUint(decoder) === 1);
        if (applied.length === 2) resolve({ kind: "answered", applied });
      }
    });
  });
  socket.send(
    message((encoder) => {
      encoding.writeVarUint(encoder, MESSAGE_AUTH);
      encoding.writeVarUint(encoder, AUTH_TOKEN);
      encoding.writeVarString(encoder, token);
    }),
  );
  const result = await done;
  socket.close();
  return result;
}
