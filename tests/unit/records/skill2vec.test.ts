/**
 * A real, messy input at scale: the skill2vec job descriptions (../shared/data/skill2vec, MIT; 50,000 skill lists,
 * no titles). Every description is given one mapped title, so the shares are "of all descriptions". Checked against
 * an independent count in plain JavaScript. Runs when the shared data is present (it never ships with the project).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { skillKey } from '@/lib/records/normalise';
import { readFolderFiles } from '@/lib/node/read-folder';
import { aggregate, HAND_DATA, rowsOf } from './support/run';

const SKILL2VEC = '/work/shared/data/skill2vec/skill2vec_50K.csv.gz';
const present = existsSync(SKILL2VEC);
const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

describe.runIf(present)('skill2vec, 50,000 real job descriptions', () => {
  it('gives each skill the share an independent count gives, merging spellings', async () => {
    const lines = gunzipSync(readFileSync(SKILL2VEC)).toString('utf8').split('\n').filter(Boolean);
    const folder = await mkdtemp(join(tmpdir(), 'atlas-skill2vec-'));
    const records = ['record_id,title'];
    const skills = ['record_id,skill'];
    const expected = new Map<string, Set<string>>();
    const ids = new Set<string>();
    lines.forEach((line, i) => {
      const [, ...cells] = line.split(',');
      const id = `jd-${i + 1}`; // the source's jd_id repeats; the line number does not
      ids.add(id);
      records.push(`${id},Account manager`);
      for (const cell of cells) {
        const skill = cell.trim();
        if (!skill) continue;
        skills.push(`${id},${quote(skill)}`);
        const key = skillKey(skill);
        if (!key) continue;
        if (!expected.has(key)) expected.set(key, new Set());
        expected.get(key)!.add(id);
      }
    });
    await writeFile(join(folder, 'records.csv'), `${records.join('\n')}\n`);
    await writeFile(join(folder, 'skills.csv'), `${skills.join('\n')}\n`);
    // Without the alias file: this checks normalisation alone (aliases would merge keys the count keeps apart).
    const data = (await readFolderFiles(HAND_DATA)).files;
    data.delete('record_skill_aliases.csv');
    const result = await aggregate([join(folder, 'records.csv'), join(folder, 'skills.csv')], {
      params: { topSkills: 40 },
      data,
    });
    expect(rowsOf(result, 'record_run.csv')[0]).toMatchObject({ records_read: String(lines.length), bad: '0' });
    const top = rowsOf(result, 'record_skills.csv');
    expect(top).toHaveLength(40);
    const counts = [...expected.values()].map((set) => set.size).sort((a, b) => b - a);
    top.forEach((row, i) => {
      expect(Number(row.listing), row.skill).toBe(expected.get(skillKey(row.skill!))!.size);
      expect(Number(row.listing), `rank ${i + 1}`).toBe(counts[i]);
      expect(Number(row.low_pct)).toBeLessThanOrEqual(Number(row.share_pct));
      expect(Number(row.high_pct)).toBeGreaterThanOrEqual(Number(row.share_pct));
      expect(Number(row.records)).toBe(lines.length);
    });
    if (!result.ok) return;
    // Real spelling variants were merged, e.g. "Core Java" and "core_java".
    expect(result.summary.skillMerges.length).toBeGreaterThan(100);
  }, 300_000);
});

describe.runIf(!present)('skill2vec', () => {
  it.skip(`skipped: ${SKILL2VEC} is not on this machine (shared data, never part of the project)`, () => {});
});
