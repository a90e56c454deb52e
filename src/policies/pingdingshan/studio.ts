// 第三条 and 第五条（三）: the studio — where it is hosted, who it has (at least 1 lead
// mentor and 2 mentors who meet 第五条（一）（二）, and 5 staff), the duties of its host;
// 第六条（二）the pool its candidates come from; 第六条（五）its name; 第七条 its materials.
// 第十一条（二）'s three-year plan is a duty of a recognised studio, not checked here.
import { InvalidArgumentError } from '../../core/errors.js';
import { render } from '../../core/messages.js';
import { perCheck } from '../../core/per-check.js';
import {
  atLeast,
  distinctKey,
  enoughQualified,
  factRule,
  listedKind,
  missing,
  nameFollows,
  present,
  rule,
} from '../../core/rules.js';
import type { Bilingual, Outcome, Parameter, Rule, RuleContext, Verdict } from '../../core/types.js';
import { parsedArgument, plainArgument, readField, readParam, textArgument } from './arguments.js';
import { inForceRule, mentorConditionRules, mentorStanding, underTheMeasures } from './mentor.js';
import * as p from './parameters.js';
import { type PingdingshanStudio as Studio, studioSchema } from './schema.js';

type Person = { name?: string | undefined; idNumber?: string | undefined };
type StudioMentor = NonNullable<Studio['mentors']>[number];

/**
 * The key that makes two entries one person: the identity number, else the name
 * normalised (core distinctKey: NFKC, spaces removed, letters in lower case).
 */
export function personKey(x: Person, index: number): string {
  const v = plainArgument(x, 'person');
  const idNumber = v.idNumber === undefined ? undefined : textArgument(v.idNumber, 'person.idNumber');
  const name = v.name === undefined ? undefined : textArgument(v.name, 'person.name');
  if (typeof index !== 'number' || !Number.isSafeInteger(index))
    throw new InvalidArgumentError('index', 'a whole number', index);
  return keyOf({ idNumber, name }, index);
}

/** The key of an already parsed entry. */
export const keyOf = (x: Person, index: number): string => distinctKey(x.idNumber, x.name) ?? `#${index}`;

function distinct(list: readonly Person[]): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < list.length; i++) keys.add(keyOf(list[i] as Person, i));
  return keys;
}

/** Each entry's person key, in the list's order. */
function keysOf(list: readonly Person[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i < list.length; i++) keys.push(keyOf(list[i] as Person, i));
  return keys;
}

/**
 * Whether entry `i` stands as "创业导师" under the reading: every listed one, or one who is
 * not listed as a lead (an entry whose person is no lead is a 'mentor' entry).
 */
function standsAsMentor(
  mentors: readonly StudioMentor[],
  keys: readonly string[],
  leadIncluded: boolean,
): (i: number) => boolean {
  if (leadIncluded) return () => true;
  const leads = new Set<string>();
  for (let i = 0; i < mentors.length; i++)
    if ((mentors[i] as StudioMentor).role === 'lead') leads.add(keys[i] as string);
  return (i) => !leads.has(keys[i] as string);
}

/** The mentors that count towards "2 名创业导师" under a reading, as distinct persons (qualified or not). */
export function countedMentors(mentors: readonly StudioMentor[], leadIncluded: boolean): number {
  const list = parsedArgument(studioSchema, { mentors }, 'mentors').mentors ?? [];
  const keys = keysOf(list);
  const counted = standsAsMentor(list, keys, leadIncluded);
  const persons = new Set<string>();
  for (let i = 0; i < list.length; i++) if (counted(i)) persons.add(keys[i] as string);
  return persons.size;
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
  /** The facts that would decide the open rules, at their full paths ('mentors.1.volunteers'). */
  missing: string[];
  /** 第五条（二）: the routes the mentor qualified by. */
  qualifiedBy: string[];
}

/** Every mentor of a studio against 第五条（一）（二）, one outcome each. */
export function mentorOutcomes(
  studio: Studio,
  ctx: Pick<RuleContext, 'asOf' | 'param'>,
): { outcomes: MentorOutcome[]; missing: string[] } {
  const s = parsedArgument(studioSchema, studio, 'studio');
  const asOf = parsedArgument(null, readField(ctx, 'asOf', 'ctx'), 'ctx.asOf');
  const outcomes = outcomesOf(s.mentors ?? [], { asOf, param: readParam(ctx) });
  const missingPaths: string[] = [];
  for (const o of outcomes) for (const path of o.missing) missingPaths.push(path);
  return { outcomes, missing: missingPaths };
}

/** A studio's mentors as both mentor rules read them: each entry's outcome and person key. */
interface Mentors {
  outcomes: MentorOutcome[];
  keys: string[];
}

/**
 * Both mentor rules of a check read every mentor's outcomes: computed once per check (the
 * same facts and context), not once per rule (issue 30).
 */
const mentorsInCheck = perCheck(
  (ctx, list: readonly StudioMentor[]): Mentors => ({ outcomes: outcomesOf(list, ctx), keys: keysOf(list) }),
);

function outcomesOf(list: readonly StudioMentor[], ctx: RuleContext): MentorOutcome[] {
  const outcomes: MentorOutcome[] = [];
  for (let i = 0; i < list.length; i++) {
    const m = list[i] as StudioMentor;
    // Each condition's status and missing facts: the messages are the mentor report's, not read here.
    const standing = mentorStanding(m, ctx);
    const own: string[] = [];
    for (const path of standing.missing) own.push(`mentors.${i}.${path}`);
    outcomes.push({
      path: `mentors.${i}`,
      name: m.name?.trim() || null,
      role: m.role,
      verdict: standing.verdict,
      failed: standing.failed,
      open: standing.open,
      missing: own,
      qualifiedBy: standing.qualifiedBy,
    });
  }
  return outcomes;
}

const MENTOR_RULE_TITLES = new Map(mentorConditionRules.map((r) => [r.id, r.title]));

/** One person, as the report names them: the name, else the place in the list. */
function who(o: MentorOutcome, lang: 'zh' | 'en'): string {
  const n = Number(o.path.slice('mentors.'.length)) + 1;
  return o.name ?? (lang === 'zh' ? `第${n}位创业导师` : `mentor no. ${n}`);
}

/** Why a person is not (or not yet) counted, by the titles of the conditions. */
function why(o: MentorOutcome, lang: 'zh' | 'en'): string {
  const ids = o.verdict === 'ineligible' ? o.failed : o.open;
  const titles = ids.map((id) => (MENTOR_RULE_TITLES.get(id) as Bilingual)[lang]);
  if (o.verdict === 'ineligible')
    return lang === 'zh'
      ? `${who(o, lang)}不符合第五条（一）（二）（未满足：${titles.join('；')}），不计为创业导师`
      : `${who(o, lang)} does not meet 第五条（一）（二） (not met: ${titles.join('; ')}) and is not counted as a mentor`;
  return lang === 'zh'
    ? `${who(o, lang)}待补充（${titles.join('；')}），尚未计入`
    : `${who(o, lang)} is open (${titles.join('; ')}) and not counted yet`;
}

/** A person's outcome as the count reads it (enoughQualified reads only the status). */
const AS_COUNTED = {
  eligible: { status: 'pass' },
  incomplete: { status: 'unknown' },
  ineligible: { status: 'fail' },
  not_applicable: { status: 'fail' },
} as const;

/**
 * A count of persons whose words are written when they are read: a report renders its
 * results on first read, and a verdict needs only the status (issue 30). The words are
 * built from the count and the persons' outcomes, fixed when the rule ran.
 */
class PersonsCount implements Outcome {
  readonly status: Outcome['status'];
  readonly code: string;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly missing: string[] | undefined;
  readonly #count: Outcome;
  readonly #persons: readonly MentorOutcome[];
  constructor(count: Outcome, persons: readonly MentorOutcome[], expected: unknown, actual: unknown) {
    this.status = count.status;
    this.code = count.code;
    this.expected = expected;
    this.actual = actual;
    this.missing = count.missing;
    this.#count = count;
    this.#persons = persons;
  }
  get message(): Bilingual {
    return { zh: this.#line('zh'), en: this.#line('en') };
  }
  /** The count, the persons counted, and why each other one is not. */
  #line(lang: 'zh' | 'en'): string {
    const sep = lang === 'zh' ? '；' : '; ';
    let counted = '';
    let notes = '';
    for (const x of this.#persons)
      if (x.verdict === 'eligible') counted += (counted === '' ? '' : lang === 'zh' ? '、' : ', ') + who(x, lang);
      else notes += sep + why(x, lang);
    const countedPart = counted === '' ? '' : lang === 'zh' ? `（计入：${counted}）` : ` (counted: ${counted})`;
    return `${render(this.#count.code, this.#count.params)[lang]}${countedPart}${notes}`;
  }
}

/**
 * 第五条（三）1 "至少": met by the persons who meet 第五条（一）（二）. Each person counts once
 * (their best outcome where listed twice); one who does not qualify is not counted, and
 * named; one still open leaves the count open only when it could change the outcome.
 */
function qualifiedAtLeast(param: Parameter<number>, persons: readonly MentorOutcome[][], expected?: object): Outcome {
  const best: MentorOutcome[] = [];
  const statuses: { status: Outcome['status'] }[] = [];
  const open: string[] = [];
  for (const entries of persons) {
    const o = bestOf(entries);
    best.push(o);
    statuses.push(AS_COUNTED[o.verdict]);
    if (o.verdict === 'incomplete') for (const path of o.missing) open.push(path);
  }
  const count = enoughQualified(param, statuses, open);
  const counts = count.actual as { qualified: number; undecided: number; listed: number };
  const shown: object[] = [];
  for (const x of best) shown.push({ path: x.path, name: x.name, verdict: x.verdict, qualifiedBy: x.qualifiedBy });
  return new PersonsCount(count, best, expected ?? count.expected, {
    qualified: counts.qualified,
    undecided: counts.undecided,
    listed: counts.listed,
    persons: shown,
  });
}

/** A person listed more than once stands by their best entry: eligible, else open, else the first. */
function bestOf(entries: readonly MentorOutcome[]): MentorOutcome {
  let open: MentorOutcome | undefined;
  for (const o of entries) {
    if (o.verdict === 'eligible') return o;
    if (o.verdict === 'incomplete' && open === undefined) open = o;
  }
  return open ?? (entries[0] as MentorOutcome);
}

/** The outcomes of the entries `keep` selects, grouped by person, in the order each person is first listed. */
function personsIn({ outcomes, keys }: Mentors, keep: (i: number) => boolean): MentorOutcome[][] {
  const persons: MentorOutcome[][] = [];
  const byKey = new Map<string, MentorOutcome[]>();
  for (let i = 0; i < outcomes.length; i++) {
    if (!keep(i)) continue;
    const key = keys[i] as string;
    const entries = byKey.get(key);
    if (entries !== undefined) entries.push(outcomes[i] as MentorOutcome);
    else {
      const first = [outcomes[i] as MentorOutcome];
      byKey.set(key, first);
      persons.push(first);
    }
  }
  return persons;
}

function leadMentors(s: Studio, ctx: RuleContext): Outcome {
  const param = ctx.param(p.leadMentorCount);
  const list = s.mentors;
  if (list === undefined) return missing(param.label, ['mentors']);
  return qualifiedAtLeast(
    param,
    personsIn(mentorsInCheck(ctx, list), (i) => (list[i] as StudioMentor).role === 'lead'),
  );
}

function mentors(s: Studio, ctx: RuleContext): Outcome {
  const param = ctx.param(p.mentorCount);
  const included = ctx.param(p.leadCountsAsMentor).value;
  const list = s.mentors;
  if (list === undefined) return missing(param.label, ['mentors']);
  const known = mentorsInCheck(ctx, list);
  return qualifiedAtLeast(param, personsIn(known, standsAsMentor(list, known.keys, included)), {
    min: param.value,
    [p.leadCountsAsMentor.id]: included,
  });
}

function hostKind(s: Studio, ctx: RuleContext): Outcome {
  const kinds = ctx.param(p.hostKinds);
  const o = listedKind(kinds, s.host?.kind, s.host?.kindAccepted, {
    kind: 'host.kind',
    accepted: 'host.kindAccepted',
  });
  // "主要" rather than "等" leaves the list open: say so in the text's own terms.
  return o.code === 'kind_unlisted'
    ? {
        ...o,
        message: {
          zh: `${kinds.label.zh}：不在第三条所列类型中；第三条称“主要”在所列单位中认定，是否认可由市人力资源和社会保障局决定`,
          en: `${kinds.label.en}: not a kind 第三条 lists; it says studios are recognised "mainly" in those, so the city bureau decides`,
        },
      }
    : o;
}

const POOL: Bilingual = {
  zh: '候选单位来源：平顶山市域内高校或县（市、区）级大众创业指导大师工作室（第六条（二））',
  en: 'Where candidates come from: a university within Pingdingshan, or a county-level master studio (第六条（二）)',
};

/**
 * 第六条（二）"从平顶山市域内高校或县（市、区）级大众创业指导大师工作室中遴选确定候选单位":
 * a candidate is a university within the city, or a studio already recognised at county
 * level. Either route met passes; both ruled out fails; otherwise the facts still open.
 */
function candidatePool(s: Studio): Outcome {
  const kind = s.host?.kind;
  const university: Outcome['status'] =
    kind === undefined
      ? 'unknown'
      : kind !== 'university'
        ? 'fail'
        : s.host?.withinCity === undefined
          ? 'unknown'
          : s.host.withinCity
            ? 'pass'
            : 'fail';
  const county: Outcome['status'] =
    s.countyLevelStudio === undefined ? 'unknown' : s.countyLevelStudio ? 'pass' : 'fail';
  const facts = {
    hostKind: kind ?? null,
    withinCity: s.host?.withinCity ?? null,
    countyLevelStudio: s.countyLevelStudio ?? null,
  };
  if (university === 'pass' || county === 'pass')
    return {
      status: 'pass',
      code: 'candidate_pool',
      message:
        university === 'pass'
          ? { zh: `${POOL.zh}：平顶山市域内高校`, en: `${POOL.en}: a university within the city` }
          : { zh: `${POOL.zh}：县（市、区）级大众创业指导大师工作室`, en: `${POOL.en}: a county-level master studio` },
      actual: facts,
    };
  if (university === 'fail' && county === 'fail')
    return {
      status: 'fail',
      code: 'candidate_pool',
      message: {
        zh: `${POOL.zh}：所在单位${kind === 'university' ? '不在平顶山市域内' : '不是高校'}，也不是县（市、区）级大众创业指导大师工作室`,
        en: `${POOL.en}: the host ${kind === 'university' ? 'is outside the city' : 'is not a university'}, and the studio is not a county-level master studio`,
      },
      actual: facts,
    };
  const open = [
    ...(university === 'unknown' ? [kind === undefined ? 'host.kind' : 'host.withinCity'] : []),
    ...(county === 'unknown' ? ['countyLevelStudio'] : []),
  ];
  return { ...missing(POOL, open), actual: facts };
}

function given(facts: object | undefined): string[] | undefined {
  if (facts === undefined) return undefined;
  const out: string[] = [];
  for (const key of Object.keys(facts)) if ((facts as Record<string, unknown>)[key] === true) out.push(key);
  return out;
}

const MATERIALS_LABEL = { zh: '申报材料（一式两份，三项齐全）', en: 'Application materials (in duplicate, all three)' };

/**
 * 第七条: the file, in duplicate. A defect in it is material to supply (补正), not an unmet
 * condition of 第五条: incomplete with what to supply, never 不符合条件.
 */
function materials(s: Studio, ctx: RuleContext): Outcome {
  const m = s.materials;
  if (m === undefined) return missing(MATERIALS_LABEL, ['materials']);
  const copies = ctx.param(p.materialCopies);
  const contents = ctx.param(p.applicationReportContents);
  const toSupply: { path: string; zh: string; en: string }[] = [];
  if (m.copies === undefined || m.copies < copies.value)
    toSupply.push({
      path: 'materials.copies',
      zh:
        m.copies === undefined ? `材料份数（一式${copies.value}份）` : `补足至一式${copies.value}份（现${m.copies}份）`,
      en:
        m.copies === undefined
          ? `the number of copies (${copies.value} required)`
          : `${copies.value} copies (${m.copies} given)`,
    });
  if (m.applicationForm !== true)
    toSupply.push({
      path: 'materials.applicationForm',
      zh: '大众创业指导大师工作室申报表',
      en: 'the application form',
    });
  const report = given(m.applicationReport);
  if (report === undefined)
    toSupply.push({ path: 'materials.applicationReport', zh: contents.label.zh, en: contents.label.en });
  else
    for (const o of contents.value)
      if (!report.includes(o.id))
        toSupply.push({
          path: `materials.applicationReport.${o.id}`,
          zh: `申请报告中的${o.label.zh}`,
          en: `${o.label.en} in the application report`,
        });
  if (m.candidateDocuments !== true)
    toSupply.push({
      path: 'materials.candidateDocuments',
      zh: '创业导师候选人的身份证、职业资格证书、获奖证书、荣誉证书等相关材料复印件',
      en: "copies of the candidates' identity cards, certificates, awards and honours",
    });
  if (toSupply.length === 0) return present(MATERIALS_LABEL, true, 'materials');
  return {
    status: 'unknown',
    code: 'to_supplement',
    message: {
      zh: `${MATERIALS_LABEL.zh}：材料需补正（不是不符合条件），请补充：${toSupply.map((x) => x.zh).join('；')}`,
      en: `${MATERIALS_LABEL.en}: the file is to be completed (not an unmet condition); supply ${toSupply.map((x) => x.en).join('; ')}`,
    },
    expected: {
      copies: copies.value,
      applicationForm: true,
      applicationReport: contents.value.map((o) => o.id),
      candidateDocuments: true,
    },
    actual: m,
    missing: toSupply.map((x) => x.path),
  };
}

const rules: Rule<Studio>[] = [
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
    id: 'pingdingshan.studio.candidate_pool',
    clauses: ['第六条（二）'],
    provenance: 'text',
    title: {
      zh: '平顶山市域内高校或县（市、区）级大众创业指导大师工作室',
      en: 'A university within the city or a county-level master studio',
    },
    check: candidatePool,
  }),
  rule({
    id: 'pingdingshan.studio.lead_mentors',
    clauses: ['第五条', '第五条（一）', '第五条（二）', '第五条（三）', '第五条（三）1'],
    provenance: 'text',
    title: {
      zh: '至少有1位符合第五条（一）（二）的领衔创业导师',
      en: 'At least 1 lead mentor meeting 第五条（一）（二）',
    },
    check: leadMentors,
  }),
  rule({
    id: 'pingdingshan.studio.mentors',
    clauses: ['第五条', '第五条（一）', '第五条（二）', '第五条（三）1'],
    provenance: 'interpretation',
    title: {
      zh: '2名符合第五条（一）（二）的创业导师（领衔创业导师是否计入见解释参数）',
      en: '2 mentors meeting 第五条（一）（二） (whether the lead counts: a reading)',
    },
    check: mentors,
  }),
  rule({
    id: 'pingdingshan.studio.staff',
    clauses: ['第五条（三）1'],
    provenance: 'text',
    title: { zh: '不少于5名工作人员', en: 'At least 5 staff' },
    check: (s, ctx) => atLeast(ctx.param(p.staffCount), s.staff && distinct(s.staff).size, 'staff'),
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
    id: 'pingdingshan.materials',
    clauses: ['第七条', '第七条1', '第七条2', '第七条3'],
    provenance: 'text',
    title: { zh: '申报材料（一式两份）', en: 'Application materials, in duplicate' },
    check: materials,
  }),
];

/** Every rule after the first applies only while the measures do (第十四条). */
export const studioRules: Rule<Studio>[] = [inForceRule<Studio>('studio'), ...rules.map((r) => underTheMeasures(r))];
