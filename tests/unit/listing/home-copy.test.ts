/** The home page's copy over data folders unlike the seed: one role, no employers or pay, no featured role. */
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '@/lib/model/site-model';
import { validateDataFolder } from '@/lib/data/validate';
import { FEATURED_ROLE_ID } from '@/lib/listing/featured';
import { homeDescription, homeFacts, introLead, sourcesLinkText } from '@/lib/listing/home-copy';
import { groupRoles } from '@/lib/listing/role-groups';
import { seedFiles, seedText, seedWith } from '../support/data-folder';

/** The home page's facts for a data folder, as src/pages/index.astro computes them. */
function factsOf(files: Map<string, Uint8Array>) {
  const { tables, issues } = validateDataFolder(files);
  expect(issues).toEqual([]);
  const model = buildSiteModel(tables);
  const { resumeRoles } = groupRoles(model.catalogue.roles);
  const featured = model.roles.find((role) => role.id === FEATURED_ROLE_ID);
  return homeFacts(model.catalogue, resumeRoles, featured);
}

const onlyRequired = (roles: string) =>
  new Map([
    ['sources.csv', seedFiles().get('sources.csv')!],
    ['roles.csv', new TextEncoder().encode(roles)],
  ]);
const ROLES_HEADER = 'id,title,title_plural,description,onet_code,source_id';

describe('home page copy', () => {
  it('with the seed: names the featured role, what the data has for it and the related roles', () => {
    const facts = factsOf(seedFiles());
    const others = seedText('roles.csv').trim().split('\n').length - 2;
    expect(introLead(facts)).toBe(
      `What global account managers do — the skills on their resumes, who hires them, what they earn — and how ${['zero', 'one', 'two', 'three', 'four', 'five'][others]} related roles compare, drawn as charts from`,
    );
    expect(homeDescription(facts)).toBe(
      'What global account managers do, and how related roles compare: skills, employers, salaries and education, drawn from resume data.',
    );
  });

  it('with one role that is not the featured one, no employers and no pay: "one role", nothing it does not have', () => {
    const facts = factsOf(onlyRequired(`${ROLES_HEADER}\nfield-rep,Field rep,,,,career-page-gam\n`));
    expect(introLead(facts)).toBe('One role, drawn from');
    expect(homeDescription(facts)).toBe('One role, drawn from resume data.');
    for (const text of [introLead(facts), homeDescription(facts)]) {
      expect(text).not.toMatch(/roles|sales|employer|pay|salar|global account/i);
    }
  });

  it('with two roles and skills only: plural, and skills alone', () => {
    const files = seedWith({
      'employers.csv': null,
      'salaries.csv': null,
      'comparisons.csv': null,
      'comparison_skills.csv': null,
      'roles.csv': `${ROLES_HEADER}\na-role,A role,,,,career-page-gam\nb-role,B role,,,,career-page-gam\n`,
      'responsibilities.csv': null,
      'skills.csv': 'role_id,skill,kind,source_id\na-role,Listening,soft,career-page-gam\n',
      'skill_names.csv': null, // its display names are for skills this folder no longer lists
      // The record inputs name the seed's roles, which this folder no longer has.
      'record_titles.csv': null,
      'record_skill_aliases.csv': null,
    });
    const facts = factsOf(files);
    expect(introLead(facts)).toBe('The skills of two roles, drawn as charts from');
    expect(homeDescription(facts)).toBe('Two roles: skills, drawn from resume data.');
  });

  it('with the featured role alone and nothing but its description: no related roles, no facets', () => {
    const gam = seedText('roles.csv').split('\n')[1]!;
    const facts = factsOf(onlyRequired(`${ROLES_HEADER}\n${gam}\n`));
    expect(introLead(facts)).toBe('What global account managers do, drawn from');
    expect(homeDescription(facts)).toBe('What global account managers do, drawn from resume data.');
  });

  it('counts sources in words', () => {
    expect(sourcesLinkText(1)).toBe('one published source');
    expect(sourcesLinkText(3)).toBe('three published sources');
  });
});
