// `chuangye schema`: the JSON Schema of a subject's input.
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { labelJsonSchema } from '../core/labels.js';
import type { SubjectId } from '../core/types.js';
import { type Io, langOption, policyOf, UsageError } from './shared.js';

export const SCHEMA_HELP = `Usage: chuangye schema <policy> <subject> [--lang zh|en]

Prints the JSON Schema (draft 2020-12) of a subject's input; subject 'evaluation' gives
the year record of a policy with an annual evaluation. Fields carry a title and a
description, and enum values a label (oneOf of const + title), in the language asked.`;

export function runSchema(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { lang: { type: 'string' } },
  });
  const lang = langOption(values.lang);
  if (positionals.length !== 2) throw new UsageError('name a policy and a subject');
  const policy = policyOf(positionals[0]);
  const subject = positionals[1] as string;
  const schema = subject === 'evaluation' ? policy.evaluation?.schema : policy.checks[subject as SubjectId]?.schema;
  if (!schema) {
    const known = [...policy.subjects, ...(policy.evaluation ? ['evaluation'] : [])];
    throw new UsageError(`policy ${policy.id} has no subject "${subject}"; it has: ${known.join(', ')}`);
  }
  const labels = subject === 'evaluation' ? policy.evaluation?.labels : policy.checks[subject as SubjectId]?.labels;
  const raw = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  // Titles, descriptions and enum labels from the field-label table, in the language asked.
  const json = labels ? labelJsonSchema(raw, labels, lang) : raw;
  io.stdout(`${JSON.stringify({ ...json, title: `${policy.id} ${subject}` }, null, 2)}\n`);
  return 0;
}
