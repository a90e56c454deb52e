// Reading a policy definition: every field read once, through guards, into a fresh policy
// object; every problem collected with its path, so one error lists them all. Nothing of
// the caller's is called but a Proxy's traps, and those only inside a try.

import * as z from 'zod/mini';
import { isIsoDate, MAX_YEARS } from '../calendar/date.js';
import type { NamingRule } from '../core/naming.js';
import { standardSchema } from '../core/standard.js';
import type {
  Bilingual,
  BundledPolicyId,
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
import type { DefinitionProblem } from './errors.js';

/** The ids of the bundled policies: a defined policy takes another unless it says it stands for one. */
export const BUNDLED_IDS: readonly BundledPolicyId[] = ['national', 'tianjin', 'pingdingshan', 'taiyuan'];
const SUBJECTS: readonly SubjectId[] = ['studio', 'mentor', 'expert'];
const COVERAGE: readonly Clause['coverage'][] = ['rule', 'declaration', 'procedure', 'assessment', 'informative'];
const PROVENANCE = ['text', 'interpretation', 'default'] as const;
/** A lowercase slug: letters, digits and single hyphens, starting with a letter (at most 64). */
const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u;
/** Most entries a list of a definition may hold (a text has at most a few hundred clauses). */
const MAX_LIST = 5000;

type Path = (string | number)[];

class Reader {
  readonly problems: DefinitionProblem[] = [];
  add(path: Path, code: string, message: string): void {
    this.problems.push({ path: path.slice(), code, message });
  }
  /** An own property of a plain object, or a problem (undefined when absent or unreadable). */
  field(obj: object, key: string, path: Path): unknown {
    try {
      const d = Object.getOwnPropertyDescriptor(obj, key);
      if (d === undefined) return undefined;
      return 'value' in d ? d.value : (obj as Record<string, unknown>)[key];
    } catch {
      this.add([...path, key], 'unreadable', 'cannot be read');
      return undefined;
    }
  }
  /** A plain object (or a problem): its prototype is Object's or null. */
  object(value: unknown, path: Path, what: string): Record<string, unknown> | undefined {
    try {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error();
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new Error();
      return value as Record<string, unknown>;
    } catch {
      this.add(path, 'invalid_type', `must be ${what}`);
      return undefined;
    }
  }
  /** An array without holes, copied (or a problem). */
  list(value: unknown, path: Path, what: string): unknown[] | undefined {
    try {
      if (!Array.isArray(value) || value.length > MAX_LIST) throw new Error();
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        if (!Object.hasOwn(value, i)) throw new Error();
        out.push(value[i]);
      }
      return out;
    } catch {
      this.add(path, 'invalid_type', `must be ${what} (an array without holes)`);
      return undefined;
    }
  }
  string(value: unknown, path: Path, what = 'a non-empty string'): string | undefined {
    if (typeof value === 'string' && value.trim() !== '' && value.length <= 100_000) return value;
    this.add(path, 'invalid_type', `must be ${what}`);
    return undefined;
  }
  bilingual(value: unknown, path: Path): Bilingual | undefined {
    const o = this.object(value, path, '{ zh, en }');
    if (!o) return undefined;
    const zh = this.string(this.field(o, 'zh', path), [...path, 'zh']);
    const en = this.string(this.field(o, 'en', path), [...path, 'en']);
    return zh !== undefined && en !== undefined ? { zh, en } : undefined;
  }
  /** Each own key of a plain object with its value (or a problem when the keys cannot be listed). */
  entries(o: object, path: Path): [string, unknown][] {
    try {
      return Object.keys(o).map((k) => [k, this.field(o, k, path)]);
    } catch {
      this.add(path, 'unreadable', 'cannot be read');
      return [];
    }
  }
  /**
   * A subject's or the evaluation's field labels (core/labels.ts), absent or well formed:
   * check and evaluate read them to word the report, so a wrong table would throw there.
   */
  labels(value: unknown, path: Path): void {
    if (value === undefined) return;
    const o = this.object(value, path, 'field labels { fields }');
    if (!o) return;
    for (const key of ['subjectName', 'applicant']) {
      const v = this.field(o, key, path);
      if (v !== undefined) this.string(v, [...path, key], 'an input path');
    }
    const person = this.field(o, 'personName', path);
    const names = person === undefined ? undefined : this.object(person, [...path, 'personName'], 'an object');
    for (const [k, v] of names ? this.entries(names, [...path, 'personName']) : [])
      this.string(v, [...path, 'personName', k], 'an input path');
    const fields = this.object(this.field(o, 'fields', path), [...path, 'fields'], 'an object of field labels');
    for (const [k, v] of fields ? this.entries(fields, [...path, 'fields']) : []) {
      const at = [...path, 'fields', k];
      if (!this.bilingual(v, at)) continue;
      const description = this.field(v as object, 'description', at);
      if (description !== undefined) this.bilingual(description, [...at, 'description']);
      const valuesRaw = this.field(v as object, 'values', at);
      const values = valuesRaw === undefined ? undefined : this.object(valuesRaw, [...at, 'values'], 'an object');
      for (const [value, words] of values ? this.entries(values, [...at, 'values']) : [])
        this.bilingual(words, [...at, 'values', value]);
    }
  }
  date(value: unknown, path: Path): string | null | undefined {
    if (value === null || value === undefined) return null;
    if (isIsoDate(value)) return value;
    this.add(path, 'invalid_date', 'must be a YYYY-MM-DD date or null');
    return undefined;
  }
}

const isFunction = (v: unknown): v is (...args: never[]) => unknown => typeof v === 'function';
const isSchema = (v: unknown): boolean => typeof v === 'object' && v !== null && Object.hasOwn(v, '_zod');

/** What `definePolicy` makes of a definition: the policy, or the problems. */
export function readDefinition(
  definition: unknown,
  allowBundledId: boolean,
): { policy: Policy; problems: [] } | { policy: undefined; problems: DefinitionProblem[] } {
  const r = new Reader();
  const def = r.object(definition, [], 'a plain object');
  if (!def) return { policy: undefined, problems: r.problems };
  const get = (key: string) => r.field(def, key, []);

  // The document.
  const id = r.string(get('id'), ['id'], 'a slug');
  if (id !== undefined && (!SLUG.test(id) || id.length > 64))
    r.add(['id'], 'invalid_id', 'must be a lowercase slug (a-z, 0-9, hyphens)');
  else if (id !== undefined && !allowBundledId && (BUNDLED_IDS as readonly string[]).includes(id))
    r.add(['id'], 'bundled_id', `"${id}" is a bundled id (see allowBundledId)`);
  const title = r.bilingual(get('title'), ['title']);
  const issuer = r.bilingual(get('issuer'), ['issuer']);
  const docNumberRaw = get('docNumber');
  const docNumber =
    docNumberRaw === undefined || docNumberRaw === null
      ? null
      : r.string(docNumberRaw, ['docNumber'], 'a string or null');
  const bindingRaw = get('binding');
  if (bindingRaw !== undefined && typeof bindingRaw !== 'boolean')
    r.add(['binding'], 'invalid_type', 'must be true or false');
  const binding = bindingRaw !== false;
  const effective = readEffective(r, get('effective'));
  const repealsRaw = get('repeals');
  const repeals =
    repealsRaw === undefined
      ? []
      : (r.list(repealsRaw, ['repeals'], 'a list of document numbers') ?? []).filter(
          (v, i): v is string => r.string(v, ['repeals', i]) !== undefined,
        );

  // Clauses: ids unique, coverage known.
  const clauses: Clause[] = [];
  /** Each kept clause's index in the definition (a clause refused before it shifts the rest). */
  const clauseAt: number[] = [];
  const clauseIds = new Set<string>();
  for (const [i, c] of (r.list(get('clauses'), ['clauses'], 'a list of clauses') ?? []).entries()) {
    const path = ['clauses', i];
    const o = r.object(c, path, 'a clause');
    if (!o) continue;
    const cid = r.string(r.field(o, 'id', path), [...path, 'id']);
    const text = r.string(r.field(o, 'text', path), [...path, 'text']);
    const coverage = r.field(o, 'coverage', path);
    if (!COVERAGE.includes(coverage as Clause['coverage']))
      r.add([...path, 'coverage'], 'invalid_coverage', `must be one of ${COVERAGE.join(', ')}`);
    if (cid !== undefined && clauseIds.has(cid))
      r.add([...path, 'id'], 'duplicate_id', `clause "${cid}" is listed twice`);
    if (cid !== undefined) clauseIds.add(cid);
    if (cid !== undefined && text !== undefined && COVERAGE.includes(coverage as Clause['coverage'])) {
      clauses.push({ id: cid, text, coverage: coverage as Clause['coverage'] });
      clauseAt.push(i);
    }
  }
  if (clauses.length === 0 && !r.problems.some((p) => p.path[0] === 'clauses'))
    r.add(['clauses'], 'no_clauses', 'must list the provisions of the text');
  const cites = (value: unknown, path: Path) => {
    if (typeof value === 'string' && !clauseIds.has(value))
      r.add(path, 'unknown_clause', `cites clause "${value.slice(0, 60)}", not listed`);
    else if (typeof value !== 'string') r.add(path, 'invalid_type', 'must be a clause id');
  };
  if (effective.clause !== undefined) cites(effective.clause, ['effective', 'clause']);

  // Parameters: ids unique, each citing a clause.
  const parameters: Parameter[] = [];
  const parameterIds = new Set<string>();
  const paramsRaw = get('parameters');
  for (const [i, p] of (paramsRaw === undefined
    ? []
    : (r.list(paramsRaw, ['parameters'], 'a list of parameters') ?? [])
  ).entries()) {
    const path = ['parameters', i];
    const o = r.object(p, path, 'a parameter');
    if (!o) continue;
    const pid = r.string(r.field(o, 'id', path), [...path, 'id']);
    if (pid !== undefined && parameterIds.has(pid))
      r.add([...path, 'id'], 'duplicate_id', `parameter "${pid}" is listed twice`);
    if (pid !== undefined) parameterIds.add(pid);
    cites(r.field(o, 'clause', path), [...path, 'clause']);
    r.string(r.field(o, 'quote', path), [...path, 'quote']);
    if (!PROVENANCE.includes(r.field(o, 'provenance', path) as never))
      r.add([...path, 'provenance'], 'invalid_provenance', `must be one of ${PROVENANCE.join(', ')}`);
    r.bilingual(r.field(o, 'label', path), [...path, 'label']);
    const choices = r.field(o, 'choices', path);
    if (choices !== undefined) {
      const list = r.list(choices, [...path, 'choices'], 'a list of values');
      const value = r.field(o, 'value', path);
      if (list && !list.some((c) => Object.is(c, value) || JSON.stringify(c) === JSON.stringify(value)))
        r.add([...path, 'choices'], 'value_not_a_choice', 'must include the value');
    }
    // A number of years (unit 年, as core/parameters.ts reads it) is counted on the calendar:
    // a whole number from 0 to MAX_YEARS, else every check reading it would throw.
    const unit = r.field(o, 'unit', path);
    const unitZh = unit !== null && typeof unit === 'object' ? r.field(unit, 'zh', [...path, 'unit']) : undefined;
    const years = r.field(o, 'value', path);
    if (unitZh === '年' && typeof years === 'number' && !(Number.isInteger(years) && years >= 0 && years <= MAX_YEARS))
      r.add([...path, 'value'], 'invalid_years', `must be a whole number of years from 0 to ${MAX_YEARS}`);
    parameters.push(p as Parameter);
  }

  // Subjects and their rules: rule ids unique across the policy, each citing listed clauses.
  const ruleIds = new Set<string>();
  const cited = new Set<string>();
  const readRule = (value: unknown, path: Path): Rule<unknown> | undefined => {
    const o = r.object(value, path, 'a rule');
    if (!o) return undefined;
    const rid = r.string(r.field(o, 'id', path), [...path, 'id']);
    if (rid !== undefined && ruleIds.has(rid)) r.add([...path, 'id'], 'duplicate_id', `rule "${rid}" is listed twice`);
    if (rid !== undefined) ruleIds.add(rid);
    const list = r.list(r.field(o, 'clauses', path), [...path, 'clauses'], 'a list of clause ids');
    if (list && list.length === 0) r.add([...path, 'clauses'], 'no_clauses', 'must cite a clause');
    for (const [j, c] of (list ?? []).entries()) {
      cites(c, [...path, 'clauses', j]);
      if (typeof c === 'string') cited.add(c);
    }
    if (!PROVENANCE.includes(r.field(o, 'provenance', path) as never))
      r.add([...path, 'provenance'], 'invalid_provenance', `must be one of ${PROVENANCE.join(', ')}`);
    r.bilingual(r.field(o, 'title', path), [...path, 'title']);
    const severity = r.field(o, 'severity', path);
    if (severity !== undefined && severity !== 'requirement' && severity !== 'advice')
      r.add([...path, 'severity'], 'invalid_severity', 'must be requirement or advice');
    if (!isFunction(r.field(o, 'check', path))) r.add([...path, 'check'], 'invalid_type', 'must be a function');
    return value as Rule<unknown>;
  };
  const checks: Partial<Record<SubjectId, SubjectRules<unknown>>> = {};
  const checksRaw = r.object(get('checks'), ['checks'], 'the subjects ruled');
  const keys = checksRaw ? keysOf(r, checksRaw, ['checks']) : [];
  for (const key of keys) {
    const path = ['checks', key];
    if (!SUBJECTS.includes(key as SubjectId)) {
      r.add(path, 'unknown_subject', `must be one of ${SUBJECTS.join(', ')}`);
      continue;
    }
    const o = r.object(r.field(checksRaw as object, key, ['checks']), path, 'a subject');
    if (!o) continue;
    const label = r.bilingual(r.field(o, 'label', path), [...path, 'label']);
    const schema = r.field(o, 'schema', path);
    if (!isSchema(schema)) r.add([...path, 'schema'], 'invalid_schema', 'must be a zod schema');
    const rules = (r.list(r.field(o, 'rules', path), [...path, 'rules'], 'a list of rules') ?? []).map((x, i) =>
      readRule(x, [...path, 'rules', i]),
    );
    if (rules.length === 0) r.add([...path, 'rules'], 'no_rules', 'must hold a rule');
    const labels = r.field(o, 'labels', path);
    r.labels(labels, [...path, 'labels']);
    if (label && isSchema(schema))
      checks[key as SubjectId] = {
        label,
        schema: schema as SubjectRules<unknown>['schema'],
        rules: rules.filter((x): x is Rule<unknown> => x !== undefined),
        ...(labels === undefined ? {} : { labels: labels as SubjectRules<unknown>['labels'] }),
      };
  }
  if (checksRaw && keys.length === 0) r.add(['checks'], 'no_subjects', 'must rule a subject');
  const subjectsRaw = get('subjects');
  let subjects = keys.filter((k) => SUBJECTS.includes(k as SubjectId)) as SubjectId[];
  if (subjectsRaw !== undefined) {
    const list = r.list(subjectsRaw, ['subjects'], 'a list of subjects');
    // Each subject of checks, each once: ['studio', 'studio'] would leave 'mentor' out.
    const same = (l: unknown[]) =>
      l.length === subjects.length && new Set(l).size === l.length && l.every((s) => subjects.includes(s as SubjectId));
    if (list && !same(list)) r.add(['subjects'], 'subjects_mismatch', 'must be the subjects of checks');
    // The order given is kept: the first subject is the command's default.
    else if (list) subjects = list as SubjectId[];
  }

  // The evaluation: its gates are rules too; its grade clauses exist.
  const evaluationRaw = get('evaluation');
  if (evaluationRaw !== undefined) {
    const path = ['evaluation'];
    const o = r.object(evaluationRaw, path, 'an evaluation spec');
    if (o) {
      if (!isSchema(r.field(o, 'schema', path))) r.add([...path, 'schema'], 'invalid_schema', 'must be a zod schema');
      readStandard(r, r.field(o, 'defaultStandard', path), [...path, 'defaultStandard'], cites);
      readRule(r.field(o, 'applicability', path), [...path, 'applicability']);
      for (const [i, g] of (r.list(r.field(o, 'gates', path), [...path, 'gates'], 'a list of rules') ?? []).entries())
        readRule(g, [...path, 'gates', i]);
      for (const [i, c] of (
        r.list(r.field(o, 'gradeClauses', path), [...path, 'gradeClauses'], 'a list of clause ids') ?? []
      ).entries())
        cites(c, [...path, 'gradeClauses', i]);
      for (const name of ['counts', 'assessments'])
        if (!isFunction(r.field(o, name, path))) r.add([...path, name], 'invalid_type', 'must be a function');
      r.labels(r.field(o, 'labels', path), [...path, 'labels']);
    }
  }

  // Procedures: ids unique.
  const procedures: ProcedureSpec[] = [];
  const procRaw = get('procedures');
  const procIds = new Set<string>();
  for (const [i, p] of (procRaw === undefined
    ? []
    : (r.list(procRaw, ['procedures'], 'a list of procedures') ?? [])
  ).entries()) {
    const path = ['procedures', i];
    const o = r.object(p, path, 'a procedure');
    if (!o) continue;
    const pid = r.string(r.field(o, 'id', path), [...path, 'id']);
    if (pid !== undefined && procIds.has(pid))
      r.add([...path, 'id'], 'duplicate_id', `procedure "${pid}" is listed twice`);
    if (pid !== undefined) procIds.add(pid);
    r.bilingual(r.field(o, 'label', path), [...path, 'label']);
    r.list(r.field(o, 'steps', path), [...path, 'steps'], 'a list of steps');
    procedures.push(p as ProcedureSpec);
  }

  const namingRaw = get('naming');
  const naming = namingRaw === undefined ? undefined : readNaming(r, namingRaw, cites);
  const profileRaw = get('profile');
  const profile = profileRaw === undefined ? undefined : readProfile(r, profileRaw, subjects, parameterIds, cites);

  for (const [i, id] of (effective.value.rules ?? []).entries())
    if (!ruleIds.has(id))
      r.add(['effective', 'rules', i], 'unknown_rule', `names rule "${id.slice(0, 60)}", not defined`);

  // Every clause marked `rule` is checked by some rule: otherwise the encoding is not complete.
  if (!r.problems.some((p) => p.path[0] === 'checks' || p.path[0] === 'evaluation'))
    for (const [i, c] of clauses.entries())
      if (c.coverage === 'rule' && !cited.has(c.id))
        r.add(
          ['clauses', clauseAt[i] ?? i, 'coverage'],
          'uncited_rule_clause',
          'is rule, but no rule cites the clause',
        );

  unknownKeys(r, def, KEYS, [], 'a policy definition');

  if (r.problems.length > 0 || !id || !title || !issuer || docNumber === undefined)
    return { policy: undefined, problems: r.problems };
  const policy: Policy = {
    id,
    title,
    issuer,
    docNumber,
    binding,
    effective: effective.value,
    repeals,
    subjects,
    clauses,
    parameters,
    checks,
    ...(evaluationRaw === undefined ? {} : { evaluation: evaluationRaw as EvaluationSpec<unknown> }),
    procedures,
    ...(naming === undefined ? {} : { naming }),
    ...(profile === undefined ? {} : { profile }),
  };
  return { policy, problems: [] };
}

const KEYS = [
  'id',
  'title',
  'issuer',
  'docNumber',
  'binding',
  'effective',
  'repeals',
  'subjects',
  'clauses',
  'parameters',
  'checks',
  'evaluation',
  'procedures',
  'naming',
  'profile',
];

/** The own keys of an object, or a problem when they cannot be read. */
function keysOf(r: Reader, o: object, path: Path): string[] {
  try {
    return Object.keys(o);
  } catch {
    r.add(path, 'unreadable', 'cannot be read');
    return [];
  }
}

/** A key of `o` not among `known`: a typo must not vanish silently. */
function unknownKeys(r: Reader, o: object, known: readonly string[], path: Path, what: string): void {
  for (const key of keysOf(r, o, path))
    if (!known.includes(key)) r.add([...path, key], 'unknown_key', `is not a field of ${what}`);
}

/** The naming rule: a pattern, parts ({ literal } or { field, label }), a listed clause. */
function readNaming(r: Reader, value: unknown, cites: (v: unknown, path: Path) => void): NamingRule | undefined {
  const path = ['naming'];
  const o = r.object(value, path, 'a naming rule');
  if (!o) return undefined;
  const n = r.problems.length;
  const get = (k: string) => r.field(o, k, path);
  r.string(get('pattern'), [...path, 'pattern']);
  cites(get('clause'), [...path, 'clause']);
  if (typeof get('extraElementsAllowed') !== 'boolean')
    r.add([...path, 'extraElementsAllowed'], 'invalid_type', 'must be true or false');
  const parts = r.list(get('parts'), [...path, 'parts'], 'a list of parts') ?? [];
  if (parts.length === 0) r.add([...path, 'parts'], 'no_parts', 'must hold a part');
  for (const [i, x] of parts.entries()) {
    const at = [...path, 'parts', i];
    const part = r.object(x, at, 'a part');
    const literal = part && r.field(part, 'literal', at);
    if (literal !== undefined) r.string(literal, [...at, 'literal']);
    else if (part) {
      r.string(r.field(part, 'field', at), [...at, 'field']);
      r.bilingual(r.field(part, 'label', at), [...at, 'label']);
    }
  }
  return r.problems.length > n ? undefined : (value as NamingRule);
}

const PROFILE_KEYS = ['subject', 'input', 'paths', 'needs', 'steps'];

/**
 * The studio-profile mapping: a subject of `checks`, an input function, tables of
 * non-empty strings (copied), needs naming parameters of the policy, steps citing listed clauses.
 */
function readProfile(
  r: Reader,
  value: unknown,
  subjects: readonly SubjectId[],
  parameterIds: ReadonlySet<string>,
  cites: (v: unknown, path: Path) => void,
): ProfileMapping | undefined {
  const path = ['profile'];
  const o = r.object(value, path, 'a profile mapping');
  if (!o) return undefined;
  const n = r.problems.length;
  const at = (...k: (string | number)[]) => [...path, ...k];
  const get = (k: string) => r.field(o, k, path);
  const subject = get('subject');
  if (!subjects.includes(subject as SubjectId)) r.add(at('subject'), 'unknown_subject', 'must be a subject of checks');
  const input = get('input');
  if (!isFunction(input)) r.add(at('input'), 'invalid_type', 'must be a function');
  // A table, copied: each value read once, checked by `each`.
  const table = (k: string, raw: unknown, each: (v: unknown, p: Path) => unknown) => {
    const t = r.object(raw, at(k), 'a table');
    const out: Record<string, unknown> = {};
    if (t) for (const key of keysOf(r, t, at(k))) out[key] = each(r.field(t, key, at(k)), at(k, key));
    return out;
  };
  const pathsRaw = get('paths');
  const paths =
    pathsRaw === undefined || isFunction(pathsRaw)
      ? pathsRaw
      : table('paths', pathsRaw, (v, p) =>
          typeof v === 'string'
            ? r.string(v, p)
            : (r.list(v, p, 'a list of paths') ?? []).map((x, i) => r.string(x, [...p, i])),
        );
  const needsRaw = get('needs');
  const needs =
    needsRaw === undefined
      ? undefined
      : table('needs', needsRaw, (v, p) => {
          if (!parameterIds.has(v as string)) r.add(p, 'unknown_parameter', 'must be a parameter id of the policy');
          return v;
        });
  const steps = get('steps');
  if (steps !== undefined)
    for (const [i, x] of (r.list(steps, at('steps'), 'a list of steps') ?? []).entries()) {
      const step = r.object(x, at('steps', i), 'a step');
      if (!step) continue;
      r.string(r.field(step, 'ruleId', at('steps', i)), at('steps', i, 'ruleId'));
      const clauses = r.list(r.field(step, 'clauses', at('steps', i)), at('steps', i, 'clauses'), 'a list') ?? [];
      if (clauses.length === 0) r.add(at('steps', i, 'clauses'), 'no_clauses', 'must cite a clause');
      for (const [j, c] of clauses.entries()) cites(c, at('steps', i, 'clauses', j));
      r.bilingual(r.field(step, 'text', at('steps', i)), at('steps', i, 'text'));
    }
  unknownKeys(r, o, PROFILE_KEYS, path, 'a profile mapping');
  if (r.problems.length > n) return undefined;
  return { subject, input, paths, needs, steps } as ProfileMapping;
}

function readEffective(r: Reader, value: unknown): { value: Effective; clause?: unknown } {
  if (value === undefined) return { value: { from: null, to: null } };
  const path = ['effective'];
  const o = r.object(value, path, 'the period in force');
  if (!o) return { value: { from: null, to: null } };
  const from = r.date(r.field(o, 'from', path), [...path, 'from']);
  const to = r.date(r.field(o, 'to', path), [...path, 'to']);
  if (typeof from === 'string' && typeof to === 'string' && from > to)
    r.add([...path, 'to'], 'invalid_period', 'ends before it begins');
  const note = r.field(o, 'note', path);
  if (note !== undefined) r.string(note, [...path, 'note']);
  const clause = r.field(o, 'clause', path);
  const period = r.field(o, 'period', path);
  const rulesRaw = r.field(o, 'rules', path);
  const rules =
    rulesRaw === undefined
      ? undefined
      : (r.list(rulesRaw, [...path, 'rules'], 'a list of rule ids') ?? []).filter(
          (v, i): v is string => r.string(v, [...path, 'rules', i]) !== undefined,
        );
  if (period !== undefined && !isFunction(period)) r.add([...path, 'period'], 'invalid_type', 'must be a function');
  return {
    value: {
      from: from ?? null,
      to: to ?? null,
      ...(typeof note === 'string' ? { note } : {}),
      ...(typeof clause === 'string' ? { clause } : {}),
      ...(isFunction(period) ? { period: period as Effective['period'] & object } : {}),
      ...(rules ? { rules } : {}),
    },
    ...(clause === undefined ? {} : { clause }),
  };
}

/** The evaluation's default standard: the shape `evaluate` grades by, each area citing a listed clause. */
function readStandard(r: Reader, value: unknown, path: Path, cites: (v: unknown, path: Path) => void): void {
  const o = r.object(value, path, 'an evaluation standard');
  if (!o) return;
  let parsed: ReturnType<typeof z.safeParse<typeof standardSchema>> | undefined;
  try {
    parsed = z.safeParse(standardSchema, o);
  } catch {
    // A getter or a Proxy trap that throws: the standard cannot be read.
  }
  if (!parsed?.success) {
    const issue = parsed?.error.issues[0];
    r.add(
      issue ? [...path, ...(issue.path as Path)] : path,
      'invalid_standard',
      'must be a standard { id, label, areas: [{ id, label, clause, items }], cutoffs: { pass } } (standardSchema)',
    );
    return;
  }
  for (const [i, area] of parsed.data.areas.entries()) cites(area.clause, [...path, 'areas', i, 'clause']);
}
