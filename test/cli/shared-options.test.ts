// Item 7 of issue 27: the command's options mean the same everywhere (one parser), an
// option a command cannot honour is a usage error, and a file that cannot be read is a
// failed entry of every format's output, not only a line on stderr.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type Io, sharedOptionsOf, UsageError } from '../../src/cli/shared.js';
import { thrown } from '../helpers/thrown.js';

const GOOD = 'examples/national/eligible-studio.json';
const PROFILE = 'examples/compare/studio-profile.json';
const dir = mkdtempSync(join(tmpdir(), 'chuangye-options-'));
const MISSING = join(dir, 'missing.json');
const BROKEN = join(dir, 'broken.json');
writeFileSync(BROKEN, '{ "name": ');

function run(...argv: string[]) {
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
}
const io: Io = { stdout: () => {}, stderr: () => {}, isTTY: false, version: 'test' };

describe('one parser for the shared options', () => {
  it('--max-bytes: decimal digits, at least 1; --encoding: utf-8 in any spelling, or gb18030', () => {
    expect(sharedOptionsOf({ 'max-bytes': '1' }, ['json'], io).reading.maxBytes).toBe(1);
    expect(sharedOptionsOf({ 'max-bytes': '1000' }, ['json'], io).reading.maxBytes).toBe(1000);
    for (const bad of ['0x10', '1e3', '-1', '1.5', ' 10', ''])
      expect(thrown(() => sharedOptionsOf({ 'max-bytes': bad }, ['json'], io))).toBeInstanceOf(UsageError);
    expect(thrown(() => sharedOptionsOf({ 'max-bytes': '0' }, ['json'], io)).message).toBe(
      '--max-bytes must be at least 1',
    );
    for (const ok of ['utf-8', 'utf8', 'UTF-8', 'UTF8'])
      expect(sharedOptionsOf({ encoding: ok }, ['json'], io).reading.encoding).toBe('utf-8');
    expect(sharedOptionsOf({ encoding: 'GB18030' }, ['json'], io).reading.encoding).toBe('gb18030');
    expect(thrown(() => sharedOptionsOf({ encoding: 'latin1' }, ['json'], io))).toBeInstanceOf(UsageError);
  });

  it('--format among the command’s own, --lang zh|en, --as-of a real date', () => {
    const o = sharedOptionsOf({ format: 'md', lang: 'en', 'as-of': '2026-02-28' }, ['json', 'md'] as const, io);
    expect([o.format, o.lang, o.asOf]).toEqual(['md', 'en', '2026-02-28']);
    expect(sharedOptionsOf({}, ['text', 'json'] as const, io).format).toBe('json');
    expect(sharedOptionsOf({}, ['text', 'json'] as const, { ...io, isTTY: true }).format).toBe('text');
    expect(thrown(() => sharedOptionsOf({ format: 'junit' }, ['json', 'md'], io)).message).toContain('--format');
    expect(thrown(() => sharedOptionsOf({ lang: 'fr' }, ['json'], io)).message).toContain('--lang');
    expect(thrown(() => sharedOptionsOf({ 'as-of': '2026-02-29' }, ['json'], io)).message).toContain('--as-of');
  });

  it('check and evaluate refuse and accept the same spellings', () => {
    for (const command of [
      ['check', GOOD, '--policy', 'national'],
      ['evaluate', 'examples/tianjin/year-record.json', '--policy', 'tianjin', '--as-of', '2026-11-22'],
      ['check', PROFILE, '--policy', 'all'],
    ]) {
      for (const bad of ['0x10', '1e3']) {
        const r = run(...command, '--max-bytes', bad);
        expect([r.code, r.stdout]).toEqual([2, '']);
        expect(r.stderr).toBe(`chuangye: --max-bytes must be a whole number of at most 15 digits, got "${bad}"\n`);
      }
      expect(run(...command, '--encoding', 'utf8').code).not.toBe(2);
      expect(run(...command, '--encoding', 'UTF-8', '--max-bytes', '10485760').code).not.toBe(2);
    }
  });
});

describe('check --policy all: an option it cannot honour is a usage error', () => {
  it.each([
    [['--subject', 'mentor'], '--subject "mentor" does not apply'],
    [['--fail-on', 'ineligible'], '--fail-on does not apply'],
    [['--fail-on', 'incomplete'], '--fail-on does not apply'],
    [['--signature'], '--signature does not apply'],
    [['--format', 'junit'], '--format must be one of text, md, html, json'],
  ])('%j', (extra, words) => {
    const r = run('check', PROFILE, '--policy', 'all', ...extra);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(words);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });
  it('what it honours still runs: --subject studio, a format, a language and a date', () => {
    const r = run(
      'check',
      PROFILE,
      '--policy',
      'all',
      '--subject',
      'studio',
      '--format',
      'json',
      '--as-of',
      '2026-11-22',
    );
    expect(r.code).not.toBe(2);
    expect(JSON.parse(r.stdout)).toHaveProperty('outcomes');
  });
});

describe('a file that cannot be read is a failed entry in every format', () => {
  const args = ['check', GOOD, MISSING, BROKEN, '--policy', 'national', '--as-of', '2026-11-22', '--lang', 'en'];
  const out = (format: string) => {
    const r = run(...args, '--format', format);
    expect(r.code).toBe(2);
    // Still said on stderr, one line a file.
    expect(r.stderr).toContain(`chuangye: ${MISSING}: no such file or directory\n`);
    expect(r.stderr).toContain(`chuangye: ${BROKEN}: not valid JSON`);
    return r.stdout;
  };

  it('json and ndjson: an entry with the file, verdict invalid and the reason', () => {
    const entries = JSON.parse(out('json')) as { file: string; verdict: string; problems: { code: string }[] }[];
    expect(entries.map((e) => [e.file, e.verdict])).toEqual([
      [GOOD, 'eligible'],
      [MISSING, 'invalid'],
      [BROKEN, 'invalid'],
    ]);
    expect(entries[1]?.problems).toMatchObject([
      { code: 'unreadable_file', message: { zh: expect.stringContaining('文件或目录不存在') } },
    ]);
    const lines = out('ndjson')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((e) => e.verdict)).toEqual(['eligible', 'invalid', 'invalid']);
  });

  it('junit: a suite per file, the unreadable ones failing', () => {
    const xml = out('junit');
    for (const file of [MISSING, BROKEN]) {
      const suite = xml.slice(xml.indexOf(`<testsuite name="${file}"`));
      expect(suite).toMatch(/^<testsuite name="[^"]+" tests="1" failures="1"/u);
      expect(suite.slice(0, suite.indexOf('</testsuite>'))).toContain(
        '<failure type="invalid" message="The file cannot be read',
      );
    }
  });

  it('html: in the batch summary and as its own section; text and md name it with the reason', () => {
    const html = out('html');
    expect(html).toContain(`<td><bdi>${MISSING}</bdi></td>`);
    expect(html.match(/data-verdict="invalid"/gu)).toHaveLength(2);
    for (const format of ['text', 'md']) {
      const text = out(format);
      expect(text).toContain('The file cannot be read: no such file or directory');
      expect(text).toContain('The file cannot be read: not valid JSON');
    }
  });

  it('a good batch has no such entry and exits by its verdicts', () => {
    const r = run('check', GOOD, '--policy', 'national', '--as-of', '2026-11-22', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('unreadable_file');
  });
});
