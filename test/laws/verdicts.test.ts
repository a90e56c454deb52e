// Laws that no fact-preserving change of an application may break: the order of a list,
// whitespace around names, and a declared absence that already decides a rule.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
const EXAMPLES = {
  national: read('national/eligible-studio.json'),
  tianjin: read('tianjin/studio-application.json'),
} as const;
const AS_OF = '2026-11-22';
const SEED = { seed: 20261129, numRuns: 300 };
type Policy = keyof typeof EXAMPLES;
const statuses = (r: ReturnType<typeof check>) => Object.fromEntries(r.results.map((x) => [x.ruleId, x.status]));

/** The example with a second qualified lead person, as the texts allow several. */
function withTwoLeads(policy: Policy) {
  const app = structuredClone(EXAMPLES[policy]);
  app.leads.push({ ...app.leads[0], name: '李强' });
  return app;
}

describe('the order of a list does not matter', () => {
  for (const policy of ['national', 'tianjin'] as const) {
    it(`${policy}: any order of the leads gives the same statuses`, () => {
      const app = withTwoLeads(policy);
      const baseline = statuses(check(policy, 'studio', app, { asOf: AS_OF }));
      expect(check(policy, 'studio', app, { asOf: AS_OF }).verdict).toBe('eligible');
      fc.assert(
        fc.property(
          fc.shuffledSubarray(app.leads, { minLength: 2, maxLength: 2 }),
          fc.shuffledSubarray(app.staff, { minLength: app.staff.length, maxLength: app.staff.length }),
          (leads, staff) => {
            expect(statuses(check(policy, 'studio', { ...app, leads, staff }, { asOf: AS_OF }))).toEqual(baseline);
          },
        ),
        SEED,
      );
    });

    it(`${policy}: a name built from the second lead passes, one built from nobody listed fails`, () => {
      const app = withTwoLeads(policy);
      const second = { ...app, name: app.name.replace(app.leads[0].name, '李强') };
      const naming = (a: unknown) =>
        check(policy, 'studio', a, { asOf: AS_OF }).results.find((r) => r.ruleId === `${policy}.naming`);
      expect(naming(second)?.status).toBe('pass');
      const nobody = { ...app, name: app.name.replace(app.leads[0].name, '赵六') };
      expect(naming(nobody)?.status).toBe('fail');
      expect(naming(nobody)?.expected).toHaveLength(2);
    });
  }
});

describe('surrounding whitespace does not matter', () => {
  const spaces = fc.array(fc.constantFrom(' ', '\t', '\u3000', '\n'), { maxLength: 3 }).map((a) => a.join(''));
  for (const policy of ['national', 'tianjin'] as const) {
    it(`${policy}: spaces (ASCII or full-width) around the name and its parts`, () => {
      const app = EXAMPLES[policy];
      fc.assert(
        fc.property(spaces, spaces, spaces, (a, b, c) => {
          const lead = { ...app.leads[0], name: `${c}${app.leads[0].name}${a}` };
          const spaced = { ...app, name: `${a}${app.name}${b}`, leads: [lead] };
          expect(check(policy, 'studio', spaced, { asOf: AS_OF }).verdict).toBe('eligible');
        }),
        SEED,
      );
    });
  }
});

describe('a known absence decides', () => {
  const documents = ['memberDocuments', 'businessLicence', 'premisesProof'] as const;
  const documentsRule = (materials: object) =>
    check(
      'tianjin',
      'studio',
      { ...EXAMPLES.tianjin, materials: { ...EXAMPLES.tianjin.materials, ...materials } },
      { asOf: AS_OF },
    ).results.find((r) => r.ruleId === 'tianjin.materials.documents');

  it('one document declared missing fails 三（二）3, whatever the others are', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...documents),
        fc.constantFrom(true, undefined),
        fc.constantFrom(true, undefined),
        (absent, x, y) => {
          const [p, q] = documents.filter((d) => d !== absent);
          const outcome = documentsRule({ [absent]: false, [p as string]: x, [q as string]: y });
          expect(outcome?.status).toBe('fail');
          expect(outcome?.message.en).toContain('missing');
        },
      ),
      SEED,
    );
  });

  it('none declared missing and one not given: unknown, asking for exactly that one', () => {
    const outcome = documentsRule({ memberDocuments: true, businessLicence: true, premisesProof: undefined });
    expect(outcome).toMatchObject({ status: 'unknown', missing: ['materials.premisesProof'] });
    expect(documentsRule({ memberDocuments: true, businessLicence: true, premisesProof: true })?.status).toBe('pass');
  });

  it('the application report: a content declared absent fails, an open one is unknown', () => {
    const report = (contents: object) =>
      check(
        'tianjin',
        'studio',
        { ...EXAMPLES.tianjin, materials: { ...EXAMPLES.tianjin.materials, applicationReport: contents } },
        { asOf: AS_OF },
      ).results.find((r) => r.ruleId === 'tianjin.materials.report');
    const full = EXAMPLES.tianjin.materials.applicationReport;
    const [first, ...rest] = Object.keys(full);
    expect(report({ ...full, [first as string]: false })?.status).toBe('fail');
    const partial = Object.fromEntries(rest.map((k) => [k, true]));
    expect(report(partial)).toMatchObject({ status: 'unknown', missing: [`materials.applicationReport.${first}`] });
  });
});

describe('an empty list is a fact', () => {
  it('Tianjin: an application that lists no lead fails 二（一）, once', () => {
    const report = check('tianjin', 'studio', { ...EXAMPLES.tianjin, leads: [] }, { asOf: AS_OF });
    expect(report.verdict).toBe('ineligible');
    const failed = report.results.filter((r) => r.status === 'fail').map((r) => r.ruleId);
    expect(failed).toContain('tianjin.joint_application');
    const s = statuses(report);
    expect(s['tianjin.lead.service_years']).toBe('not_applicable');
    expect(s['tianjin.lead.role']).toBe('not_applicable');
    const missingLeads = check('tianjin', 'studio', { ...EXAMPLES.tianjin, leads: undefined }, { asOf: AS_OF });
    expect(statuses(missingLeads)['tianjin.joint_application']).toBe('unknown');
    expect(statuses(check('tianjin', 'studio', EXAMPLES.tianjin, { asOf: AS_OF }))['tianjin.joint_application']).toBe(
      'pass',
    );
  });

  it('the guideline: no lead fails its count rule, once', () => {
    const report = check('national', 'studio', { ...EXAMPLES.national, leads: [] }, { asOf: AS_OF });
    expect(report.results.filter((r) => r.status === 'fail').map((r) => r.ruleId)).toEqual(['national.lead.count']);
    expect(statuses(report)['national.naming']).toBe('not_applicable');
  });
});

describe('a rule about people names the person', () => {
  it('staff short of the years are named in the failing count, in both languages', () => {
    const app = structuredClone(EXAMPLES.tianjin);
    app.staff = [
      { name: '刘畅', experienceSince: '2020-09-01' },
      { name: '王芳', experienceSince: '2025-11-22' },
      { name: '陈晨', experienceYears: 1 },
    ];
    const r = check('tianjin', 'studio', app, { asOf: AS_OF }).results.find((x) => x.ruleId === 'tianjin.staff.count');
    expect(r?.status).toBe('fail');
    expect(r?.message.zh).toContain('从业不足2年：王芳（第2名）、陈晨（第3名）');
    expect(r?.message.en).toContain('under 2 years: 王芳 (no. 2), 陈晨 (no. 3)');
    expect(r?.message.zh).not.toContain('刘畅');
  });
});
