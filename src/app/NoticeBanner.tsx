import { useAppStore } from "../state/StoreProvider";
import { useT } from "../state/useT";

/** A message for the person that stays until dismissed. */
export function NoticeBanner() {
  const t = useT();
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className="banner notice" role="alert">
      <span>{notice}</span>{" "}
      <button type="button" onClick={() => setNotice(null)}>
        {t("app.dismiss")}
      </button>
    </div>
  );
}
