/** O*NET `Education, Training, and Experience Categories.txt`: the Required Level of Education (RL) categories → onet_education_levels rows. */
import type { OutputRow, SourceFileReader } from '@/lib/import/reader';
import { ONET_FILES, isPositiveInteger } from '@/lib/import/readers/onet-common';

export const educationCategoriesReader: SourceFileReader<
  { sourceId: string },
  { rows: OutputRow[]; levels: ReadonlyMap<number, string> },
  'Scale ID' | 'Category' | 'Category Description'
> = {
  file: ONET_FILES.educationCategories,
  required: ['Scale ID', 'Category', 'Category Description'],
  read({ table, columns, cells, context, issues }) {
    const levels = new Map<number, string>();
    for (const record of table.records) {
      cells.at(record);
      if (cells.raw(columns['Scale ID']) !== 'RL') continue;
      const category = cells.number(columns.Category, 'a category number', isPositiveInteger);
      const label = cells.text(columns['Category Description'], 'the category description');
      if (category === undefined || !label) continue;
      if (levels.has(category)) cells.fail(columns.Category, 'each RL category once');
      else levels.set(category, label);
    }
    if (levels.size === 0 && table.records.length > 0) {
      issues.push({
        file: ONET_FILES.educationCategories,
        line: 0,
        column: 0,
        expected: 'rows for Scale ID "RL" (Required Level of Education) naming each category',
      });
    }
    const rows = [...levels.keys()]
      .sort((a, b) => a - b)
      .map((category) => ({ category: String(category), label: levels.get(category), source_id: context.sourceId }));
    return { rows, levels };
  },
};
