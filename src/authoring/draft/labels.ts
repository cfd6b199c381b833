// Labels: the words of the report that say what a number counts. Chinese puts the counted noun
// before the number ("培养技能人才52.58万人") or after its measure word ("组织785场劳动竞赛"); a
// growth rate or share reads off its subject ("地区生产总值5.3万亿元、增长5.5%").

/** Where a clause ends, in the folded flat text. */
export const CLAUSE_END = /[。,;:!?()（）《》]/;
/** Where a sentence ends. */
export const SENTENCE_END = /[。;!?]/;

/** Words that open a clause but are not part of what is counted. */
const LEADING_FILLER =
  /^(?:\/[月年日天人]|(?:去|今|上)?年(?:底|末|初)|累计共|累计|其中|共计|合计|先后|共有|共(?![济享同识赢治富青产]|建共)|并|还|全年|一年来|五年来|十年来|过去五年|五年|十年|近五年|去年|今年|明年|力争|以上的|以下的|以上|以下|以内|左右(?!江)|将(?=.{2})|、)+/;
/** "每人每月", "每户每年", "每月" before an amount: what it is an amount per (月 or 年 captured). */
const PER_PERIOD_WORDS = '每(?:人|户|名|位)?每?([月年])';
/** Those words just before an amount: a rate a month or a year, not a sum. */
export const PER_PERIOD = new RegExp(`${PER_PERIOD_WORDS}$`);
/** Words that close a label before its number: 达, 为, 增至, 突破… */
const TRAILING_FILLER = new RegExp(
  `(?:均达到|均达|达到|达|均为|为|共计|共|计|了|的|(?:按)?${PER_PERIOD_WORDS}|增至|升至|降至|突破|双双突破|超过|超|近|逾|约|分别|总计|累计|首次|拟按|(?:每年|连年)?都?(?:控制|保持|维持|稳定)在|保持|从|由|跃居|双双|(?<![年人户])均|(?:提高|提升|增加|上升|下降|降低|减少|跃升|缩小|降|升)?(?:到|至)|、)+$`,
);
/** Verbs that may end the words before a number whose counted noun follows it. */
const LEADING_VERB =
  /(?:组织|开展|举办|建成|新建|新增|培育|帮助|吸引|组建|实施|打造|创建|认定|培养|选树|推选|命名|建立|设立|完成|引进|招引|惠及|带动|服务|返还|提供|发放|新开工|开工|落地|签约|引育|资助|走访|慰问|接待|推动|支持|布局|建设|获批|入选|培训|帮扶|救助|解决|化解|投入|创造|开通|实现|达成|促成|拥有|有|累计|共|超|近|达|推出|连续|新设|已设|设|设置|新签|签订|签署|升级|改造|整治|迈上|跨上|跨越|连跨|办好|抓好|推进|争取|选送|构建|上线|运行|运营|投运|投用|启用|开放|出台|制定|印发|发布|颁布|修订|整合|提升)(?:首批|一批|了)?(?:全国|全省|全市|全区|全县)?$/;
/** What may follow a measure word without being the counted noun. */
const NOT_A_NOUN =
  /^(?:以上|左右|增长|同比|比上年|比|和|及|与|并|且|连续|的|分别|居(?:全国|世界|全省|各|前|第|首)|位居|均|占|以|达|为|用于|、|其中|全部|以下|以内|之内|多|余|年均|提高|下降|上升|增加|减少|左|右)/;

/** Growth, change and share words a percent figure's label keeps. */
export const ASPECT =
  /^(?:(?:年均|同比|环比)?(?:增长|增速|增幅|降幅|涨幅|净增|净减|下降|提高|提升|上升|降低|增加|减少|增产|减产|上涨)|占比|比重)/;

/** The verbs of a change the genre writes before its number: 增长5%, 提高0.2个百分点. */
export const CHANGE_VERBS = '增长|提高|提升|下降|上升|降低|增加|减少';

/** What a change is measured against: "比上年末增长8.2%", "较上年提高0.2个百分点", "较“十三五”末改善". */
export const COMPARED =
  /^(?:比|较)(?:上年(?:末|底|同期)?|去年(?:同期)?|上期|(?:19|20)\d\d年(?:末|底)?|"?十[三四五]五"?末|[五十]年前)/;

/** Brackets as a Chinese label prints them: the flat text folds them to ASCII. */
export const fullWidthBrackets = (text: string) => text.replace(/\(/g, '（').replace(/\)/g, '）');

/** The label cleaned of filler at both ends and of quotation marks. */
export function cleanLabel(raw: string): string {
  // "从2020年的10.5万元", "比2020年分别下降": the year dates the figure, it does not name it.
  let label = fullWidthBrackets(raw.replace(/["'“”]/g, ''))
    .replace(/(?:比|较|到|至)?(?:19|20)\d\d年(?:的|底|末|同期)?/g, '')
    // "群众安全感连续7年保持98%": how long it has held is not what it is.
    .replace(/连续\d+年(?=[^\d]*$)/, '')
    // "地区生产总值按增长5%安排": a target set as a rate of growth, not a growth "by".
    .replace(/按(?=(?:同比|年均)?(?:增长|增速|下降)$)/, '');
  for (let pass = 0; pass < 2; pass += 1) {
    label = label.replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '');
  }
  return label.trim();
}

/** Flat index where the clause holding `at` starts: back to punctuation, a break or `floor`. */
export function clauseStart(
  flat: string,
  at: number,
  floor: number,
  isBreak: (index: number) => boolean,
): number {
  let from = at;
  while (from > floor && !CLAUSE_END.test(flat[from - 1] as string) && !isBreak(from - 1))
    from -= 1;
  return from;
}

/**
 * Verbs that begin what counted things did ("1596个重大项目完成投资…", "10个未来产业先导区集聚…
 * 企业"): a noun that runs on to the next number ends before one.
 */
const DOING = /(?:实现|达到|获得|参与|受益|得到|纳入|完成|进行|开展|提供|集聚|聚集|吸引|带动)/;
const DOING_AT = new RegExp(`^${DOING.source}`);
const NOUN_BEFORE_DOING = new RegExp(`^(.{2,}?)${DOING.source}`);
/** A change of what counted things yield, or of their number ("增加值增长", "营收同比下降", "增长"). */
const YIELD_CHANGE = `(?:增加值|营业收入|营收|总产值|产值|产量|利润|销售额|收入)?(?:同比|年均)?(?:${CHANGE_VERBS})`;
/** "17个重点传统制造业增加值增长5.3%": a noun running on to such a change's number ends before it. */
const NOUN_BEFORE_CHANGE = new RegExp(`^(.{2,}?)${YIELD_CHANGE}$`);
const YIELD_CHANGE_ALONE = new RegExp(`^${YIELD_CHANGE}$`);
/** Whether `text` is such a change alone, of things a figure before it counted. */
export const isYieldChange = (text: string) => YIELD_CHANGE_ALONE.test(text);

/** Whether `text` opens with one of the verbs of what counted things did. */
export const opensWithDoing = (text: string) => DOING_AT.test(text);

/** The counted noun after a measure word ("785场劳动竞赛" → 劳动竞赛) as printed, quotation marks kept; "" when none follows. */
export function nounAfter(flat: string, end: number, isBreak: (index: number) => boolean): string {
  // "1万名困境、留守儿童": a word of two before 、 lists what the noun after it names; "8个县（市、区）":
  // a short note in brackets is part of the noun.
  const clause =
    /^(?:[\u3400-\u9fff]{2}、)?(?:[\u3400-\u9fff"·]|—(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\([\u3400-\u9fff、]{1,6}\))+/.exec(
      flat.slice(end, end + 17),
    )?.[0] ?? '';
  if (clause.length < 2) return '';
  if (!clause || NOT_A_NOUN.test(clause)) return '';
  // A clause of up to 16 characters is kept whole ("90%的县医院达到三级医院服务能力水平"); a longer
  // one, or one that runs on to the next number ("1596个重大项目完成投资1.5万亿元"), ends its noun
  // where what the things did begins, or after 12 characters.
  const runsOn = /\d/.test(flat[end + clause.length] ?? '');
  const fits = clause.length <= 16 && !runsOn;
  const rest = fits
    ? clause
    : (NOUN_BEFORE_DOING.exec(clause)?.[1] ??
      (runsOn ? NOUN_BEFORE_CHANGE.exec(clause)?.[1] : undefined) ??
      clause.slice(0, 12));
  let length = 0;
  while (length < rest.length && !isBreak(end + length)) length += 1;
  // "3000多个宜居宜业和美乡村及820个…": a noun running on to the next number ends before 及 or 和.
  const kept = rest.slice(0, length).replace(/"$/, '');
  const noun = fits ? kept : kept.replace(/(?:以及|及|和|与|、)$/, '');
  // "6051名新业态劳动者等提供…": what is counted ends at 等.
  const counted = noun.replace(/等.*$/, '');
  return fullWidthBrackets(counted.length >= 2 ? counted : noun.length >= 2 ? noun : '');
}

/** Verbs that open a clause whose counted noun comes after the number, the words between naming it. */
const OPENING_VERB =
  /^(?:推出|出台|制定|发布|组织|开展|举办|建成|新建|培育|打造|创建|认定|设立|引进|实施)/;

/** "推出长江经济带高质量发展84项政策措施": a short clause that opens with what was done. */
export function opensWithVerb(before: string): boolean {
  return before.length <= 12 && OPENING_VERB.test(before);
}

/** Whether the words before a number only say what was done, so the counted noun comes after. */
export function endsWithVerb(before: string): boolean {
  return (
    before.length <= 1 || /^(?:全国|全省|全市|全区|全县)$/.test(before) || LEADING_VERB.test(before)
  );
}

/** Splits "城镇、农村居民人均可支配收入分别增长" into subjects and the shared verb. */
export function respectively(
  before: string,
): { subjects: string[]; names: string[]; verb: string } | undefined {
  const match = /^(.+?)(年均|同比|均)?分别(.*)$/.exec(before);
  if (!match) return undefined;
  // "…增加值年均分别增长": 年均 belongs to the verb, not to the last subject.
  const verb = `${match[2] ?? ''}${match[3] as string}`;
  const subjects = (match[1] as string)
    .split(/、|和(?=.{2})/)
    .map(cleanLabel)
    .filter(Boolean);
  // "城乡居民人均可支配收入分别达6.9万元、3.4万元": 城乡 is urban and rural, in that order.
  if (subjects.length === 1 && subjects[0]?.startsWith('城乡')) {
    return { subjects, names: ['城镇', '农村'], verb };
  }
  return subjects.length > 1 ? { subjects, names: listNames(subjects), verb } : undefined;
}

/**
 * The modifiers that tell apart the parts of one thing in the genre's lists: "城镇、农村居民人均可支配
 * 收入", "进口、出口通关时间", "国有、民营企业".
 */
const PART_WORDS =
  /^(?:城镇|农村|城市|乡村|进口|出口|国有|民营|公办|民办|男性|女性|一般|重点|本科|专科)/;

/**
 * What tells each subject of a list apart: the subject itself, or where the list's last subject
 * holds the head noun the others share (城镇、农村居民人均可支配收入), the modifier it opens with.
 */
export function listNames(subjects: readonly string[]): string[] {
  const last = subjects.at(-1) ?? '';
  const others = subjects.slice(0, -1);
  const opening = PART_WORDS.exec(last)?.[0];
  const shared =
    opening !== undefined &&
    last.length > opening.length &&
    others.every((subject) => PART_WORDS.exec(subject)?.[0] === subject);
  if (shared) return [...others, opening];
  const own = ownPart(last, others);
  return own ? [...others, own] : [...subjects];
}

/** Nouns that close a field's name: "能源领域投资额" is the 能源 field's 投资额. */
const FIELD = /领域|行业|板块/;
const FIELD_WORDS = new RegExp(`^(.{2,}?)(?:${FIELD.source})(?=.{2})`);

/**
 * Where the list's last subject ends and the head noun the others share begins: "能源领域投资额"
 * after 交通、水利 is 能源, "装备制造业增加值" after 高技术制造业 is 装备制造业 (the others' ending).
 * Undefined where nothing tells (制造业、普惠小微贷款余额).
 */
function ownPart(last: string, others: readonly string[]): string | undefined {
  const field = FIELD_WORDS.exec(last);
  if (field && !others.some((subject) => FIELD.test(subject))) return field[1];
  const before = others.at(-1) ?? '';
  for (let size = before.length - 1; size >= 1; size -= 1) {
    const ending = before.slice(-size);
    const at = last.indexOf(ending);
    // The part must be a word and the shared head after it too (two characters or more each):
    // "荒漠化、沙化土地面积" parts 沙化 by the 化 they end on.
    if (at >= 0 && at + size >= 2 && last.length - (at + size) >= 2) {
      return last.slice(0, at + size);
    }
  }
  return undefined;
}

/** Shared character pairs of two labels over the smaller label's pairs: 1 when one holds the other. */
export function labelSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a.includes(b) || b.includes(a)) return 1;
  const pairs = (text: string) =>
    new Set([...text].slice(1).map((char, index) => `${text[index]}${char}`));
  const left = pairs(a);
  const right = pairs(b);
  const shared = [...left].filter((pair) => right.has(pair)).length;
  return shared / Math.max(1, Math.min(left.size, right.size));
}

/** Nouns that say a bare "420万" counts people: 困难群众, 农村贫困人口, 参保人数… */
export const PEOPLE =
  /^.{0,10}(?:人口|人员|人数|人才|群众|群体|职工|工人|劳动者|学生|毕业生|患者|儿童|老人|老年人|青年|妇女|孕产妇|残疾人|退役军人|农民工|农民|会员|对象|居民|游客)/;

/** Nouns that say a bare "300多万" counts households: 农户, 脱贫户, 住户… */
export const HOUSEHOLDS = /^.{0,10}(?:农户|住户|脱贫户|贫困户|低收入户|家庭户)/;

/** Words that say "the total" without saying of what: the thing before them in the sentence. */
export const GENERIC = /^(?:总数|总量|合计|总计|其中)$/;

/** A bare "7万亿" in "连续跨越7万亿、8万亿…台阶" marks a threshold crossed, not a figure. */
export const THRESHOLD = /(?:跨越|迈上|跨上|台阶)/;

/** The words a sentence opens with, up to its first number or clause end: its subject. */
export function sentenceSubject(flat: string, at: number): string {
  let start = at;
  while (start > 0 && start > at - 80 && !SENTENCE_END.test(flat[start - 1] as string)) start -= 1;
  const clause = cleanLabel(/^[^\d,;:]*/.exec(flat.slice(start, at))?.[0] ?? '');
  // "地区生产总值连跨两个万亿元台阶": the subject ends where what it achieved begins.
  return ACHIEVED.exec(clause)?.[1] ?? clause;
}

/** A subject and what it achieved after it: "地区生产总值连跨两个万亿元台阶", "总量迈上新台阶". */
const ACHIEVED = /^(.{2,}?)(?:连续|接连)?(?:连跨|迈上|跨上|跨越|登上|站上|突破|稳居|位居|跃居)/;
