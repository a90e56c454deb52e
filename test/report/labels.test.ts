// Field labels: one table feeds the JSON Schema (titles, descriptions, enum labels) and
// the reports' words for input paths. No rendered report names a raw path where a label exists.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { labelJsonSchema, labelOfPath, pathPattern } from '../../src/core/labels.js';
import { check, evaluate, FORMATS, getPolicy, renderReport } from '../../src/index.js';

type Node = { [k: string]: unknown };
/** The path as a word of its own (not 'id' inside 'invalid'). */
const asWord = (path: string) => new RegExp(`(^|[^A-Za-z0-9_.])${path.replaceAll('.', '\\.')}($|[^A-Za-z0-9_])`, 'u');
/** Every field of a JSON Schema: its dotted pattern ('staff[].name') and node. */
function fields(node: Node, pattern = ''): [string, Node][] {
  const out: [string, Node][] = [];
  const props = node.properties as Record<string, Node> | undefined;
  if (props)
    for (const [k, v] of Object.entries(props)) {
      const p = pattern === '' ? k : `${pattern}.${k}`;
      out.push([p, v]);
      for (const f of fields(v, p)) out.push(f);
    }
  if (node.items) for (const f of fields(node.items as Node, `${pattern}[]`)) out.push(f);
  return out;
}

/** Complete tables: every field and enum value labelled. */
const COMPLETE = [
  ['national', 'studio'],
  ['tianjin', 'studio'],
] as const;
/** Every subject: no labelled path shows raw. */
const SUBJECTS = [...COMPLETE, ['pingdingshan', 'studio'], ['pingdingshan', 'mentor'], ['taiyuan', 'expert']] as const;

describe('the field-label table', () => {
  it('pathPattern turns indices into []', () => {
    expect(pathPattern('staff.2.experienceSince')).toBe('staff[].experienceSince');
    expect(pathPattern(['leads', 0, 'name'])).toBe('leads[].name');
  });
  it('a path inside a list names the person', () => {
    const table = getPolicy('tianjin').checks.studio?.labels;
    if (!table) throw new Error('no labels');
    const input = { staff: [{ name: '刘畅' }, {}, { name: '王芳' }] };
    expect(labelOfPath(table, 'staff.2.experienceSince', input)?.zh).toBe(
      '工作人员 王芳（第3名） · 从事创业培训或指导工作起始日期',
    );
    expect(labelOfPath(table, 'staff.1.experienceSince', input)?.en).toBe('staff member (no. 2) · experience since');
    expect(labelOfPath(table, 'no.such.path', input)).toBeUndefined();
  });
  for (const [policy, subject] of SUBJECTS) {
    const spec = getPolicy(policy).checks[subject];
    const raw = z.toJSONSchema(spec?.schema as never, { target: 'draft-2020-12', unrepresentable: 'any' }) as Node;
    it.runIf(COMPLETE.some(([p, s]) => p === policy && s === subject))(
      `${policy} ${subject}: every schema field has a title and description, every enum value a label, in both languages`,
      () => {
        for (const lang of ['zh', 'en'] as const) {
          const labelled = labelJsonSchema(raw, spec?.labels as never, lang);
          const all = fields(labelled);
          expect(all.length).toBeGreaterThan(25);
          for (const [path, node] of all) {
            if (path.endsWith('[]') && !('properties' in node) && !('oneOf' in node)) continue;
            expect(node.title, `${path} title`).toEqual(expect.any(String));
            expect(node.description, `${path} description`).toContain(`(${path})`);
            for (const o of (node.oneOf as Node[] | undefined) ?? []) {
              expect(o.title, `${path}=${String(o.const)}`).toEqual(expect.any(String));
              if (lang === 'zh') expect(o.title, `${path}=${String(o.const)}`).not.toBe(o.const);
            }
            expect(node.enum, `${path} enum`).toBeUndefined();
          }
        }
      },
    );
    it(`${policy} ${subject}: no report, in any format or language, shows a labelled path as text`, () => {
      const leaves = fields(raw)
        .map(([p]) => p)
        .filter((p) => !p.endsWith('[]') && labelOfPath(spec?.labels as never, p.replaceAll('[]', '.0')) !== undefined);
      for (const pattern of leaves) {
        // A wrong type at the path gives a problem there; missing facts give "supply" lines.
        const path = pattern.replaceAll('[]', '.0');
        const input: Node = {};
        let at: Node = input;
        const parts = path.split('.');
        parts.forEach((p, i) => {
          if (i === parts.length - 1) at[p] = { wrong: true };
          else {
            const next: Node = {};
            at[p] = /^\d+$/u.test(parts[i + 1] as string) ? [next] : next;
            at = next;
          }
        });
        const report = check(policy, subject, input, { asOf: '2026-11-22' });
        for (const format of FORMATS) {
          if (format === 'json' || format === 'ndjson' || format === 'junit') continue;
          for (const lang of ['zh', 'en'] as const) {
            // A one-word key ('name') is an English word too: checked in Chinese only.
            if (lang === 'en' && !path.includes('.')) continue;
            const shown = renderReport(report, { format, lang }).replace(/<[^>]*>/gu, '');
            expect(shown, `${pattern} ${format} ${lang}`).not.toMatch(asWord(path));
          }
        }
      }
      // And an empty application: every missing fact named in words.
      const empty = check(policy, subject, {}, { asOf: '2026-11-22' });
      const missing = empty.results.flatMap((r) => r.missing ?? []);
      expect(missing.length).toBeGreaterThan(2);
      for (const format of ['text', 'md', 'html'] as const)
        for (const lang of ['zh', 'en'] as const) {
          const shown = renderReport(empty, { format, lang }).replace(/<[^>]*>/gu, '');
          for (const p of missing) if (p.includes('.')) expect(shown, `${p} ${format} ${lang}`).not.toMatch(asWord(p));
        }
    });
  }
});

describe('evaluation reports name the record’s fields in words', () => {
  const read = (f: string) => JSON.parse(readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8'));
  it('a bad entry and the facts to supply, Tianjin and Pingdingshan, in both languages', () => {
    const tianjin = read('tianjin/year-record.json');
    tianjin.activities[0].date = '2025-13-01';
    const t = evaluate('tianjin', { ...tianjin, servedStartups: undefined }, { from: '2025-06-20', to: '2026-06-19' });
    expect(t.fields?.['activities.0.date']).toEqual({ zh: '活动（第1项） · 日期', en: 'activity (no. 1) · date' });
    expect(t.fields?.servedStartups).toEqual({ zh: '服务的初创企业', en: 'start-ups served' });
    const pingdingshan = read('pingdingshan/year-record.json');
    const p = evaluate('pingdingshan', { ...pingdingshan, backbones: undefined }, { asOf: '2026-11-29' });
    for (const [report, raw] of [
      [t, ['activities.0.date', 'servedStartups']],
      [p, ['backbones']],
    ] as const)
      for (const lang of ['zh', 'en'] as const) {
        const text = renderReport(report, { format: 'text', lang });
        // In English a one-word path may be an ordinary word of the label ('service backbones').
        for (const path of raw)
          if (lang === 'zh' || path.includes('.')) expect(text, `${path} (${lang})`).not.toMatch(asWord(path));
      }
    expect(renderReport(p, { format: 'text', lang: 'zh' })).toContain('请补充: 服务骨干');
  });
});
