// 一般 and 可以 say what is usual or allowed, not what is required (issue 11.4): a rule
// reading such words is advice, and advice never makes an application ineligible.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../src/core/check.js';
import type { Policy, RuleResult } from '../../src/core/types.js';
import { check, policies } from '../../src/index.js';

const AS_OF = '2026-11-22';
const load = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
const tianjinApp = load('tianjin/studio-application.json');
const nationalApp = load('national/eligible-studio.json');

/**
 * Every clause with 一般 or 可以, and how it is read. 'advice': rules citing it are advice.
 * 'permission': the words grant a power or a possibility to someone (an applicant may
 * apply, an authority may fund), so there is nothing to require of the applicant.
 */
const SOFT: Record<string, Record<string, { reading: 'advice' | 'permission'; rules?: string[] }>> = {
  national: {
    '一（三）1': { reading: 'advice', rules: ['national.lead.role'] },
    '三（一）': { reading: 'advice', rules: ['national.venue.consulting_zones', 'national.venue.back_office'] },
    '三（四）1': { reading: 'advice', rules: ['national.systems.appointment'] },
  },
  tianjin: {
    二: { reading: 'permission' }, // "可以申请认定为工作室": who may apply
    '二（一）1': { reading: 'advice', rules: ['tianjin.lead.role'] },
    '二（二）': { reading: 'advice', rules: ['tianjin.venue.consulting_zones', 'tianjin.venue.back_office'] },
  },
  pingdingshan: {},
  taiyuan: {},
};

const allRules = (policy: Policy) => Object.values(policy.checks).flatMap((s) => s?.rules ?? []);

describe.each(Object.values(policies) as Policy[])('soft words in $id', (policy) => {
  const audit = SOFT[policy.id] ?? {};
  it('every clause saying 一般 or 可以 has a stated reading', () => {
    const soft = policy.clauses.filter((c) => c.text.includes('一般') || c.text.includes('可以')).map((c) => c.id);
    expect(soft.sort()).toEqual(Object.keys(audit).sort());
  });
  it('the rules reading soft words are advice, and only those', () => {
    const listed = Object.values(audit).flatMap((a) => a.rules ?? []);
    const advice = allRules(policy)
      .filter((r) => r.severity === 'advice')
      .map((r) => r.id);
    // The activity-room capacity sits inside the consulting area the text only "一般设";
    // Tianjin's name is given by the bureau when it issues the plaque (三（一）5), not a
    // condition of 二: advice to the applicant (issue 25.4).
    const extra =
      policy.id === 'national'
        ? ['national.venue.activity_room_capacity']
        : policy.id === 'tianjin'
          ? ['tianjin.naming']
          : [];
    expect(advice.sort()).toEqual([...listed, ...extra].sort());
  });
});

const res = (status: RuleResult['status'], severity: RuleResult['severity']): RuleResult => ({
  ruleId: 'x',
  status,
  clauses: [],
  provenance: 'text',
  code: 'x',
  message: { zh: '', en: '' },
  severity,
});

describe('verdictOf and advice', () => {
  it('advice failing or unknown leaves the verdict to the requirements', () => {
    expect(verdictOf([res('pass', 'requirement'), res('fail', 'advice')], [])).toBe('eligible');
    expect(verdictOf([res('pass', 'requirement'), res('unknown', 'advice')], [])).toBe('eligible');
    expect(verdictOf([res('unknown', 'requirement'), res('fail', 'advice')], [])).toBe('incomplete');
    expect(verdictOf([res('fail', 'requirement'), res('pass', 'advice')], [])).toBe('ineligible');
  });
});

describe('Tianjin: the usual role and layout are advice', () => {
  const run = (input: unknown) => check('tianjin', 'studio', input, { asOf: AS_OF });
  const of = (r: ReturnType<typeof run>, id: string) => r.results.find((x) => x.ruleId === id);

  it('a lead of an unlisted role the bureau did not accept: reported as advice, still eligible', () => {
    const leads = tianjinApp.leads.map((l: object) => ({ ...l, role: 'other', roleAccepted: false }));
    const r = run({ ...tianjinApp, leads });
    expect(of(r, 'tianjin.lead.role')).toMatchObject({ status: 'fail', severity: 'advice' });
    expect(of(r, 'tianjin.lead.role')?.message.en).toContain('advice');
    expect(r.verdict).toBe('eligible');
  });
  it('no back office and no display area: advice; the separation (咨询服务区相对隔离) still binds', () => {
    const venue = { ...tianjinApp.venue, zones: ['individual_consulting_room'] };
    const r = run({ ...tianjinApp, venue });
    expect(of(r, 'tianjin.venue.back_office')).toMatchObject({ status: 'fail', severity: 'advice' });
    expect(of(r, 'tianjin.venue.consulting_zones')).toMatchObject({ status: 'fail', severity: 'advice' });
    expect(r.verdict).toBe('eligible');
    const apart = run({ ...tianjinApp, venue: { ...tianjinApp.venue, consultingAreaSeparated: false } });
    expect(of(apart, 'tianjin.venue.separation')).toMatchObject({ status: 'fail', severity: 'requirement' });
    expect(apart.verdict).toBe('ineligible');
  });
  it('an unknown layout leaves an otherwise complete application eligible', () => {
    const { zones: _zones, ...venue } = tianjinApp.venue;
    const r = run({ ...tianjinApp, venue });
    expect(of(r, 'tianjin.venue.back_office')).toMatchObject({ status: 'unknown', severity: 'advice' });
    expect(r.verdict).toBe('eligible');
  });
  it('an application that lists no lead still fails (the lead is required, his role is not)', () => {
    expect(run({ ...tianjinApp, leads: [] }).verdict).toBe('ineligible');
  });
});

describe('national: appointments are allowed (三（四）1 可以建立), the other systems required', () => {
  const run = (input: unknown) => check('national', 'studio', input, { asOf: AS_OF });
  it('without an appointment system: advice, still eligible; without archives: ineligible', () => {
    const without = (id: string) => nationalApp.systems.filter((s: string) => s !== id);
    const noAppointment = run({ ...nationalApp, systems: without('appointment') });
    expect(noAppointment.results.find((x) => x.ruleId === 'national.systems.appointment')).toMatchObject({
      status: 'fail',
      severity: 'advice',
    });
    expect(noAppointment.verdict).toBe('eligible');
    expect(run({ ...nationalApp, systems: without('archives') }).verdict).toBe('ineligible');
  });
  it('an activity room for 20: advice', () => {
    const r = run({ ...nationalApp, venue: { ...nationalApp.venue, activityRoomCapacity: 20 } });
    expect(r.results.find((x) => x.ruleId === 'national.venue.activity_room_capacity')?.status).toBe('fail');
    expect(r.verdict).toBe('eligible');
  });
});
