// Item 5 of issue 27: output that cannot be forged. The same hostile strings — ESC, CR,
// LF, a right-to-left override, a line separator, <script>, a pipe — go into every kind
// of report (check, evaluation, timeline, deadline) and a file name, and come out of
// every format and language without driving a terminal, forging a line, a table row, an
// element or an XML attribute, or reversing the text around them in print.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { check, evaluate, FORMATS, type ReportFormat, renderReports, reportWriter } from '../../src/index.js';
import type { AnyReport } from '../../src/report/index.js';
import { EXAMPLES } from '../hostile/values.js';

/** Each hostile piece, and the words after it a forger would want on a line or in a cell of their own. */
const H = 'A\u001b[31mB\rFORGED-CR\nFORGED-LF|FORGED-CELL\u202eRLO\u2028LS<script>alert(1)</script>';
const RAW = ['\u001b', '\r', '\u202e', '\u2028', '<script>'];

const checkReport = check(
  'national',
  'studio',
  { ...(EXAMPLES.national as object), name: H, [H]: 1 },
  { asOf: '2026-11-22' },
);
const evaluation = evaluate(
  'tianjin',
  { ...(EXAMPLES.year as object), [H]: 1 },
  { from: '2025-07-01', to: '2026-06-30' },
);
const timeline: AnyReport = {
  policy: H,
  procedure: { id: 'p', label: { zh: H, en: H } },
  asOf: '2026-11-22',
  steps: [
    {
      id: 's',
      label: { zh: H, en: H },
      clauses: [H],
      from: '2026-01-05',
      due: '2026-01-09',
      done: null,
      status: 'pending',
    },
  ],
  problems: [{ path: [H], code: 'x', severity: 'error', message: { zh: H, en: H } }],
};
const deadline: AnyReport = { kind: 'A', start: '2026-01-05', last: '2026-01-09', explanation: { zh: H, en: H } };

const KINDS: [string, AnyReport][] = [
  ['check', checkReport],
  ['evaluation', evaluation],
  ['timeline', timeline],
  ['deadline', deadline],
];

function render(report: AnyReport, format: ReportFormat, lang: 'zh' | 'en'): string {
  // Twice in a batch, both with the hostile file name: batch summaries and per-file headings.
  return renderReports(
    [
      { report, file: H },
      { report, file: `b${H}` },
    ],
    { format, lang },
  );
}

/** The assertions every format shares: no raw control, no line that a forged piece starts. */
function unforged(out: string, format: ReportFormat): void {
  // A tag is only markup in the markup formats; in a terminal it is just text.
  for (const raw of RAW) if (format !== 'text' || raw !== '<script>') expect(out).not.toContain(raw);
  for (const line of out.split('\n')) expect(line).not.toMatch(/^\s*(FORGED|<\/?script)/u);
}

describe('every renderer and format writes the hostile strings harmlessly', () => {
  for (const [kind, report] of KINDS)
    for (const format of FORMATS)
      for (const lang of ['zh', 'en'] as const) {
        const junitless = format === 'junit' && (kind === 'timeline' || kind === 'deadline');
        it.skipIf(junitless)(`${kind} as ${format} (${lang})`, () => {
          const out = render(report, format, lang);
          if (format === 'json' || format === 'ndjson') {
            // Data formats: every byte escaped by JSON, and the data comes back whole.
            const docs =
              format === 'json'
                ? JSON.parse(out)
                : out
                    .trimEnd()
                    .split('\n')
                    .map((l) => JSON.parse(l));
            expect(docs).toHaveLength(2);
            expect(docs[0].file).toBe(H);
            expect(out).not.toContain('\u001b');
            expect(out).not.toContain('\r');
            if (format === 'ndjson') expect(out.trimEnd().split('\n')).toHaveLength(2);
            return;
          }
          unforged(out, format);
          // Control characters are shown, as in the text format: the reader sees what was there
          // (Markdown escapes the backslash and the bracket, so that it renders as \e[31m).
          const shown = format === 'md' ? ['\\\\e\\[31m', '\\\\u202e', '\\\\r'] : ['\\e[31m', '\\u202e', '\\r'];
          for (const text of shown) expect(out).toContain(text);
          if (format === 'text')
            expect(out).toContain(`── A\\e[31mB\\rFORGED-CR\\nFORGED-LF|FORGED-CELL\\u202eRLO\\u2028LS`);
          if (format === 'md') {
            // A pipe cannot open a cell of its own, nor a tag an element.
            expect(out).toContain('\\|FORGED-CELL');
            expect(out).toContain('\\<script\\>');
          }
          if (format === 'html') {
            expect(out).toContain('&#60;script&#62;');
            // Every value from the report sits in its own isolate: <bdi> around the file name and the values.
            expect(out).toContain(
              '<bdi>A\\e[31mB\\rFORGED-CR\\nFORGED-LF|FORGED-CELL\\u202eRLO\\u2028LS&#60;script&#62;',
            );
          }
          if (format === 'junit') {
            // The suite's name is one attribute on one line, its controls written out.
            expect(out).toContain(
              '<testsuite name="A\\e[31mB\\rFORGED-CR\\nFORGED-LF|FORGED-CELL\\u202eRLO\\u2028LS&#60;script&#62;',
            );
          }
        });
      }

  it('the streaming writer gives the same bytes as the whole document', () => {
    for (const format of ['text', 'md', 'ndjson'] as const) {
      let streamed = '';
      const w = reportWriter(
        (t) => {
          streamed += t;
        },
        { format, lang: 'en' },
      );
      w.write({ report: checkReport, file: H });
      w.write({ report: checkReport, file: `b${H}` });
      w.end();
      expect(streamed).toBe(render(checkReport, format, 'en'));
    }
  });

  it('html shows a right-to-left override, never obeys it: the date after a name reads in order', () => {
    const report = check(
      'national',
      'studio',
      { ...(EXAMPLES.national as object), name: '工作室\u202e' },
      { asOf: '2026-12-06' },
    );
    const html = renderReports([{ report }], { format: 'html', lang: 'zh' });
    expect(html).not.toContain('\u202e');
    expect(html).toContain('<bdi>工作室\\u202e</bdi>');
    expect(html).toContain('检查日期: <bdi>2026-12-06</bdi>');
  });
});

describe('the command’s lines name a hostile file harmlessly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chuangye-escape-'));
  const name = join(dir, 'x\u001b[2J\r\nchuangye: forged line\u202e.json');
  writeFileSync(name, '{');
  const run = (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = main(argv, {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      isTTY: false,
      version: 'test',
    });
    return { code, stdout, stderr };
  };

  it('the warning on stderr is one line, its controls written out, in every format', () => {
    for (const format of FORMATS) {
      const r = run('check', name, '--policy', 'national', '--format', format, '--as-of', '2026-11-22');
      expect(r.code).toBe(2);
      const warning = r.stderr.split('\n').filter((l) => l.includes('x\\e[2J'));
      // (The JSON parser's own words after "not valid JSON" differ between Node versions.)
      expect(warning).toHaveLength(1);
      expect(
        warning[0]?.startsWith(`chuangye: ${dir}/x\\e[2J\\r\\nchuangye: forged line\\u202e.json: not valid JSON (`),
      ).toBe(true);
      for (const raw of ['\u001b', '\r', '\u202e'])
        expect(r.stderr + (format.includes('json') ? '' : r.stdout)).not.toContain(raw);
      expect(r.stdout.split('\n').some((l) => l.startsWith('chuangye: forged'))).toBe(false);
    }
  });
});
