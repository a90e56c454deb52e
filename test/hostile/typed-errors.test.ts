// Item 3 of issue 27, the examples in my part: renderers given something that is not a
// report, escapes given a value without text, the error helpers given anything, procedures
// given steps that are not steps — each the library's typed error naming the argument, and
// the valid call on the other side of each boundary still answering.
import { describe, expect, it } from 'vitest';
import {
  ChuangyeError,
  check,
  dateProcedure,
  escapeHtml,
  generateName,
  getPolicy,
  InvalidArgumentError,
  isLibraryError,
  procedureTimeline,
  renderReport,
  renderReports,
  reportWriter,
  UnknownLanguageError,
  UnknownPolicyError,
  UnknownSubjectError,
  validateName,
} from '../../src/index.js';
import { naming } from '../../src/policies/tianjin/parameters.js';
import { thrown } from '../helpers/thrown.js';
import { EXAMPLES } from './values.js';

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const hostileProxy = () =>
  new Proxy(
    {},
    {
      getPrototypeOf() {
        throw new Error('trap');
      },
      get() {
        throw new Error('trap');
      },
    },
  );
/** The argument a typed error names; fails when the call throws anything else. */
const argumentOf = (f: () => unknown) => {
  const e = thrown(f);
  expect(e).toBeInstanceOf(InvalidArgumentError);
  return (e as InvalidArgumentError).argument;
};
const report = check('national', 'studio', EXAMPLES.national, { asOf: '2026-11-22' });

describe('renderers given something that is not a report of their kind', () => {
  it('renderReport names the report; its options are checked as before', () => {
    for (const bad of [null, undefined, 1, 'x', [], {}, Object.create(null), revoked(), hostileProxy()])
      expect(argumentOf(() => renderReport(bad as never))).toBe('report');
    expect(thrown(() => renderReport(report, { lang: 'fr' as never }))).toBeInstanceOf(UnknownLanguageError);
    // A report's kind with fields the library never writes: the same error, not a TypeError from inside.
    expect(argumentOf(() => renderReport({ verdict: 'eligible', results: 'x', problems: 1 } as never))).toBe('report');
    expect(argumentOf(() => renderReport({ ...report, asOf: 1n } as never, { format: 'json' }))).toBe('report');
    expect(renderReport(report, { format: 'text', lang: 'en' })).toContain('Eligible');
  });

  it('renderReports and reportWriter name the entry', () => {
    expect(argumentOf(() => renderReports('x' as never))).toBe('reports');
    expect(argumentOf(() => renderReports(revoked() as never))).toBe('reports');
    expect(argumentOf(() => renderReports([{ report }, { report: null }] as never))).toBe('reports[1].report');
    expect(argumentOf(() => renderReports([{ report, file: 7 }] as never))).toBe('reports[0].file');
    // The file names an entry whose report names no one (a named one is headed by its name).
    const { name: _name, applicant: _applicant, ...nameless } = report;
    expect(renderReports([{ report: nameless, file: 'a.json' }], { format: 'md' })).toContain('a.json');
    expect(argumentOf(() => reportWriter(null as never))).toBe('emit');
    const writer = reportWriter(() => {}, { format: 'ndjson' });
    expect(argumentOf(() => writer.write({ report: 1 } as never))).toBe('entries[0].report');
    expect(argumentOf(() => writer.write({ report: { ...report, asOf: 1n } } as never))).toBe('entry.report');
    expect(() => writer.write({ report })).not.toThrow();
  });
});

describe('escapes and the error helpers take anything', () => {
  it('escapeHtml: text for any value that has one, the typed error for one that has none', () => {
    expect(escapeHtml('<a href="x">&\'')).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;');
    expect([escapeHtml(5), escapeHtml(null), escapeHtml(Symbol('s')), escapeHtml({ toString: () => '<b>' })]).toEqual([
      '5',
      'null',
      'Symbol(s)',
      '&#60;b&#62;',
    ]);
    for (const bad of [Object.create(null), revoked(), { toString: () => ({}) }])
      expect(argumentOf(() => escapeHtml(bad))).toBe('value');
  });

  it('isLibraryError answers false for a Proxy that throws, true for each typed error', () => {
    expect(isLibraryError(revoked())).toBe(false);
    expect(isLibraryError(hostileProxy())).toBe(false);
    expect(isLibraryError(new InvalidArgumentError('a', 'b', revoked()))).toBe(true);
    expect(isLibraryError(new ChuangyeError('x'))).toBe(true);
    expect(isLibraryError(new TypeError('x'))).toBe(false);
  });

  it('the errors are built from any value: lists that are not lists list nothing', () => {
    expect(new UnknownPolicyError('x', revoked() as never).known).toEqual([]);
    expect(new UnknownPolicyError('x', 'ab' as never).message).toBe('unknown policy "x"; known: ');
    expect(new UnknownPolicyError(revoked(), ['a', 7 as never]).message).toBe(
      'unknown policy a value of type object; known: a, 7',
    );
    expect(new UnknownSubjectError(1 as never, 's', undefined as never).message).toBe(
      'policy 1 has no subject "s"; it rules: nothing',
    );
    expect(new ChuangyeError(Symbol('s')).message).toBe('symbol');
    expect(new ChuangyeError().message).toBe('');
  });
});

describe('procedures', () => {
  const rectificationOf = () => {
    const spec = getPolicy('tianjin').procedures.find((p) => p.id === 'supervision');
    if (!spec) throw new Error('no supervision procedure');
    return spec;
  };

  it('dateProcedure: a record counted past the calendar reports outside_calendar, never throws', () => {
    const spec = rectificationOf();
    const late = dateProcedure(spec, { orderedOn: '2026-12-20' }, { asOf: '2026-12-21' });
    expect(late.problems).toContainEqual(expect.objectContaining({ code: 'outside_calendar', severity: 'error' }));
    expect(late.problems.find((p) => p.code === 'outside_calendar')?.message.zh).toContain('2027');
    expect(late.steps).toEqual([]);
    // Inside the calendar, the same order is dated.
    const early = dateProcedure(spec, { orderedOn: '2026-06-01' }, { asOf: '2026-06-02' });
    expect(early.problems.filter((p) => p.code === 'outside_calendar')).toEqual([]);
    expect(early.steps.length).toBeGreaterThan(0);
  });

  it('dateProcedure names a spec that is not a procedure', () => {
    expect(argumentOf(() => dateProcedure(null as never, {}))).toBe('spec');
    expect(argumentOf(() => dateProcedure(revoked() as never, {}))).toBe('spec');
    expect(argumentOf(() => dateProcedure({ steps: 'x' } as never, {}))).toBe('spec.steps');
    expect(argumentOf(() => dateProcedure({ steps: [], date: 1 } as never, {}))).toBe('spec.date');
    expect(argumentOf(() => dateProcedure(rectificationOf(), {}, { asOf: '2026-02-30' }))).toBe('options.asOf');
  });

  it('procedureTimeline names the step and the part of it that is wrong', () => {
    const step = {
      id: 'a',
      label: { zh: '甲', en: 'A' },
      clauses: ['一'],
      duration: { kind: 'workdays', n: { value: 5 } },
    };
    const ok = procedureTimeline([step] as never, '2026-11-02', {}, { asOf: '2026-11-03' });
    expect(ok.steps[0]?.due).toBe('2026-11-09');
    const with_ = (patch: object) => [{ ...step, ...patch }] as never;
    expect(argumentOf(() => procedureTimeline('x' as never, '2026-11-02', {}))).toBe('steps');
    expect(argumentOf(() => procedureTimeline([null] as never, '2026-11-02', {}))).toBe('steps[0]');
    expect(argumentOf(() => procedureTimeline(with_({ id: '' }), '2026-11-02', {}))).toBe('steps[0].id');
    expect(argumentOf(() => procedureTimeline(with_({ label: 'x' }), '2026-11-02', {}))).toBe('steps[0].label');
    expect(argumentOf(() => procedureTimeline(with_({ clauses: [1] }), '2026-11-02', {}))).toBe('steps[0].clauses');
    expect(argumentOf(() => procedureTimeline(with_({ duration: { kind: 'weeks' } }), '2026-11-02', {}))).toBe(
      'steps[0].duration',
    );
    expect(
      argumentOf(() => procedureTimeline(with_({ duration: { kind: 'days', n: { value: 1.5 } } }), '2026-11-02', {})),
    ).toBe('steps[0].duration.n.value');
    expect(argumentOf(() => procedureTimeline([step, revoked()] as never, '2026-11-02', {}))).toBe('steps[1]');
    // At most 100 steps: 100 is dated, 101 is refused.
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...step, id: `s${i}`, duration: { kind: 'none' } }));
    expect(procedureTimeline(many(100) as never, '2026-11-02', {}, { asOf: '2026-11-03' }).steps).toHaveLength(100);
    expect(argumentOf(() => procedureTimeline(many(101) as never, '2026-11-02', {}))).toBe('steps');
  });
});

describe('naming', () => {
  it('generateName and validateName name a rule, name or values that are not one', () => {
    expect(generateName(naming, { leadName: '张三', specialty: '电商' })).toMatch(/张三/u);
    expect(validateName(naming, '  x  ', {}).valid).toBe(false);
    expect(argumentOf(() => generateName(null as never, {}))).toBe('rule');
    expect(argumentOf(() => generateName({ parts: [{}] } as never, {}))).toBe('rule.parts[0]');
    expect(argumentOf(() => generateName(naming, 'x' as never))).toBe('values');
    expect(argumentOf(() => validateName(naming, 5 as never))).toBe('name');
    expect(argumentOf(() => validateName(revoked() as never, 'x'))).toBe('rule');
    expect(generateName(naming, undefined as never)).toBeNull();
  });
});
