import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/calendar/date.js';
import { type CaseEvent, flows, validateCase } from '../../src/handbook/index.js';
import type { Flow } from '../../src/handbook/types.js';
import { arbitraryHostile } from '../helpers/arbitraries.js';

/** Events on consecutive days from 2026-03-02, one per step. */
function history(steps: (string | Partial<CaseEvent>)[], from = '2026-03-02'): CaseEvent[] {
  const start = parseIsoDate(from) as number;
  return steps.map((s, i) => ({
    date: formatIsoDate(start + i),
    ...(typeof s === 'string' ? { step: s } : (s as CaseEvent)),
  }));
}

describe('validateCase: valid paths', () => {
  it.each([
    ['information', ['collect', 'organise', 'edit', 'review', 'publish']],
    ['information', ['collect', 'organise', 'edit', 'review', 'edit', 'review', 'publish']],
    ['consulting', ['inquiry', 'register', 'route', 'answerable', 'answer_now', 'survey']],
    ['consulting', ['inquiry', 'register', 'route', 'answerable', 'answer_later', 'survey']],
    ['training', ['enrol', 'deliver', 'assess', 'certify', 'follow_up', 'supervise']],
    ['training', ['enrol', 'deliver', 'assess', 'disqualify']],
    ['guidance', ['analyse', 'match_needs', 'opening', 'aftercare']],
    ['guidance', ['analyse', 'match_needs', 'expert', 'match_expert', 'professional', 'aftercare']],
    ['guidance', ['analyse', 'match_needs', 'expert', 'connect', 'aftercare']],
    ['incubation', ['cultivate', 'place', 'support', 'capacity', 'recognise', 'award', 'manage']],
    ['financing', ['introduce', 'apply', 'accept', 'review', 'due_diligence']],
    [
      'activities',
      ['survey', 'draft', 'approve', 'draft', 'approve', 'plan', 'announce', 'run', 'follow_up', 'evaluate'],
    ],
  ])('%s: %j, closed', (flow, steps) => {
    const r = validateCase(flow, history(steps));
    expect(r.firstInvalid).toBeNull();
    expect(r.valid).toBe(true);
    expect(r.closed).toBe(true);
    expect(r.steps).toEqual(steps);
  });

  it('a case still open is valid and not closed', () => {
    const r = validateCase('financing', history(['introduce', 'apply']));
    expect(r.valid).toBe(true);
    expect(r.closed).toBe(false);
  });

  it('steps by their Chinese label, surrounding whitespace ignored; several steps on one day', () => {
    const r = validateCase('financing', [
      { step: ' 政策介绍 ', date: '2026-03-02' },
      { step: '贷款申请', date: '2026-03-02' },
      { step: '贷款受理\n', date: '2026-03-02', decision: ' 符合条件 ' },
      { step: '审核推荐', date: '2026-03-09', decision: '符合' },
      { step: '尽职调查', date: '2026-03-10' },
    ]);
    expect(r.firstInvalid).toBeNull();
  });
});

describe('validateCase: the financing duties (第六章 1.1)', () => {
  const upToAcceptance = ['introduce', 'apply', 'accept'];

  it('a rejection carries its reason: without one, or with a blank one, it is invalid at that step', () => {
    for (const reason of [undefined, '', '   ', 3, ['x']]) {
      const r = validateCase('financing', history([...upToAcceptance, { step: 'reject', reason } as never]));
      expect(r.valid).toBe(false);
      expect(r.firstInvalid).toMatchObject({ index: 3, step: 'reject', path: [3, 'reason'], code: 'reason_missing' });
      expect(r.firstInvalid?.message.zh).toContain('对不符合条件的说明原因');
      expect(r.firstInvalid?.message.en).toContain('must give the reasons');
    }
    const ok = validateCase(
      'financing',
      history([...upToAcceptance, { step: 'reject', reason: '经营项目不属于扶持范围' }]),
    );
    expect(ok.valid).toBe(true);
    expect(ok.closed).toBe(true);
  });

  it('a rejection after review needs its reason too', () => {
    const r = validateCase('financing', history([...upToAcceptance, 'review', 'reject']));
    expect(r.firstInvalid?.code).toBe('reason_missing');
  });

  it('more documents are asked for once, naming them all', () => {
    const ask = { step: 'supplement', documents: ['营业执照副本', '身份证复印件'] };
    expect(validateCase('financing', history([...upToAcceptance, ask, 'accept', 'review'])).valid).toBe(true);
    const twice = validateCase('financing', history([...upToAcceptance, ask, 'accept', ask]));
    expect(twice.firstInvalid).toMatchObject({ index: 5, code: 'repeated', path: [5, 'step'] });
    expect(twice.firstInvalid?.message.zh).toContain('第4项');
    for (const documents of [undefined, [], [''], ['营业执照', ' '], '营业执照']) {
      const r = validateCase('financing', history([...upToAcceptance, { step: 'supplement', documents } as never]));
      expect(r.firstInvalid).toMatchObject({ index: 3, code: 'documents_missing', path: [3, 'documents'] });
    }
  });
});

describe('validateCase: invalid histories, each caught at its first invalid event', () => {
  const cases: [string, string, unknown[], number | null, string, (string | number)[]][] = [
    ['skipping acceptance', 'financing', history(['introduce', 'apply', 'review']), 2, 'not_allowed', [2, 'step']],
    ['starting in the middle', 'financing', history(['apply', 'accept']), 0, 'not_start', [0, 'step']],
    [
      'going on after publication',
      'information',
      history(['collect', 'organise', 'edit', 'review', 'publish', 'edit']),
      5,
      'closed_step',
      [5, 'step'],
    ],
    ['a step of another flow', 'information', history(['collect', 'apply']), 1, 'unknown_step', [1, 'step']],
    [
      'assessing twice in a row',
      'training',
      history(['enrol', 'deliver', 'assess', 'assess']),
      3,
      'not_allowed',
      [3, 'step'],
    ],
    [
      'a certificate after failing',
      'training',
      history(['enrol', 'deliver', { step: 'assess', decision: '未通过' }, 'certify']),
      3,
      'decision_mismatch',
      [3, 'step'],
    ],
    [
      'a rejection decided, a review next',
      'financing',
      history(['introduce', 'apply', { step: 'accept', decision: '不符合条件' }, 'review']),
      3,
      'decision_mismatch',
      [3, 'step'],
    ],
    [
      'a decision the step does not have',
      'financing',
      history(['introduce', 'apply', { step: 'accept', decision: '通过' }]),
      2,
      'unknown_decision',
      [2, 'decision'],
    ],
    [
      'a decision at a step without branches',
      'financing',
      history([{ step: 'introduce', decision: '是' }]),
      0,
      'no_decision',
      [0, 'decision'],
    ],
    [
      'time running backwards',
      'information',
      [
        { step: 'collect', date: '2026-03-02' },
        { step: 'organise', date: '2026-03-01' },
      ],
      1,
      'date_backwards',
      [1, 'date'],
    ],
    ['an impossible date', 'information', [{ step: 'collect', date: '2026-02-30' }], 0, 'invalid_date', [0, 'date']],
    ['a missing date', 'information', [{ step: 'collect' }], 0, 'date_missing', [0, 'date']],
    ['an event that is not an object', 'information', [...history(['collect']), 'organise'], 1, 'not_an_event', [1]],
    ['no events', 'information', [], null, 'empty_case', []],
  ];
  it.each(cases)('%s', (_, flow, events, index, code, path) => {
    const r = validateCase(flow, events);
    expect(r.valid).toBe(false);
    expect(r.firstInvalid).toMatchObject({ index, code, path });
    expect(r.firstInvalid?.message.zh).toBeTruthy();
    expect(r.firstInvalid?.message.en).toBeTruthy();
    expect(r.closed).toBe(false);
  });

  it.each(Object.values(flows).map((f) => [f.id, f] as [string, Flow]))(
    '%s: a jump from the first step past the next is caught at the jump',
    (_, flow) => {
      const next = flow.transitions.filter((t) => t.from === flow.start).map((t) => t.to);
      const jump = flow.steps.find((s) => s.id !== flow.start && !next.includes(s.id));
      const r = validateCase(flow.id, history([flow.start, jump?.id as string]));
      expect(r.firstInvalid).toMatchObject({ index: 1, code: 'not_allowed', step: jump?.id });
    },
  );

  it('the message of a disallowed step names the steps allowed', () => {
    const r = validateCase('financing', history(['introduce', 'apply', 'review']));
    expect(r.firstInvalid?.message.zh).toBe('“贷款申请”之后不能是“审核推荐”；可接：贷款受理 (accept)');
    expect(r.firstInvalid?.message.en).toBe(
      '"审核推荐" cannot follow "贷款申请"; it may be followed by: 贷款受理 (accept)',
    );
  });

  it('an unknown flow, or a history that is not a list, is reported at the root', () => {
    expect(validateCase('loans', []).firstInvalid?.code).toBe('unknown_flow');
    expect(validateCase(undefined, []).firstInvalid?.code).toBe('unknown_flow');
    expect(validateCase('__proto__', []).firstInvalid?.code).toBe('unknown_flow');
    expect(validateCase('financing', { step: 'introduce' }).firstInvalid?.code).toBe('not_a_history');
  });

  it('unknown fields are warnings, not errors', () => {
    const r = validateCase('information', [{ step: 'collect', date: '2026-03-02', note: 'x', __proto__: 1 }]);
    expect(r.valid).toBe(true);
    expect(r.warnings.map((w) => w.path)).toEqual([[0, 'note']]);
  });

  it('a hostile history is reported, not thrown', () => {
    const throwing = [
      {
        get step() {
          throw new Error('boom');
        },
        date: '2026-03-02',
      },
    ];
    expect(validateCase('information', throwing).firstInvalid?.code).toBe('unreadable');
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(validateCase('information', proxy).firstInvalid?.code).toBe('unreadable');
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(flows), 'x'), arbitraryHostile, (flow, events) => {
        const r = validateCase(flow, events);
        expect(typeof r.valid).toBe('boolean');
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

/** A walk through a flow's transitions, meeting every duty: the history it makes. */
function walk(flow: Flow, choices: number[], gaps: number[], decide: boolean[]): CaseEvent[] {
  const start = parseIsoDate('2025-12-25') as number;
  const events: CaseEvent[] = [];
  const seen = new Set<string>();
  let at = flow.start;
  let day = start;
  for (let i = 0; ; i++) {
    const step = flow.steps.find((s) => s.id === at);
    if (!step) throw new Error(at);
    const event: CaseEvent = { step: at, date: formatIsoDate(day) };
    for (const d of step.duties) {
      if (d.kind === 'reason') event.reason = '不符合申请条件';
      if (d.kind === 'documents') event.documents = ['营业执照'];
    }
    events.push(event);
    seen.add(at);
    const next = flow.transitions.filter(
      (t) =>
        t.from === at &&
        !(seen.has(t.to) && flow.steps.find((s) => s.id === t.to)?.duties.some((d) => d.kind === 'once')),
    );
    if (next.length === 0 || i >= choices.length) return events;
    const edge = next[(choices[i] as number) % next.length] as (typeof next)[number];
    if (edge.label !== null && decide[i]) event.decision = edge.label;
    at = edge.to;
    day += gaps[i] ?? 0;
  }
}

describe('validateCase: properties', () => {
  const walks = fc.record({
    flow: fc.constantFrom(...Object.values(flows)),
    choices: fc.array(fc.nat(), { maxLength: 20 }),
    gaps: fc.array(fc.nat({ max: 30 }), { maxLength: 20 }),
    decide: fc.array(fc.boolean(), { maxLength: 20 }),
  });

  it('any walk of a flow’s transitions validates', () => {
    fc.assert(
      fc.property(walks, ({ flow, choices, gaps, decide }) => {
        const events = walk(flow, choices, gaps, decide);
        const r = validateCase(flow.id, events);
        expect(r.firstInvalid).toBeNull();
        expect(r.steps).toEqual(events.map((e) => e.step));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('changing one step to one its predecessor does not lead to is caught at that step', () => {
    fc.assert(
      fc.property(walks, fc.nat(), fc.nat(), ({ flow, choices, gaps, decide }, at, pick) => {
        const events = walk(flow, choices, gaps, decide);
        const k = at % events.length;
        const allowed =
          k === 0
            ? [flow.start]
            : flow.transitions.filter((t) => t.from === (events[k - 1] as CaseEvent).step).map((t) => t.to);
        const others = flow.steps.filter((s) => !allowed.includes(s.id));
        const replacement = others[pick % others.length];
        if (!replacement) return;
        const changed = events.map((e, i) => (i === k ? { ...e, step: replacement.id } : e));
        const r = validateCase(flow.id, changed);
        expect(r.valid).toBe(false);
        expect(r.firstInvalid?.index).toBe(k);
        expect(r.firstInvalid?.path).toEqual([k, 'step']);
        expect(['not_start', 'not_allowed', 'closed_step']).toContain(r.firstInvalid?.code);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
