// The studio profile as a form: its fields in the profile's own words, where each fact
// comes from (a register the government keeps, a document the applicant uploads, or the
// applicant's statement), the threshold each answer must meet under each policy, and the
// way back from a policy's input path to the profile field it was built from. On these:
// the questions to ask next (only those whose answer can settle an undecided verdict) and
// whether a policy could be applied without an application (免申即享).
import { deepFreeze } from '../core/freeze.js';
import type { Bilingual, Parameter, PolicyId } from '../core/types.js';
import { getPolicy } from '../policies/index.js';
import * as national from '../policies/national/parameters.js';
import * as pds from '../policies/pingdingshan/parameters.js';
import * as tianjin from '../policies/tianjin/parameters.js';
import { paramCell, YEARS as YEARS_UNIT } from './cells.js';
import type { StudioPolicyId } from './profile.js';

/** Where a fact comes from: a register the government keeps, a document uploaded, or the applicant's word. */
export type FactSource = 'registry' | 'document' | 'statement';

export interface FormField {
  /** The profile's path: 'venue.areaSqm'; a list ('staff') is one field. */
  path: string;
  label: Bilingual;
  source: FactSource;
  /** Which register, document or statement, in words. */
  from: Bilingual;
}

const R = (zh: string, en: string) => ({ source: 'registry' as const, from: { zh, en } });
const D = (zh: string, en: string) => ({ source: 'document' as const, from: { zh, en } });
const S = { source: 'statement' as const, from: { zh: '申报方声明', en: "the applicant's statement" } };

/** The parts of the profile, for the start of a field's words. */
const PART: Record<string, Bilingual> = {
  lead: { zh: '领办人', en: 'Lead person' },
  host: { zh: '所在单位（载体）', en: 'Host (carrier)' },
  venue: { zh: '场所', en: 'Premises' },
  'extra.tianjin': { zh: '天津', en: 'Tianjin' },
  'extra.pingdingshan': { zh: '平顶山', en: 'Pingdingshan' },
};

/**
 * Each field of the profile and the policy input field whose label names it (so a field is
 * worded as the policy's own form words it), with the source of the fact.
 */
const FIELDS: readonly (readonly [
  path: string,
  labelFrom: readonly [StudioPolicyId, string],
  src: Omit<FormField, 'path' | 'label'>,
])[] = [
  ['region', ['national', 'region'], R('市场主体登记（住所）', 'business registration (address)')],
  ['specialty', ['tianjin', 'specialty'], S],
  ['lead.name', ['national', 'leads[].name'], R('居民身份信息', 'resident identity register')],
  ['lead.idNumber', ['pingdingshan', 'mentors[].idNumber'], R('居民身份信息', 'resident identity register')],
  ['lead.role', ['national', 'leads[].role'], D('荣誉、聘书等证明材料', 'proof such as awards or appointments')],
  // As for staff: the years count in a kind of work (创业指导服务工作) no register records.
  ['lead.serviceSince', ['national', 'leads[].mentoringSince'], D('从业经历证明', 'proof of the years of service')],
  ['lead.socialInfluence', ['national', 'leads[].socialInfluence'], S],
  ['lead.localContribution', ['national', 'leads[].localContribution'], S],
  ['lead.supportsConstitution', ['pingdingshan', 'mentors[].supportsConstitution'], S],
  ['lead.politicalAndMoralQuality', ['pingdingshan', 'mentors[].politicalAndMoralQuality'], S],
  ['lead.lawAbiding', ['pingdingshan', 'mentors[].lawAbiding'], S],
  ['lead.volunteers', ['pingdingshan', 'mentors[].volunteers'], S],
  ['lead.fitForDuty', ['pingdingshan', 'mentors[].fitForDuty'], S],
  [
    'lead.records',
    ['pingdingshan', 'mentors[].records'],
    R('刑事、信用惩戒、招录考试等记录', 'criminal, credit-sanction and examination records'),
  ],
  [
    'lead.certificates',
    ['pingdingshan', 'mentors[].certificates'],
    R('职业资格（职称）证书信息', 'register of professional qualifications and titles'),
  ],
  ['lead.commendations', ['pingdingshan', 'mentors[].commendations'], D('表彰文件', 'commendation documents')],
  ['lead.outstandingResults', ['pingdingshan', 'mentors[].outstandingResults'], D('工作业绩材料', 'proof of results')],
  ['mentors', ['pingdingshan', 'mentors'], D('创业导师候选人材料', "the candidate mentors' documents")],
  // Social insurance records show who is employed and since when, not that the work is 创业指导: proof is a document.
  ['staff', ['national', 'staff'], D('从业经历证明', 'proof of the years of work')],
  [
    'host.name',
    ['national', 'carrier.name'],
    R('统一社会信用代码与登记信息', 'unified social credit code and registration'),
  ],
  ['host.kind', ['national', 'carrier.kind'], R('市场主体（事业单位）登记', 'registration of the body')],
  ['host.kindAccepted', ['national', 'carrier.kindAccepted'], S],
  [
    'host.withinCity',
    ['pingdingshan', 'host.withinCity'],
    R('市场主体（事业单位）登记（住所）', 'registration of the body (its seat)'),
  ],
  [
    'host.countyLevelStudio',
    ['pingdingshan', 'countyLevelStudio'],
    R('县级大众创业指导大师工作室认定名单', 'the list of recognised county-level master studios'),
  ],
  [
    'host.operatingEntity',
    ['tianjin', 'carrier.operatingEntity'],
    R('市场主体登记（经营范围）', 'business registration (scope)'),
  ],
  ['venue.fixed', ['national', 'venue.fixed'], D('场所证明', 'proof of premises')],
  ['venue.zones', ['national', 'venue.zones'], D('场所平面图、照片', 'floor plan, photographs')],
  [
    'venue.activityRoomCapacity',
    ['national', 'venue.activityRoomCapacity'],
    D('场所平面图、照片', 'floor plan, photographs'),
  ],
  [
    'venue.consultingAreaSeparated',
    ['national', 'venue.consultingAreaSeparated'],
    D('场所平面图、照片', 'floor plan, photographs'),
  ],
  ['venue.areaSqm', ['tianjin', 'venue.areaSqm'], D('产权证明或租赁合同', 'title deed or lease')],
  ['venue.useRightUntil', ['tianjin', 'venue.useRightUntil'], D('产权证明或租赁合同', 'title deed or lease')],
  ['venue.equipmentComplete', ['tianjin', 'venue.equipmentComplete'], D('设施设备清单', 'list of equipment')],
  ['venue.convenientLocation', ['tianjin', 'venue.convenientLocation'], S],
  ['resources', ['national', 'resources'], D('资源库材料', 'the resource libraries')],
  ['systems', ['national', 'systems'], D('管理制度文本', 'the written systems')],
  ['annualWorkPlan', ['national', 'annualWorkPlan'], D('年度工作计划', 'the annual work plan')],
  ['extra.tianjin.reportsToDistrict', ['tianjin', 'reportsToDistrict'], S],
  ['extra.tianjin.materials', ['tianjin', 'materials'], D('申报材料', 'application materials')],
  ['extra.pingdingshan.promotesPolicies', ['pingdingshan', 'promotesPolicies'], S],
  ['extra.pingdingshan.implementsPreferentialPolicies', ['pingdingshan', 'implementsPreferentialPolicies'], S],
  [
    'extra.pingdingshan.talentSystems',
    ['pingdingshan', 'talentSystems'],
    D('人才制度文本', 'the written talent systems'),
  ],
  ['extra.pingdingshan.workingConditions', ['pingdingshan', 'workingConditions'], S],
  ['extra.pingdingshan.workPlan', ['pingdingshan', 'workPlan'], D('三年工作规划', 'the three-year work plan')],
  ['extra.pingdingshan.materials', ['pingdingshan', 'materials'], D('申报材料', 'application materials')],
];

function labelOf(path: string, [policy, pattern]: readonly [StudioPolicyId, string]): Bilingual {
  const leaf = getPolicy(policy).checks.studio?.labels?.fields[pattern];
  const part = Object.keys(PART).find((p) => path.startsWith(`${p}.`));
  const words = leaf ?? { zh: path, en: path };
  if (!part) return { zh: words.zh, en: words.en };
  const head = PART[part] as Bilingual;
  return { zh: `${head.zh} · ${words.zh}`, en: `${head.en} · ${words.en}` };
}

/** The profile as a form: every field, in the profile's order, with its words and the source of its fact. */
export const PROFILE_FORM: readonly FormField[] = deepFreeze(
  FIELDS.map(([path, from, src]) => ({ path, label: labelOf(path, from), ...src })),
);

const FORM_INDEX: ReadonlyMap<string, number> = new Map(PROFILE_FORM.map((f, i) => [f.path, i]));

/** Profile names that differ from the policies' input names. */
const RENAMED: Record<string, string> = {
  mentoringSince: 'serviceSince',
  mentoringYears: 'serviceSince',
  serviceYears: 'serviceSince',
  useRightYears: 'useRightUntil',
  useRightFrom: 'useRightUntil',
};

/** A profile path collapsed to its form fields: 'lead.records.criminalPunishment' → ['lead.records']; 'lead' → every lead field. */
export function formFieldsOf(profilePath: string): string[] {
  const parts = profilePath.split('.').filter((p) => !/^\d+$/u.test(p));
  const renamed = parts.map((p) => RENAMED[p] ?? p);
  for (let n = renamed.length; n > 0; n--) {
    const key = renamed.slice(0, n).join('.');
    if (FORM_INDEX.has(key)) return [key];
  }
  const prefix = `${renamed.join('.')}.`;
  return PROFILE_FORM.filter((f) => f.path.startsWith(prefix)).map((f) => f.path);
}

const GUIDELINE_HOST = ['host.name', 'host.kind', 'host.kindAccepted'];
const GUIDELINE_VENUE = ['venue.fixed', 'venue.zones', 'venue.activityRoomCapacity', 'venue.consultingAreaSeparated'];
/** The profile fields each policy's input part is built from, where it reads only some of the profile's part. */
const PARTS_READ: Readonly<Record<StudioPolicyId, Readonly<Record<string, readonly string[]>>>> = {
  national: { carrier: GUIDELINE_HOST, venue: GUIDELINE_VENUE },
  tianjin: {
    carrier: [...GUIDELINE_HOST, 'host.operatingEntity'],
    venue: [
      ...GUIDELINE_VENUE,
      'venue.areaSqm',
      'venue.useRightUntil',
      'venue.equipmentComplete',
      'venue.convenientLocation',
    ],
  },
  pingdingshan: { host: ['host.name', 'host.kind', 'host.kindAccepted', 'host.withinCity'] },
};

/**
 * The profile field a policy's input path was built from (the inverse of profileInput):
 * national/Tianjin `leads.0.mentoringSince` → `lead.serviceSince`, `carrier.kind` →
 * `host.kind`; Pingdingshan `mentors.0` is the lead where the profile has one; what the
 * profile does not say lives under `extra.<policy>`.
 */
export function profilePathOf(policy: StudioPolicyId, inputPath: string, hasLead: boolean): string[] {
  const [head = '', ...rest] = inputPath.split('.');
  const tail = rest.length > 0 ? `.${rest.join('.')}` : '';
  if (head === 'name')
    return policy === 'national'
      ? ['region', 'lead.name']
      : policy === 'tianjin'
        ? ['lead.name', 'specialty']
        : ['lead.name'];
  // A whole part asks only the fields this policy's input is built from (guidelineInput,
  // pingdingshanInput): never another policy's (Tianjin's area, Pingdingshan's city).
  const part = PARTS_READ[policy][head];
  if (tail === '' && part) return [...part];
  if (
    head === 'staff' ||
    head === 'region' ||
    (policy !== 'pingdingshan' && ['specialty', 'venue', 'resources', 'systems', 'annualWorkPlan'].includes(head))
  )
    return [`${head}${tail}`];
  if (policy !== 'pingdingshan') {
    if (head === 'leads') return [`lead${rest.slice(1).length > 0 ? `.${rest.slice(1).join('.')}` : ''}`];
    if (head === 'carrier') return [`host${tail}`];
  } else {
    if (head === 'host') return [`host${tail}`];
    // Built from the profile's host and lead (pingdingshanInput; the name rule's part).
    if (head === 'countyLevelStudio') return ['host.countyLevelStudio'];
    if (head === 'applicantName') return ['lead.name'];
    if (head === 'mentors') {
      const [index, ...more] = rest;
      if (index === undefined) return hasLead ? ['mentors'] : ['lead', 'mentors'];
      const sub = more.length > 0 ? `.${more.join('.')}` : '';
      if (hasLead && index === '0') return [`lead${sub}`];
      return ['mentors'];
    }
  }
  return [`extra.${policy}.${inputPath}`];
}

type Threshold = Partial<Record<StudioPolicyId, () => Bilingual>>;

const atLeast = (p: Parameter, prefix: Bilingual = { zh: '至少', en: 'at least ' }, unit?: Bilingual) =>
  paramCell(p, { prefix, ...(unit ? { unit } : {}) }).shown;
const years = (p: Parameter<number>): Bilingual => {
  const of = paramCell(p).of ?? '';
  return { zh: `从事${of}至少${p.value}年`, en: `at least ${p.value} years in ${of}` };
};
const staffNeed = (count: Parameter<number>, yrs: Parameter<number>): Bilingual => {
  const y = years(yrs);
  return { zh: `至少${count.value}名，每名${y.zh}`, en: `at least ${count.value}, each ${y.en}` };
};

/** The threshold an answer must meet, per policy, read from the parameters the rules read. */
const THRESHOLDS: Readonly<Record<string, Threshold>> = {
  'lead.serviceSince': {
    national: () => years(national.leadServiceYears),
    tianjin: () => years(tianjin.leadServiceYears),
    pingdingshan: () => years(pds.mentorServiceYears),
  },
  staff: {
    national: () => staffNeed(national.staffCount, national.staffExperienceYears),
    tianjin: () => staffNeed(tianjin.staffCount, tianjin.staffExperienceYears),
    pingdingshan: () => atLeast(pds.staffCount),
  },
  mentors: {
    pingdingshan: () => ({
      zh: `领衔创业导师以外至少${pds.mentorCount.value}名，每名符合第五条（一）（二）`,
      en: `at least ${pds.mentorCount.value} besides the lead mentor, each meeting 第五条（一）（二）`,
    }),
  },
  'venue.areaSqm': { tianjin: () => atLeast(tianjin.venueArea) },
  'venue.useRightUntil': {
    tianjin: () => atLeast(tianjin.useRightYears, { zh: '自检查日起至少', en: 'at least ' }, YEARS_UNIT),
  },
  'host.kind': {
    national: () => paramCell(national.carrierKinds).shown,
    tianjin: () => paramCell(tianjin.carrierKinds).shown,
    pingdingshan: () => paramCell(pds.hostKinds).shown,
  },
  resources: {
    national: () => paramCell(national.resourceLibraries).shown,
    tianjin: () => paramCell(tianjin.resourceLibraries).shown,
  },
  systems: {
    national: () => paramCell(national.managementSystems).shown,
    tianjin: () => paramCell(tianjin.managementSystems).shown,
  },
};

/** The threshold of a field under a policy, in words, where the text sets one. */
export function thresholdOf(field: string, policy: StudioPolicyId): Bilingual | undefined {
  return THRESHOLDS[field]?.[policy]?.();
}

/** The form field's entry. */
export function formField(path: string): FormField | undefined {
  const i = FORM_INDEX.get(path);
  return i === undefined ? undefined : PROFILE_FORM[i];
}

/** The order of the form, for ranking ties. */
export function formOrder(path: string): number {
  return FORM_INDEX.get(path) ?? PROFILE_FORM.length;
}

export type { PolicyId };
