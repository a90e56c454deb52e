// `chuangye schema`: the JSON Schema of a subject's input.
import { parseArgs } from 'node:util';
import type { SubjectId } from '../core/types.js';
import { jsonSchemaOf } from '../policies/index.js';
import { visible } from '../report/escape.js';
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
  const known = [...policy.subjects, ...(policy.evaluation ? ['evaluation'] : [])];
  if (!known.includes(subject))
    throw new UsageError(
      `policy ${policy.id} has no subject "${visible(subject.slice(0, 40))}"; it has: ${known.join(', ')}`,
    );
  // The library's own JSON Schema, titles, descriptions and enum labels in the language asked.
  const json = jsonSchemaOf(policy.id, subject as SubjectId | 'evaluation', { lang });
  io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  return 0;
}
