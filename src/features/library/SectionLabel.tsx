import { useT } from "../../state/useT";
import { SectionNumber } from "../../ui/SectionNumber";

/**
 * "2.11 Beperkte mogelijkheid gegevensuitwisseling". A theme whose title the source does not
 * print is named by its number and, where given, its chapter: "Thema 1.1 · Trends en …".
 */
export function SectionLabel({
  section,
  title,
  chapterTitle,
}: {
  section: string;
  title: string | null;
  chapterTitle?: string;
}) {
  const t = useT();
  if (!section) return <span className="section-label">{t("library.noSection")}</span>;
  if (title === null)
    return (
      <span className="section-label untitled">
        <SectionNumber section={section} title={title} />
        {chapterTitle ? ` · ${chapterTitle}` : ""}
      </span>
    );
  return (
    <span className="section-label">
      <span className="section-number">{section}</span> {title}
    </span>
  );
}
