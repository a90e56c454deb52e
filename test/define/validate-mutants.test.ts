// readDefinition, field by field: each guard refuses on one side of its line and accepts
// on the other, with the exact path, code and message; what it accepts lands in the
// policy as given (defaults where the definition is silent). Written against the
// mutants of src/define/validate.ts that the define tests let survive.

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { BUNDLED_IDS, readDefinition } from '../../src/define/validate.js';
import { clauses, definition, mentors, studio } from './fixture.js';

type Def = Record<string, unknown>;
const base = (): Def => definition() as unknown as Def;
const read = (def: unknown, allow = false) => readDefinition(def, allow);
/** Every problem as `path:code`. */
const codes = (def: unknown, allow = false) => read(def, allow).problems.map((p) => `${p.path.join('.')}:${p.code}`);
/** The one problem of a definition, in full. */
const only = (def: unknown) => {
  const { problems } = read(def);
  expect(problems).toHaveLength(1);
  return problems[0];
};
const policyOf = (def: unknown, allow = false) => {
  const r = read(def, allow);
  expect(r.problems).toEqual([]);
  return r.policy as NonNullable<ReturnType<typeof readDefinition>['policy']>;
};
const rule0 = studio.rules[0] as unknown as Def;
const withRule = (patch: Def): Def => ({
  ...base(),
  checks: { studio: { ...studio, rules: [{ ...rule0, ...patch }] } },
});
const withParameter = (patch: Def): Def => ({ ...base(), parameters: [{ ...mentors, ...patch }] });
const withEffective = (patch: Def): Def => ({ ...base(), effective: { from: null, to: null, ...patch } });

describe('the definition itself', () => {
  it('a valid definition: the policy as given, with its defaults', () => {
    const p = policyOf(base());
    expect(p).toEqual({
      id: 'example-city',
      title: definition().title,
      issuer: definition().issuer,
      docNumber: '示人社〔2026〕1号',
      binding: true,
      effective: { from: '2026-01-01', to: '2027-12-31', clause: '第三条' },
      repeals: [],
      subjects: ['studio'],
      clauses,
      parameters: [mentors],
      checks: { studio: { label: studio.label, schema: studio.schema, rules: studio.rules } },
      procedures: [],
    });
    expect(Object.hasOwn(p, 'evaluation')).toBe(false);
    // A fresh object, not the caller's.
    expect(p.clauses[0]).not.toBe(clauses[0]);
  });

  it('not a plain object: one problem at the root', () => {
    for (const bad of [null, undefined, 1, 'x', [], new Date(0), new (class X {})()])
      expect(read(bad).problems).toEqual([{ path: [], code: 'invalid_type', message: 'must be a plain object' }]);
    // A null-prototype object is plain.
    expect(read(Object.assign(Object.create(null), base())).problems).toEqual([]);
  });

  it('a field that throws when read is "unreadable" at its path, and read through a getter otherwise', () => {
    const throwing = { ...base() };
    Object.defineProperty(throwing, 'docNumber', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(read(throwing).problems).toEqual([{ path: ['docNumber'], code: 'unreadable', message: 'cannot be read' }]);
    const getter = { ...base() };
    Object.defineProperty(getter, 'docNumber', { enumerable: true, get: () => '示人社〔2026〕9号' });
    expect(policyOf(getter).docNumber).toBe('示人社〔2026〕9号');
    // Fields are read from their descriptors: a Proxy's get trap is never called.
    const getThrows = new Proxy(base(), {
      get() {
        throw new Error('no');
      },
    });
    expect(policyOf(getThrows).id).toBe('example-city');
    // Keys that cannot be listed: unreadable at the root.
    const keysThrow = new Proxy(base(), {
      ownKeys() {
        throw new Error('no');
      },
    });
    expect(read(keysThrow).problems).toEqual([{ path: [], code: 'unreadable', message: 'cannot be read' }]);
  });

  it('an unknown key is named; every known key is accepted', () => {
    expect(only({ ...base(), staf: 1 })).toEqual({
      path: ['staf'],
      code: 'unknown_key',
      message: 'is not a field of a policy definition',
    });
    expect(
      codes({ ...base(), binding: true, repeals: [], subjects: ['studio'], procedures: [], parameters: [mentors] }),
    ).toEqual([]);
  });
});

describe('id', () => {
  it('a slug of at most 64 characters', () => {
    for (const ok of ['a', 'a1', 'a-b', 'ab-1-c2', `a${'b'.repeat(63)}`])
      expect(codes({ ...base(), id: ok }), ok).toEqual([]);
    for (const bad of ['A', '1a', '-a', 'a-', 'a--b', 'a_b', 'a b', 'ä', `a${'b'.repeat(64)}`, 'x\na'])
      expect(only({ ...base(), id: bad }), bad).toEqual({
        path: ['id'],
        code: 'invalid_id',
        message: 'must be a lowercase slug (a-z, 0-9, hyphens)',
      });
    expect(only({ ...base(), id: 3 })).toEqual({ path: ['id'], code: 'invalid_type', message: 'must be a slug' });
    expect(only({ ...base(), id: '  ' })).toEqual({ path: ['id'], code: 'invalid_type', message: 'must be a slug' });
    expect(codes({ ...base(), id: undefined })).toEqual(['id:invalid_type']);
  });

  it('each bundled id is refused unless allowed; an invalid id is only invalid', () => {
    expect(BUNDLED_IDS).toEqual(['national', 'tianjin', 'pingdingshan', 'taiyuan']);
    for (const id of BUNDLED_IDS) {
      expect(only({ ...base(), id })).toEqual({
        path: ['id'],
        code: 'bundled_id',
        message: `"${id}" is a bundled id (see allowBundledId)`,
      });
      expect(policyOf({ ...base(), id }, true).id).toBe(id);
    }
    expect(codes({ ...base(), id: 'Tianjin' }, false)).toEqual(['id:invalid_id']);
    expect(codes({ ...base(), id: 'tianjin-x' })).toEqual([]);
  });
});

describe('title, issuer, docNumber, binding, repeals', () => {
  it('a bilingual text needs both zh and en, non-empty', () => {
    expect(read({ ...base(), title: { zh: '办法' } }).problems).toEqual([
      { path: ['title', 'en'], code: 'invalid_type', message: 'must be a non-empty string' },
    ]);
    expect(codes({ ...base(), issuer: { zh: ' ', en: 'x' } })).toEqual(['issuer.zh:invalid_type']);
    expect(read({ ...base(), issuer: 'x' }).problems).toEqual([
      { path: ['issuer'], code: 'invalid_type', message: 'must be { zh, en }' },
    ]);
    expect(codes({ ...base(), title: undefined, issuer: [] })).toEqual(['title:invalid_type', 'issuer:invalid_type']);
  });

  it('a string is at most 100,000 characters', () => {
    const zh = '字'.repeat(100_000);
    expect(policyOf({ ...base(), title: { zh, en: 'x' } }).title.zh).toBe(zh);
    expect(codes({ ...base(), title: { zh: `${zh}字`, en: 'x' } })).toEqual(['title.zh:invalid_type']);
  });

  it('docNumber: a string, or null when absent', () => {
    expect(policyOf({ ...base(), docNumber: undefined }).docNumber).toBeNull();
    expect(policyOf({ ...base(), docNumber: null }).docNumber).toBeNull();
    expect(only({ ...base(), docNumber: 1 })).toEqual({
      path: ['docNumber'],
      code: 'invalid_type',
      message: 'must be a string or null',
    });
    expect(codes({ ...base(), docNumber: '' })).toEqual(['docNumber:invalid_type']);
  });

  it('binding: true by default, false when said, nothing else', () => {
    expect(policyOf({ ...base(), binding: undefined }).binding).toBe(true);
    expect(policyOf({ ...base(), binding: true }).binding).toBe(true);
    expect(policyOf({ ...base(), binding: false }).binding).toBe(false);
    for (const bad of [0, 'false', null])
      expect(only({ ...base(), binding: bad })).toEqual({
        path: ['binding'],
        code: 'invalid_type',
        message: 'must be true or false',
      });
  });

  it('repeals: a list of document numbers, each a string', () => {
    expect(policyOf({ ...base(), repeals: ['示人社〔2020〕9号'] }).repeals).toEqual(['示人社〔2020〕9号']);
    expect(read({ ...base(), repeals: ['a', 2, ''] }).problems).toEqual([
      { path: ['repeals', 1], code: 'invalid_type', message: 'must be a non-empty string' },
      { path: ['repeals', 2], code: 'invalid_type', message: 'must be a non-empty string' },
    ]);
    expect(read({ ...base(), repeals: '示人社〔2020〕9号' }).problems).toEqual([
      {
        path: ['repeals'],
        code: 'invalid_type',
        message: 'must be a list of document numbers (an array without holes)',
      },
    ]);
  });
});

describe('lists', () => {
  it('at most 5000 entries, and no holes', () => {
    const at = (n: number) => Array.from({ length: n }, (_, i) => `示人社〔2020〕${i}号`);
    expect(policyOf({ ...base(), repeals: at(5000) }).repeals).toHaveLength(5000);
    expect(codes({ ...base(), repeals: at(5001) })).toEqual(['repeals:invalid_type']);
    // biome-ignore lint/suspicious/noSparseArray: a hole
    expect(codes({ ...base(), repeals: ['a', , 'b'] })).toEqual(['repeals:invalid_type']);
    const trailingHole = ['a'];
    trailingHole.length = 2;
    expect(codes({ ...base(), repeals: trailingHole })).toEqual(['repeals:invalid_type']);
    // A Proxy whose items throw: the list is refused, nothing thrown.
    const throwing = new Proxy(['a'], {
      get(t, k) {
        if (k === '0') throw new Error('no');
        return Reflect.get(t, k);
      },
    });
    expect(codes({ ...base(), repeals: throwing })).toEqual(['repeals:invalid_type']);
  });
});

describe('effective', () => {
  it('always in force by default; null or absent ends are open', () => {
    expect(policyOf({ ...base(), effective: undefined }).effective).toEqual({ from: null, to: null });
    expect(policyOf(withEffective({})).effective).toEqual({ from: null, to: null });
    expect(policyOf(withEffective({ from: undefined, to: undefined })).effective).toEqual({ from: null, to: null });
  });

  it('dates: real and in order; one day is a period', () => {
    expect(policyOf(withEffective({ from: '2026-01-01', to: '2026-01-01' })).effective).toEqual({
      from: '2026-01-01',
      to: '2026-01-01',
    });
    expect(only(withEffective({ from: '2026-01-02', to: '2026-01-01' }))).toEqual({
      path: ['effective', 'to'],
      code: 'invalid_period',
      message: 'ends before it begins',
    });
    expect(only(withEffective({ to: '2026-13-01' }))).toEqual({
      path: ['effective', 'to'],
      code: 'invalid_date',
      message: 'must be a YYYY-MM-DD date or null',
    });
    // A bad end is not compared.
    expect(codes(withEffective({ from: '2026-01-02', to: 'x' }))).toEqual(['effective.to:invalid_date']);
    expect(read({ ...base(), effective: '2026' }).problems).toEqual([
      { path: ['effective'], code: 'invalid_type', message: 'must be the period in force' },
    ]);
  });

  it('note, clause, period and rules are kept when well formed', () => {
    const period = () => ({ from: '2026-01-01', to: null });
    const e = policyOf(
      withEffective({ note: '自印发之日起施行', clause: '第三条', period, rules: ['example.mentors'] }),
    ).effective;
    expect(e).toEqual({
      from: null,
      to: null,
      note: '自印发之日起施行',
      clause: '第三条',
      period,
      rules: ['example.mentors'],
    });
    expect(e.period).toBe(period);
    expect(only(withEffective({ note: 1 }))).toEqual({
      path: ['effective', 'note'],
      code: 'invalid_type',
      message: 'must be a non-empty string',
    });
    expect(only(withEffective({ period: 'yearly' }))).toEqual({
      path: ['effective', 'period'],
      code: 'invalid_type',
      message: 'must be a function',
    });
    expect(only(withEffective({ clause: 3 }))).toEqual({
      path: ['effective', 'clause'],
      code: 'invalid_type',
      message: 'must be a clause id',
    });
  });

  it('rules: ids of rules the policy defines', () => {
    expect(only(withEffective({ rules: ['example.nope'] }))).toEqual({
      path: ['effective', 'rules', 0],
      code: 'unknown_rule',
      message: 'names rule "example.nope", not defined',
    });
    const long = `r${'x'.repeat(100)}`;
    expect(only(withEffective({ rules: ['example.mentors', long] }))).toEqual({
      path: ['effective', 'rules', 1],
      code: 'unknown_rule',
      message: `names rule "${long.slice(0, 60)}", not defined`,
    });
    expect(read(withEffective({ rules: [1] })).problems).toEqual([
      { path: ['effective', 'rules', 0], code: 'invalid_type', message: 'must be a non-empty string' },
    ]);
    expect(read(withEffective({ rules: 'example.mentors' })).problems).toEqual([
      {
        path: ['effective', 'rules'],
        code: 'invalid_type',
        message: 'must be a list of rule ids (an array without holes)',
      },
    ]);
    expect(policyOf(withEffective({ rules: [] })).effective).toEqual({ from: null, to: null, rules: [] });
  });
});

describe('clauses', () => {
  it('each with an id, a text and a known coverage', () => {
    for (const coverage of ['rule', 'declaration', 'procedure', 'assessment', 'informative'] as const) {
      const c = { id: '第九条', text: '其他。', coverage };
      const def = { ...base(), clauses: [...clauses, c] };
      expect(codes(def), coverage).toEqual(coverage === 'rule' ? ['clauses.3.coverage:uncited_rule_clause'] : []);
    }
    expect(only({ ...base(), clauses: [...clauses, { id: '第九条', text: '其他。', coverage: 'law' }] })).toEqual({
      path: ['clauses', 3, 'coverage'],
      code: 'invalid_coverage',
      message: 'must be one of rule, declaration, procedure, assessment, informative',
    });
    expect(read({ ...base(), clauses: [...clauses, 'x'] }).problems).toEqual([
      { path: ['clauses', 3], code: 'invalid_type', message: 'must be a clause' },
    ]);
    expect(codes({ ...base(), clauses: [...clauses, { id: '', text: '', coverage: 'informative' }] })).toEqual([
      'clauses.3.id:invalid_type',
      'clauses.3.text:invalid_type',
    ]);
  });

  it('a clause listed twice', () => {
    expect(only({ ...base(), clauses: [...clauses, clauses[2]] })).toEqual({
      path: ['clauses', 3, 'id'],
      code: 'duplicate_id',
      message: 'clause "第三条" is listed twice',
    });
  });

  it('no clauses: said once, and not when the list itself is wrong', () => {
    const noChecks = { ...base(), effective: undefined, parameters: [], checks: { studio: { ...studio, rules: [] } } };
    expect(read({ ...noChecks, clauses: [] }).problems).toContainEqual({
      path: ['clauses'],
      code: 'no_clauses',
      message: 'must list the provisions of the text',
    });
    // Not hidden by a problem elsewhere.
    expect(codes({ ...noChecks, docNumber: 1, clauses: [] }).slice(0, 2)).toEqual([
      'docNumber:invalid_type',
      'clauses:no_clauses',
    ]);
    expect(codes({ ...noChecks, clauses: 'x' })).not.toContain('clauses:no_clauses');
    expect(codes({ ...noChecks, clauses: [1] })).not.toContain('clauses:no_clauses');
    expect(codes({ ...noChecks, clauses: [1] })).toContain('clauses.0:invalid_type');
  });

  it('a citation of an unlisted clause is named, at most 60 characters of it', () => {
    const long = `第${'九'.repeat(80)}条`;
    expect(only(withParameter({ clause: long }))).toEqual({
      path: ['parameters', 0, 'clause'],
      code: 'unknown_clause',
      message: `cites clause "${long.slice(0, 60)}", not listed`,
    });
    expect(only(withParameter({ clause: undefined }))).toEqual({
      path: ['parameters', 0, 'clause'],
      code: 'invalid_type',
      message: 'must be a clause id',
    });
  });

  it('a rule clause no rule cites, unless the rules themselves are wrong', () => {
    const extra = { id: '第四条', text: '应有场地。', coverage: 'rule' };
    expect(only({ ...base(), clauses: [...clauses, extra] })).toEqual({
      path: ['clauses', 3, 'coverage'],
      code: 'uncited_rule_clause',
      message: 'is rule, but no rule cites the clause',
    });
    // With the checks or the evaluation wrong, what cites what is not known: not reported.
    const def = { ...base(), clauses: [...clauses, extra] };
    expect(codes({ ...def, checks: { studio: { ...studio, label: 1 } } })).toEqual([
      'checks.studio.label:invalid_type',
    ]);
    expect(codes({ ...def, evaluation: 1 })).toEqual(['evaluation:invalid_type']);
    // Other problems do not hide it.
    expect(codes({ ...def, docNumber: 1 })).toEqual([
      'docNumber:invalid_type',
      'clauses.3.coverage:uncited_rule_clause',
    ]);
    // Its path is its index in the definition, whatever clause before it was refused.
    expect(
      codes({ ...base(), clauses: [{ id: 1, text: '甲。', coverage: 'informative' }, ...clauses, extra] }),
    ).toEqual(['clauses.0.id:invalid_type', 'clauses.4.coverage:uncited_rule_clause']);
    // A refused rule clause is not also uncited.
    expect(codes({ ...base(), clauses: [...clauses, { ...extra, id: 4 }] })).toEqual(['clauses.3.id:invalid_type']);
    expect(codes({ ...base(), clauses: [...clauses, { ...extra, text: '' }] })).toEqual([
      'clauses.3.text:invalid_type',
    ]);
    expect(codes({ ...base(), clauses: [...clauses, { ...extra, coverage: 'rules' }] })).toEqual([
      'clauses.3.coverage:invalid_coverage',
    ]);
  });
});

describe('parameters', () => {
  it('absent: none; not a list: a problem', () => {
    expect(policyOf({ ...base(), parameters: undefined }).parameters).toEqual([]);
    expect(read({ ...base(), parameters: {} }).problems).toEqual([
      { path: ['parameters'], code: 'invalid_type', message: 'must be a list of parameters (an array without holes)' },
    ]);
    expect(read({ ...base(), parameters: [null] }).problems).toEqual([
      { path: ['parameters', 0], code: 'invalid_type', message: 'must be a parameter' },
    ]);
  });

  it('each with its own id, a quote, a provenance and a label', () => {
    expect(only({ ...base(), parameters: [mentors, mentors] })).toEqual({
      path: ['parameters', 1, 'id'],
      code: 'duplicate_id',
      message: 'parameter "mentors.min" is listed twice',
    });
    expect(only(withParameter({ id: '' }))).toEqual({
      path: ['parameters', 0, 'id'],
      code: 'invalid_type',
      message: 'must be a non-empty string',
    });
    expect(only(withParameter({ quote: ' ' }))).toEqual({
      path: ['parameters', 0, 'quote'],
      code: 'invalid_type',
      message: 'must be a non-empty string',
    });
    for (const provenance of ['text', 'interpretation', 'default'])
      expect(codes(withParameter({ provenance }))).toEqual([]);
    expect(only(withParameter({ provenance: 'guess' }))).toEqual({
      path: ['parameters', 0, 'provenance'],
      code: 'invalid_provenance',
      message: 'must be one of text, interpretation, default',
    });
    expect(codes(withParameter({ label: { zh: '人数' } }))).toEqual(['parameters.0.label.en:invalid_type']);
  });

  it('a number of years (unit 年) is whole, from 0 to 1000: reachesYears counts no other', () => {
    const years = (value: unknown, unit: unknown = { zh: '年', en: 'years' }) => codes(withParameter({ value, unit }));
    for (const ok of [0, 5, 1000]) expect(years(ok)).toEqual([]);
    for (const bad of [0.5, -1, 1001, Number.NaN])
      expect(only(withParameter({ value: bad, unit: { zh: '年', en: 'years' } }))).toEqual({
        path: ['parameters', 0, 'value'],
        code: 'invalid_years',
        message: 'must be a whole number of years from 0 to 1000',
      });
    // Another unit, or none: a count of persons may be anything the author states.
    expect(years(0.5, { zh: '名', en: 'persons' })).toEqual([]);
    expect(codes(withParameter({ value: 0.5, unit: undefined }))).toEqual([]);
    expect(years('5')).toEqual([]);
    expect(codes(withParameter({ value: 0.5, unit: null }))).toEqual([]);
    const throwing = Object.defineProperty({ en: 'years' }, 'zh', {
      enumerable: true,
      get: () => {
        throw new Error('unit');
      },
    });
    expect(codes(withParameter({ value: 5, unit: throwing }))).toEqual(['parameters.0.unit.zh:unreadable']);
  });

  it('choices include the value, by identity or by JSON', () => {
    expect(codes(withParameter({ choices: [2, 3] }))).toEqual([]);
    expect(codes(withParameter({ value: Number.NaN, choices: [Number.NaN] }))).toEqual([]);
    expect(codes(withParameter({ value: { a: [1] }, choices: [{ a: [1] }] }))).toEqual([]);
    expect(only(withParameter({ choices: [2, 4] }))).toEqual({
      path: ['parameters', 0, 'choices'],
      code: 'value_not_a_choice',
      message: 'must include the value',
    });
    expect(codes(withParameter({ choices: [] }))).toEqual(['parameters.0.choices:value_not_a_choice']);
    expect(read(withParameter({ choices: 3 })).problems).toEqual([
      {
        path: ['parameters', 0, 'choices'],
        code: 'invalid_type',
        message: 'must be a list of values (an array without holes)',
      },
    ]);
  });
});

describe('checks and rules', () => {
  it('checks: the subjects ruled, each known and plain', () => {
    expect(read({ ...base(), checks: [] }).problems).toEqual([
      { path: ['checks'], code: 'invalid_type', message: 'must be the subjects ruled' },
    ]);
    expect(read({ ...base(), checks: {} }).problems).toEqual([
      { path: ['checks'], code: 'no_subjects', message: 'must rule a subject' },
    ]);
    expect(codes({ ...base(), checks: { studio, shop: studio } })).toEqual(['checks.shop:unknown_subject']);
    expect(read({ ...base(), checks: { studio, shop: studio } }).problems[0]?.message).toBe(
      'must be one of studio, mentor, expert',
    );
    expect(read({ ...base(), checks: { studio: 1 } }).problems).toEqual([
      { path: ['checks', 'studio'], code: 'invalid_type', message: 'must be a subject' },
    ]);
    const keysThrow = new Proxy(
      { studio },
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(read({ ...base(), checks: keysThrow }).problems).toEqual([
      { path: ['checks'], code: 'unreadable', message: 'cannot be read' },
      { path: ['checks'], code: 'no_subjects', message: 'must rule a subject' },
    ]);
  });

  it('a subject: its label, a zod schema and a rule; its labels kept', () => {
    for (const schema of [null, undefined, 'z.object()'])
      expect(codes({ ...base(), checks: { studio: { ...studio, schema } } })).toEqual([
        'checks.studio.schema:invalid_schema',
      ]);
    expect(read({ ...base(), checks: { studio: { ...studio, schema: {} } } }).problems).toEqual([
      { path: ['checks', 'studio', 'schema'], code: 'invalid_schema', message: 'must be a zod schema' },
    ]);
    expect(read({ ...base(), checks: { studio: { ...studio, rules: [] } } }).problems).toEqual([
      { path: ['checks', 'studio', 'rules'], code: 'no_rules', message: 'must hold a rule' },
    ]);
    expect(codes({ ...base(), checks: { studio: { ...studio, rules: 'x' } } })).toEqual([
      'checks.studio.rules:invalid_type',
      'checks.studio.rules:no_rules',
    ]);
    const labels = { fields: { mentors: { zh: '导师', en: 'Mentors' } } };
    expect(policyOf({ ...base(), checks: { studio: { ...studio, labels } } }).checks.studio?.labels).toBe(labels);
  });

  it('subjects: exactly those of checks, in the order given', () => {
    const mentorSubject = { ...studio, rules: [{ ...rule0, id: 'example.mentor' }] };
    const two = { ...base(), checks: { studio, mentor: mentorSubject } };
    expect(policyOf(two).subjects).toEqual(['studio', 'mentor']);
    expect(policyOf({ ...two, subjects: ['mentor', 'studio'] }).subjects).toEqual(['mentor', 'studio']);
    // ['studio', 'studio'] is as long as the subjects and names only subjects of checks, but leaves 'mentor' out.
    for (const subjects of [['studio'], ['studio', 'expert'], ['studio', 'mentor', 'mentor'], ['studio', 'studio'], []])
      expect(read({ ...two, subjects }).problems, subjects.join()).toEqual([
        { path: ['subjects'], code: 'subjects_mismatch', message: 'must be the subjects of checks' },
      ]);
    expect(codes({ ...two, subjects: 'studio' })).toEqual(['subjects:invalid_type']);
    // An unknown subject of checks is not one of the subjects.
    expect(codes({ ...base(), checks: { studio, shop: studio }, subjects: ['studio'] })).toEqual([
      'checks.shop:unknown_subject',
    ]);
  });

  it('a rule: a unique id across the policy, citing listed clauses', () => {
    const mentorSubject = { ...studio, rules: [rule0] };
    expect(read({ ...base(), checks: { studio, mentor: mentorSubject } }).problems).toEqual([
      {
        path: ['checks', 'mentor', 'rules', 0, 'id'],
        code: 'duplicate_id',
        message: 'rule "example.mentors" is listed twice',
      },
    ]);
    expect(codes(withRule({ id: 1 }))).toEqual(['checks.studio.rules.0.id:invalid_type']);
    expect(read(withRule({ clauses: [] })).problems).toEqual([
      { path: ['checks', 'studio', 'rules', 0, 'clauses'], code: 'no_clauses', message: 'must cite a clause' },
    ]);
    expect(read(withRule({ clauses: '第二条' })).problems).toEqual([
      {
        path: ['checks', 'studio', 'rules', 0, 'clauses'],
        code: 'invalid_type',
        message: 'must be a list of clause ids (an array without holes)',
      },
    ]);
    expect(codes(withRule({ clauses: ['第二条', 2] }))).toEqual(['checks.studio.rules.0.clauses.1:invalid_type']);
    // A rule citing an informative clause as well cites the rule clause.
    expect(codes(withRule({ clauses: ['第一条', '第二条'] }))).toEqual([]);
    expect(read({ ...base(), checks: { studio: { ...studio, rules: [null] } } }).problems).toEqual([
      { path: ['checks', 'studio', 'rules', 0], code: 'invalid_type', message: 'must be a rule' },
    ]);
  });

  it('a rule: provenance, title, severity and check', () => {
    for (const provenance of ['text', 'interpretation', 'default']) expect(codes(withRule({ provenance }))).toEqual([]);
    expect(only(withRule({ provenance: undefined }))).toEqual({
      path: ['checks', 'studio', 'rules', 0, 'provenance'],
      code: 'invalid_provenance',
      message: 'must be one of text, interpretation, default',
    });
    expect(codes(withRule({ title: undefined }))).toEqual(['checks.studio.rules.0.title:invalid_type']);
    for (const severity of [undefined, 'requirement', 'advice']) expect(codes(withRule({ severity }))).toEqual([]);
    for (const severity of ['error', null])
      expect(only(withRule({ severity }))).toEqual({
        path: ['checks', 'studio', 'rules', 0, 'severity'],
        code: 'invalid_severity',
        message: 'must be requirement or advice',
      });
    expect(only(withRule({ check: {} }))).toEqual({
      path: ['checks', 'studio', 'rules', 0, 'check'],
      code: 'invalid_type',
      message: 'must be a function',
    });
  });
});

describe('field labels (a subject’s and the evaluation’s)', () => {
  const labelled = (labels: unknown) => ({ ...base(), checks: { studio: { ...studio, labels } } });
  const at = (labels: unknown) => read(labelled(labels)).problems;
  it('well formed: kept; absent: none', () => {
    const labels = {
      subjectName: 'name',
      applicant: 'carrier.name',
      personName: { 'staff[]': 'name' },
      fields: {
        mentors: {
          zh: '创业导师人数',
          en: 'Mentors',
          description: { zh: '在册导师', en: 'Registered mentors' },
          values: { a: { zh: '甲', en: 'A' } },
        },
      },
    };
    expect(policyOf(labelled(labels)).checks.studio?.labels).toBe(labels);
    expect(codes(labelled({ fields: {} }))).toEqual([]);
    expect(Object.hasOwn(policyOf(base()).checks.studio ?? {}, 'labels')).toBe(false);
  });

  it('anything else is a problem at its path, not a TypeError when a report is worded', () => {
    const path = ['checks', 'studio', 'labels'];
    expect(at(5)).toEqual([{ path, code: 'invalid_type', message: 'must be field labels { fields }' }]);
    expect(at({})).toEqual([
      { path: [...path, 'fields'], code: 'invalid_type', message: 'must be an object of field labels' },
    ]);
    expect(at({ fields: { mentors: 5 } })).toEqual([
      { path: [...path, 'fields', 'mentors'], code: 'invalid_type', message: 'must be { zh, en }' },
    ]);
    expect(at({ fields: { mentors: { zh: '导师' } } })).toEqual([
      { path: [...path, 'fields', 'mentors', 'en'], code: 'invalid_type', message: 'must be a non-empty string' },
    ]);
    expect(
      codes(labelled({ fields: { mentors: { zh: '导师', en: 'Mentors', description: 'x', values: 1 } } })),
    ).toEqual([
      'checks.studio.labels.fields.mentors.description:invalid_type',
      'checks.studio.labels.fields.mentors.values:invalid_type',
    ]);
    expect(
      codes(labelled({ fields: { mentors: { zh: '导师', en: 'Mentors', values: { a: { zh: '甲' } } } } })),
    ).toEqual(['checks.studio.labels.fields.mentors.values.a.en:invalid_type']);
    expect(
      read(labelled({ fields: {}, subjectName: 1, applicant: '', personName: { 'staff[]': 2 } })).problems,
    ).toEqual([
      { path: [...path, 'subjectName'], code: 'invalid_type', message: 'must be an input path' },
      { path: [...path, 'applicant'], code: 'invalid_type', message: 'must be an input path' },
      { path: [...path, 'personName', 'staff[]'], code: 'invalid_type', message: 'must be an input path' },
    ]);
    expect(codes(labelled({ fields: {}, personName: 'name' }))).toEqual([
      'checks.studio.labels.personName:invalid_type',
    ]);
    const unlistable = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(at({ fields: unlistable })).toEqual([
      { path: [...path, 'fields'], code: 'unreadable', message: 'cannot be read' },
    ]);
  });
});

describe('evaluation', () => {
  const evaluation = () => ({
    schema: z.object({}),
    defaultStandard: { id: 'example', label: { zh: '标准', en: 'Standard' }, areas: [], cutoffs: { pass: 60 } },
    applicability: { ...rule0, id: 'example.applicable' },
    gates: [{ ...rule0, id: 'example.gate' }],
    gradeClauses: ['第二条'],
    counts: () => ({}),
    assessments: () => ({}),
  });

  it('a well-formed evaluation is kept as given', () => {
    const e = evaluation();
    expect(policyOf({ ...base(), evaluation: e }).evaluation).toBe(e);
  });

  it('each part is checked, at its path', () => {
    const at = (patch: Def) => read({ ...base(), evaluation: { ...evaluation(), ...patch } }).problems;
    expect(read({ ...base(), evaluation: [] }).problems).toEqual([
      { path: ['evaluation'], code: 'invalid_type', message: 'must be an evaluation spec' },
    ]);
    expect(at({ schema: null })).toEqual([
      { path: ['evaluation', 'schema'], code: 'invalid_schema', message: 'must be a zod schema' },
    ]);
    expect(at({ schema: undefined })).toEqual([
      { path: ['evaluation', 'schema'], code: 'invalid_schema', message: 'must be a zod schema' },
    ]);
    expect(at({ defaultStandard: null })).toEqual([
      { path: ['evaluation', 'defaultStandard'], code: 'invalid_type', message: 'must be an evaluation standard' },
    ]);
    // The standard evaluate grades by: its shape, at the first wrong part, and its areas' clauses.
    const standard = evaluation().defaultStandard;
    const shape =
      'must be a standard { id, label, areas: [{ id, label, clause, items }], cutoffs: { pass } } (standardSchema)';
    expect(at({ defaultStandard: { areas: [] } })).toEqual([
      { path: ['evaluation', 'defaultStandard', 'id'], code: 'invalid_standard', message: shape },
    ]);
    expect(at({ defaultStandard: { ...standard, cutoffs: {} } })).toEqual([
      { path: ['evaluation', 'defaultStandard', 'cutoffs', 'pass'], code: 'invalid_standard', message: shape },
    ]);
    const area = (clause: string) => ({ id: 'a', label: { zh: '甲', en: 'A' }, clause, items: [] });
    expect(at({ defaultStandard: { ...standard, areas: [area('第二条')] } })).toEqual([]);
    expect(at({ defaultStandard: { ...standard, areas: [area('第二条'), area('第九条')] } })).toEqual([
      {
        path: ['evaluation', 'defaultStandard', 'areas', 1, 'clause'],
        code: 'unknown_clause',
        message: 'cites clause "第九条", not listed',
      },
    ]);
    const throwing = new Proxy(standard, {
      get() {
        throw new Error('trap');
      },
    });
    expect(at({ defaultStandard: throwing })).toEqual([
      { path: ['evaluation', 'defaultStandard'], code: 'invalid_standard', message: shape },
    ]);
    expect(at({ applicability: undefined })).toEqual([
      { path: ['evaluation', 'applicability'], code: 'invalid_type', message: 'must be a rule' },
    ]);
    expect(at({ gates: [{ ...rule0, id: 'example.gate', clauses: ['第九条'] }] })).toEqual([
      {
        path: ['evaluation', 'gates', 0, 'clauses', 0],
        code: 'unknown_clause',
        message: 'cites clause "第九条", not listed',
      },
    ]);
    // Gates are rules: their ids are the policy's rule ids.
    expect(at({ gates: [rule0] })).toEqual([
      {
        path: ['evaluation', 'gates', 0, 'id'],
        code: 'duplicate_id',
        message: 'rule "example.mentors" is listed twice',
      },
    ]);
    expect(at({ gates: {} })).toEqual([
      {
        path: ['evaluation', 'gates'],
        code: 'invalid_type',
        message: 'must be a list of rules (an array without holes)',
      },
    ]);
    expect(at({ gradeClauses: ['第二条', '第九条'] })).toEqual([
      { path: ['evaluation', 'gradeClauses', 1], code: 'unknown_clause', message: 'cites clause "第九条", not listed' },
    ]);
    expect(at({ gradeClauses: undefined })).toEqual([
      {
        path: ['evaluation', 'gradeClauses'],
        code: 'invalid_type',
        message: 'must be a list of clause ids (an array without holes)',
      },
    ]);
    expect(at({ counts: {} })).toEqual([
      { path: ['evaluation', 'counts'], code: 'invalid_type', message: 'must be a function' },
    ]);
    expect(at({ assessments: undefined })).toEqual([
      { path: ['evaluation', 'assessments'], code: 'invalid_type', message: 'must be a function' },
    ]);
    expect(at({ labels: { fields: { x: 5 } } })).toEqual([
      { path: ['evaluation', 'labels', 'fields', 'x'], code: 'invalid_type', message: 'must be { zh, en }' },
    ]);
    expect(at({ labels: { fields: {} } })).toEqual([]);
  });

  it('a gate citing a rule clause counts as citing it', () => {
    const extra = { id: '第四条', text: '应有场地。', coverage: 'rule' };
    const e = { ...evaluation(), gates: [{ ...rule0, id: 'example.gate', clauses: ['第四条'] }] };
    expect(codes({ ...base(), clauses: [...clauses, extra], evaluation: e })).toEqual([]);
  });
});

describe('procedures', () => {
  const procedure = (id: string) => ({ id, label: { zh: '认定', en: 'Recognition' }, steps: [] });
  it('kept as given; ids unique; a label and a list of steps', () => {
    const p = procedure('recognition');
    expect(policyOf({ ...base(), procedures: [p] }).procedures).toEqual([p]);
    expect(only({ ...base(), procedures: [p, procedure('recognition')] })).toEqual({
      path: ['procedures', 1, 'id'],
      code: 'duplicate_id',
      message: 'procedure "recognition" is listed twice',
    });
    expect(codes({ ...base(), procedures: [{ ...p, id: 2, label: {}, steps: 'x' }] })).toEqual([
      'procedures.0.id:invalid_type',
      'procedures.0.label.zh:invalid_type',
      'procedures.0.label.en:invalid_type',
      'procedures.0.steps:invalid_type',
    ]);
    expect(read({ ...base(), procedures: [1] }).problems).toEqual([
      { path: ['procedures', 0], code: 'invalid_type', message: 'must be a procedure' },
    ]);
    expect(read({ ...base(), procedures: 'x' }).problems).toEqual([
      { path: ['procedures'], code: 'invalid_type', message: 'must be a list of procedures (an array without holes)' },
    ]);
  });
});

describe('paths are copies', () => {
  it('two problems under one list do not share a path', () => {
    const { problems } = read({ ...base(), repeals: [1, 2] });
    expect(problems.map((p) => p.path)).toEqual([
      ['repeals', 0],
      ['repeals', 1],
    ]);
  });
});
