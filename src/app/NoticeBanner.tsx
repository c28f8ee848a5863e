import { X } from "lucide-react";
import { useEffect, useState } from "react";
import { useAppStore } from "../state/StoreProvider";
import { useT } from "../state/useT";

/** How long a notice stays when nobody points at it or focuses it. */
export const NOTICE_MS = 15_000;

/**
 * A message for the person as a toast over the bottom of the screen (it never pushes the page).
 * It is written in the current language, closes when the person leaves its screen or starts
 * presenting, after a while (not while pointed at or focused), or with its button. While
 * presenting, a new notice sits small in the top right corner, off the tree (workshop.css).
 */
export function NoticeBanner() {
  const t = useT();
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  const presenting = useAppStore((s) => s.presentation);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    // What was said before the room looks at the screen is not for the room.
    if (presenting) setNotice(null);
  }, [presenting, setNotice]);
  useEffect(() => {
    if (!notice || held) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, held, setNotice]);
  if (!notice) return null;
  return (
    <div
      className="notice-toast"
      role="alert"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span>{notice.text(t)}</span>
      <button
        type="button"
        className="icon-btn"
        aria-label={t("app.dismiss")}
        onClick={() => setNotice(null)}
      >
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  );
}
