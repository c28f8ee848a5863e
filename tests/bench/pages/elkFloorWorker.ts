// The layout floor's worker: ELK (elkjs, layered, downward) on the graph it is sent, nothing
// else; answers with the positions or the error.
import ELK, { type ElkNode } from "elkjs/lib/elk.bundled.js";

const elk = new ELK();

self.onmessage = (event: MessageEvent<ElkNode>) => {
  elk.layout(event.data).then(
    (laidOut) => self.postMessage({ ok: true, children: laidOut.children?.length ?? 0 }),
    (error: unknown) => self.postMessage({ ok: false, error: String(error) }),
  );
};
