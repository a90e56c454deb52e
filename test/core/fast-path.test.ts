// checkPolicy takes a clean application through a compiled guard (core/guard.ts, followed
// as the input is copied) and anything else through zod. Which path a report took must not show: the
// same input gives the same report with the guard switched off.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const guardOn = vi.hoisted(() => ({ value: true }));
vi.mock('../../src/core/guard.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/guard.js')>();
  return {
    ...original,
    guardOf: (schema: never) => (guardOn.value ? original.guardOf(schema) : null),
    shapeOf: (schema: never) => (guardOn.value ? original.shapeOf(schema) : null),
  };
});
const { check } = await import('../../src/index.js');
const { guardOf } = await import('../../src/core/guard.js');
const { policies } = await import('../../src/index.js');

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
const EXAMPLES = [
  ['national', 'studio', 'national/eligible-studio.json'],
  ['national', 'studio', 'national/ineligible-studio.json'],
  ['national', 'studio', 'national/incomplete-studio.json'],
  ['tianjin', 'studio', 'tianjin/studio-application.json'],
  ['pingdingshan', 'studio', 'pingdingshan/studio-application.json'],
  ['pingdingshan', 'mentor', 'pingdingshan/mentor.json'],
  ['taiyuan', 'expert', 'taiyuan/candidate.json'],
] as const;

describe('the fast path and the full path give the same report', () => {
  it.each(EXAMPLES)('%s %s: %s', (policy, subject, path) => {
    const input = read(path);
    const spec = policies[policy]?.checks[subject];
    guardOn.value = true;
    const fast = check(policy, subject as never, input, { asOf: '2026-11-22' });
    // The example does take the fast path, or this test would compare the full path with itself.
    expect(spec && guardOf(spec.schema)?.(input)).toBe(true);
    guardOn.value = false;
    const full = check(policy, subject as never, input, { asOf: '2026-11-22' });
    guardOn.value = true;
    expect(full).toEqual(fast);
  });
});

// Issue 30: a report's header parts (document, subject words, cited clauses, each result's
// clause list, constant messages) are built once per policy and shared, frozen. They must
// be what a report built from scratch says, on the fast path and on the full path alike.
const { checkMany } = await import('../../src/index.js');
const fc = (await import('fast-check')).default;
const { arbitraryNationalStudio, leafPaths, mutateAt } = await import('../helpers/arbitraries.js');

/** The header as the policy itself says it, built here from scratch. */
function headerFromScratch(policy: string, subject: string, report: { results: { clauses: readonly string[] }[] }) {
  const p = policies[policy as 'tianjin'];
  if (!p) throw new Error(policy);
  const cited = new Set(report.results.flatMap((r) => [...r.clauses]));
  return {
    document: { title: p.title, issuer: p.issuer, docNumber: p.docNumber, binding: p.binding },
    subjectLabel: p.checks[subject as 'studio']?.label,
    cited: p.clauses.filter((c) => cited.has(c.id)),
  };
}

/** Both paths, compared as JSON (what is stored and sent) and as values, and the header against scratch. */
function samePaths(policy: string, subject: string, input: unknown) {
  guardOn.value = true;
  const fast = check(policy as 'tianjin', subject as never, input, { asOf: '2026-11-22' });
  guardOn.value = false;
  const full = check(policy as 'tianjin', subject as never, input, { asOf: '2026-11-22' });
  guardOn.value = true;
  expect(JSON.stringify(full)).toBe(JSON.stringify(fast));
  expect(full).toEqual(fast);
  const scratch = headerFromScratch(policy, subject, fast);
  expect(JSON.stringify({ document: fast.document, subjectLabel: fast.subjectLabel, cited: fast.cited })).toBe(
    JSON.stringify(scratch),
  );
  for (const [i, r] of fast.results.entries()) {
    const rule = policies[policy as 'tianjin']?.checks[subject as 'studio']?.rules.find((x) => x.id === r.ruleId);
    if (rule) expect(r.clauses).toEqual(rule.clauses);
    expect(r.message).toEqual(full.results[i]?.message);
  }
  return fast;
}

const BUNDLED = [
  ...EXAMPLES,
  ['national', 'studio', 'ci/applications/haidian-zhangming.json'],
  ['national', 'studio', 'compare/studio-profile.json'],
  ['taiyuan', 'expert', 'taiyuan/candidate.json'],
] as const;

describe('the shared header parts are what each report would say on its own (issue 30)', () => {
  it.each(BUNDLED)('%s %s: %s, both paths and from scratch', (policy, subject, path) => {
    samePaths(policy, subject, read(path));
  });

  it.each(EXAMPLES)('%s %s: %s with each value replaced, both paths', (policy, subject, path) => {
    const example = read(path);
    const paths = leafPaths(example);
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 1 })),
        (pick, cut, v) => {
          const at = paths[pick % paths.length] as (string | number)[];
          samePaths(policy, subject, mutateAt(example, at.slice(0, 1 + (cut % at.length)), v));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('generated national applications, both paths', () => {
    fc.assert(
      fc.property(arbitraryNationalStudio, (app) => {
        samePaths('national', 'studio', JSON.parse(JSON.stringify(app)));
      }),
      { numRuns: 100 },
    );
  });

  it('checkMany gives, for each input, the report check gives (the shared parts the same objects)', () => {
    const inputs = BUNDLED.filter(([p]) => p === 'tianjin').map(([, , path]) => read(path));
    inputs.push({}, { staf: 3 }, null);
    const many = checkMany('tianjin', 'studio', inputs, { asOf: '2026-11-22' });
    expect(many).toEqual(inputs.map((x) => check('tianjin', 'studio', x, { asOf: '2026-11-22' })));
    const one = check('tianjin', 'studio', inputs[0], { asOf: '2026-11-22' });
    expect(many[0]?.document).toBe(one.document);
    expect(Object.isFrozen(one.document) && Object.isFrozen(one.cited) && Object.isFrozen(one.subjectLabel)).toBe(true);
  });
});

// Issue 30: a report's results, cited clauses and field words are built on their first
// read. Whichever part is read first, and however the report is read (JSON, a spread,
// structuredClone, a deep comparison), it is the report the rules give when run eagerly.
const { runRules } = await import('../../src/core/check.js');
const { policyBehind } = await import('../../src/core/public.js');
const { textValues } = await import('../../src/core/parameters.js');

describe('a report built on first read is the report the rules give (issue 30)', () => {
  const cases = BUNDLED.map(([policy, subject, path]) => [policy, subject, path, read(path)] as const);
  const at = { asOf: '2026-11-22' };

  it.each(cases)('%s %s: %s, read in any order and any way', (policy, subject, _path, input) => {
    const one = () => check(policy as 'tianjin', subject as never, input, at);
    const json = JSON.stringify(one());
    // Each lazy part read first, then the whole.
    for (const first of ['results', 'cited', 'fields', 'verdict'] as const) {
      const r = one();
      void r[first];
      expect(JSON.stringify(r)).toBe(json);
    }
    expect(JSON.stringify({ ...one() })).toBe(json);
    expect(JSON.stringify(structuredClone(one()))).toBe(json);
    expect(one()).toEqual(JSON.parse(json));
    // Its keys are the JSON's: no state of its own shows to reflection.
    expect(Reflect.ownKeys(one())).toEqual(Object.keys(JSON.parse(json)));
  });

  it.each(cases)('%s %s: %s, the rules run eagerly give the same results', (policy, subject, _path, input) => {
    const report = check(policy as 'tianjin', subject as never, input, at);
    const spec = policyBehind(policies[policy as 'tianjin']).checks[subject as 'studio'];
    if (!spec || report.verdict === 'not_applicable') throw new Error('an in-force check');
    const facts = JSON.parse(JSON.stringify(input));
    const eager = runRules(spec.rules, facts, { asOf: at.asOf, param: textValues });
    // The in-force result (where the text has a period) comes first, then the rules' in order.
    expect(JSON.stringify(report.results.slice(report.results.length - eager.length))).toBe(JSON.stringify(eager));
  });

  it('an assignment before or after the first read replaces the part; a report frozen unread still reads', () => {
    const input = read('tianjin/studio-application.json');
    const unread = check('tianjin', 'studio', input, at);
    unread.results = [];
    expect(unread.results).toEqual([]);
    expect(unread.cited?.length).toBeGreaterThan(0);
    const frozen = Object.freeze(check('tianjin', 'studio', input, at));
    expect(JSON.stringify(frozen)).toBe(JSON.stringify(check('tianjin', 'studio', input, at)));
    expect(() => {
      (frozen as { results: unknown }).results = [];
    }).toThrow(TypeError);
    expect(frozen.results.length).toBeGreaterThan(0);
  });
});

describe("a report's statuses without its results (a reform compares two reports)", () => {
  it.each(EXAMPLES)(
    '%s %s: %s — the same ids, statuses and clauses before and after the results are built',
    async (policy, subject, path) => {
      const { resultStatuses } = await import('../../src/core/check.js');
      // Taiyuan's in-force result comes first; outside a text's force the report has no rules' outcomes.
      for (const asOf of ['2026-11-22', '2020-01-01']) {
        const report = check(policy, subject, read(path), { asOf });
        const first = resultStatuses(report);
        const unread = first.map((r) => [r.ruleId, r.status, [...r.clauses]]);
        // Read before the results were built: not the results themselves.
        if (report.verdict !== 'not_applicable') expect(first).not.toBe(report.results);
        const results = report.results.map((r) => [r.ruleId, r.status, [...r.clauses]]);
        expect(unread).toEqual(results);
        expect(resultStatuses(report)).toBe(report.results);
      }
    },
  );
});
