// 第三条 and 第五条（三）: the studio — where it is hosted, who it has (1 lead mentor,
// 2 mentors, 5 staff; every mentor meeting 第五条（一）（二）), the duties of its host;
// 第六条（五）its name; 第七条 its materials; 第十一条（二）its three-year plan.
import { runRules, verdictOf } from '../../core/check.js';
import {
  atLeast,
  distinctKey,
  everyMember,
  factRule,
  includesAll,
  listedKind,
  missing,
  nameFollows,
  present,
  rule,
} from '../../core/rules.js';
import type { Outcome, Rule, RuleContext, Verdict } from '../../core/types.js';
import { inForceRule, mentorConditionRules } from './mentor.js';
import * as p from './parameters.js';
import type { PingdingshanStudio as Studio } from './schema.js';

type Person = { name?: string | undefined; idNumber?: string | undefined };
type StudioMentor = NonNullable<Studio['mentors']>[number];

/**
 * The key that makes two entries one person: the identity number, else the name
 * normalised (core distinctKey: NFKC, spaces removed, letters in lower case).
 */
export function personKey(x: Person, index: number): string {
  return distinctKey(x.idNumber, x.name) ?? `#${index}`;
}

function distinct(list: readonly Person[]): Set<string> {
  return new Set(list.map((x, i) => personKey(x, i)));
}

/** Whether the lead counts among the 2 mentors: the caller's reading, else the library's. */
function leadCountsAsMentor(ctx: RuleContext): boolean {
  return ctx.param(p.leadCountsAsMentor).value;
}

/** The mentors that count towards "2 名创业导师" under a reading, as distinct persons. */
export function countedMentors(mentors: readonly StudioMentor[], leadIncluded: boolean): number {
  const keys = mentors.map((m, i) => personKey(m, i));
  // Stryker disable next-line OptionalChaining: i indexes `mentors` itself, so mentors[i] is always there
  const leads = new Set(keys.filter((_, i) => mentors[i]?.role === 'lead'));
  // Stryker disable next-line OptionalChaining,ConditionalExpression: mentors[i] is always there, and a role other than 'mentor' is 'lead', whose key is in `leads`
  const counted = new Set(keys.filter((k, i) => leadIncluded || (mentors[i]?.role === 'mentor' && !leads.has(k))));
  return counted.size;
}

export interface MentorOutcome {
  /** The mentor's place in the input: 'mentors.0'. */
  path: string;
  name: string | null;
  role: 'lead' | 'mentor';
  verdict: Exclude<Verdict, 'invalid'>;
  /** Rules the mentor fails, and rules still open. */
  failed: string[];
  open: string[];
  /** 第五条（二）: the routes the mentor qualified by. */
  qualifiedBy: string[];
}

/** Every mentor of a studio against 第五条（一）（二）, one outcome each. */
export function mentorOutcomes(s: Studio, ctx: RuleContext): { outcomes: MentorOutcome[]; missing: string[] } {
  const outcomes: MentorOutcome[] = [];
  const missingPaths: string[] = [];
  for (const [i, m] of (s.mentors ?? []).entries()) {
    const results = runRules(mentorConditionRules, m, ctx);
    const route = results.find((r) => r.ruleId === 'pingdingshan.mentor.route');
    for (const r of results) for (const path of r.missing ?? []) missingPaths.push(`mentors.${i}.${path}`);
    outcomes.push({
      path: `mentors.${i}`,
      name: m.name?.trim() || null,
      role: m.role,
      verdict: verdictOf(results, []) as MentorOutcome['verdict'],
      failed: results.filter((r) => r.status === 'fail').map((r) => r.ruleId),
      open: results.filter((r) => r.status === 'unknown').map((r) => r.ruleId),
      // Stryker disable next-line MethodExpression,OptionalChaining,ArrayDeclaration: the route rule is always among the results and always returns actual.qualifiedBy, referenced nowhere else
      qualifiedBy: ((route?.actual as { qualifiedBy?: string[] } | undefined)?.qualifiedBy ?? []).slice(),
    });
  }
  return { outcomes, missing: missingPaths };
}

const MENTOR_RULE_TITLES = new Map(mentorConditionRules.map((r) => [r.id, r.title]));

const VERDICT_WORDS = {
  eligible: { zh: '符合', en: 'meets the conditions' },
  ineligible: { zh: '不符合', en: 'does not meet them' },
  incomplete: { zh: '待补充', en: 'incomplete' },
} as const;

function mentorsQualify(s: Studio, ctx: RuleContext): Outcome {
  const label = { zh: '创业导师条件（第五条（一）（二））', en: 'Mentor conditions (第五条（一）（二）)' };
  if (s.mentors === undefined) return missing(label, ['mentors']);
  if (s.mentors.length === 0)
    return {
      status: 'not_applicable',
      code: 'not_applicable',
      params: { label, reason: { zh: '未列出创业导师', en: 'no mentor listed' } },
    };
  const { outcomes, missing: open } = mentorOutcomes(s, ctx);
  const status = outcomes.some((o) => o.verdict === 'ineligible')
    ? 'fail'
    : outcomes.some((o) => o.verdict === 'incomplete')
      ? 'unknown'
      : 'pass';
  // An official reads who falls short and on which condition, by the conditions' titles.
  const each = (lang: 'zh' | 'en') =>
    outcomes
      .map((o, i) => {
        const who = o.name ?? (lang === 'zh' ? `第${i + 1}位创业导师` : `mentor no. ${i + 1}`);
        // Stryker disable next-line ConditionalExpression: an eligible mentor has no open rule, so o.open is [] too
        const ids = o.verdict === 'ineligible' ? o.failed : o.verdict === 'incomplete' ? o.open : [];
        // Stryker disable next-line OptionalChaining: every id comes from mentorConditionRules, whose titles the map holds
        const titles = ids.map((id) => MENTOR_RULE_TITLES.get(id)?.[lang] ?? id);
        const failed = o.verdict === 'ineligible';
        const why =
          titles.length === 0
            ? ''
            : lang === 'zh'
              ? `（${failed ? '未满足：' : ''}${titles.join('；')}）`
              : ` (${failed ? 'not met' : 'open'}: ${titles.join('; ')})`;
        return `${who}${lang === 'zh' ? '：' : ': '}${VERDICT_WORDS[o.verdict][lang]}${why}`;
      })
      .join(lang === 'zh' ? '；' : '; ');
  return {
    status,
    code: `mentors_${status}`,
    message: { zh: `${label.zh}：${each('zh')}`, en: `${label.en}: ${each('en')}` },
    expected: { every: 'eligible' },
    actual: outcomes,
    ...(status === 'unknown' ? { missing: open } : {}),
  };
}

function hostKind(s: Studio): Outcome {
  const o = listedKind(p.hostKinds, s.host?.kind, s.host?.kindAccepted, {
    kind: 'host.kind',
    accepted: 'host.kindAccepted',
  });
  // "主要" rather than "等" leaves the list open: say so in the text's own terms.
  return o.code === 'kind_unlisted'
    ? {
        ...o,
        message: {
          zh: `${p.hostKinds.label.zh}：不在第三条所列类型中；第三条称“主要”在所列单位中认定，是否认可由市人力资源和社会保障局决定`,
          en: `${p.hostKinds.label.en}: not a kind 第三条 lists; it says studios are recognised "mainly" in those, so the city bureau decides`,
        },
      }
    : o;
}

function given(facts: object | undefined): string[] | undefined {
  // Stryker disable next-line ConditionalExpression: both callers check for undefined first; the guard keeps the function total
  if (facts === undefined) return undefined;
  const out: string[] = [];
  for (const key of Object.keys(facts)) if ((facts as Record<string, unknown>)[key] === true) out.push(key);
  return out;
}

const PLAN_LABEL = { zh: '三年工作规划（年限及内容）', en: 'Three-year work plan (term and contents)' };
const MATERIALS_LABEL = { zh: '申报材料（一式两份，三项齐全）', en: 'Application materials (in duplicate, all three)' };

/** Several parts of one requirement: the first failure or the open facts, else one summary pass. */
function allOf(label: { zh: string; en: string }, path: string, parts: [Outcome, ...Outcome[]]): Outcome {
  const o = everyMember(parts);
  return o.status === 'pass' ? present(label, true, path) : o;
}

export const studioRules: Rule<Studio>[] = [
  inForceRule<Studio>('studio'),
  rule({
    id: 'pingdingshan.studio.host_kind',
    clauses: ['第三条'],
    provenance: p.hostKinds.provenance,
    title: {
      zh: '在创业服务机构、高等院校、人力资源服务机构中认定',
      en: 'Hosted by a kind of institution 第三条 names',
    },
    check: hostKind,
  }),
  rule({
    id: 'pingdingshan.studio.lead_mentors',
    clauses: ['第五条（三）', '第五条（三）1'],
    provenance: 'text',
    title: { zh: '至少有1位领衔创业导师', en: 'At least 1 lead mentor' },
    check: (s) =>
      atLeast(p.leadMentorCount, s.mentors && distinct(s.mentors.filter((m) => m.role === 'lead')).size, 'mentors'),
  }),
  rule({
    id: 'pingdingshan.studio.mentors',
    clauses: ['第五条（三）1'],
    provenance: 'interpretation',
    title: {
      zh: '2名创业导师（领衔创业导师是否计入见解释参数）',
      en: '2 mentors (whether the lead counts: a reading)',
    },
    check: (s, ctx) => {
      const included = leadCountsAsMentor(ctx);
      const o = atLeast(p.mentorCount, s.mentors && countedMentors(s.mentors, included), 'mentors');
      return {
        ...o,
        expected: { min: p.mentorCount.value, [p.leadCountsAsMentor.id]: included },
      };
    },
  }),
  rule({
    id: 'pingdingshan.studio.staff',
    clauses: ['第五条（三）1'],
    provenance: 'text',
    title: { zh: '不少于5名工作人员', en: 'At least 5 staff' },
    check: (s) => atLeast(p.staffCount, s.staff && distinct(s.staff).size, 'staff'),
  }),
  rule({
    id: 'pingdingshan.studio.mentors_qualify',
    clauses: ['第五条', '第五条（一）', '第五条（二）'],
    provenance: 'interpretation',
    title: { zh: '每位创业导师符合第五条（一）（二）', en: 'Every mentor meets 第五条（一）（二）' },
    check: mentorsQualify,
  }),
  factRule(
    'pingdingshan.studio.promotes_policies',
    '第五条（三）2',
    p.promotesPolicies,
    'promotesPolicies',
    (s: Studio) => s.promotesPolicies,
  ),
  factRule(
    'pingdingshan.studio.preferential_policies',
    '第五条（三）3',
    p.implementsPreferentialPolicies,
    'implementsPreferentialPolicies',
    (s: Studio) => s.implementsPreferentialPolicies,
  ),
  factRule(
    'pingdingshan.studio.talent_systems',
    '第五条（三）4',
    p.talentSystems,
    'talentSystems',
    (s: Studio) => s.talentSystems,
  ),
  factRule(
    'pingdingshan.studio.working_conditions',
    '第五条（三）5',
    p.workingConditions,
    'workingConditions',
    (s: Studio) => s.workingConditions,
  ),
  rule({
    id: 'pingdingshan.studio.naming',
    clauses: ['第六条（五）'],
    provenance: 'interpretation',
    title: {
      zh: '名称：申报个人名称+大众创业指导大师工作室',
      en: "Name: the applicant's name + 大众创业指导大师工作室",
    },
    check: (s) => {
      // 申报个人名称: as given, else the single lead mentor's name (the person the studio is built around).
      // Stryker disable next-line ArrayDeclaration: any stand-in entry has no role 'lead', so no lead is found either way
      const leads = (s.mentors ?? []).filter((m) => m.role === 'lead');
      const onlyLead = leads.length === 1 ? leads[0] : undefined;
      const fromLead = s.applicantName === undefined && onlyLead !== undefined;
      return nameFollows(p.naming, s.name, [{ applicantName: s.applicantName ?? onlyLead?.name }], {
        name: 'name',
        fields: () => ({
          // Stryker disable next-line OptionalChaining: fromLead implies a lead was found in s.mentors
          applicantName: fromLead ? `mentors.${s.mentors?.indexOf(onlyLead as StudioMentor)}.name` : 'applicantName',
        }),
      });
    },
  }),
  rule({
    id: 'pingdingshan.studio.work_plan',
    clauses: ['第十一条（二）'],
    provenance: 'text',
    title: { zh: '三年工作规划', en: 'Three-year work plan' },
    check: (s) => {
      const plan = s.workPlan;
      if (plan === undefined) return missing(PLAN_LABEL, ['workPlan']);
      // Stryker disable next-line StringLiteral: allOf's path only reaches present(label, true, path), which reads no path
      return allOf(PLAN_LABEL, 'workPlan', [
        atLeast(p.workPlanYears, plan.years, 'workPlan.years'),
        // Stryker disable next-line StringLiteral: includesAll reads its path only when the list is undefined, and given(plan) is a list
        includesAll(p.workPlanContents, given(plan), 'workPlan'),
      ]);
    },
  }),
  rule({
    id: 'pingdingshan.materials',
    clauses: ['第七条', '第七条1', '第七条2', '第七条3'],
    provenance: 'text',
    title: { zh: '申报材料（一式两份）', en: 'Application materials, in duplicate' },
    check: (s) => {
      const m = s.materials;
      if (m === undefined) return missing(MATERIALS_LABEL, ['materials']);
      const report = m.applicationReport;
      // Stryker disable next-line StringLiteral: allOf's path only reaches present(label, true, path), which reads no path
      return allOf(MATERIALS_LABEL, 'materials', [
        atLeast(p.materialCopies, m.copies, 'materials.copies'),
        present(
          { zh: '大众创业指导大师工作室申报表', en: 'The application form' },
          m.applicationForm,
          'materials.applicationForm',
        ),
        // Stryker disable next-line ConditionalExpression: includesAll asks for the same path under the same label when given(undefined) is undefined
        report === undefined
          ? missing(p.applicationReportContents.label, ['materials.applicationReport'])
          : // Stryker disable next-line StringLiteral: includesAll reads its path only when the list is undefined, and given(report) is a list here
            includesAll(p.applicationReportContents, given(report), 'materials.applicationReport'),
        present(
          { zh: '创业导师候选人相关材料复印件', en: "Copies of the candidates' documents" },
          m.candidateDocuments,
          'materials.candidateDocuments',
        ),
      ]);
    },
  }),
];
