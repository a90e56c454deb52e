// Every field a form shows has words: each property of each subject's and evaluation's JSON
// Schema carries a title, in both languages, for all four policies (issue 29, item 5).
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from '../../src/cli/schema.js';
import { getPolicy } from '../../src/index.js';

const POLICY_IDS = ['national', 'tianjin', 'pingdingshan', 'taiyuan'] as const;

type Node = { [key: string]: unknown };

/** The paths of every property without a title. */
function untitled(node: unknown, path = ''): string[] {
  if (node === null || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((n) => untitled(n, path));
  const n = node as Node;
  const out: string[] = [];
  for (const [key, value] of Object.entries(n)) {
    if (key === 'properties' && value !== null && typeof value === 'object') {
      for (const [name, child] of Object.entries(value as Node)) {
        const at = path === '' ? name : `${path}.${name}`;
        if (typeof (child as Node).title !== 'string' || (child as Node).title === '') out.push(at);
        out.push(...untitled(child, at));
      }
    } else if (key === 'items') out.push(...untitled(value, `${path}[]`));
    else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf' || key === '$defs')
      out.push(...untitled(value, path));
  }
  return out;
}

const subjects = POLICY_IDS.flatMap((id) => {
  const policy = getPolicy(id);
  return [...policy.subjects, ...(policy.evaluation ? ['evaluation'] : [])].map((s) => [id, s] as const);
});

describe.each(subjects)('%s %s', (policy, subject) => {
  it.each(['zh', 'en'] as const)('every field of the JSON Schema has a title (%s)', (lang) => {
    const schema = jsonSchemaOf(policy, subject as never, { lang });
    expect(untitled(schema)).toEqual([]);
  });
  it('a Chinese title carries no English word', () => {
    const titles: string[] = [];
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        for (const n of node) walk(n);
        return;
      }
      for (const [key, value] of Object.entries(node as Node)) {
        if (key === 'title' && typeof value === 'string') titles.push(value);
        else walk(value);
      }
    };
    walk(jsonSchemaOf(policy, subject as never, { lang: 'zh' }).properties);
    expect(titles.filter((t) => /[A-Za-z]{3,}/u.test(t))).toEqual([]);
  });
});
