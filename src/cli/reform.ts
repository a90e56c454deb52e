// `chuangye reform`: application files checked under the text and under changed
// parameters (--set) or other readings (--reading); what moved, streamed as each file
// finishes, then a summary by rule.
import { parseArgs } from 'node:util';
import type { ReformEntry, ReformRun, ReformSummary } from '../compare/reform.js';
import { startReform } from '../compare/reform.js';
import type { Lang, Policy, SubjectId } from '../core/types.js';
import { visible } from '../report/escape.js';
import { escapeHtml } from '../report/html.js';
import {
  bufferedOutput,
  dateOption,
  expandFiles,
  formatOf,
  type Io,
  langOption,
  policyOf,
  READ_OPTIONS,
  readJsonOrReport,
  readOptionsOf,
  UsageError,
} from './shared.js';

export const REFORM_HELP = `Usage: chuangye reform <file|dir|->... --policy <id> [--subject <subject>]
                       [--set <parameter id>=<value>]... [--reading <parameter id>=<choice>]...
                       [--as-of YYYY-MM-DD] [--format text|md|html|json|ndjson] [--lang zh|en]
                       [--max-bytes <n>] [--encoding utf-8|gb18030]

Checks each application under the text and again under the change: --set gives a
parameter another value (a reform: 100 → 80), --reading chooses another reading of an
ambiguity. Parameter ids and readings are the ones \`chuangye rules <policy>\` lists.
Prints, for each application whose verdict or rules moved, its verdict both ways and the
rules that moved, then how many moved to eligible and back, by rule.
Files are read as check reads them (--max-bytes, default 10485760; --encoding utf-8 or
gb18030). Exit 0 when the run completes, 2 for a usage error, a refused parameter or an
unreadable file.`;

export function runReform(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      subject: { type: 'string' },
      set: { type: 'string', multiple: true },
      reading: { type: 'string', multiple: true },
      'as-of': { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      ...READ_OPTIONS,
    },
  });
  const reading = readOptionsOf(values);
  const policy = policyOf(values.policy);
  const subject = (values.subject ?? policy.subjects[0]) as SubjectId;
  if (!policy.subjects.includes(subject))
    throw new UsageError(
      `policy ${policy.id} has no subject "${visible(subject)}"; it has: ${policy.subjects.join(', ')}`,
    );
  const asOf = dateOption(values['as-of'], 'as-of');
  const format = formatOf(values.format, ['text', 'md', 'html', 'json', 'ndjson'] as const, io);
  const lang = langOption(values.lang);
  const parameters = assignments(policy, values.set ?? [], 'set');
  const readings = assignments(policy, values.reading ?? [], 'reading');
  if (values.set === undefined && values.reading === undefined)
    throw new UsageError('give at least one --set <parameter id>=<value> or --reading <parameter id>=<choice>');
  if (positionals.length === 0) throw new UsageError('name at least one file or directory');

  const run = startReform(policy, subject, {
    ...(asOf === undefined ? {} : { asOf }),
    ...(values.set ? { parameters } : {}),
    ...(values.reading ? { readings } : {}),
  });
  if (run.problems.length > 0) {
    for (const p of run.problems) io.stderr(`chuangye: ${visible(p.path.join('.'))}: ${visible(p.message[lang])}\n`);
    return 2;
  }
  const { files, failed } = expandFiles(positionals, io);
  let unreadable = failed;
  const out = bufferedOutput(io);
  const writer = WRITERS[format](out.write, run, lang);
  for (const file of files) {
    const read = readJsonOrReport(file, reading, io);
    if (read === undefined) {
      unreadable = true;
      continue;
    }
    writer.entry(run.entry(read.value, file));
  }
  writer.end(run.summary());
  out.flush();
  return unreadable ? 2 : 0;
}

/**
 * `id=value` pairs, each value read as its parameter's type: a number for a number, the
 * text itself for a string (a decimal such as 80.5 stays exact), true/false, JSON for a list.
 */
function assignments(policy: Policy, pairs: string[], option: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--${option} takes <parameter id>=<value>, got "${visible(pair.slice(0, 60))}"`);
    const id = pair.slice(0, eq);
    const text = pair.slice(eq + 1);
    const param = policy.parameters.find((p) => p.id === id);
    // An unknown id goes to the library as given: its refusal names the policy and the id.
    out[id] = param === undefined ? text : typed(param.value, text);
  }
  return out;
}

function typed(template: unknown, text: string): unknown {
  if (typeof template === 'string') return text;
  if (typeof template === 'number') return /^-?\d+(?:\.\d+)?$/u.test(text) ? Number(text) : text;
  if (typeof template === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

interface Writer {
  entry(e: ReformEntry): void;
  end(summary: ReformSummary): void;
}

const WORDS = {
  zh: {
    eligible: '符合条件',
    ineligible: '不符合条件',
    incomplete: '待补充',
    invalid: '输入有误',
    not_applicable: '不适用',
    title: '参数调整的影响',
    notice: '按调整后的参数计算，非政策原文结论',
    under: '调整',
    was: '原为',
    checked: '已检查',
    changed: '结论改变',
    toEligible: '变为符合条件',
    fromEligible: '不再符合条件',
    rule: '规则',
    toPass: '改为通过',
    toFail: '改为不通过',
    file: '文件',
    text: '按原文',
    reform: '按调整',
    moved: '改变的规则',
  },
  en: {
    eligible: 'eligible',
    ineligible: 'ineligible',
    incomplete: 'incomplete',
    invalid: 'invalid',
    not_applicable: 'not applicable',
    title: 'What the change moves',
    notice: "Computed with changed parameters — not the text's verdict",
    under: 'Change',
    was: 'was',
    checked: 'checked',
    changed: 'verdict changed',
    toEligible: 'became eligible',
    fromEligible: 'no longer eligible',
    rule: 'Rule',
    toPass: 'to pass',
    toFail: 'to fail',
    file: 'File',
    text: 'Text',
    reform: 'Reform',
    moved: 'Rules moved',
  },
} as const;

function changesOf(run: ReformRun, lang: Lang): string[] {
  const w = WORDS[lang];
  return run.parameters.map(
    (a) => `${a.id} = ${JSON.stringify(a.value)} (${w.was} ${JSON.stringify(a.replaced)}; ${a.clause} “${a.quote}”)`,
  );
}

const movedText = (e: ReformEntry) => e.moved.map((m) => `${m.ruleId} ${m.text}→${m.reform}`).join(', ');
const summaryLines = (s: ReformSummary, lang: Lang): string[] => {
  const w = WORDS[lang];
  return [
    `${w.checked} ${s.total} · ${w.changed} ${s.changed} · ${w.toEligible} ${s.toEligible} · ${w.fromEligible} ${s.fromEligible}`,
    ...s.byRule.map((r) => `  ${r.ruleId} [${r.clauses.join('、')}]: ${w.toPass} ${r.toPass}, ${w.toFail} ${r.toFail}`),
  ];
};

const WRITERS: Record<
  'text' | 'md' | 'html' | 'json' | 'ndjson',
  (write: (t: string) => void, run: ReformRun, lang: Lang) => Writer
> = {
  text(write, run, lang) {
    const w = WORDS[lang];
    write(
      `${w.title} — ${w.notice}\n${changesOf(run, lang)
        .map((c) => `${w.under}: ${visible(c)}\n`)
        .join('')}\n`,
    );
    return {
      entry(e) {
        if (e.moved.length === 0 && e.text === e.reform) return;
        write(
          `${visible(e.file ?? e.index)}  ${visible(e.name ?? '')}  ${w[e.text]} → ${w[e.reform]}  ${movedText(e)}\n`,
        );
      },
      end(s) {
        write(`\n${summaryLines(s, lang).join('\n')}\n`);
      },
    };
  },
  md(write, run, lang) {
    const w = WORDS[lang];
    const cell = (t: string) => visible(t).replace(/[|\\`*_<>[\]]/gu, (c) => `\\${c}`);
    write(
      `# ${w.title}\n\n> ${w.notice}\n\n${changesOf(run, lang)
        .map((c) => `- ${cell(c)}\n`)
        .join('')}\n| ${w.file} | ${w.text} | ${w.reform} | ${w.moved} |\n|---|---|---|---|\n`,
    );
    return {
      entry(e) {
        if (e.moved.length === 0 && e.text === e.reform) return;
        write(
          `| ${cell(String(e.file ?? e.index))} ${cell(e.name ?? '')} | ${w[e.text]} | ${w[e.reform]} | ${cell(movedText(e))} |\n`,
        );
      },
      end(s) {
        write(
          `\n${summaryLines(s, lang)
            .map((l) => `- ${cell(l.trim())}`)
            .join('\n')}\n`,
        );
      },
    };
  },
  html(write, run, lang) {
    const w = WORDS[lang];
    const h = (t: string) => `<bdi>${escapeHtml(visible(t))}</bdi>`;
    write(
      `<!doctype html>\n<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><meta charset="utf-8"><title>${w.title}</title>\n<h1>${w.title}</h1>\n<p><strong>${w.notice}</strong></p>\n<ul>${changesOf(
        run,
        lang,
      )
        .map((c) => `<li>${h(c)}</li>`)
        .join(
          '',
        )}</ul>\n<table><thead><tr><th>${w.file}</th><th>${w.text}</th><th>${w.reform}</th><th>${w.moved}</th></tr></thead><tbody>\n`,
    );
    return {
      entry(e) {
        if (e.moved.length === 0 && e.text === e.reform) return;
        write(
          `<tr><td>${h(String(e.file ?? e.index))} ${h(e.name ?? '')}</td><td>${w[e.text]}</td><td>${w[e.reform]}</td><td>${h(movedText(e))}</td></tr>\n`,
        );
      },
      end(s) {
        write(
          `</tbody></table>\n<ul>${summaryLines(s, lang)
            .map((l) => `<li>${h(l.trim())}</li>`)
            .join('')}</ul>\n</html>\n`,
        );
      },
    };
  },
  json(write, run) {
    write(`{"parameters":${JSON.stringify(run.parameters)},"entries":[`);
    let first = true;
    return {
      entry(e) {
        write(`${first ? '' : ','}\n${JSON.stringify(e)}`);
        first = false;
      },
      end(s) {
        write(`\n],"summary":${JSON.stringify(s)}}\n`);
      },
    };
  },
  ndjson(write, run) {
    write(`${JSON.stringify({ parameters: run.parameters })}\n`);
    return {
      entry(e) {
        write(`${JSON.stringify(e)}\n`);
      },
      end(s) {
        write(`${JSON.stringify({ summary: s })}\n`);
      },
    };
  },
};
