// Ask only what decides. Application portals show the whole form; with `unknown` results
// naming their missing facts, the next question is the profile field whose answer could
// settle the most undecided verdicts. And a policy could be applied without an application
// (免申即享) only where every requirement is decided by facts a government register holds.
import { readOptions } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import type { Bilingual, InputProblem, Policy, Verdict } from '../core/types.js';
import { check } from '../policies/index.js';
import { type Ask, asksOf, checkEverywhere, readStudioPolicies, type StudioPolicyId } from './profile.js';
import { type FactSource, formOrder, PROFILE_FORM } from './questions.js';

/** One question: a profile field, in the profile's words, and what its answer could settle. */
export interface Question {
  /** The profile's field ('venue.areaSqm'): where the answer goes. */
  field: string;
  label: Bilingual;
  source: FactSource;
  /** The undecided policies whose verdict the answer could change (their ids), in the order asked. */
  settles: string[];
  /** The threshold the answer must meet, per policy that sets one. */
  needs: { policy: string; need: Bilingual }[];
  /** The unknown rules it would decide. */
  rules: string[];
}

export interface NextQuestions {
  asOf: string;
  /** The verdicts so far: a policy is decided when eligible or ineligible. Its title names it for people. */
  verdicts: { policy: string; title: Bilingual; verdict: Verdict }[];
  /** The questions, best first; empty when every policy asked about is decided. */
  questions: Question[];
  /** The fields of the whole form, for comparison: a portal showing it asks them all. */
  formSize: number;
  problems: InputProblem[];
}

export interface NextQuestionsOptions {
  /** The studio policies to decide (ids, or policies made by definePolicy with a profile mapping); the three bundled by default. */
  policies?: readonly (StudioPolicyId | Policy)[];
  /** The date every policy judges at, YYYY-MM-DD; today in China by default. */
  asOf?: string;
}

/**
 * The profile fields still to ask, ranked: first those whose answer could settle the most
 * undecided verdicts, then those with a threshold to meet (an answer that can fail decides
 * early), then those needed by the most rules, then the form's order. A field is suggested
 * only when some undecided policy has an unknown requirement that needs it, so its answer
 * can change a result. Advice (一般, 可以) never makes a question.
 * @throws InvalidArgumentError for options or policies that are not what they should be; UnknownPolicyError for an unknown id.
 * @example
 * nextQuestions({ lead: { name: '王海' } }, { policies: ['tianjin'], asOf: '2026-11-22' }).questions[0].field;
 */
export function nextQuestions(profile: unknown, options?: NextQuestionsOptions): NextQuestions {
  const opts = readOptions<NextQuestionsOptions>(options, ['policies', 'asOf']);
  const policies = readStudioPolicies(opts.policies, 'options.policies').map((s) => s.policy);
  const r = checkEverywhere(profile, { policies, ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }) });
  const byField = new Map<string, Question>();
  for (const o of r.outcomes) {
    if (o.verdict !== 'incomplete') continue;
    const policy = o.policy;
    for (const a of o.asks) {
      const q = byField.get(a.field) ?? {
        field: a.field,
        label: a.label,
        source: a.source,
        settles: [],
        needs: [],
        rules: [],
      };
      q.settles.push(policy);
      if (a.need) q.needs.push({ policy, need: a.need });
      for (const rule of a.rules) q.rules.push(rule);
      byField.set(a.field, q);
    }
  }
  const questions = [...byField.values()].sort(
    (a, b) =>
      b.settles.length - a.settles.length ||
      b.needs.length - a.needs.length ||
      b.rules.length - a.rules.length ||
      formOrder(a.field) - formOrder(b.field),
  );
  return deepFreeze({
    asOf: r.asOf,
    verdicts: r.outcomes.map((o) => ({ policy: o.policy, title: o.title, verdict: o.verdict })),
    questions,
    formSize: PROFILE_FORM.length,
    problems: r.problems,
  });
}

/** A requirement that stops granting without an application, and the facts it needs that no register holds. */
export interface Blocker {
  ruleId: string;
  title: Bilingual;
  clauses: string[];
  fields: { field: string; label: Bilingual; source: FactSource }[];
}

export interface WithoutApplication {
  policy: string;
  title: Bilingual;
  /** Whether every requirement could be decided from register facts alone: the condition for 免申即享. */
  possible: boolean;
  blockers: Blocker[];
}

/** A profile with every part present and no fact: the checks then name each fact they need, field by field. */
const SKELETON = {
  lead: {},
  mentors: [{}],
  staff: [{}],
  host: {},
  venue: {},
  extra: { tianjin: {}, pingdingshan: {} },
};

/**
 * For each studio policy: could every requirement be decided from facts a government
 * register holds (PROFILE_FORM's `source: 'registry'`), so that it could be granted
 * without an application (免申即享)? The requirements that stop it are named, with the
 * facts they need that come from a document or the applicant's word.
 * @throws InvalidArgumentError, UnknownPolicyError as nextQuestions.
 */
export function withoutApplication(options?: {
  policies?: readonly (StudioPolicyId | Policy)[];
}): WithoutApplication[] {
  const opts = readOptions<{ policies?: readonly (StudioPolicyId | Policy)[] }>(options, ['policies']);
  const studios = readStudioPolicies(opts.policies, 'options.policies');
  // What a rule needs does not depend on the day: any day all three studio texts are in force.
  const asOf = '2026-01-01';
  return deepFreeze(
    studios.map((studio) => {
      const { policy, mapping } = studio;
      // What each requirement needs: named field by field on the skeleton, else on the empty profile.
      const needs = new Map<string, Map<string, Ask>>();
      const skeleton = { ...SKELETON, extra: { ...SKELETON.extra, [policy.id]: {} } };
      for (const [profile, hasLead] of [
        [{}, false],
        [skeleton, true],
      ] as const) {
        // On the skeleton the parts are there; the facts inside them are what the rules name.
        let input: unknown;
        try {
          input = mapping.input(profile);
        } catch {
          continue;
        }
        const report = check(policy, mapping.subject, input, { asOf });
        for (const a of asksOf(studio, report, profile))
          for (const rule of a.rules) {
            if (hasLead) needs.delete(`${rule}#empty`);
            const key = hasLead ? rule : `${rule}#empty`;
            const set = needs.get(key) ?? new Map<string, Ask>();
            set.set(a.field, a);
            needs.set(key, set);
          }
      }
      const blockers: Blocker[] = [];
      const rules = policy.checks[mapping.subject]?.rules ?? [];
      for (const [key, fields] of needs) {
        const ruleId = key.replace(/#empty$/u, '');
        if (key.endsWith('#empty') && needs.has(ruleId)) continue;
        const off = [...fields.values()].filter((a) => a.source !== 'registry');
        if (off.length === 0) continue;
        const r = rules.find((x) => x.id === ruleId);
        blockers.push({
          ruleId,
          title: r?.title ?? { zh: ruleId, en: ruleId },
          clauses: [...(r?.clauses ?? [])],
          fields: off
            .sort((a, b) => formOrder(a.field) - formOrder(b.field))
            .map((a) => ({ field: a.field, label: a.label, source: a.source })),
        });
      }
      return { policy: policy.id, title: policy.title, possible: blockers.length === 0, blockers };
    }),
  );
}
