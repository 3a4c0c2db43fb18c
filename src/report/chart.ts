/** A bar chart: one bar per category. */
export interface BarChart {
  title: string;
  categories: readonly string[];
  axisLabel: string;
  min: number;
  max: number;
  values: readonly number[];
}

// Chart text comes from the tool, never from a design; still, nothing in it may end a string or a line.
const chartString = (value: string): string => `"${value.replace(/[^\p{L}\p{N} .,()%/+-]/gu, ' ').trim()}"`;

const chartNumber = (value: number): string => String(Math.round(value * 100) / 100);

/** Writes a bar chart as a Mermaid `xychart-beta`. Pure. */
export function toXyChart(chart: BarChart): string {
  return [
    'xychart-beta',
    `  title ${chartString(chart.title)}`,
    `  x-axis [${chart.categories.map(chartString).join(', ')}]`,
    `  y-axis ${chartString(chart.axisLabel)} ${chartNumber(chart.min)} --> ${chartNumber(chart.max)}`,
    `  bar [${chart.values.map(chartNumber).join(', ')}]`,
    '',
  ].join('\n');
}
