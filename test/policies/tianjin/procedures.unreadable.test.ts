// A record readInput cannot read at all (its own guard failing): the recognition,
// evaluation and supervision timelines report it as one problem and never throw.
// readInput turns every hostile value it has met into problems, so it is made to throw here.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as input from '../../../src/core/input.js';
import { evaluationTimeline, recognitionTimeline, supervisionTimeline } from '../../../src/policies/tianjin/index.js';

vi.mock(import('../../../src/core/input.js'), async (original) => {
  const actual = await original();
  return { ...actual, readInput: vi.fn(actual.readInput) };
});

afterEach(() => {
  vi.mocked(input.readInput).mockReset();
});

describe('an unreadable record', () => {
  it.each([
    ['recognition', () => recognitionTimeline({ application: '2026-01-05' }, { asOf: '2026-02-01' })],
    ['evaluation', () => evaluationTimeline({ launch: '2026-01-05' }, { asOf: '2026-02-01' })],
    ['supervision', () => supervisionTimeline({ changedOn: '2026-01-05' }, { asOf: '2026-02-01' })],
  ])('%s: one error at the root, no steps', (_, date) => {
    vi.mocked(input.readInput).mockImplementation(() => {
      throw new Error('unreadable');
    });
    const r = date();
    expect(r.steps).toEqual([]);
    expect(r.problems).toEqual([
      {
        path: [],
        code: 'unreadable',
        severity: 'error',
        message: { zh: '无法读取日期记录', en: 'The record of dates cannot be read' },
      },
    ]);
    expect(r.calendar.provisional).toBeNull();
  });
});
