/** O*NET `Task Statements.txt` → onet_tasks rows, in O*NET's order. */
import type { OutputRow, SourceFileReader } from '@/lib/import/reader';
import {
  CODE,
  ONET_FILES,
  isPositiveInteger,
  occupationCode,
  type OccupationContext,
} from '@/lib/import/readers/onet-common';

const TASK_TYPES = { Core: 'core', Supplemental: 'supplemental', 'n/a': undefined, '': undefined } as const;

export const tasksReader: SourceFileReader<
  OccupationContext & { sourceId: string },
  OutputRow[],
  typeof CODE | 'Task ID' | 'Task',
  'Task Type'
> = {
  file: ONET_FILES.tasks,
  required: [CODE, 'Task ID', 'Task'],
  optional: ['Task Type'],
  read({ table, columns, cells, context }) {
    const rows: OutputRow[] = [];
    const seen = new Map<string, number>();
    for (const record of table.records) {
      cells.at(record);
      const code = occupationCode(context.occupations, cells, columns[CODE]);
      const id = cells.number(columns['Task ID'], 'a task id, a whole number', isPositiveInteger);
      const text = cells.text(columns.Task, 'the task statement');
      const type =
        columns['Task Type'] === undefined
          ? undefined
          : cells.choice(columns['Task Type'], TASK_TYPES, '"Core", "Supplemental" or "n/a"');
      if (!code || id === undefined || !text) continue;
      const key = `${code}\u0000${id}`;
      if (seen.has(key)) {
        cells.fail(columns['Task ID'], `each task id once per occupation; line ${seen.get(key)} has it`);
        continue;
      }
      seen.set(key, record.line);
      rows.push({ onet_code: code, task_id: String(id), task: text, task_type: type, source_id: context.sourceId });
    }
    return rows;
  },
};
