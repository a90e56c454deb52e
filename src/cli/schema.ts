// `chuangye schema`: the JSON Schema of a subject's input.
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import type { SubjectId } from '../core/types.js';
import { type Io, policyOf, UsageError } from './shared.js';

export const SCHEMA_HELP = `Usage: chuangye schema <policy> <subject>

Prints the JSON Schema (draft 2020-12) of a subject's input; subject 'evaluation' gives
the year record of a policy with an annual evaluation.`;

export function runSchema(argv: string[], io: Io): number {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals.length !== 2) throw new UsageError('name a policy and a subject');
  const policy = policyOf(positionals[0]);
  const subject = positionals[1] as string;
  const schema = subject === 'evaluation' ? policy.evaluation?.schema : policy.checks[subject as SubjectId]?.schema;
  if (!schema) {
    const known = [...policy.subjects, ...(policy.evaluation ? ['evaluation'] : [])];
    throw new UsageError(`policy ${policy.id} has no subject "${subject}"; it has: ${known.join(', ')}`);
  }
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' });
  io.stdout(`${JSON.stringify({ ...json, title: `${policy.id} ${subject}` }, null, 2)}\n`);
  return 0;
}
