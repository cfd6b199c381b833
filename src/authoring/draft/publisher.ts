// Who presents a work report, as the report says it: "现在，我代表省人民政府，向大会报告政府工作",
// "我代表国务院", "我代表××市总工会第十五届委员会向大会作工作报告". The formula opens government and
// union reports alike; a text without it gives no guess.

/** How far into the text the formula is looked for: it comes in the opening paragraph. */
const OPENING = 3000;

/** "我代表" and the body that presents the report, up to the comma or the "向" that follows. */
const PRESENTER = /我代表([\u4e00-\u9fff]{2,24}?)(?:，|,|\s*向)/;

/** A union's or a party body's term: "第十五届委员会" says which term, not who. */
const TERM = /第[一二三四五六七八九十百\d]+届(?:委员会|执行委员会|常务委员会)?$/;

/** A body named by its level alone ("省人民政府") takes its place name from the report's opening. */
const BARE_LEVEL = /^(省|市|县|区|自治区|自治州|州)/;

/** "在安徽省第十四届人民代表大会…", "2026年安徽省政府工作报告": the place and its level. */
const PLACE = [
  /在([\u4e00-\u9fff]{2,10}?(?:省|市|县|区|自治区|自治州|州))第[一二三四五六七八九十\d]+届/,
  /\d{4}年([\u4e00-\u9fff]{2,10}?(?:省|市|县|区|自治区|自治州|州))(?:人民)?政府工作报告/,
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
  if (!named || named.length < 2) return undefined;
  const level = BARE_LEVEL.exec(named)?.[1];
  if (!level) return named;
  for (const pattern of PLACE) {
    const place = pattern.exec(opening)?.[1];
    if (place?.endsWith(level)) return `${place}${named.slice(level.length)}`;
  }
  return named;
}
