/**
 * The aggregation of `npm run aggregate` written as a straightforward streaming JavaScript program (papaparse over
 * a gunzip stream, Maps of counts, salaries sorted per industry), to compare with DuckDB in the records bench.
 * Same checks, same mapping (memoised per distinct value), same figures except the pairwise comparisons.
 * Usage: tsx bench/records-streaming.ts <records.csv.gz> <data folder>
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';
import { validateDataFolder } from '@/lib/data/validate';
import { readFolderFiles } from '@/lib/node/read-folder';
import { EDUCATION_LEVELS, SALARY_PERIODS } from '@/lib/records/contract';
import { aliasIndex, buildTitleIndex, type GroupRef } from '@/lib/records/mapping';
import { skillKey, titleKey } from '@/lib/records/normalise';

const [file, folder] = process.argv.slice(2);
const data = validateDataFolder((await readFolderFiles(folder!)).files).tables;
const { index } = buildTitleIndex({
  titles: data.recordTitles.map(({ row, line }) => ({ ...row, line })),
  roles: data.roles.map(({ row }) => row),
});
const aliases = aliasIndex(data.recordSkillAliases.map(({ row }) => row));
const titleCache = new Map<string, GroupRef | null>();
const skillCache = new Map<string, string>();

interface Group {
  n: number;
  from: string;
  to: string;
  skills: Map<string, number>;
  employers: Map<string, number>;
  salaries: Map<string, number[]>;
  education: Map<string, number>;
}
const groups = new Map<string, Group>();
const seen = new Set<string>();
let read = 0;
let bad = 0;
let unmapped = 0;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const educationLevels = new Set<string>(EDUCATION_LEVELS);

await new Promise<void>((resolve, reject) => {
  Papa.parse<Record<string, string>>(createReadStream(file!).pipe(createGunzip()), {
    header: true,
    skipEmptyLines: true,
    step: ({ data: row }) => {
      read++;
      const id = row.record_id?.trim() ?? '';
      const title = row.title?.trim() ?? '';
      const salaryText = row.salary?.trim() ?? '';
      const period = row.salary_period?.trim() || 'year';
      const education = row.education?.trim() ?? '';
      const date = row.date?.trim() ?? '';
      const salary = salaryText === '' ? undefined : Number(salaryText);
      if (
        !id ||
        !title ||
        seen.has(id) ||
        (salary !== undefined && !(salary > 0)) ||
        !(period in SALARY_PERIODS) ||
        (education !== '' && !educationLevels.has(education)) ||
        (date !== '' && (!DATE.test(date) || !new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)))
      ) {
        bad++;
        return;
      }
      seen.add(id);
      let target = titleCache.get(title);
      if (target === undefined) titleCache.set(title, (target = index.get(titleKey(title)) ?? null));
      if (!target) {
        unmapped++;
        return;
      }
      const key = `${target.kind}:${target.groupId}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          n: 0,
          from: '9999',
          to: '0000',
          skills: new Map(),
          employers: new Map(),
          salaries: new Map(),
          education: new Map(),
        };
        groups.set(key, group);
      }
      group.n++;
      if (date) {
        if (date < group.from) group.from = date;
        if (date > group.to) group.to = date;
      }
      const listed = new Set<string>();
      for (const raw of (row.skills ?? '').split(';')) {
        const name = raw.trim();
        if (!name) continue;
        let skill = skillCache.get(name);
        if (skill === undefined) {
          const k = skillKey(name);
          skillCache.set(name, (skill = aliases.get(k) ?? k));
        }
        listed.add(skill);
      }
      for (const skill of listed) group.skills.set(skill, (group.skills.get(skill) ?? 0) + 1);
      const employer = row.employer?.trim();
      if (employer) group.employers.set(titleKey(employer), (group.employers.get(titleKey(employer)) ?? 0) + 1);
      const industry = row.industry?.trim();
      if (industry && salary !== undefined) {
        const yearly = salary * SALARY_PERIODS[period as keyof typeof SALARY_PERIODS];
        const list = group.salaries.get(industry);
        if (list) list.push(yearly);
        else group.salaries.set(industry, [yearly]);
      }
      if (education) group.education.set(education, (group.education.get(education) ?? 0) + 1);
    },
    complete: () => resolve(),
    error: reject,
  });
});

const quantile = (sorted: number[], q: number) => {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (at - low);
};
let figures = 0;
for (const group of groups.values()) {
  for (const list of group.salaries.values()) {
    list.sort((a, b) => a - b);
    figures += quantile(list, 0.25) + quantile(list, 0.5) + quantile(list, 0.75) > 0 ? 1 : 0;
  }
  figures += group.skills.size;
}
console.log(JSON.stringify({ read, bad, unmapped, groups: groups.size, figures }));
