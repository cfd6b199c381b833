// One figure's label and quote from the words around its number, with what the next figure in the
// same sentence may lean on ("团组2个、69人", "5.3万亿元、增长5.5%", "分别增长4.4%、5.9%").
import {
  ASPECT,
  CHANGE_VERBS,
  COMPARED,
  cleanLabel,
  CLAUSE_END,
  clauseStart,
  endsWithVerb,
  nounAfter,
  isYieldChange,
  opensWithDoing,
  opensWithVerb,
  respectively,
  GENERIC,
  SENTENCE_END,
  sentenceSubject,
} from './labels.ts';
import { measureWordAt } from './measures.ts';
import type { NumberToken } from './numbers.ts';

/** A comparison with another place's figure: 高于全国, 优于全省平均. */
const BEATS =
  /^(?:高于|低于|快于|慢于|优于|好于)(?:全国|全省|全市|全球|世界|长三角|东部|中部|西部)(?:平均)?(?:水平)?$/;

/** The stages of building or opening a thing, which count it alone after a figure that names it. */
const STAGES = '在建|已建|建成|新建|开工|新开工|竣工|投用|投运|在运|开通|运营';
const STAGE = new RegExp(`^(?:${STAGES})$`);
const STAGE_AT = new RegExp(`^(?:${STAGES})`);

/** What opens a running total after the year's own figure: "，累计达到148家", "，总数达209家". */
const TOTAL_SO_FAR = /^(?:累计|总数|总量)/;
/** The words that say a thing is new this time, which a running total does not take over. */
const NEWLY =
  /^((?:全国|全省|全市|全区|全县)?)(?:新(?:建成?|增|命名|发展|认定|培育|设立?|组建|创建|打造|引进|招引|签订|签约|登记|开工)|建成|建立|组建|创建|培育|命名|认定|打造|设立|引进|招引|签订|选树)/;

/** Words that measure the figure before against another: 是…的3倍, 完成年度任务的116.4%. */
const SHARE_OF_BEFORE = /^(?:是|相当于|完成(?:年度|全年|年初)?(?:任务|计划|目标))/;

/** An amount per head or household alone, after the figure that counts them. */
const PER_HEAD = /^(?:人均|户均|平均)$/;

/** A count of groups in the "N大…" form that ends the words before a count of their parts. */
const GROUPS_BEFORE = /\d+大[\u3400-\u9fff]{1,3}$/;
/** What a figure leaves for the next one in its sentence. */
/** 比 or 较 left before a change once the year it named is set aside ("较2020年提高"). */
const BARE_COMPARISON = new RegExp(`^(?:比|较)(?=${CHANGE_VERBS})`);
/** A change alone, over the subjects of the list before it ("，分别增长4.8%、6.5%"). */
const SECOND_VERB = new RegExp(`^(?:分别)?(?:同比|年均)?(?:${CHANGE_VERBS})$`);

/** A level of government or honour alone: which part of a total ("其中国家级2个、省级8个"). */
const LEVELS = '(?:国家|省|市|县|区|乡镇|部|地市|省部)级|全国|全省|全市|国际';
const LEVEL = new RegExp(`^(?:${LEVELS})$`);
const LEVEL_PART = new RegExp(`（(?:${LEVELS})）$`);
/** A level inside a label, not a range of them ("省级以上荣誉"). */
const LEVEL_INSIDE = new RegExp(`(?:${LEVELS})(?!及?以上)`);

export interface PreviousFigure {
  /** Flat index after its measure word, and after the noun it took from behind the number. */
  end: number;
  nounEnd: number;
  label: string;
  /** The label without a growth or share word, for "…、增长5.5%". */
  subject: string;
  /** The subjects of a "分别" list still waiting for their numbers. */
  pending?: { subjects: string[]; verb: string; whole: string };
  /** The "分别" list this figure belongs to, for a second verb over the same subjects. */
  list?: { subjects: string[]; names: string[] };
}

export interface FigureLabel {
  /** One label, or one per subject when one number states several ("…率、…率均达100%"). */
  labels: string[];
  quoteFrom: number;
  quoteTo: number;
  /** Where the second piece of a figure split across columns ends, with its noun. */
  pieceTo?: number;
  aspect?: 'growth' | 'share';
  next: PreviousFigure;
}

const QUOTE_LEAD = 16;

/** Verbs that say whom the figure before reached, with nothing else of their own. */
const REACH = /^(?:惠及|覆盖|带动|受益|涉及|辐射|服务|培训|参训|轮训|慰问)$/;
/** Whom classes trained: read off the figure before only when that one counts classes. */
const TRAINED = /^(?:培训|参训|轮训)$/;
const CLASSES = /班|培训|课程|讲座/;
/** Verbs after a count that finish what it counts ("5.2亿人次参与", "6700万人受益"). */
const DONE_AFTER = /^(?:参与|参加|受益|参保|落户|就业|脱贫|获益)(?=[。,;、]|$)/;

/** Words before a count that only give examples of it: "…等", "…等方面", "…等领域". */
const EXAMPLES = /等(?:方面|领域|行业|重点领域)?$/;

/** Whether `own` lists as many names, between 、, as the count says: it names each thing counted. */
function namesEach(own: string, value: number): boolean {
  const names = own.split('、');
  return names.length >= 2 && names.length === value && names.every((name) => name.length >= 2);
}

/** Words that say a figure is the size of something: 规模, 总投资… */
const SIZE = /(?:规模|总投资|投资额|总额|总资产|注册资本)$/;
/** What a project or fund did, which ends its name: 签约落地, 开工… */
const WHAT_IT_DID =
  /(?:签约|落地|开工|竣工|建成|投产|成立|设立|启动|揭牌|落户|运营|上线|获批|正式).*$/;

/** The name after "规模…的", without what the thing did; "" when it is too short to name one. */
function sizedNoun(flat: string, from: number, isBreak: (index: number) => boolean): string {
  const named = nounAfter(flat, from, isBreak).replace(/"/g, '').replace(WHAT_IT_DID, '');
  return named.length >= 2 ? named : '';
}

function aspectOf(label: string): 'growth' | 'share' | undefined {
  if (/占|比重|占比|份额/.test(label)) return 'share';
  if (/增长|增速|增幅|降幅|涨幅|提高|下降|上涨|增加|减少|降低|回落/.test(label)) return 'growth';
  return undefined;
}

/** Label, quote span and aspect of the number `token` in the flat text. */
export function labelFigure(
  flat: string,
  token: NumberToken,
  context: {
    previous: PreviousFigure | undefined;
    isBreak: (index: number) => boolean;
    isPercent: boolean;
    piece?: { from: number; to: number };
  },
): FigureLabel {
  const { previous, isBreak, isPercent, piece } = context;
  const gap = previous ? flat.slice(previous.end, token.from) : '';
  const sameSentence = previous !== undefined && !SENTENCE_END.test(gap) && gap.length < 60;
  const floor = Math.max(previous?.end ?? 0, token.from - 40);
  const start = clauseStart(flat, token.from, floor, isBreak);
  // "中欧班列（义新欧）开行3005列": a bracket names its subject, it does not end the clause.
  const bracket = /[）)]/.test(flat[start - 1] ?? '')
    ? Math.max(flat.lastIndexOf('（', start - 1), flat.lastIndexOf('(', start - 1))
    : -1;
  // "细颗粒物（PM2.5）平均浓度下降27.5%": nor does an abbreviation in brackets, however long the
  // words after it.
  const abbreviation =
    bracket >= 0 && /^[A-Za-z][\w.&-]*$/.test(flat.slice(bracket + 1, start - 1));
  const from =
    bracket > floor && (token.from - start <= 4 || abbreviation)
      ? clauseStart(flat, bracket, floor, isBreak)
      : start;
  // Words the previous figure already took as its noun ("4个万亿元台阶、双双突破9万亿元") are not ours.
  const raw = flat.slice(
    Math.max(from, previous && previous.nounEnd <= token.from ? previous.nounEnd : 0),
    token.from,
  );
  const consumed = previous !== undefined && previous.nounEnd > from;
  const nounFrom = piece ? piece.to : token.end;
  // "90%以上的矛盾纠纷": a share names what it counts after 的; "100个以上项目": a count names it
  // after its qualifier.
  const ofShare = isPercent
    ? (/^(?:以上|左右|以内|以下)?的/.exec(flat.slice(token.end, token.end + 3))?.[0] ?? '')
    : // "按每人每月200元的标准": an amount names the standard it sets after 的.
      (/^(?:(?:以上|左右|以内|以下)(?!的)|的(?=标准))/.exec(
        flat.slice(nounFrom, nounFrom + 3),
      )?.[0] ?? '');
  // "推出12批1181项对照学习…政策": batches of what the next number counts.
  const chained = /^\d+(?:\.\d+)?(?:万亿|万|亿)?/.exec(flat.slice(nounFrom))?.[0];
  const chainedWord = chained ? measureWordAt(flat, nounFrom + chained.length) : undefined;
  const noun =
    isPercent && !ofShare
      ? ''
      : chained && chainedWord
        ? nounAfter(flat, nounFrom + chained.length + chainedWord.length, isBreak)
        : nounAfter(flat, nounFrom + ofShare.length, isBreak);
  // "较2020年提高18个百分点": the year is set aside, and a bare 较 or 比 is no part of the label.
  const own = (consumed && noun ? '' : cleanLabel(raw)).replace(BARE_COMPARISON, '');
  // "比上年末增长": a change, whatever it is measured against.
  const change = own.replace(COMPARED, '');

  // The clause before this one in its sentence, without figures of its own to name ours by.
  const clauseBefore = () =>
    from > 0 && !SENTENCE_END.test(flat[from - 1] ?? '')
      ? flat.slice(clauseStart(flat, from - 1, Math.max(0, from - 30), isBreak), from - 1)
      : '';
  let quoteFrom = Math.max(from, token.from - QUOTE_LEAD);
  let quoteTo = token.end;
  let pieceTo: number | undefined;
  let labels: string[];
  let pending = sameSentence ? previous?.pending : undefined;
  const clause = raw.replace(/^[、,]+/, '');
  // "城镇、农村居民人均可支配收入分别达到5.6万元、2.9万元，分别增长4.8%、6.5%": the second verb is
  // of the same subjects.
  const again =
    sameSentence && previous?.list && SECOND_VERB.test(clause)
      ? { ...previous.list, verb: clause.replace(/^分别/, '') }
      : undefined;
  const listed = respectively(clause) ?? again;
  let list = listed ? { subjects: listed.subjects, names: listed.names } : undefined;
  const shared = /^(.+(?:、|和(?=.{2})).+)均(?:达到|达|为)?$/.exec(raw.replace(/^[、,]+/, ''));

  if (listed) {
    const whole = `${listed.subjects.join('、')}${cleanLabel(listed.verb)}`;
    pending = { subjects: listed.names.slice(1), verb: listed.verb, whole };
    labels = [`${whole}（${listed.names[0]}）`];
  } else if (pending && pending.subjects.length > 0 && own.length <= 1) {
    labels = [`${pending.whole}（${pending.subjects[0]}）`];
    pending = { ...pending, subjects: pending.subjects.slice(1) };
    list = previous?.list;
    quoteFrom = Math.max(previous?.nounEnd ?? from, token.from - QUOTE_LEAD);
  } else if (shared) {
    labels = (shared[1] as string)
      .split(/、|和(?=.{2})/)
      .map(cleanLabel)
      .filter(Boolean);
    pending = undefined;
  } else {
    pending = undefined;
    let label: string;
    const sized =
      SIZE.test(own) && flat[token.end] === '的' ? sizedNoun(flat, token.end + 1, isBreak) : '';
    if (sized) {
      // "首期规模500亿元的浙江社保科创基金签约落地": the size of what comes after 的.
      // "设立规模100亿元的产业基金": the verb that made it is not part of its size.
      label = `${sized}${own.replace(/^(?:设立|组建|发起|成立|新设|推出)/, '')}`;
      quoteTo = token.end + 1 + sized.length;
    } else if (noun && (EXAMPLES.test(own) || namesEach(own, token.value))) {
      // "农村信用社等14486亿元金融改革成本": the words before only give examples of what is counted;
      // "绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业": or name each of them.
      label = noun.replace(/"/g, '');
      quoteTo = token.end + ofShare.length + noun.length;
    } else if (sameSentence && previous && SHARE_OF_BEFORE.test(own)) {
      // "市场主体总量超过1.6亿户、是十年前的3倍": a comparison of the figure before;
      // "新发展会员5820人，完成年度任务的116.4%": or how much of its plan it is.
      label = `${previous.subject}${own}`;
      quoteFrom = Math.max(0, Math.min(quoteFrom, previous.end - QUOTE_LEAD));
    } else if (sameSentence && previous && BEATS.test(own)) {
      // "年均增长5.7%、高于全国0.3个百分点": by how much the figure before beats another place's.
      label = `${previous.label}${own}`;
      quoteFrom = Math.max(0, Math.min(quoteFrom, previous.end - QUOTE_LEAD));
    } else if (
      !noun &&
      REACH.test(own) &&
      (sameSentence || /^[^\d]{2,}$/.test(clauseBefore())) &&
      // "扩招413万人、培训8300多万人次": the training is not of the enrolment.
      !(TRAINED.test(own) && sameSentence && previous && !CLASSES.test(previous.subject))
    ) {
      // "改造城镇老旧小区16.7万个，惠及2900多万家庭": whom the figure before reached; without
      // one, the clause before ("…实现跨省直接结算，惠及5700多万人次"). "举办培训班42期，培训
      // 3600人次": whom its classes trained.
      const before =
        sameSentence && previous
          ? previous.subject
              .replace(/(?:新增|增加|减少|提高|下降)$/, '')
              .replace(/^(?:举办|组织|开展)(?=.{2})/, '')
          : cleanLabel(clauseBefore());
      label = `${before}${own}`;
      if (sameSentence && previous)
        quoteFrom = Math.max(0, Math.min(quoteFrom, previous.end - QUOTE_LEAD));
    } else if (
      noun &&
      // "约6700万人受益": a verb after the count is not what it counts (the clause before says).
      !(own === '' && DONE_AFTER.test(noun)) &&
      // "全面开展7大领域101类问题排查": the groups before the count ("7大领域") are the verb's too.
      (endsWithVerb(own.replace(GROUPS_BEFORE, '')) ||
        opensWithVerb(own) ||
        // "首批63个省重点实验室重组完成": a first batch of what the whole clause after says;
        // "首批10个未来产业先导区集聚…企业超150家": or of what the clause says before what they did.
        (/^(?:首批|新一批|一批)$/.test(own) &&
          (/[。,;:、]/.test(flat[nounFrom + noun.length] ?? '') ||
            opensWithDoing(flat.slice(nounFrom + noun.length)))))
    ) {
      // "成立…指挥部、出台20条举措": an action of its own before 、 is not what was counted.
      const joint = own.lastIndexOf('、');
      const action = joint > 6 && own.length - joint > 2 ? own.slice(joint + 1) : own;
      // "推出12批1181项…政策", "办好12类45件民生实事": the first number counts batches or kinds of
      // what the second counts, and says so.
      const groups = chained && chainedWord && token.measureWord ? `（${token.measureWord}）` : '';
      label = `${action}${noun.replace(/"/g, '')}${groups}`;
      if (piece) pieceTo = piece.to + noun.length;
      else if (!chained) quoteTo = token.end + ofShare.length + noun.length;
    } else if (sameSentence && previous && LEVEL.test(own)) {
      // "劳模创新工作室32个，其中国家级2个、省级8个": a level says which part of the figure before;
      // "新增国家级…企业30家、省级120家": or stands for the level the figure before names.
      label = LEVEL_INSIDE.test(previous.subject)
        ? previous.subject.replace(LEVEL_INSIDE, own)
        : `${previous.subject}（${own}）`;
      quoteFrom = Math.max(0, Math.min(quoteFrom, previous.end - QUOTE_LEAD));
    } else if (
      sameSentence &&
      previous &&
      /^其中/.test(clause) &&
      own.length >= 2 &&
      own.length <= 6 &&
      !ASPECT.test(own)
    ) {
      // "经营主体达1163.7万户…，其中企业410.1万户": 其中 names a part of the figure before.
      label = `${previous.subject}（${own}）`;
      quoteFrom = Math.max(0, Math.min(quoteFrom, previous.end - QUOTE_LEAD));
    } else if (
      sameSentence &&
      previous &&
      TOTAL_SO_FAR.test(clause) &&
      (GENERIC.test(own) || endsWithVerb(own))
    ) {
      // "新建职工书屋17家，累计达209家", "新增境内上市公司62家，总数186家": the total so far of
      // what the figure before counts, of which only the first were new.
      const region = NEWLY.exec(previous.subject)?.[1] ?? '';
      const kept = previous.subject.replace(NEWLY, '$1');
      const subject = kept.length - region.length >= 2 ? kept : previous.subject;
      label = GENERIC.test(own) ? `${subject}${own}` : `${subject}（累计）`;
      quoteFrom = Math.max(0, Math.min(quoteFrom, previous.end - QUOTE_LEAD));
    } else if (sameSentence && previous && PER_HEAD.test(own)) {
      // "资助困难职工子女600名，人均2500元": what each of those the figure before counts got.
      label = `${previous.subject}${own}`;
      quoteFrom = Math.max(0, Math.min(quoteFrom, previous.end - QUOTE_LEAD));
    } else if (sameSentence && previous && STAGE.test(own)) {
      // "建成过江通道4座、在建8座": a stage alone counts the things the figure before names.
      const stageAt = STAGE_AT.exec(previous.subject);
      label = stageAt
        ? `${own}${previous.subject.slice(stageAt[0].length)}`
        : `${own}${previous.subject}`;
      quoteFrom = Math.max(0, Math.min(quoteFrom, previous.end - QUOTE_LEAD));
    } else if (
      consumed &&
      sameSentence &&
      previous &&
      (opensWithDoing(own) || isYieldChange(own))
    ) {
      // "首批10个未来产业先导区集聚产业链核心企业超150家": what the things the figure before counts
      // did; they are its subject. "17个重点传统制造业增加值增长5.3%": or how what they yield changed.
      label = `${previous.subject}${own}`;
      quoteFrom = Math.max(0, Math.min(quoteFrom, previous.end - QUOTE_LEAD));
    } else if (
      own.length >= 2 &&
      !(ASPECT.test(change) && change.length <= 4) &&
      !GENERIC.test(own) &&
      // "…台阶、双双突破9万亿元": after a list comma with nothing of its own, the subject carries on.
      !(sameSentence && raw.includes('、') && !cleanLabel(raw.slice(raw.lastIndexOf('、') + 1)))
    ) {
      label = own;
    } else if (
      sameSentence &&
      previous &&
      /^(?:提高|提升|增加|上升|下降|降低|减少)?(?:到|至)/.test(raw.replace(/^[%、,]+/, ''))
    ) {
      // "从40.3%提高到45.4%": the second number is the new level of the same thing.
      label = previous.subject;
    } else if (sameSentence && previous && (ASPECT.test(change) || GENERIC.test(own))) {
      label = `${previous.subject}${own}`;
      quoteFrom = Math.max(
        previous.end - QUOTE_LEAD,
        clauseStart(flat, previous.end - 1, 0, isBreak),
      );
    } else if (!sameSentence && ASPECT.test(change) && from > 0) {
      // "地区生产总值连跨两个万亿元台阶,年均增长5.7%": the growth is of the clause before.
      label = `${sentenceSubject(flat, from)}${own}`;
    } else if (sameSentence && previous) {
      // "增长4.2%、5.3%": the second rate of a pair is a growth rate too.
      label = own
        ? `${previous.subject}（${own}）`
        : isPercent && /(?:增长|增速|下降|提高)$/.test(previous.label)
          ? previous.label
          : previous.subject;
      quoteFrom = Math.max(0, Math.min(quoteFrom, previous.end - QUOTE_LEAD));
    } else {
      // Nothing before the number says what it counts: the clause before it may ("体系更加健全。对1163").
      // "经营主体稳中培优。总量达1461.4万户": a bare 总量 is of what the sentence before names.
      const lead =
        (own.length < 2 || GENERIC.test(own)) && from > 0
          ? cleanLabel(
              flat.slice(clauseStart(flat, from - 1, Math.max(0, from - 30), isBreak), from - 1),
            )
          : '';
      const done = DONE_AFTER.exec(flat.slice(token.end, token.end + 3))?.[0];
      // "新建基层工会：64家": what a colon follows names the figure after it, whole.
      const named = !own && flat[from - 1] === ':';
      label = lead
        ? done || named
          ? lead
          : `${lead}（${own || token.measureWord || ''}）`
        : own || noun || token.measureWord || '';
    }
    const after = DONE_AFTER.exec(flat.slice(token.end, token.end + 3))?.[0];
    if (after && !label.endsWith(after)) {
      label = `${label}${after}`;
      quoteTo = token.end + after.length;
    }
    labels = [label];
  }
  // Keep quotes short and never starting with a separator, nor with the qualifier of the figure
  // before ("5.5%以内、物价涨幅2%左右").
  const qualifierBefore = /^(?:以上|以下|以内|左右)(?=、)/.exec(flat.slice(quoteFrom, token.from));
  if (qualifierBefore) quoteFrom += qualifierBefore[0].length;
  while (
    quoteFrom < token.from &&
    (CLAUSE_END.test(flat[quoteFrom] as string) || flat[quoteFrom] === '、')
  )
    quoteFrom += 1;
  const first = labels[0] ?? '';
  const aspect = isPercent ? aspectOf(first) : undefined;
  return {
    labels,
    quoteFrom,
    quoteTo,
    ...(pieceTo ? { pieceTo } : {}),
    ...(aspect ? { aspect } : {}),
    next: {
      end: token.end,
      nounEnd: quoteTo > token.end ? quoteTo : token.end,
      label: first,
      // "地区生产总值连续迈上4个万亿元台阶、达14.2万亿元": the subject is what crossed them.
      subject:
        first
          .replace(/(?:连续)?(?:迈上|跨上|跨越|连跨).*台阶$/, '')
          // "送温暖资金较上年增加52万元，增幅12%": the change's subject, without what it is
          // compared with.
          .replace(
            /(?:(?:比|较)(?:上年|去年)(?:同期|末|底)?)?(?:年均增长|同比增长|增长|增速|增加|减少)?从?$/,
            '',
          )
          .replace(LEVEL_PART, '') || first,
      ...(pending && pending.subjects.length > 0 ? { pending } : {}),
      ...(list ? { list } : {}),
    },
  };
}
