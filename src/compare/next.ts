// Ask only what decides. Application portals show the whole form; with `unknown` results
// naming their missing facts, the next question is the profile field whose answer could
// settle the most undecided verdicts. And a policy could be applied without an application
// (免申即享) only where every requirement is decided by facts a government register holds.
import { readOptions } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import type { Bilingual, InputProblem, Verdict } from '../core/types.js';
import { check, getPolicy } from '../policies/index.js';
import { readIds } from './ids.js';
import { asksOf, checkEverywhere, profileInput, STUDIO_POLICIES, type StudioPolicyId } from './profile.js';
import { type FactSource, formField, formOrder, PROFILE_FORM } from './questions.js';

/** One question: a profile field, in the profile's words, and what its answer could settle. */
export interface Question {
  /** The profile's field ('venue.areaSqm'): where the answer goes. */
  field: string;
  label: Bilingual;
  source: FactSource;
  /** The undecided policies whose verdict the answer could change, in the order asked. */
  settles: StudioPolicyId[];
  /** The threshold the answer must meet, per policy that sets one. */
  needs: { policy: StudioPolicyId; need: Bilingual }[];
  /** The unknown rules it would decide. */
  rules: string[];
}

export interface NextQuestions {
  asOf: string;
  /** The verdicts so far: a policy is decided when eligible or ineligible. */
  verdicts: { policy: StudioPolicyId; verdict: Verdict }[];
  /** The questions, best first; empty when every policy asked about is decided. */
  questions: Question[];
  /** The fields of the whole form, for comparison: a portal showing it asks them all. */
  formSize: number;
  problems: InputProblem[];
}

export interface NextQuestionsOptions {
  /** The studio policies to decide; all three by default. */
  policies?: readonly StudioPolicyId[];
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
  const policies = (
    opts.policies === undefined ? [...STUDIO_POLICIES] : readIds(opts.policies, 'options.policies', STUDIO_POLICIES)
  ) as StudioPolicyId[];
  const r = checkEverywhere(profile, { policies, ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }) });
  const byField = new Map<string, Question>();
  for (const o of r.outcomes) {
    if (o.verdict !== 'incomplete') continue;
    const policy = o.policy as StudioPolicyId;
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
    verdicts: r.outcomes.map((o) => ({ policy: o.policy as StudioPolicyId, verdict: o.verdict })),
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
  policy: StudioPolicyId;
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
export function withoutApplication(options?: { policies?: readonly StudioPolicyId[] }): WithoutApplication[] {
  const opts = readOptions<{ policies?: readonly StudioPolicyId[] }>(options, ['policies']);
  const policies = (
    opts.policies === undefined ? [...STUDIO_POLICIES] : readIds(opts.policies, 'options.policies', STUDIO_POLICIES)
  ) as StudioPolicyId[];
  // What a rule needs does not depend on the day: any day all three studio texts are in force.
  const asOf = '2026-01-01';
  return deepFreeze(
    policies.map((policy) => {
      // What each requirement needs: named field by field on the skeleton, else on the empty profile.
      const needs = new Map<string, Set<string>>();
      for (const [profile, hasLead] of [
        [{}, false],
        [SKELETON, true],
      ] as const) {
        // On the skeleton the parts are there; the facts inside them are what the rules name.
        const report = check(policy, 'studio', profileInput(policy, profile), { asOf });
        for (const a of asksOf(policy, report, profile))
          for (const rule of a.rules) {
            if (hasLead) needs.delete(`${rule}#empty`);
            const key = hasLead ? rule : `${rule}#empty`;
            const set = needs.get(key) ?? new Set<string>();
            set.add(a.field);
            needs.set(key, set);
          }
      }
      const blockers: Blocker[] = [];
      const rules = getPolicy(policy).checks.studio?.rules ?? [];
      for (const [key, fields] of needs) {
        const ruleId = key.replace(/#empty$/u, '');
        if (key.endsWith('#empty') && needs.has(ruleId)) continue;
        const off = [...fields].filter((f) => formField(f)?.source !== 'registry');
        if (off.length === 0) continue;
        const r = rules.find((x) => x.id === ruleId);
        blockers.push({
          ruleId,
          title: r?.title ?? { zh: ruleId, en: ruleId },
          clauses: [...(r?.clauses ?? [])],
          fields: off
            .sort((a, b) => formOrder(a) - formOrder(b))
            .map((f) => ({
              field: f,
              label: formField(f)?.label ?? { zh: f, en: f },
              source: formField(f)?.source ?? 'document',
            })),
        });
      }
      return { policy, possible: blockers.length === 0, blockers };
    }),
  );
}
