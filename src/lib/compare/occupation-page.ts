/**
 * Everything an official comparison page shows (two related O*NET occupations), from the pair and
 * both occupations' records. Pure: the route loads the two records, the components draw this; a section
 * without data is absent here.
 */
import type { ChartData } from '@/lib/charts/chart-data';
import {
  OFFICIAL_COMPARISON_CHART_IDS,
  officialComparisonCharts,
  officialComparisonSources,
  type OfficialComparisonInput,
} from '@/lib/compare/occupation-charts';
import { surveyDate } from '@/lib/occupation/charts';
import {
  nationalComparison,
  nationalFigures,
  relatednessSentence,
  sectorGroup,
  sectorsNotComparedSentence,
  sharedHotSentence,
  sharedHotTechnologies,
  type NationalFigures,
} from '@/lib/compare/occupation-figures';
import type { Source } from '@/lib/model/site-model';
import type { OfficialRecord } from '@/lib/occupation/figures';
import { blsCoverageSentence, jobZoneSentence, officialAttributions } from '@/lib/occupation/words';

export interface OfficialSideView {
  id: string;
  title: string;
  onetCode: string;
  /** O*NET's description of the occupation. */
  description?: string;
  /** "O*NET places … in Job Zone Four …". */
  jobZone?: string;
  /** BLS national figures, all industries. */
  national?: NationalFigures;
  /** Whose BLS figures these are, when not the occupation's own (a wider SOC group's). */
  coverage?: string;
  onetSourceId: string;
}

export interface OfficialComparisonView {
  id: string;
  title: string;
  /** How O*NET relates the two. */
  relatedness: string;
  sides: [OfficialSideView, OfficialSideView];
  /** Employment and mean wage compared, in words (flags as words). */
  nationalSentences: string[];
  /** The BLS survey's date as it words it (e.g. "May 2024"), when either side has national figures. */
  nationalDate?: string;
  /** BLS sources of the national figures. */
  nationalSourceIds: string[];
  sectorChart?: ChartData;
  /** Why sector wages are not drawn for both, when one side lacks them or their units differ. */
  sectorNote?: string;
  educationChart?: ChartData;
  skillsChart?: ChartData;
  /** Hot technologies for both, and the sentence saying how many. */
  sharedHot: { names: string[]; sentence: string } | undefined;
  /** Credit lines the sources' licences ask for (O*NET's CC BY attribution). */
  attributions: string[];
  sources: Record<string, Source>;
}

function side(
  ref: { id: string; title: string; onetCode: string },
  record: OfficialComparisonInput['role'],
): OfficialSideView {
  const { official } = record;
  const national = nationalFigures(official);
  const coverage = blsCoverageSentence(official);
  const jobZone = jobZoneSentence(official);
  return {
    id: ref.id,
    title: ref.title,
    onetCode: ref.onetCode,
    ...(record.description && { description: record.description }),
    ...(jobZone && { jobZone }),
    ...(national && { national }),
    ...(coverage && { coverage }),
    onetSourceId: official.onetSourceId,
  };
}

export function officialComparisonView(input: OfficialComparisonInput): OfficialComparisonView {
  const { comparison, role, other } = input;
  const sides: [OfficialSideView, OfficialSideView] = [side(comparison.role, role), side(comparison.other, other)];
  const charts = new Map(officialComparisonCharts(input).map((chart) => [chart.id, chart]));
  const sectorChart = charts.get(OFFICIAL_COMPARISON_CHART_IDS.sectors);
  const educationChart = charts.get(OFFICIAL_COMPARISON_CHART_IDS.education);
  const skillsChart = charts.get(OFFICIAL_COMPARISON_CHART_IDS.skills);
  const sources = officialComparisonSources(input);
  const nationalSourceIds = [...new Set(sides.flatMap((s) => (s.national ? [s.national.sourceId] : [])))].sort();
  const socOf = (r: OfficialRecord) => r.oews?.national?.socCode ?? r.oews?.bySector[0]?.socCode;
  const sameFigures = socOf(role.official) !== undefined && socOf(role.official) === socOf(other.official);
  const sectorNote = sectorChart
    ? undefined
    : sectorsNotComparedSentence(
        { title: sides[0].title, group: sectorGroup(sides[0], role.official) },
        { title: sides[1].title, group: sectorGroup(sides[1], other.official) },
        sameFigures,
      );
  const shared = sharedHotTechnologies(role.official.technologies, other.official.technologies);
  const sharedSentence = sharedHotSentence(
    { title: comparison.role.title, technologies: role.official.technologies },
    { title: comparison.other.title, technologies: other.official.technologies },
    shared,
  );
  return {
    id: comparison.id,
    title: `${comparison.role.title} vs. ${comparison.other.title}`,
    relatedness: relatednessSentence(comparison),
    sides,
    nationalSentences: nationalComparison(
      { title: sides[0].title, ...(sides[0].national && { figures: sides[0].national }) },
      { title: sides[1].title, ...(sides[1].national && { figures: sides[1].national }) },
    ),
    ...(nationalSourceIds[0] && { nationalDate: surveyDate(sources, nationalSourceIds[0]) }),
    nationalSourceIds,
    ...(sectorChart && { sectorChart }),
    ...(sectorNote && { sectorNote }),
    ...(educationChart && { educationChart }),
    ...(skillsChart && { skillsChart }),
    sharedHot: sharedSentence ? { names: shared.map((t) => t.name), sentence: sharedSentence } : undefined,
    attributions: [
      ...new Set([
        ...officialAttributions(role.official, role.sources),
        ...officialAttributions(other.official, other.sources),
      ]),
    ],
    sources,
  };
}
