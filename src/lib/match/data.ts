/**
 * Building the matcher's payload at build time: one vocabulary (resume skills, O*NET skills,
 * knowledge and technologies, merged by their normalised name) and, per role or occupation, a
 * sparse vector of the elements that count for it. What counts and with which weight (said on the
 * page):
 * - an O*NET skill or knowledge area rated important (IMPORTANT, 50, or more): its importance;
 * - a technology O*NET marks hot or in demand: IMPORTANT, as much as an element at the threshold;
 * - on a resume role, a skill listed with a share of resumes: that share (percent).
 * A resume role that names an occupation also carries its occupation's elements.
 */
import { IMPORTANT } from '@/lib/career/move';
import { KIND_LETTER, type MatchData, type MatchRole, type TermKind } from '@/lib/match/rank';
import { termKey } from '@/lib/match/text';
import type { RolePageView } from '@/lib/role/page';

class Vocabulary {
  readonly terms: string[] = [];
  readonly kinds: Set<TermKind>[] = [];
  private readonly byKey = new Map<string, number>();

  id(name: string, kind: TermKind): number | undefined {
    const key = termKey(name);
    if (!key) return undefined;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.terms.push(name) - 1;
      this.byKey.set(key, id);
      this.kinds.push(new Set());
    }
    this.kinds[id]!.add(kind);
    return id;
  }
}

function vector(view: RolePageView, vocabulary: Vocabulary): number[] {
  const weights = new Map<number, number>();
  const put = (name: string, kind: TermKind, weight: number) => {
    const id = vocabulary.id(name, kind);
    if (id !== undefined && weight > 0) weights.set(id, Math.max(weights.get(id) ?? 0, Math.round(weight)));
  };
  const { record, occupation } = view;
  if (record.kind === 'role') {
    for (const skill of [...record.skills, ...record.softSkills]) {
      vocabulary.id(skill.name, 'resume');
      if (skill.sharePct !== undefined) put(skill.name, 'resume', skill.sharePct);
    }
  }
  const official = occupation?.official;
  if (official) {
    // Every skill and knowledge area is in the vocabulary (to pick); only the important ones weigh.
    for (const s of official.skills) put(s.name, 'skill', s.importance >= IMPORTANT ? s.importance : 0);
    for (const k of official.knowledge) put(k.name, 'knowledge', k.importance >= IMPORTANT ? k.importance : 0);
    for (const t of official.technologies) if (t.hot || t.inDemand) put(t.name, 'technology', IMPORTANT);
  }
  return [...weights].sort(([a, wa], [b, wb]) => wb - wa || a - b).flat();
}

/** The payload for every page view given (roles and occupations), vocabulary in first-seen order. */
export function matchData(views: readonly RolePageView[]): MatchData {
  const vocabulary = new Vocabulary();
  const roles: MatchRole[] = views.map((view) => ({
    id: view.record.id,
    title: view.record.title,
    kind: view.record.kind === 'role' ? 'r' : 'o',
    v: vector(view, vocabulary),
  }));
  return {
    terms: vocabulary.terms,
    kinds: vocabulary.kinds.map((set) =>
      [...set]
        .map((k) => KIND_LETTER[k])
        .sort()
        .join(''),
    ),
    roles: roles.filter((role) => role.v.length > 0),
  };
}
