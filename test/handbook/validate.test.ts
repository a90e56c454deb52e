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
    ['incubation', ['place', 'support']],
    ['financing', ['introduce', 'apply', 'accept', 'review', 'due_diligence', 'guarantee']],
    ['training', ['enrol', 'supervise', 'deliver', 'supervise', 'assess', 'certify', 'supervise', 'follow_up']],
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
      { step: '审核推荐', date: '2026-03-09', decision: '符合条件' },
      { step: '尽职调查', date: '2026-03-10', decision: '符合' },
      { step: '贷款担保', date: '2026-03-20' },
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
    ['a step of another flow', 'information', history(['collect', 'apply']), 1, 'unknown_step', [1, 'step']],
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

  it('a step the text puts after another, reached otherwise, is an error quoting the text', () => {
    // 2.1: due diligence is for applications recommended as qualifying (审核推荐 符合条件).
    const r = validateCase('financing', history(['introduce', 'apply', 'due_diligence']));
    expect(r.firstInvalid).toMatchObject({ index: 2, code: 'stated_order', path: [2, 'step'] });
    expect(r.firstInvalid?.edge).toMatchObject({ from: 'review', to: 'due_diligence', provenance: 'text' });
    expect(r.firstInvalid?.message.zh).toContain('推荐给担保基金运营管理机构进行尽职调查');
    // 2.2: support is for entities placed in a base; a project track cannot start at support.
    const s = validateCase('incubation', history(['support']));
    expect(s.firstInvalid).toMatchObject({ index: 0, code: 'not_start' });
    expect(s.firstInvalid?.message.zh).toContain('对入驻创业孵化基地的创业实体');
  });

  it('a departure from reconstructed edges is a warning naming them; the case reads on', () => {
    const r = validateCase('financing', history(['introduce', 'apply', 'review', 'due_diligence']));
    expect(r.valid).toBe(true);
    expect(r.firstInvalid).toBeNull();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ index: 2, code: 'not_allowed', severity: 'warning', step: 'review' });
    expect(r.warnings[0]?.edge).toMatchObject({ from: 'apply', to: 'accept', provenance: 'interpretation' });
    expect(r.warnings[0]?.message.zh).toBe(
      '“贷款申请”之后应为：贷款受理 (accept)，而非“审核推荐”（此为据流程图方框重建的连线，非《手册》明文；理由：Reading order: an application is then accepted (1.1 受理).）',
    );
    expect(r.warnings[0]?.message.en).toBe(
      '"贷款申请" is followed by 贷款受理 (accept), not "审核推荐" (a reconstructed edge, not stated by the handbook; reason: Reading order: an application is then accepted (1.1 受理).)',
    );
    // Starting in the middle, going on after the end, a retake: warnings too.
    for (const [flow, steps, code] of [
      ['financing', ['apply', 'accept'], 'not_start'],
      ['information', ['collect', 'organise', 'edit', 'review', 'publish', 'edit'], 'closed_step'],
      ['training', ['enrol', 'deliver', 'assess', 'assess'], 'not_allowed'],
    ] as const) {
      const w = validateCase(flow, history([...steps]));
      expect(w.valid, steps.join()).toBe(true);
      expect(w.warnings.map((x) => x.code)).toEqual([code]);
    }
  });

  it('certification after the training: going back from a certificate breaches a stated edge', () => {
    // 第三章 mode 1: 在培训结束后对学员进行跟踪: 发放证书's only successor is stated.
    const r = validateCase('training', history(['enrol', 'deliver', 'assess', 'certify', 'deliver']));
    expect(r.firstInvalid).toMatchObject({ index: 4, code: 'not_allowed', severity: 'error' });
    expect(r.firstInvalid?.edge?.quote).toBe('并在培训结束后对学员进行跟踪，有针对性地开展后续服务');
  });

  it('supervision is reachable from every training step and the case goes on where it was', () => {
    const steps = flows.training.steps.filter((s) => !s.concurrent).map((s) => s.id);
    for (const s of steps)
      expect(flows.training.transitions.find((t) => t.from === s && t.to === 'supervise')?.provenance).toBe('text');
    const r = validateCase('training', history(['enrol', 'deliver', 'supervise', 'assess', 'supervise', 'disqualify']));
    expect(r.valid).toBe(true);
    expect(r.warnings).toEqual([]);
    expect(r.closed).toBe(true);
    // Supervision does not move the case: after 培训实施 + 监督, 发放证书 still needs 培训考核.
    const skip = validateCase('training', history(['enrol', 'deliver', 'supervise', 'certify']));
    expect(skip.firstInvalid).toMatchObject({ index: 3, code: 'stated_order' });
  });

  it('due diligence has two outcomes: 符合 to the guarantee, 不符合 to the rejection (with reasons)', () => {
    const upTo = ['introduce', 'apply', 'accept', { step: 'review', decision: '符合条件' }];
    const pass = validateCase(
      'financing',
      history([...upTo, { step: 'due_diligence', decision: '符合' }, 'guarantee']),
    );
    expect(pass.valid && pass.closed).toBe(true);
    const fail = validateCase(
      'financing',
      history([...upTo, { step: 'due_diligence', decision: '不符合' }, { step: 'reject', reason: '风险评估未通过' }]),
    );
    expect(fail.valid && fail.closed).toBe(true);
    const wrong = validateCase(
      'financing',
      history([...upTo, { step: 'due_diligence', decision: '不符合' }, 'guarantee']),
    );
    expect(wrong.firstInvalid).toMatchObject({ index: 5, code: 'decision_mismatch', severity: 'error' });
    expect(wrong.firstInvalid?.message.zh).toContain('对通过风险评估的，由担保基金提供贷款担保');
  });

  it('a decision does not bar an unlabelled edge: acceptance decided 符合条件, then more documents', () => {
    const r = validateCase(
      'financing',
      history([
        'introduce',
        'apply',
        { step: 'accept', decision: '符合条件' },
        { step: 'supplement', documents: ['营业执照'] },
        'accept',
      ]),
    );
    expect([r.valid, r.warnings]).toEqual([true, []]);
  });

  it('incubation: a base and a project are separate tracks', () => {
    const base = validateCase(
      'incubation',
      history(['cultivate', 'capacity', 'recognise', 'manage', 'award', 'manage']),
    );
    expect([base.valid, base.track, base.warnings]).toEqual([true, 'base', []]);
    const project = validateCase('incubation', history(['place', 'support']));
    expect([project.valid, project.track, project.closed]).toEqual([true, 'project', true]);
    // A project's placement inside a base's life is a departure from the reconstruction.
    const mixed = validateCase('incubation', history(['cultivate', 'place']));
    expect(mixed.valid).toBe(true);
    expect(mixed.warnings[0]).toMatchObject({ index: 1, code: 'not_allowed', severity: 'warning' });
  });

  it('warnings are bounded: 20 of a kind, then one count', () => {
    const event = Object.fromEntries([
      ['step', 'collect'],
      ['date', '2026-03-02'],
      ...Array.from({ length: 500 }, (_, i) => [`k${i}`, i]),
    ]);
    const r = validateCase('information', [event]);
    expect(r.warnings).toHaveLength(21);
    expect(r.warnings.filter((w) => w.code === 'unknown_key')).toHaveLength(20);
    expect(r.warnings[20]).toMatchObject({ code: 'more_problems', index: null });
    const at19 = Object.fromEntries([
      ['step', 'collect'],
      ['date', '2026-03-02'],
      ...Array.from({ length: 20 }, (_, i) => [`k${i}`, i]),
    ]);
    expect(validateCase('information', [at19]).warnings).toHaveLength(20);
  });

  it('an unknown flow, or a history that is not a list, is reported at the root', () => {
    expect(validateCase('loans', []).firstInvalid?.code).toBe('unknown_flow');
    expect(validateCase(undefined, []).firstInvalid?.code).toBe('unknown_flow');
    expect(validateCase('__proto__', []).firstInvalid?.code).toBe('unknown_flow');
    expect(validateCase('financing', { step: 'introduce' }).firstInvalid?.code).toBe('not_a_history');
  });

  it('unknown fields are warnings, not errors', () => {
    const r = validateCase('information', [{ step: 'collect', date: '2026-03-02', note: 'x', __proto__: 1 }]);
    expect(r.warnings[0]?.edge).toBeNull();
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
  let at = (flow.tracks[(choices[0] ?? 0) % flow.tracks.length] as Flow['tracks'][number]).start;
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

  it('changing one step to one its predecessor does not lead to is caught at that step: an error on a stated edge, else a warning', () => {
    fc.assert(
      fc.property(walks, fc.nat(), fc.nat(), ({ flow, choices, gaps, decide }, at, pick) => {
        const events = walk(flow, choices, gaps, decide);
        const k = at % events.length;
        const before = events[k - 1];
        const concurrent = (id: string | undefined) => flow.steps.find((s) => s.id === id)?.concurrent === true;
        if (concurrent(events[k]?.step) || concurrent(before?.step)) return;
        const allowed = before
          ? flow.transitions
              .filter((t) => t.from === before.step && (!before.decision || t.label === before.decision))
              .map((t) => t.to)
          : flow.tracks.map((t) => t.start);
        const others = flow.steps.filter((s) => !allowed.includes(s.id) && !s.concurrent);
        const replacement = others[pick % others.length];
        if (!replacement) return;
        const changed = events.map((e, i) => (i === k ? { step: replacement.id, date: e.date } : e));
        const r = validateCase(flow.id, changed);
        if (r.firstInvalid) expect(r.firstInvalid.index).toBeGreaterThanOrEqual(k);
        const p = [r.firstInvalid, ...r.warnings].find((w) => w?.index === k && w.path[1] === 'step');
        expect(p?.path).toEqual([k, 'step']);
        expect(['not_start', 'not_allowed', 'closed_step', 'stated_order', 'decision_mismatch']).toContain(p?.code);
        if (p?.severity === 'error') expect(p.edge?.provenance).toBe('text');
        else expect(p?.edge?.provenance ?? 'interpretation').toBe('interpretation');
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
