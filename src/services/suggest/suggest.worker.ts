/// <reference lib="webworker" />
import { createSuggestResponder, type SuggestReply, type SuggestRequest } from "./suggestJob";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const respond = createSuggestResponder((reply: SuggestReply) => scope.postMessage(reply));
scope.onmessage = (event: MessageEvent<SuggestRequest>) => respond(event.data);
