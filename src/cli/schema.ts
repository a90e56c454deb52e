// `chuangye schema`: the JSON Schema of a subject's input.
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { langOf, readOptions, UnknownSubjectError } from '../core/errors.js';
import { labelJsonSchema } from '../core/labels.js';
import { policyBehind } from '../core/public.js';
import type { Lang, Policy, PolicyId, SubjectId } from '../core/types.js';
import { getPolicy, policies } from '../policies/index.js';
import { visible } from '../report/escape.js';
import { type Io, langOption, policyOf, UsageError } from './shared.js';
import { subjectLines } from './subjects.js';

export const SCHEMA_HELP = `Usage: chuangye schema <policy> <subject> [--lang zh|en] [--policy-module FILE]

Prints the JSON Schema (draft 2020-12) of a subject's input; subject 'evaluation' gives
the year record of a policy with an annual evaluation. Fields carry a title and a
description, and enum values a label (oneOf of const + title), in the language asked.
--policy-module FILE: the policy a module exports (default or \`policy\`), made by
definePolicy; name only the subject (\`chuangye schema studio --policy-module FILE\`).

Policies and their subjects:
${subjectLines().join('\n')}
Annual evaluations (subject evaluation): ${Object.values(policies)
  .filter((p) => p.evaluation)
  .map((p) => p.id)
  .join(', ')}`;

export function runSchema(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { lang: { type: 'string' } },
  });
  const lang = langOption(values.lang);
  if (positionals.length !== 2) throw new UsageError('name a policy and a subject (chuangye schema --help lists them)');
  const policy = policyOf(positionals[0]);
  const subject = positionals[1] as string;
  const known = [...policy.subjects, ...(policy.evaluation ? ['evaluation'] : [])];
  if (!known.includes(subject))
    throw new UsageError(
      `policy ${policy.id} has no subject "${visible(subject.slice(0, 40))}"; it has: ${known.join(', ')}`,
    );
  // The library's own JSON Schema, titles, descriptions and enum labels in the language asked.
  const json = schemaOf(policyBehind(policy), subject as SubjectId | 'evaluation', lang);
  io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  return 0;
}

/**
 * The JSON Schema (draft 2020-12) of a subject's input, or of the year record for
 * `'evaluation'`, with titles, descriptions and enum labels in the language asked: what
 * `chuangye schema` prints, for a Java or Python system to validate the same form. A fresh
 * object on every call. Here, not in the package's API: the JSON Schema generator would
 * weigh on every browser bundle (the schemas themselves are exported: `z.toJSONSchema`).
 * @throws UnknownPolicyError, UnknownSubjectError, UnknownLanguageError;
 * InvalidArgumentError for options that are not an object.
 */
export function jsonSchemaOf(policyId: PolicyId, subject: SubjectId | 'evaluation', options?: { lang?: Lang }) {
  const policy = policyBehind(getPolicy(policyId));
  return schemaOf(policy, subject, langOf(readOptions<{ lang: Lang }>(options, ['lang']).lang));
}

/** The labelled JSON Schema of one of a policy's subjects (a bundled one, or a module's; with versions, the latest's). */
function schemaOf(policy: Policy, subject: SubjectId | 'evaluation', lang: Lang) {
  const spec =
    subject === 'evaluation'
      ? policy.evaluation
      : typeof subject === 'string' && Object.hasOwn(policy.checks, subject)
        ? policy.checks[subject]
        : undefined;
  if (!spec) {
    const known = [...policy.subjects, ...(policy.evaluation ? ['evaluation'] : [])];
    throw new UnknownSubjectError(policy.id, subject, known);
  }
  const raw = z.toJSONSchema(spec.schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const json = spec.labels ? labelJsonSchema(raw, spec.labels, lang) : raw;
  return { ...json, title: `${policy.id} ${subject}` } as Record<string, unknown>;
}
