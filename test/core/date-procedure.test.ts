// dateProcedure: a spec's own dating where it has one, else the chain of its steps; the
// chain read from input now says which calendar it counted on.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/calendar.js';
import { type DatedProcedure, dateProcedure, type StepSpec, timelineFromInput } from '../../src/core/procedure.js';
import type { ProcedureSpec } from '../../src/core/types.js';

const steps: StepSpec[] = [
  { id: 'start', label: { zh: '开始', en: 'Start' }, clauses: ['一'], duration: { kind: 'none' } },
  {
    id: 'review',
    label: { zh: '审核', en: 'Review' },
    clauses: ['二'],
    duration: {
      kind: 'workdays',
      n: { id: 'x', value: 5, clause: '二', quote: '5个工作日', provenance: 'text', label: { zh: 'x', en: 'x' } },
    },
  },
];

describe('dateProcedure', () => {
  it('without a date of its own, a spec is a chain: timelineFromInput, with its calendar', () => {
    const spec: ProcedureSpec = { id: 'p', label: { zh: 'p', en: 'p' }, steps };
    const out = dateProcedure(spec, { start: '2026-09-30' }, { asOf: '2026-10-01' });
    expect(out).toEqual(timelineFromInput(steps, { start: '2026-09-30' }, { asOf: '2026-10-01' }));
    // National Day: five working days from 2026-09-30 end on 2026-10-13.
    expect(out.steps[1]?.due).toBe('2026-10-13');
    expect(out.calendar).toMatchObject({ source: 'built-in', provisional: null });
    expect(dateProcedure(spec, {}, { asOf: '2026-10-01' })).toMatchObject({
      steps: [],
      problems: [{ path: ['start'], code: 'missing' }],
      calendar: { provisional: null },
    });
  });
  it('with one, the spec’s function is called with the record and every option', () => {
    const seen: unknown[] = [];
    const result: DatedProcedure = { steps: [], problems: [], calendar: createCalendar({}).use([]) };
    const spec: ProcedureSpec = {
      id: 'p',
      label: { zh: 'p', en: 'p' },
      steps,
      date: (dates, options) => {
        seen.push(dates, options);
        return result;
      },
    };
    const record = { start: '2026-03-02' };
    const options = { asOf: '2026-03-05', grade: 'fail' as const, earlierRecognitions: ['2026-01-01'] };
    expect(dateProcedure(spec, record, options)).toBe(result);
    expect(seen).toEqual([record, options]);
  });
});
