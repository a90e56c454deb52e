// The expert check: who may serve (第五条, 第六条), whether the appointment stands at the
// as-of date (第三条, 第十一条), whether a ground for dismissal is met (第十二条（一）–（六）),
// whether a dismissal followed the procedure (第十二条第二款), the duty that outlives the
// term (第四条), and the measures' own validity (第十五条). No rule reads region, status
// (身份) or age: 第五条 says selection is not limited by them.
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
  type ReadingOptions,
  termAt,
  termsOf,
} from './records.js';
import { type Expert, GROUND_IDS, type GroundId } from './schema.js';

// Stryker disable next-line StringLiteral: the default asOf is used only by not_in_term, which is always given one
const notApplicable = (code: 'candidate' | 'not_in_term' | 'no_dismissal', asOf = ''): Outcome => ({
  status: 'not_applicable',
  code,
  message: say(code, { asOf }),
});

const REPEALED: Bilingual = {
  zh: '《关于印发太原市创业专家团服务管理办法的通知》（并人社发〔2020〕30号）',
  en: 'measures of 2020 (并人社发〔2020〕30号)',
};

export const validityRule: Rule<Expert> = rule({
  id: 'taiyuan.validity',
  clauses: ['第十五条'],
  provenance: 'interpretation',
  title: { zh: '本办法在有效期内（2026-02-01起5年）', en: 'The measures are in force (five years from 2026-02-01)' },
  check: (_, { asOf }) => {
    const params = { from: p.inForceFrom.value, to: p.inForceTo, asOf, repealed: REPEALED };
    const expected = { from: p.inForceFrom.value, to: p.inForceTo, repeals: p.repealed.value };
    if (asOf < p.inForceFrom.value)
      return {
        status: 'fail',
        code: 'validity_not_yet',
        message: say('validity_not_yet', params),
        expected,
        actual: asOf,
      };
    if (asOf > p.inForceTo)
      return {
        status: 'fail',
        code: 'validity_expired',
        message: say('validity_expired', params),
        expected,
        actual: asOf,
      };
    return {
      status: 'pass',
      code: 'validity_in_force',
      message: say('validity_in_force', params),
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
  check: (e, { asOf }) => {
    if (e.backgrounds === undefined)
      return {
        status: 'unknown',
        code: 'category_open',
        message: say('category_open', { paths: 'backgrounds' }),
        missing: ['backgrounds'],
      };
    const findings = e.backgrounds.map((b, i) => judgeBackground(b, i, asOf));
    const actual = findings.map((f) => ({ index: f.index, category: f.category, clause: f.clause, status: f.status }));
    const qualifying = findings.filter((f) => f.status === 'pass');
    if (qualifying.length > 0) {
      // Each qualifying category named once, in the text's order.
      const named = p.categories.value.filter((o) => qualifying.some((f) => f.category === o.id)).map((o) => o.label);
      if (qualifying.some((f) => f.category === 'other'))
        named.push({ zh: '其他背景（经市人社局认可）', en: 'another background (accepted by the bureau)' });
      return {
        status: 'pass',
        code: 'category_qualifies',
        message: say('category_qualifies', { categories: named }),
        actual,
        expected: { anyOf: p.categories.value.map((o) => o.id) },
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
    check: (e, { asOf }) =>
      yearsAtLeast(p.experienceYears, { since: e.experienceSince, years: e.experienceYears }, asOf, [
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
    check: (e) => atLeast(p.coachingRecord, e.coachedStartups, 'coachedStartups'),
  }),
  declared(
    'taiyuan.basic.integrity',
    ['第六条（五）'],
    { zh: '恪守公正廉洁，接受市人社局监督管理', en: 'Fair and clean; accepts the bureau’s supervision' },
    'integrity',
  ),
];

/** The term rule: the appointment stands at the as-of date. */
export function termRule(options: ReadingOptions = {}): Rule<Expert> {
  return rule({
    id: 'taiyuan.term',
    clauses: ['第三条', '第十一条'],
    provenance: p.termReading.provenance,
    title: { zh: '聘期（每届三年，届满自动终止）', en: 'Term of appointment (three years each, ending by itself)' },
    check: (e, { asOf }) => {
      if (e.terms === undefined || e.terms.length === 0) return notApplicable('candidate');
      const terms = termsOf(e, options);
      const current = termAt(terms, asOf);
      const actual = terms.map((t) => ({ number: t.number, from: t.from, to: t.to, stated: t.stated }));
      if (current) {
        const decided = dismissedOn(e, asOf);
        if (decided !== undefined && decided >= current.from)
          return {
            status: 'fail',
            code: 'term_dismissed',
            message: say('term_dismissed', { from: current.from, to: current.to, decided }),
            actual,
          };
        const basis: Bilingual = current.stated
          ? { zh: '聘书载明的届满日', en: 'the end date in the letter of appointment' }
          : { zh: '自聘任之日起三年', en: 'three years from appointment' };
        return {
          status: 'pass',
          code: 'term_current',
          message: say('term_current', { number: current.number, from: current.from, to: current.to, basis, asOf }),
          actual,
        };
      }
      // Stryker disable next-line EqualityOperator: a term ending on asOf covers it, so termAt returned it above
      const past = terms.filter((t) => t.to < asOf);
      const last = past[past.length - 1];
      if (last)
        return {
          status: 'fail',
          code: 'term_ended',
          message: say('term_ended', { from: last.from, to: last.to }),
          actual,
        };
      const next = terms[0] as (typeof terms)[number];
      return {
        status: 'fail',
        code: 'term_not_started',
        message: say('term_not_started', { from: next.from, asOf }),
        actual,
      };
    },
  });
}

/** The rule id of each ground of 第十二条, named for what it is. */
const GROUND_RULE_NAMES: Record<GroundId, string> = {
  一: 'request',
  二: 'feedback',
  三: 'refusals',
  四: 'personal_gain',
  五: 'secret_leak',
  六: 'unlawful',
};

export function groundRules(options: ReadingOptions = {}): Rule<Expert>[] {
  return GROUND_IDS.map((g) =>
    rule({
      id: `taiyuan.ground.${GROUND_RULE_NAMES[g]}`,
      clauses: ['第十二条', `第十二条（${g}）`],
      // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: both readings are 'interpretation' today; the choice names which one the rule rests on
      provenance: g === '三' ? p.refusalWindow.provenance : p.recordScope.provenance,
      title: GROUND_LABELS[g],
      check: (e: Expert, { asOf }) => {
        if (e.terms === undefined || e.terms.length === 0) return notApplicable('candidate');
        return groundOutcome(e, g, asOf, options) ?? notApplicable('not_in_term', asOf);
      },
    }),
  );
}

export function confidentialityRule(options: ReadingOptions = {}): Rule<Expert> {
  return rule({
    id: 'taiyuan.duty.confidentiality',
    clauses: ['第四条'],
    provenance: 'text',
    title: { zh: '保密义务（不因聘期终止而解除）', en: 'Confidentiality (outlives the term)' },
    check: (e, { asOf }) => confidentialityOutcome(e, asOf, options) ?? notApplicable('candidate'),
  });
}

export function dismissalRules(options: ReadingOptions = {}): Rule<Expert>[] {
  return [
    rule({
      id: 'taiyuan.dismissal.procedure',
      clauses: ['第十二条', '第十二条第二款'],
      provenance: p.hearingOrder.provenance,
      title: {
        zh: '解聘程序：告知、陈述申辩、市人社部门确认',
        en: 'Dismissal procedure: notice, hearing, the bureau’s confirmation',
      },
      check: (e) => (e.dismissal === undefined ? notApplicable('no_dismissal') : procedureOutcome(e.dismissal)),
    }),
    rule({
      id: 'taiyuan.dismissal.grounds',
      clauses: ['第十二条'],
      provenance: p.recordScope.provenance,
      title: { zh: '解聘所引情形有记录支持', en: 'The grounds a dismissal cites are met by the records' },
      check: (e) => groundsSupportedOutcome(e, options) ?? notApplicable('no_dismissal'),
    }),
  ];
}

/** Every rule of the expert check under the given readings. */
export function expertRules(options: ReadingOptions = {}): Rule<Expert>[] {
  return [
    validityRule,
    categoryRule,
    ...basicRules,
    termRule(options),
    confidentialityRule(options),
    ...groundRules(options),
    ...dismissalRules(options),
  ];
}
