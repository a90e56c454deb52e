import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverage, HANDBOOK_MESSAGES, modules, renderCoverage } from '../../src/handbook/index.js';
import { arbitraryHostile } from '../helpers/arbitraries.js';
import { seed } from '../helpers/seeds.js';

const ALL = modules.flatMap((m) => m.functions);
const BASIC = ALL.filter((f) => f.tier === 'basic');
const NAMES = ALL.flatMap((f) => [f.id, f.title, f.tableTitle]);

describe('coverage', () => {
  it('nothing offered: 0 of 33, all 14 basic functions missing, in the text’s order', () => {
    const c = coverage([]);
    expect(c.offered).toBe(0);
    expect(c.total).toBe(33);
    expect(c.tiers).toEqual({
      basic: { offered: 0, partial: 0, total: 14 },
      extended: { offered: 0, partial: 0, total: 12 },
      expanded: { offered: 0, partial: 0, total: 7 },
    });
    expect(c.missingBasic.map((f) => f.id)).toEqual(BASIC.map((f) => f.id));
    expect(c.basicComplete).toBe(false);
    expect(c.problems).toEqual([]);
  });

  it('everything offered: every module and tier full', () => {
    const c = coverage(ALL.map((f) => f.id));
    expect(c.offered).toBe(33);
    expect(c.basicComplete).toBe(true);
    expect(c.missingBasic).toEqual([]);
    for (const m of c.modules) expect(m.offered).toBe(m.total);
  });

  it('the 14 basic functions and nothing else: basic complete, one missing is named', () => {
    expect(coverage(BASIC.map((f) => f.id)).basicComplete).toBe(true);
    const c = coverage(BASIC.slice(1).map((f) => f.title));
    expect(c.basicComplete).toBe(false);
    expect(c.missingBasic).toEqual([
      {
        id: 'information/1.1',
        module: 'information',
        number: '1.1',
        title: '创业政策法规',
        label: { zh: '创业政策法规', en: 'Entrepreneurship policies and regulations' },
        tier: 'basic',
        extent: 'none',
        missingSubItems: [],
        involves: '提供各级政府及相关部门出台的创业扶持政策法规信息。',
      },
    ]);
    // Every function not offered is listed by tier, not only the basic ones.
    expect(c.missing.extended).toHaveLength(12);
    expect(c.missing.expanded).toHaveLength(7);
  });

  it('by id, body title or table title; surrounding whitespace ignored; a repeat counted once, with a warning', () => {
    const c = coverage([' 社群组织\u3000', '创业社群组织', 'activities/3.1\n']);
    expect(c.offered).toBe(1);
    expect(c.modules.find((m) => m.id === 'activities')?.tiers.expanded).toEqual({ offered: 1, partial: 0, total: 1 });
    expect(c.problems.map((p) => [p.path, p.code, p.severity])).toEqual([
      [[1], 'duplicate', 'warning'],
      [[2], 'duplicate', 'warning'],
    ]);
  });

  it('unknown entries and entries of the wrong type are reported with their index, never thrown', () => {
    const sparse: unknown[] = ['创业资讯'];
    sparse[2] = '创业咨询';
    const c = coverage([...sparse, 7, null, '__proto__', 'constructor', 'x'.repeat(1_000_000), '信息发布']);
    expect(c.offered).toBe(1);
    expect(c.problems.map((p) => [p.path, p.code])).toEqual([
      [[1], 'not_a_string'],
      [[2], 'unknown_function'],
      [[3], 'not_a_string'],
      [[4], 'not_a_string'],
      [[5], 'unknown_function'],
      [[6], 'unknown_function'],
      [[7], 'unknown_function'],
      [[8], 'unknown_function'],
    ]);
    // A module's name is not a function's: 信息发布 is reported, not expanded.
    expect(c.problems.at(-1)?.message.zh).toContain('信息发布');
    // A huge entry is shortened in its message.
    expect((c.problems[6]?.message.en.length ?? 0) < 300).toBe(true);
    for (const p of c.problems) expect(p.message.zh && p.message.en).toBeTruthy();
  });

  it('a value that is not a list is one problem at the root', () => {
    for (const v of [undefined, null, '创业资讯', { offered: [] }, 3])
      expect(coverage(v).problems.map((p) => [p.path, p.code])).toEqual([[[], 'not_a_list']]);
  });

  it('sub-items: some make a function partial, all of them make it whole', () => {
    const part = coverage(['机构（场所）信息', 'information/1.2.3']);
    const f = part.modules[0]?.functions.find((x) => x.id === 'information/1.2');
    expect(f?.extent).toBe('partial');
    expect(f?.offered).toBe(false);
    expect(part.tiers.basic).toEqual({ offered: 0, partial: 1, total: 14 });
    expect(part.missingBasic.find((x) => x.id === 'information/1.2')).toMatchObject({
      extent: 'partial',
      missingSubItems: ['information/1.2.2', 'information/1.2.4'],
      involves: '机构（场所）信息、创业活动信息、创业培训信息、创业孵化信息',
    });
    const whole = coverage(['information/1.2.1', '创业活动信息', '创业培训信息', '创业孵化信息']);
    expect(whole.modules[0]?.functions.find((x) => x.id === 'information/1.2')?.extent).toBe('full');
    expect(whole.tiers.basic).toEqual({ offered: 1, partial: 0, total: 14 });
    // Untitled sub-items by id; the function's line is its first sub-item's first sentence.
    const c = coverage(['consulting/2.1.2']);
    expect(c.missing.extended.find((x) => x.id === 'consulting/2.1')).toMatchObject({
      extent: 'partial',
      involves: '提供经办创业服务相关业务的机构（窗口）的功能介绍和引导，帮助服务对象获得便捷的针对性服务。',
    });
    expect(coverage(['information/1.2.5']).problems[0]?.code).toBe('unknown_function');
  });

  it('every line of what a function involves is the text’s own words', () => {
    const text = seed('public-startup-service-handbook.txt');
    for (const f of coverage([]).modules.flatMap((m) => m.functions))
      for (const part of f.involves.split('、')) expect(text, f.id).toContain(part);
  });

  it('service modes: assessed only when listed; by id, module/title, or a title in every module', () => {
    expect(coverage([]).modes).toEqual({ assessed: false, offered: 0, total: 20 });
    const c = coverage([], { modes: ['窗口服务', 'information/mode/2', 'training/线上服务', '电报'] });
    // 窗口服务 is a mode of 信息发布, 业务咨询 and 创业融资.
    expect(c.modes).toEqual({ assessed: true, offered: 5, total: 20 });
    expect(c.problems.map((p) => [p.path, p.code])).toEqual([[['modes', 3], 'unknown_mode']]);
    expect(coverage([], { modes: 'x' as never }).problems[0]).toMatchObject({ path: ['modes'], code: 'not_a_list' });
    expect(() => coverage([], 1 as never)).toThrow(TypeError);
  });

  it('problems are bounded: 20 of a kind, then one count', () => {
    const c = coverage(Array.from({ length: 1000 }, (_, i) => `x${i}`));
    expect(c.problems).toHaveLength(21);
    expect(c.problems[20]).toMatchObject({ code: 'more_problems', severity: 'error' });
    expect(coverage(Array.from({ length: 20 }, (_, i) => `x${i}`)).problems).toHaveLength(20);
  });

  it('a list longer than the limit is read up to it and reported', () => {
    const c = coverage(Array.from({ length: 1001 }, () => '创业资讯'));
    expect(c.problems[0]?.code).toBe('too_many');
    expect(c.offered).toBe(1);
  });

  it('property: any input, never throws; every problem has a bilingual message', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryHostile, fc.array(fc.oneof(fc.constantFrom(...NAMES), arbitraryHostile))), (v) => {
        const c = coverage(v);
        for (const p of c.problems) expect(p.message.zh.length * p.message.en.length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('property: order and repeats do not change the counts; adding an entry never lowers them', () => {
    const entries = fc.array(fc.oneof(fc.constantFrom(...NAMES), fc.string()), { maxLength: 40 });
    fc.assert(
      fc.property(entries, fc.constantFrom(...NAMES), (list, extra) => {
        const c = coverage(list);
        const shuffled = coverage([...list].reverse().concat(list));
        expect(shuffled.modules).toEqual(c.modules);
        const more = coverage([...list, extra]);
        expect(more.offered).toBeGreaterThanOrEqual(c.offered);
        for (const t of ['basic', 'extended', 'expanded'] as const)
          expect(more.tiers[t].offered).toBeGreaterThanOrEqual(c.tiers[t].offered);
      }),
      { seed: 42 },
    );
  });

  it('says the handbook binds no one', () => {
    const c = coverage([]);
    expect(c.binding).toBe(false);
    expect(c.notice.zh).toContain('不具约束力');
    expect(c.notice.en).toContain('binds no one');
  });

  it('the message tables have the same codes', () => {
    expect(Object.keys(HANDBOOK_MESSAGES.en).sort()).toEqual(Object.keys(HANDBOOK_MESSAGES.zh).sort());
  });
});

describe('renderCoverage', () => {
  const c = coverage(['创业政策法规', 'information/1.2', '创业资讯', '不存在的功能']);

  it('text names the missing basic functions, the unknown entry and the notice, in either language', () => {
    const zh = renderCoverage(c, { format: 'text', lang: 'zh', agency: '示例中心' });
    expect(zh).toContain('已提供 3/33 项服务功能');
    expect(zh).toContain(
      '创业融资 1.1 创业担保贷款受理 (financing/1.1): 受理创业者和小微企业创业担保贷款申请，及时通知申请人受理结果，对不符合条件的说明原因，需补充资料的一次性告知清楚。',
    );
    // Extended and expanded functions are listed too, by tier.
    expect(zh).toContain('延伸服务 (12)');
    expect(zh).toContain('拓展服务 (6)');
    expect(zh).toContain('服务方式：未评估');
    expect(zh).toContain('第4项：未知的服务功能“不存在的功能”');
    expect(zh).toContain('不具约束力');
    expect(zh).toContain('示例中心');
    const en = renderCoverage(c, { format: 'text', lang: 'en' });
    expect(en).toContain('3 of 33 service functions offered');
    expect(en).toContain('Entrepreneurship financing 1.1 Accepting guaranteed business loan applications');
    expect(en).toContain('binds no one');
  });

  it('Markdown: a row per module, a checklist per module, cells that a name cannot break', () => {
    const md = renderCoverage(c, { format: 'md', lang: 'zh', agency: 'a|b\nc' });
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| 功能模块'));
    expect(rows).toHaveLength(7);
    expect(rows[0]).toBe('| 信息发布 | 2/2 | 0/2 | 1/1 | 3/5 |');
    expect(md).toContain('- [x] 1.1 创业政策法规 (基本服务)');
    expect(md).toContain('- [ ] 2.1 创业项目展示 (延伸服务)');
    expect(md).toContain('服务机构：a\\|b\\\\nc');
    expect(md.split('\n').filter((l) => l.startsWith('- [')).length).toBe(33);
  });

  it('hostile names are shown, not obeyed, in every format', () => {
    const name = 'A\u001b[2J\rB\u202eC<script>|';
    const bad = coverage([name]);
    const text = renderCoverage(bad, { format: 'text', agency: name });
    const md = renderCoverage(bad, { format: 'md', agency: name });
    for (const out of [text, md]) {
      for (const c of ['\u001b', '\r', '\u202e']) expect(out).not.toContain(c);
      expect(out).toContain('\\e');
      expect(out).toContain('\\u202e');
    }
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(text).toContain('A\\e[2J\\rB\\u202eC<script>|');
    expect(JSON.parse(renderCoverage(bad, { format: 'json', agency: name })).agency).toBe(name);
  });

  it('a renderer given what it cannot render throws the typed error', () => {
    expect(() => renderCoverage(c, { lang: 'fr' as 'zh' })).toThrow(/unknown language/);
    expect(() => renderCoverage(c, { format: 'pdf' as 'md' })).toThrow(/unknown format/);
    for (const bad of [
      null,
      {},
      [],
      'x',
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('x');
          },
        },
      ),
    ])
      expect(() => renderCoverage(bad as never)).toThrow(TypeError);
    expect(() => renderCoverage(c, { agency: 1 as never })).toThrow(TypeError);
  });

  it('JSON is the coverage itself', () => {
    expect(JSON.parse(renderCoverage(c, { format: 'json' }))).toEqual(JSON.parse(JSON.stringify(c)));
  });
});

describe('examples/handbook', () => {
  const read = (f: string) =>
    JSON.parse(readFileSync(new URL(`../../examples/handbook/${f}`, import.meta.url), 'utf8')) as unknown;

  it('county-agency.json: 19 functions, two basic ones missing', () => {
    const file = read('county-agency.json') as { offered: string[] };
    const c = coverage(file.offered);
    expect(c.problems).toEqual([]);
    expect(c.offered).toBe(19);
    expect(c.missingBasic.map((f) => f.id)).toEqual(['incubation/1.2', 'activities/1.2']);
  });

  it('basic-services.json: every basic function, nothing more', () => {
    const c = coverage(read('basic-services.json'));
    expect(c.basicComplete).toBe(true);
    expect(c.tiers.extended.offered + c.tiers.expanded.offered).toBe(0);
  });
});
