/**
 * `chuangye-rules/pingdingshan`: 《平顶山市大众创业指导大师工作室认定管理办法》
 * (平人社办〔2024〕44号) — the mentor's conditions and routes, the master studio's
 * composition and duties, its recognition procedure, the effects it owes every quarter
 * and year, and its exit from the list.
 * @packageDocumentation
 */
import type { Policy } from '../../core/types.js';
import { clauses } from './clauses.js';
import { mentorRules } from './mentor.js';
import { parameters } from './parameters.js';
import { mentorSchema } from './schema.js';

export const pingdingshanPolicy: Policy = {
  id: 'pingdingshan',
  title: {
    zh: '平顶山市大众创业指导大师工作室认定管理办法',
    en: 'Measures of Pingdingshan for recognising and managing master studios of mass entrepreneurship guidance',
  },
  issuer: {
    zh: '平顶山市人力资源和社会保障局',
    en: 'Pingdingshan Municipal Human Resources and Social Security Bureau',
  },
  docNumber: '平人社办〔2024〕44号',
  binding: true,
  effective: {
    from: null,
    to: null,
    note: '第十四条 "自下发之日起试行"; the text carries no issue date. Before 2024 the measures did not exist; in 2024 reports assume them issued unless options.effectiveFrom gives the day (rule pingdingshan.in_force).',
  },
  repeals: [],
  subjects: ['mentor'],
  clauses,
  parameters,
  checks: {
    mentor: {
      label: { zh: '创业导师', en: 'Entrepreneurship mentor' },
      schema: mentorSchema,
      rules: mentorRules,
    },
  },
  procedures: [],
};

export { type MentorRoutes, mentorRoutes } from './mentor.js';
export * from './parameters.js';
export { mentorSchema, type PingdingshanMentor } from './schema.js';
export { clauses as pingdingshanClauses };
