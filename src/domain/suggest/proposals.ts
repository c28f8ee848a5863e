import { adjustedRandIndex } from "./agreement";
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

/** Selections up to this size are clustered under every variant of the similarity. */
export const CONSENSUS_LIMIT = 1500;

/** Groups under one similarity: average linkage, the tree split for about `k` groups. */
function linkageGroups(
  index: SimilarityIndex,
  sorted: readonly number[],
  k: number,
  onProgress?: (done: number) => void,
): number[][] {
  const m = sorted.length;
  const distances = index.pairwise(sorted);
  for (let i = 0; i < distances.length; i++) distances[i] = 1 - (distances[i] as number);
  onProgress?.(0.3);
  const merges = averageLinkage(m, distances, (done) => onProgress?.(0.3 + 0.7 * done));
  return splitForGroups(merges, m, k).map((group) => group.map((i) => sorted[i] as number));
}

/** Group number per member of `sorted`. */
function labelsOf(groups: readonly number[][], sorted: readonly number[]): number[] {
  const label = new Map<number, number>();
  groups.forEach((group, g) => {
    for (const member of group) label.set(member, g);
  });
  return sorted.map((member) => label.get(member) as number);
}

/**
 * Of several partitions of the same members, the one that agrees most with the others (highest
 * summed adjusted Rand index; the first of equals): the median partition.
 */
export function medianPartition(
  partitions: readonly number[][][],
  sorted: readonly number[],
): number[][] {
  const labels = partitions.map((groups) => labelsOf(groups, sorted));
  const agreement = labels.map(() => 0);
  for (let a = 0; a < labels.length; a++)
    for (let b = a + 1; b < labels.length; b++) {
      const ari = adjustedRandIndex(labels[a] as number[], labels[b] as number[]);
      agreement[a] = (agreement[a] as number) + ari;
      agreement[b] = (agreement[b] as number) + ari;
    }
  let best = 0;
  agreement.forEach((value, i) => {
    if (value > (agreement[best] as number) + 1e-12) best = i;
  });
  return partitions[best] ?? [];
}

/**
 * Groups `members` (positions in the index's corpus) into `k` clusters of two or more by
 * average linkage on the index's similarities, the tree split top-down, largest group first,
 * until there are k groups and none is oversized (`splitForGroups`); members split off alone
 * come back as groups of one. When the index has `variants` (the same similarity under its
 * other reasonable settings) and the selection is at most `CONSENSUS_LIMIT`, the members are
 * grouped under each and the partition the settings agree on most is taken (`medianPartition`):
 * a tree is greedy, and one setting's tree can turn on a single early merge. The same members,
 * in any order, give the same proposals: they are put in ascending order first and every tie
 * goes to the lower position.
 */
export function clusterMembers(
  index: SimilarityIndex,
  members: readonly number[],
  k: number,
  onProgress?: (done: number) => void,
): number[][] {
  const sorted = [...new Set(members)].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const groups = Math.max(1, Math.round(k));
  const variants = sorted.length <= CONSENSUS_LIMIT && index.variants ? index.variants() : [index];
  const partitions = variants.map((variant, v) =>
    linkageGroups(variant, sorted, groups, (done) => onProgress?.((v + done) / variants.length)),
  );
  return partitions.length === 1
    ? (partitions[0] as number[][])
    : medianPartition(partitions, sorted);
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
