// procedureTimeline: its argument checks name the argument, and a calendar-day step
// (kind B) is dated and judged like withinDays.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/calendar/errors.js';
import { procedureTimeline, type StepSpec } from '../../src/core/procedure.js';
import type { Parameter } from '../../src/core/types.js';
import { thrown } from '../helpers/thrown.js';

const steps: StepSpec[] = [
  { id: 'order', label: { zh: '责令整改', en: 'Order' }, clauses: ['x'], duration: { kind: 'none' } },
  {
    id: 'fix',
    label: { zh: '整改', en: 'Rectify' },
    clauses: ['y'],
    duration: { kind: 'days', n: { value: 30 } as Parameter<number> },
  },
];

describe('procedureTimeline arguments', () => {
  it.each([
    [() => procedureTimeline('x' as never, '2026-09-01', {}), 'steps'],
    [() => procedureTimeline(steps, '2026-02-30', {}), 'start'],
    [() => procedureTimeline(steps, '2026-09-01', null as never), 'done'],
    [() => procedureTimeline(steps, '2026-09-01', 'x' as never), 'done'],
    [() => procedureTimeline(steps, '2026-09-01', { fix: '2026-13-01' }), 'done.fix'],
    [() => procedureTimeline(steps, '2026-09-01', {}, { asOf: '2026-9-1' }), 'options.asOf'],
  ])('%#: names %s', (call, argument) => {
    const e = thrown(call);
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect((e as InvalidArgumentError).argument).toBe(argument);
  });
});

describe('a step of calendar days (kind B)', () => {
  // 30 days after 2026-09-01 is 10-01, in the National Day holiday: the last day moves to 10-08.
  const at = (done: Record<string, string>, asOf: string) =>
    procedureTimeline(steps, '2026-09-01', { order: '2026-09-01', ...done }, { asOf }).steps[1];
  it('is due on the moved last day: pending on it, overdue the day after', () => {
    expect(at({}, '2026-10-08')).toMatchObject({ due: '2026-10-08', status: 'pending' });
    expect(at({}, '2026-10-09')).toMatchObject({ due: '2026-10-08', status: 'overdue', lateByDays: 1 });
  });
  it('done on the last day is on time, the day after late, before its start premature', () => {
    expect(at({ fix: '2026-10-08' }, '2026-11-01')?.status).toBe('on_time');
    expect(at({ fix: '2026-10-09' }, '2026-11-01')?.status).toBe('late');
    expect(at({ fix: '2026-08-31' }, '2026-11-01')?.status).toBe('premature');
  });
});
