/**
 * The importer's output as a whole: deterministic CSV files that pass the data step next to the seed,
 * and the official records the model builds from them. Expected figures are read from the fixtures.
 */
import { describe, expect, it } from 'vitest';
import { rolePageView } from '@/lib/role/page';
import { buildSiteModel } from '@/lib/model/site-model';
import { validateDataFolder } from '@/lib/data/validate';
import { IMPORTED_FILES, importOfficial } from '@/lib/import/official';
import { seedFiles, seedText } from '../support/data-folder';
import { BLS, EP, ONET_27, ONET_29, csvRows, folder, folderWith, text } from './fixtures';

function converted(onetPath = ONET_29, taken: string[] = []) {
  const result = importOfficial({ onet: folder(onetPath), bls: folder(BLS), takenRoleIds: new Set(taken) });
  if (!result.ok) throw new Error(JSON.stringify(result, null, 1));
  return result;
}

/** The seed folder plus the importer's files; the Global account manager role names Sales Managers. */
function seedWithOfficial(files: Map<string, string>, gamCode: string | null = '11-2022.00') {
  const folderFiles = seedFiles();
  for (const [name, csv] of files) folderFiles.set(name, new TextEncoder().encode(csv));
  if (gamCode) {
    const roles = seedText('roles.csv').replace(
      /^(global-account-manager,.*"),,career-page-gam$/m,
      `$1,${gamCode},career-page-gam`,
    );
    expect(roles).toContain(gamCode);
    folderFiles.set('roles.csv', new TextEncoder().encode(roles));
  }
  return folderFiles;
}

describe('importOfficial', () => {
  it('writes exactly its own files', () => {
    expect([...converted().files.keys()].sort()).toEqual([...IMPORTED_FILES].sort());
    const seed = [...seedFiles().keys()];
    for (const file of IMPORTED_FILES) expect(seed).not.toContain(file);
  });

  it('gives byte-identical output on every run', () => {
    expect(converted().files).toEqual(converted().files);
    expect(converted(ONET_27).files).toEqual(converted(ONET_27).files);
  });

  it('writes the O*NET and BLS sources with their licence and attribution', () => {
    const sources = csvRows(converted().files.get('official_sources.csv')!);
    expect(sources.map((s) => s.id)).toEqual(['bls-oews-2024', 'onet-29-3']);
    const [bls, onet] = sources;
    expect(onet!.attribution).toBe(
      'This page includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.',
    );
    expect(onet!.licence).toMatch(/CC BY 4\.0/);
    expect(onet!.date_label).toBe('May 2025 Release');
    expect(bls!.attribution).toBe(
      'Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics',
    );
    expect(bls!.date_label).toBe('May 2024');
    expect(bls!.note).toContain('$239,200 per year');
  });

  it('with a projections folder, writes bls_projections.csv and credits BLS as it asks; the data step accepts it', () => {
    const result = importOfficial({
      onet: folder(ONET_29),
      bls: folder(BLS),
      ep: folder(EP),
      takenRoleIds: new Set(),
    });
    if (!result.ok) throw new Error(JSON.stringify(result, null, 1));
    const sources = csvRows(result.files.get('official_sources.csv')!);
    expect(sources.map((s) => s.id)).toEqual(['bls-ep-2024-34', 'bls-oews-2024', 'onet-29-3']);
    expect(sources[0]!.attribution).toBe('Source: Employment Projections program, U.S. Bureau of Labor Statistics.');
    expect(sources[0]!.note).toContain('">=$239,200" = median wage at or above that amount (top-coded)');
    const rows = csvRows(result.files.get('bls_projections.csv')!);
    expect(rows.find((r) => r.soc_code === '11-2022')).toMatchObject({
      change_pct: '4.7',
      source_id: 'bls-ep-2024-34',
    });
    expect(validateDataFolder(seedWithOfficial(result.files)).issues).toEqual([]);
  });

  it('reports problems of both folders at once', () => {
    const result = importOfficial({
      onet: folderWith(ONET_29, { 'Job Zones.txt': null }),
      bls: folderWith(BLS, { 'natsector_M2024_dl.csv': null }),
      takenRoleIds: new Set(),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.onetIssues.map((i) => i.file)).toEqual(['Job Zones.txt']);
    expect(result.blsIssues.map((i) => i.file)).toEqual(['natsector_M2024_dl.csv']);
  });
});

describe.each([
  ['O*NET 29.3', ONET_29],
  ['O*NET 27.0', ONET_27],
])('the data step on the seed plus the import of %s', (_name, onetPath) => {
  const { tables, issues } = validateDataFolder(seedWithOfficial(converted(onetPath).files));

  it('finds no problem', () => {
    expect(issues).toEqual([]);
    expect(tables.onetOccupations.length).toBeGreaterThan(0);
  });

  const model = buildSiteModel(tables);
  const national = csvRows(text(BLS, 'national_M2024_dl.csv'));
  const sectors = csvRows(text(BLS, 'natsector_M2024_dl.csv'));

  it('gives every occupation a record and page of its own, listed after the hand-made roles', () => {
    const occupations = tables.onetOccupations.map(({ row }) => row.id);
    expect(model.roles.map((r) => r.id)).toEqual(tables.roles.map(({ row }) => row.id));
    expect(model.occupations.map((o) => o.id)).toEqual(occupations);
    expect(model.roles.every((r) => r.kind === 'role')).toBe(true);
    expect(model.occupations.every((o) => o.kind === 'occupation')).toBe(true);
    const sales = model.occupations.find((r) => r.id === 'sales-managers')!;
    expect(sales.onetCode).toBe('11-2022.00');
    expect(sales.official.onetCode).toBe('11-2022.00');
    expect(sales).not.toHaveProperty('skills'); // no resume measures: importance lives in official.skills
    expect(model.catalogue.roles.map((r) => r.id)).toEqual([...tables.roles.map(({ row }) => row.id), ...occupations]);
    expect(model.catalogue.roles.find((r) => r.id === 'sales-managers')).toMatchObject({
      onetCode: '11-2022.00',
      kind: 'occupation',
    });
  });

  it("shows Sales Managers' BLS figures on the global account manager's page, citing BLS and O*NET", () => {
    const gam = model.roles.find((r) => r.id === 'global-account-manager')!;
    expect(gam.occupation).toEqual({ id: 'sales-managers', title: 'Sales Managers', onetCode: '11-2022.00' });
    const read = (id: string) => [...model.roles, ...model.occupations].find((r) => r.id === id)!;
    const view = rolePageView(gam, read);
    const official = view.occupation!.official;
    const bls = national.find((r) => r.OCC_CODE === '11-2022')!;
    expect(official.onetCode).toBe('11-2022.00');
    expect(official.oews?.matchedBy).toBe('soc-code');
    expect(official.oews?.national?.employment).toBe(Number(bls.TOT_EMP));
    expect(official.oews?.national?.annual.mean).toBe(Number(bls.A_MEAN));
    expect(official.oews?.national?.annual.p90).toBe(bls.A_PCT90 === '#' ? 'top_coded' : Number(bls.A_PCT90));
    expect(Object.keys(view.sources).sort()).toEqual(expect.arrayContaining(['bls-oews-2024', 'career-page-gam']));
    expect(view.sources['bls-oews-2024']?.attribution).toMatch(/^Source: U\.S\. Bureau of Labor Statistics/);
    // The role's own record cites only its own sources; the occupation's are the occupation's.
    expect(Object.keys(gam.sources)).not.toContain('bls-oews-2024');
    const bySector = sectors.filter((r) => r.OCC_CODE === '11-2022');
    expect(official.oews?.bySector.map((s) => s.naics)).toEqual(bySector.map((r) => r.NAICS).sort());
    expect(official.alternativeTitles.map((t) => t.title)).toContain('Global Account Manager (GAM)');
  });

  it('keeps every marker a word in the records: no flag ever becomes a number', () => {
    const figures = model.occupations.flatMap((r) => {
      const oews = r.official.oews;
      const estimates = [...(oews?.national ? [oews.national] : []), ...(oews?.bySector ?? [])];
      return estimates.flatMap((e) => [e.employment, ...Object.values(e.hourly), ...Object.values(e.annual)]);
    });
    expect(figures).toContain('top_coded');
    expect(figures).toContain('not_available');
    for (const figure of figures) expect(['number', 'string', 'undefined']).toContain(typeof figure);
    const marked = sectors.find((r) => r.TOT_EMP === '**')!;
    const role = model.occupations.find((r) => r.official.oews?.bySector.some((s) => s.socCode === marked.OCC_CODE))!;
    expect(role.official.oews!.bySector.find((s) => s.naics === marked.NAICS)!.employment).toBe('not_available');
  });

  it('says when BLS figures are for a wider group than the occupation, and leaves them out when BLS has none', () => {
    const byCode = (code: string) => model.occupations.find((r) => r.onetCode === code)!;
    expect(byCode('11-1011.03').official.oews?.matchedBy).toBe('soc-parent');
    expect(byCode('13-1022.00').official.oews?.matchedBy).toBe('soc-broad-group');
    expect(byCode('13-1022.00').official.oews?.national?.socCode).toBe('13-1020');
    expect(byCode('21-1014.00').official.oews).toBeUndefined();
  });

  it('lists related occupations by rank, linked to their pages', () => {
    const sales = model.occupations.find((r) => r.id === 'sales-managers')!;
    const positions = sales.official.related.map((r) => r.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const related of sales.official.related) expect(model.occupations.map((r) => r.id)).toContain(related.id);
  });

  it('orders skills by importance, highest first, and education by level', () => {
    for (const occupation of model.occupations) {
      const importance = occupation.official.skills.map((s) => s.importance);
      expect(importance).toEqual([...importance].sort((a, b) => b - a));
      const levels = occupation.official.education.map((e) => e.category);
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
    }
  });
});

describe('the model built from the import with projections, interests and work styles', () => {
  const result = importOfficial({ onet: folder(ONET_29), bls: folder(BLS), ep: folder(EP), takenRoleIds: new Set() });
  if (!result.ok) throw new Error(JSON.stringify(result, null, 1));
  const { tables, issues } = validateDataFolder(seedWithOfficial(result.files));
  const model = buildSiteModel(tables);
  const official = (code: string) => model.occupations.find((o) => o.onetCode === code)!.official;
  const projections = new Map(
    csvRows(text(EP, 'occupation_projections_2024-34.csv')).map((r) => [r['2024 National Employment Matrix code']!, r]),
  );

  it('passes the data step', () => expect(issues).toEqual([]));

  it("gives Sales Managers its own projection, and all occupations' change from the total row", () => {
    const outlook = official('11-2022.00').outlook!;
    expect(outlook.matchedBy).toBe('soc-code');
    expect(outlook.projection).toMatchObject({
      employmentBase: 619.5,
      employmentProjected: 648.5,
      changePct: 4.7,
      openingsAnnual: 49,
      education: "Bachelor's degree",
    });
    expect(outlook.allOccupations.changePct).toBe(
      Number(projections.get('00-0000')!['Employment change, percent, 2024–34']),
    );
  });

  it('discloses the wider group: a specialty gets its SOC occupation, a broad-group member the group', () => {
    expect(official('11-1011.03').outlook).toMatchObject({
      matchedBy: 'soc-parent',
      projection: { socCode: '11-1011' },
    });
    expect(official('13-1022.00').outlook).toMatchObject({
      matchedBy: 'soc-broad-group',
      projection: { socCode: '13-1020', socTitle: 'Buyers and purchasing agents' },
    });
    expect(official('21-1014.00').outlook).toBeUndefined(); // not a line item of the release
  });

  it('carries interests and work styles, and similar occupations among those with ratings', () => {
    const sales = official('11-2022.00');
    expect(sales.interests!.highPoints[0]).toBe('enterprising');
    expect(sales.workStyles).toHaveLength(16);
    expect(sales.similar.length).toBeGreaterThan(0);
    expect(sales.similar.map((s) => s.onetCode)).not.toContain('11-2022.00');
    const sims = sales.similar.map((s) => s.similarity);
    expect(sims).toEqual([...sims].sort((a, b) => b - a));
  });
});
