/** A bar chart: one bar per category, in one or more series (each drawn in its own colour of Mermaid's palette). */
export interface BarChart {
  title: string;
  categories: readonly string[];
  axisLabel: string;
  min: number;
  max: number;
  /** One list of values per series, each as long as `categories`. */
  series: readonly (readonly number[])[];
  /** A colour (`#rrggbb`) per series; without, Mermaid's palette. */
  colours?: readonly string[];
  /** Bars along the horizontal axis, categories down the side, where long labels have room. */
  horizontal?: boolean;
}

// Chart text comes from the tool, never from a design; still, nothing in it may end a string or a line.
const chartString = (value: string): string => `"${value.replace(/[^\p{L}\p{N} .,()%/+-]/gu, ' ').trim()}"`;

const chartNumber = (value: number): string => String(Math.round(value * 100) / 100);

/** Writes a bar chart as a Mermaid `xychart-beta`. Pure. */
export function toXyChart(chart: BarChart): string {
  const colours = (chart.colours ?? []).filter((colour) => /^#[0-9a-f]{6}$/i.test(colour));
  return [
    // Our own fixed configuration: colours only, never text from a design.
    ...(colours.length > 0 ? [`%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colours.join(', ')}"}}}}%%`] : []),
    chart.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
    `  title ${chartString(chart.title)}`,
    `  x-axis [${chart.categories.map(chartString).join(', ')}]`,
    `  y-axis ${chartString(chart.axisLabel)} ${chartNumber(chart.min)} --> ${chartNumber(chart.max)}`,
    ...chart.series.map((values) => `  bar [${values.map(chartNumber).join(', ')}]`),
    '',
  ].join('\n');
}
