// The one document the soak's clients share: made through the server's link API and filled by
// its owner with a realistic board, as "Delen starten" does in the app.
import type { Analysis } from "../../src/domain/analysis/analysis";
import { startVotingRound } from "../../src/domain/analysis/operations";
import { writeAnalysis } from "../../src/io/ydoc/analysisYDoc";
import { makeSyntheticAnalysis } from "../../tests/helpers/syntheticAnalysis";
import { acknowledged, connectClient, type SoakClient } from "./soakClient";

/**
 * The board the clients start from: 100 quote cards in 10 clusters, 20 factors, 100 links,
 * and an open voting round with 5 dots per participant.
 */
export function seedAnalysis(seed: number, participants: number): Analysis {
  const board = makeSyntheticAnalysis({ quotes: 100, clusters: 10, links: 100, factors: 20, seed });
  return startVotingRound(
    board,
    { name: "Soak", dotsPerParticipant: 5, participants: Math.min(1000, participants) },
    0,
    { next: (prefix) => `${prefix}_soak` },
  ).analysis;
}

async function post<T>(url: string, secret?: string, body?: unknown): Promise<T> {
  const headers = new Headers();
  if (secret) headers.set("Authorization", `Bearer ${secret}`);
  if (body !== undefined) headers.set("Content-Type", "application/json");
  const response = await fetch(url, {
    method: "POST",
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`soak: POST ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

export interface SharedDocument {
  name: string;
  /** One editor link per client, as each person would open their own. */
  editorTokens: string[];
  /** A read-only link, for the fresh client that checks what the server holds. */
  readonlyToken: string;
  /** The owner's connection, still open: close it once the clients are in. */
  owner: SoakClient;
}

/** Creates the document, its links, and writes `analysis` into it as its owner. */
export async function shareDocument(
  httpUrl: string,
  webSocketUrl: string,
  analysis: Analysis,
  editors: number,
): Promise<SharedDocument> {
  const { name, ownerSecret } = await post<{ name: string; ownerSecret: string }>(
    `${httpUrl}/api/documents`,
  );
  const link = (role: string) =>
    post<{ token: string }>(`${httpUrl}/api/documents/${name}/links`, ownerSecret, { role });
  const editorTokens: string[] = [];
  for (let i = 0; i < editors; i++) editorTokens.push((await link("editor")).token);
  const readonlyToken = (await link("readonly")).token;

  const owner = connectClient(webSocketUrl, name, ownerSecret);
  await owner.synced;
  writeAnalysis(owner.doc, analysis);
  await acknowledged(owner.provider);
  return { name, editorTokens, readonlyToken, owner };
}
