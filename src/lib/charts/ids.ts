/** Element ids a chart frame gives its heading and summary, which name and describe the chart's SVG. */
export const chartTitleId = (chartId: string): string => `chart-${chartId}-title`;
export const chartSummaryId = (chartId: string): string => `chart-${chartId}-summary`;
