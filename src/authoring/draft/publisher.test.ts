// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readPublic } from '../../../mock/fixtures.ts';
import { presenterOf } from './publisher.ts';

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
