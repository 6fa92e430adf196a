/** Element ids a chart frame gives itself, its heading and summary (which name and describe its SVG). */
export const chartAnchorId = (chartId: string): string => `chart-${chartId}`;
export const chartTitleId = (chartId: string): string => `chart-${chartId}-title`;
export const chartSummaryId = (chartId: string): string => `chart-${chartId}-summary`;
