import { useT } from "../state/useT";

/**
 * A quote's section number: "2.11". A theme whose title the source does not print is named
 * by its number as a theme ("Thema 1.1"), never as an unknown title.
 */
export function SectionNumber({ section, title }: { section: string; title: string | null }) {
  const t = useT();
  return (
    <span className="section-number">
      {!section
        ? t("library.noSection")
        : title === null
          ? t("library.untitledSection", { section })
          : section}
    </span>
  );
}
