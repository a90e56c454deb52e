// `chuangye timeline` dates a procedure as the policy's own function does: the command's
// JSON is that function's result for the same record and options, for every policy and
// procedure the command offers; --earlier-recognitions, --grade, an objection, and
// Tianjin's supervision dated from each deadline's own event. Run in process (main).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { DatedProcedure } from '../../src/core/procedure.js';
import { type ProcedureDatingOptions, timelineFromInput } from '../../src/core/procedure.js';
import { policies } from '../../src/policies/index.js';
import * as pingdingshan from '../../src/policies/pingdingshan/index.js';
import * as taiyuan from '../../src/policies/taiyuan/index.js';
import * as tianjin from '../../src/policies/tianjin/index.js';

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(['timeline', ...args], {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
    version: 'test',
  });
  return { code, stdout, stderr };
}

/** Exit 2 and one line on stderr, no stack trace. */
function refused(args: string[]): string {
  const r = run(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/u);
  return r.stderr;
}

const dir = mkdtempSync(join(tmpdir(), 'chuangye-timeline-'));
let files = 0;
function datesFile(record: unknown): string {
  const path = join(dir, `dates-${files++}.json`);
  writeFileSync(path, typeof record === 'string' ? record : JSON.stringify(record));
  return path;
}

const asOf = '2026-11-20';
const json = (policy: string, procedure: string, record: unknown, extra: string[] = []) => {
  const r = run(['--policy', policy, '--procedure', procedure, datesFile(record), '--as-of', asOf, ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as DatedProcedure & { policy: string; procedure: string; asOf: string };
};
const ids = (out: { steps: { id: string }[] }) => out.steps.map((s) => s.id);

type Dating = (dates: unknown, options: ProcedureDatingOptions) => DatedProcedure;
interface Case {
  record: Record<string, unknown>;
  options?: Omit<ProcedureDatingOptions, 'asOf' | 'calendar'>;
}

// The functions a library user calls for each procedure a policy dates itself.
const OWN: Record<string, Dating> = {
  'tianjin/recognition': tianjin.recognitionTimeline,
  'tianjin/evaluation': tianjin.evaluationTimeline,
  'tianjin/supervision': tianjin.supervisionTimeline,
  'pingdingshan/recognition': pingdingshan.recognitionTimeline,
  'taiyuan/selection': taiyuan.selectionTimeline,
};

const recognition = {
  application: '2026-09-01',
  initialReview: '2026-09-10',
  cityReview: '2026-09-22',
  publicity: '2026-10-12',
};
const evaluation = {
  launch: '2026-03-02',
  selfAssessment: '2026-03-20',
  districtAssessment: '2026-04-10',
  publicity: '2026-04-20',
};
const CASES: Record<string, Case[]> = {
  'tianjin/recognition': [
    { record: recognition },
    { record: { ...recognition, objection: '2026-10-14', approval: '2026-10-30' } },
    { record: { ...recognition, objection: '2026-11-02' } },
    { record: { application: '2026-03-02' }, options: { earlierRecognitions: ['2025-12-01', '2026-01-10'] } },
    { record: { application: '2026-03-02' }, options: { earlierRecognitions: ['2025-12-31'] } },
    { record: { application: '2026-09-01', initialReview: '2026-08-30' } },
  ],
  'tianjin/evaluation': [
    { record: evaluation },
    { record: evaluation, options: { grade: 'fail' } },
    { record: evaluation, options: { grade: 'pass' } },
    { record: { ...evaluation, objection: '2026-04-21' }, options: { grade: 'good' } },
  ],
  'taiyuan/selection': [
    { record: { application: '2026-02-10', publicity: '2026-03-02', appointment: '2026-03-20' } },
    { record: { application: '2026-02-10', publicity: '2026-03-02', objection: '2026-03-04' } },
  ],
  'tianjin/supervision': [
    { record: { changedOn: '2026-02-10', filedOn: '2026-03-03' } },
    { record: { orderedOn: '2026-09-01', rectifiedOn: '2026-10-08', changedOn: '2026-11-02' } },
    { record: { recognizedOn: '2024-06-01', spotChecks: ['2024-09-10', '2026-03-05'] } },
  ],
};

/** A chain's record: its first step, and its second a week later where it has one. */
function chainCases(steps: readonly { id: string }[]): Case[] {
  const [first, second] = steps;
  const cases: Case[] = [{ record: { [first?.id as string]: '2026-03-02' } }];
  if (second) cases.push({ record: { [first?.id as string]: '2026-03-02', [second.id]: '2026-03-09' } });
  return cases;
}

describe('the command gives what the library gives', () => {
  const offered = Object.values(policies).flatMap((policy) =>
    (policy?.procedures ?? []).map((spec) => ({ policy: policy?.id as string, spec })),
  );
  it('offers every procedure of every policy, and the table of own functions is complete', () => {
    expect(offered.length).toBeGreaterThanOrEqual(11);
    for (const { policy, spec } of offered) {
      const key = `${policy}/${spec.id}`;
      // A procedure the policy dates itself is dated by the very function it exports.
      expect(spec.date, key).toBe(OWN[key]);
    }
  });
  it.each(offered.map(({ policy, spec }) => [`${policy} ${spec.id}`, policy, spec] as const))(
    '%s: the JSON is the function’s result for the same record and options',
    (_, policy, spec) => {
      const key = `${policy}/${spec.id}`;
      const date: Dating = OWN[key] ?? ((dates, options) => timelineFromInput(spec.steps, dates, options));
      for (const c of CASES[key] ?? chainCases(spec.steps)) {
        const extra: string[] = [];
        if (c.options?.earlierRecognitions)
          extra.push('--earlier-recognitions', c.options.earlierRecognitions.join(','));
        if (c.options?.grade) extra.push('--grade', c.options.grade);
        const expected = { policy, procedure: spec.id, asOf, ...date(c.record, { asOf, ...c.options }) };
        expect(json(policy, spec.id, c.record, extra), JSON.stringify(c)).toEqual(JSON.parse(JSON.stringify(expected)));
      }
    },
  );
  it('--from is the first step of the record, as the function reads it', () => {
    for (const { policy, spec } of offered) {
      if (spec.keys && !spec.keys.includes(spec.steps[0]?.id as string)) continue;
      const key = `${policy}/${spec.id}`;
      const date: Dating = OWN[key] ?? ((dates, options) => timelineFromInput(spec.steps, dates, options));
      const r = run(['--policy', policy, '--procedure', spec.id, '--from', '2026-03-02', '--as-of', asOf]);
      expect(r.code, key).toBe(0);
      const expected = date({ [spec.steps[0]?.id as string]: '2026-03-02' }, { asOf });
      expect(JSON.parse(r.stdout), key).toEqual(
        JSON.parse(JSON.stringify({ policy, procedure: spec.id, asOf, ...expected })),
      );
    }
  });
});

describe('--earlier-recognitions (tianjin recognition: once a year, 三（一）)', () => {
  const once = ['--earlier-recognitions'];
  it('an earlier recognition the same year refuses; one the year before, or the same day, does not', () => {
    const refusedOut = json('tianjin', 'recognition', { application: '2026-03-02' }, [...once, '2026-01-10']);
    expect(refusedOut.outcome).toMatchObject({ status: 'refused', clauses: [tianjin.recognitionsPerYear.clause] });
    expect(json('tianjin', 'recognition', { application: '2026-03-02' }, [...once, '2025-12-31']).outcome).toBe(
      undefined,
    );
    expect(json('tianjin', 'recognition', { application: '2026-03-02' }, [...once, '2026-03-02']).outcome).toBe(
      undefined,
    );
    // Spaces after the commas are read as a person types them.
    expect(
      json('tianjin', 'recognition', { application: '2026-03-02' }, [...once, '2025-12-01, 2026-01-10']).outcome
        ?.status,
    ).toBe('refused');
  });
  it('a bad list, or a procedure that does not read it: one line, exit 2', () => {
    const base = ['--policy', 'tianjin', '--procedure', 'recognition', '--from', '2026-03-02', '--as-of', asOf];
    expect(refused([...base, ...once, '2026-13-01'])).toContain(
      '--earlier-recognitions must be real YYYY-MM-DD dates separated by commas, got "2026-13-01"',
    );
    expect(refused([...base, ...once, '2026-01-10,,2025-12-01'])).toContain('got ""');
    expect(refused([...base, ...once, ''])).toContain('got ""');
    expect(
      refused(['--policy', 'tianjin', '--procedure', 'evaluation', '--from', '2026-03-02', ...once, '2026-01-10']),
    ).toContain('--earlier-recognitions does not apply to tianjin evaluation; it applies to tianjin recognition');
    expect(
      refused(['--policy', 'taiyuan', '--procedure', 'selection', '--from', '2026-03-02', ...once, '2026-01-10']),
    ).toContain('no taiyuan procedure reads it');
  });
});

describe('--grade (tianjin evaluation: only 合格 and above are published, 四（二）4)', () => {
  it('fail: no publicity step, the result still announced (四（二）), recognition withdrawn', () => {
    const out = json('tianjin', 'evaluation', evaluation, ['--grade', 'fail']);
    expect(ids(out)).toEqual(['launch', 'selfAssessment', 'districtAssessment', 'announcement']);
    expect(out.outcome).toMatchObject({ status: 'no_publicity', clauses: ['四（二）4', '四（二）5'] });
    // The publicity recorded for a 不合格 is a warning of the record.
    expect(out.problems).toMatchObject([{ path: ['publicity'], code: 'no_publicity_for_fail' }]);
    expect(json('tianjin', 'evaluation', evaluation, ['--grade', '不合格'])).toEqual(out);
  });
  it('pass (合格, the lowest published grade) keeps the publicity', () => {
    const out = json('tianjin', 'evaluation', evaluation, ['--grade', 'pass']);
    expect(ids(out)).toEqual(['launch', 'selfAssessment', 'districtAssessment', 'publicity', 'announcement']);
    expect(out.outcome).toBe(undefined);
    expect(json('tianjin', 'evaluation', evaluation, ['--grade', '合格'])).toEqual(out);
  });
  it('a bad grade, or a procedure that does not read it: one line, exit 2', () => {
    const base = ['--policy', 'tianjin', '--procedure', 'evaluation', '--from', '2026-03-02'];
    expect(refused([...base, '--grade', 'Fail'])).toContain(
      '--grade must be excellent, good, pass or fail (优秀、良好、合格、不合格), got "Fail"',
    );
    expect(refused([...base, '--grade', ''])).toContain('got ""');
    expect(refused([...base, '--grade', '__proto__'])).toContain('got "__proto__"');
    expect(
      refused(['--policy', 'tianjin', '--procedure', 'recognition', '--from', '2026-03-02', '--grade', 'pass']),
    ).toContain('--grade does not apply to tianjin recognition; it applies to tianjin evaluation');
  });
});

describe('an objection in the dates file', () => {
  const publicityDue = json('tianjin', 'recognition', recognition).steps.find((s) => s.id === 'publicity')
    ?.due as string;
  it('on the publicity’s last day: the procedure stops after the publicity', () => {
    const out = json('tianjin', 'recognition', { ...recognition, objection: publicityDue, approval: '2026-11-02' });
    expect(ids(out)).toEqual(['application', 'initialReview', 'cityReview', 'publicity']);
    expect(out.outcome).toMatchObject({ status: 'stopped', clauses: ['三（一）3', '三（一）4'], next: null });
    expect(out.problems).toMatchObject([{ path: ['approval'], code: 'after_objection' }]);
  });
  it('the day after the publicity: not an objection to it, a warning, every step kept', () => {
    const after = new Date(`${publicityDue}T00:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    const out = json('tianjin', 'recognition', { ...recognition, objection: after.toISOString().slice(0, 10) });
    expect(ids(out)).toHaveLength(6);
    expect(out.outcome).toBe(undefined);
    expect(out.problems).toMatchObject([{ path: ['objection'], code: 'objection_outside_publicity' }]);
  });
  it('stops an evaluation too, shown in every format', () => {
    const file = datesFile({ ...evaluation, objection: '2026-04-21' });
    const base = ['--policy', 'tianjin', '--procedure', 'evaluation', file, '--as-of', asOf];
    const text = run([...base, '--format', 'text', '--lang', 'en']).stdout;
    expect(text).toContain('Verdict: Stopped\n');
    expect(text).toContain('An objection during publicity (2026-04-21)');
    expect(text).not.toContain('Announcement');
    expect(run([...base, '--format', 'md', '--lang', 'en']).stdout).toContain('An objection during publicity');
    expect(run([...base, '--format', 'html']).stdout).toContain('程序中止');
    expect(run([...base, '--format', 'ics']).stdout).toContain('BEGIN:VCALENDAR');
  });
  it('a bad objection date or an unknown key: one line naming the file and the key', () => {
    const bad = datesFile({ ...recognition, objection: '2026-02-30' });
    expect(refused(['--policy', 'tianjin', '--procedure', 'recognition', bad])).toContain(
      `${bad}: objection: Invalid date`,
    );
    const typo = datesFile({ ...recognition, objecton: '2026-10-14' });
    expect(refused(['--policy', 'tianjin', '--procedure', 'recognition', typo])).toContain(
      `${typo}: unknown key "objecton"; the keys are application, initialReview, cityReview, publicity, approval, plaque, objection`,
    );
    // Taiyuan's selection takes an objection at publicity (第十一条 "经公示无异议者"); its
    // dismissal does not: its keys are its steps.
    expect(
      refused([
        '--policy',
        'taiyuan',
        '--procedure',
        'dismissal',
        datesFile({ notice: '2026-03-02', objection: '2026-03-05' }),
      ]),
    ).toContain('unknown key "objection"');
  });
});

describe('tianjin supervision: each deadline from its own event, not a chain', () => {
  it('refuses --from, saying what to give', () => {
    expect(refused(['--policy', 'tianjin', '--procedure', 'supervision', '--from', '2026-03-02'])).toContain(
      'tianjin supervision does not start from one day: each of its deadlines counts from its own event; give a dates file with recognizedOn, spotChecks, orderedOn, rectifiedOn, changedOn, filedOn',
    );
  });
  it('dates the filing from the change and the rectification from its order, each on its own', () => {
    const out = json('tianjin', 'supervision', {
      changedOn: '2026-02-10',
      orderedOn: '2026-09-01',
      filedOn: '2026-03-02',
    });
    expect(out.steps.map((s) => [s.id, s.from, s.due, s.status])).toEqual([
      // 30 days end on National Day: the period runs to the first working day after it.
      ['rectification', '2026-09-01', '2026-10-08', 'overdue'],
      ['changeFiling', '2026-02-10', '2026-03-02', 'on_time'],
    ]);
    expect(out.steps[1]).toMatchObject({
      due: tianjin.changeFiling('2026-02-10', '2026-03-02', { asOf }).due,
    });
  });
  it('an empty record, or a done date without its event: one line', () => {
    expect(refused(['--policy', 'tianjin', '--procedure', 'supervision', datesFile({})])).toContain(
      'No event to count from: give recognizedOn (spot checks), orderedOn (rectification) or changedOn (change filing)',
    );
    expect(
      refused(['--policy', 'tianjin', '--procedure', 'supervision', datesFile({ filedOn: '2026-03-02' })]),
    ).toContain('changedOn: Filing counts from the change: changedOn is missing');
  });
  it('text, md, html and ics', () => {
    const file = datesFile({ recognizedOn: '2025-03-01', spotChecks: ['2026-05-06'], changedOn: '2026-11-02' });
    const base = ['--policy', 'tianjin', '--procedure', 'supervision', file, '--as-of', asOf];
    const text = run([...base, '--format', 'text', '--lang', 'en']).stdout;
    expect(text).toContain('2025-12-31  Yearly spot check 2025  [overdue]');
    expect(text).toContain('2026-12-31  Yearly spot check 2026  [on time 2026-05-06]');
    expect(text).toContain('2026-11-16  Filing a change  [overdue]');
    expect(run([...base, '--format', 'md']).stdout).toContain('年度抽查（2025年）');
    expect(run([...base, '--format', 'html']).stdout).toContain('变更备案');
    const ics = run([...base, '--format', 'ics']).stdout;
    expect(ics.match(/BEGIN:VEVENT/gu)).toHaveLength(3);
  });
});
