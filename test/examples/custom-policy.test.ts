// examples/custom-policy: an invented measures text (示例市, fictional) encoded with the
// public authoring API only, tested with the kit as its author would, in two versions; a
// deliberately broken copy shows the kit failing on each kind of mistake; and the
// example reaches the library only through the package's public exports.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { check, compare, getPolicy, InvalidArgumentError, type Policy, renderReport } from 'chuangye-rules';
import { assertPolicy, type Boundary, type PolicyCase, PolicyTestError, policyFindings } from 'chuangye-rules/testing';
import { describe, expect, it } from 'vitest';
import { compareWithGuideline } from '../../examples/custom-policy/compare.mjs';
import { checkWithGuideline, PROFILE } from '../../examples/custom-policy/everywhere.mjs';
import { measures2025, measures2027, policy, SOURCES } from '../../examples/custom-policy/policy.mjs';

const root = new URL('../../', import.meta.url);
const application = JSON.parse(
  readFileSync(new URL('examples/custom-policy/studio-application.json', root), 'utf8'),
) as Record<string, unknown> & { leads: object[]; venue: object };
const text = (year: 2025 | 2027) => readFileSync(SOURCES[year], 'utf8');

const at =
  (asOf: string) =>
  (input: unknown): PolicyCase => ({ subject: 'studio', input, asOf });

/** The kit's inputs for a version: cases failing each rule clause, and both sides of each threshold. */
function kitFor(area: number, asOf: string) {
  const studio = at(asOf);
  const eligible = { ...application, venue: { fixed: true, areaSqm: String(area) } };
  const cases: PolicyCase[] = [
    studio(eligible),
    studio({ ...eligible, leads: [] }), // 第三条
    studio({ ...eligible, fullTimeStaff: 2 }), // 第四条
    studio({ ...eligible, venue: { fixed: false, areaSqm: String(area) } }), // 第五条
    studio({ ...eligible, sessionsServed: 0 }), // 第六条
    studio({ ...eligible, materials: ['application_form'] }), // 第七条
    studio({ ...eligible, name: '示例市创业指导工作室' }), // 第九条
  ];
  // 陈晓 began on 2021-05-10: three years (含) are reached on 2024-05-10, not the day before.
  const lead = (since: string) => ({ ...eligible, leads: [{ name: '陈晓', guidanceSince: since }] });
  const [y, md] = [Number(asOf.slice(0, 4)), asOf.slice(4)];
  const boundaries: Boundary[] = [
    { parameter: 'lead.count', pass: studio(eligible), fail: studio({ ...eligible, leads: [] }) },
    {
      parameter: 'lead.serviceYears',
      pass: studio(lead(`${y - 3}${md}`)),
      fail: studio(lead(dayAfter(`${y - 3}${md}`))),
    },
    {
      parameter: 'staff.fullTime',
      pass: studio({ ...eligible, fullTimeStaff: 3 }),
      fail: studio({ ...eligible, fullTimeStaff: 2 }),
    },
    {
      parameter: 'venue.areaSqm',
      pass: studio({ ...eligible, venue: { fixed: true, areaSqm: `${area}` } }),
      fail: studio({ ...eligible, venue: { fixed: true, areaSqm: `${area - 1}.99` } }),
    },
    {
      parameter: 'sessions.min',
      pass: studio({ ...eligible, sessionsServed: 50 }),
      fail: studio({ ...eligible, sessionsServed: 49 }),
    },
  ];
  return { cases, boundaries, hostile: { runs: 150, seed: 31, asOf } };
}
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('the test kit on each version of the invented measures', () => {
  it('the 2025 measures pass every assertion against their text', () => {
    expect(() => assertPolicy(measures2025, { source: text(2025), ...kitFor(80, '2026-06-30') })).not.toThrow();
  });
  it('the 2027 revision passes every assertion against its text', () => {
    expect(() => assertPolicy(measures2027, { source: text(2027), ...kitFor(100, '2027-06-30') })).not.toThrow();
  });
  it('the versions together are refused: each is tested against its own text', () => {
    expect(() => policyFindings(policy, { source: text(2027), ...kitFor(100, '2027-06-30') })).toThrow(
      InvalidArgumentError,
    );
    expect(policy.versions?.length).toBe(2);
  });
  it("each version's clauses are not the other's text: 第五条 and 第十条 changed", () => {
    const findings = policyFindings(measures2025, { source: text(2027), ...kitFor(80, '2026-06-30') });
    expect(findings.map((f) => `${f.kind} ${f.id}`)).toEqual([
      'clause_not_verbatim 第五条',
      'clause_not_verbatim 第十条',
      'parameter_not_verbatim venue.areaSqm',
    ]);
  });
});

describe('a deliberately broken copy of the 2025 measures', () => {
  const kit = { source: text(2025), ...kitFor(80, '2026-06-30') };
  const copy = (change: (p: Policy) => Partial<Policy>): Policy => ({ ...measures2025, ...change(measures2025) });
  const misquoted = copy((p) => ({
    clauses: p.clauses.map((c) => (c.id === '第四条' ? { ...c, text: '工作室应当配备专职工作人员不少于5名。' } : c)),
  }));
  // 第二条 marked as a condition that no rule checks.
  const uncited = copy((p) => ({
    clauses: p.clauses.map((c) => (c.id === '第二条' ? { ...c, coverage: 'rule' as const } : c)),
  }));
  const untested = { ...kit, boundaries: kit.boundaries.filter((b) => b.parameter !== 'sessions.min') };
  const found = (p: Policy, k = kit) => policyFindings(p, k).map((f) => `${f.kind} ${f.id}`);

  it('a misquoted clause', () => expect(found(misquoted)).toEqual(['clause_not_verbatim 第四条']));
  it('an uncited rule clause', () => expect(found(uncited)).toEqual(['rule_clause_uncited 第二条']));
  it('a threshold whose boundary is never tested', () => {
    expect(found(measures2025, untested)).toEqual(['threshold_untested sessions.min']);
  });
  it('a rule clause no case makes fail', () => {
    // Only the eligible application (and the boundaries' sides, which fail 第三条 to 第五条).
    const found2 = found(measures2025, { ...untested, cases: kit.cases.slice(0, 1) });
    expect(found2).toContain('rule_clause_never_fails 第六条');
    expect(found2).toContain('rule_clause_never_fails 第九条');
    expect(found2).not.toContain('rule_clause_never_fails 第三条');
  });
  it('all three at once: one error lists every finding', () => {
    const broken = {
      ...misquoted,
      clauses: misquoted.clauses.map((c) => (c.id === '第二条' ? { ...c, coverage: 'rule' as const } : c)),
    };
    let error: unknown;
    try {
      assertPolicy(broken, untested);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyTestError);
    expect((error as PolicyTestError).findings.map((f) => `${f.kind} ${f.id}`)).toEqual([
      'clause_not_verbatim 第四条',
      'rule_clause_uncited 第二条',
      'threshold_untested sessions.min',
    ]);
    expect((error as Error).message).toContain('threshold_untested sessions.min');
  });
});

describe('two versions: a check takes the one in force on its date, and names it', () => {
  // 90 m² meets the 2025 measures' 80 and falls short of the 2027 revision's 100.
  it('2026-12-31: the 2025 measures, eligible', () => {
    const r = check(policy, 'studio', application, { asOf: '2026-12-31' });
    expect(r.verdict).toBe('eligible');
    expect(r.version?.docNumber).toBe('示人社规〔2025〕1号');
    expect(renderReport(r, { lang: 'zh' })).toContain('示人社规〔2025〕1号');
  });
  it('2027-01-01: the revision, ineligible on the area alone', () => {
    const r = check(policy, 'studio', application, { asOf: '2027-01-01' });
    expect(r.verdict).toBe('ineligible');
    expect(r.version?.docNumber).toBe('示人社规〔2027〕1号');
    expect(r.results.filter((x) => x.status === 'fail').map((x) => [x.ruleId, x.expected])).toEqual([
      ['shili.venue.area', { min: '100' }],
    ]);
    expect(renderReport(r, { lang: 'zh' })).toContain('示人社规〔2027〕1号');
    expect(renderReport(r, { lang: 'en' })).toContain('示人社规〔2027〕1号');
  });
  it('one rule set serves both versions: the area rule reads the version in force, either side of 2027-01-01', () => {
    const rules = (p: Policy) => p.checks.studio?.rules.map((r) => [r.id, r.title.zh]);
    expect(rules(measures2027)).toEqual(rules(measures2025));
    const area = (areaSqm: string, asOf: string) => {
      const r = check(policy, 'studio', { ...application, venue: { fixed: true, areaSqm } }, { asOf });
      const result = r.results.find((x) => x.ruleId === 'shili.venue.area');
      return [r.verdict, result?.status, result?.expected];
    };
    expect(area('80', '2026-12-31')).toEqual(['eligible', 'pass', { min: '80' }]);
    expect(area('79.99', '2026-12-31')).toEqual(['ineligible', 'fail', { min: '80' }]);
    expect(area('99.99', '2027-01-01')).toEqual(['ineligible', 'fail', { min: '100' }]);
    expect(area('100', '2027-01-01')).toEqual(['eligible', 'pass', { min: '100' }]);
    // A changed value wins under either version.
    const reform = check(policy, 'studio', application, { asOf: '2027-01-01', parameters: { 'venue.areaSqm': '90' } });
    expect([reform.verdict, reform.parameters?.[0]?.replaced]).toEqual(['eligible', '100']);
  });
  it('before the first version: not applicable, never a failed condition', () => {
    const r = check(policy, 'studio', application, { asOf: '2025-02-28' });
    expect(r.verdict).toBe('not_applicable');
    expect(check(policy, 'studio', application, { asOf: '2025-03-01' }).verdict).toBe('eligible');
  });
  it('before the first version: the report names the first version, its range and its own clause', () => {
    const r = check(policy, 'studio', application, { asOf: '2025-02-28' });
    expect(r.version?.docNumber).toBe('示人社规〔2025〕1号');
    expect(r.document?.docNumber).toBe('示人社规〔2025〕1号');
    expect(r.results.map((x) => x.expected)).toEqual([{ from: '2025-03-01', to: '2026-12-31' }]);
    const cited = r.cited?.find((c) => c.id === '第十条');
    expect(cited?.text).toBe('本办法自2025年3月1日起施行。');
    for (const format of ['text', 'md', 'html'] as const) {
      const zh = renderReport(r, { format, lang: 'zh' });
      expect(zh).toContain('示人社规〔2025〕1号');
      expect(zh).not.toContain('示人社规〔2027〕1号');
      expect(zh).not.toContain('2027年1月1日');
    }
  });
  it('not applicable: one result from the text, citing its clause, a requirement, with the period and the date', () => {
    const r = check(policy, 'studio', application, { asOf: '2025-02-28' });
    expect(r.results).toEqual([
      expect.objectContaining({
        ruleId: 'shili.in_force',
        status: 'not_applicable',
        clauses: ['第十条'],
        provenance: 'text',
        code: 'not_in_force',
        expected: { from: '2025-03-01', to: '2026-12-31' },
        actual: '2025-02-28',
        severity: 'requirement',
      }),
    ]);
  });
  it('not applicable: the summary says the text is not in force on the date, citing the clause', () => {
    const r = check(policy, 'studio', application, { asOf: '2025-02-28' });
    for (const format of ['text', 'md', 'html'] as const) {
      const zh = renderReport(r, { format, lang: 'zh' });
      expect(zh).not.toContain('所列条件均已满足');
      expect(zh).toContain('不适用（第十条）：2025-02-28不在本文件有效期内');
      const en = renderReport(r, { format, lang: 'en' });
      expect(en).not.toContain('Every condition checked is met');
      expect(en).toContain('Not applicable (第十条): 2025-02-28 is outside');
    }
    // Eligible still says every condition is met.
    const ok = check(policy, 'studio', application, { asOf: '2025-03-01' });
    expect(renderReport(ok, { format: 'text', lang: 'zh' })).toContain('所列条件均已满足');
  });
});

describe('compared with the guideline (examples/custom-policy/compare.mjs)', () => {
  const { rows, table } = compareWithGuideline('zh');
  const row = (id: string) => rows.find((r: { id: string }) => r.id === id);
  it('the shared ids line up: the same lead count, 3 years of service against the guideline’s 5', () => {
    expect(rows.slice(0, 2).map((r: { id: string }) => r.id)).toEqual(['lead.count', 'lead.serviceYears']);
    expect(row('lead.count')?.differs).toBe(false);
    expect(row('lead.serviceYears')?.differs).toBe(true);
    expect(row('lead.serviceYears')?.cells[1]).toContain('第三条: “从事创业指导服务3年（含）以上”');
  });
  it('the revision’s area is the one value the versions differ on', () => {
    expect(row('venue.areaSqm')?.cells.slice(1)).toEqual([
      '80平方米 (第五条: “使用面积不少于80平方米”)',
      '100平方米 (第五条: “使用面积不少于100平方米”)',
    ]);
    const ownRows = rows.filter((r: { cells: string[] }) => r.cells[1] !== '—');
    const changed = ownRows.filter((r: { cells: string[] }) => r.cells[1] !== r.cells[2]);
    expect(changed.map((r: { id: string }) => r.id)).toEqual(['venue.areaSqm']);
    expect(table).toContain('| **服务场所使用面积** | — |');
  });
});

describe('one studio profile, checked under the invented measures beside the guideline (everywhere.mjs)', () => {
  const title = measures2025.title.zh;
  it('the version in force on each side of 2027-01-01: eligible at 90 m², then short of 100 m²', () => {
    const before = checkWithGuideline('2026-12-31');
    expect(before.outcomes.map((o) => [o.policy, o.verdict])).toEqual([
      ['national', 'incomplete'],
      ['shili', 'eligible'],
    ]);
    expect(before.outcomes[1]?.name).toBe('示例市陈晓创业指导师工作室');
    expect(before.outcomes[1]?.report.version?.docNumber).toBe('示人社规〔2025〕1号');
    expect(before.problems).toEqual([]);
    const after = checkWithGuideline('2027-01-01');
    expect(after.outcomes[1]?.verdict).toBe('ineligible');
    expect(after.outcomes[1]?.gaps.map((g) => [g.ruleId, g.clauses])).toEqual([['shili.venue.area', ['第五条']]]);
  });
  it('the profile is the input the encoding expects: the lead’s years, the staff counted, its own facts under extra.shili', () => {
    const profile = JSON.parse(readFileSync(PROFILE, 'utf8'));
    expect(compare.profileInput(policy, profile)).toEqual(application);
  });
  it('what is missing is asked in the profile’s fields, with the threshold of the version in force', () => {
    const ask = (asOf: string) =>
      compare.checkEverywhere({ lead: { name: '陈晓' } }, { asOf, policies: [policy] }).outcomes[0]?.asks ?? [];
    const asks = ask('2026-12-31');
    expect(asks.map((a) => a.field)).toEqual([
      'lead.serviceSince',
      'staff',
      'venue.fixed',
      'venue.areaSqm',
      'extra.shili.sessionsServed',
      'extra.shili.materials',
    ]);
    expect(asks.find((a) => a.field === 'venue.areaSqm')?.need?.zh).toBe('使用面积不少于80平方米（第五条）');
    expect(ask('2027-01-01').find((a) => a.field === 'venue.areaSqm')?.need?.zh).toBe(
      '使用面积不少于100平方米（第五条）',
    );
    expect(asks.find((a) => a.field === 'extra.shili.sessionsServed')?.label.zh).toBe(`${title} · 累计指导服务人次`);
    const q = compare.nextQuestions({ lead: { name: '陈晓' } }, { asOf: '2026-12-31', policies: ['national', policy] });
    const staff = q.questions.find((x) => x.field === 'staff');
    expect(staff?.settles).toEqual(['national', 'shili']);
    expect(staff?.needs.map((n) => n.need.zh)).toEqual([
      '至少3名，每名从事创业培训或创业指导工作至少2年',
      '专职工作人员不少于3名（第四条）',
    ]);
  });
  it('in Chinese: the policies by their titles, the fields by their labels, no id or path', () => {
    for (const format of ['text', 'md', 'html'] as const) {
      const zh = compare.renderEverywhere(checkWithGuideline('2027-01-01'), format, 'zh');
      expect(zh).toContain(`《${title}》：不符合条件`);
      expect(zh).toContain(`《${getPolicy('national').title.zh}》：`);
      for (const code of ['shili', 'national', 'venue.', 'lead.', 'host.']) expect(zh).not.toContain(code);
    }
  });
  it('the naming and recognition rows of the comparison, from the encoding’s own naming rule and procedure', () => {
    const rows = compare.comparePolicies(['national', policy]).themes.flatMap((t) => t.rows);
    const cell = (id: string) => rows.find((r) => r.id === id)?.cells.shili;
    expect(cell('naming')).toMatchObject({
      state: 'set',
      shown: { zh: '示例市+领办人姓名+创业指导师工作室' },
      clause: '第九条',
    });
    expect(cell('procedure.recognition')).toMatchObject({
      state: 'set',
      shown: { zh: '受理申请 → 完成审核（15个工作日）' },
      clause: '第八条',
      quote: '15个工作日内完成审核',
    });
  });
});

describe('as a user runs it: plain JavaScript over the built package', () => {
  it('node examples/custom-policy/compare.mjs prints the comparison', () => {
    const r = spawnSync(process.execPath, ['examples/custom-policy/compare.mjs', '--en'], {
      cwd: root.pathname,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('The invented Example City measures beside the national guideline');
    expect(r.stdout).toContain('| **Floor area of the premises** | — | 80 m²');
  });
  it('node examples/custom-policy/everywhere.mjs prints the check in Chinese, titles not ids', () => {
    const r = spawnSync(process.execPath, ['examples/custom-policy/everywhere.mjs', '--as-of', '2027-01-01'], {
      cwd: root.pathname,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('《示例市创业指导师工作室认定办法（示例，虚构）》：不符合条件');
    expect(r.stdout).not.toContain('shili');
  });
  it('chuangye compare --profile --policy-module: the module’s policy beside the studio policies, or beside those named', () => {
    const run = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [
          'dist/cli.js',
          'compare',
          '--profile',
          'examples/custom-policy/studio-profile.json',
          ...args,
          '--policy-module',
          'examples/custom-policy/policy.mjs',
          '--as-of',
          '2026-12-31',
          '--format',
          'json',
        ],
        { cwd: root.pathname, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      );
    const all = run();
    expect(all.stderr).toBe('');
    const ids = (out: string) => (JSON.parse(out) as { outcomes: { policy: string }[] }).outcomes.map((o) => o.policy);
    expect(ids(all.stdout)).toEqual(['national', 'tianjin', 'pingdingshan', 'shili']);
    expect(ids(run('national').stdout)).toEqual(['national', 'shili']);
    expect(ids(run('national', 'shili', '--next').stdout.replace('"verdicts"', '"outcomes"'))).toEqual([
      'national',
      'shili',
    ]);
    // Three runs of the command: a loaded machine takes more than the default 5 s.
  }, 30_000);
  it('chuangye check --policy-module: the version in force either side of 2027-01-01', () => {
    const run = (asOf: string) =>
      spawnSync(
        process.execPath,
        [
          'dist/cli.js',
          'check',
          'examples/custom-policy/studio-application.json',
          '--policy-module',
          'examples/custom-policy/policy.mjs',
          '--policy',
          'shili',
          '--as-of',
          asOf,
          '--format',
          'text',
        ],
        { cwd: root.pathname, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      );
    const before = run('2026-12-31');
    expect(before.status).toBe(0);
    expect(before.stdout).toContain('（示人社规〔2025〕1号）');
    const after = run('2027-01-01');
    expect(after.status).toBe(1);
    expect(after.stdout).toContain('（示人社规〔2027〕1号）');
    expect(after.stdout).toContain('服务场所使用面积：要求不少于100平方米，实际90平方米');
  });
});

describe('chuangye compare with --policy-module (the built command)', () => {
  const compare = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['dist/cli.js', 'compare', ...args, '--policy-module', 'examples/custom-policy/policy.mjs', '--format', 'json'],
      { cwd: root.pathname, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
  type Cells = Record<
    string,
    { state: string; shown?: { zh: string }; clause?: string; quote?: string; parameter?: string | null }
  >;
  const cellsOf = (stdout: string) => {
    const c = JSON.parse(stdout) as {
      policies: { id: string }[];
      themes: { rows: { id: string; cells: Cells; differs: boolean }[] }[];
    };
    const rows = new Map(c.themes.flatMap((t) => t.rows).map((r) => [r.id, r]));
    return { ids: c.policies.map((p) => p.id), row: (id: string) => rows.get(id) };
  };
  it('naming the module’s policy works, and not naming it adds it once', () => {
    const named = compare('national', 'shili');
    expect(named.stderr).toBe('');
    expect(named.status).toBe(0);
    expect(cellsOf(named.stdout).ids).toEqual(['national', 'shili']);
    const unnamed = compare('national');
    expect(unnamed.status).toBe(0);
    expect(unnamed.stdout).toBe(named.stdout);
    const first = compare('shili', 'national');
    expect(cellsOf(first.stdout).ids).toEqual(['shili', 'national']);
  });
  it('the invented measures’ cells carry their own values beside the guideline’s', () => {
    const { row } = cellsOf(compare('national', 'shili').stdout);
    const lead = row('lead.count');
    expect(lead?.cells.shili).toMatchObject({
      state: 'set',
      shown: { zh: '至少1名' },
      clause: '第三条',
      parameter: 'lead.count',
    });
    expect(lead?.differs).toBe(false);
    const years = row('lead.years');
    expect(years?.cells.national?.shown?.zh).toBe('至少5年');
    expect(years?.cells.shili).toMatchObject({
      shown: { zh: '至少3年' },
      clause: '第三条',
      quote: '从事创业指导服务3年（含）以上',
      parameter: 'lead.serviceYears',
    });
    expect(years?.differs).toBe(true);
    // The latest version (the revision) in the dates, with its own clause.
    expect(row('document.effective')?.cells.shili).toMatchObject({
      state: 'set',
      shown: { zh: '2027-01-01起施行' },
      clause: '第十条',
    });
    expect(row('document.effective')?.cells.national?.state).toBe('not_set');
    expect(row('document.repeals')?.cells.shili?.shown?.zh).toBe('示人社规〔2025〕1号');
    // staff.fullTime is its own id: no row reads it, so the guideline's staff row is not set for it.
    expect(row('staff.count')?.cells.shili?.state).toBe('not_set');
    expect(row('lead.roles')?.cells.shili?.state).toBe('not_set');
  });
});

describe('the example uses only what a third party can import', () => {
  const dir = new URL('examples/custom-policy/', root);
  const files = readdirSync(dir).filter((f) => /\.(m?[jt]s)$/u.test(f));
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { exports: Record<string, unknown> };
  const exported = Object.keys(pkg.exports).map((k) => (k === '.' ? 'chuangye-rules' : `chuangye-rules/${k.slice(2)}`));

  it('every import is a public export of the package (or zod, its schema language; node:; its own files)', () => {
    expect(files.length).toBeGreaterThan(0);
    const imports = files.flatMap((f) =>
      [
        ...readFileSync(new URL(f, dir), 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gmu),
      ].map((m) => m[1] as string),
    );
    expect(imports.length).toBeGreaterThan(0);
    const allowed = new Set(['chuangye-rules', 'chuangye-rules/define', 'chuangye-rules/calendar', 'zod/mini']);
    // Its own files ('./policy.mjs'), node's built-ins, and the package's public entries.
    const other = imports.filter((s) => !allowed.has(s) && !s.startsWith('node:') && !/^\.\/[\w.-]+$/u.test(s));
    expect(other).toEqual([]);
    expect(imports).toContain('chuangye-rules/define');
    for (const s of imports.filter((i) => i.startsWith('chuangye-rules'))) expect(exported).toContain(s);
  });

  it('no file under src/ mentions the example', () => {
    const mentions: string[] = [];
    const walk = (at: URL) => {
      for (const entry of readdirSync(at, { withFileTypes: true })) {
        const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), at);
        if (entry.isDirectory()) walk(url);
        else if (/custom-policy|shili|示例市创业指导师工作室认定办法|示人社规/u.test(readFileSync(url, 'utf8')))
          mentions.push(url.pathname);
      }
    };
    walk(new URL('src/', root));
    expect(mentions).toEqual([]);
  });
});
