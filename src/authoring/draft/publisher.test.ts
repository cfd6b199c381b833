// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readPublic } from '../../../mock/fixtures.ts';
import { presenterOf, titleOf } from './publisher.ts';

describe('presenterOf', () => {
  it.each([
    ['anhui-2026-government-work-report', '安徽省人民政府'],
    ['zhejiang-2026-government-work-report', '浙江省人民政府'],
  ])('reads who presents the shipped report %s', (name, expected) => {
    expect(presenterOf(readPublic(`/data/sources/${name}.zh.txt`))).toBe(expected);
  });

  it.each([
    [
      'the national form',
      '政府工作报告\n各位代表：\n本届政府任期即将结束。现在，我代表国务院，向大会报告工作',
      '国务院',
    ],
    [
      'a body named in full',
      '2026年江苏省政府工作报告\n各位代表：\n现在，我代表江苏省人民政府向大会报告工作',
      '江苏省人民政府',
    ],
    [
      "a union's committee, its term left out",
      '各位代表：\n现在，我代表淮南市总工会第十五届委员会，向大会作工作报告，请予审议。',
      '淮南市总工会',
    ],
    [
      'a city named by the congress it reports to',
      '——在合肥市第十七届人民代表大会第五次会议上\n现在，我代表市人民政府，向大会报告工作',
      '合肥市人民政府',
    ],
    [
      'a level with no place named',
      '各位代表：现在，我代表省人民政府，向大会报告工作',
      '省人民政府',
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(presenterOf(text)).toBe(expected);
  });

  it('reads the formula, not a greeting before it, and a city without its province', () => {
    expect(
      presenterOf(
        '——在安徽省合肥市第十七届人民代表大会第五次会议上\n我代表全市职工向大会致以问候。现在，我代表市人民政府，向大会报告工作',
      ),
    ).toBe('合肥市人民政府');
  });

  it('gives no guess where the text does not say, or says it past the opening', () => {
    expect(presenterOf(readPublic('/data/sources/huainan-union-five-year-report.zh.txt'))).toBe(
      undefined,
    );
    expect(presenterOf(`${'过去一年，'.repeat(700)}我代表国务院，向大会报告工作`)).toBe(undefined);
    // Two bodies: no one name to give.
    expect(presenterOf('我代表市委市政府，向大会报告工作')).toBe(undefined);
    expect(presenterOf('我代表市委、市政府，向大会报告工作')).toBe(undefined);
  });
});

describe('titleOf', () => {
  it.each([
    ['anhui-2026-government-work-report', '2026年安徽省政府工作报告'],
    ['zhejiang-2026-government-work-report', '2026年浙江省政府工作报告'],
  ])('takes the title line of the shipped report %s', (name, expected) => {
    expect(titleOf(readPublic(`/data/sources/${name}.zh.txt`))).toBe(expected);
  });

  it.each([
    [
      'the national form, a blank line after it',
      '政府工作报告\n\n——2023年3月5日在…\n各位代表：',
      '政府工作报告',
    ],
    [
      'an excerpt that opens on a numbered heading: the report named by who presents it',
      '二、“十五五”时期主要目标和重大任务\n现在，我代表省人民政府，向大会报告政府工作。',
      '省人民政府工作报告',
    ],
    [
      'a newspaper page that opens mid-text, presented by a union',
      '时代浪潮奔涌，奋斗铸就辉煌。\n各位代表：\n现在，我代表淮南市总工会第十五届委员会，向大会作工作报告，请予审议。',
      '淮南市总工会工作报告',
    ],
    ['a section heading and no presenter: nothing to suggest', '（一）稳增长。\n全年增长5%。', ''],
    ['a date line and a source line are not titles', '——2026年2月5日\n来源：日报\n正文。', ''],
    ["a newspaper's subheading is not the report's title", '职工生活更有保障\n正文。', ''],
    [
      "a union's review names itself",
      '某县总工会2019—2023年工作回顾\n正文。',
      '某县总工会2019—2023年工作回顾',
    ],
    [
      "a half-year account and a year's main points name themselves too",
      '县总工会2025年上半年工作情况汇报\n\n今年以来，…',
      '县总工会2025年上半年工作情况汇报',
    ],
    ['a plan of main points', '市总工会2026年工作要点\n一、…', '市总工会2026年工作要点'],
  ])('%s', (_, text, expected) => {
    expect(titleOf(text)).toBe(expected);
  });
});
