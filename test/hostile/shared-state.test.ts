// Item 1 of issue 27: nothing an accessor hands out is shared with the checks. The
// schemas a caller can reach (through getPolicy, policies, a policy subpath, or the
// exported schema constants) are separate instances: deleting a field of one, or
// replacing its parser, changes no verdict and no later caller's schema.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { jsonSchemaOf } from '../../src/cli/schema.js';
import { check, evaluate, getPolicy, policies, standardSchema } from '../../src/index.js';
import * as national from '../../src/policies/national/index.js';
import * as pingdingshan from '../../src/policies/pingdingshan/index.js';
import * as taiyuan from '../../src/policies/taiyuan/index.js';
import * as tianjin from '../../src/policies/tianjin/index.js';

const example = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
type Zod = { _zod: { def: { shape?: Record<string, unknown> } }; safeParse?: unknown };
/** What a careless or hostile caller does to a schema it holds: empties its shape and its parser. */
function vandalise(schema: unknown): void {
  const s = schema as Zod;
  const shape = s._zod.def.shape;
  if (shape) for (const key of Object.keys(shape)) delete shape[key];
  (s._zod as Record<string, unknown>).run = () => {
    throw new Error('vandalised');
  };
}
const JSON_SCHEMA = { target: 'draft-2020-12', unrepresentable: 'any' } as const;

describe('schemas a caller holds are not the ones the checks use', () => {
  const cases = [
    ['national', 'studio', example('national/eligible-studio.json')],
    ['tianjin', 'studio', example('tianjin/studio-application.json')],
    ['pingdingshan', 'studio', example('pingdingshan/studio-application.json')],
    ['pingdingshan', 'mentor', example('pingdingshan/mentor.json')],
  ] as const;

  it('vandalising every schema reachable from getPolicy, policies and the subpaths changes no report', () => {
    const before = cases.map(([p, s, input]) => check(p, s as never, input, { asOf: '2026-11-22' }));
    const year = example('tianjin/year-record.json');
    const graded = evaluate('tianjin', year, { from: '2025-07-01', to: '2026-06-30' });
    for (const policy of Object.values(policies)) {
      for (const spec of Object.values(policy?.checks ?? {})) vandalise(spec?.schema);
      if (policy?.evaluation) vandalise(policy.evaluation.schema);
    }
    for (const [p, s] of cases) vandalise(getPolicy(p).checks[s]?.schema);
    for (const schema of [
      national.studioSchema,
      tianjin.studioSchema,
      tianjin.yearRecordSchema,
      pingdingshan.studioSchema,
      pingdingshan.mentorSchema,
      pingdingshan.yearRecordSchema,
      taiyuan.expertSchema,
      national.nationalPolicy.checks.studio?.schema,
      standardSchema,
    ])
      vandalise(schema);
    expect(cases.map(([p, s, input]) => check(p, s as never, input, { asOf: '2026-11-22' }))).toEqual(before);
    expect(national.check('studio', cases[0][2], { asOf: '2026-11-22' })).toEqual(before[0]);
    expect(evaluate('tianjin', year, { from: '2025-07-01', to: '2026-06-30' })).toEqual(graded);
  });

  it('each read of a policy schema is a fresh instance, and an untouched one parses as the checks do', () => {
    const spec = getPolicy('national').checks.studio;
    expect(spec?.schema).not.toBe(spec?.schema);
    vandalise(spec?.schema);
    const fresh = getPolicy('national').checks.studio?.schema as unknown as { safeParse(v: unknown): unknown };
    const input = cases[0][2];
    // (The exported constants were vandalised above: a module's constant is shared by its importers, never by the checks.)
    expect(fresh.safeParse(input)).toMatchObject({ success: true });
    expect(fresh.safeParse({ staff: 'three' })).toMatchObject({ success: false });
  });

  it('a separate schema gives the same JSON Schema as the one the command prints (before its labels)', () => {
    const raw = z.toJSONSchema(getPolicy('tianjin').checks.studio?.schema as never, JSON_SCHEMA) as {
      properties: Record<string, { format?: string }>;
    };
    expect(Object.keys(raw.properties)).toEqual(Object.keys(jsonSchemaOf('tianjin', 'studio').properties as object));
    // Registered metadata is copied too: dates keep their JSON Schema format.
    expect(JSON.stringify(raw)).toContain('"format":"date"');
  });

  it('jsonSchemaOf is fresh on every call, labelled in the language asked, and refuses what it does not know', () => {
    const a = jsonSchemaOf('national', 'studio', { lang: 'en' });
    (a as { title: string }).title = 'changed';
    expect(jsonSchemaOf('national', 'studio', { lang: 'en' }).title).toBe('national studio');
    expect(JSON.stringify(jsonSchemaOf('national', 'studio', { lang: 'zh' }))).not.toBe(JSON.stringify(a));
    expect(jsonSchemaOf('tianjin', 'evaluation').title).toBe('tianjin evaluation');
    expect(() => jsonSchemaOf('national', 'evaluation')).toThrow(/has no subject "evaluation"; it rules: studio/);
    expect(() => jsonSchemaOf('national', 'toString' as never)).toThrow(/has no subject "toString"/);
    expect(() => jsonSchemaOf('beijing' as never, 'studio')).toThrow(/unknown policy "beijing"/);
    expect(() => jsonSchemaOf('national', 'studio', { lang: 'fr' as never })).toThrow(/unknown language "fr"/);
  });

  it('the policy views are frozen and are what the subpaths export', () => {
    expect(getPolicy('tianjin')).toBe(tianjin.tianjinPolicy);
    expect(Object.isFrozen(getPolicy('tianjin').checks.studio)).toBe(true);
    expect(() => {
      (getPolicy('tianjin').parameters as unknown[]).length = 0;
    }).toThrow(TypeError);
  });
});
