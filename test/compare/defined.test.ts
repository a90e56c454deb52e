// A policy made by definePolicy in the compare module (issue 31 item 1): checkEverywhere,
// nextQuestions, withoutApplication and profileInput take it by the profile mapping it
// declares, refuse one that declares none, and report (never throw) a mapping that throws;
// comparePolicies fills its naming and recognition rows from what it declares. The
// fixture is an invented text (示例市, fictional).
import { compare, InvalidArgumentError, type Policy } from 'chuangye-rules';
import { definePolicy, type ProfileMapping, type StudioProfile } from 'chuangye-rules/define';
import { describe, expect, it } from 'vitest';
import { definition } from '../define/fixture.js';

const mapping: ProfileMapping<StudioProfile> = {
  subject: 'studio',
  input: (p) => ({
    ...(p.mentors === undefined ? {} : { mentors: p.mentors.length }),
    ...(p.extra?.['example-city'] ?? {}),
  }),
  paths: { mentors: 'mentors' },
  needs: { mentors: 'mentors.min' },
  steps: [
    { ruleId: 'example.candidate', clauses: ['第二条'], text: { zh: '经区推荐', en: 'put forward by the district' } },
  ],
};
const policy = definePolicy({ ...definition(), profile: mapping });
const withoutMapping = definePolicy(definition());
const asOf = '2026-11-22';
const mentors = (n: number) => ({ mentors: Array.from({ length: n }, (_, i) => ({ name: `导师${i}` })) });

describe('checkEverywhere with a defined policy', () => {
  it('checks it beside the guideline: both sides of its threshold, its title, its steps', () => {
    const r = compare.checkEverywhere(mentors(3), { asOf, policies: ['national', policy] });
    expect(r.outcomes.map((o) => o.policy)).toEqual(['national', 'example-city']);
    const own = r.outcomes[1];
    expect(own?.verdict).toBe('eligible');
    expect(own?.title).toEqual(policy.title);
    expect(own?.steps).toEqual(mapping.steps);
    const two = compare.checkEverywhere(mentors(2), { asOf, policies: [policy] }).outcomes[0];
    expect(two?.verdict).toBe('ineligible');
    expect(two?.gaps.map((g) => [g.ruleId, g.clauses])).toEqual([['example.mentors', ['第二条']]]);
  });

  it('asks what it needs in the profile’s field, with the threshold its parameter sets', () => {
    const o = compare.checkEverywhere({}, { asOf, policies: [policy] }).outcomes[0];
    expect(o?.verdict).toBe('incomplete');
    expect(o?.toSupply).toEqual(['mentors']);
    expect(o?.asks[0]).toMatchObject({
      field: 'mentors',
      label: { zh: '创业导师' },
      need: { zh: '3名以上（第二条）' },
      rules: ['example.mentors'],
    });
  });

  it('an input path the mapping does not name is the same profile field; one under extra is the policy’s own', () => {
    const own = definePolicy({ ...definition(), profile: { subject: 'studio', input: mapping.input } });
    // `mentors` is a profile field too: the same path.
    expect(compare.checkEverywhere({}, { asOf, policies: [own] }).outcomes[0]?.toSupply).toEqual(['mentors']);
    // A path under extra.<id>: asked as the policy's own field, in its own words.
    const renamed = definePolicy({
      ...definition(),
      profile: {
        subject: 'studio',
        input: (p: StudioProfile) => p.extra?.['example-city'] ?? {},
        paths: () => ['extra.example-city.mentors.0'],
      },
    });
    const asks = compare.checkEverywhere({}, { asOf, policies: [renamed] }).outcomes[0]?.asks;
    expect(asks?.map((a) => a.field)).toEqual(['extra.example-city.mentors']);
    expect(asks?.[0]?.label.zh).toBe(`${policy.title.zh} · mentors`);
    // Given under extra, it is checked.
    const given = compare.checkEverywhere({ extra: { 'example-city': { mentors: 3 } } }, { asOf, policies: [renamed] });
    expect(given.outcomes[0]?.verdict).toBe('eligible');
  });

  it('a path table with [] for any index and the rest of the path kept', () => {
    const lists = definePolicy({
      ...definition(),
      profile: {
        subject: 'studio',
        input: () => ({}),
        paths: (path: string) => (path === 'mentors' ? ['lead.serviceSince'] : []),
      },
    });
    expect(compare.checkEverywhere({}, { asOf, policies: [lists] }).outcomes[0]?.toSupply).toEqual([
      'lead.serviceSince',
    ]);
    const table = definePolicy({
      ...definition(),
      profile: { subject: 'studio', input: () => ({}), paths: { 'mentors[]': 'lead', mentors: 'venue.areaSqm' } },
    });
    expect(compare.checkEverywhere({}, { asOf, policies: [table] }).outcomes[0]?.toSupply).toEqual(['venue.areaSqm']);
  });

  it('a key under extra that no policy checked reads is a warning (a typo must not vanish)', () => {
    const r = compare.checkEverywhere({ extra: { 'example-citi': { mentors: 3 } } }, { asOf, policies: [policy] });
    expect(r.problems.map((p) => [p.path.join('.'), p.code, p.severity])).toEqual([
      ['extra.example-citi', 'unknown_key', 'warning'],
    ]);
    // The bundled studio policies' own parts are never a typo.
    expect(compare.checkEverywhere({ extra: { tianjin: {} } }, { asOf, policies: [policy] }).problems).toEqual([]);
  });

  it('a policy that declares no mapping is refused with a typed error naming it; so is Taiyuan', () => {
    for (const call of [
      () => compare.checkEverywhere({}, { policies: ['national', withoutMapping] }),
      () => compare.nextQuestions({}, { policies: [withoutMapping] }),
      () => compare.withoutApplication({ policies: [withoutMapping] }),
      () => compare.profileInput(withoutMapping, {}),
    ]) {
      expect(call).toThrow(InvalidArgumentError);
      expect(call).toThrow(/"example-city" declares no profile mapping/u);
    }
    expect(() => compare.checkEverywhere({}, { policies: ['taiyuan' as never] })).toThrow(InvalidArgumentError);
    expect(() => compare.checkEverywhere({}, { policies: [{ ...policy } as Policy] })).toThrow(InvalidArgumentError);
    // A defined policy standing for a bundled one does not borrow its mapping.
    const standIn = definePolicy({ ...definition(), id: 'tianjin' }, { allowBundledId: true });
    expect(() => compare.checkEverywhere({}, { policies: [standIn] })).toThrow(
      /"tianjin" declares no profile mapping/u,
    );
  });

  it('a mapping that throws is a problem, never a throw: the policy is left out, the others checked', () => {
    const broken = definePolicy({
      ...definition(),
      profile: {
        ...mapping,
        input: () => {
          throw new TypeError('boom');
        },
      },
    });
    const r = compare.checkEverywhere(mentors(3), { asOf, policies: ['national', broken] });
    expect(r.outcomes.map((o) => o.policy)).toEqual(['national']);
    expect(r.problems).toEqual([
      expect.objectContaining({ path: [], code: 'profile_mapping_failed', severity: 'error' }),
    ]);
    expect(r.problems[0]?.message.zh).toContain(`《${policy.title.zh}》`);
    const zh = compare.renderEverywhere(r, 'text', 'zh');
    expect(zh).toContain('错误 工作室档案：');
    expect(zh).not.toContain('example-city');
    // profileInput has no report to carry it: a typed error.
    expect(() => compare.profileInput(broken, {})).toThrow(InvalidArgumentError);
    // A paths function that throws maps the path as unmapped.
    const badPaths = definePolicy({
      ...definition(),
      profile: {
        ...mapping,
        paths: () => {
          throw new Error('boom');
        },
      },
    });
    expect(compare.checkEverywhere({}, { asOf, policies: [badPaths] }).outcomes[0]?.toSupply).toEqual(['mentors']);
    // An input that is not JSON data is the policy's schema's problem, in the report.
    const proxied = definePolicy({
      ...definition(),
      profile: {
        ...mapping,
        input: () =>
          new Proxy(
            {},
            {
              ownKeys: () => {
                throw new Error('trap');
              },
            },
          ),
      },
    });
    expect(compare.checkEverywhere({}, { asOf, policies: [proxied] }).outcomes[0]?.verdict).toBe('invalid');
  });

  it('profileInput gives the input a policy receives', () => {
    expect(compare.profileInput(policy, mentors(2))).toEqual({ mentors: 2 });
    expect(compare.profileInput('national', { region: '示例市' })).toMatchObject({ region: '示例市' });
  });
});

describe('nextQuestions and withoutApplication with a defined policy', () => {
  it('asks the profile field that settles it, beside the guideline, in its words and with its threshold', () => {
    const q = compare.nextQuestions({}, { asOf, policies: ['national', policy] });
    const m = q.questions.find((x) => x.field === 'mentors');
    expect(m?.settles).toEqual(['example-city']);
    expect(m?.needs).toEqual([{ policy: 'example-city', need: { zh: '3名以上（第二条）', en: expect.any(String) } }]);
    expect(q.verdicts.map((v) => [v.policy, v.title.zh])).toEqual([
      ['national', '创业指导师工作室建设技术指引（试行）'],
      ['example-city', policy.title.zh],
    ]);
    const decided = compare.nextQuestions(mentors(3), { asOf, policies: [policy] });
    expect(decided.questions).toEqual([]);
  });

  it('zh names the policy by its title and the field by its label; en puts the label first', () => {
    const q = compare.nextQuestions({}, { asOf, policies: ['national', policy] });
    for (const format of ['text', 'md', 'html'] as const) {
      const zh = compare.renderQuestions(q, format, 'zh');
      expect(zh).toContain(`《${policy.title.zh}》：3名以上（第二条）`);
      for (const code of ['example-city', 'national', '(mentors)', 'lead.', 'venue.']) expect(zh).not.toContain(code);
      const en = compare.renderQuestions(q, format, 'en');
      expect(en).toContain('(mentors)');
      const ew = compare.renderEverywhere(compare.checkEverywhere({}, { asOf, policies: [policy] }), format, 'zh');
      expect(ew).toContain('创业导师，3名以上（第二条）');
      expect(ew).not.toContain('example-city');
    }
  });

  it('withoutApplication: the facts no register holds', () => {
    const [w] = compare.withoutApplication({ policies: [policy] });
    expect(w).toMatchObject({ policy: 'example-city', title: policy.title, possible: false });
    expect(w?.blockers.map((b) => [b.ruleId, b.fields.map((f) => f.field)])).toEqual([
      ['example.mentors', ['mentors']],
    ]);
  });
});

describe('comparePolicies: the naming and recognition rows from what a defined policy declares', () => {
  const naming = {
    pattern: '示例市+领办人姓名+创业指导工作室',
    parts: [
      { literal: '示例市' },
      { field: 'leadName', label: { zh: '领办人姓名', en: "lead's name" } },
      { literal: '创业指导工作室' },
    ],
    clause: '第二条',
    extraElementsAllowed: false,
  };
  const reviewDays = { ...definition().parameters?.[0], id: 'review.days', value: 10, informative: true } as never;
  const declared = definePolicy({
    ...definition(),
    naming,
    parameters: [...(definition().parameters ?? []), reviewDays],
    procedures: [
      {
        id: 'recognition',
        label: { zh: '认定', en: 'Recognition' },
        steps: [
          { id: 'applied', label: { zh: '申请', en: 'Applied' }, clauses: ['第二条'], duration: { kind: 'none' } },
          {
            id: 'reviewed',
            label: { zh: '审核', en: 'Reviewed' },
            clauses: ['第二条'],
            duration: { kind: 'workdays', n: reviewDays },
          },
        ],
      },
    ],
  });
  const row = (c: ReturnType<typeof compare.comparePolicies>, id: string) =>
    c.themes.flatMap((t) => t.rows).find((r) => r.id === id);

  it('fills them as the bundled cells are computed', () => {
    const c = compare.comparePolicies(['tianjin', declared]);
    expect(row(c, 'naming')?.cells['example-city']).toMatchObject({
      state: 'set',
      value: naming.pattern,
      shown: { zh: '示例市+领办人姓名+创业指导工作室' },
      clause: '第二条',
    });
    expect(row(c, 'procedure.recognition')?.cells['example-city']).toMatchObject({
      state: 'set',
      shown: { zh: '申请 → 审核（10个工作日）' },
      clause: '第二条',
    });
  });

  it('not declared: not set', () => {
    const c = compare.comparePolicies(['tianjin', withoutMapping]);
    expect(row(c, 'naming')?.cells['example-city']?.state).toBe('not_set');
    expect(row(c, 'procedure.recognition')?.cells['example-city']?.state).toBe('not_set');
  });

  it('a procedure of an unexpected shape leaves the cell not set, never a throw', () => {
    const odd = definePolicy({
      ...definition(),
      procedures: [{ id: 'recognition', label: { zh: '认定', en: 'Recognition' }, steps: [{ id: 'x' }] as never }],
    });
    expect(row(compare.comparePolicies([odd]), 'procedure.recognition')?.cells['example-city']?.state).toBe('not_set');
  });
});

describe('one mapping cannot change what the next one reads', () => {
  it('the profile a mapping receives is frozen: writing to it is a reported failure, the next policy unaffected', () => {
    const writer = definePolicy({
      ...definition(),
      id: 'writer',
      profile: {
        ...mapping,
        input: (p: StudioProfile) => {
          (p as { mentors?: unknown }).mentors = [];
          return {};
        },
      },
    });
    const r = compare.checkEverywhere(mentors(3), { asOf, policies: [writer, policy] });
    expect(r.outcomes.map((o) => [o.policy, o.verdict])).toEqual([['example-city', 'eligible']]);
    expect(r.problems.map((p) => p.code)).toEqual(['profile_mapping_failed']);
  });
});
