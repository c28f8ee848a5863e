import { memo, useMemo } from "react";
import { readAnalysis } from "../../domain/analysis/migrations";
import { PREVIEW_SIZE, previewOf } from "../../domain/analysis/preview";

/**
 * A thumbnail of a stored analysis, drawn as React SVG elements from the document's node
 * positions. Decorative: the title and counts next to it say what matters.
 */
export const AnalysisPreview = memo(function AnalysisPreview({ document }: { document: unknown }) {
  const preview = useMemo(() => {
    const read = readAnalysis(document);
    return read.ok ? previewOf(read.value) : null;
  }, [document]);
  return (
    <svg
      className="analysis-preview"
      viewBox={`0 0 ${PREVIEW_SIZE.width} ${PREVIEW_SIZE.height}`}
      width={PREVIEW_SIZE.width}
      height={PREVIEW_SIZE.height}
      aria-hidden="true"
      focusable="false"
    >
      {preview?.lines.map((line) => (
        <line
          key={line.id}
          className="preview-line"
          x1={line.x1}
          y1={line.y1}
          x2={line.x2}
          y2={line.y2}
        />
      ))}
      {preview?.shapes.map((shape) => (
        <rect
          key={shape.id}
          className={`preview-node preview-${shape.kind} preview-role-${shape.role ?? "none"}`}
          x={shape.x}
          y={shape.y}
          width={shape.width}
          height={shape.height}
          rx={1.5}
        />
      ))}
    </svg>
  );
});
