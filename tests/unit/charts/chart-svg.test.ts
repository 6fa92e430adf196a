/**
 * Snapshots of the rendered SVG of each chart kind, as Observable Plot does: the markup Astro pages
 * ship (the same component the compare tool renders), every coordinate rounded to 0.1 by the layout.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Chart } from '@/components/charts/Chart';
import type { ChartData } from '@/lib/charts/chart-data';

const base = { id: 'c', title: 'T', summary: 'S', sourceIds: [] };
const CHARTS: Record<string, ChartData> = {
  bar: {
    ...base,
    columns: [
      { key: 'sector', label: 'Sector', kind: 'text' },
      { key: 'wage', label: 'Mean wage', kind: 'usd' },
    ],
    rows: [
      { sector: 'Finance and Insurance', wage: 218030 },
      { sector: 'Information', wage: 191240 },
      { sector: 'Federal, State, and Local Government, excluding State and Local Government Schools', wage: 111840 },
      { sector: 'Utilities', wage: 'not available' },
    ],
    chart: { kind: 'bar', labelKey: 'sector', valueKey: 'wage', highlightRow: 0, highlightNote: 'highest' },
  },
  interval: {
    ...base,
    columns: [
      { key: 'skill', label: 'Skill', kind: 'text' },
      { key: 'share', label: 'Share (%)', kind: 'percent' },
      { key: 'low', label: 'Low', kind: 'percent' },
      { key: 'high', label: 'High', kind: 'percent' },
      { key: 'n', label: 'n', kind: 'count' },
    ],
    rows: [
      { skill: 'CRM', share: 41.2, low: 36.1, high: 46.5, n: 340 },
      { skill: 'Negotiation', share: 12.5, low: 9.4, high: 16.4, n: 340 },
    ],
    chart: { kind: 'bar', labelKey: 'skill', valueKey: 'share', lowKey: 'low', highKey: 'high', nKey: 'n' },
  },
  'grouped-bar': {
    ...base,
    columns: [
      { key: 'occupation', label: 'Occupation', kind: 'text' },
      { key: 'level', label: 'Level', kind: 'text' },
      { key: 'share', label: 'Share (%)', kind: 'percent' },
    ],
    rows: [
      { occupation: 'Sales Managers', level: "Bachelor's degree", share: 61.3 },
      { occupation: 'Sales Managers', level: "Master's degree", share: 12 },
      { occupation: 'Marketing Managers', level: "Bachelor's degree", share: 70.1 },
      { occupation: 'Marketing Managers', level: "Master's degree", share: 18.4 },
    ],
    chart: { kind: 'grouped-bar', groupKey: 'occupation', labelKey: 'level', valueKey: 'share' },
  },
  diverging: {
    ...base,
    columns: [
      { key: 'role', label: 'Role', kind: 'text' },
      { key: 'masters', label: "Master's", kind: 'pp' },
      { key: 'doctoral', label: 'Doctoral', kind: 'pp' },
    ],
    rows: [
      { role: 'Managers, account executive', masters: -4.6, doctoral: 0.1 },
      { role: 'Market sales managers', masters: -5.3, doctoral: 0 },
    ],
    chart: {
      kind: 'diverging',
      labelKey: 'role',
      groups: [
        { valueKey: 'masters', label: "Master's Degree" },
        { valueKey: 'doctoral', label: 'Doctoral Degree' },
      ],
    },
  },
  dot: {
    ...base,
    columns: [
      { key: 'percentile', label: 'Percentile', kind: 'text' },
      { key: 'wage', label: 'Wage', kind: 'usd' },
    ],
    rows: [
      { percentile: '10th percentile', wage: 66910 },
      { percentile: 'Median (50th percentile)', wage: 138060 },
      { percentile: '90th percentile', wage: 'at or above $239,200' },
    ],
    chart: { kind: 'dot', labelKey: 'percentile', valueKey: 'wage' },
  },
  figure: {
    ...base,
    columns: [
      { key: 'industry', label: 'Industry', kind: 'text' },
      { key: 'usd', label: 'Average salary', kind: 'usd' },
    ],
    rows: [{ industry: 'Technology', usd: 119239 }],
    chart: { kind: 'bar', labelKey: 'industry', valueKey: 'usd' },
  },
};

const render = (chart: ChartData) =>
  renderToStaticMarkup(createElement(Chart, { chart, labelledBy: 'chart-c-title', describedBy: 'chart-c-summary' }))
    // One element per line, so a snapshot diff reads mark by mark.
    .replace(/></g, '>\n<');

describe('rendered chart SVG', () => {
  for (const [kind, chart] of Object.entries(CHARTS)) {
    it(`draws a ${kind} chart`, () => {
      const svg = render(chart);
      for (const n of svg.matchAll(/="(-?\d+\.\d+)%?"/g)) expect(n[1]!.split('.')[1]!.length).toBeLessThanOrEqual(1);
      expect(svg).toMatchSnapshot();
    });
  }
});
