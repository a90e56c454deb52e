// The subjects of each policy, for the command: the list `check --help` and `chuangye rules`
// print, and the note `check` gives when a file reads as another subject of the policy
// (a mentor checked as a studio: ineligible, and every mentor field unknown).
import type { Lang, Policy, Report, SubjectId } from '../core/types.js';
import { check, policies } from '../policies/index.js';
import { visible } from '../report/escape.js';
import type { Io } from './shared.js';

/** One line per policy: its id, its subjects (the first is the default) and what each is. */
export function subjectLines(indent = '  '): string[] {
  const all = Object.values(policies);
  const width = Math.max(...all.map((p) => p.id.length));
  return all.map((p) => {
    const subjects = p.subjects.map((s, i) => `${s}${i === 0 && p.subjects.length > 1 ? ' (default)' : ''}`);
    const labels = p.subjects.map((s) => p.checks[s]?.label.zh ?? s).join('、');
    return `${indent}${p.id.padEnd(width)}  ${subjects.join(', ')}  (${labels})`;
  });
}

/** How many unknown keys a report lists, counting those a long list summed up. */
export function unknownKeys(report: Report): number {
  let n = 0;
  for (const p of report.problems) {
    if (p.code === 'unknown_key') n++;
    // Past 20 of a kind a report keeps only a count (core/problems.ts): read it back.
    else if (p.code === 'more_problems' && p.message.en.includes('(unknown_key)'))
      n += Number(/^\d+/u.exec(p.message.en)?.[0] ?? 0);
  }
  return n;
}

/** A subject that knows an input better: its unknown keys, and those of the subject it was checked as. */
export interface BetterSubject {
  subject: SubjectId;
  unknown: number;
  checkedUnknown: number;
}

/**
 * The subject of the policy whose schema knows the input best, when it knows it strictly
 * better (fewer unknown keys) than the subject it was checked as; null otherwise. The
 * other subjects are checked only when the report has an unknown key, so a batch of
 * well-formed files costs nothing more.
 */
export function betterSubject(
  policy: Policy,
  report: Report,
  input: unknown,
  asOf: string | undefined,
): BetterSubject | null {
  const checkedUnknown = unknownKeys(report);
  if (checkedUnknown === 0) return null;
  let best: BetterSubject | null = null;
  for (const subject of policy.subjects) {
    if (subject === report.subject) continue;
    const unknown = unknownKeys(check(policy, subject, input, asOf === undefined ? {} : { asOf }));
    if (unknown < (best?.unknown ?? checkedUnknown)) best = { subject, unknown, checkedUnknown };
  }
  return best;
}

/** At most this many files are named one by one; the rest are counted in one line. */
const NAMED_FILES = 5;

/**
 * The note on stderr, in the report's language, when a file reads as another subject:
 * the verdict stays the one of the subject checked (never changed silently, never
 * guessed per file), and the note names the `--subject` that fits.
 */
export function subjectNotes(io: Io, policy: Policy, lang: Lang, defaulted: boolean) {
  const lines: string[] = [];
  let more = 0;
  const subjects = new Set<SubjectId>();
  const label = (s: SubjectId) => policy.checks[s]?.label[lang] ?? s;
  /** A file that reads better as another subject (betterSubject's answer for it). */
  const add = (file: string, checked: SubjectId, better: BetterSubject): void => {
    subjects.add(better.subject);
    if (lines.length >= NAMED_FILES) {
      more++;
      return;
    }
    const name = visible(file);
    const other = label(better.subject);
    lines.push(
      lang === 'zh'
        ? `chuangye: ${name}：按${label(checked)}（${checked}${defaulted ? '，未指定 --subject 时的默认' : ''}）检查，有 ${better.checkedUnknown} 个未知字段；按${other}（${better.subject}）${better.unknown === 0 ? '没有未知字段' : `只有 ${better.unknown} 个`}。如为${other}材料，请加 --subject ${better.subject}\n`
        : `chuangye: ${name}: checked as ${label(checked)} (${checked}${defaulted ? ', the default without --subject' : ''}) with ${better.checkedUnknown} unknown fields; as ${other} (${better.subject}) it has ${better.unknown === 0 ? 'none' : better.unknown}. If it is one, add --subject ${better.subject}\n`,
    );
  };
  return {
    see(file: string, report: Report, input: unknown, asOf: string | undefined): void {
      if (policy.subjects.length < 2) return;
      const better = betterSubject(policy, report, input, asOf);
      if (better !== null) add(file, report.subject, better);
    },
    add,
    /** Says the notes, after the reports (a terminal shows them last, not scrolled away). */
    end(): void {
      for (const line of lines) io.stderr(line);
      if (more === 0) return;
      const flags = [...subjects].map((s) => `--subject ${s}`).join(lang === 'zh' ? '、' : ', ');
      io.stderr(
        lang === 'zh'
          ? `chuangye: 另有 ${more} 个文件更符合其他申报对象（${flags}）\n`
          : `chuangye: ${more} more files fit another subject better (${flags})\n`,
      );
    },
  };
}
