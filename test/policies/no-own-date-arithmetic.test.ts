// Every legal period (kinds A–G of the legal-periods doc) is computed by the calendar's
// functions (src/calendar) and nowhere else (issue 25.6): a policy or core file that moves
// a date by years or days itself — addYears, a day number ± n, Date arithmetic — fails
// here, so the next text cannot drift from the calendar (Tianjin's use right once
// disagreed with termPeriod around 29 February). Year numbers used as labels ("2027年")
// are not dates and are not looked for.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(new URL(dir, root))) {
    const path = `${dir}/${name}`;
    if (statSync(new URL(path, root)).isDirectory()) for (const f of filesUnder(path)) out.push(f);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** The code of a line, its `//` comment cut (block comments are cut as lines starting with * or /*). */
function codeOf(line: string): string {
  const trimmed = line.trim();
  if (trimmed.startsWith('*') || trimmed.startsWith('/*') || trimmed.startsWith('//')) return '';
  const at = line.indexOf('//');
  // A '//' inside a string ('https://…') is rare in these folders; cut only outside quotes.
  if (at < 0) return line;
  const before = line.slice(0, at);
  const quotes = (before.match(/['`"]/g) ?? []).length;
  return quotes % 2 === 0 ? before : line;
}

/** Each pattern of date arithmetic, named. Single quantifiers only: linear on any line. */
const PATTERNS: readonly [string, RegExp][] = [
  [
    'calendar date arithmetic imported and used',
    /\b(?:addYears|addMonths|addDays|subDays|subYears|fromCivil|toCivil)\s*\(/,
  ],
  ['Date arithmetic', /\bDate\.UTC\b|\bnew Date\b|\bset(?:UTC)?(?:FullYear|Date|Month)\s*\(|\bgetTime\s*\(/],
  ['milliseconds of a day', /86_?400_?000|864e5|86_?400\b/],
  ['a day number moved or measured', /(?:parseIsoDate|requireIsoDate)\([^()]*\)(?:\s*as\s+number)?\)?\s*[-+]/],
  ['a day number moved or measured', /[-+]\s*\(?(?:parseIsoDate|requireIsoDate)\(/],
];

/** Names bound to a day number in a file (`const day = parseIsoDate(b)`), then moved: `day - 1`. */
function dayNumberNames(source: string): string[] {
  const names: string[] = [];
  for (const m of source.matchAll(/(?:const|let)\s+(\w+)\s*=\s*\(?\s*(?:parseIsoDate|requireIsoDate)\(/g))
    if (m[1]) names.push(m[1]);
  return names;
}

interface Finding {
  file: string;
  what: string;
  line: string;
}

function findArithmetic(file: string, source: string): Finding[] {
  const found: Finding[] = [];
  const names = dayNumberNames(source);
  for (const raw of source.split('\n')) {
    const code = codeOf(raw);
    if (code.trim() === '') continue;
    for (const [what, pattern] of PATTERNS) if (pattern.test(code)) found.push({ file, what, line: raw.trim() });
    for (const name of names) {
      const moved = new RegExp(`\\b${name}\\s*[-+]\\s*\\d|[-+]\\s*${name}\\b`);
      if (moved.test(code)) found.push({ file, what: `day number ${name} moved`, line: raw.trim() });
    }
  }
  return found;
}

/**
 * Arithmetic still in files this test does not own, each with its owner: to move into the
 * calendar. A finding not listed here fails the test.
 */
const KNOWN: readonly { file: string; line: string; owner: string; why: string }[] = [
  {
    file: 'src/core/evaluate.ts',
    line: 'const yearFrom = formatIsoDate(addYears(parseIsoDate(period.to) as number, -1) + 1);',
    owner: 'core (lead)',
    why: 'ungradable: the one-year period ending on `to` (kind D backwards)',
  },
  {
    file: 'src/core/evaluate.ts',
    line: 'const dueOn = formatIsoDate((parseIsoDate(period.to) as number) + 1);',
    owner: 'core (lead)',
    why: 'ungradable: the day after the period',
  },
  {
    file: 'src/core/evaluate.ts',
    line: 'let to = formatIsoDate((parseIsoDate(asOf) as number) - 1);',
    owner: 'core (lead)',
    why: 'periodOf: the default `to`, the day before asOf',
  },
  {
    file: 'src/core/evaluate.ts',
    line: 'let from = formatIsoDate(addYears(parseIsoDate(to) as number, -1) + 1);',
    owner: 'core (lead)',
    why: 'periodOf: the default `from`, a year before `to` (used by Taiyuan’s evaluateExpert too)',
  },
  {
    file: 'src/core/procedure.ts',
    line: 'lateByDays: (parseIsoDate(on) as number) - (parseIsoDate(due) as number),',
    owner: 'core (lead)',
    why: 'days late: a measure, not a period; the calendar has no day-difference function yet',
  },
  {
    file: 'src/core/rules.ts',
    line: 'for (const d of [day - 1, day, day + 1]) {',
    owner: 'core (lead)',
    why: 'sameForEveryDate probes the days beside each breakpoint',
  },
  {
    file: 'src/core/rules.ts',
    line: 'return { years, days: (parseIsoDate(asOf) as number) - reached };',
    owner: 'core (lead)',
    why: 'elapsedValid: a copy of the calendar’s `elapsed` (kind E) without its argument checks',
  },
];

const key = (f: { file: string; line: string }) => `${f.file}: ${f.line}`;

describe('no date arithmetic of its own in src/policies or src/core (issue 25.6)', () => {
  const files = [...filesUnder('src/policies'), ...filesUnder('src/core')];
  const findings = files.flatMap((file) => findArithmetic(file, readFileSync(new URL(file, root), 'utf8')));

  it('every finding is a listed exception with its owner', () => {
    const known = new Set(KNOWN.map(key));
    expect(findings.filter((f) => !known.has(key(f)))).toEqual([]);
  });
  it('no policy file has any: its periods come from src/calendar', () => {
    expect(findings.filter((f) => f.file.startsWith('src/policies/'))).toEqual([]);
  });
  it('the search finds what it looks for', () => {
    const copy = [
      'const last = formatIsoDate(addYears((parseIsoDate(from) as number) - 1, years));',
      'const next = formatIsoDate(requireIsoDate(to) + 1);',
      'const day = parseIsoDate(x);',
      'const before = day - 1;',
      'const t = Date.UTC(2026, 0, 1) + 86400000;',
      'd.setUTCFullYear(2027);',
      '// addYears(x, 1) in a comment is not code',
    ].join('\n');
    expect(findArithmetic('copy.ts', copy).map((f) => f.line)).toEqual([
      'const last = formatIsoDate(addYears((parseIsoDate(from) as number) - 1, years));',
      'const last = formatIsoDate(addYears((parseIsoDate(from) as number) - 1, years));',
      'const next = formatIsoDate(requireIsoDate(to) + 1);',
      'const before = day - 1;',
      'const t = Date.UTC(2026, 0, 1) + 86400000;',
      'const t = Date.UTC(2026, 0, 1) + 86400000;',
      'd.setUTCFullYear(2027);',
    ]);
    // Comparing dates and calling the calendar is not arithmetic.
    expect(findArithmetic('ok.ts', 'if (until >= termPeriod(from, 3).last) ok();')).toEqual([]);
  });
});
