import { CorporaButton } from "./CorporaButton";
import { CorrectionsButton } from "./CorrectionsButton";

/** Below the library: the corpus manager (import, switch, rename, delete) and the corrections. */
export function CorpusTools() {
  return (
    <p className="corpus-tools">
      <CorporaButton /> <CorrectionsButton />
    </p>
  );
}
