/// <reference lib="webworker" />
// The floor of asking a worker anything: the message there and back, nothing done with it.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<unknown>) => scope.postMessage(event.data);
