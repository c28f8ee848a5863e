declare module "virtual:seed-corpus" {
  /** Hash of the seed text and parser version: a change means the stored copy is outdated. */
  export const contentHash: string;
  export const parserVersion: number;
}

declare module "virtual:seed-corpus-quotes" {
  import type { Quote } from "./domain/corpus/quote";

  /** The parsed bloemlezing, in reading order. */
  export const quotes: Quote[];
}
