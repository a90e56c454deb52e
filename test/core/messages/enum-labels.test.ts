// An enum's problem names the allowed values in the subject's words, not its codes (issue 29, item 5).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, renderReport } from '../../../src/index.js';

const read = (f: string) => JSON.parse(readFileSync(new URL(`../../../examples/${f}`, import.meta.url), 'utf8'));

describe('a value outside an enum', () => {
  const app = read('pingdingshan/studio-application.json');
  app.host.kind = 'entrepreneurship_servic';
  const report = check('pingdingshan', 'studio', app, { asOf: '2026-11-22' });
  const problem = report.problems.find((p) => p.code === 'invalid_value');

  it('is listed with the labels of the allowed values, in each language', () => {
    expect(problem?.path).toEqual(['host', 'kind']);
    expect(problem?.message.zh).toBe('取值无效：应为以下之一：“创业服务机构”、“高等院校”、“人力资源服务机构”、“其他”');
    expect(problem?.message.en).toContain('"entrepreneurship service body", "university"');
  });

  it('the Chinese report carries no code of the enum', () => {
    const out = renderReport(report, { format: 'text', lang: 'zh' });
    expect(out).toContain('依托单位类型');
    expect(out).not.toMatch(/entrepreneurship_service|hr_service/u);
  });

  it('a value inside a list names its own labels (Taiyuan service types)', () => {
    const expert = read('taiyuan/candidate.json');
    expert.serviceTypes = ['consult'];
    const r = check('taiyuan', 'expert', expert, { asOf: '2026-11-22' });
    const p = r.problems.find((x) => x.code === 'invalid_value');
    expect(p?.message.zh).toContain('“创业咨询服务”');
    expect(p?.message.zh).not.toContain('consulting');
  });
});
