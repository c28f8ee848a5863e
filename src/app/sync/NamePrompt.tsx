import { useId, useState } from "react";
import {
  cleanName,
  NAME_MAX,
  PRESENCE_COLOURS,
  type PresenceColour,
} from "../../domain/presence/participant";
import type { MessageKey } from "../../i18n/messages";
import { readIdentity } from "../../persistence/presenceIdentity";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { ModalDialog } from "../../ui/ModalDialog";
import { chooseSelf } from "./sharing";

export const COLOUR_NAMES: Record<PresenceColour, MessageKey> = {
  "#1d4ed8": "presence.colour.blue",
  "#b91c1c": "presence.colour.red",
  "#15803d": "presence.colour.green",
  "#7e22ce": "presence.colour.purple",
  "#c2410c": "presence.colour.orange",
  "#0f766e": "presence.colour.teal",
  "#be185d": "presence.colour.pink",
  "#4d5d0f": "presence.colour.olive",
};

const storage = () => (typeof localStorage === "undefined" ? null : localStorage);

/**
 * "Hoe heet u?": the name and colour the others see. Asked once when a share link is opened
 * (closing it keeps the offered name), and again from the list of who is here.
 */
export function NamePrompt() {
  const t = useT();
  const store = useAppStoreApi();
  const open = useAppStore((s) => s.namePromptOpen);
  const close = useAppStore((s) => s.setNamePromptOpen);
  if (!open) return null;
  return (
    <ModalDialog title={t("presence.prompt.title")} onClose={() => close(false)}>
      <NameForm
        onDone={(choice) => {
          chooseSelf(store, storage(), choice);
          close(false);
        }}
      />
    </ModalDialog>
  );
}

function NameForm({ onDone }: { onDone(choice: { name: string; colour: PresenceColour }): void }) {
  const t = useT();
  const self = useAppStore((s) => s.self);
  const [initial] = useState(() => {
    const identity = readIdentity(storage());
    const name =
      identity.name ?? self?.name ?? t("presence.defaultName", { number: identity.number });
    return { name, colour: identity.colour };
  });
  const [name, setName] = useState(initial.name);
  const [colour, setColour] = useState<PresenceColour>(initial.colour);
  const nameId = useId();
  return (
    <form
      className="name-prompt"
      onSubmit={(event) => {
        event.preventDefault();
        onDone({ name: cleanName(name) || initial.name, colour });
      }}
    >
      <p id={`${nameId}-intro`}>{t("presence.prompt.intro")}</p>
      <label htmlFor={nameId}>{t("presence.prompt.name")}</label>
      <input
        id={nameId}
        value={name}
        maxLength={NAME_MAX}
        onChange={(event) => setName(event.target.value)}
        aria-describedby={`${nameId}-intro`}
        autoComplete="nickname"
        required
      />
      <fieldset className="colour-choice">
        <legend>{t("presence.prompt.colour")}</legend>
        {PRESENCE_COLOURS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${nameId}-colour`}
              value={option}
              checked={colour === option}
              onChange={() => setColour(option)}
            />
            <span className="presence-dot" style={{ background: option }} aria-hidden="true" />
            {t(COLOUR_NAMES[option])}
          </label>
        ))}
      </fieldset>
      <div className="dialog-footer">
        <button type="submit" className="btn-primary">
          {t("presence.prompt.save")}
        </button>
      </div>
    </form>
  );
}
