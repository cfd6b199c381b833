// Who presents a work report, as the report says it: "现在，我代表省人民政府，向大会报告政府工作",
// "我代表国务院", "我代表××市总工会第十五届委员会向大会作工作报告". The formula opens government and
// union reports alike; a text without it gives no guess.

/** How far into the text the formula is looked for: it comes in the opening paragraph. */
const OPENING = 3000;

/**
 * "我代表" and the body that presents the report, then "向大会…报告": the formula, not a greeting
 * ("我代表全市职工向大会致以问候").
 */
const PRESENTER = /我代表([\u4e00-\u9fff]{2,24}?)[，,]?\s*向大会[^。；]{0,12}?报告/;

/** Two bodies at once ("市委市政府", "省委、省政府"): no one name to give. */
const TWO_BODIES = /委.*政府|政府.*委/;

/** A union's or a party body's term: "第十五届委员会" says which term, not who. */
const TERM = /第[一二三四五六七八九十百\d]+届(?:委员会|执行委员会|常务委员会)?$/;

/** A body named by its level alone ("省人民政府") takes its place name from the report's opening. */
const BARE_LEVEL = /^(省|市|县|区|自治区|自治州|州)/;

/** A place and its level: "安徽省", "合肥市"; after a province, the city alone ("安徽省合肥市"). */
const PLACE_NAME = String.raw`(?:[\u4e00-\u9fff]{2,6}?(?:省|自治区))?([\u4e00-\u9fff]{2,8}?(?:省|市|县|区|自治区|自治州|州))`;

/** "在安徽省第十四届人民代表大会…", "2026年安徽省政府工作报告": the place whose body reports. */
const PLACE = [
  new RegExp(String.raw`在${PLACE_NAME}第[一二三四五六七八九十\d]+届`),
  new RegExp(String.raw`\d{4}年${PLACE_NAME}(?:人民)?政府工作报告`),
];

/**
 * The body that presents the report, read from its opening ("浙江省人民政府", "国务院", "淮南市总
 * 工会"), or undefined when the text does not say. A body named by its level alone is given the
 * place the report names ("省人民政府" in Anhui's report: "安徽省人民政府"); where the report names
 * none, it stays as written.
 */
export function presenterOf(text: string): string | undefined {
  const opening = text.slice(0, OPENING);
  const named = PRESENTER.exec(opening)?.[1]?.replace(TERM, '');
  if (!named || named.length < 2 || TWO_BODIES.test(named)) return undefined;
  const level = BARE_LEVEL.exec(named)?.[1];
  if (!level) return named;
  for (const pattern of PLACE) {
    const place = pattern.exec(opening)?.[1];
    if (place?.endsWith(level)) return `${place}${named.slice(level.length)}`;
  }
  return named;
}

/** How many of the first lines may hold the title: a page's masthead comes before it at most. */
const TITLE_LINES = 8;

/** What a report's title calls it: a line without one is a newspaper's or a section's heading. */
const REPORT_WORD = /报告|汇报|回顾|总结|简报|要点|纲要|规划|公报/;

/** A line that is a heading inside the report ("二、", "（一）", "1.", "第一部分"), not its title. */
const NUMBERED =
  /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+部分)/;

/**
 * The report's title as it prints it ("2026年安徽省政府工作报告", "政府工作报告"): one of its first
 * lines, short, calling itself a report (报告, 回顾, 总结…) and without a sentence's punctuation, that
 * is no numbered heading or date line ("——2026年2月5日在…"). Failing that, the work report of
 * `publisher` (by default who the text says presents it), or "" when neither is known.
 */
export function titleOf(text: string, publisher = presenterOf(text)): string {
  // Only the opening is read: the studio asks again as each character of a long text is typed.
  const line = text
    .slice(0, OPENING)
    .split('\n')
    .map((item) => item.trim())
    .filter(Boolean)
    .slice(0, TITLE_LINES)
    .find(
      (item) =>
        item.length >= 4 &&
        item.length <= 40 &&
        REPORT_WORD.test(item) &&
        !/[。，,；;：:！!？?]/.test(item) &&
        !NUMBERED.test(item) &&
        !/^(?:——|—|-)/.test(item),
    );
  if (line) return line;
  return publisher ? `${publisher}工作报告` : '';
}
