import { useT } from "../../state/useT";

/** "2.11 Beperkte mogelijkheid gegevensuitwisseling", saying so when the title is unknown. */
export function SectionLabel({ section, title }: { section: string; title: string | null }) {
  const t = useT();
  if (!section) return <span className="section-label">{t("library.noSection")}</span>;
  return (
    <span className="section-label">
      <span className="section-number">{section}</span>{" "}
      {title ?? <em>{t("library.unknownSectionTitle")}</em>}
    </span>
  );
}
