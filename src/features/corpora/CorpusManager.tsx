import { useId, useState } from "react";
import type { CorpusRecord } from "../../persistence/db";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { ModalDialog } from "../../ui/ModalDialog";
import { downloadBlob } from "../transfer/download";
import type { CorporaService } from "./corporaService";
import { ImportPanel } from "./ImportPanel";
import "./corpora.css";

function CorpusRow({
  corpus,
  active,
  service,
}: {
  corpus: CorpusRecord;
  active: boolean;
  service: CorporaService;
}) {
  const t = useT();
  const id = useId();
  const setNotice = useAppStore((s) => s.setNotice);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(corpus.name);

  const remove = async () => {
    const users = await service.usage(corpus.id);
    const question =
      users.length > 0
        ? t("corpora.deleteUsed", {
            name: `‘${corpus.name}’`,
            count: users.length,
            titles: users.map((u) => `‘${u.title}’`).join(", "),
          })
        : t("corpora.deleteUnused", { name: `‘${corpus.name}’` });
    if (!window.confirm(question)) return;
    await service.remove(corpus.id);
    setNotice((t) => t("corpora.deleted", { name: `‘${corpus.name}’` }));
  };

  const exportJson = async () => {
    const file = await service.exportJson(corpus.id);
    if (file) downloadBlob(new Blob([file.json], { type: "application/json" }), file.fileName);
  };

  return (
    <li className="corpus-row" data-corpus-id={corpus.id}>
      {renaming ? (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if (name.trim()) await service.rename(corpus.id, name.trim());
            setRenaming(false);
          }}
        >
          <label htmlFor={`${id}-name`}>{t("corpora.renameLabel", { name: corpus.name })}</label>{" "}
          <input
            id={`${id}-name`}
            value={name}
            maxLength={200}
            onChange={(event) => setName(event.target.value)}
          />{" "}
          <button type="submit">{t("corpora.save")}</button>{" "}
          <button type="button" onClick={() => setRenaming(false)}>
            {t("corpora.cancel")}
          </button>
        </form>
      ) : (
        <span className="name">{corpus.name}</span>
      )}
      <span className="meta">
        {t("corpora.quoteCount", { count: corpus.quoteCount })}
        {corpus.kind === "seed" && ` · ${t("corpora.seed")}`}
        {active && ` · ${t("corpora.active")}`}
      </span>
      <span className="actions">
        {!active && (
          <button type="button" onClick={() => service.use(corpus.id)}>
            {t("corpora.use")}
          </button>
        )}
        {!renaming && corpus.kind === "user" && (
          <button type="button" onClick={() => setRenaming(true)}>
            {t("corpora.rename")}
          </button>
        )}
        <button type="button" onClick={exportJson}>
          {t("corpora.export")}
        </button>
        {corpus.kind === "user" && (
          <button type="button" onClick={remove}>
            {t("corpora.delete")}
          </button>
        )}
      </span>
    </li>
  );
}

/** The stored corpora: use one in the open analysis, rename, export, delete; and import a new one. */
export function CorpusManager({ service, onClose }: { service: CorporaService; onClose(): void }) {
  const t = useT();
  const corpora = useAppStore((s) => s.corpora);
  const activeId = useAppStore((s) => s.analysis.corpusId);
  return (
    <ModalDialog title={t("corpora.heading")} onClose={onClose} className="corpora-dialog">
      <ul aria-label={t("corpora.list")} style={{ padding: 0 }}>
        {corpora.map((corpus) => (
          <CorpusRow
            key={corpus.id}
            corpus={corpus}
            active={corpus.id === activeId}
            service={service}
          />
        ))}
      </ul>
      <ImportPanel service={service} />
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t("corpora.close")}
        </button>
      </div>
    </ModalDialog>
  );
}
