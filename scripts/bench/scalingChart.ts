import type { ScalingPoint } from "./scaling";

const PANEL = { width: 360, height: 220 };
const MARGIN = { left: 56, right: 16, top: 34, bottom: 40 };

interface Series {
  label: string;
  values: number[];
  dash: string;
  colour: string;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Round numbers for an axis from 0 to at least `max`. */
function ticks(max: number): number[] {
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough || 1));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  const result: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) result.push(v);
  if ((result.at(-1) ?? 0) < max) result.push((result.at(-1) ?? 0) + step);
  return result;
}

function panel(title: string, sizes: number[], series: Series[], offsetX: number): string {
  const plotW = PANEL.width - MARGIN.left - MARGIN.right;
  const plotH = PANEL.height - MARGIN.top - MARGIN.bottom;
  const yTicks = ticks(Math.max(...series.flatMap((s) => s.values)));
  const yMax = yTicks.at(-1) || 1;
  // Sizes double from one to the next: a log scale spaces them evenly.
  const logMin = Math.log2(sizes[0] ?? 1);
  const logSpan = Math.log2(sizes.at(-1) ?? 2) - logMin || 1;
  const x = (n: number) => MARGIN.left + ((Math.log2(n) - logMin) / logSpan) * plotW;
  const y = (v: number) => MARGIN.top + plotH - (v / yMax) * plotH;
  const parts = [
    `<g transform="translate(${offsetX},0)">`,
    `<text x="${MARGIN.left}" y="20" font-weight="600">${escapeXml(title)}</text>`,
    ...yTicks.map(
      (v) =>
        `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y(v)}" y2="${y(v)}" stroke="#e3e6ea"/>` +
        `<text x="${MARGIN.left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`,
    ),
    ...sizes.map(
      (n) => `<text x="${x(n)}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${n}</text>`,
    ),
    `<text x="${MARGIN.left + plotW / 2}" y="${PANEL.height - 6}" text-anchor="middle">nodes</text>`,
  ];
  series.forEach((s, i) => {
    const points = s.values.map((v, j) => `${x(sizes[j] ?? 1)},${y(v)}`).join(" ");
    parts.push(
      `<polyline points="${points}" fill="none" stroke="${s.colour}" stroke-width="2" stroke-dasharray="${s.dash}"/>`,
      ...s.values.map(
        (v, j) => `<circle cx="${x(sizes[j] ?? 1)}" cy="${y(v)}" r="3" fill="${s.colour}"/>`,
      ),
      `<text x="${MARGIN.left + 8}" y="${MARGIN.top + 14 + i * 15}" fill="${s.colour}">${escapeXml(s.label)}</text>`,
    );
  });
  parts.push("</g>");
  return parts.join("\n");
}

/** A two-panel SVG line chart: first render (ours and bare React Flow) and save, in ms. */
export function scalingChart(points: readonly ScalingPoint[], caption: string): string {
  const sizes = points.map((p) => p.nodes);
  const width = PANEL.width * 2;
  const height = PANEL.height + 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    panel(
      "Canvas first render (ms)",
      sizes,
      [
        { label: "Ontrafel", values: points.map((p) => p.oursMs), dash: "", colour: "#1d4e89" },
        {
          label: "bare React Flow",
          values: points.map((p) => p.bareMs),
          dash: "5 4",
          colour: "#b85c00",
        },
      ],
      0,
    ),
    panel(
      "Save of an edit (ms)",
      sizes,
      [{ label: "Ontrafel", values: points.map((p) => p.saveMs), dash: "", colour: "#1d4e89" }],
      PANEL.width,
    ),
    `<text x="${width / 2}" y="${height - 4}" text-anchor="middle" fill="#4a5360">${escapeXml(caption)}</text>`,
    "</svg>",
    "",
  ].join("\n");
}
