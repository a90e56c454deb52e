// Issue 28 items 6–8: asking in the profile's words with thresholds, the next question,
// and what a government register can decide.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkEverywhere,
  nextQuestions,
  PROFILE_FORM,
  type StudioPolicyId,
  studioProfileSchema,
  withoutApplication,
} from '../../src/compare/index.js';
import { isLibraryError } from '../../src/core/errors.js';
import * as pds from '../../src/policies/pingdingshan/parameters.js';
import * as tianjin from '../../src/policies/tianjin/parameters.js';

const FULL = JSON.parse(readFileSync(new URL('../../examples/compare/studio-profile.json', import.meta.url), 'utf8'));
const asOf = '2026-11-22';
type Json = Record<string, unknown>;

const get = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Json)[k] : undefined), o);
/** A copy of `o` with `value` at `path` (JSON copies: the profile is plain data). */
function withField(o: Json, path: string, value: unknown): Json {
  const out = JSON.parse(JSON.stringify(o)) as Json;
  const keys = path.split('.');
  let x = out;
  for (const k of keys.slice(0, -1)) {
    if (typeof x[k] !== 'object' || x[k] === null) x[k] = {};
    x = x[k] as Json;
  }
  x[keys[keys.length - 1] as string] = JSON.parse(JSON.stringify(value ?? null));
  return out;
}

/** A copy of `o` without the value at `path`. */
function withoutField(o: Json, path: string): Json {
  const out = JSON.parse(JSON.stringify(o)) as Json;
  const keys = path.split('.');
  let x: unknown = out;
  for (const k of keys.slice(0, -1)) x = x !== null && typeof x === 'object' ? (x as Json)[k] : undefined;
  if (x !== null && typeof x === 'object') delete (x as Json)[keys[keys.length - 1] as string];
  return out;
}

/** Asks the first question, answers it from `answers`, until nothing is asked: the fields asked. */
function interview(answers: Json, policies?: StudioPolicyId[]): { asked: string[]; profile: Json } {
  let profile: Json = {};
  const asked: string[] = [];
  for (let i = 0; i < PROFILE_FORM.length + 1; i++) {
    const q = nextQuestions(profile, { asOf, ...(policies ? { policies } : {}) }).questions[0];
    if (!q) break;
    expect(asked).not.toContain(q.field);
    asked.push(q.field);
    profile = withField(profile, q.field, get(answers, q.field));
  }
  return { asked, profile };
}

describe('checkEverywhere asks in the profile’s fields and words, with thresholds', () => {
  it('Tianjin’s operating entity is asked as host.operatingEntity, which the profile accepts', () => {
    const { host, ...rest } = FULL;
    const t = checkEverywhere({ ...rest, host: { name: host.name, kind: host.kind } }, { asOf, policies: ['tianjin'] })
      .outcomes[0];
    expect(t?.toSupply).toEqual(['host.operatingEntity']);
    expect(t?.asks[0]?.label.zh).toContain('所在单位（载体）');
    expect(t?.toSupply.some((p) => p.startsWith('carrier'))).toBe(false);
    // Supplied as told, it is read (no unknown-field warning) and decides the rule.
    const fixed = checkEverywhere({ ...rest, host: { ...host } }, { asOf, policies: ['tianjin'] });
    expect(fixed.problems).toEqual([]);
    expect(fixed.outcomes[0]?.toSupply).toEqual([]);
  });

  it('the venue area is asked with its threshold; mentors in the profile’s lead, not mentors.0', () => {
    const { venue, lead, ...rest } = FULL;
    const { areaSqm: _a, ...venueRest } = venue;
    const r = checkEverywhere({ ...rest, venue: venueRest, lead: { ...lead, serviceSince: undefined } }, { asOf });
    const t = r.outcomes.find((o) => o.policy === 'tianjin');
    const area = t?.asks.find((a) => a.field === 'venue.areaSqm');
    expect(area?.need?.zh).toBe(`至少${tianjin.venueArea.value}平方米`);
    expect(area?.label.zh).toBe('场所 · 场所面积（平方米）');
    const p = r.outcomes.find((o) => o.policy === 'pingdingshan');
    expect(p?.toSupply).toContain('lead.serviceSince');
    expect(p?.toSupply.some((x) => x.startsWith('mentors.0'))).toBe(false);
    expect(p?.asks.find((a) => a.field === 'lead.serviceSince')?.need?.zh).toBe(
      `从事创业服务工作至少${pds.mentorServiceYears.value}年`,
    );
    const n = r.outcomes.find((o) => o.policy === 'national');
    expect(n?.asks.find((a) => a.field === 'lead.serviceSince')?.need?.zh).toBe('从事创业指导服务工作至少5年');
  });

  it('every field asked is a field of the profile schema', () => {
    const shape = (studioProfileSchema as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def
      .shape;
    for (const f of PROFILE_FORM) expect(Object.keys(shape)).toContain(f.path.split('.')[0]);
  });

  it('Pingdingshan’s candidate pool (第六条（二）) is part of what it would take, quoted', () => {
    const p = checkEverywhere(FULL, { asOf, policies: ['pingdingshan'] }).outcomes[0];
    expect(p?.steps.map((s) => s.clauses)).toEqual([['第六条（二）']]);
    expect(p?.steps[0]?.text.zh).toContain(
      '从平顶山市域内高校或县（市、区）级大众创业指导大师工作室中遴选确定候选单位',
    );
    expect(checkEverywhere(FULL, { asOf, policies: ['national'] }).outcomes[0]?.steps).toEqual([]);
  });

  it('policies: only a non-empty list of studio policy ids; anything else the typed error', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const holed = [, 'national'];
    for (const bad of ['national', [], holed, ['national', 'national'], ['taiyuan'], new Array(1e6), 1]) {
      expect(() => checkEverywhere(FULL, { asOf, policies: bad as never })).toThrow(TypeError);
      try {
        checkEverywhere(FULL, { asOf, policies: bad as never });
      } catch (e) {
        expect(isLibraryError(e)).toBe(true);
      }
    }
    expect(() => checkEverywhere(FULL, { policies: ['beijing' as never] })).toThrow(/unknown policy/);
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(() => checkEverywhere(FULL, { policies: proxy })).toThrow(TypeError);
    expect(() => checkEverywhere(FULL, { asOf: 20261122 as never })).toThrow(TypeError);
  });
});

describe('nextQuestions: only what decides', () => {
  it('on the bundled profile: every policy decided after at most half the form', () => {
    const { asked, profile } = interview(FULL);
    const final = nextQuestions(profile, { asOf });
    expect(final.questions).toEqual([]);
    expect(final.verdicts.map((v) => v.verdict)).toEqual(['eligible', 'ineligible', 'ineligible']);
    expect(asked.length).toBeLessThanOrEqual(PROFILE_FORM.length / 2);
    expect(asked.length).toBe(13);
    // The first question settles every policy: the lead's years count in all three.
    const first = nextQuestions({}, { asOf }).questions[0];
    expect(first?.field).toBe('lead.serviceSince');
    expect(first?.settles).toEqual(['national', 'tianjin', 'pingdingshan']);
    expect(first?.needs).toHaveLength(3);
  });

  it('one policy: fewer questions; a decided policy asks nothing', () => {
    const t = interview(FULL, ['tianjin']);
    expect(t.asked.length).toBeLessThanOrEqual(PROFILE_FORM.length / 2);
    expect(nextQuestions(FULL, { asOf, policies: ['pingdingshan'] }).questions).toEqual([]);
  });

  it('property: on generated profiles, each question asked mattered when asked; on average at most half the form', () => {
    // Profiles like the bundled one with other facts: any area, staff, mentors, years, yes/no answers.
    const yesNo = PROFILE_FORM.map((f) => f.path).filter((p) => typeof get(FULL, p) === 'boolean');
    const profiles = fc.record({
      area: fc.integer({ min: 50, max: 150 }),
      staff: fc.integer({ min: 0, max: 6 }),
      mentors: fc.integer({ min: 0, max: 3 }),
      since: fc.constantFrom('2015-01-01', '2021-11-23', '2021-11-22'),
      no: fc.oneof(fc.constant([]), fc.subarray(yesNo, { maxLength: 3 })),
    });
    const counts: number[] = [];
    fc.assert(
      fc.property(profiles, ({ area, staff, mentors, since, no }) => {
        let answers: Json = withField(FULL, 'venue.areaSqm', String(area));
        answers = withField(answers, 'lead.serviceSince', since);
        answers = withField(
          answers,
          'staff',
          Array.from({ length: staff }, (_, i) => ({
            name: `s${i}`,
            idNumber: `id${i}`,
            experienceSince: '2020-01-01',
          })),
        );
        answers = withField(
          answers,
          'mentors',
          Array.from({ length: mentors }, (_, i) => ({
            ...FULL.lead,
            name: `m${i}`,
            idNumber: `m${i}`,
            role: undefined,
          })),
        );
        for (const f of no) answers = withField(answers, f, false);
        const { asked, profile } = interview(answers);
        counts.push(asked.length);
        expect(nextQuestions(profile, { asOf }).verdicts.every((v) => v.verdict !== 'incomplete')).toBe(true);
        // No spare question: its answer changed some rule's result (its status, or the facts it
        // still asks for) when it was asked, or it still does at the end. The first fails for a
        // part of a pair (a name needs 地区 and 领办人姓名 both), the second when a later answer
        // made it moot (a studio short of staff fails whatever its lead declares).
        const results = (p: Json) =>
          JSON.stringify(
            checkEverywhere(p, { asOf }).outcomes.map((o) => o.report.results.map((r) => [r.status, r.missing])),
          );
        const end = results(profile);
        let before: Json = {};
        for (const f of asked) {
          const after = withField(before, f, get(answers, f));
          const mattered = results(after) !== results(before) || results(withoutField(profile, f)) !== end;
          expect(mattered, f).toBe(true);
          before = after;
        }
      }),
      { numRuns: 40 },
    );
    // Eligible everywhere needs every requirement's fact (up to about two thirds of the form);
    // a studio that fails somewhere is decided sooner. On average, at most half.
    const mean = counts.reduce((n, c) => n + c, 0) / counts.length;
    expect(mean).toBeLessThanOrEqual(PROFILE_FORM.length / 2);
    expect(Math.max(...counts)).toBeLessThan(PROFILE_FORM.length);
    // Some thousand checks: about 3 s on a quiet machine, past the default 5 s on a loaded one.
  }, 30_000);

  it('property: a suggested question is never one whose answer cannot change any result', () => {
    const fields = PROFILE_FORM.map((f) => f.path);
    fc.assert(
      fc.property(fc.subarray(fields, { minLength: 1 }), (kept) => {
        let profile: Json = {};
        for (const f of kept) if (get(FULL, f) !== undefined) profile = withField(profile, f, get(FULL, f));
        const before = checkEverywhere(profile, { asOf });
        const questions = nextQuestions(profile, { asOf }).questions;
        for (const q of questions.slice(0, 4)) {
          expect(get(profile, q.field)).toBeUndefined();
          // Its answer (with those of the fields the same rules ask for: a name's parts) changes
          // at least one rule's result of a policy it settles.
          let answered = withField(profile, q.field, get(FULL, q.field));
          for (const other of questions)
            if (other.rules.some((r) => q.rules.includes(r) && other.field !== q.field))
              answered = withField(answered, other.field, get(FULL, other.field));
          const after = checkEverywhere(answered, { asOf });
          const changed = q.settles.some((p) => {
            const a = before.outcomes.find((o) => o.policy === p)?.report.results.map((r) => r.status);
            const b = after.outcomes.find((o) => o.policy === p)?.report.results.map((r) => r.status);
            return JSON.stringify(a) !== JSON.stringify(b);
          });
          expect(changed, q.field).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('hostile profiles never throw; hostile options throw the typed error', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const q = nextQuestions(v, { asOf });
        expect(Object.isFrozen(q.questions)).toBe(true);
      }),
      { numRuns: 100 },
    );
    expect(() => nextQuestions({}, { policies: 'national' as never })).toThrow(TypeError);
    expect(() => nextQuestions({}, 1 as never)).toThrow(TypeError);
  });
});

describe('withoutApplication: 免申即享 from register facts alone', () => {
  const w = withoutApplication();

  it('every fact has a source; the registers are the ones the issue names', () => {
    for (const f of PROFILE_FORM) expect(['registry', 'document', 'statement']).toContain(f.source);
    const registry = PROFILE_FORM.filter((f) => f.source === 'registry').map((f) => f.path);
    expect(registry).toEqual(
      expect.arrayContaining(['host.name', 'host.kind', 'host.operatingEntity', 'lead.records', 'lead.certificates']),
    );
    // Years in a kind of work are no register's: staff and the lead's years are documents.
    expect(PROFILE_FORM.find((f) => f.path === 'staff')?.source).toBe('document');
    expect(PROFILE_FORM.find((f) => f.path === 'lead.socialInfluence')?.source).toBe('statement');
  });

  it('no studio policy can be granted without an application; each names the requirements that stop it', () => {
    expect(w.map((x) => [x.policy, x.possible])).toEqual([
      ['national', false],
      ['tianjin', false],
      ['pingdingshan', false],
    ]);
    const national = w[0];
    expect(national?.blockers.find((b) => b.ruleId === 'national.lead.social_influence')?.fields).toEqual([
      expect.objectContaining({ field: 'lead.socialInfluence', source: 'statement' }),
    ]);
    // A requirement decided by register facts alone is no blocker: the name (地区, 领办人姓名), the host's kind.
    expect(w[0]?.blockers.map((b) => b.ruleId)).not.toContain('national.naming');
    expect(w[2]?.blockers.map((b) => b.ruleId)).not.toContain('pingdingshan.studio.naming');
    // Tianjin's name is advice to the applicant (三（一）5 is the bureau's act), so no blocker.
    expect(w[1]?.blockers.map((b) => b.ruleId)).not.toContain('tianjin.naming');
    for (const x of w) for (const b of x.blockers) expect(b.fields.every((f) => f.source !== 'registry')).toBe(true);
    expect(w[1]?.blockers.find((b) => b.ruleId === 'tianjin.venue.area')?.fields[0]?.source).toBe('document');
  });

  it('is frozen and takes the same policy lists', () => {
    expect(Object.isFrozen(w[0]?.blockers)).toBe(true);
    expect(withoutApplication({ policies: ['tianjin'] }).map((x) => x.policy)).toEqual(['tianjin']);
    expect(() => withoutApplication({ policies: [] })).toThrow(TypeError);
  });
});
