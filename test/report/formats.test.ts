// Every report kind in every format: the examples' applications, the Tianjin year record,
// a procedure timeline and a deadline. Markdown is read back by a Markdown parser and HTML
// by an HTML parser; renderers are pure functions of the report.
import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { withinWorkdays } from '../../src/calendar/index.js';
import { procedureTimeline } from '../../src/core/procedure.js';
import { check, evaluate, FORMATS, getPolicy, renderReport, UnknownFormatError } from '../../src/index.js';

const read = (f: string) => JSON.parse(readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8'));
const asOf = '2026-11-22';
const tianjin = getPolicy('tianjin');
const recognition = tianjin.procedures[0];
if (!recognition) throw new Error('Tianjin has procedures');

const reports = {
  'national eligible': check('national', 'studio', read('national/eligible-studio.json'), { asOf }),
  'national incomplete': check('national', 'studio', read('national/incomplete-studio.json'), { asOf }),
  'national ineligible': check('national', 'studio', read('national/ineligible-studio.json'), { asOf }),
  'tianjin studio': check('tianjin', 'studio', read('tianjin/studio-application.json'), { asOf }),
  'pingdingshan studio': check('pingdingshan', 'studio', read('pingdingshan/studio-application.json'), { asOf }),
  'pingdingshan mentor': check('pingdingshan', 'mentor', read('pingdingshan/mentor.json'), { asOf }),
  'taiyuan expert': check('taiyuan', 'expert', read('taiyuan/candidate.json'), { asOf }),
  'tianjin year': evaluate('tianjin', read('tianjin/year-record.json'), { from: '2025-07-01', to: '2026-06-30' }),
  'tianjin invalid': check('tianjin', 'studio', { staff: 'many' }, { asOf }),
  timeline: {
    policy: 'tianjin',
    procedure: recognition,
    asOf,
    ...procedureTimeline(
      recognition.steps,
      '2026-03-02',
      { [recognition.steps[0]?.id as string]: '2026-03-02' },
      { asOf },
    ),
  },
  deadline: withinWorkdays('2026-09-30', 7),
};

function text(node: unknown): string {
  const n = node as { nodeName?: string; value?: string; childNodes?: unknown[] };
  if (n.nodeName === '#text') return n.value ?? '';
  return (n.childNodes ?? []).map(text).join('');
}

describe.each(Object.entries(reports))('%s', (_, report) => {
  it.each(FORMATS.filter((f) => f !== 'junit'))('renders as %s in both languages', (format) => {
    for (const lang of ['zh', 'en'] as const) {
      const out = renderReport(report as never, { format, lang });
      expect(out.length).toBeGreaterThan(20);
      if (format === 'json' || format === 'ndjson') expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(report)));
      if (format === 'md') {
        const tokens = marked.lexer(out);
        expect(tokens[0]).toMatchObject({ type: 'heading', depth: 2 });
        // Every clause the report groups by is a heading, each once.
        const headings = tokens
          .filter((t) => t.type === 'heading' && t.depth === 3)
          .map((t) => (t as { text: string }).text);
        expect(new Set(headings).size).toBe(headings.length);
      }
      if (format === 'html') {
        const doc = parse(out);
        const body = text(doc);
        const evaluation = 'gradeLabel' in (report as object);
        expect(body).toContain(lang === 'zh' ? (evaluation ? '等次' : '结论') : evaluation ? 'Grade' : 'Verdict');
      }
    }
  });
});

describe('the header and summary', () => {
  it('name the studio, the document and number, the date, and the verdict before any detail', () => {
    const out = renderReport(reports['national ineligible'], { format: 'text' });
    const lines = out.split('\n');
    expect(lines[0]).toBe('政策条件核验报告');
    expect(lines[1]).toBe('创业指导师工作室建设技术指引（试行）（中就培函〔2024〕60号）');
    expect(lines[2]).toContain('不具强制约束力');
    const verdictAt = lines.findIndex((l) => l.startsWith('结论'));
    const firstClause = lines.findIndex((l) => l.startsWith('【'));
    expect(verdictAt).toBeGreaterThan(0);
    expect(firstClause).toBeGreaterThan(verdictAt);
    expect(lines.slice(0, firstClause).join('\n')).toMatch(/不符合 \d+/u);
  });
  it('a binding text does not carry the guidance note', () => {
    const out = renderReport(reports['tianjin studio'], { format: 'text' });
    expect(out).not.toContain('不具强制约束力');
    expect(out.split('\n').slice(0, 6).join('\n')).toContain(
      '对象: 天津市创业指导师工作室：天津市王海创业指导师工作室科技创业',
    );
  });
  it('each clause is quoted once, and the report carries the texts it cites', () => {
    const r = reports['tianjin studio'];
    const cited = new Set(r.results.flatMap((x) => x.clauses));
    expect(r.cited?.map((c) => c.id).sort()).toEqual([...cited].sort());
    const out = renderReport(r, { format: 'md' });
    for (const c of r.cited ?? []) {
      const quoted = out.split(c.text.replace(/\s+/gu, ' ').slice(0, 30)).length - 1;
      expect(quoted, c.id).toBeLessThanOrEqual(1);
    }
  });
  it('renderers read no registry: a report with its policy id changed still renders its own document', () => {
    const r = { ...reports['tianjin studio'], policy: 'no-such-policy' as never };
    expect(renderReport(r, { format: 'html' })).toContain('天津市创业指导师工作室试点建设');
  });
  it('junit fits pass/fail lists, not a timeline', () => {
    expect(renderReport(reports['tianjin year'], { format: 'junit' })).toContain('<testsuite');
    expect(() => renderReport(reports.timeline as never, { format: 'junit' })).toThrow(UnknownFormatError);
  });
  it('a missing fact is named in words with the person it concerns', () => {
    const app = read('tianjin/studio-application.json');
    delete app.staff[1].experienceSince;
    const r = check('tianjin', 'studio', app, { asOf });
    const out = renderReport(r, { format: 'text' });
    expect(out).toContain('工作人员 陈晨（第2名）');
    expect(out).not.toContain('staff.1.experienceSince');
  });
});
