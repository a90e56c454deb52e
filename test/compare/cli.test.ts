import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCompare } from '../../src/cli/compare.js';
import { checkEverywhere, comparePolicies, renderComparison, renderEverywhere } from '../../src/compare/index.js';
import { getPolicy } from '../../src/policies/index.js';
import { VERDICT_LABELS } from '../../src/report/labels.js';

function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = runCompare(argv, {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    isTTY: false,
    version: 'test',
  });
  return { code, out, err };
}

const profile = fileURLToPath(new URL('../../examples/compare/studio-profile.json', import.meta.url));

describe('chuangye compare', () => {
  it('national tianjin pingdingshan --format md: a table per theme, every row the same width', () => {
    const { code, out } = run(['national', 'tianjin', 'pingdingshan', '--format', 'md']);
    expect(code).toBe(0);
    expect(out).toContain('| 要求 | national | tianjin | pingdingshan |');
    expect(out).toContain('至少100平方米 · 二（一）2');
    expect(out).toContain('*— 本文件未规定*');
    expect(out).toContain('每季度至少1次（区域性）; 折合每年至少4次');
    for (const line of out.split('\n').filter((l) => l.startsWith('|'))) {
      const cells = line.replace(/\\\|/g, '').split('|').length;
      expect(cells, line).toBe(6);
    }
  });

  it('--only differences drops the rows that agree; --lang en; json parses', () => {
    const all = run(['national', 'tianjin', '--format', 'json']);
    const diff = run(['national', 'tianjin', '--only', 'differences', '--format', 'json']);
    const rows = (s: string) => JSON.parse(s).themes.flatMap((t: { rows: unknown[] }) => t.rows).length;
    expect(rows(diff.out)).toBeLessThan(rows(all.out));
    expect(run(['taiyuan', 'pingdingshan', '--format', 'text', '--lang', 'en']).out).toContain(
      'not applicable to this kind of body',
    );
    expect(run(['national', '--format', 'html']).out).toMatch(/^<!doctype html>/);
  });

  it('--only differences with all four policies: only rows that differ among the policies each applies to', () => {
    const all = JSON.parse(run(['national', 'tianjin', 'pingdingshan', 'taiyuan', '--format', 'json']).out);
    const diff = JSON.parse(
      run(['national', 'tianjin', 'pingdingshan', 'taiyuan', '--only', 'differences', '--format', 'json']).out,
    );
    type Row = { id: string; cells: Record<string, { state: string }> };
    const rows = (c: { themes: { rows: Row[] }[] }) => c.themes.flatMap((t) => t.rows);
    const kept = rows(diff).map((r) => r.id);
    expect(kept.length).toBeLessThan(rows(all).length);
    expect(kept).not.toContain('lead.count');
    for (const r of rows(diff))
      expect(Object.values(r.cells).filter((c) => c.state !== 'not_applicable').length, r.id).toBeGreaterThan(1);
  });

  it('--profile: the gaps per policy, exit 1 when not eligible everywhere', () => {
    const r = run(['--profile', profile, '--as-of', '2026-11-22', '--format', 'text', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('It would take: a venue of at least 100 m²');
    expect(r.out).toContain('It would take: 2 more staff');
    expect(run(['--profile', profile, 'national', '--as-of', '2026-11-22']).code).toBe(0);
  });

  it('usage errors throw (main reports them); an unreadable file is exit 2', () => {
    expect(() => run([])).toThrow(/at least one policy/);
    expect(() => run(['national', '--format', 'pdf'])).toThrow(/--format/);
    expect(() => run(['national', '--only', 'same'])).toThrow(/--only/);
    expect(() => run(['beijing'])).toThrow(/unknown policy/i);
    expect(() => run(['--profile', profile, 'taiyuan'])).toThrow(/studio policies/);
    expect(() => run(['--profile', profile, '--as-of', '2026-02-30'])).toThrow(/--as-of/);
    const missing = run(['--profile', '/nonexistent/profile.json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^chuangye: /);
  });
});

describe('chuangye compare --profile FILE --next', () => {
  const partial = fileURLToPath(new URL('../../examples/compare/new-studio.json', import.meta.url));

  it('prints the questions in the profile’s words, best first, with thresholds; exit 1 while some remain', () => {
    const r = run(['--profile', partial, '--next', '--as-of', '2026-11-22', '--format', 'text']);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    const [n, t, p] = ['national', 'tianjin', 'pingdingshan'].map((id) => `《${getPolicy(id).title.zh}》`);
    expect(lines[4]).toBe(`1. 工作人员 — 可判定 ${n}、${t}、${p}`);
    expect(r.out).toContain(`${t}：至少100平方米`);
    expect(r.out).toContain(`${t}：自检查日起至少3年`);
    // In Chinese: no policy id, no profile path, no input path.
    for (const code of ['national', 'tianjin', 'pingdingshan', '(staff)', 'venue.', 'carrier.', 'mentors.0'])
      expect(r.out).not.toContain(code);
    const json = JSON.parse(run(['--profile', partial, '--next', '--as-of', '2026-11-22', '--format', 'json']).out);
    expect(json.questions[0].field).toBe('staff');
    expect(json.formSize).toBe(44);
  });

  it('the README shows what the command prints', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const from = readme.indexOf('Next questions · 2026-11-22');
    const shown = readme.slice(from, readme.indexOf('…', from)).trimEnd().split('\n');
    const out = run(['--profile', partial, '--next', '--as-of', '2026-11-22', '--lang', 'en', '--format', 'text']).out;
    expect(out.split('\n').slice(0, shown.length)).toEqual(shown);
  });

  it('the bundled profile is decided: nothing to ask, exit 0; one policy at a time', () => {
    const r = run(['--profile', profile, '--next', '--as-of', '2026-11-22', '--format', 'json']);
    expect(JSON.parse(r.out).questions).toEqual([]);
    expect(r.code).toBe(0);
    expect(run(['--profile', partial, 'tianjin', '--next', '--as-of', '2026-11-22', '--format', 'md']).out).toContain(
      '## 下一个问题',
    );
  });

  it('the shared options mean what they mean for check', () => {
    expect(run(['--profile', profile, 'national', '--as-of', '2026-11-22', '--encoding', 'utf8']).code).toBe(0);
    for (const bad of ['0x10', '1e3', '0', '-1'])
      expect(() => run(['--profile', profile, '--max-bytes', bad]), bad).toThrow(/--max-bytes/);
    expect(() => run(['national', '--next'])).toThrow(/--next needs --profile/);
    expect(() => run(['national', '--max-bytes', '100'])).toThrow(/needs --profile/);
    expect(() => run(['--profile', profile, '--only', 'differences'])).toThrow(/--only/);
    expect(() => run(['--profile', profile, '--encoding', 'latin1'])).toThrow(/--encoding/);
  });
});

describe('the everywhere check speaks the report language', () => {
  const r = checkEverywhere(
    { ...JSON.parse(readFileSync(profile, 'utf8')), bogus: 1 },
    { asOf: '2026-11-22', policies: ['national', 'tianjin', 'pingdingshan'] },
  );
  const verdicts = ['eligible', 'incomplete', 'ineligible', 'invalid', 'not_applicable'];
  it.each(['text', 'md', 'html'] as const)(
    '%s: each verdict in words, no verdict code, the severity in words',
    (format) => {
      const zh = renderEverywhere(r, format, 'zh');
      const en = renderEverywhere(r, format, 'en');
      for (const o of r.outcomes) {
        expect(zh).toContain(`《${o.title.zh}》：${VERDICT_LABELS[o.verdict].zh} — 名称`);
        expect(en).toContain(`${o.title.en} (${o.policy}): ${VERDICT_LABELS[o.verdict].en} — Name`);
        // zh names the policy by its title, never by its id.
        expect(zh).not.toContain(o.policy);
      }
      for (const v of verdicts) expect(zh).not.toMatch(new RegExp(`\\b${v}\\b`, 'u'));
      expect(r.problems.map((p) => p.severity)).toContain('warning');
      // The unknown key is named in its message, in the caller's own words.
      expect(zh).toContain('提醒 工作室档案：未知字段“bogus”');
      expect(zh).not.toMatch(/\b(warning|error)\b/u);
      expect(en).toContain('warning bogus');
    },
  );
});

describe('renderers escape text', () => {
  it('a hostile studio name is shown, not obeyed, in text, Markdown and HTML', () => {
    const evil = 'A\u001b[2J\rB\u202eC<script>|';
    const r = checkEverywhere(
      { lead: { name: evil }, region: '天津市' },
      { asOf: '2026-11-22', policies: ['national'] },
    );
    for (const format of ['text', 'md', 'html'] as const) {
      const out = renderEverywhere(r, format);
      for (const c of ['\u001b', '\r', '\u202e']) expect(out, format).not.toContain(c);
      // Plain text may show <script>; the markup formats must not carry it.
      if (format !== 'text') expect(out, format).not.toContain('<script>');
      expect(out).toContain('\\u202e');
    }
  });

  it('a pipe or a control character in a cell cannot break the Markdown table or the terminal', () => {
    const c = JSON.parse(JSON.stringify(comparePolicies(['national'])));
    c.themes[0].rows[0].label.zh = 'a|b\n\u001b[31m<script>';
    const md = renderComparison(c, 'md');
    const line = md.split('\n').find((l) => l.includes('a\\|b')) ?? '';
    expect(line).toMatch(/^\| a\\\|b.*\\<script\\>.* \|$/);
    expect(md).not.toContain('\u001b');
    expect(renderComparison(c, 'text')).not.toContain('\u001b');
    expect(renderComparison(c, 'html')).toContain('&#60;script&#62;');
    expect(() => renderComparison(c, 'pdf' as 'md')).toThrow(/unknown format/);
    expect(() => renderComparison(c, 'md', 'fr' as 'zh')).toThrow(/unknown language/);
    for (const bad of [null, {}, 'x', []]) {
      expect(() => renderComparison(bad as never, 'md')).toThrow(TypeError);
      expect(() => renderEverywhere(bad as never, 'md')).toThrow(TypeError);
    }
  });
});
