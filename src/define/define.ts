// definePolicy: apart from index.ts, which builds the guarded helpers at import, so that a
// bundled policy importing this module pays for nothing else (its subpath bundle stays small).
import type * as z from 'zod/mini';
// A type only (erased): the profile's shape is the compare module's; nothing of it is bundled here.
import type { StudioProfile } from '../compare/profile-schema.js';
import { InvalidArgumentError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import type { NamingRule } from '../core/naming.js';
import { isPolicyView, publicPolicy } from '../core/public.js';
import type {
  Bilingual,
  Clause,
  Effective,
  EvaluationSpec,
  Parameter,
  Policy,
  ProcedureSpec,
  ProfileMapping,
  Rule,
  SubjectId,
  SubjectRules,
} from '../core/types.js';
import { PolicyDefinitionError } from './errors.js';
import { readDefinition } from './validate.js';

/** The subjects of a definition, each with its own facts type. */
// biome-ignore lint/suspicious/noExplicitAny: each subject has its own facts type (SubjectRules is invariant in it)
export type Checks = Partial<Record<SubjectId, SubjectRules<any>>>;

/** What `definePolicy` takes: a policy, with defaults for what many texts lack. */
export interface PolicyDefinition<C extends Checks> {
  /** A lowercase slug, not a bundled id ('shiyi', 'hunan-studios'). */
  id: string;
  title: Bilingual;
  issuer: Bilingual;
  /** '示例人社〔2026〕1号'; null (the default) where the text has none. */
  docNumber?: string | null;
  /** False for guidance ("以供参考"); true by default. */
  binding?: boolean;
  /** When the text is in force; always, by default. */
  effective?: Effective;
  /** Document numbers the text repeals. */
  repeals?: readonly string[];
  /** Every provision of the text, in order, verbatim. */
  clauses: readonly Clause[];
  /** Every value the text fixes, cited. */
  // biome-ignore lint/suspicious/noExplicitAny: parameters of any value type
  parameters?: readonly Parameter<any>[];
  /** The subjects of `checks` (derived from it when absent; when given, exactly those). */
  subjects?: readonly (keyof C & SubjectId)[];
  /** Each subject's schema and rules: `subject({ schema, rules })` ties the rules' facts to the schema. */
  checks: C;
  // biome-ignore lint/suspicious/noExplicitAny: each evaluation has its own record type
  evaluation?: EvaluationSpec<any>;
  procedures?: readonly ProcedureSpec[];
  /** The text's naming rule, the one its rules check names by (`nameFollows`): the comparison's naming row shows it. */
  naming?: NamingRule;
  /**
   * How the policy reads the common studio profile, so that `compare.checkEverywhere`,
   * `nextQuestions` and `profileInput` take it beside the bundled studio policies.
   */
  profile?: ProfileMapping<StudioProfile>;
}

/** Options of `definePolicy`. */
export interface DefineOptions {
  /**
   * Allow a bundled policy's id: the bundled policies themselves, or an encoding meant to
   * stand for one (a corrected Tianjin). Otherwise a bundled id is refused.
   */
  allowBundledId?: boolean;
}

/**
 * A subject a policy rules: its schema, and rules over the facts that schema reads — a
 * rule reading a field the schema does not have is a compile error.
 * @example
 * subject(studioSchema, { label: { zh: '工作室', en: 'Studio' }, rules: [areaRule] });
 * The one-object form `subject({ label, schema, rules })` (of the first commits) is kept;
 * write the rules' facts type there yourself (`rule<Facts>(…)`): inference is the two-argument form's.
 */
export function subject<F>(
  schema: z.ZodMiniType<F>,
  spec: { label: Bilingual; rules: readonly Rule<NoInfer<F>>[]; labels?: SubjectRules<F>['labels'] },
): SubjectRules<F>;
export function subject<F>(spec: {
  label: Bilingual;
  schema: z.ZodMiniType<F>;
  rules: readonly Rule<NoInfer<F>>[];
  labels?: SubjectRules<F>['labels'];
}): SubjectRules<F>;
export function subject<F>(
  first: z.ZodMiniType<F> | { schema: z.ZodMiniType<F> },
  second?: { label: Bilingual; rules: readonly Rule<F>[]; labels?: SubjectRules<F>['labels'] },
): SubjectRules<F> {
  // Read once, field by field: definePolicy checks what they are.
  try {
    const one = second === undefined;
    const spec = (one ? first : second) as { label: Bilingual; rules: readonly Rule<F>[]; labels?: FieldLabelsOf<F> };
    const schema = one ? (first as { schema: z.ZodMiniType<F> }).schema : (first as z.ZodMiniType<F>);
    const { label, rules, labels } = spec;
    return { label, schema, rules, ...(labels === undefined ? {} : { labels }) };
  } catch {
    throw new InvalidArgumentError('spec', 'a subject { label, rules, labels? }', second ?? first);
  }
}
type FieldLabelsOf<F> = SubjectRules<F>['labels'];

/**
 * Validates a policy definition and returns it as a frozen policy that `check`, `evaluate`,
 * `renderReport`, `compare` and the command take like a bundled one. Checked: the id is
 * a lowercase slug and not a bundled one; clause, parameter, rule and procedure ids are
 * unique; every rule and parameter cites clauses the text lists; every clause marked `rule`
 * is cited by some rule; the subjects are those of `checks`; effective dates are real
 * `YYYY-MM-DD` dates in order; a `profile` mapping names a subject of `checks`, a function
 * for the input, parameters of the policy for its needs and listed clauses for its steps.
 * @throws PolicyDefinitionError listing every problem with its path.
 * @example
 * const policy = definePolicy({ id: 'shiyi', title, issuer, clauses, parameters, checks: { studio } });
 * check(policy, 'studio', application, { asOf: '2026-11-22' }).verdict;
 */
export function definePolicy<C extends Checks>(definition: PolicyDefinition<C>, options?: DefineOptions): Policy {
  let allow = false;
  try {
    allow = typeof options === 'object' && options !== null && options.allowBundledId === true;
  } catch {
    throw new InvalidArgumentError('options', 'an object whose properties can be read', options);
  }
  const { policy, problems } = readDefinition(definition, allow);
  if (!policy) throw new PolicyDefinitionError(problems);
  return publicPolicy(deepFreeze(policy));
}

/** Whether `value` is a policy `check` takes: one made by `definePolicy` or `policyVersions`, or a bundled one. */
export function isPolicy(value: unknown): value is Policy {
  return isPolicyView(value);
}
