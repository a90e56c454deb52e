// Every rule of every registered policy, walked over a corpus of inputs per subject: the bundled
// examples, each with every value removed or moved to an edge. A rule that never
// produces `pass`, `fail` or `unknown` here is either untestable as written or has a
// branch no input reaches; the exceptions below say which, and why. The same corpus
// checks that no rendered message reads a value the outcome did not supply (the
// renderer would print it as an empty string).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { MessageParams } from '../../src/core/types.js';
import { check, evaluate, policies } from '../../src/index.js';
import { arbitraryHostile, mutateAt } from '../helpers/arbitraries.js';
import { allPaths, unlistedKinds, variants } from '../helpers/corpus.js';

// Every message rendered while a subject's corpus is walked, with the parameters it was given.
type Rendered = { code: string; params: MessageParams }[];
let rendered: Rendered = [];
vi.mock('../../src/core/messages.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/messages.js')>();
  return {
    ...original,
    render: (code: string, params: MessageParams = {}) => {
      rendered.push({ code, params });
      return original.render(code, params);
    },
  };
});
const { MESSAGES } = await import('../../src/core/messages.js');
// Walking the corpus takes seconds, more on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
const AS_OF = '2026-11-22';

type Run = (
  input: unknown,
  asOf?: string,
) => {
  results: { ruleId: string; status: string; missing?: string[] | undefined; message: { zh: string; en: string } }[];
};
/**
 * Each subject and evaluation: the examples it starts from, a few inputs written for
 * combinations one change cannot reach, and other dates the examples also run at.
 */
const SUBJECTS: { name: string; run: Run; examples: unknown[]; extra?: unknown[]; dates?: string[] }[] = [
  {
    name: 'national studio',
    run: (x, asOf = AS_OF) => check('national', 'studio', x, { asOf }),
    examples: ['eligible-studio', 'incomplete-studio', 'ineligible-studio'].map((f) => read(`national/${f}.json`)),
    extra: [unlistedKinds(read('national/eligible-studio.json'))],
  },
  {
    name: 'tianjin studio',
    run: (x, asOf = AS_OF) => check('tianjin', 'studio', x, { asOf }),
    examples: [read('tianjin/studio-application.json')],
    extra: [unlistedKinds(read('tianjin/studio-application.json'))],
  },
  {
    name: 'tianjin evaluation',
    run: (x, to = '2026-06-19') => evaluate('tianjin', x, { to }),
    examples: [read('tianjin/year-record.json')],
    dates: ['2026-06-18'],
  },
  {
    name: 'pingdingshan studio',
    run: (x, asOf = AS_OF) => check('pingdingshan', 'studio', x, { asOf }),
    examples: [read('pingdingshan/studio-application.json')],
    extra: [{ ...read('pingdingshan/studio-application.json'), host: { kind: 'other', kindAccepted: false } }],
    dates: ['2020-01-01'],
  },
  {
    name: 'pingdingshan mentor',
    run: (x, asOf = AS_OF) => check('pingdingshan', 'mentor', x, { asOf }),
    examples: [read('pingdingshan/mentor.json')],
    dates: ['2020-01-01'],
  },
  {
    name: 'pingdingshan evaluation',
    run: (x, from = '2025-01-01') => evaluate('pingdingshan', x, { from, to: '2025-12-31', asOf: AS_OF }),
    examples: [read('pingdingshan/year-record.json')],
  },
  {
    name: 'taiyuan expert',
    run: (x, asOf = '2027-03-15') => check('taiyuan', 'expert', x, { asOf }),
    examples: [read('taiyuan/candidate.json'), ...read('taiyuan/roster.json')],
    // An expert in a current term with one record of each kind, and with three complaints.
    extra: [
      ...['resignation_request', 'personal_gain', 'unlawful_conduct', 'criminal_penalty'].map((kind) => [{ kind }]),
      [{ kind: 'secret_leak', adverseConsequences: true }],
      ['F-1', 'F-2', 'F-3'].map((id) => ({ id, kind: 'dissatisfied_feedback', aboutAttitude: true })),
      ['F-1', 'F-2', 'F-3'].map((id) => ({ id, kind: 'dissatisfied_feedback' })),
    ].map((records) => ({
      ...read('taiyuan/roster.json')[3],
      records: records.map((r, i) => ({ id: `K-${i}`, date: '2026-06-01', ...r })),
    })),
    dates: ['2026-01-01', '2031-02-01', '2026-11-22'],
  },
];

/**
 * What one subject's corpus produces: the statuses of each rule, the distinct result
 * lines (rule, status, message in both languages) and the messages rendered. Each test
 * below walks its own subject, so a test covers exactly the code its subject runs (a
 * mutation run picks the tests that cover a change, and runs them alone).
 */
function walkSubject(subject: (typeof SUBJECTS)[number]) {
  const statuses = new Map<string, Set<string>>();
  const lines = new Set<string>();
  rendered = [];
  const messages = rendered;
  const record = (report: ReturnType<Run>) => {
    for (const r of report.results) {
      const seen = statuses.get(r.ruleId) ?? new Set<string>();
      seen.add(r.status);
      statuses.set(r.ruleId, seen);
      lines.add(`${r.ruleId} ${r.status}\n  ${r.message.zh}\n  ${r.message.en}`);
    }
  };
  const inputs = [...subject.examples, ...(subject.extra ?? [])].flatMap((e) => [...variants(e)]);
  inputs.push(...fc.sample(arbitraryHostile, { numRuns: 50, seed: 7 }));
  for (const input of inputs) record(subject.run(input));
  for (const date of subject.dates ?? []) for (const input of subject.examples) record(subject.run(input, date));
  return { statuses, lines, messages };
}

/** The rules a subject runs: a check's rules, or an evaluation's applicability and gates. */
function rulesOf(name: string): string[] {
  const [policyId, subjectId] = name.split(' ') as [keyof typeof policies, string];
  const policy = policies[policyId];
  if (subjectId === 'evaluation')
    return policy?.evaluation ? [policy.evaluation.applicability, ...policy.evaluation.gates].map((r) => r.id) : [];
  return (policy?.checks[subjectId as keyof typeof policy.checks]?.rules ?? []).map((r) => r.id);
}

/** Statuses a rule cannot produce, with the reason. Anything else unseen is a gap in the corpus or the rule. */
const NEVER_FAILS = 'decides whether the year can be evaluated: not_applicable, never fail';
const CANNOT: Record<string, { statuses: string[]; reason: string }> = {
  'tianjin.evaluation.full_year': { statuses: ['fail'], reason: NEVER_FAILS },
  'pingdingshan.effects.applicable': { statuses: ['fail'], reason: NEVER_FAILS },
  // 第十四条: before the measures nothing is judged (open, never 不符合).
  'pingdingshan.studio.in_force': {
    statuses: ['fail', 'unknown'],
    reason: 'depends only on the as-of date; before the measures (第十四条) not_applicable, the report verdict too',
  },
  'pingdingshan.mentor.in_force': {
    statuses: ['fail', 'unknown'],
    reason: 'depends only on the as-of date; before the measures (第十四条) not_applicable, the report verdict too',
  },
  // 第七条: a defect in the file is to be supplied (补正), never an unmet condition.
  'pingdingshan.materials': {
    statuses: ['fail'],
    reason: 'a defect in the file is to be supplied: unknown, never fail',
  },
  'taiyuan.validity': {
    statuses: ['fail', 'unknown'],
    reason: 'depends only on the as-of date; outside 第十五条 the measures do not apply: not_applicable, never fail',
  },
  'taiyuan.duty.confidentiality': {
    statuses: ['fail', 'unknown'],
    reason:
      '第四条 attaches no consequence of its own: a leak is reported (not_applicable), dismissal follows 第十二条（五）',
  },
  'taiyuan.term': {
    statuses: ['unknown'],
    reason: 'no terms is a candidate (not_applicable); a listed term has its dates by the schema',
  },
};

/** The rendered messages that read a value their outcome did not supply. */
function gapsIn(messages: Rendered): string[] {
  const gaps = new Set<string>();
  for (const { code, params } of messages) {
    if (!Object.hasOwn(MESSAGES.zh, code)) continue;
    for (const lang of ['zh', 'en'] as const) {
      const watched = new Proxy(params, {
        get(target, key) {
          const value = Reflect.get(target, key);
          if (value === undefined) gaps.add(`${lang} ${code}: ${String(key)}`);
          return value;
        },
      });
      const say = (v: unknown) => (v === undefined ? '' : typeof v === 'object' ? 'x' : String(v));
      (MESSAGES[lang] as Record<string, (p: MessageParams, s: typeof say) => string>)[code]?.(watched, say);
    }
  }
  return [...gaps];
}

describe("each subject's corpus", () => {
  it('every check subject and evaluation of every registered policy has a corpus', () => {
    const registered = Object.entries(policies).flatMap(([id, policy]) => [
      ...Object.keys(policy?.checks ?? {}).map((subject) => `${id} ${subject}`),
      ...(policy?.evaluation ? [`${id} evaluation`] : []),
    ]);
    expect(SUBJECTS.map((s) => s.name).sort()).toEqual(registered.sort());
  });
  // One test per subject: every rule reached, each producing pass, fail and unknown (or
  // the reason it cannot); no message reading a value its outcome did not supply; and
  // what an official reads kept in test/policies/messages/, reviewed when it changes
  // (`npx vitest run --project all test/policies/rule-statuses.test.ts -u` rewrites it).
  const codes = new Set<string>();
  it.each(SUBJECTS.map((s) => [s.name, s] as const))('%s', async (name, subject) => {
    const { statuses, lines, messages } = walkSubject(subject);
    const wrong = rulesOf(name).flatMap((rule) => {
      const expected = ['pass', 'fail', 'unknown'].filter((s) => !CANNOT[rule]?.statuses.includes(s)).sort();
      const produced = [...(statuses.get(rule) ?? [])].filter((s) => s !== 'not_applicable').sort();
      return produced.join() === expected.join() ? [] : [`${rule}: ${produced.join(', ') || 'never run'}`];
    });
    expect(wrong).toEqual([]);
    expect(gapsIn(messages)).toEqual([]);
    for (const { code } of messages) codes.add(code);
    await expect(`${[...lines].sort().join('\n')}\n`).toMatchFileSnapshot(`messages/${name.replaceAll(' ', '-')}.txt`);
  });
  it('the corpora render the rule messages of every kind, not only a few', () => {
    // Run alone (a filtered run), it walks what the tests above would have.
    if (codes.size === 0) for (const s of SUBJECTS) for (const { code } of walkSubject(s).messages) codes.add(code);
    for (const code of ['count', 'amount', 'years', 'includes', 'missing', 'needs_attestation', 'kind_unlisted'])
      expect(codes).toContain(code);
  });
});

/** Facts that decide a rule in place of the one removed. */
const ALTERNATIVES: Record<string, string[]> = {
  // The applicant's name is asked for when no single lead mentor supplies it.
  'pingdingshan.studio.naming': ['applicantName'],
};

describe('each missing path names the value that was removed', () => {
  // Removing one value of a complete example: every rule it turns from decided to
  // unknown must ask for that value (its path, or a path inside or around it), or for
  // another fact of the same list entry that would decide it (a start date for the
  // years declared; a commendation for a certificate).
  it.each(SUBJECTS.map((s) => [s.name, s] as const))('%s', (_, subject) => {
    const wrong: string[] = [];
    for (const example of subject.examples) {
      const before = new Map(subject.run(example).results.map((r) => [r.ruleId, r.status]));
      for (const path of allPaths(example)) {
        const removed = path.join('.');
        for (const r of subject.run(mutateAt(example, path, undefined)).results) {
          const was = before.get(r.ruleId);
          if (r.status !== 'unknown' || (was !== 'pass' && was !== 'fail')) continue;
          const entry = removed.match(/^[^.]+\.\d+/u)?.[0];
          const names = (m: string) =>
            m === removed ||
            m.startsWith(`${removed}.`) ||
            removed.startsWith(`${m}.`) ||
            (entry !== undefined && m.startsWith(`${entry}.`)) ||
            ALTERNATIVES[r.ruleId]?.includes(m);
          if (!(r.missing ?? []).some(names)) wrong.push(`${r.ruleId} without ${removed}: ${r.missing?.join(', ')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the check for values a message reads', () => {
  it('a message with a value left out is caught by this check', () => {
    const watchedKeys: string[] = [];
    const watched = new Proxy({ label: { zh: '甲', en: 'A' } } as MessageParams, {
      get(target, key) {
        if (Reflect.get(target, key) === undefined) watchedKeys.push(String(key));
        return Reflect.get(target, key);
      },
    });
    MESSAGES.en.count(watched, (v) => String(v ?? ''));
    expect(watchedKeys).toContain('required');
    expect(watchedKeys).toContain('actual');
  });
});
