// Numbers that are not figures: years, dates and spans of time, ranges, ordinals, codes and
// framework names in quotation marks. Each is set aside with its reason so a person sees it.
import { MEASURE_WORDS } from './measures.ts';
import type { NumberToken } from './numbers.ts';

export type SetAsideReason =
  | 'year'
  | 'date'
  | 'range'
  | 'ordinal'
  | 'code'
  | 'name'
  | 'age-band'
  | 'formula'
  | 'no-measure-word'
  | 'threshold'
  | 'duplicate';

export const SET_ASIDE_REASONS: Readonly<Record<SetAsideReason, { zh: string; en: string }>> = {
  year: { zh: '年份，不是统计数字。', en: 'A year, not a figure.' },
  date: {
    zh: '日期或时长（年、月、日、天），不是统计数字。',
    en: 'A date or a length of time (year, month, day), not a figure.',
  },
  range: {
    zh: '范围（如“1-3月”），不是统计数字。',
    en: 'A range (such as "January to March"), not a figure.',
  },
  ordinal: {
    zh: '序数、名次或条目编号（第几次、第几位，列表中的“1.”），不是统计数字。',
    en: 'An ordinal, a rank or the number of a list item (the nth survey, nth place, "1."), not a figure.',
  },
  code: {
    zh: '编号或名称（引号中的编号、12345一类的热线号码），不是统计数字。',
    en: 'A code or a name (in quotation marks, or a hotline number such as 12345), not a figure.',
  },
  name: {
    zh: '名称或型号中的数字（如 PM2.5、5G），不是统计数字。',
    en: 'A number that is part of a name or model (such as PM2.5 or 5G), not a figure.',
  },
  'age-band': {
    zh: '年龄段或年龄门槛（如“3岁以下”“60周岁以上”“年满18岁”），不是统计数字。',
    en: 'An age band or threshold (such as "under 3", "60 and over" or "aged 18"), not a figure.',
  },
  formula: {
    zh: '体系或模式的名称（如“1+5+N”），不是统计数字。',
    en: 'The name of a framework or model (such as "1+5+N"), not a figure.',
  },
  threshold: {
    zh: '划分对象的门槛（如“收入50万元以上的村”），不是统计数字。',
    en: 'A threshold that says which things are meant (such as "villages with an income over 500,000 yuan"), not a figure.',
  },
  'no-measure-word': {
    zh: '数字后没有可识别的量词，无法确定单位，请对照原文人工判断。',
    en: 'No measure word the tool knows follows the number, so its unit is unknown; check the report by hand.',
  },
  duplicate: {
    zh: '同一数字在报告中再次出现（如摘要与正文），已合并为一个指标。',
    en: 'The same figure stated again (in the summary and the body, say); merged into one indicator.',
  },
};

/** Measure words of money, whose "N以上的" sorts things by amount. */
const MONEY = /^(?:元|美元|人民币)$/;

/** Brand or framework names built from numbers: "1+5+N", "4+1". */
export const FORMULA = /[0-9A-Za-z]+(?:\+[0-9A-Za-z]+)+/g;
/** Ordinals and ranks in Chinese or Arabic numerals: 第九次, 第3届, 第1位. */
export const ORDINAL =
  /第(?:[一二三四五六七八九十百千零〇两]+(?:次|届|批|个|轮|期)|\d+(?:次|届|批|个|轮|期|位|名|家|大)?)/g;

const RANGE_JOIN = /^[-—–~～至到]\d/;
const TIME_AFTER = /^(?:个?月|个?工作日|日|号|天|年|周|季度|分钟|秒)/;

/** Spans of the flat text inside short quotation marks ("12351", "双20条"). */
export function quotedSpans(flat: string): Uint8Array {
  const inside = new Uint8Array(flat.length);
  for (const match of flat.matchAll(/"([^"]{1,14})"/g)) {
    inside.fill(1, match.index, match.index + match[0].length);
  }
  return inside;
}

/** Why a number is not a figure, and the flat span to list it by; undefined for a figure. */
export function notAFigure(
  flat: string,
  token: NumberToken,
  quoted: Uint8Array,
): { reason: SetAsideReason; to: number } | undefined {
  const afterDigits = token.digitsAt + token.digits.length;
  const next = flat.slice(afterDigits, afterDigits + 4);
  const yearLike = /^(?:19|20)\d\d$/.test(token.digits);
  const bare = !token.magnitude && !token.measureWord;
  if (flat[token.digitsAt - 1] === '第') return { reason: 'ordinal', to: token.end };
  // "经营性收入50万元以上的行政村占比达68%": an amount with 以上的 or 以下的 before a noun says
  // which things are meant; the figure is what follows. A share ("90%以上的矛盾纠纷") is a figure.
  const sortsOut = /^(?:及)?以[上下]的(?=[\u3400-\u9fff])/.exec(
    flat.slice(token.end, token.end + 5),
  );
  if (sortsOut && token.measureWord && MONEY.test(token.measureWord)) {
    return { reason: 'threshold', to: token.end + sortsOut[0].length };
  }
  // "30万吨级航道", "百万千瓦级机组": a measure of size before 级 names a class of thing; "2个级别"
  // still counts.
  const reading = token.measureWord ? MEASURE_WORDS[token.measureWord] : undefined;
  if (reading && 'measure' in reading && flat[token.end] === '级') {
    return { reason: 'name', to: token.end + 1 };
  }
  // "1小时通勤圈", "3公里生活圈": a reach in a measure before 圈 names a circle, it measures nothing.
  const circle =
    reading &&
    'measure' in reading &&
    /^[\u3400-\u9fff]{0,4}?圈/.exec(flat.slice(token.end, token.end + 5));
  if (circle) return { reason: 'name', to: token.end + circle[0].length };
  // "1.2万元/人·年", "3元/公斤": a rate over something the engine has no measure for. Read as the
  // measure word alone it would be a wrong figure (yuan, not yuan per person a year).
  if (token.measureWord && /^[/／·]/.test(flat[token.end] ?? '')) {
    const per = /^(?:[/／·][\u3400-\u9fffA-Za-z]{1,4})+/.exec(flat.slice(token.end))?.[0] ?? '';
    return { reason: 'no-measure-word', to: token.end + per.length };
  }
  // "3岁以下婴幼儿", "60周岁以上老人", "年满18岁": the age names a group of people, it counts nothing
  // ("人均预期寿命79.5岁", "提高到80岁以上" are figures).
  if (token.measureWord === '岁' || token.measureWord === '周岁') {
    // A band names the people after it; "寿命提高到80岁以上，" ends its clause on the figure.
    const band = /^及?以[上下](?=[\u3400-\u9fff])/.exec(flat.slice(token.end, token.end + 4))?.[0];
    if (band || /满$/.test(flat.slice(Math.max(0, token.from - 1), token.from))) {
      return { reason: 'age-band', to: token.end + (band?.length ?? 0) };
    }
  }
  // "PM2.5年均浓度", "5G基站", "C919": letters glued to a bare number make it part of a name.
  const lettersAfter = /^[A-Za-z]*/.exec(flat.slice(afterDigits))?.[0] ?? '';
  // "PM_2.5", "COVID-19": a subscript flattened to an underscore, or a hyphen, still glues them.
  const lettersBefore = /[A-Za-z][_-]?$/.test(
    flat.slice(Math.max(0, token.digitsAt - 2), token.digitsAt),
  );
  if (bare && (lettersBefore || lettersAfter)) {
    return { reason: 'name', to: afterDigits + lettersAfter.length };
  }
  if (RANGE_JOIN.test(flat.slice(token.end, token.end + 2)) || RANGE_JOIN.test(next)) {
    // "年均增长5%—5.5%": the range runs to its last number, a percent sign on either end.
    const rest = /^%?(?:[-—–~～至到][\d.]+%?)+[年月日号]?/.exec(flat.slice(afterDigits))?.[0] ?? '';
    return { reason: yearLike ? 'year' : 'range', to: afterDigits + rest.length };
  }
  if (yearLike && bare && /^年/.test(next)) {
    return { reason: 'year', to: afterDigits + (next[1] === '度' ? 2 : 1) };
  }
  // "12351职工服务热线", "拨打12345热线": a service number names the line, it counts nothing.
  const line =
    bare &&
    token.digits.length >= 5 &&
    /^[\u3400-\u9fff"]{0,6}?(?:热线|专线|服务电话)/.exec(flat.slice(afterDigits, afterDigits + 10));
  if (line) return { reason: 'code', to: afterDigits };
  if (quoted[token.digitsAt] === 1) {
    let to = token.end;
    while (quoted[to] === 1) to += 1;
    return { reason: 'code', to };
  }
  const timeFrom =
    token.measureWord === '个' && !token.sharedMeasureWord ? token.end - 1 : bare ? token.end : -1;
  const time = timeFrom >= 0 ? TIME_AFTER.exec(flat.slice(timeFrom, timeFrom + 4)) : null;
  if (time) return { reason: 'date', to: timeFrom + time[0].length };
  // "14亿多人口大国", "14亿多中国人的饭碗": a loose "more than" before a noun describes, it does not count.
  if (
    !token.measureWord &&
    token.magnitude &&
    /[多余]$/.test(flat.slice(token.digitsAt, token.end)) &&
    /^[\u3400-\u9fff]/.test(flat[token.end] ?? '')
  ) {
    return { reason: 'no-measure-word', to: token.end + 1 };
  }
  // "7000多万江淮儿女", "6500万浙江人民", "3000多万海外同胞": a place's people named by their number
  // (as a report thanks them) describe who they are; "960多万贫困人口", "500万人民群众" are counted.
  const people = /^[\u3400-\u9fff]{0,4}?(?:儿女|同胞|父老乡亲|人民(?!群众))/.exec(
    flat.slice(token.end, token.end + 8),
  );
  if (!token.measureWord && token.magnitude && people) {
    return { reason: 'no-measure-word', to: token.end + people[0].length };
  }
  // "2800万" alone is a count only when nothing that could be a unit (Latin letters: 4.8万P) follows.
  if (!token.measureWord && (!token.magnitude || /^[A-Za-z]/.test(flat[token.end] ?? ''))) {
    return { reason: 'no-measure-word', to: token.magnitude ? token.end + 1 : afterDigits };
  }
  return undefined;
}
