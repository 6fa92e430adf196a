/** What the O*NET readers share: the file names, the code column and pattern, and the code check. */
import type { CellReader } from '@/lib/import/table';

export const ONET_FILES = {
  readme: 'Read Me.txt',
  occupations: 'Occupation Data.txt',
  alternateTitles: 'Alternate Titles.txt',
  skills: 'Skills.txt',
  knowledge: 'Knowledge.txt',
  scales: 'Scales Reference.txt',
  technology: 'Technology Skills.txt',
  tasks: 'Task Statements.txt',
  education: 'Education, Training, and Experience.txt',
  educationCategories: 'Education, Training, and Experience Categories.txt',
  jobZones: 'Job Zones.txt',
  jobZoneReference: 'Job Zone Reference.txt',
  related: 'Related Occupations.txt',
  interests: 'Interests.txt',
  workStyles: 'Work Styles.txt',
} as const;

export const CODE = 'O*NET-SOC Code';
/** The text O*NET writes for "no value". */
export const MISSING = ['n/a'];
export const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;

export const yesNo = { Y: 'yes', N: 'no' } as const;
export const suppressChoices = { Y: 'yes', N: 'no', 'n/a': undefined } as const;

/** The occupations of Occupation Data.txt, by code: every other file's codes must be among them. */
export type Occupations = ReadonlyMap<string, { title: string; description?: string; line: number }>;

/** Context of every reader after the occupations: checks a code cell against them. */
export interface OccupationContext {
  occupations: Occupations;
}

/** The code in `column` when it is a listed occupation; otherwise an issue on that cell. */
export function occupationCode(occupations: Occupations, cells: CellReader, column: number): string | undefined {
  const code = cells.raw(column) ?? '';
  if (occupations.has(code)) return code;
  return cells.fail(
    column,
    ONET_CODE.test(code)
      ? `an O*NET-SOC code listed in ${ONET_FILES.occupations}`
      : 'an O*NET-SOC code such as 11-2022.00',
  );
}

export function isZone(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 5;
}

export function isPositiveInteger(n: number): boolean {
  return Number.isInteger(n) && n >= 1;
}
