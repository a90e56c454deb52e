// Words of inclusion (legal periods kind G; issue 11.3): every 以上 / 以下 / 以内 / 届满 /
// 不满 / 超过 / 以外 / 内 in the four texts is either encoded by a parameter — and where the
// text writes 内 instead of the article's 以内, by an interpretation — or is not a bound
// at all (以下简称, 服务内容), with the reason. The boundaries are tested beside each rule
// (see the index at the end of this file) and here where they were not.
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/index.js';
import { policies } from '../../src/index.js';
import { evaluationTimeline } from '../../src/policies/tianjin/index.js';
import { seed, squash } from '../helpers/seeds.js';

const FILES: Record<string, string> = {
  national: 'national-studio-guideline.txt',
  tianjin: 'tianjin-studio-pilot-notice.txt',
  taiyuan: 'taiyuan-expert-team-measures.txt',
  pingdingshan: 'pingdingshan-master-studio-measures.txt',
};
const WORDS = ['以上', '以下', '以内', '届满', '不满', '超过', '以外', '内'];

/** Occurrences that bound nothing, by the words around them, and why. */
const NOT_A_BOUND: Record<string, [string, string][]> = {
  national: [
    ['以下简称', '"hereinafter"'],
    ['服务内容', '"content"'],
    ['合理范围内', 'a reasonable range, no number'],
    ['在一定期限内', 'a period the text does not fix (三（四）3 服务项目结案)'],
  ],
  tianjin: [
    ['以下简称', '"hereinafter"'],
    ['以下功能', '"the following"'],
    ['以下条件', '"the following"'],
    ['以下程序', '"the following"'],
    ['以下5个方面', '"the following"'],
    ['评估内容', '"content"'],
    ['聚焦服务成立3年内的初创企业', '一（二）7, a service function (informative): it sets no condition'],
    ['（成立5年内）', '一（二）7, a service function (informative): it sets no condition'],
    ['场所内', 'a place, not a period (carrier.kinds)'],
    ['辖区内', 'a district, not a period'],
  ],
  pingdingshan: [
    ['以下条件', '"the following"'],
    ['以下基本条件', '"the following"'],
    ['在内', '"including"'],
    ['市域内', 'a territory, not a period'],
  ],
  taiyuan: [
    ['以下人员', '"the following"'],
    ['以下基本条件', '"the following"'],
    ['以下群体', '"the following"'],
    ['框架内', 'a framework, not a period'],
    ['领域内', 'a field, not a period'],
    ['服务内容', '"content"'],
    ['聘期内存在', 'during the term: the term is kind D (term.reading, interpretation)'],
  ],
};

function spansOf(text: string, needle: string, label: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length, label]);
  return out;
}

describe.each(Object.values(policies) as Policy[])('words of inclusion in $id', (policy) => {
  const text = squash(seed(FILES[policy.id] as string));
  const params = policy.parameters.flatMap((p) => spansOf(text, squash(p.quote), p.id));
  const exempt = (NOT_A_BOUND[policy.id] ?? []).flatMap(([words]) => spansOf(text, words, words));
  const occurrences = WORDS.flatMap((w) => spansOf(text, w, w)).filter(
    // 以内 contains 内: one occurrence, counted once as 以内.
    ([i, , w]) => !(w === '内' && text.slice(i - 1, i + 1) === '以内'),
  );
  const covering = (i: number, spans: [number, number, string][]) =>
    spans.filter(([a, b]) => i >= a && i < b).map((s) => s[2]);

  it('every occurrence is encoded by a parameter or is not a bound, with a reason', () => {
    expect(occurrences.length).toBeGreaterThan(5);
    const loose = occurrences
      .filter(([i]) => covering(i, params).length === 0 && covering(i, exempt).length === 0)
      .map(([i, , w]) => `${w}: …${text.slice(Math.max(0, i - 8), i + 4)}…`);
    expect(loose).toEqual([]);
  });

  it('a bare 内 of a period (not the article’s 以内) is read by an interpretation parameter', () => {
    const byText = occurrences
      .filter(([i, , w]) => w === '内' && covering(i, exempt).length === 0)
      .filter(([i]) => {
        const ids = covering(i, params);
        return !policy.parameters.some((p) => ids.includes(p.id) && p.provenance === 'interpretation');
      })
      .map(([i]) => text.slice(Math.max(0, i - 8), i + 4));
    expect(byText).toEqual([]);
  });

  it('every exemption still matches the text', () => {
    for (const [words] of NOT_A_BOUND[policy.id] ?? []) expect(text).toContain(words);
  });
});

describe('Tianjin 四（二）4 "对合格以上等次的": 以上 includes 合格', () => {
  const dates = { launch: '2026-09-01', publicity: '2026-09-28' };
  it.each(['excellent', 'good', 'pass'] as const)('%s is published', (grade) => {
    const r = evaluationTimeline(dates, { asOf: '2026-11-22', grade });
    expect(r.outcome).toBeUndefined();
    expect(r.steps.map((s) => s.id)).toContain('publicity');
  });
  it('不合格, one grade below, is not', () => {
    expect(evaluationTimeline(dates, { asOf: '2026-11-22', grade: 'fail' }).outcome?.status).toBe('no_publicity');
  });
});

// Where each bound is tested at its boundary (both sides):
// national 5年（含）以上, 2年（含）以上, 3名及以上 — test/policies/national/studio.test.ts
// tianjin 5年/2年（含）以上, 3名及以上, 不小于100m2, 不少于3年 — tianjin/studio.test.ts, tianjin/use-right.test.ts
// tianjin 成立3年内 — tianjin/evaluation.test.ts, tianjin/gradable-year.test.ts, tianjin/decided.test.ts
// tianjin 100万元及以上 — tianjin/evaluation.test.ts; 不少于10家/3个 — distinct.test.ts
// tianjin 7个/10个工作日内 — tianjin/procedures.test.ts (on the due day on time, the next late)
// pingdingshan 5年及以上 — pingdingshan/mentor.test.ts; 一年及以上 — pingdingshan/exit.test.ts
// taiyuan 4年及以上 — taiyuan/expert.test.ts; 届满 — taiyuan/records.test.ts, evaluation-matching.test.ts;
//   累计3次及以上, 一年内 — taiyuan/records.test.ts; 讲师以上, 中级或以上 — taiyuan/expert.test.ts
