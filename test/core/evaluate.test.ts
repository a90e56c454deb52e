// evaluatePolicy's own work, apart from any policy's counting: the period and its options,
// when a year may be graded, progress lines, what an erroneous record or option leaves
// out, the gates' provenance, and the document and clauses a report carries.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnknownLanguageError, UnknownSubjectError } from '../../src/core/errors.js';
import { evaluatePolicy } from '../../src/core/evaluate.js';
import type { EvaluationStandard } from '../../src/core/grading.js';
import type { Policy } from '../../src/core/types.js';
import { evaluate, policies } from '../../src/index.js';
import { defaultStandard } from '../../src/policies/tianjin/index.js';
import { thrown } from '../helpers/thrown.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
const year = read('tianjin/year-record.json');
const PERIOD = { from: '2025-06-20', to: '2026-06-19' };
const run = (record: unknown, options: object = {}) => evaluate('tianjin', record, { ...PERIOD, ...options });
const option = (path: string[], detail: string) => ({
  path: ['options', ...path],
  code: 'invalid_option',
  severity: 'error',
  message: { zh: `选项无效：${detail}`, en: `Invalid option: ${detail}` },
});

describe('the period and the day of evaluation', () => {
  it('by default the year that ended the day before asOf', () => {
    expect(evaluate('tianjin', year, { asOf: '2026-06-20' }).period).toEqual(PERIOD);
    expect(evaluate('tianjin', year, { asOf: '2026-06-20', to: '2026-03-31' }).period).toEqual({
      from: '2025-04-01',
      to: '2026-03-31',
    });
  });
  it('a period of another length is not graded, saying which year it must be', () => {
    const r = run(year, { from: '2025-06-21' });
    expect(r.problems).toEqual([]);
    expect(r.grade).toBeNull();
    expect(r.notGraded).toEqual({
      code: 'not_one_year',
      reason: {
        zh: '评估期间须为完整的一年（2025-06-20至2026-06-19），所给期间为2025-06-21至2026-06-19',
        en: 'The period must be one full year (2025-06-20 to 2026-06-19); 2025-06-21 to 2026-06-19 was given',
      },
    });
  });
  it('a one-day period (from = to) is no option error, only not a year', () => {
    const r = run(year, { from: '2026-06-19' });
    expect(r.problems).toEqual([]);
    expect(r.notGraded?.code).toBe('not_one_year');
  });
  it('the year is graded from the day after its last day, not on it', () => {
    expect(run(year, { asOf: '2026-06-19' })).toMatchObject({
      grade: null,
      notGraded: {
        code: 'year_not_over',
        dueOn: '2026-06-20',
        reason: {
          zh: '评估年度至2026-06-19结束，2026-06-20起方可评定等级（评估日2026-06-19）',
          en: 'The year ends on 2026-06-19; it can be graded from 2026-06-20 (as of 2026-06-19)',
        },
      },
    });
    const graded = run(year, { asOf: '2026-06-20' });
    expect(graded.grade).toBe('excellent');
    expect('notGraded' in graded).toBe(false);
  });
});

describe('options become problems, and then nothing is graded or judged', () => {
  it.each([
    [{ to: '2026-02-30' }, ['to'], 'to = "2026-02-30"'],
    [{ from: 20250620 }, ['from'], 'from = 20250620'],
    [{ from: '2026-06-20' }, ['from'], 'from 2026-06-20 is after to 2026-06-19'],
    [{ asOf: 'today' }, ['asOf'], 'asOf = "today"'],
    [{ progress: 'yes' }, ['progress'], 'progress = "yes"'],
  ])('%o', (options, path, detail) => {
    const r = run(year, options);
    expect(r.problems).toEqual([option(path, detail)]);
    expect(r).toMatchObject({
      grade: null,
      gradeLabel: { en: 'Not yet decidable' },
      score: null,
      areas: [],
      results: [],
    });
  });
  it('a standard that is not JSON: its problems are under options.standard', () => {
    const r = run(year, {
      standard: { id: 'x', label: { zh: 'x', en: 'x' }, areas: [() => 1], cutoffs: { pass: '60' } },
    });
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) expect(p.path.slice(0, 2)).toEqual(['options', 'standard']);
    expect(r.problems.some((p) => p.path[2] === 'areas' && p.path[3] === 0)).toBe(true);
    expect(r.results).toEqual([]);
  });
  it('an unknown language or a policy without an evaluation are typed errors', () => {
    expect(thrown(() => run(year, { lang: 'fr' }))).toBeInstanceOf(UnknownLanguageError);
    const e = thrown(() => evaluatePolicy(policies.national as Policy, year));
    expect(e).toBeInstanceOf(UnknownSubjectError);
    expect((e as UnknownSubjectError).subject).toBe('evaluation');
  });
});

describe('a record with an erroneous entry', () => {
  it('is judged as far as it goes, but not graded; the entry is named as left out', () => {
    const bad = run({ ...year, activities: [{ date: 'bad', kind: 'training' }, ...year.activities] });
    expect(bad.grade).toBeNull();
    expect(bad.gradeLabel.en).toBe('Not yet decidable');
    expect(bad.results.length).toBeGreaterThan(1);
    expect(bad.problems).toContainEqual({
      path: ['activities', 0],
      code: 'entry_left_out',
      severity: 'warning',
      message: {
        zh: '该条目有误，未计入任何统计；更正后方可评定等级',
        en: 'This entry has an error and was left out of every count; correct it to obtain a grade',
      },
    });
  });
});

describe('applicability', () => {
  it('unknown (no recognition date): no grade, and not decidable rather than not applicable', () => {
    const r = run({ ...year, recognizedOn: undefined });
    expect(r).toMatchObject({ grade: null, gradeLabel: { zh: '暂无法确定' }, score: null, areas: [] });
    expect(r.results.map((x) => x.status)[0]).toBe('unknown');
  });
});

describe('progress', () => {
  const lines = (asOf: string) => run(year, { progress: true, asOf }).progress;
  it('one line per gate with a yearly minimum, counted up to asOf, a count not known as null', () => {
    expect(lines('2026-01-01')).toEqual([
      {
        ruleId: 'tianjin.evaluation.service_activities',
        clauses: ['四（一）4', '四（一）4（1）'],
        minimum: 5,
        count: 3,
        from: '2025-06-20',
        to: '2026-01-01',
      },
      {
        ruleId: 'tianjin.evaluation.four_into',
        clauses: ['四（一）4（2）'],
        minimum: 2,
        count: 1,
        from: '2025-06-20',
        to: '2026-01-01',
      },
      {
        ruleId: 'tianjin.evaluation.financing',
        clauses: ['四（一）4（3）'],
        minimum: 1,
        count: 1,
        from: '2025-06-20',
        to: '2026-01-01',
      },
      {
        ruleId: 'tianjin.evaluation.new_startups',
        clauses: ['四（一）5'],
        minimum: 10,
        count: null,
        from: '2025-06-20',
        to: '2026-01-01',
      },
      {
        ruleId: 'tianjin.evaluation.incubation',
        clauses: ['四（一）5'],
        minimum: 3,
        count: 1,
        from: '2025-06-20',
        to: '2026-01-01',
      },
    ]);
  });
  it('on the last day of the period counts to it; after it, the whole period', () => {
    expect(lines('2026-06-19')?.[0]).toMatchObject({ count: 5, to: '2026-06-19' });
    expect(lines('2025-06-20')?.[0]).toMatchObject({ count: 0, to: '2025-06-20' });
    expect(lines('2026-09-01')?.[0]).toMatchObject({ to: '2026-06-19' });
    expect(run(year, { progress: true, asOf: '2026-09-01' })).toMatchObject({
      grade: null,
      notGraded: { code: 'progress' },
    });
  });
});

describe('the gates and their provenance', () => {
  const standard = (gates?: string[]): EvaluationStandard => ({
    ...defaultStandard,
    id: 'year-2026',
    ...(gates ? { gates } : {}),
  });
  it('the default standard’s gates are the library’s reading', () => {
    expect(run(year).gates?.provenance).toBe('interpretation');
    expect(evaluate('pingdingshan', read('pingdingshan/year-record.json')).gates?.provenance).toBe('interpretation');
  });
  it('a caller’s standard naming its gates makes them the text’s; without gates it keeps the default’s, as a reading', () => {
    const own = run(year, { standard: standard(['tianjin.evaluation.no_violations']) });
    expect(own.gates).toMatchObject({ applied: ['tianjin.evaluation.no_violations'], provenance: 'text' });
    expect(own.standard).toMatchObject({ id: 'year-2026', provenance: 'text' });
    const kept = run(year, { standard: { ...defaultStandard, id: 'year-2026', gates: undefined } });
    expect(kept.gates?.applied).toEqual(defaultStandard.gates);
    expect(kept.gates?.provenance).toBe('interpretation');
  });
});

describe('a standard without scored items', () => {
  it('has no score, range or rounding, even with an area that lists none', () => {
    const passFail = {
      ...defaultStandard,
      id: 'pf',
      areas: [{ ...defaultStandard.areas[0], items: [] }],
      cutoffs: { pass: '0' },
    };
    const r = run(year, { standard: passFail });
    expect(r.problems).toEqual([]);
    expect(r.grade).toBe('pass');
    expect(r.score).toBeNull();
    expect('scoreRange' in r || 'rounding' in r).toBe(false);
  });
});

describe('what the report carries besides the grade', () => {
  it('the document, the studio’s name, and every clause it cites (results, areas, grades)', () => {
    const r = run(year);
    expect(r.document).toEqual({
      title: {
        zh: '市人社局关于开展天津市创业指导师工作室试点建设的通知',
        en: 'Notice on piloting entrepreneurship-mentor studios in Tianjin',
      },
      issuer: { zh: '天津市人力资源和社会保障局', en: 'Tianjin Municipal Human Resources and Social Security Bureau' },
      docNumber: null,
      binding: true,
    });
    expect(r.name).toBe('天津市王海创业指导师工作室科技创业');
    const cited = r.cited?.map((c) => c.id) ?? [];
    for (const id of ['四（一）1', '四（一）4（3）', '四（二）', '四（二）5']) expect(cited).toContain(id);
    expect(r.areas.length).toBeGreaterThan(0);
    for (const a of r.areas) expect(cited).toContain(a.clause);
    expect('name' in run({ ...year, studio: undefined })).toBe(false);
  });
  it('under a text that does not bind, the guidance note', () => {
    const guidance = evaluatePolicy({ ...(policies.tianjin as Policy), binding: false }, year, PERIOD);
    expect(guidance.guidance?.zh).toContain('以供参考');
    expect('guidance' in run(year)).toBe(false);
  });
});
