// The test kit (chuangye-rules/testing) on Taiyuan's measures, as on the guideline's,
// Tianjin's and Pingdingshan's (test/testing/kit.test.ts, bundled-thresholds.test.ts):
// every numeric threshold on both of its sides — each pair at the threshold itself, and a
// rule reading the parameter passes on one side and fails on the other — the clauses
// verbatim from the text, and hostile inputs never making a check throw.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Policy, policies } from '../../../src/index.js';
import {
  type Boundary,
  hostileFindings,
  type PolicyCase,
  thresholdFindings,
  verbatimFindings,
} from '../../../src/testing/index.js';
import { seed } from '../../helpers/seeds.js';

const taiyuan = policies.taiyuan as Policy;
const AS_OF = '2027-03-15';
const candidate = JSON.parse(
  readFileSync(new URL('../../../examples/taiyuan/candidate.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const expert = (input: object, asOf = AS_OF): PolicyCase => ({ subject: 'expert', input, asOf });
/** The candidate with one background only: the category rule then turns on it alone. */
const only = (background: object) => expert({ ...candidate, backgrounds: [background] });
/** Four years (及以上, 含) on 2027-03-15 from a start on 2023-03-15, not from the day after. */
const [FOUR, SHORT] = ['2023-03-15', '2023-03-16'];
const yearsPair = (parameter: string, background: object): Boundary => ({
  parameter,
  pass: only({ ...background, since: FOUR }),
  fail: only({ ...background, since: SHORT }),
});

// An expert serving the term appointed 2026-03-01 (three years: to 2029-02-28).
const TERM = [{ appointed: '2026-03-01' }];
const serving = (records: object[], asOf = AS_OF) => expert({ ...candidate, terms: TERM, records }, asOf);
const feedback = (date: string, from: string) => ({ date, kind: 'dissatisfied_feedback', from, aboutAttitude: true });
const refusal = (date: string) => ({ date, kind: 'duty_refusal', withoutGoodReason: true });
const feedbacks = [
  feedback('2026-05-10', '甲公司'),
  feedback('2026-08-20', '乙公司'),
  feedback('2027-01-05', '丙公司'),
];
const refusals = [refusal('2026-06-01'), refusal('2026-09-01'), refusal('2027-01-10')];

const boundaries: Boundary[] = [
  yearsPair('category.finance.years', {
    category: 'finance',
    financialInstitution: 'bank',
    investmentWork: true,
  }),
  yearsPair('category.public_sector.years', {
    category: 'public_sector',
    publicBody: 'administrative_organ',
    policyFamiliar: true,
  }),
  yearsPair('category.trainer.years', { category: 'trainer', recognisedTrainer: true }),
  yearsPair('category.carrier_manager.years', {
    category: 'carrier_manager',
    organisation: 'startup_carrier',
    position: 'management',
  }),
  {
    parameter: 'basic.experience.years',
    pass: expert({ ...candidate, experienceSince: FOUR }),
    fail: expert({ ...candidate, experienceSince: SHORT }),
  },
  {
    parameter: 'basic.coaching.record',
    pass: expert({ ...candidate, coachedStartups: 1 }),
    fail: expert({ ...candidate, coachedStartups: 0 }),
  },
  // 届满: the term's last day still serves; the day after, it has ended.
  { parameter: 'term.years', pass: serving([], '2029-02-28'), fail: serving([], '2029-03-01') },
  // 第十二条（二）（三）: the ground is met (the rule fails) at the third record, not at the second.
  { parameter: 'dismissal.feedbacks', pass: serving(feedbacks.slice(0, 2)), fail: serving(feedbacks) },
  { parameter: 'dismissal.refusals', pass: serving(refusals.slice(0, 2)), fail: serving(refusals) },
];

const EXEMPT = {
  'validity.years':
    '第十五条: outside the five years the measures do not apply — not_applicable, never fail; both sides (2031-01-31, 2031-02-01) are asserted in evaluation-matching.mutation-gaps.test.ts',
};

describe('Taiyuan: every numeric threshold on both of its sides', () => {
  it('each pair flips a rule that reads the parameter; the exempted one says why', () => {
    expect(thresholdFindings(taiyuan, boundaries, { exempt: EXEMPT })).toEqual([]);
  });

  it('without the pairs, each threshold is named as untested', () => {
    expect(thresholdFindings(taiyuan, [], { exempt: EXEMPT }).map((f) => `${f.kind} ${f.id}`)).toEqual(
      [
        'term.years',
        'category.finance.years',
        'category.public_sector.years',
        'category.trainer.years',
        'category.carrier_manager.years',
        'basic.experience.years',
        'basic.coaching.record',
        'dismissal.feedbacks',
        'dismissal.refusals',
      ].map((id) => `threshold_untested ${id}`),
    );
  });

  it('a pair a day off the threshold does not flip: the sides sit at the threshold itself', () => {
    const early = yearsPair('category.trainer.years', { category: 'trainer', recognisedTrainer: true });
    const offByOne: Boundary = { ...early, fail: only({ category: 'trainer', recognisedTrainer: true, since: FOUR }) };
    expect(thresholdFindings(taiyuan, [offByOne], { exempt: EXEMPT }).map((f) => `${f.kind} ${f.id}`)).toContain(
      'threshold_not_flipped category.trainer.years',
    );
  });
});

describe('Taiyuan through the rest of the kit', () => {
  it('every clause and every parameter’s quote is found in the text', () => {
    expect(verbatimFindings(taiyuan, seed('taiyuan-expert-team-measures.txt'))).toEqual([]);
  });

  it('hostile inputs, and hostile variants of a candidate and a serving expert, never make a check throw', () => {
    const cases = [expert(candidate), serving([...feedbacks, ...refusals])];
    expect(hostileFindings(taiyuan, { runs: 120, seed: 15, cases, asOf: AS_OF })).toEqual([]);
  });
});
