// What a person reads in each report (issue 29, items 2–7 and 11): the applicant body and
// the issuer in every format, each missing fact once, every deciding reason of an invalid
// report, Chinese without codes or English, a printed page that names itself, English
// that agrees, and a JUnit timestamp that is the time the report was made.
import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { withinDays, withinWorkdays } from '../../src/calendar/index.js';
import { check, evaluate, renderReport, renderReports } from '../../src/index.js';
import { withoutOwnNumber } from '../../src/report/view.js';

const read = (f: string) => JSON.parse(readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8'));
const asOf = '2026-11-22';
const FORMATS = ['text', 'md', 'html', 'junit'] as const;

/** The words a reader sees on an HTML page: its text, without the style sheet. */
function shown(html: string): string {
  const walk = (node: unknown): string => {
    const n = node as { nodeName?: string; value?: string; childNodes?: unknown[] };
    if (n.nodeName === '#text') return n.value ?? '';
    if (n.nodeName === 'style' || n.nodeName === 'title') return '';
    return (n.childNodes ?? []).map(walk).join('');
  };
  return walk(parse(html));
}

const applications = [
  { policy: 'national', file: 'national/eligible-studio.json', applicant: '海淀区公共就业服务中心' },
  { policy: 'tianjin', file: 'tianjin/studio-application.json', applicant: '天津市滨海新区创业孵化基地' },
  { policy: 'pingdingshan', file: 'pingdingshan/studio-application.json', applicant: '平顶山学院' },
] as const;
const issuers = {
  national: {
    zh: '人力资源社会保障部中国就业培训技术指导中心',
    en: 'China Employment Training Technical Instruction Center',
  },
  tianjin: { zh: '天津市人力资源和社会保障局', en: 'Tianjin Municipal Human Resources and Social Security Bureau' },
  pingdingshan: { zh: '平顶山市人力资源和社会保障局', en: 'Pingdingshan' },
  taiyuan: { zh: '太原市人力资源和社会保障局', en: 'Taiyuan' },
} as const;

describe('every format names the applicant body and the issuer (item 2)', () => {
  describe.each(applications)('$policy', ({ policy, file, applicant }) => {
    const input = read(file);
    const report = check(policy, 'studio', input, { asOf });
    it('the report carries them', () => {
      expect(report.applicant).toBe(applicant);
      expect(report.document?.issuer.zh).toContain(issuers[policy].zh.slice(0, 6));
    });
    it.each(FORMATS)('%s, in both languages', (format) => {
      for (const lang of ['zh', 'en'] as const) {
        const out = renderReport(report, { format, lang });
        const text = format === 'html' ? shown(out) : out;
        expect(text, `${format} ${lang}`).toContain(applicant);
        expect(text, `${format} ${lang}`).toContain(issuers[policy][lang]);
        if (format !== 'junit') expect(text).toContain(lang === 'zh' ? '申报单位' : 'Applicant body');
      }
    });
  });

  it('an evaluation names its issuer and its studio in every format', () => {
    const report = evaluate('tianjin', read('tianjin/year-record.json'), { from: '2025-06-20', to: '2026-06-19' });
    for (const format of FORMATS) {
      const out = renderReport(report, { format, lang: 'zh' });
      const text = format === 'html' ? shown(out) : out;
      expect(text, format).toContain(issuers.tianjin.zh);
      expect(text, format).toContain('天津市王海创业指导师工作室科技创业');
    }
  });

  it('a Taiyuan expert names the issuer and the expert', () => {
    const report = check('taiyuan', 'expert', read('taiyuan/candidate.json'), { asOf });
    for (const format of FORMATS) {
      const out = renderReport(report, { format, lang: 'zh' });
      expect(out, format).toContain(issuers.taiyuan.zh);
      expect(out, format).toContain('李华');
    }
  });
});

describe('a missing fact is said once, with the rules waiting on it (item 3)', () => {
  const empty = check('national', 'studio', {}, { asOf });
  it.each(['text', 'md', 'html'] as const)('an empty national application (%s)', (format) => {
    const out = renderReport(empty, { format, lang: 'zh' });
    const text = format === 'html' ? shown(out) : out;
    // Five rules wait on 领办人: one line says so, and names the clause they rest on.
    expect(text.split('领办人：缺少数据').length - 1).toBe(1);
    expect(text).toContain('领办人：缺少数据，5项条件待其核验');
    expect(text).toContain('一（三）1（5项，其中1项为建议）');
    expect(text).not.toContain('领办人人数：缺少数据');
    // 管理制度 decides three rules in three clauses: one line, each rule named by what it checks.
    expect(text.split('管理制度：缺少数据').length - 1).toBe(1);
    expect(text).toContain('三（三） 专项资金管理制度');
    expect(text).toContain('三（四）1 预约服务制度（建议）');
  });
  it('in English too', () => {
    const out = renderReport(empty, { format: 'text', lang: 'en' });
    expect(out.split('Lead persons: data missing').length - 1).toBe(1);
    expect(out).toContain('Lead persons: data missing; 5 conditions wait on it');
    expect(out).toContain('一（三）1 (5 rules, 1 advice)');
  });
  it('a rule that alone waits on a fact keeps its own line', () => {
    const out = renderReport(empty, { format: 'text', lang: 'zh' });
    expect(out).toContain('工作室名称：缺少数据，请补充 工作室名称');
  });
  it('a Taiyuan candidate: the eight "no term given" lines are one, citing every clause', () => {
    const report = check('taiyuan', 'expert', read('taiyuan/candidate.json'), { asOf });
    expect(report.results.filter((r) => r.message.zh.startsWith('未提供聘期')).length).toBe(8);
    const out = renderReport(report, { format: 'text', lang: 'zh' });
    expect(out.split('未提供聘期').length - 1).toBe(1);
    expect(out).toMatch(/未提供聘期[^\n]*\[第三条、第四条、第十一条、第十二条、第十二条（一）[^\n]*第十二条（六）\]/u);
    // Every rule is still spoken for in the HTML rows.
    const html = renderReport(report, { format: 'html' });
    const ids = [...html.matchAll(/data-rule="([^"]*)"/gu)].flatMap((m) => (m[1] as string).split(' '));
    expect(new Set(ids)).toEqual(new Set(report.results.map((r) => r.ruleId)));
  });
});

describe("an invalid report's summary gives every deciding reason (item 4)", () => {
  const app = read('tianjin/studio-application.json');
  app.venue.areaSqm = '95';
  app.staff[0].experienceSince = '2026-02-30';
  const report = check('tianjin', 'studio', app, { asOf });
  it.each(['zh', 'en'] as const)('the input error and the 95 m² failure (%s)', (lang) => {
    expect(report.verdict).toBe('invalid');
    const out = renderReport(report, { format: 'text', lang });
    const summary = out.slice(0, out.indexOf('【'));
    expect(summary).toContain(lang === 'zh' ? '日期无效' : 'Invalid date');
    expect(summary).toContain(lang === 'zh' ? '实际95平方米' : '95 m² given');
  });
  it('the HTML summary too', () => {
    const html = renderReport(report, { format: 'html', lang: 'zh' });
    const reasons = html.slice(
      html.indexOf('<ul class="reasons">'),
      html.indexOf('</ul>', html.indexOf('class="reasons"')),
    );
    expect(reasons).toContain('日期无效');
    expect(reasons).toContain('实际95平方米');
  });
});

describe('Chinese output carries no codes or English (item 5)', () => {
  const reports = {
    'national eligible': check('national', 'studio', read('national/eligible-studio.json'), { asOf }),
    'national empty': check('national', 'studio', {}, { asOf }),
    'tianjin studio': check('tianjin', 'studio', read('tianjin/studio-application.json'), { asOf }),
    'pingdingshan studio': check('pingdingshan', 'studio', read('pingdingshan/studio-application.json'), { asOf }),
    'taiyuan candidate': check('taiyuan', 'expert', read('taiyuan/candidate.json'), { asOf }),
    'taiyuan no since': check(
      'taiyuan',
      'expert',
      {
        ...read('taiyuan/candidate.json'),
        backgrounds: [{ category: 'trainer', recognisedTrainer: true }],
      },
      { asOf },
    ),
    'tianjin year': evaluate('tianjin', read('tianjin/year-record.json'), { from: '2025-06-20', to: '2026-06-19' }),
    'pingdingshan year': evaluate('pingdingshan', read('pingdingshan/year-record.json'), {
      from: '2025-01-01',
      to: '2025-12-31',
    }),
    deadline: withinWorkdays('2026-09-30', 7),
    'deadline moved': withinDays('2026-09-30', 7),
  };
  it.each(Object.entries(reports))('%s: text, md and html in zh name no code', (_, report) => {
    for (const format of ['text', 'md', 'html'] as const) {
      const out = renderReport(report as never, { format, lang: 'zh' });
      const text = format === 'html' ? shown(out) : out;
      // Latin words of three letters or more: a code or English (dates, m², 30-50 are not).
      expect(text.match(/[A-Za-z]{3,}/gu) ?? [], format).toEqual([]);
    }
  });
  it('the standard of an evaluation is in words, not its provenance', () => {
    const out = renderReport(reports['tianjin year'], { format: 'text', lang: 'zh' });
    expect(out).not.toContain('(default)');
    expect(out).toContain('等次: 优秀 · 非官方：本库默认标准');
  });
  it('a Taiyuan background without its dates is named in words', () => {
    const out = renderReport(reports['taiyuan no since'], { format: 'text', lang: 'zh' });
    expect(out).toContain('从事相关工作起始日期');
    expect(out).not.toContain('since');
  });
  it('the legal basis of a deadline is in Chinese', () => {
    const out = renderReport(reports['deadline moved'], { format: 'text', lang: 'zh' });
    expect(out).toContain('民法典第二百零三条：期间的最后一日是法定休假日的');
    expect(out).not.toContain('(last)');
  });
});

describe('the printed page (item 6)', () => {
  const report = check('tianjin', 'studio', read('tianjin/studio-application.json'), { asOf });
  const html = renderReports([{ report, file: '/home/official/applications/tianjin.json' }], {
    format: 'html',
    lang: 'zh',
  });
  it('names the kind of report as a visible heading, then the document', () => {
    expect(html).toMatch(
      /<h1><span class="kind">政策条件核验报告<\/span> <span class="document"><bdi>市人社局关于开展/u,
    );
  });
  it("does not show the input file's path, but the applicant body", () => {
    expect(shown(html)).not.toContain('/home/official');
    expect(shown(html)).toContain('申报单位: 天津市滨海新区创业孵化基地');
  });
  it('every printed page carries a header and its number', () => {
    expect(html).toContain('@top-left { content: "政策条件核验报告 · 天津市滨海新区创业孵化基地"');
    expect(html).toContain('@bottom-right { content: "第 " counter(page) " 页，共 " counter(pages) " 页"');
  });
  it('a clause number is printed once', () => {
    expect(withoutOwnNumber('二（一）2', '2．场地使用权')).toBe('场地使用权');
    expect(withoutOwnNumber('三（一）', '（一）服务场地。')).toBe('服务场地。');
    expect(withoutOwnNumber('第三条', '第三条 创业就业专家')).toBe('创业就业专家');
    expect(withoutOwnNumber('三（四）1', '1. 预约服务。')).toBe('预约服务。');
    // Not the item's own number: kept.
    expect(withoutOwnNumber('二（一）2', '3．其他')).toBe('3．其他');
    expect(withoutOwnNumber('第十五条', '2026年2月1日起施行')).toBe('2026年2月1日起施行');
    expect(shown(html)).not.toMatch(/二（一）2\s*2．/u);
    expect(shown(html)).toMatch(/二（一）2\s*创业服务载体。/u);
  });
  it("an evaluation's grade carries its standard's standing beside it, at its size", () => {
    const r = evaluate('tianjin', read('tianjin/year-record.json'), { from: '2025-06-20', to: '2026-06-19' });
    const out = renderReport(r, { format: 'html', lang: 'zh' });
    expect(out).toMatch(
      /<span class="verdict good graded"[^>]*>等次: <bdi>优秀<\/bdi><span class="standing unofficial">非官方：本库默认标准<\/span><\/span>/u,
    );
    expect(out).not.toMatch(/\.standing[^{]*\{[^}]*font-size/u);
  });
  it('a batch prints each report on pages headed by its own name', () => {
    const other = check('national', 'studio', read('national/eligible-studio.json'), { asOf });
    const out = renderReports(
      [
        { report, file: 'a.json' },
        { report: other, file: 'b.json' },
      ],
      { format: 'html' },
    );
    expect(out).toContain('@page report-1 { @top-left { content: "政策条件核验报告 · 海淀区公共就业服务中心"');
    expect(out).toContain('<section class="report" style="page: report-1" data-file="b.json">');
  });
  it('a header made of hostile words cannot close the style sheet', () => {
    const r = check(
      'tianjin',
      'studio',
      { ...read('tianjin/studio-application.json'), carrier: { name: '</style><script>x"\\' } },
      { asOf },
    );
    const out = renderReport(r, { format: 'html' });
    expect(out.match(/<\/style>/gu)?.length).toBe(1);
    expect(out).not.toContain('<script>');
  });
});

describe('English and Chinese that read right (item 7)', () => {
  it('units agree with their number', () => {
    const out = renderReport(check('national', 'studio', read('national/eligible-studio.json'), { asOf }), {
      format: 'text',
      lang: 'en',
    });
    expect(out).toContain('at least 1 person required');
    expect(out).toContain('at least 3 persons required');
    expect(out).not.toContain('1 persons');
  });
  it('a path inside a longer word is not replaced by its label', () => {
    const r = check('national', 'studio', { ...read('national/eligible-studio.json'), systems: undefined }, { asOf });
    const out = renderReport(r, { format: 'text', lang: 'en' });
    expect(out).not.toMatch(/management management/iu);
    expect(out).toContain('Management systems: data missing');
  });
  it('Pingdingshan in force: a sentence with its separator', () => {
    const r = check('pingdingshan', 'studio', read('pingdingshan/studio-application.json'), { asOf });
    const out = renderReport(r, { format: 'text', lang: 'zh' });
    expect(out).toContain('2026-11-22：本办法已下发试行');
  });
});

describe('the JUnit timestamp is the time the report was made (item 11)', () => {
  const report = check('national', 'studio', read('national/eligible-studio.json'), { asOf });
  it('a given stamp', () => {
    const out = renderReport(report, { format: 'junit', stamp: '2027-03-04T05:06:07Z' });
    expect(out).toContain('timestamp="2027-03-04T05:06:07"');
    expect(out).not.toContain(`timestamp="${asOf}`);
  });
  it('by default, now', () => {
    const before = Date.now();
    const out = renderReport(report, { format: 'junit' });
    const stamp = /timestamp="([^"]+)"/u.exec(out)?.[1] as string;
    const at = Date.parse(`${stamp}Z`);
    expect(at).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
  });
  it('a stamp that is not a UTC time is a typed error', () => {
    for (const stamp of ['2027-03-04', '2027-02-30T00:00:00Z', '2027-03-04T25:00:00Z', 5])
      expect(() => renderReport(report, { format: 'junit', stamp: stamp as never })).toThrow(/options\.stamp/u);
  });
  it('the properties name the document, its issuer and the applicant', () => {
    const out = renderReport(report, { format: 'junit', lang: 'zh', stamp: '2027-03-04T05:06:07Z' });
    expect(out).toContain('<property name="issuer" value="人力资源社会保障部中国就业培训技术指导中心"/>');
    expect(out).toContain('<property name="applicant" value="海淀区公共就业服务中心"/>');
    expect(out).toContain(`<property name="asOf" value="${asOf}"/>`);
  });
});
