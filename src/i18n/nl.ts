import { app } from "./nl/app";
import { canvas } from "./nl/canvas";
import { corpora } from "./nl/corpora";
import { goals } from "./nl/goals";
import { presence } from "./nl/presence";
import { share } from "./nl/share";
import { suggest } from "./nl/suggest";
import { transfer } from "./nl/transfer";
import { workshop } from "./nl/workshop";

/** Dutch, the default language: every user-facing string, by part of the app. English mirrors these keys. */
export const nl = {
  ...app,
  ...canvas,
  ...workshop,
  ...transfer,
  ...corpora,
  ...goals,
  ...suggest,
  ...share,
  ...presence,
} as const;
