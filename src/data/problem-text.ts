// What is wrong with a bundle, in the reader's language. The checks write English (the bundle's
// field names are English, and `bundle:check` prints it); the page shows Chinese readers the same
// thing in Chinese. Paths, ids and values stay as they are in the file.
import type { Lang } from './bundle-schema.ts';

const KINDS: Record<string, string> = {
  category: '类别',
  theme: '主题',
  indicator: '指标',
  panel: '面板',
};

const TYPES: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  undefined: '空（缺失）',
  null: 'null',
  nan: 'NaN',
};

const type = (name: string) => TYPES[name] ?? name;

/** English message patterns and their Chinese, most specific first. */
const CHINESE: [RegExp, (...parts: string[]) => string][] = [
  [/^expected a JSON object \(an indicator bundle\)$/, () => '应为 JSON 对象（一个指标包）'],
  [
    /^unsupported schemaVersion (.+); this dashboard reads version (\d+)$/,
    (found, version) => `不支持的 schemaVersion ${found}；本看板读取版本 ${version}`,
  ],
  [/^expected schemaVersion (\d+)$/, (version) => `应为 schemaVersion ${version}`],
  [
    /^expected a slug: lower-case letters, digits and hyphens$/,
    () => '应为标识：小写字母、数字和连字符',
  ],
  [/^expected non-empty Chinese text$/, () => '应为非空的中文文本'],
  [/^expected non-empty English text$/, () => '应为非空的英文文本'],
  [/^expected a four-digit year$/, () => '应为四位数的年份'],
  [
    /^expected a same-origin path starting with a single "\/"$/,
    () => '应为本站路径，以单个“/”开头',
  ],
  [/^expected an https: URL$/, () => '应为 https: 网址'],
  [/^expected a number ≥ 0$/, () => '应为 ≥ 0 的数字'],
  [/^expected a number ≤ ([\d,]+) \(10\^15\)$/, (limit) => `应为 ≤ ${limit}（10^15）的数字`],
  [/^expected a number$/, () => '应为数字'],
  [/^expected one of (.+)$/, (list) => `应为以下之一：${list}`],
  [/^expected the quote that states the figure$/, () => '应为陈述该数字的原文引文'],
  [/^expected the span of source text holding the number$/, () => '应为原文中含有该数字的片段'],
  [/^expected at least one indicator id$/, () => '应至少列出一个指标 id'],
  [/^expected at least one category$/, () => '应至少有一个类别'],
  [/^expected at least one indicator$/, () => '应至少有一个指标'],
  [/^expected an ISO date \(YYYY-MM-DD\)$/, () => '应为 ISO 日期（YYYY-MM-DD）'],
  [
    /^expected indicators that share one unit, found (.+)$/,
    (units) => `一个面板的指标应使用同一单位，实为 ${units}`,
  ],
  [
    /^expected "bar" or "pie" for indicators in (.+); "gauge" is for percentages$/,
    (unit) => `单位为 ${unit} 的指标应使用 "bar" 或 "pie"；"gauge" 仅用于百分比`,
  ],
  [/^expected an end year ≥ start year (\d+)$/, (start) => `结束年份应不早于起始年份 ${start}`],
  [/^duplicate (\w+) id (".*")$/, (kind, id) => `重复的${KINDS[kind] ?? kind} id ${id}`],
  [/^unknown (\w+) (".*")$/, (kind, id) => `未知的${KINDS[kind] ?? kind} ${id}`],
  [
    /^(".*") is already listed at (.+); expected each indicator once$/,
    (id, where) => `${id} 已列于 ${where}；每个指标只应列出一次`,
  ],
  // Why the catalogue could not be read (load-bundle.ts): a short word or an HTTP status.
  [/^the catalogue lists no bundle$/, () => '目录中没有列出指标包'],
  [/^expected \{ "bundles": \[\.\.\.\] \}$/, () => '应为 { "bundles": [...] }'],
  [/^network$/, () => '无网络'],
  [/^timeout$/, () => '请求超时'],
  [/^parse$/, () => '不是有效的 JSON'],
  [/^html$/, () => '返回的是网页（HTML）'],
  [/^tooLarge$/, () => '文件过大'],
  // Zod's own wording, for what the schema does not word itself (a field of the wrong type).
  [
    /^Invalid input: expected (\w+), received (\w+)$/,
    (expected, received) => `无效输入：应为${type(expected)}，实为${type(received)}`,
  ],
];

/** `message` (a bundle problem, in English) in `lang`; left in English if it is not known. */
export function problemMessage(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  for (const [pattern, chinese] of CHINESE) {
    const match = pattern.exec(message);
    if (match) return chinese(...match.slice(1));
  }
  return message;
}
