import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPublic } from '../../../mock/fixtures.ts';
import type { Bundle } from '../../data/bundle-schema.ts';
import { checkProvenance } from '../provenance.ts';
import { validateBundle } from '../../data/validate-bundle.ts';
import {
  compareDrafts,
  detectPeriod,
  draftBundle,
  summarizeDraft,
  untranslated,
} from './draft-bundle.ts';
import { extractFigures } from './extract-figures.ts';
import { type ExpectedFigure, scoreFixture } from './fixture-score.ts';
import { MEASURE_WORDS, MEASURES } from './measures.ts';

const REPORTS = path.resolve(import.meta.dirname, '../../../mock/reports');
const DEFAULT_REPORT = readPublic('data/sources/huainan-union-five-year-report.zh.txt');
const DEFAULT_BUNDLE = JSON.parse(
  readPublic('data/bundles/huainan-union-five-year.json'),
) as Bundle;
const OPTIONS = { id: 'draft', titleZh: '报告', sourcePath: '/data/sources/report.txt' };

interface Expected {
  /** The period the excerpt says it covers, read by hand; '' where it does not say. */
  period: { zh: string; start?: string; end?: string };
  sections?: string[];
  figures: ExpectedFigure[];
  setAside?: { number: string; reason: string }[];
}

const fixtures = readdirSync(REPORTS)
  .filter((name) => name.endsWith('.zh.txt'))
  .map((name) => ({
    name,
    text: readFileSync(path.join(REPORTS, name), 'utf8'),
    expected: JSON.parse(
      readFileSync(path.join(REPORTS, name.replace(/\.zh\.txt$/, '.expected.json')), 'utf8'),
    ) as Expected,
  }));

/** The labels the engine gives the figures of `text`, in order. */
const labelsOf = (text: string) => extractFigures(text).figures.map(({ label }) => label);

/** Every empty English text filled, as a translator would. */
function translated<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key, child: unknown) =>
    key === 'en' && child === '' ? 'English' : child,
  ) as T;
}

describe('extractFigures on the report excerpts in mock/reports', () => {
  const scored = fixtures.map(({ name, text, expected }) => ({
    name,
    expected,
    result: extractFigures(text),
    score: scoreFixture(extractFigures(text).figures, expected.figures),
  }));
  const government = scored.filter(({ name }) => name.includes('five-year-review'));

  it('has the union excerpts and a five-year review from each of four government reports', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(7);
    expect(government).toHaveLength(4);
  });

  it.each(scored)(
    '$name: finds ≥ 98% of the hand-checked figures, ≥ 95% of its figures are real, ≥ 90% of labels name what is counted, ≥ 95% read as target or result as they are, ≥ 95% with the qualifier the text gives (左右, 以上, 近…)',
    ({ score }) => {
      expect(score.found / score.expected, JSON.stringify(score.missed)).toBeGreaterThanOrEqual(
        0.98,
      );
      expect(
        score.found / score.proposed,
        JSON.stringify(score.extra.map(({ label, quote }) => ({ label, quote }))),
      ).toBeGreaterThanOrEqual(0.95);
      expect(
        score.labelled / score.found,
        JSON.stringify(score.mislabelled),
      ).toBeGreaterThanOrEqual(0.9);
      expect(score.timed / score.found, JSON.stringify(score.mistimed)).toBeGreaterThanOrEqual(
        0.95,
      );
      expect(
        score.qualified / score.found,
        JSON.stringify(score.misqualified),
      ).toBeGreaterThanOrEqual(0.95);
    },
  );

  it.each(scored.filter(({ expected }) => expected.sections))(
    '$name: section headings and set-aside numbers as expected',
    ({ expected, result }) => {
      expect(result.sections).toEqual(expected.sections);
      expect(result.setAside.map(({ number, reason }) => ({ number, reason }))).toEqual(
        expect.arrayContaining(expected.setAside ?? []),
      );
    },
  );

  it.each(scored)('$name: the period the excerpt says it covers', ({ name, expected }) => {
    const text = fixtures.find((fixture) => fixture.name === name)?.text ?? '';
    const { label, start, end } = detectPeriod(text);
    expect({ zh: label.zh, start, end }).toEqual({
      start: undefined,
      end: undefined,
      ...expected.period,
    });
  });

  it('heads a review by its dash leads, each over its own paragraph only', () => {
    const report = [
      '一、过去五年工作回顾',
      '——2023年3月5日在第十四届全国人民代表大会第一次会议上',
      '',
      '——这五年，经济发展再上新台阶。国内生产总值增加到121万亿元。',
      '',
      '——人民生活水平不断提高。居民人均可支配收入年均增长5.1%。',
      '',
      '五年来，累计开工改造老旧小区16.7万个。',
      '二、2023年工作建议',
      '（一）着力扩大国内需求。',
      '——消费持续恢复。社会消费品零售总额增长5%。',
    ].join('\n');
    const result = extractFigures(report);
    expect(result.sections).toEqual([
      '过去五年工作回顾',
      '经济发展再上新台阶',
      '人民生活水平不断提高',
      '2023年工作建议',
      '着力扩大国内需求',
    ]);
    // The paragraph after the leads is the part's again; a part with sections of its own keeps
    // them, its dash leads are paragraphs.
    expect(result.figures.map(({ value, section }) => [value, section])).toEqual([
      [121000000000000, 1],
      [5.1, 2],
      [167000, 0],
      [5, 4],
    ]);
    // A text of one paragraph a line, no blank lines: the lead's paragraph is its line.
    const lines = extractFigures(
      '——组织覆盖持续扩大。会员总数达1526万人。\n——维权服务日益完善。签订集体合同4.2万份。\n五年来，投入帮扶资金18.7亿元。',
    );
    expect(lines.sections).toEqual(['组织覆盖持续扩大', '维权服务日益完善']);
    expect(lines.figures.map(({ section }) => section)).toEqual([0, 1, -1]);
  });

  it('reads the parts and sections a government report numbers (一、 and (一))', () => {
    const jiangsu = government.find(({ name }) => name.startsWith('jiangsu'));
    expect(jiangsu?.result.sections.slice(0, 2)).toEqual([
      '“十四五”时期和2025年工作回顾',
      '更好统筹质的有效提升和量的合理增长，经济实力显著增强',
    ]);
  });

  it.each(fixtures.filter(({ name }) => !name.includes('five-year-review')))(
    '$name: every figure and set-aside number round-trips through bundle:check provenance',
    ({ text }) => {
      const { bundle } = draftBundle(text, OPTIONS);
      expect(checkProvenance({ bundle, sourceText: text })).toEqual([]);
    },
  );
});

describe('extractFigures on the default report, against the hand-made bundle', () => {
  const { bundle } = draftBundle(DEFAULT_REPORT, OPTIONS);
  const comparison = compareDrafts(bundle.indicators, DEFAULT_BUNDLE.indicators);

  it('finds at least 98% of the figures with the right value and unit', () => {
    expect(comparison.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('proposes at least 95% real figures', () => {
    expect(comparison.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('joins a number to the measure word the OCR put in another column, quoting both pieces', () => {
    const split = extractFigures(DEFAULT_REPORT).figures.find((figure) => figure.value === 1163);
    // The measure word's piece grows until the text holds it once: "家" alone is everywhere.
    expect(split).toMatchObject({ unit: 'organization', quote: ['对 1163', '家、职'] });
    expect(comparison.missed).toEqual([]);
  });

  it('sets aside the years, brand codes, framework names and ordinal the hand-made bundle leaves uncited', () => {
    const setAside = extractFigures(DEFAULT_REPORT).setAside.map(
      ({ number, reason }) => `${reason}:${number}`,
    );
    expect(setAside).toEqual(
      expect.arrayContaining([
        'year:2022',
        'year:2024',
        'code:12351',
        'formula:1+5+N',
        'formula:1+8+N',
        'ordinal:第九次',
      ]),
    );
  });

  it('passes provenance: every quote is in the report and states its value; no number is left unaccounted', () => {
    expect(checkProvenance({ bundle, sourceText: DEFAULT_REPORT })).toEqual([]);
  });

  it('gives one figure per rate when one number states two ("及时受理率、按期答复率均达 100%")', () => {
    const rates = bundle.indicators.filter(
      (indicator) => indicator.unit === 'percent' && indicator.value === 100,
    );
    expect(rates.map((indicator) => indicator.label.zh)).toEqual(['及时受理率', '按期答复率']);
  });
});

describe('reading figures', () => {
  const one = (text: string) => {
    const { figures } = extractFigures(text);
    expect(figures).toHaveLength(1);
    return figures[0] as NonNullable<(typeof figures)[number]>;
  };

  it.each([
    ['累计培养技能人才 52.58 万人。', 525800, 'person'],
    ['投入资金１．０４亿元。', 104000000, 'yuan'],
    ['追讨欠薪 1426.1 万元。', 14261000, 'yuan'],
    ['参与职工148.1万人 次。', 1481000, 'person-time'],
    ['开展宣讲 1160 场\n\n次。', 1160, 'event'],
    ['返还 9544 家次。', 9544, 'organization'],
    ['入会率达９７％。', 97, 'percent'],
    ['签订集体合同1,234份。', 1234, 'item'],
    ['培训职工 2 360 人。', 2360, 'person'],
  ])('%j → %d %s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it.each([
    ['发放补助近2800万元。', 'nearly', 28000000],
    ['参赛职工逾3.2万人次。', 'over', 32000],
    ['覆盖职工超过8.6万人。', 'over', 86000],
    ['覆盖职工超 8.6 万人。', 'over', 86000],
    ['慰问职工2600余人。', 'over', 2600],
    ['发放慰问金450多万元。', 'over', 4500000],
    ['慰问职工3万余人。', 'over', 30000],
    ['经济效益约1.36亿元。', 'about', 136000000],
  ])('%j → qualifier %s, value %d', (text, qualifier, value) => {
    expect(one(text)).toMatchObject({ qualifier, value });
  });

  it('keeps the measure word as unitLabel where it says more than the unit', () => {
    expect(one('举办培训班52 期。').unitLabel).toEqual({ zh: '期', en: 'classes' });
    expect(one('开展活动 728 场次。').unitLabel).toEqual({ zh: '场次', en: 'sessions' });
    expect(one('受理信访件613件。').unitLabel).toEqual({ zh: '件', en: 'cases' });
    expect(one('培养技能人才52万人。').unitLabel).toBeUndefined();
  });

  it('sets aside what is not a figure, with the reason', () => {
    const reasons = extractFigures(
      '入选2024年度十大亮点。2021—2025年。5月1日起持续3个月。第九次调查。"12351"品牌。"1+5+N"体系。1-3月。对 1163\n\n全省第一。',
    ).setAside.map(({ number, reason }) => `${reason}:${number}`);
    expect(reasons).toEqual([
      'year:2024',
      'year:2021',
      'date:5',
      'date:1',
      'date:3',
      'ordinal:第九次',
      'code:12351',
      'formula:1+5+N',
      'range:1',
      'no-measure-word:1163',
    ]);
  });

  it("sets a list item's number aside, and starts the item's words after it", () => {
    const result = extractFigures(
      '主要指标完成情况\n1.新建基层工会：64家；\n2、新发展会员5820人。',
    );
    expect(result.setAside.map(({ number, reason }) => `${reason}:${number}`)).toEqual([
      'ordinal:1',
      'ordinal:2',
    ]);
    expect(result.figures.map(({ label }) => label)).toEqual([
      expect.stringMatching(/^新建基层工会/),
      '新发展会员',
    ]);
    // A decimal that opens a line is a figure, not an item's number.
    expect(extractFigures('增长\n1.5个百分点。').figures.map(({ value }) => value)).toEqual([1.5]);
  });

  it('reads an amount a month or a year (每人每月800元) as a rate, not a sum', () => {
    const result = extractFigures(
      '城乡低保标准分别提高到每人每月800元和650元。按每人每月200元的标准发放生活补助。全年投入5000万元。',
    );
    expect(
      result.figures.map((figure) => [
        figure.label,
        figure.value,
        figure.measure?.id ?? figure.unit,
      ]),
    ).toEqual([
      ['城乡低保标准（城镇）', 800, 'yuan-month'],
      ['城乡低保标准（农村）', 650, 'yuan-month'],
      ['标准发放生活补助', 200, 'yuan-month'],
      ['投入', 50000000, 'yuan'],
    ]);
    expect(one('每户每年补助1000元。').unit).toBe('yuan');
    expect(one('补助标准为每人每年1000元。').measure?.id).toBe('yuan-year');
  });

  it('reads an amount per person (人均…元) in yuan per person, not beside totals', () => {
    const result = extractFigures(
      '地区生产总值5.3万亿元，人均地区生产总值14万元。城乡居民人均可支配收入分别达6.9万元、3.4万元。资助600名，人均2500元。',
    );
    expect(
      result.figures.map((figure) => [figure.value, figure.measure?.id ?? figure.unit]),
    ).toEqual([
      [5300000000000, 'yuan'],
      [140000, 'yuan-person'],
      [69000, 'yuan-person'],
      [34000, 'yuan-person'],
      [600, 'person'],
      [2500, 'yuan-person'],
    ]);
  });

  it('labels a change after 同比 or 环比 by the figure before', () => {
    expect(labelsOf('工资集体协商覆盖率达到91.5%，同比上升3.2个百分点。')).toEqual([
      '工资集体协商覆盖率',
      '工资集体协商覆盖率同比上升',
    ]);
  });

  it('labels a change (增幅, 净增) and a share of the plan by the figure before', () => {
    expect(
      labelsOf(
        '送温暖资金486万元，较上年增加52万元，增幅12%。会员总数达11.8万人，较2020年底净增2.1万人。新发展会员5820人，完成年度任务的116.4%。',
      ),
    ).toEqual([
      '送温暖资金',
      '送温暖资金较上年增加',
      '送温暖资金增幅',
      '会员总数',
      '会员总数净增',
      '新发展会员',
      '新发展会员完成年度任务',
    ]);
  });

  it('says whom classes trained, and whom a clause before visited', () => {
    expect(
      labelsOf(
        '举办基层工会干部培训班42期，培训3600余人次。为环卫工人等户外劳动者送清凉，慰问1.15万人次。',
      ),
    ).toEqual([
      '举办基层工会干部培训班',
      '基层工会干部培训班培训',
      '为环卫工人等户外劳动者送清凉慰问',
    ]);
    // Training after a count of something else is not that thing's.
    expect(labelsOf('累计扩招413万人、培训8300多万人次。')).toEqual(['扩招', '培训']);
  });

  it('labels an amount per head after the count of those who got it (人均, 户均)', () => {
    expect(
      labelsOf(
        '资助困难职工子女600名，人均2500元。帮扶困难家庭300户，户均5000元。疗休养3批次1200人。',
      ),
    ).toEqual([
      '资助困难职工子女',
      '资助困难职工子女人均',
      '帮扶困难家庭',
      '帮扶困难家庭户均',
      '疗休养',
      '疗休养',
    ]);
    expect(one('组织疗休养3批次。').unitLabel).toEqual({ zh: '批次', en: 'batches' });
  });

  it('keeps a short note in brackets inside the counted noun (县（市、区）)', () => {
    expect(labelsOf('全市8个县（市、区）实现全覆盖。建成15个乡镇（街道）职工服务站。')).toEqual([
      '全市县（市、区）实现全覆盖',
      '建成乡镇（街道）职工服务站',
    ]);
  });

  it('labels a figure after a colon by the words before the colon, whole', () => {
    expect(labelsOf('新建基层工会：64家；送温暖资金：486万元，较上年增加52万元。')).toEqual([
      '新建基层工会',
      '送温暖资金',
      '送温暖资金较上年增加',
    ]);
  });

  it('sets a hotline number aside as a code, quoted or not, and keeps what the line counts', () => {
    const result = extractFigures('12351职工服务热线受理诉求近5000件。拨打12345热线。');
    expect(result.setAside.map(({ number, reason }) => `${reason}:${number}`)).toEqual([
      'code:12351',
      'code:12345',
    ]);
    expect(result.figures.map(({ value, qualifier }) => [value, qualifier])).toEqual([
      [5000, 'nearly'],
    ]);
    // A count of five digits before its measure word is still a figure.
    expect(extractFigures('开通服务热线12351条。').figures.map(({ value }) => value)).toEqual([
      12351,
    ]);
  });

  it('takes the quote from the original text, line breaks shown as one space', () => {
    expect(one('开展法律服务活动，覆盖职工 44.6\n\n万人。').quote).toEqual(['覆盖职工 44.6 万人']);
  });

  it('starts a quote where its words start: after a full stop it reached over, or at its clause', () => {
    const quotes = (text: string) => extractFigures(text).figures.map((f) => f.quote[0]);
    // The reach of 16 characters began in "政策举措" and in "PM2.5".
    expect(quotes('五年来出台了一揽子政策举措。地区生产总值达14.2万亿元。')[0]).toBe(
      '地区生产总值达14.2万亿元',
    );
    expect(quotes('大气环境持续改善，细颗粒物（PM2.5）平均浓度下降27.5%。')[0]).toBe(
      '细颗粒物（PM2.5）平均浓度下降27.5%',
    );
  });

  it('labels a figure by the words after it when the words before say nothing ("帮助8028名职工追讨欠薪")', () => {
    const [workers] = extractFigures('帮助8028名职工追讨欠薪。').figures;
    expect(workers).toMatchObject({ label: '帮助职工追讨欠薪', quote: ['帮助8028名职工追讨欠薪'] });
  });

  it('reads a slogan-and-heading line as a section heading, and a sentence fragment as none', () => {
    const text =
      '前言。\n\n压实责任、抓好党建, 党建引领保障成效显著\n\n举办培训班52期。\n\n行动 728 场次,解决技术难题\n\n390个。';
    const result = extractFigures(text);
    expect(result.sections).toEqual(['党建引领保障成效显著']);
    expect(result.figures.map((figure) => figure.section)).toEqual([0, 0, 0]);
  });

  it('never proposes a figure whose value its quote does not state', () => {
    // The government excerpts state 万亿元, which the provenance check does not scale yet.
    for (const { text } of fixtures.filter(({ name }) => !name.includes('five-year-review'))) {
      const { bundle } = draftBundle(text, OPTIONS);
      const problems = checkProvenance({
        bundle: { indicators: bundle.indicators },
        sourceText: text,
      });
      expect(problems.filter((problem) => problem.path.startsWith('indicators'))).toEqual([]);
    }
  });
});

describe('reading government work reports', () => {
  const all = (text: string) => extractFigures(text).figures;

  it('names what is counted by the noun after the measure word', () => {
    expect(
      all('组织785场劳动竞赛，组建15支职工志愿服务队伍，150万人次职工参与。').map((f) => [
        f.value,
        f.unit,
        f.label,
      ]),
    ).toEqual([
      [785, 'event', '组织劳动竞赛'],
      [15, 'item', '组建职工志愿服务队伍'],
      [1500000, 'person-time', '职工参与'],
    ]);
  });

  it.each([
    ['新增装机1200万千瓦。', 12000000, 'kw'],
    ['实际使用外资846亿美元。', 84600000000, 'usd'],
    ['城镇化率提升5.27个百分点。', 5.27, 'percentage-point'],
    ['高速公路里程达5500公里。', 5500, 'km'],
    ['建设高标准农田200.9万亩。', 2009000, 'mu'],
    ['新增保障性租赁住房3.8万套。', 38000, 'set'],
    ['科技型中小企业数增长4.9倍。', 4.9, 'multiple'],
    ['城市低保人均保障标准提高至842元/月。', 842, 'yuan-month'],
    ['低保标准提高至842元／月。', 842, 'yuan-month'],
    ['全员劳动生产率达到30万元/人左右。', 300000, 'yuan-person'],
    ['耕地地力保护补贴120元/亩。', 120, 'yuan-mu'],
  ])('%j → %d in the measure %s', (text, value, measure) => {
    const [figure] = all(text);
    expect(figure).toMatchObject({ value, measure: { id: measure } });
    expect(figure?.unit).toBeUndefined();
  });

  it('reads 万亿, traditional script, spaces before the unit and ASCII punctuation', () => {
    expect(all('地区生产总值5.3万亿元。').map((f) => f.value)).toEqual([5.3e12]);
    expect(
      all('投入資金1.2億元,惠及職工3萬餘人.').map((f) => [f.value, f.unit, f.qualifier]),
    ).toEqual([
      [120000000, 'yuan', undefined],
      [30000, 'person', 'over'],
    ]);
    expect(all('投入普惠资金 1955 万元。').map((f) => f.value)).toEqual([19550000]);
  });

  it('takes a bare 万 number before 农户 or 脱贫户 as households, and the bundle cites it', () => {
    const text = '带动300多万农户增收，帮助1.2万脱贫户稳定增收。';
    const { bundle } = draftBundle(text, OPTIONS);
    expect(bundle.indicators.map(({ value, unit, measure }) => [value, unit, measure?.id])).toEqual(
      [
        [3000000, 'measure', 'household'],
        [12000, 'measure', 'household'],
      ],
    );
    expect(
      checkProvenance({ bundle: { indicators: bundle.indicators }, sourceText: text }),
    ).toEqual([]);
  });

  it('takes a bare 万/亿 number as a count when a noun names what is counted', () => {
    expect(all('作品阅读量超2800万。').map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [28000000, 'item', 'over'],
    ]);
    expect(all('近1亿农村贫困人口实现脱贫。').map((f) => [f.value, f.unit])).toEqual([
      [100000000, 'person'],
    ]);
    // The groups of people a plan serves count people too.
    expect(
      all(
        '全省30万以上参保孕产妇生育费用零自付。为80万重点群体提供就业帮扶。为5万退役军人提供服务。',
      ).map((f) => [f.value, f.unit]),
    ).toEqual([
      [300000, 'person'],
      [800000, 'person'],
      [50000, 'person'],
    ]);
  });

  it('drops the words around a label that only date, steer or list it', () => {
    expect(labelsOf('去年底企业数量超过5200万户。')).toEqual(['企业数量']);
    expect(labelsOf('财政赤字率控制在2.8%。')).toEqual(['财政赤字率']);
    expect(labelsOf('将养老保险单位缴费比例从20%降至16%。')).toEqual([
      '养老保险单位缴费比例',
      '养老保险单位缴费比例',
    ]);
    // 共 as "in all" goes; 共济, 共享… are words of their own.
    expect(labelsOf('共建成学校15所。')).toEqual(['建成学校']);
    expect(labelsOf('惠及616.2万名近亲属、共济金额69.1亿元。')).toEqual(['惠及近亲属', '共济金额']);
    expect(labelsOf('共享单车投放5万辆。')).toEqual(['共享单车投放']);
    // 50万元以上的 says which villages the share counts: a threshold, not an income.
    expect(labelsOf('收入50万元以上的行政村占比达68%。')).toEqual(['收入50万元以上的行政村占比']);
    expect(labelsOf('建成3000多个宜居宜业和美乡村及820个特色田园乡村。')).toEqual([
      '建成宜居宜业和美乡村',
      '特色田园乡村',
    ]);
    // 等 says the list goes on: it stays.
    expect(labelsOf('其中快递员、网约车司机等1260人。')).toEqual(['快递员、网约车司机等']);
  });

  it('takes the counted noun after the number when the clause opens with what was done', () => {
    expect(labelsOf('推出长江经济带高质量发展84项政策措施。')).toEqual([
      '推出长江经济带高质量发展政策措施',
    ]);
    // Batches of what the next number counts, named so.
    expect(labelsOf('推出12批1181项对照学习沪苏浙创新政策和举措。')).toEqual([
      '推出对照学习沪苏浙创新政策和举措（批）',
      '对照学习沪苏浙创新政策和举措',
    ]);
  });

  it('names a figure by what it is, not by the thresholds it crossed or how long it held', () => {
    expect(
      all('地区生产总值连续迈上4个万亿元台阶、达14.2万亿元，年均增长5.7%。').map((f) => f.label),
    ).toEqual(['地区生产总值连续迈上万亿元台阶', '地区生产总值', '地区生产总值年均增长']);
    expect(all('群众安全感连续7年保持98%。').map((f) => f.label)).toEqual(['群众安全感']);
  });

  it('names a first batch, the second rate of a pair and a bare 总量 by what they count', () => {
    expect(labelsOf('首批63个省重点实验室重组完成。')).toEqual(['首批省重点实验室重组完成']);
    expect(labelsOf('居民人均可支配收入达6.9万元、3.4万元，增长4.2%、5.3%。')).toEqual([
      '居民人均可支配收入',
      '居民人均可支配收入',
      '居民人均可支配收入增长',
      '居民人均可支配收入增长',
    ]);
    expect(labelsOf('经营主体稳中培优。总量达1461.4万户。')).toEqual(['经营主体稳中培优（总量）']);
  });

  it('leaves the qualifier of the figure before out of the next label and quote', () => {
    const figures = all(
      '人工智能核心产业营收6800亿元左右、增长20%以上。失业率5.5%以内、物价涨幅2%左右。',
    );
    expect(figures.map((f) => [f.label, f.qualifier, f.quote.join('')])).toEqual([
      ['人工智能核心产业营收', 'about', '人工智能核心产业营收6800亿元'],
      ['人工智能核心产业营收增长', 'over', '人工智能核心产业营收6800亿元左右、增长20%'],
      ['失业率', 'at-most', '失业率5.5%'],
      ['物价涨幅', 'about', '物价涨幅2%'],
    ]);
  });

  it('names a count by its noun when the words before only list or exemplify what it counts', () => {
    expect(labelsOf('绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业入围国家培育名单。')).toEqual([
      '历史经典产业入围国家培育名单',
    ]);
    expect(labelsOf('出台首发经济、会展经济、健康消费等方面29项促消费政策。')).toEqual([
      '促消费政策',
    ]);
    // Two names before a count of three do not name each thing counted.
    expect(labelsOf('新建体育馆、图书馆3个。')).toEqual(['新建体育馆、图书馆']);
  });

  it('names a size by what it is the size of, after 的', () => {
    expect(labelsOf('首期规模500亿元的浙江社保科创基金签约落地。')).toEqual([
      '浙江社保科创基金首期规模',
    ]);
    expect(labelsOf('总投资120亿元的合肥新站项目开工建设。')).toEqual(['合肥新站项目总投资']);
    expect(labelsOf('设立规模100亿元的产业基金。')).toEqual(['产业基金规模']);
    expect(labelsOf('基金规模达500亿元。')).toEqual(['基金规模']);
  });

  it('names a count of measures issued, without an action of its own before 、', () => {
    expect(labelsOf('第一时间成立支持外经贸高质量发展指挥部、出台20条举措。')).toEqual([
      '出台举措',
    ]);
    expect(labelsOf('新建、改扩建2891所学校。')).toEqual(['新建、改扩建学校']);
  });

  it('sets aside an amount that sorts things out (50万元以上的村), and keeps the share it defines', () => {
    const result = extractFigures('村集体经济经营性收入50万元以上的行政村占比达68%。');
    expect(result.figures.map((f) => [f.label, f.value])).toEqual([
      ['村集体经济经营性收入50万元以上的行政村占比', 68],
    ]);
    expect(result.setAside.map(({ reason, quote }) => [reason, quote])).toEqual([
      ['threshold', '村集体经济经营性收入50万元以上的'],
    ]);
    // A share with 以上的 is a figure of its own.
    expect(labelsOf('90%以上的矛盾纠纷化解在基层。')).toEqual(['矛盾纠纷化解在基层']);
  });

  it('keeps a name joined by dashes whole in a label', () => {
    expect(labelsOf('启动建设87条“县城—中心镇—重点村”发展轴。')).toEqual([
      '启动建设县城—中心镇—重点村发展轴',
    ]);
  });

  it('sets aside a measure word before 级: a class of thing, not a count', () => {
    const result = extractFigures('30万吨级条帚门航道建成投运，保税燃料油加注880万吨。');
    expect(result.figures.map((f) => f.value)).toEqual([8800000]);
    expect(result.setAside.map(({ reason, quote }) => [reason, quote])).toEqual([
      ['name', '30万吨级'],
    ]);
    expect(all('职称提升2个级别。').map((f) => f.value)).toEqual([2]);
  });

  it('drops how a figure got or held there from its label, and keeps a yearly average', () => {
    expect(
      labelsOf(
        '年末城镇调查失业率降到5.5%。城镇新增就业年均1270多万人。粮食产量连年稳定在1.3万亿斤以上。十年来我国居民消费价格涨幅稳定在2%左右。',
      ),
    ).toEqual(['城镇调查失业率', '城镇新增就业年均', '粮食产量', '我国居民消费价格涨幅']);
  });

  it('names a count of a stage alone after a figure by the things that figure counts', () => {
    expect(labelsOf('建成过江通道4座、在建8座。新开工项目120个、竣工85个。')).toEqual([
      '建成过江通道',
      '在建过江通道',
      '新开工项目',
      '竣工项目',
    ]);
  });

  it("names by how much a figure beats the nation's after the figure, and a growth after what its subject achieved", () => {
    expect(
      labelsOf(
        '全省地区生产总值年均增长5.7%、高于全国0.3个百分点。地区生产总值连跨两个万亿元台阶，年均增长5.7%、高于全国0.3个百分点。全省生产总值连续跨越三个大台阶，年均增长5.9%。社会物流总费用与GDP的比率从14.7%降至13%左右、优于全国约1个百分点。',
      ),
    ).toEqual([
      '全省地区生产总值年均增长',
      '全省地区生产总值年均增长高于全国',
      '地区生产总值年均增长',
      '地区生产总值年均增长高于全国',
      '全省生产总值年均增长',
      '社会物流总费用与GDP的比率',
      '社会物流总费用与GDP的比率',
      '社会物流总费用与GDP的比率优于全国',
    ]);
  });

  it('reads a text that plans this year and never looks back as targets throughout', () => {
    const targets = (text: string) => all(text).map((f) => f.target ?? false);
    // An excerpt of a plan part without its heading.
    expect(targets('新增护理员1万人。今年我们要继续办好民生实事。建设助残点300个。')).toEqual([
      true,
      true,
    ]);
    // This year so far is a result; a review with a plan for this year keeps its results.
    expect(targets('今年以来，新增护理员1万人。今年将建设助残点300个。')).toEqual([false, true]);
    expect(targets('一年来，新增护理员1万人。今年要新增护理员2万人。')).toEqual([false, true]);
    expect(targets('今年上半年，新增护理员1万人。')).toEqual([false]);
    // 要 in 主要 is no plan: an excerpt of results and this year's targets keeps its results.
    expect(
      targets('新建农村公路125万公里。今年发展主要预期目标是：国内生产总值增长5%左右。'),
    ).toEqual([false, true]);
  });

  it('heads the areas of a numbered list by their short names, not a numbered measure', () => {
    const text = [
      '（八）着力增强群众获得感',
      '1.医疗卫生方面。举办服务活动1000场。',
      '2.养老帮困方面。新增护理员1万人。',
      '3.加快建设现代化基础设施体系。新建公路100公里。',
      '4.就业，创业。新增岗位5万个。',
    ].join('\n');
    expect(extractFigures(text).sections).toEqual([
      '着力增强群众获得感',
      '医疗卫生方面',
      '养老帮困方面',
    ]);
  });

  it('drops the year a change is measured from, with its 比, from the label', () => {
    expect(labelsOf('生产安全事故起数、死亡人数比2020年分别下降65.3%、58.3%。')).toEqual([
      '生产安全事故起数、死亡人数下降（生产安全事故起数）',
      '生产安全事故起数、死亡人数下降（死亡人数）',
    ]);
  });

  it('dates a figure by the year printed right before it, so a from-to pair reads apart', () => {
    const text =
      '过去五年，人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右，城镇新增就业75万人。';
    const figures = extractFigures(text).figures;
    expect(figures.map(({ label, value, year }) => [label, value, year])).toEqual([
      ['人均地区生产总值', 105000, 2020],
      ['人均地区生产总值', 140000, 2025],
      ['城镇新增就业', 750000, undefined],
    ]);
    const { bundle } = draftBundle(text, OPTIONS);
    expect(bundle.indicators.map(({ label, period }) => [label.zh, period?.start])).toEqual([
      ['人均地区生产总值（2020年）', '2020'],
      ['人均地区生产总值（2025年）', '2025'],
      ['城镇新增就业', undefined],
    ]);
  });

  it('marks the level a change started from, where no year is printed for it, as 期初', () => {
    const report = [
      '一、2025年工作和“十四五”发展回顾',
      '过去一年，全省城市低保人均保障标准从796元/月提高至842元/月。',
      '2025年是“十四五”收官之年。五年来，常住人口城镇化率从60.2%提高到65.2%，地表水优良水体比例由67.9%上升到87.9%。',
    ].join('\n');
    const { bundle } = draftBundle(report, { ...OPTIONS, publisherZh: '省人民政府' });
    expect(bundle.indicators.map(({ label, period }) => [label.zh, period?.start])).toEqual([
      // Not of the paragraph's year: the level the year started from.
      ['全省城市低保人均保障标准（期初）', undefined],
      ['全省城市低保人均保障标准（2025年）', '2025'],
      ['常住人口城镇化率（期初）', undefined],
      ['常住人口城镇化率', undefined],
      ['地表水优良水体比例（期初）', undefined],
      ['地表水优良水体比例', undefined],
    ]);
    const [start, end] = bundle.indicators;
    expect(start?.note?.zh).toContain('未写明起始年份');
    expect(start?.note?.en).toContain('from … to …');
    expect(end?.note).toBeUndefined();
  });

  it('reads a target set as a rate of growth (按增长5%安排) as that growth', () => {
    expect(labelsOf('地区生产总值按增长5%安排，在实际工作中努力争取更好结果。')).toEqual([
      '地区生产总值增长',
    ]);
  });

  it('keeps the subject before an abbreviation in brackets', () => {
    expect(
      labelsOf('地级及以上城市细颗粒物（PM2.5）平均浓度下降27.5%。居民消费价格（CPI）上涨2%。'),
    ).toEqual(['地级及以上城市细颗粒物（PM2.5）平均浓度下降', '居民消费价格（CPI）上涨']);
  });

  it('counts the things whose yield changed, and gives the change to them', () => {
    expect(
      labelsOf('改造提升传统产业，17个重点传统制造业增加值增长5.3%。20家龙头企业营收同比下降3%。'),
    ).toEqual(['重点传统制造业', '重点传统制造业增加值增长', '龙头企业', '龙头企业营收同比下降']);
  });

  it('names a part after 其中 as a part of the figure before', () => {
    expect(
      labelsOf(
        '全省经营主体达1163.7万户、增长6.3%，其中企业410.1万户、增长7.7%。城镇新增就业75万人，其中高校毕业生30万人。',
      ),
    ).toEqual([
      '全省经营主体',
      '全省经营主体增长',
      '全省经营主体（企业）',
      '全省经营主体（企业）增长',
      '城镇新增就业',
      '城镇新增就业（高校毕业生）',
    ]);
  });

  it('names what was raised or merged after the count', () => {
    expect(labelsOf('整合提升1000个民生服务综合体。职称提升2个级别。')).toEqual([
      '整合提升民生服务综合体',
      '职称提升级别',
    ]);
    // 将 says when, not what: 将办好 is 办好.
    expect(labelsOf('今年将办好30件民生实事。')).toEqual(['办好民生实事']);
    // A count of kinds or batches before the count of things says which it counts.
    expect(labelsOf('今年将办好12类45件民生实事。')).toEqual(['办好民生实事（类）', '民生实事']);
    // A place before the count ("全省") does not stop the verb's noun from following it.
    expect(labelsOf('完成全省1000所学校周边道路高峰交通拥堵治理。')).toEqual([
      '完成全省学校周边道路高峰交通拥堵治理',
    ]);
  });

  it('names a count of parts after the groups they fall in by what it counts', () => {
    expect(labelsOf('全面开展7大领域101类问题排查和治理。')).toEqual([
      '全面开展7大领域问题排查和治理',
    ]);
  });

  it('sets aside a measure before 圈: a reach that names a circle, not a figure', () => {
    const result = extractFigures('构建1小时通勤圈，打造3公里生活圈，新改建农村公路1500公里。');
    expect(result.figures.map((f) => f.value)).toEqual([1500]);
    expect(result.setAside.map(({ reason, quote }) => [reason, quote])).toEqual([
      ['name', '1小时通勤圈'],
      ['name', '3公里生活圈'],
    ]);
  });

  it('names a count after a service went live by what it counts', () => {
    expect(labelsOf('“高效办成一件事”上线运行70个重点事项。')).toEqual([
      '高效办成一件事上线运行重点事项',
    ]);
    expect(labelsOf('新建成投运充电桩3.5万个。')).toEqual(['新建成投运充电桩']);
  });

  it('names what counted things did by the things: a batch, then a number of what they drew', () => {
    // The first batch's noun ends before what the areas did; the second number is theirs.
    expect(labelsOf('首批10个未来产业先导区集聚产业链核心企业超150家。')).toEqual([
      '首批未来产业先导区',
      '首批未来产业先导区集聚产业链核心企业',
    ]);
    expect(labelsOf('1596个“千项万亿”重大项目完成投资1.5万亿元。')).toEqual([
      '千项万亿重大项目',
      '千项万亿重大项目完成投资',
    ]);
  });

  it.each([
    ['中欧班列（义新欧）开行3005列。', ['中欧班列（义新欧）开行']],
    ['争取100个以上项目纳入国家用地保障范围。', ['争取项目纳入国家用地保障范围']],
    ['为1万名困境、留守儿童进行心理健康评估干预。', ['困境、留守儿童']],
    ['设置13个国家医学中心。', ['设置国家医学中心']],
    ['粮食产量1.37万亿斤，增产74亿斤。', ['粮食产量', '粮食产量增产']],
    [
      '城市低保人均保障标准从796元/月提高至842元/月。',
      ['城市低保人均保障标准', '城市低保人均保障标准'],
    ],
    ['向更多低收入群众发放价格补贴，约6700万人受益。', ['向更多低收入群众发放价格补贴受益']],
  ])('%j is labelled %j', (text, labels) => {
    expect(all(text).map((f) => f.label)).toEqual(labels);
  });

  it('names whom a figure reached by the clause before it', () => {
    expect(
      all('住院和门诊费用实现跨省直接结算，惠及5700多万人次。').map((f) => [f.unit, f.label]),
    ).toEqual([['person-time', '住院和门诊费用实现跨省直接结算惠及']]);
  });

  it('labels growth rates and shares by their subject, with 增长 or 比重 in the label', () => {
    const figures = all(
      '全省地区生产总值5.3万亿元、增长5.5%，制造业增加值占地区生产总值比重达33.5%。城镇、农村居民人均可支配收入分别增长4.4%、5.9%。',
    );
    expect(figures.map((f) => [f.value, f.aspect, f.label])).toEqual([
      [5.3e12, undefined, '全省地区生产总值'],
      [5.5, 'growth', '全省地区生产总值增长'],
      [33.5, 'share', '制造业增加值占地区生产总值比重'],
      [4.4, 'growth', '城镇、农村居民人均可支配收入增长（城镇）'],
      [5.9, 'growth', '城镇、农村居民人均可支配收入增长（农村）'],
    ]);
  });

  it('merges a figure the summary and the body both state, and lists the restatement', () => {
    const text = `全年新增就业75.7万人，${'各项工作扎实推进，'.repeat(8)}城镇新增就业75.7万人。`;
    const result = extractFigures(text);
    expect(result.figures.map((f) => f.value)).toEqual([757000]);
    expect(result.setAside.map((entry) => entry.reason)).toEqual(['duplicate']);
  });

  it('keeps two industries that grew alike: the same rate is no restatement of another thing', () => {
    const filler = '各项工作扎实推进，'.repeat(8);
    const text = `高新技术产业增加值增长7.9%，${filler}金融业增加值增长7.9%。全省生产总值增长5.5%，${filler}地区生产总值增长5.5%。`;
    const result = extractFigures(text);
    expect(result.figures.map((f) => [f.label, f.value])).toEqual([
      ['高新技术产业增加值增长', 7.9],
      ['金融业增加值增长', 7.9],
      ['全省生产总值增长', 5.5],
    ]);
    expect(result.setAside.map((entry) => [entry.reason, entry.quote])).toEqual([
      ['duplicate', '地区生产总值增长5.5%'],
    ]);
  });

  it("keeps a five-year average and a year's target of the same number apart; a colon's targets run past semicolons", () => {
    const filler = '各项工作扎实推进，'.repeat(8);
    const text = `“十五五”时期的主要目标是：地区生产总值年均增长5%左右。${filler}今年的主要预期目标是：地区生产总值按增长5%安排；城镇新增就业120万人。${filler}力争地区生产总值增长5%。`;
    const result = extractFigures(text);
    // Every item of the colon's list is a target, past the semicolon.
    expect(result.figures.map((f) => [f.label, f.value, f.qualifier, f.target])).toEqual([
      ['地区生产总值年均增长', 5, 'about', true],
      ['地区生产总值增长', 5, undefined, true],
      ['城镇新增就业', 1200000, undefined, true],
    ]);
    expect(result.setAside.map((entry) => [entry.reason, entry.quote])).toEqual([
      ['duplicate', '力争地区生产总值增长5%'],
    ]);
  });

  it('exports one measure table that every measure word points into', () => {
    for (const reading of Object.values(MEASURE_WORDS)) {
      if ('measure' in reading) expect(MEASURES[reading.measure]).toBeDefined();
    }
  });

  it('reads household visits (户次) as a measure of their own, and courses (门) as items', () => {
    expect(
      all('提供家庭教育指导服务1万户次，惠及农户300户，开发老年教育课程100门。').map((f) => [
        f.value,
        f.unit ?? f.measure?.id,
      ]),
    ).toEqual([
      [10000, 'household-time'],
      [300, 'household'],
      [100, 'item'],
    ]);
  });

  it('drafts a figure in a measure as an indicator in the unit measure, in base units', () => {
    const { bundle } = draftBundle(
      '新增装机1200万千瓦，投资30亿元，新建铁路7000公里，城镇化率提高2.5个百分点。',
      OPTIONS,
    );
    expect(bundle.indicators.map(({ value, unit, measure }) => [value, unit, measure?.id])).toEqual(
      [
        [12000000, 'measure', 'kw'],
        [3000000000, 'yuan', undefined],
        [7000, 'measure', 'km'],
        [2.5, 'measure', 'percentage-point'],
      ],
    );
    expect(bundle.indicators[0]?.measure?.label).toEqual({ zh: '千瓦', en: 'kW' });
    expect(bundle.uncited).toEqual([]);
    // Once a person writes the English (and here the publisher and period, which this one
    // sentence lacks), the draft is a bundle, and the check finds every value.
    const completed = {
      ...translated(bundle),
      publisher: { zh: '发布者', en: 'Publisher' },
      period: { label: { zh: '一年', en: 'One year' } },
    };
    expect(validateBundle(completed).ok).toBe(true);
    const text = '新增装机1200万千瓦，投资30亿元，新建铁路7000公里，城镇化率提高2.5个百分点。';
    expect(
      checkProvenance({ bundle: { indicators: bundle.indicators }, sourceText: text }),
    ).toEqual([]);
  });

  it('reads an air-quality concentration in μg/m³, and the 2.5 of PM2.5 as no figure', () => {
    const text = '设区城市PM2.5年平均浓度降至25微克/立方米，细颗粒物平均浓度28微克／立方米。';
    const { bundle } = draftBundle(text, OPTIONS);
    expect(
      bundle.indicators.map(({ value, unit, measure }) => [value, unit, measure?.label.en]),
    ).toEqual([
      [25, 'measure', 'μg/m³'],
      [28, 'measure', 'μg/m³'],
    ]);
    expect(bundle.indicators[0]?.label.zh).toContain('PM2.5');
    expect(
      checkProvenance({ bundle: { indicators: bundle.indicators }, sourceText: text }),
    ).toEqual([]);
  });

  it('sets aside a number glued to letters as part of a name, and keeps a figure after letters', () => {
    const result = extractFigures(
      'PM2.5年均浓度改善16.5%，新建5G基站5.2万个，C919投入运营，实现GDP12.5万亿元，算力超4.8万P，PM_2.5平均浓度创新低。',
    );
    expect(result.setAside.map(({ number, reason }) => `${reason}:${number}`)).toEqual([
      'name:2.5',
      'name:5',
      'name:919',
      'no-measure-word:4.8',
      'name:2.5',
    ]);
    expect(result.figures.map(({ value }) => value)).toEqual([16.5, 52000, 12500000000000]);
  });

  it('keeps what a rate is per, and sets aside a rate over something it has no measure for', () => {
    // Read as 元 alone, 842元/月 would show 842 yuan: a wrong figure.
    const result = extractFigures(
      '低保标准从796元/月提高至842元/月。劳动生产率达到30万元/人左右。补助1.2万元/人·年。收购价3元/公斤。',
    );
    expect(
      result.figures.map(({ value, measure, qualifier }) => [value, measure?.id, qualifier]),
    ).toEqual([
      [796, 'yuan-month', undefined],
      [842, 'yuan-month', undefined],
      [300000, 'yuan-person', 'about'],
    ]);
    expect(result.setAside.map(({ number, reason, quote }) => [reason, number, quote])).toEqual([
      ['no-measure-word', '1.2', '补助1.2万元/人·年'],
      ['no-measure-word', '3', '收购价3元/公斤'],
    ]);
  });

  it("sets aside a place's people named by their number, and counts 人民群众 and 人民币", () => {
    const result = extractFigures(
      '7000多万江淮儿女一道拼出来。向6500万浙江人民致敬。惠及500万人民群众。960多万贫困人口实现易地搬迁。吸引外资5000万人民币。',
    );
    expect(result.setAside.map(({ number, reason }) => `${reason}:${number}`)).toEqual([
      'no-measure-word:7000',
      'no-measure-word:6500',
    ]);
    expect(result.figures.map(({ label, value, unit }) => [label, value, unit])).toEqual([
      ['惠及人民群众', 5000000, 'person'],
      ['贫困人口实现易地搬迁', 9600000, 'person'],
      ['吸引外资', 50000000, 'yuan'],
    ]);
  });

  it('sets aside an age that names a group of people, and keeps an age that is the figure', () => {
    const result = extractFigures(
      '65岁以上老年人健康管理率达到72%。为60周岁以上老人发放补贴1.2亿元。年满18岁的青年。每千人口3岁以下婴幼儿托位数达到4.5个。人均预期寿命提高到80岁以上，平均年龄42岁。',
    );
    expect(result.setAside.map(({ number, reason }) => `${reason}:${number}`)).toEqual([
      'age-band:65',
      'age-band:60',
      'age-band:18',
      'age-band:3',
    ]);
    expect(result.figures.map(({ label, value }) => [label, value])).toEqual([
      ['65岁以上老年人健康管理率', 72],
      ['为60周岁以上老人发放补贴', 120000000],
      ['每千人口3岁以下婴幼儿托位数', 4.5],
      ['人均预期寿命', 80],
      ['平均年龄', 42],
    ]);
  });

  it('reads a ceiling (以内, 以下, 不超过) as at most, not as the figure itself', () => {
    const result = extractFigures(
      '城镇调查失业率控制在5.5%以内，赤字率不超过3%，能耗降到3%以下，95%以上的纠纷化解在基层。',
    );
    expect(result.figures.map(({ value, qualifier }) => [value, qualifier])).toEqual([
      [5.5, 'at-most'],
      [3, 'at-most'],
      [3, 'at-most'],
      [95, 'over'],
    ]);
    // "突破4万亿元" is past the mark, as "超4万亿元" is.
    expect(extractFigures('出口规模突破4万亿元。').figures[0]?.qualifier).toBe('over');
  });

  it('reads a floor (不少于, 不低于, 至少) as over, and keeps it out of the label', () => {
    const result = extractFigures(
      '全年新发展会员不少于1.5万人；民间投资项目比重不低于80%；培训至少3000人次。',
    );
    expect(result.figures.map(({ label, value, qualifier }) => [label, value, qualifier])).toEqual([
      ['新发展会员', 15000, 'over'],
      ['民间投资项目比重', 80, 'over'],
      ['培训', 3000, 'over'],
    ]);
  });

  it("labels a running total after the year's figure as the total, not as new (累计, 总数)", () => {
    expect(
      labelsOf(
        '全市新建职工书屋17家，累计达209家。新命名市级劳模创新工作室20家，累计建成148家。新增境内上市公司62家，总数186家。',
      ),
    ).toEqual([
      '全市新建职工书屋',
      '全市职工书屋（累计）',
      '新命名市级劳模创新工作室',
      '市级劳模创新工作室（累计）',
      '新增境内上市公司',
      '境内上市公司总数',
    ]);
    // Nothing new in the figure before: its subject is kept whole.
    expect(labelsOf('职工书屋17家，累计209家。')).toEqual(['职工书屋', '职工书屋（累计）']);
  });

  it('names a part of the figure before by its level (其中国家级2个、省级8个)', () => {
    expect(labelsOf('劳模创新工作室32个，其中国家级2个、省级8个。')).toEqual([
      '劳模创新工作室',
      '劳模创新工作室（国家级）',
      '劳模创新工作室（省级）',
    ]);
    // The level the figure before names is the one that changes; a range of levels stays.
    expect(labelsOf('新增全国职工书屋5家、省级24家。')).toEqual([
      '新增全国职工书屋',
      '新增省级职工书屋',
    ]);
    expect(labelsOf('获评省级以上荣誉56项，其中国家级12项。')).toEqual([
      '获评省级以上荣誉',
      '获评省级以上荣誉（国家级）',
    ]);
  });

  it('names the parts of a list that shares its head noun, and a second verb over the same list', () => {
    expect(
      labelsOf('城镇、农村居民人均可支配收入分别达到5.6万元、2.9万元，分别增长4.8%、6.5%。'),
    ).toEqual([
      '城镇、农村居民人均可支配收入（城镇）',
      '城镇、农村居民人均可支配收入（农村）',
      '城镇、农村居民人均可支配收入增长（城镇）',
      '城镇、农村居民人均可支配收入增长（农村）',
    ]);
    // 城乡 is urban and rural, in that order; a list of unlike things keeps its subjects whole.
    expect(labelsOf('城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。')).toEqual([
      '城乡居民人均可支配收入（城镇）',
      '城乡居民人均可支配收入（农村）',
      '城乡居民人均可支配收入增长（城镇）',
      '城乡居民人均可支配收入增长（农村）',
    ]);
    expect(labelsOf('制造业、普惠小微贷款余额分别增长9.8%、13.3%。')).toEqual([
      '制造业、普惠小微贷款余额增长（制造业）',
      '制造业、普惠小微贷款余额增长（普惠小微贷款余额）',
    ]);
    // A field's name before 领域 (or 行业, 板块), and the others' ending, part the last subject from
    // the head noun the list shares.
    expect(labelsOf('力争交通、水利、能源领域投资额分别达2400亿元、450亿元、1700亿元。')).toEqual([
      '交通、水利、能源领域投资额（交通）',
      '交通、水利、能源领域投资额（水利）',
      '交通、水利、能源领域投资额（能源）',
    ]);
    expect(labelsOf('货物贸易、服务贸易进出口分别增长5.1%、8.2%。')).toEqual([
      '货物贸易、服务贸易进出口增长（货物贸易）',
      '货物贸易、服务贸易进出口增长（服务贸易）',
    ]);
    expect(
      labelsOf('水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里。'),
    ).toEqual([
      '水土流失、荒漠化、沙化土地面积净减少（水土流失）',
      '水土流失、荒漠化、沙化土地面积净减少（荒漠化）',
      '水土流失、荒漠化、沙化土地面积净减少（沙化）',
    ]);
    // Whole amounts share nothing to part: 一般公共预算收入 and 政府性基金收入 stay whole.
    expect(labelsOf('一般公共预算收入、政府性基金收入分别达4000亿元、2000亿元。')).toEqual([
      '一般公共预算收入、政府性基金收入（一般公共预算收入）',
      '一般公共预算收入、政府性基金收入（政府性基金收入）',
    ]);
    // 年均 is of the verb; one measure word after 和 is both numbers'.
    expect(labelsOf('高技术制造业、装备制造业增加值年均分别增长10.6%、7.9%。')).toEqual([
      '高技术制造业、装备制造业增加值年均增长（高技术制造业）',
      '高技术制造业、装备制造业增加值年均增长（装备制造业）',
    ]);
    expect(
      extractFigures('建会率、入会率分别提高3.1和2.5个百分点。').figures.map(({ label, value }) => [
        label,
        value,
      ]),
    ).toEqual([
      ['建会率、入会率提高（建会率）', 3.1],
      ['建会率、入会率提高（入会率）', 2.5],
    ]);
  });

  it('gives a change measured against an earlier time the subject of the figure before', () => {
    expect(labelsOf('市场主体达到123.6万户，比上年末增长8.2%。')).toEqual([
      '市场主体',
      '市场主体比上年末增长',
    ]);
    expect(labelsOf('研发经费投入占GDP比重达2.8%，较上年提高0.2个百分点。')).toEqual([
      '研发经费投入占GDP比重',
      '研发经费投入占GDP比重较上年提高',
    ]);
    // The year set aside leaves a bare 较, which the label drops.
    expect(labelsOf('工会会员实名制入库率达到96.5%，较2020年提高18个百分点。')).toEqual([
      '工会会员实名制入库率',
      '工会会员实名制入库率提高',
    ]);
    expect(labelsOf('五年来，共有5个集体获全国五一劳动奖状。')).toEqual(['集体获全国五一劳动奖状']);
  });

  it('reads 人（次） and 家(次) as counts of times, brackets full-width or not', () => {
    const { figures } = extractFigures('培训农民工2.3万人（次），走访企业87家(次)。');
    expect(figures.map(({ value, unit, quote }) => [value, unit, quote])).toEqual([
      [23000, 'person-time', ['培训农民工2.3万人（次）']],
      [87, 'organization', ['走访企业87家(次)']],
    ]);
  });

  it('takes a lone numbered part pasted on its own as its heading, and its plan as targets', () => {
    const result = extractFigures(
      '二、2026年主要目标\n城镇调查失业率控制在5.5%以内，赤字率不超过3%。',
    );
    expect(result.sections).toEqual(['2026年主要目标']);
    expect(
      result.figures.map(({ label, target, qualifier }) => [label, target, qualifier]),
    ).toEqual([
      ['城镇调查失业率', true, 'at-most'],
      ['赤字率', true, 'at-most'],
    ]);
  });

  it('lists a figure whose measure word was converted as uncited, with the reason', () => {
    const { bundle } = draftBundle('铺设管网500米，投资30亿元。', OPTIONS);
    expect(bundle.indicators.map((indicator) => indicator.value)).toEqual([3000000000]);
    expect(bundle.uncited).toEqual([
      {
        quote: '铺设管网500米',
        reason: expect.objectContaining({
          en: 'measure word converted (米 → km): the quote does not state the value; add it by hand',
        }),
      },
    ]);
  });
});

describe('draftBundle', () => {
  const { bundle, extraction } = draftBundle(DEFAULT_REPORT, {
    id: 'huainan-draft',
    titleZh: '淮南市总工会五年工作报告',
    publisherZh: '淮南市总工会',
    sourcePath: '/data/sources/huainan-union-five-year-report.zh.txt',
  });

  it('is a bundle v1 once a person writes the English', () => {
    const result = validateBundle(translated(bundle));
    expect(result.ok).toBe(true);
  });

  it('gives a figure of one year in a review of several its year, in the data and the label', () => {
    const report = [
      '一、2025年工作和“十四五”发展回顾',
      '过去一年，地区生产总值增长5.5%。',
      '（一）精准施策稳经济。规上工业增加值增长9.4%。',
      '2025年是“十四五”收官之年。五年来，地区生产总值年均增长5.9%。',
      '——这五年，城镇新增就业300万人。',
    ].join('\n');
    const { bundle: review } = draftBundle(report, {
      ...OPTIONS,
      id: 'review',
      publisherZh: '省人民政府',
    });
    expect(review.period).toMatchObject({ start: '2021', end: '2025' });
    expect(
      review.indicators.map((indicator) => [indicator.label.zh, indicator.period?.start]),
    ).toEqual([
      ['地区生产总值增长（2025年）', '2025'],
      ['规上工业增加值增长（2025年）', '2025'],
      ['地区生产总值年均增长', undefined],
      ['城镇新增就业', undefined],
    ]);
    expect(validateBundle(translated(review)).ok).toBe(true);
    // The section's figures of the five years are not its own: they get a category of their time.
    expect(review.categories.map((category) => category.label.zh)).toEqual([
      '2025年',
      '精准施策稳经济',
      '“十四五”时期',
    ]);
    expect(review.indicators.map((indicator) => indicator.category)).toEqual([
      'section-2',
      'section-3',
      'section-4',
      'section-4',
    ]);
  });

  it('marks the targets and plans a report sets out, so no one takes them for results', () => {
    const report = [
      '一、2025年工作回顾',
      '城镇新增就业141万人，地区生产总值增长5.3%。力争明年研发投入强度达到3.5%。',
      '二、2026年重点工作',
      '地区生产总值增长5%左右，城镇新增就业120万人以上。全省地区生产总值年均增长5%—5.5%。',
    ].join('\n');
    const { bundle: planned } = draftBundle(report, {
      ...OPTIONS,
      id: 'planned',
      publisherZh: '省人民政府',
    });
    const rows = planned.indicators.map((indicator) => [
      indicator.label.zh,
      indicator.value,
      indicator.themes ?? [],
    ]);
    expect(rows).toEqual([
      ['城镇新增就业', 1410000, []],
      ['地区生产总值增长', 5.3, []],
      ['研发投入强度（目标）', 3.5, ['target']],
      ['地区生产总值增长（目标）', 5, ['target']],
      ['城镇新增就业（目标）', 1200000, ['target']],
    ]);
    expect(planned.themes).toEqual([
      { id: 'target', label: { zh: '目标与计划', en: 'Targets and plans' } },
    ]);
    expect(planned.indicators[2]?.note?.en).toBe(
      'A target or plan the report sets out, not a result achieved.',
    );
    // A range is no one figure: set aside whole, both ends.
    expect(planned.uncited.map((entry) => entry.quote)).toContain(
      '全省地区生产总值年均增长5%—5.5%',
    );
    expect(validateBundle(translated(planned)).ok).toBe(true);
  });

  it('reads a text whose title calls it a plan (工作要点) as targets throughout', () => {
    const plan = [
      '市总工会2026年工作要点',
      '',
      '一、深化劳动和技能竞赛',
      '开展劳动竞赛100项以上。',
      '二、加强职工服务',
      '新建户外劳动者服务站点30个。',
    ].join('\n');
    expect(extractFigures(plan).figures.map(({ value, target }) => [value, target])).toEqual([
      [100, true],
      [30, true],
    ]);
    // A title that only names the year's work is no plan; nor is a plan title that looks back.
    expect(extractFigures('市总工会2025年工作\n新建站点30个。').figures[0]?.target).toBeUndefined();
    expect(extractFigures('2026年工作要点\n去年新建站点30个。').figures[0]?.target).toBeUndefined();
  });

  it('reads a part that reports how the work went as results, though it names the work', () => {
    const report = [
      '一、主要目标任务完成情况',
      '新建基层工会64家。',
      '二、重点工作开展情况',
      '全区工会会员总数达11.8万人，全年筹集帮扶资金320万元。',
      '三、2026年重点工作',
      '新发展会员5000人以上。',
    ].join('\n');
    expect(extractFigures(report).figures.map(({ value, target }) => [value, target])).toEqual([
      [64, undefined],
      [118000, undefined],
      [3200000, undefined],
      [5000, true],
    ]);
  });

  it('leaves English empty for a person, and says where', () => {
    const english = untranslated(bundle);
    expect(english).toContain('indicators[0].label.en');
    expect(english.filter((entry) => entry.startsWith('indicators'))).toHaveLength(
      bundle.indicators.length,
    );
    // Blank English does not refuse a bundle: it loads, showing the Chinese, and warns.
    const result = validateBundle(bundle);
    expect(result.ok && result.warnings).toContainEqual(
      expect.objectContaining({ code: 'missingEnglish', path: 'indicators[0].label.en' }),
    );
  });

  it('suggests a category from the heading each figure falls under in the text as printed', () => {
    const categories = new Map(
      bundle.categories.map((category) => [category.id, category.label.zh]),
    );
    const byQuote = (quote: string) =>
      categories.get(
        bundle.indicators.find((indicator) => indicator.source.quote.includes(quote))?.category ??
          '',
      );
    expect(byQuote('12.14')).toBe('工人阶级主力军作用更加彰显');
    expect(byQuote('10.2 万人次')).toBe('党建引领保障成效显著');
    // Printed above the first heading (the OCR moved the line), yet about the workforce.
    expect(byQuote('153')).toBe('工人阶级主力军作用更加彰显');
  });

  it('lists every set-aside number as uncited with its reason in both languages', () => {
    expect(bundle.uncited).toHaveLength(extraction.setAside.length);
    expect(bundle.uncited.every((entry) => entry.reason.zh && entry.reason.en)).toBe(true);
  });

  it('summarises figures by unit, numbers set aside, and English left to write', () => {
    const summary = summarizeDraft(bundle, extraction).join('\n');
    expect(summary).toContain(
      'Figures found: 49 (person 16, person-time 6, item 9, event 5, organization 5, yuan 5, percent 3)',
    );
    expect(summary).not.toContain('no-measure-word');
    expect(summary).toMatch(
      /English left for a person to write: \d+ texts \(49 indicator labels\)/,
    );
  });
});

describe('detectPeriod', () => {
  it('reads a year range or "过去五年"', () => {
    expect(detectPeriod('2019—2023年工作回顾')).toEqual({
      label: { zh: '2019—2023年', en: '2019–2023' },
      start: '2019',
      end: '2023',
    });
    expect(detectPeriod('过去五年，全市…').label).toEqual({
      zh: '过去五年',
      en: 'The past five years',
    });
    expect(detectPeriod('一、“十四五”时期和2025年工作回顾').start).toBe('2021');
    expect(detectPeriod('五年来，全省…').label.zh).toBe('五年来');
    expect(detectPeriod('一、2025年工作回顾').start).toBe('2025');
    expect(detectPeriod('区总工会2024年度工作简报').start).toBe('2024');
    expect(detectPeriod('三、2026年重点工作').end).toBe('2026');
    expect(detectPeriod('二、2026年主要目标').start).toBe('2026');
    // A part of the year is kept in the label, not dropped.
    expect(detectPeriod('县总工会2025年上半年工作情况汇报')).toEqual({
      label: { zh: '2025年上半年', en: 'First half of 2025' },
      start: '2025',
      end: '2025',
    });
    expect(detectPeriod('2024年第一季度工作简报').label.en).toBe('First quarter of 2024');
    expect(detectPeriod('没有期间').label).toEqual({ zh: '', en: '' });
  });

  it('takes the longer span of a heading that joins two, whatever the first paragraph says', () => {
    const text =
      '一、过去一年和五年工作回顾\n过去一年，我国经济…全年国内生产总值增长3%。\n过去五年极不寻常。';
    expect(detectPeriod(text).label).toEqual({ zh: '过去五年', en: 'The past five years' });
    expect(detectPeriod('一、过去五年和一年来的工作\n…').label.zh).toBe('过去五年');
  });

  it('reads a span only where a paragraph or sentence opens with it, not inside a sentence', () => {
    // What one figure is compared with is not the period of the report.
    expect(detectPeriod('能耗下降16%，为近三年来最大降幅。').label.zh).toBe('');
    expect(detectPeriod('涨幅保持在2%左右。十年来我国居民消费价格涨幅…').label.zh).toBe('');
    expect(detectPeriod('奋斗铸就辉煌。过去五年,是工运事业…').label.zh).toBe('过去五年');
    expect(detectPeriod('各位代表，一年来，我们…').label).toEqual({
      zh: '一年来',
      en: 'The past year',
    });
  });

  it('takes the year a paragraph opens on, and not one inside a sentence', () => {
    expect(detectPeriod('2025年是极不平凡的一年，面对…全省生产总值增长5.5%。')).toEqual({
      label: { zh: '2025年', en: '2025' },
      start: '2025',
      end: '2025',
    });
    expect(detectPeriod('各位代表！\n2024年，全市经济稳中有进。').start).toBe('2024');
    expect(detectPeriod('全市经济稳中有进，2024年，完成投资…').label.zh).toBe('');
  });

  it('names the year of a one-year review that also says 过去一年; five years stay five', () => {
    const text = '2022年是极为重要的一年。\n过去一年，我国经济发展遇到冲击。';
    expect(detectPeriod(text).label).toEqual({ zh: '2022年', en: '2022' });
    expect(detectPeriod('过去一年，我们…').label.zh).toBe('过去一年');
    expect(detectPeriod('2022年，全市…\n过去五年，我们…').label.zh).toBe('过去五年');
  });
});

describe('compareDrafts', () => {
  const figure = (id: string, value: number, unit: string, quote = '') => ({
    id,
    value,
    unit,
    source: { quote },
  });

  it('matches one to one on value and unit, preferring the closer quote', () => {
    const result = compareDrafts(
      [figure('d1', 100, 'percent', '按期答复率均达100%'), figure('d2', 5, 'item')],
      [
        figure('r1', 100, 'percent', '及时受理率'),
        figure('r2', 100, 'percent', '按期答复率'),
        figure('r3', 5, 'person'),
      ],
    );
    expect(result.matched).toEqual([{ reference: 'r2', draft: 'd1' }]);
    expect(result.missed.map((entry) => entry.id)).toEqual(['r1', 'r3']);
    expect(result.extra.map((entry) => entry.id)).toEqual(['d2']);
    expect(result.recall).toBeCloseTo(1 / 3);
    expect(result.precision).toBeCloseTo(1 / 2);
  });
});

// Each case starts Node with tsx: seconds on a busy machine.
describe('npm run bundle:draft (the CLI shell)', { timeout: 30_000 }, () => {
  const cli = path.resolve(import.meta.dirname, '../../cli/bundle-draft.ts');
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });

  it('writes the draft and prints the summary and the comparison', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'draft-')), 'draft.json');
    const report = path.join(REPORTS, 'county-federation-annual.zh.txt');
    const result = run([
      report,
      '--out',
      out,
      '--id',
      'county-draft',
      '--title-zh',
      '某县总工会工作回顾',
    ]);
    expect(result.status).toBe(0);
    // 17 in the units people and yuan came in, and two in measures (个百分点, 小时).
    expect(result.stderr).toContain('Figures found: 19');
    expect(result.stderr).toContain('measure 2)');
    expect(result.stderr).toContain('服务时长: 120000 hours');
    const written = JSON.parse(readFileSync(out, 'utf8')) as {
      id: string;
      period: { start?: string };
    };
    expect(written).toMatchObject({ id: 'county-draft', period: { start: '2019' } });
  });

  it('names the problem when the report is missing or the id is not a slug', () => {
    const missing = run(['no-such-report.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('report not found: no-such-report.txt');
    const badId = run([path.join(REPORTS, 'ocr-two-columns.zh.txt'), '--id', '中文']);
    expect(badId.status).toBe(1);
    expect(badId.stderr).toContain('--id must be a slug');
  });

  it('prints the JSON on stdout without --out', () => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', cli, path.join(REPORTS, 'district-union-brief.zh.txt')],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    // Its title is the one the brief prints on its first line.
    expect(JSON.parse(output)).toMatchObject({
      schemaVersion: 1,
      id: 'district-union-brief',
      title: { zh: '区总工会2024年度工作简报' },
    });
  });
});
