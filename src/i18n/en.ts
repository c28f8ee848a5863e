import { app } from "./en/app";
import { canvas } from "./en/canvas";
import { corpora } from "./en/corpora";
import { goals } from "./en/goals";
import { presence } from "./en/presence";
import { share } from "./en/share";
import { suggest } from "./en/suggest";
import { transfer } from "./en/transfer";
import { workshop } from "./en/workshop";
import type { Messages } from "./messages";

/** English: the same keys as Dutch; the type makes a missing translation a compile error. */
export const en: Messages = {
  ...app,
  ...canvas,
  ...workshop,
  ...transfer,
  ...corpora,
  ...goals,
  ...suggest,
  ...share,
  ...presence,
};
