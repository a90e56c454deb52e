// 一（四）"工作室以“地区+领办人姓名+创业指导师工作室”命名。如果对工作室有更细化的分级管理，可在此
// 命名方式基础上增加相关要素": elements may be added, the three parts stay side by side
// (issue 25.5). Both sides, both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/index.js';

const eligible = JSON.parse(
  readFileSync(new URL('../../../examples/national/eligible-studio.json', import.meta.url), 'utf8'),
);
const naming = (name: string) =>
  check('national', 'studio', { ...eligible, name }, { asOf: '2026-11-22' }).results.find(
    (r) => r.ruleId === 'national.naming',
  );
const region: string = eligible.region;
const lead: string = eligible.leads[0].name;

describe('national naming: the parts side by side', () => {
  it('the parts touching pass, with an element added before or after', () => {
    expect(naming(`${region}${lead}创业指导师工作室`)?.status).toBe('pass');
    expect(naming(`示范${region}${lead}创业指导师工作室`)?.status).toBe('pass');
    expect(naming(`${region}${lead}创业指导师工作室（二级）`)?.status).toBe('pass');
  });
  it("another person's name between the region and the lead's: fails, saying what was found where", () => {
    const r = naming(`${region}李四${lead}创业指导师工作室`);
    expect(r).toMatchObject({ status: 'fail', code: 'name_mismatch' });
    expect(r?.actual).toMatchObject({ between: [{ found: '李四' }] });
    expect(r?.message.zh).toBe(
      `工作室名称“${region}李四${lead}创业指导师工作室”中地区与领办人姓名之间有“李四”：“地区+领办人姓名+创业指导师工作室”各部分应相连，增加的要素可置于其前后`,
    );
    expect(r?.message.en).toBe(
      `Studio name "${region}李四${lead}创业指导师工作室" has "李四" between the region and the lead person's name: the parts of "地区+领办人姓名+创业指导师工作室" go side by side; added elements go before or after them`,
    );
  });
  it('one character between the name and 创业指导师工作室 is found too', () => {
    const r = naming(`${region}${lead}的创业指导师工作室`);
    expect(r?.status).toBe('fail');
    expect(r?.message.zh).toContain('领办人姓名与创业指导师工作室之间有“的”');
    expect(r?.message.en).toContain(`"的" between the lead person's name and the 创业指导师工作室`);
  });
  it('two leads: a name built side by side from either passes', () => {
    const leads = [...eligible.leads, { ...eligible.leads[0], name: '王五' }];
    const r = check(
      'national',
      'studio',
      { ...eligible, leads, name: `${region}王五创业指导师工作室` },
      {
        asOf: '2026-11-22',
      },
    );
    expect(r.results.find((x) => x.ruleId === 'national.naming')?.status).toBe('pass');
  });
});
