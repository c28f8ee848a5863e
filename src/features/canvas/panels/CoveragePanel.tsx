import { memo, useId, useMemo, useState } from "react";
import { type Coverage, coverageOf } from "../../../domain/analysis/graph";
import { outlineOf } from "../../../domain/corpus/outline";
import type { Quote } from "../../../domain/corpus/quote";
import { useAppStore } from "../../../state/StoreProvider";
import { useAnalysisContent } from "../../../state/useAnalysisContent";
import { useT } from "../../../state/useT";
import { SectionNumber } from "../../../ui/SectionNumber";
import { NearDuplicates } from "./NearDuplicates";

function percentOf(placed: number, total: number): number {
  return total === 0 ? 0 : Math.round((placed / total) * 100);
}

interface SectionRow {
  section: string;
  title: string | null;
  placed: number;
  total: number;
}

interface ChapterRow {
  chapter: number;
  title: string;
  placed: number;
  total: number;
  sections: (SectionRow & { key: string })[];
  emptySections: number;
}

/** The corpus outline (titles, reading order) with how much of each part is on the canvas. */
function coverageRows(quotes: readonly Quote[], coverage: Coverage): ChapterRow[] {
  const placedBySection = new Map(
    coverage.bySection.map((s) => [`${s.chapter}|${s.section}`, s.placed]),
  );
  return outlineOf(quotes).map((chapter) => {
    const sections = chapter.sections.map((s) => {
      const key = `${chapter.chapter}|${s.section}`;
      return {
        key,
        section: s.section,
        title: s.title,
        placed: placedBySection.get(key) ?? 0,
        total: s.count,
      };
    });
    return {
      chapter: chapter.chapter,
      title: chapter.title,
      placed: sections.reduce((sum, s) => sum + s.placed, 0),
      total: chapter.count,
      sections,
      emptySections: sections.filter((s) => s.placed === 0).length,
    };
  });
}

/** How much of the bloemlezing is on this canvas, and which themes have nothing on it yet. */
export function CoveragePanel() {
  const t = useT();
  const quotes = useAppStore((s) => s.quotes);
  const analysis = useAnalysisContent();
  const unplacedOnly = useAppStore((s) => s.unplacedOnly);
  const setUnplacedOnly = useAppStore((s) => s.setUnplacedOnly);
  const coverage = useMemo(() => coverageOf(analysis, quotes), [analysis, quotes]);
  const chapters = useMemo(() => coverageRows(quotes, coverage), [quotes, coverage]);
  const emptySections = chapters.reduce((sum, c) => sum + c.emptySections, 0);
  const overallId = useId();
  const toggleId = useId();
  const toggleHintId = useId();
  const [duplicatesOpen, setDuplicatesOpen] = useState(false);

  if (coverage.total === 0) return <p className="panel-hint">{t("panels.coverage.noCorpus")}</p>;
  return (
    <div className="coverage">
      <h3 id={overallId}>{t("panels.coverage.overall")}</h3>
      <meter
        className="coverage-meter"
        min={0}
        max={coverage.total}
        value={coverage.placed}
        aria-labelledby={overallId}
      />
      <p className="coverage-count" data-testid="coverage-overall">
        {t("panels.coverage.count", {
          placed: coverage.placed,
          total: coverage.total,
          percent: percentOf(coverage.placed, coverage.total),
        })}
      </p>
      {coverage.covered > 0 && (
        <p className="panel-hint" data-testid="coverage-covered">
          {t("duplicates.coverageCovered", { count: coverage.covered })}
        </p>
      )}
      <div className="coverage-toggle">
        <input
          id={toggleId}
          type="checkbox"
          checked={unplacedOnly}
          aria-describedby={toggleHintId}
          onChange={(e) => setUnplacedOnly(e.target.checked)}
        />
        <label htmlFor={toggleId}>{t("panels.coverage.unplacedOnly")}</label>
        <p id={toggleHintId} className="panel-hint">
          {t("panels.coverage.unplacedOnlyHint")}
        </p>
      </div>
      <h3>{t("panels.coverage.byChapter")}</h3>
      <p className={emptySections > 0 ? "coverage-gaps" : "panel-hint"}>
        {emptySections === 0
          ? t("panels.coverage.allSectionsCovered")
          : emptySections === 1
            ? t("panels.coverage.emptySectionsOne")
            : t("panels.coverage.emptySections", { count: emptySections })}
      </p>
      <ul className="coverage-chapters">
        {chapters.map((chapter) => (
          <ChapterCoverage key={chapter.chapter} chapter={chapter} />
        ))}
      </ul>
      {/* Computed when opened: for a very large corpus it takes a moment. */}
      <details
        className="coverage-duplicates"
        onToggle={(e) => setDuplicatesOpen(e.currentTarget.open)}
      >
        <summary>
          <h3 className="near-duplicates-heading">{t("duplicates.heading")}</h3>
        </summary>
        {duplicatesOpen && <NearDuplicates />}
      </details>
    </div>
  );
}

const ChapterCoverage = memo(function ChapterCoverage({ chapter }: { chapter: ChapterRow }) {
  const t = useT();
  // Chapters start open when a theme in them has nothing on the canvas yet; after that the
  // analyst decides (a constant prop is never re-applied, so placing a quote won't fold it).
  const [startOpen] = useState(chapter.emptySections > 0);
  return (
    <li data-chapter={chapter.chapter}>
      <details open={startOpen}>
        <summary>
          <span className="coverage-chapter-title">
            {chapter.chapter} {chapter.title}
          </span>{" "}
          <meter
            className="coverage-meter small"
            min={0}
            max={chapter.total}
            value={chapter.placed}
            aria-label={t("panels.coverage.chapterMeter", { chapter: chapter.chapter })}
          />{" "}
          <span className="coverage-fraction">
            {t("panels.coverage.sectionCount", { placed: chapter.placed, total: chapter.total })}
          </span>
        </summary>
        <ul className="coverage-sections">
          {chapter.sections.map((s) => (
            <SectionCoverage
              key={s.key}
              sectionKey={s.key}
              section={s.section}
              title={s.title}
              placed={s.placed}
              total={s.total}
            />
          ))}
        </ul>
      </details>
    </li>
  );
});

const SectionCoverage = memo(function SectionCoverage(row: SectionRow & { sectionKey: string }) {
  const t = useT();
  const empty = row.placed === 0;
  return (
    <li
      className={empty ? "coverage-section is-empty" : "coverage-section"}
      data-section={row.sectionKey}
    >
      <span className="coverage-section-label">
        <SectionNumber section={row.section} title={row.title} /> {row.section && row.title}
      </span>
      <span className="coverage-fraction">
        {t("panels.coverage.sectionCount", { placed: row.placed, total: row.total })}
      </span>
      <span className="coverage-bar" aria-hidden="true">
        <span style={{ width: `${percentOf(row.placed, row.total)}%` }} />
      </span>
      {empty && (
        <strong className="coverage-empty-note">
          <span aria-hidden="true">○ </span>
          {t("panels.coverage.emptySection")}
        </strong>
      )}
    </li>
  );
});
