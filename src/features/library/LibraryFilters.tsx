import { useId, useMemo } from "react";
import { outlineOf } from "../../domain/corpus/outline";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";

export function LibraryFilters() {
  const t = useT();
  const quotes = useAppStore((s) => s.quotes);
  const query = useAppStore((s) => s.query);
  const chapterFilter = useAppStore((s) => s.chapterFilter);
  const sectionFilter = useAppStore((s) => s.sectionFilter);
  const setQuery = useAppStore((s) => s.setQuery);
  const setChapterFilter = useAppStore((s) => s.setChapterFilter);
  const setSectionFilter = useAppStore((s) => s.setSectionFilter);
  const outline = useMemo(() => outlineOf(quotes), [quotes]);
  const searchId = useId();
  const chapterId = useId();
  const sectionId = useId();
  const sections = outline.filter((c) => chapterFilter === null || c.chapter === chapterFilter);

  return (
    <search className="library-filters">
      <label htmlFor={searchId}>{t("library.search")}</label>
      <div className="search-field">
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t("library.searchPlaceholder")}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setQuery(e.target.value)}
        />
        {query && (
          <button
            type="button"
            className="icon-button"
            aria-label={t("library.clearSearch")}
            onClick={() => setQuery("")}
          >
            ×
          </button>
        )}
      </div>
      <div className="filter-row">
        <div>
          <label htmlFor={chapterId}>{t("library.chapter")}</label>
          <select
            id={chapterId}
            value={chapterFilter ?? ""}
            onChange={(e) => setChapterFilter(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">{t("library.allChapters")}</option>
            {outline.map((c) => (
              <option key={c.chapter} value={c.chapter}>
                {c.chapter} {c.title} ({c.count})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={sectionId}>{t("library.section")}</label>
          <select
            id={sectionId}
            value={sectionFilter ?? ""}
            onChange={(e) => setSectionFilter(e.target.value || null)}
          >
            <option value="">{t("library.allSections")}</option>
            {sections.flatMap((c) =>
              c.sections.map((s) => (
                <option key={`${c.chapter}|${s.section}`} value={s.section}>
                  {s.section || t("library.noSection")} {s.title ?? ""} ({s.count})
                </option>
              )),
            )}
          </select>
        </div>
      </div>
    </search>
  );
}
