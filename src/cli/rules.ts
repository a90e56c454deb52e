// `chuangye rules`: a policy's clauses, verbatim, with the rules, steps and parameters that encode them.
import { parseArgs } from 'node:util';
import { policies } from '../policies/index.js';
import { printHandbook } from './handbook.js';
import { type Io, oneOf, policyOf, UsageError } from './shared.js';
import { subjectLines } from './subjects.js';

export const RULES_HELP = `Usage: chuangye rules [<policy>|handbook] [--format md|json]

Prints every clause of the policy, verbatim, with the rules and parameters that encode it;
handbook: the service handbook's catalogue. Without a policy: the policies, each with its
title, document number and subjects (the --subject values of check and schema).
--policy-module FILE: the policy a module exports (default or \`policy\`), made by definePolicy.

Policies and their subjects:
${subjectLines().join('\n')}`;

export function runRules(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' } },
  });
  if (positionals.length === 0) return listPolicies(values.format, io);
  if (positionals.length !== 1) throw new UsageError('name one policy (chuangye rules lists them)');
  if (positionals[0] === 'handbook') return printHandbook(values.format, io);
  const policy = policyOf(positionals[0]);
  const format = oneOf(values.format, ['md', 'json'] as const, 'format', 'md');
  const rules = [
    ...Object.values(policy.checks).flatMap((s) => s?.rules ?? []),
    ...(policy.evaluation ? [policy.evaluation.applicability, ...policy.evaluation.gates] : []),
  ];
  const steps = policy.procedures.flatMap((p) => p.steps.map((s) => ({ procedure: p.id, ...s })));
  const entries = policy.clauses.map((c) => ({
    ...c,
    rules: rules
      .filter((r) => r.clauses.includes(c.id))
      .map((r) => ({ id: r.id, title: r.title, provenance: r.provenance })),
    steps: steps
      .filter((s) => s.clauses.includes(c.id))
      .map((s) => ({ procedure: s.procedure, id: s.id, label: s.label })),
    parameters: policy.parameters
      .filter((p) => p.clause === c.id)
      .map((p) => ({
        id: p.id,
        value: p.value,
        quote: p.quote,
        provenance: p.provenance,
        ...(p.note ? { note: p.note } : {}),
      })),
  }));
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify({ policy: policy.id, title: policy.title, docNumber: policy.docNumber, clauses: entries }, null, 2)}\n`,
    );
    return 0;
  }
  const md = [
    `# ${policy.title.zh}`,
    '',
    `${policy.title.en}${policy.docNumber ? ` · ${policy.docNumber}` : ''} · binding: ${policy.binding}`,
    '',
  ];
  for (const c of entries) {
    md.push(`## ${c.id} · ${c.coverage}`, '', `> ${c.text.replace(/\s*\n\s*/gu, ' ')}`, '');
    for (const r of c.rules) md.push(`- rule \`${r.id}\` (${r.provenance}): ${r.title.zh} / ${r.title.en}`);
    for (const s of c.steps) md.push(`- step \`${s.procedure}.${s.id}\`: ${s.label.zh} / ${s.label.en}`);
    for (const p of c.parameters)
      md.push(
        `- parameter \`${p.id}\` = ${JSON.stringify(Array.isArray(p.value) ? p.value.map((o: { id: string }) => o.id) : p.value)} (${p.provenance}) «${p.quote}»`,
      );
    md.push('');
  }
  io.stdout(`${md.join('\n')}`);
  return 0;
}

/** `chuangye rules` alone: every policy, its title, document number and subjects. */
function listPolicies(formatValue: string | undefined, io: Io): number {
  const format = oneOf(formatValue, ['md', 'json'] as const, 'format', 'md');
  const list = Object.values(policies).map((p) => ({
    id: p.id,
    title: p.title,
    docNumber: p.docNumber,
    subjects: p.subjects.map((s) => ({ id: s, label: p.checks[s]?.label ?? { zh: s, en: s } })),
  }));
  if (format === 'json') {
    io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const md = ['# Policies', ''];
  for (const p of list) {
    md.push(`## ${p.id} · ${p.title.zh}`, '', `${p.title.en}${p.docNumber ? ` · ${p.docNumber}` : ''}`, '');
    for (const [i, s] of p.subjects.entries())
      md.push(
        `- subject \`${s.id}\`${i === 0 && p.subjects.length > 1 ? ' (default)' : ''}: ${s.label.zh} / ${s.label.en}`,
      );
    md.push('');
  }
  md.push('`chuangye rules <policy>`: its clauses and rules; `chuangye rules handbook`: the service handbook.', '');
  io.stdout(md.join('\n'));
  return 0;
}
