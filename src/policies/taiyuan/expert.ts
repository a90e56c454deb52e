// The expert check: who may serve (第五条, 第六条), whether the appointment stands at the
// as-of date (第三条, 第十一条), whether a ground for dismissal is met (第十二条（一）–（六）),
// whether a dismissal followed the procedure (第十二条第二款), the duty that outlives the
// term (第四条), and the measures' own validity (第十五条). No rule reads region, status
// (身份) or age: 第五条 says selection is not limited by them.
import { AFTER_LAST_DAY, termLastDay } from '../../calendar/periods.js';
import { atLeast, attested, factRule, rule, yearsAtLeast } from '../../core/rules.js';
import type { Bilingual, Outcome, Rule } from '../../core/types.js';
import { judgeBackground } from './categories.js';
import { say } from './messages.js';
import * as p from './parameters.js';
import {
  confidentialityOutcome,
  dismissedOn,
  GROUND_LABELS,
  groundOutcome,
  groundsSupportedOutcome,
  procedureOutcome,
  type Term,
  termAt,
  termsOf,
} from './records.js';
import { type Expert, GROUND_IDS, type GroundId } from './schema.js';

// Stryker disable next-line StringLiteral: the default asOf is used only by not_in_term and dismissal_later, which are always given one
const notApplicable = (code: 'candidate' | 'not_in_term' | 'no_dismissal' | 'dismissal_later', asOf = ''): Outcome => ({
  status: 'not_applicable',
  code,
  message: say(code, { asOf }),
});

const REPEALED: Bilingual = {
  zh: '《关于印发太原市创业专家团服务管理办法的通知》（并人社发〔2020〕30号）',
  en: 'measures of 2020 (并人社发〔2020〕30号)',
};

/**
 * 第十五条: in force from 2026-02-01 for five years. Outside that window the measures do
 * not apply: not applicable, never a failed condition (the repealed 2020 measures, which
 * applied before, are not encoded). The report's one in-force result.
 */
export const validityRule: Rule<Expert> = rule({
  id: 'taiyuan.validity',
  clauses: ['第十五条'],
  provenance: p.validityYears.provenance,
  title: { zh: '本办法在有效期内（2026-02-01起5年）', en: 'The measures are in force (five years from 2026-02-01)' },
  check: (_, { asOf, param }) => {
    const from = param(p.inForceFrom).value;
    // null: valid past 9999-12-31, so in force on every date from `from` on.
    const to = termLastDay(from, param(p.validityYears).value);
    const params = { from, to: to ?? AFTER_LAST_DAY, asOf, repealed: REPEALED };
    const expected = { from, to };
    // Stryker disable next-line ConditionalExpression: a date > null is false too; the test states the type
    const code = asOf < from ? 'validity_not_yet' : to !== null && asOf > to ? 'validity_expired' : 'validity_in_force';
    return {
      status: code === 'validity_in_force' ? 'pass' : 'not_applicable',
      code,
      message: say(code, params),
      expected,
      actual: asOf,
    };
  },
});

const CATEGORY_CLAUSES = ['第五条', ...['一', '二', '三', '四', '五', '六', '七', '八'].map((n) => `第五条（${n}）`)];

export const categoryRule: Rule<Expert> = rule({
  id: 'taiyuan.category',
  clauses: CATEGORY_CLAUSES,
  provenance: p.categories.provenance,
  title: { zh: '属于第五条所列人员类别之一', en: 'Comes from one of the categories of art. 5' },
  check: (e, { asOf, param }) => {
    if (e.backgrounds === undefined)
      return {
        status: 'unknown',
        code: 'category_open',
        message: say('category_open', { paths: 'backgrounds' }),
        missing: ['backgrounds'],
      };
    const findings = e.backgrounds.map((b, i) => judgeBackground(b, i, asOf, param));
    const categories = param(p.categories).value;
    const actual = findings.map((f) => ({ index: f.index, category: f.category, clause: f.clause, status: f.status }));
    const qualifying = findings.filter((f) => f.status === 'pass');
    if (qualifying.length > 0) {
      // Each qualifying category named once, in the text's order.
      const named = categories.filter((o) => qualifying.some((f) => f.category === o.id)).map((o) => o.label);
      if (qualifying.some((f) => f.category === 'other'))
        named.push({ zh: '其他背景（经市人社局认可）', en: 'another background (accepted by the bureau)' });
      return {
        status: 'pass',
        code: 'category_qualifies',
        message: say('category_qualifies', { categories: named }),
        actual,
        expected: { anyOf: categories.map((o) => o.id) },
      };
    }
    // Stryker disable next-line ConditionalExpression: a failing finding carries no missing path (categories.ts: FAIL and decided years have none)
    const open = findings.flatMap((f) => (f.status === 'unknown' ? f.missing : []));
    if (open.length > 0)
      return {
        status: 'unknown',
        code: 'category_open',
        message: say('category_open', { paths: open.join(', ') }),
        actual,
        missing: open,
      };
    const code = findings.length === 0 ? 'category_empty' : 'category_none';
    return { status: 'fail', code, message: say(code), actual };
  },
});

const declared = (
  id: string,
  clauses: string[],
  label: Bilingual,
  key: keyof NonNullable<Expert['declarations']>,
): Rule<Expert> =>
  rule({
    id,
    clauses,
    provenance: 'text',
    title: label,
    check: (e) => attested(label, e.declarations?.[key], `declarations.${key}`),
  });

export const basicRules: Rule<Expert>[] = [
  declared(
    'taiyuan.basic.standing',
    ['第六条', '第六条（一）'],
    { zh: '政治素养过硬；法治观念与品德修养良好', en: 'Sound political standing; law-abiding, of good character' },
    'standing',
  ),
  declared(
    'taiyuan.basic.policy_knowledge',
    ['第六条（二）'],
    {
      zh: '熟悉创业就业政策法规，具有专业特长',
      en: 'Knows the entrepreneurship and employment policies; has a specialty',
    },
    'policyKnowledge',
  ),
  factRule(
    'taiyuan.basic.managed_enterprise',
    '第六条（二）',
    p.managedEnterprise,
    'managedEnterprise',
    (e: Expert) => e.managedEnterprise,
  ),
  rule({
    id: 'taiyuan.basic.experience',
    clauses: ['第六条（二）'],
    provenance: p.experienceYears.provenance,
    title: { zh: '具有4年及以上工作或服务经历', en: '4 or more years of work or service experience' },
    check: (e, { asOf, param }) =>
      yearsAtLeast(param(p.experienceYears), { since: e.experienceSince, years: e.experienceYears }, asOf, [
        'experienceSince',
      ]),
  }),
  declared(
    'taiyuan.basic.commitment',
    ['第六条（三）'],
    { zh: '有社会责任感，自愿提供指导服务', en: 'Socially committed; volunteers guidance' },
    'commitment',
  ),
  declared(
    'taiyuan.basic.communication',
    ['第六条（四）'],
    { zh: '逻辑缜密、表达清晰、善于沟通', en: 'Clear reasoning and expression; communicates well' },
    'communication',
  ),
  rule({
    id: 'taiyuan.basic.coaching_record',
    clauses: ['第六条（四）'],
    provenance: p.coachingRecord.provenance,
    title: { zh: '有成功辅导创业者实现创业的实绩', en: 'A record of coaching entrepreneurs to a successful start' },
    check: (e, { param }) => atLeast(param(p.coachingRecord), e.coachedStartups, 'coachedStartups'),
  }),
  declared(
    'taiyuan.basic.integrity',
    ['第六条（五）'],
    { zh: '恪守公正廉洁，接受市人社局监督管理', en: 'Fair and clean; accepts the bureau’s supervision' },
    'integrity',
  ),
];

/**
 * The serving check's question: does the appointment stand at the as-of date? The term
 * is counted as the measures set it (第三条, 第十一条: three years); a letter stating
 * another end is shown beside it. Not serving is not the same as not qualified: a
 * former expert's qualifications for re-selection are the candidate check's (第三条
 * "重新组织选聘").
 */
export const termRule: Rule<Expert> = rule({
  id: 'taiyuan.term',
  clauses: ['第三条', '第十一条'],
  provenance: p.termReading.provenance,
  title: { zh: '聘期（每届三年，届满自动终止）', en: 'Term of appointment (three years each, ending by itself)' },
  check: (e, { asOf, param }) => {
    if (e.terms === undefined || e.terms.length === 0) return notApplicable('candidate');
    const terms = termsOf(e, param);
    const current = termAt(terms, asOf);
    const actual = terms.map((t) => ({
      number: t.number,
      from: t.from,
      to: t.to,
      ...(t.letterEnds !== undefined ? { letterEnds: t.letterEnds } : {}),
    }));
    const letter = (t: Term): Bilingual =>
      t.mismatch
        ? {
            zh: `；聘书载明届满日${t.letterEnds}，与“每届聘期为三年”不符，按本办法计`,
            en: `; the letter of appointment states ${t.letterEnds}, which is not the three years the measures set: counted as the measures set it`,
          }
        : { zh: '', en: '' };
    const mismatched = terms.filter((t) => t.mismatch).map((t) => t.number);
    const extra =
      mismatched.length > 0 ? { expected: { years: param(p.termYears).value, letterMismatch: mismatched } } : {};
    if (current) {
      const decided = dismissedOn(e, asOf);
      if (decided !== undefined && decided >= current.from)
        return {
          status: 'fail',
          code: 'term_dismissed',
          message: say('term_dismissed', { from: current.from, to: current.to, decided }),
          actual,
          ...extra,
        };
      return {
        status: 'pass',
        code: 'term_current',
        message: say('term_current', {
          number: current.number,
          from: current.from,
          to: current.to,
          asOf,
          letter: letter(current),
        }),
        actual,
        ...extra,
      };
    }
    // Stryker disable next-line EqualityOperator: a term ending on asOf covers it, so termAt returned it above
    const past = terms.filter((t) => t.to < asOf);
    const last = past[past.length - 1];
    if (last)
      return {
        status: 'fail',
        code: 'term_ended',
        message: say('term_ended', { from: last.from, to: last.to, letter: letter(last) }),
        actual,
        ...extra,
      };
    const next = terms[0] as Term;
    return {
      status: 'fail',
      code: 'term_not_started',
      message: say('term_not_started', { from: next.from, asOf }),
      actual,
      ...extra,
    };
  },
});

/** The rule id of each ground of 第十二条, named for what it is. */
const GROUND_RULE_NAMES: Record<GroundId, string> = {
  一: 'request',
  二: 'feedback',
  三: 'refusals',
  四: 'personal_gain',
  五: 'secret_leak',
  六: 'unlawful',
};

export const groundRules: Rule<Expert>[] = GROUND_IDS.map((g) =>
  rule({
    id: `taiyuan.ground.${GROUND_RULE_NAMES[g]}`,
    clauses: ['第十二条', `第十二条（${g}）`],
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: both readings are 'interpretation' today; the choice names which one the rule rests on
    provenance: g === '三' ? p.refusalWindow.provenance : p.recordScope.provenance,
    title: GROUND_LABELS[g],
    check: (e: Expert, { asOf, param }) => {
      if (e.terms === undefined || e.terms.length === 0) return notApplicable('candidate');
      return groundOutcome(e, g, asOf, param) ?? notApplicable('not_in_term', asOf);
    },
  }),
);

export const confidentialityRule: Rule<Expert> = rule({
  id: 'taiyuan.duty.confidentiality',
  clauses: ['第四条'],
  provenance: 'text',
  title: { zh: '保密义务（不因聘期终止而解除）', en: 'Confidentiality (outlives the term)' },
  check: (e, { asOf, param }) => confidentialityOutcome(e, asOf, param) ?? notApplicable('candidate'),
});

/** A dismissal decided after the as-of date has not happened yet on that day. */
const later = (e: Expert, asOf: string) => e.dismissal?.decided !== undefined && e.dismissal.decided > asOf;

export const dismissalRules: Rule<Expert>[] = [
  rule({
    id: 'taiyuan.dismissal.procedure',
    clauses: ['第十二条', '第十二条第二款'],
    provenance: p.hearingOrder.provenance,
    title: {
      zh: '解聘程序：告知、陈述申辩、市人社部门确认',
      en: 'Dismissal procedure: notice, hearing, the bureau’s confirmation',
    },
    check: (e, { asOf }) =>
      e.dismissal === undefined
        ? notApplicable('no_dismissal')
        : later(e, asOf)
          ? notApplicable('dismissal_later', asOf)
          : procedureOutcome(e.dismissal),
  }),
  rule({
    id: 'taiyuan.dismissal.grounds',
    clauses: ['第十二条'],
    provenance: p.recordScope.provenance,
    title: { zh: '解聘所引情形有记录支持', en: 'The grounds a dismissal cites are met by the records' },
    check: (e, { asOf, param }) =>
      later(e, asOf)
        ? notApplicable('dismissal_later', asOf)
        : (groundsSupportedOutcome(e, param) ?? notApplicable('no_dismissal')),
  }),
];

/** The candidate check: who may be selected (第五条, 第六条) while the measures are in force. */
export const candidateRules: Rule<Expert>[] = [validityRule, categoryRule, ...basicRules];

/** The serving check: the candidate's conditions, and the term, the duty, the grounds and a dismissal. */
export const expertRules: Rule<Expert>[] = [
  ...candidateRules,
  termRule,
  confidentialityRule,
  ...groundRules,
  ...dismissalRules,
];
