import { averageLinkage, splitForGroups } from "./averageLinkage";
import { tokenizeDutch } from "./dutch";
import type { SimilarityIndex } from "./similarity";
import { commonForms, contentStems } from "./words";

/** A proposed cluster: its members (positions in the corpus list) and why they belong together. */
export interface ClusterProposal {
  members: number[];
  /** The most characteristic words, as written in the members (for a label). */
  words: string[];
  /** Words at least two members share, most widely shared first (for the reason). */
  sharedWords: string[];
}

export interface ProposalResult {
  proposals: ClusterProposal[];
  /** Members that fit no group (a proposal of one quote is no cluster). */
  unassigned: number[];
}

/** How many words make a label and a reason. */
export const LABEL_WORDS = 3;
export const REASON_WORDS = 5;

/**
 * Groups `members` (positions in the index's corpus) into `k` clusters of two or more by
 * average linkage on the index's similarities, the tree split top-down, largest group first,
 * until there are k groups and none is oversized (`splitForGroups`); members split off alone
 * come back as groups of one. The same members, in any order, give the same proposals: they are put in ascending order first and every tie goes to the lower position.
 */
export function clusterMembers(
  index: SimilarityIndex,
  members: readonly number[],
  k: number,
  onProgress?: (done: number) => void,
): number[][] {
  const sorted = [...new Set(members)].sort((a, b) => a - b);
  const m = sorted.length;
  if (m === 0) return [];
  const distances = index.pairwise(sorted);
  for (let i = 0; i < distances.length; i++) distances[i] = 1 - (distances[i] as number);
  onProgress?.(0.3);
  const merges = averageLinkage(m, distances, (done) => onProgress?.(0.3 + 0.7 * done));
  return splitForGroups(merges, m, Math.max(1, Math.round(k))).map((group) =>
    group.map((i) => sorted[i] as number),
  );
}

/** Label words and shared words of each group, scored against the whole selection. */
export function describeGroups(
  texts: readonly string[],
  groups: readonly number[][],
): ProposalResult {
  const stemsOf = new Map<number, Set<string>>();
  for (const group of groups)
    for (const member of group)
      stemsOf.set(member, contentStems(tokenizeDutch(texts[member] ?? "")));
  const total = stemsOf.size;
  const selectionFrequency = new Map<string, number>();
  for (const stems of stemsOf.values())
    for (const stem of stems) selectionFrequency.set(stem, (selectionFrequency.get(stem) ?? 0) + 1);

  const proposals: ClusterProposal[] = [];
  const unassigned: number[] = [];
  for (const group of groups) {
    if (group.length < 2) {
      unassigned.push(...group);
      continue;
    }
    const inGroup = new Map<string, number>();
    for (const member of group)
      for (const stem of stemsOf.get(member) ?? []) inGroup.set(stem, (inGroup.get(stem) ?? 0) + 1);
    const shared = [...inGroup].filter(([, count]) => count >= 2);
    // Characteristic: common inside the group and rare in the rest of the selection.
    const characteristic = shared
      .map(([stem, count]) => ({
        stem,
        count,
        score:
          (count / group.length) * Math.log(1 + total / (selectionFrequency.get(stem) as number)),
      }))
      .sort((a, b) => b.score - a.score || b.count - a.count || (a.stem < b.stem ? -1 : 1));
    const widest = [...characteristic].sort(
      (a, b) => b.count - a.count || b.score - a.score || (a.stem < b.stem ? -1 : 1),
    );
    const forms = commonForms(group.map((member) => texts[member] ?? ""));
    const read = (stem: string) => forms.get(stem) ?? stem;
    proposals.push({
      members: group,
      words: characteristic.slice(0, LABEL_WORDS).map((c) => read(c.stem)),
      sharedWords: widest.slice(0, REASON_WORDS).map((c) => read(c.stem)),
    });
  }
  return { proposals, unassigned };
}

export function proposeClusters(
  index: SimilarityIndex,
  texts: readonly string[],
  members: readonly number[],
  k: number,
  onProgress?: (done: number) => void,
): ProposalResult {
  return describeGroups(texts, clusterMembers(index, members, k, onProgress));
}
