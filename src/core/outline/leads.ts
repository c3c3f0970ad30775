import type { Paragraph } from '../text/paragraphs';
import { isCjk } from '../text/normalize';
import { opensWithCountryStance, opensWithRequirement } from './speakerOpeners';

const MAX_LEAD = 24;
const MIN_LEAD = 4;
/**
 * Beside other leads, a lead may be three characters: a verb and its object (src32 高阳县-2017 （二）: “抓一产。” / “提二产。” /
 * “促三产。”, each over its paragraph) or a trade named after a longer one (河北省-2000 四、: “金融业。” after “商贸流通业。”).
 * Alone, a three-character sentence is no title: in the free and dev texts the others that open a line are leads too
 * (1958 “轻工业。” among its 工业 leads) or the tails of lines a page broke at a link (2017 “争机制。”, 河北省-2001 “密结合。”).
 */
const MIN_RELAXED_LEAD = 3;
/** The body after a lead runs to at least this many characters. */
const MIN_LEAD_BODY = 20;
/** Beside other leads, a lead may be longer and carry one comma (以深入推进长三角一体化发展为牵引，全面服务和融入国家发展战略). */
const MAX_RELAXED_LEAD = 34;
/**
 * Sentences that open ordinary paragraphs: discourse, time and first-person openers are not sub-headings, nor a
 * government body as the subject (国务院作出《…》 / 各级政府都要… / 国务院机构改革基本完成，…): a lead names the action
 * or the outcome, not who acts.
 */
const NOT_LEAD = /^(?:各位代表|同志们|对于|同时|总之|但是|但|因此|所以|当前|目前|今年|去年|明年|过去|这|那|此外|另外|其中|为此|对此|与此同时|实践证明|回顾|展望|我们|我|在此|特别是|尤其是|一年来|五年来|近年来|多年来|最近|近期|近来|总的看|总体看|综合看|从|以上|上述|如|例如|比如|首先|其次|再次|最后|下面|现在|国务院|各级|各地|各部门|中央财政)/;
/**
 * A sentence that reports who speaks (1964 as published, a summary in the third person: “周总理接着讲到国防建设。”,
 * “周总理说，在贯彻党的民族政策中，…”): the report's frame, not a title of what follows.
 */
const REPORTS_SPEECH = /^[^，,。]{1,8}?(?:接着|还|又|也)?(?:说|指出|强调|谈到了?|讲到)/;
const SENTENCE_STOPS = '。!?！？';

/**
 * Some sentence after the lead’s 。 is longer than the lead: a lead titles a body that elaborates it. A
 * paragraph of short feats side by side (2009: “全面夺取抗击特大自然灾害的重大胜利。成功举办北京奥运会、残奥会。圆满完成
 * 神舟七号载人航天飞行。”) or of short measures (“出台养老保险关系转移接续办法。完善失业、工伤、生育保险制度。…”) has no
 * title. O(length).
 */
function hasLongerSentence(text: string, end: number): boolean {
  let start = end + 1;
  for (let i = start; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_STOPS.includes(text[i] as string)) continue;
    if (i - start > end) return true;
    start = i + 1;
  }
  return false;
}


/** A sentence that argues (X是Y, 必须…, 首先要…): beside leads, a longer one is still prose. */
const ARGUES = /(?<!还|于|就|总|但|或|凡|只|要|别|其)是(?!否)|必须|首先|要在/;
/**
 * An announcement of what follows (要把握好以下几点 / 重点做好八方面工作 / 具体抓好八个方面重点工作), a sentence ending on
 * the count of the points it announces (1955: “我现在要说的是关于…这三个问题。” over 第一，…; the 14th CPC congress report:
 * “建立社会主义市场经济体制，要认真抓好几个相互联系的重要环节。” over 一是…四是; 黑龙江 2025: “做好今年政府工作，要着力把握好
 * 五个方面。” over 一是…五是, both unseen, session 24), or of the demands laid on
 * the government that the paragraphs after it meet (national 2025: “应对新挑战、完成新任务，对政府工作提出新的更高要求。”
 * before “加强法治政府建设。”; 2024 “新征程新使命，对政府工作提出了新的更高要求。”).
 */
const ANNOUNCES = /以下|如下|[几两三四五六七八九十]个?方面(?:重点)?工作|提出[^，,。]{0,8}要求|[几两三四五六七八九十]个[^，,。]{0,12}(?:问题|方面|环节)$/;

/**
 * The paragraph's first sentence lays new demands on the government (national 2024 “新征程新使命，对政府工作提出了新的更高
 * 要求。”, 2025 “应对新挑战、完成新任务，对政府工作提出新的更高要求。”; 天津 2026 “…对政府自身建设提出了新任务…”): it opens the
 * government's self-building block. O(first sentence).
 */
export function laysDemandsOnGovernment(text: string): boolean {
  const stop = text.indexOf('。');
  return /对政府[^，,。]{0,8}提出[^，,。]{0,8}要求/.test(stop < 0 ? text : text.slice(0, stop));
}

/** An announcement of what follows (要把握好以下几点 / 重点做好八方面工作): it introduces a list and titles nothing. */
export function isAnnouncement(sentence: string): boolean {
  return ANNOUNCES.test(sentence);
}
const SUB_HEADING_PHRASE = /^(?:下面|最后|此外|另外|其次|首先|同时)[,，]/;

/** Beside leads, a title that names a list of fields runs longer (2015: “继续推进科技、教育、…、住房公积金等领域改革。”, 39). */
const MAX_LIST_LEAD = 60;
/**
 * A lead of a parallel series has no length limit of its own (expected outlines README, Depth-3 files). Between a lead
 * (or its section's heading) and the next lead, a first sentence of up to three clauses titles its block (2008 （三）:
 * “坚持扩大内需方针，调整投资和消费关系，促进经济增长由主要依靠投资、出口拉动向依靠消费、投资、出口协调拉动转变。”, 54,
 * after the heading, before “坚持把推进自主创新作为转变发展方式的中心环节。”; 2008 （六）: “重视发展老龄事业，切实保障妇女和
 * 未成年人权益，关心和支持残疾人事业。” between two leads). Bounded: four clauses and more are a summary sentence.
 */
const MAX_SANDWICHED_LEAD = 70;
const MAX_SANDWICHED_COMMAS = 2;

/**
 * Beside leads, a count of things (20个战略性产业集群, 50件民生实事, 9所大型医院, 第26届) names what the lead is about, as a
 * word does; a measured figure (亿元, %, 增长) stays a figure. The count is a number right before a classifier.
 */
function countsAsWords(sentence: string): string {
  return sentence.replace(/第?\d{1,4}(?=[个件所项条家届])/g, '数');
}

/** The sentence with its 、-joined list closed by 等 read as one word: what the title's length is judged by. */
function withListAsWord(sentence: string): string {
  return sentence.replace(/(?:[\u4e00-\u9fff]{1,6}、){2,}[\u4e00-\u9fff]{1,6}等/g, '等');
}

/**
 * The paragraph's text without the space a drop cap left after its first character: a page that sets every paragraph's
 * first character apart (河北 2003 and 2007 from hebei.gov.cn, “抓 住结构调整的核心，…” / “加 快科技创新。”; markers.ts reads
 * “第 二，” and “三 是” the same way). Only one space between two ideographs, the second not followed by a space: a title
 * in letter-spaced type (“政 府 工 作 报 告”) sets every character apart, not the first. O(1).
 */
export function withoutDropCap(text: string): string {
  if (text.charCodeAt(1) !== 0x20 || !isCjk(text.charCodeAt(0)) || !isCjk(text.charCodeAt(2)) || text.charCodeAt(3) === 0x20) return text;
  return text.slice(0, 1) + text.slice(2);
}

/**
 * A lead sentence that opens a paragraph as its sub-heading (the seed's “创新动能持续增强。材料科学…”):
 * short, nominal, no figures, no first person, followed by a substantial paragraph. `relaxed` is for a sentence
 * beside a lead (the paragraph before or after opens with one): parallel leads vary in length and wording.
 * Returns the offset of its 。 or -1.
 */
export function isLeadSentence(text: string, relaxed = false, between = false, sandwiched = false): number {
  const end = text.indexOf('。');
  const listLead = relaxed && end <= MAX_LIST_LEAD && withListAsWord(text.slice(0, end)).length <= MAX_RELAXED_LEAD;
  // Longer than any other lead may be: only sandwiched in its series (MAX_SANDWICHED_LEAD).
  const long = sandwiched && end > MAX_RELAXED_LEAD && !listLead && end <= MAX_SANDWICHED_LEAD && end < text.length - 1;
  if (end < (relaxed ? MIN_RELAXED_LEAD : MIN_LEAD) || (end > (relaxed ? MAX_RELAXED_LEAD : MAX_LEAD) && !listLead && !long)) return -1;
  // Between two leads, a paragraph that is only its title (its body lost, or none) is one of the series (2009:
  // “加快地方政府机构改革，推进事业单位改革。” between “推进国有企业改革…。…” and “努力保持对外贸易稳定增长。…”).
  const bodyless = between && end === text.length - 1;
  if (!bodyless && text.length < end + MIN_LEAD_BODY) return -1;
  // A drop cap the scrape left as a space (河北 2003 and 2007 from hebei.gov.cn: “抓 住结构调整的核心，培育壮大主导产业。”)
  // is no character of the sentence: read as written, it was one more non-ideograph beside the comma.
  const sentence = withoutDropCap(text.slice(0, end));
  // An enumeration (一是…, 第一，…) opens a list item, not a lead sentence. 第三产业 (the service sector, as 第一/第二产业)
  // is a word, no ordinal: “第三产业逐步壮大。” and “第三产业求突破。” among the leads of src32 容城县 2012, “第三产业加快
  // 发展，服务业整体水平不断提升。” among those of 徐水区 2012 were each the one lead of its series left out.
  if (/^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}(?!产业))/.test(sentence)) return -1;
  if (NOT_LEAD.test(sentence) || REPORTS_SPEECH.test(sentence) || /[:：;；!?]/.test(sentence)) return -1;
  // An announcement (做好今年政府工作，要把握好以下几点。) introduces a list; it titles nothing itself.
  if (ANNOUNCES.test(sentence)) return -1;
  // Quotation marks are fine inside a lead (“双碳”工作稳步推进。); figures and brackets are not — except, beside other
  // leads, inside quotes (“3个100万”) and a bracketed word (规上（限上）企业).
  const bare = relaxed ? countsAsWords(sentence.replace(/“[^”]{1,12}”/g, '“”').replace(/[（(][\u4e00-\u9fff]{1,8}[）)]/g, '')) : sentence;
  if (/[\d%()（）]/.test(bare)) return -1;
  // 中国 as the subject of a stance (中国要和平，不要战争。) is the 我国 of foreign-policy prose (speakerOpeners.ts).
  if (/我们|我省|我市|我区|我县|我国/.test(sentence) || opensWithCountryStance(sentence)) return -1;
  // Past a lead's length, the speaker's requirement is his sentence, not a title (free 2007 （四）: “要围绕建设创新型国家，
  // 认真落实国家中长期科学和技术发展规划纲要提出的目标任务。” after the lead “坚持走新型工业化道路，着力优化产业结构。”).
  if (long && opensWithRequirement(sentence)) return -1;
  // A longer sentence beside leads is still prose when it argues (X是Y, 必须…, 首先要…) rather than titles.
  if (relaxed && ARGUES.test(sentence)) return -1;
  const commas = sentence.split(/[,，]/).length - 1;
  if (sandwiched ? commas > MAX_SANDWICHED_COMMAS : commas > 1 || (commas === 1 && end > (relaxed ? MAX_RELAXED_LEAD : 20))) return -1;
  let cjk = 0;
  // Beside leads, 、 may join the items of a title (加快促进重点产业、重点产品、重点集群、重点企业跨越式发展); alone, a
  // sentence of 、-joined items is an enumeration more often than a heading.
  // The clauses of a sandwiched lead are joined by commas.
  const joiners = sandwiched ? /[“”"《》、,，]/ : relaxed ? /[“”"《》、]/ : /[“”"《》]/;
  for (let i = 0; i < bare.length; i++) if (isCjk(bare.charCodeAt(i)) || joiners.test(bare[i] as string)) cjk++;
  if (cjk < bare.length - 1) return -1;
  // Last, as it reads the whole paragraph.
  // A long lead may be the paragraph's longest sentence: its block is what makes it a title.
  return bodyless || hasLongerSentence(text, end) || (long && text.length >= end * 3) ? end : -1;
}

/**
 * A statement rather than a title: a maxim that introduces or closes a block (2015: “改革开放是推动发展的制胜法宝。”,
 * “提高创新效率重在优化科技资源配置。”, “能源生产和消费革命，关乎发展与民生。”; 湖南 2026 “市场是最稀缺的资源。” after the
 * leads of （一）; 1956 “为了健全财政工作，必须制订必要的制度。”). A lead names an action or an outcome (加快培育消费增长点 /
 * 改革开放深入推进). The copula counts with a 的- or 之-noun predicate (X是…的Y; 2014 “就业是民生之本。”, “社保是民生
 * 之基。”), or between a subject of four to twelve characters and a short noun (2015 part 四: “新兴产业和新兴业态是竞争高地。”
 * after the lead “推动产业结构迈向中高端。”; outside, 河北 2004 “经济结构的核心是产业结构。”, 1984 “维护世界和平是人心所向。”, and
 * with its items joined by 、, 河北 2008 “今后五年的中心任务是科学发展、富民强省。” over “…努力实现以下主要目标:”); a
 * two-character subject is one too (河北 2001 “环境是第一竞争点。” opening 5、, 2002 “发展是硬道理。”, 2019 “就业是最大的民生。”):
 * no dev lead is such a sentence (这是…的五年 has 的, and a one-character subject is no subject here).
 * So are the set maxims “没有X就没有Y” and “X无小事” (河北 2019 （十）: “没有全民健康就没有全面小康。” among 就业是…/社保是…;
 * 河北 2004 第六，: “群众利益无小事。”, the section's one paragraph): they argue, a title names an action or an outcome.
 * So are “X也是Y” and “X，Y是关键” (2015 “开放也是改革。”, “推进农业现代化，改革是关键。”): an assertion, not a title.
 * Maxims of cause and consequence are statements too (湖南 2026 “产业强则经济强。”, “创新的深度和广度决定未来发展的高度和
 * 维度。”; 1955 “愈是重要的建设单位，浪费的可能性愈大。”), but not the nouns 原则/规则/准则/法则/细则/否则 or 跨越/超越.
 * So are maxims of how two things stand to each other (2015 part 四: “稳增长和调结构相辅相成。” introducing the part's leads;
 * 2014 （二）: “开放与改革相伴而生、相互促进。” introducing its section).
 * So is a requirement argued inside a frame (2012 （三）: “在工业化和城镇化发展进程中，要更加重视农业现代化。” introducing its
 * section; 1987 “同推行企业承包经营责任制相配合，要加快…的改革。”): the frame (在…中, 对…, 同…相配合) places the 要 it argues, a
 * title names its action without one. A clause of its own before the 要 is a lead's aim (2018 “积极的财政政策取向不变，要聚力
 * 增效。”), and 要求/要素/要点 are nouns.
 * So are statements of what a thing is for, has or rests on, read outside the corpus: a purpose copula (1958 “试制新产品，
 * 是为了增加新产品。”), a possession predicate with the subject first (1981 “消费品工业生产的发展具有广阔的领域和很大的潜力。”;
 * not 打造具有…的X, a title, nor 构建具有…的X: 宝安区 2024 “构建具有国际竞争力的优势产业集群。”, 盐田区 2010 “逐步构建具有生态人文
 * 特色的‘大旅游’格局。”, each among its section's leads), a maxim of parallel 靠 (1981 “发展农业靠政策、靠科学。”), a negation (1964 “伟大的中国人民，并没有
 * 被严重的困难吓倒。”) and 是…的 across a comma (1964 “文化革命是不破不立，有破有立的。”); so is what a thing is built on
 * (河北 2009: “区域经济的发展建立在区域内各市发展的基础上。”, closing the part's three “要统筹好…。” leads).
 * So are a maxim of what a thing rests on with 贵在, like 重在 (内蒙古 2025 （三）: “科技创新贵在持之以恒、久久为功。” among
 * its section's topic paragraphs; dev 2015 “生态环保贵在行动、成在坚持”), and a sentence placing its subject in a period or a
 * stage (the 14th CPC congress report, 1992, part 三: “当今世界正处在大变动的历史时期。” before “和平与发展仍然是当今世界两大
 * 主题。”, read as a pair of leads; dev 2005 “我国经济体制改革仍处在攻坚阶段。” as a body's first sentence — both unseen
 * witnesses session 24): they describe, a title names an action or an outcome.
 * The 的-noun after the copula may be a pair of nouns, up to ten characters (罗湖区 2018 （三）: “空间资源是罗湖振兴发展的命脉所系和
 * 希望所在。” and （六）: “建设服务型政府是罗湖振兴发展的必然要求和重要保障。”, each the section's opening statement over its
 * leads, then “要…”; 宝安区 2024 “前海总规落地是宝安最大的优势和最大的发展机遇。”; dev 1957 “工资问题是一个极为复杂的生产和分配的
 * 问题。”): what the section is about, argued, not a title.
 * Bold lead lines are judged by their layout, not by this (1997: “加强水利建设是一项迫切任务。”).
 */
export function isStatement(sentence: string): boolean {
  return isCouplet(sentence) || /^(?:在|对|同|与|随着|为了|根据|按照)[^，,。]*[，,]要(?![求素点务害])|必须|是为了|并没有|并不|并非|靠[^，,、。]{1,6}、靠|^[^，,、。]{2,16}(?<!打造|建设|成为|培育|构建)具有|首先|要在|相辅相成|相得益彰|密不可分|相伴而生|相互依存|互为(?:因果|条件|支撑)|[重惟只贵]在|在于|处[于在][^，,。]{0,14}(?:时期|阶段)$|关乎|离不开|建立在[^，,。]*基础(?:之)?上|决定着?(?![》”])|(?<![原规准法细否])则|愈[^。]{1,16}愈|(?<![跨超卓飞])越[^。]{1,16}越|也是|是关键$|^[^，,、。]{2,12}(?<![还于就总但或凡只要别其这])是(?![否的])[^，,。]{2,10}$|^没有[^，,。]{1,16}就没有|无小事$|(?<!^这)是[^，,]*[的之][^，,]{0,10}$|(?<!^这)是[^。]*[，,][^。]*的$/.test(sentence);
}

/**
 * A proverb or a line of verse quoted to open a block, two clauses of four or of seven characters (2017 “人命关天，安全
 * 至上。”; 河南 2026 “事非经过不知难，成如容易却艰辛。”; 湖南 2026 “感念万家灯火情，最是人间烟火气。”): it introduces what
 * follows, titling nothing. A lead's clauses are of other lengths (“严肃财经纪律，严格财经管理” 6+6, “加强农业基础地位，全面
 * 发展农村经济” 8+8).
 */
export function isCouplet(sentence: string): boolean {
  return /^(?:[\u4e00-\u9fff]{4}[,，][\u4e00-\u9fff]{4}|[\u4e00-\u9fff]{7}[,，][\u4e00-\u9fff]{7})$/.test(sentence);
}

/**
 * The paragraph opens with a couplet sentence (isCouplet). A proverb is quoted once, to open a block; couplets in
 * paragraphs one after another are a series of leads cast alike (保定 2014 part 九: “深入群众，改进作风。” / “优化环境，
 * 提高效能。” / “科学行政，依法行政。” / “干净干事，清正廉洁。”, each over its body). O(1).
 */
export function opensWithCouplet(text: string): boolean {
  const end = text.indexOf('。');
  return end > 0 && end <= 15 && isCouplet(text.slice(0, end));
}

/**
 * A short line of its own that can title the lines below it in a report without blank lines (海南 2026 “推动自由贸易港
 * 政策红利加速释放。” over its body line): no opener of prose, no statement, no announcement, no first person, at most
 * one comma.
 */
export function isSubHeadingLine(title: string): boolean {
  if (NOT_LEAD.test(title) || REPORTS_SPEECH.test(title) || isStatement(title) || ANNOUNCES.test(title) || /我们|我省|我市|我区|我县|我国/.test(title)) return false;
  // A list of fields (民族、宗教、侨务、…等工作取得新成绩) reports; it does not title.
  return title.split(/[,，]/).length <= 2 && title.split('、').length <= 2;
}

const MAX_DASH_LEAD = 40;
/**
 * In a series of dash paragraphs, a first sentence runs longer: 广东 2025 part 一 “——面对外部压力加大、内部困难增多的复杂严峻
 * 形势，我们迎难而上、顶压前行，…，全力推动经济运行总体平稳、稳中有进。” ×4 (57–66 characters), the 15th CPC congress report
 * 1997 part 四 “———建设有中国特色社会主义的经济，就是在社会主义条件下发展市场经济，不断解放和发展生产力。” ×3 (46–90; both
 * unseen, session 24). Each titles its paragraph as a short dash lead does; no dev dash sentence runs past 40.
 */
const MAX_SERIES_DASH_LEAD = 96;

/** The paragraph opens with a dash (——, ――, ———, --): a cheap look at a neighbour, O(1). */
export function opensWithDash(text: string): boolean {
  return /^(?:[—―]|--)/.test(text);
}

/**
 * A dash lead (——综合实力迈上新台阶。 / ——“向新”的动能持续增强，…): the paragraph's first sentence after the dash
 * titles it. Returns the title's start and end offsets, or null. `inSeries` (a paragraph beside it opens with a dash too)
 * lets a whole sentence ended by 。 run to MAX_SERIES_DASH_LEAD; an item ended by ； stays short.
 */
export function dashLead(text: string, inSeries = false): { start: number; end: number } | null {
  // U+2015 (――) is the dash of some pages (河北 2011 from hebei.gov.cn: “――综合经济实力跨上新台阶。” ×8). Some pages
  // draw the dash with three em dashes, all of them the marker, none the title's (national 2004 from wikisource:
  // “———抗击非典取得重大胜利。” ×7; 河北 2009: “——— 经济总体保持平稳较快发展。” ×8).
  const dash = /^(?:[—―]{1,3}|--)\s*/.exec(text);
  if (!dash) return null;
  const start = dash[0].length;
  const stop = text.slice(start, start + MAX_DASH_LEAD + 1).search(/[。；;！!？?]/);
  let end = stop < 0 ? (text.length - start <= MAX_DASH_LEAD ? text.length : -1) : start + stop;
  if (end < 0 && inSeries) {
    const long = text.slice(start, start + MAX_SERIES_DASH_LEAD + 1).search(/[。；;！!？?]/);
    if (long >= 0 && text[start + long] === '。') end = start + long;
    // A series that defines its dash heads runs on past any length: “——先行一步，就是要秉承…。” ×3 (盐田区 2019 part 二),
    // “——勇当全面深化改革排头兵，就是要把改革作为…。” ×4 (深圳市 2015 part 二), both before the part's （一）. The head
    // the 就是 defines titles the paragraph, as the whole sentence does where it is short (坪山新区 2016: “——X。就是要…”).
    if (end < 0) end = definedHead(text, start);
  }
  if (end < 0 || end - start < 4) return null;
  if (/\d/.test(text.slice(start, end)) && !(inSeries && titlesBody(text, end))) return null;
  return { start, end };
}

/**
 * The head a dash paragraph defines with “，就是” right after its first clause (dashLead), or -1. O(1): a look at the
 * first MAX_DASH_LEAD characters.
 */
function definedHead(text: string, start: number): number {
  const head = text.slice(start, start + MAX_DASH_LEAD + 1);
  const comma = head.search(/[，,]/);
  if (comma < 0 || !head.startsWith('就是', comma + 1)) return -1;
  return /[。；;！!？?、]/.test(head.slice(0, comma)) ? -1 : start + comma;
}

/** What a dash lead with a number must title after its 。 for it to be a lead (dashLead). */
const MIN_DASH_BODY = 20;

/**
 * A dash sentence ended by 。 that the paragraph goes on after: it titles a body. A figure in it then names an occasion
 * the lead is about, not a target: “——圆满完成建区20周年系列活动。举办发展成果展，…” (盐田区 2019) among digit-free dash leads.
 * A year's targets are items that stand alone (南山区 2014: “——出口总额226亿美元，增长3%；” … “——居民登记失业率控制在3%
 * 以内。”), with no body after them. O(1).
 */
function titlesBody(text: string, end: number): boolean {
  return text[end] === '。' && text.length - end - 1 >= MIN_DASH_BODY;
}

/** Standalone topic sentences run to 46 characters (1988: “五年来，在经济体制改革带动下，…日益显示出重大作用”). */
const MAX_PLAIN_HEADING = 40;
const MAX_TOPIC_HEADING = 64;

/**
 * An unnumbered heading standing alone between blank lines (1982's parts, 2003's “五年来，…” topics); a labelled part
 * name needs a blank line before it only.
 */
export function isPlainHeading(p: Paragraph): boolean {
  const text = p.text;
  if (!p.blankBefore || p.segments.length > 1) return false;
  // A labelled part name is a line of its own also where its first numbered heading follows with no blank line (高阳
  // 2005: “2005年工作重点：” / “（一）推进纺织产业转型升级。”).
  if (isLabelledPartName(text)) return true;
  if (!p.blankAfter) return false;
  if (text.length < 2 || text.length > (isTopicSentence(text) ? MAX_TOPIC_HEADING : MAX_PLAIN_HEADING)) return false;
  if (/[。!?;；:：,，、…—]$/.test(text) || /^[—―-]/.test(text)) return false;
  // A sentence end inside it makes a paragraph cut short, not a name or a topic (1986 part 三's closing paragraph, its
  // end lost online: “总之，“七五”期间的改革任务十分繁重。我们一定要继续发扬积极探索、开拓前进的精神”).
  if (/[。!?！？]/.test(text)) return false;
  if (/^[\d\s年月日()]+$/.test(text)) return false;
  // A year counts as one word of the name (“2019年工作回顾”, five ideographs in nine characters: 武昌 2020).
  const name = text.replace(/(?:19|20)\d\d(?=年)/g, '');
  let cjk = 0;
  for (let i = 0; i < name.length; i++) if (isCjk(name.charCodeAt(i))) cjk++;
  return cjk >= 2 && cjk >= name.length * 0.6;
}

/**
 * A summary of the report (a portal's 摘要) labels its parts with their names and a colon, on lines of their own
 * (保定 2015: “2014年工作回顾：” … “2015年工作安排：” over （一）…（七）; 河北 2016, 高阳 2016/2022/2025 alike). A name that
 * ends in a colon is an announcement otherwise (重点工作：, 今年政府工作的总体要求是：): only the review and the year's
 * plan, as a part names them, are parts. O(1).
 */
export function isLabelledPartName(text: string): boolean {
  if (text.length > 24) return false;
  if (/(?:工作回顾|工作安排)[:：]$/.test(text.slice(-5))) return text.length <= 20;
  // A name dated with its year may call the plan its 工作重点 and the review the year's 主要情况 (保定 2003: “2003年保定市
  // 经济社会发展主要情况：” over 一、…五、, “2003年工作重点：” over （一）…（五）); undated, 工作重点： announces a list.
  return /^(?:19|20)\d\d年/.test(text) && /(?:工作重点|主要情况)[:：]$/.test(text.slice(-5));
}

/** 结束语 / 结语 standing alone: the heading of the closing remarks, which are not a part of the report body. */
export function isClosingHeading(text: string): boolean {
  return /^(?:结束语|结语)$/.test(text);
}

/** A standalone heading that is a clause sentence (a comma), not a name: a topic inside a part, never a part. */
export function isTopicSentence(text: string): boolean {
  return /[,，]/.test(text);
}

/** “下面，着重讲一下…” / “最后，…”: a standalone line that introduces a topic inside the current part. */
export function isSubHeadingPhrase(text: string): boolean {
  return SUB_HEADING_PHRASE.test(text);
}

/**
 * A paragraph that sums up the years under review: it announces their lessons (2008 “过去五年，我们在丰富实践中积累了许多
 * 宝贵经验，主要体会是：”; 2011 “…我们进一步加深了以下几个方面的认识和体会：”), ending in a colon and naming 体会, 经验 or
 * 启示, or it owns up to the problems (“我们也清醒地认识到，…” / “在肯定成绩的同时，我们也清醒看到…” / 1995 “我们在前进中
 * 还存在一些问题和困难。…”), or it looks back to announce what the review lists (2025 “一年来，我们…主要做了以下工作。”
 * after the part's two leads). O(1): only the paragraph's ends are read.
 */
export function speaksForReview(text: string): boolean {
  if (ownsUpToProblems(text)) return true;
  if (/^(?:一年来|过去一年|五年来|过去五年|回顾)/.test(text) && /(?:以下|如下)[^。]{0,12}[。:：]?$/.test(text.slice(-30))) return true;
  return /(?:体会|经验|启示)[^。；;]{0,12}[:：]$/.test(text.slice(-40));
}

/**
 * A paragraph that owns up to the problems of the years under review (“我们也清醒地认识到，…还存在不少问题。” / 1995 “我们在
 * 前进中还存在一些问题和困难。…”; 高阳 2018 “在肯定成绩的同时，我们也看到…还存在着不平衡不充分的问题。”; 河北 “清醒地 认识到”
 * with the space a page left; 清醒的看到 / 清醒的认识到 as five free 保定 county texts of src32 write it: 徐水区 2018 and 2019,
 * 唐县 2020, 曲阳县 2020, 涞源县 2020, whose 一是…四是 problems stood as points of the part). After a part's numbered sections it opens the part's closing words, like 各位代表！: the
 * problems it lists (2008 part 一: “——经济运行中一些突出问题…。” ×4 after 第一，…第六，) are no section's topics, and every
 * report lists none of its 问题与不足 paragraphs (test/fixtures/expected/README.md). O(1): the first 40 characters.
 */
export function ownsUpToProblems(text: string): boolean {
  return /清醒[地的]?\s*(?:认识到|看到)|^在(?:肯定|取得)(?:成绩|成就)的同时|^[^。，,]{0,10}(?:存在|面临)[^。，,]{0,8}(?:问题|困难)/.test(text.slice(0, 40));
}

/**
 * The paragraph goes on an enumeration begun in the paragraph before it: an inline 二是/三是… follows a sentence end
 * with no 一是 before it (2009: “严格控制对…贷款。三是进一步理顺货币政策传导机制，…” after “…一是改善金融调控。…”). Its
 * first sentence is the rest of the previous item, not a lead. O(length of the paragraph).
 */
export function continuesEnumeration(text: string): boolean {
  const m = /[。;；]([二三四五六七八九])是(?![的否])/.exec(text);
  return m !== null && !/(?:^|[。;；:：,，])一是/.test(text.slice(0, m.index));
}
