// A small invented measures text (示例市, fictional) encoded with the public API only: the
// fixture of the define tests. Not a real document.

import {
  atLeast,
  type Clause,
  definePolicy,
  type Parameter,
  type PolicyDefinition,
  rule,
  subject,
} from 'chuangye-rules/define';
import * as z from 'zod/mini';

export const clauses: Clause[] = [
  { id: '第一条', text: '为规范示例市创业指导工作室管理，制定本办法。', coverage: 'informative' },
  { id: '第二条', text: '工作室应有3名以上创业导师。', coverage: 'rule' },
  { id: '第三条', text: '本办法自2026年1月1日起施行，有效期至2027年12月31日。', coverage: 'informative' },
];

export const mentors: Parameter<number> = {
  id: 'mentors.min',
  value: 3,
  clause: '第二条',
  quote: '3名以上',
  provenance: 'text',
  label: { zh: '创业导师人数', en: 'Mentors' },
  unit: { zh: '名', en: 'persons' },
};

export const studioSchema = z.strictObject({ mentors: z.optional(z.int().check(z.nonnegative())) });

export const studio = subject(studioSchema, {
  label: { zh: '示例市创业指导工作室', en: 'Example city studio' },
  rules: [
    rule({
      id: 'example.mentors',
      clauses: ['第二条'],
      provenance: 'text',
      title: { zh: '3名以上创业导师', en: 'At least 3 mentors' },
      check: (s, ctx) => atLeast(ctx.param(mentors), s.mentors, 'mentors'),
    }),
  ],
});

export const definition = (): PolicyDefinition<{ studio: typeof studio }> => ({
  id: 'example-city',
  title: { zh: '示例市创业指导工作室管理办法（虚构）', en: 'Measures of Example City (invented)' },
  issuer: { zh: '示例市人力资源和社会保障局（虚构）', en: 'Example City HRSS Bureau (invented)' },
  docNumber: '示人社〔2026〕1号',
  effective: { from: '2026-01-01', to: '2027-12-31', clause: '第三条' },
  clauses,
  parameters: [mentors],
  checks: { studio },
});

export const examplePolicy = definePolicy(definition());
