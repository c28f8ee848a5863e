import {
  createSuggestEngine,
  type GroupFit,
  type QuoteGroup,
  type SimilarQuote,
  type SuggestCorpus,
  type SuggestEngine,
  type Suggestions,
} from "../../domain/suggest/engine";
import { type PackedCorpus, unpackCorpus } from "./packedCorpus";

/**
 * What the page asks the suggestions worker. The corpus comes first and stays there; it comes
 * packed (one string, its offsets transferred), not as 10,000 strings cloned one by one.
 */
export type SuggestRequest =
  | { kind: "corpus"; corpus: PackedCorpus }
  | { kind: "similar"; id: number; quoteId: string; count: number }
  | { kind: "fit"; id: number; quoteId: string; groups: QuoteGroup[]; count: number }
  | { kind: "propose"; id: number; quoteIds: readonly string[]; clusters: number };

export type SuggestReply =
  | { id: number; similar: SimilarQuote[] }
  | { id: number; fits: GroupFit[] }
  | { id: number; suggestions: Suggestions }
  | { id: number; progress: number }
  | { id: number; crash: string };

/**
 * Answers requests one by one over the last corpus sent, the same in the worker and, without
 * Worker support (tests), on the page. The engine is built on the first question, not on the
 * corpus message, so sending a corpus costs nothing until suggestions are wanted.
 */
export function createSuggestResponder(post: (reply: SuggestReply) => void) {
  let corpus: SuggestCorpus = { ids: [], texts: [] };
  let engine: SuggestEngine | null = null;
  const ready = () => {
    engine ??= createSuggestEngine(corpus);
    return engine;
  };
  return (request: SuggestRequest) => {
    if (request.kind === "corpus") {
      corpus = unpackCorpus(request.corpus);
      engine = null;
      return;
    }
    try {
      if (request.kind === "similar")
        post({ id: request.id, similar: ready().similar(request.quoteId, request.count) });
      else if (request.kind === "fit")
        post({
          id: request.id,
          fits: ready().fit(request.quoteId, request.groups, request.count),
        });
      else {
        let last = -1;
        const onProgress = (done: number) => {
          // Whole percents only: the page needs no more than that.
          const percent = Math.floor(done * 100);
          if (percent > last) {
            last = percent;
            post({ id: request.id, progress: done });
          }
        };
        onProgress(0);
        const built = ready();
        post({
          id: request.id,
          suggestions: built.propose(request.quoteIds, request.clusters, onProgress),
        });
      }
    } catch (error) {
      post({ id: request.id, crash: error instanceof Error ? error.message : String(error) });
    }
  };
}
