import type { Analysis } from "../../domain/analysis/analysis";
import { selectionClosure, subAnalysis } from "../../domain/analysis/geometry";
import { evidenceCounts } from "../../domain/analysis/graph";
import type { Size } from "../../domain/analysis/layoutGraph";
import { exportLabels, pictureLabels } from "../../i18n/exportLabels";
import { type Language, localeOf, translate } from "../../i18n/messages";
import { exportFileName } from "../../io/analysisFile";
import { placedQuotesCsv } from "../../io/csv";
import { toJsonCanvas } from "../../io/jsonCanvas";
import { analysisReport } from "../../io/markdown";
import {
  type Picture,
  type PictureFrame,
  type PictureLabels,
  pictureSvg,
} from "../../io/picture/pictureSvg";
import { type AnalysisSource, analysisJsonFile } from "./download";

export const EXPORT_FORMATS = ["png", "svg", "pdf", "json", "canvas", "markdown", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type PictureFormat = Extract<ExportFormat, "png" | "svg" | "pdf">;
export const isPictureFormat = (format: ExportFormat): format is PictureFormat =>
  format === "png" || format === "svg" || format === "pdf";

/** What an export works from: the open analysis, the corpus, the measured sizes, the selection. */
export interface ExportSource extends AnalysisSource {
  sizes: ReadonlyMap<string, Size>;
  selectedNodeIds: ReadonlySet<string>;
  language: Language;
}

export interface ExportFile {
  blob: Blob;
  fileName: string;
}

export function exportDate(language: Language, now: Date): string {
  return now.toLocaleDateString(localeOf(language), { dateStyle: "long" });
}

/** The analysis, or with `onlySelection` the selected part of it. */
export function exportedAnalysis(source: ExportSource, onlySelection: boolean): Analysis {
  if (!onlySelection || source.selectedNodeIds.size === 0) return source.analysis;
  return subAnalysis(source.analysis, selectionClosure(source.analysis, source.selectedNodeIds));
}

const REPORT_HEADINGS = {
  problem: "transfer.report.problem",
  causes: "transfer.report.causes",
  symptoms: "transfer.report.symptoms",
  other: "transfer.report.other",
  unused: "transfer.report.unused",
  noProblem: "transfer.report.noProblem",
} as const;

const text = (content: string, type: string) =>
  new Blob([content], { type: `${type};charset=utf-8` });

export interface PictureOptions {
  onlySelection: boolean;
  frame: PictureFrame;
  now: Date;
  /** Another board of the analysis to draw instead of the problem tree (the goal tree). */
  subject?: PictureSubject;
}

/**
 * A board of the analysis other than the problem tree, drawn by the same renderer with the
 * same options (the goal view's goal tree): the board, the words of its legend, and the name
 * its files and subtitle get. The file (a PNG's embedded copy) still carries the analysis.
 */
export interface PictureSubject {
  board(analysis: Analysis): Analysis;
  labels(labels: PictureLabels): PictureLabels;
  /** Named after the title in the file name and before the date in the subtitle. */
  name: string;
}

/** The file name of a picture: the analysis's title, the subject's name, the date. */
export function pictureFileName(
  analysis: Analysis,
  options: Pick<PictureOptions, "now" | "subject">,
  extension: string,
): string {
  const subject = options.subject?.name.toLocaleLowerCase();
  const stem = subject ? `${analysis.title || "analyse"} ${subject}` : null;
  return exportFileName(stem ?? analysis.title, options.now, extension);
}

/** The picture the PNG, SVG and PDF exports are made of: title, date, the tree, a legend. */
export function exportPicture(source: ExportSource, options: PictureOptions): Picture {
  const { language } = source;
  const { subject } = options;
  const date = exportDate(language, options.now);
  const labels = pictureLabels(language);
  return pictureSvg(
    {
      analysis: subject
        ? subject.board(source.analysis)
        : exportedAnalysis(source, options.onlySelection),
      evidence: subject ? new Map() : evidenceCounts(source.analysis),
      sizes: subject ? new Map() : source.sizes,
      labels: subject ? subject.labels(labels) : labels,
      title: source.analysis.title || translate(language, "canvas.untitled"),
      subtitle: translate(language, "transfer.pictureSubtitle", {
        date: subject ? `${subject.name} · ${date}` : date,
      }),
    },
    options.frame,
  );
}

/** Every export but the pictures (see exportPicture). */
export function buildExport(
  format: Exclude<ExportFormat, PictureFormat>,
  source: ExportSource,
  options: { onlySelection: boolean; now: Date },
): ExportFile {
  const { language, now } = { ...source, ...options };
  const labels = exportLabels(language);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params);
  const name = (extension: string) => exportFileName(source.analysis.title, now, extension);
  switch (format) {
    case "json":
      return analysisJsonFile(source, now);
    case "canvas": {
      const canvas = toJsonCanvas(source.analysis, source.sizes, labels);
      return {
        blob: text(`${JSON.stringify(canvas, null, 2)}\n`, "application/json"),
        fileName: name("canvas"),
      };
    }
    case "markdown": {
      const report = analysisReport(source.analysis, source.quotes, labels, {
        heading: (kind) => t(REPORT_HEADINGS[kind]),
        sectionCount: (count) => t("transfer.report.sectionCount", { count }),
        votes: (count, round) => t("transfer.report.votes", { count, round }),
        subtitle: t("transfer.report.subtitle", { date: exportDate(language, now) }),
      });
      return { blob: text(report, "text/markdown"), fileName: name("md") };
    }
    case "csv": {
      const header = t("transfer.csvHeader").split("|");
      return {
        blob: text(placedQuotesCsv(source.analysis, header, labels), "text/csv"),
        fileName: name("csv"),
      };
    }
  }
}
