// Generates syntaxes/govreport.tmLanguage.json. The number, unit and date patterns are shared by several rules,
// so they are written once here and pasted into the JSON; edit this file and run `npm run build:grammar`.
import { writeFileSync } from 'node:fs';
import { URL } from 'node:url';

const SP = '[ \\t\\x{3000}\\x{00A0}\\x{200B}\\x{200C}\\x{200D}\\x{FEFF}]';
const D = '[0-9０-９]';
const DOT = '[.．]';
const CN_DIG = '[〇零○一二三四五六七八九两]';
const CN_ALL = '[〇零○一二三四五六七八九十百千两]';
const CN_ORD = '[一二三四五六七八九十]';
// A number never starts inside another number, a Latin word (PM2.5, G20) or after "1." (decimal tail).
// This also keeps every number rule linear: only the first digit of a run can start a match.
const LB_NUM = '(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ_]|[0-9０-９][.．])';
// Dates may follow a list marker (20.2026年…), so they only refuse to start inside a number or a Latin word.
const LB_DATE = '(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ_])';
const NUM = `(?:${D}{1,3}(?:[,，]${D}{3})+(?!${D})|${D}+)(?:${DOT}${D}+)?`;
const MAG = '(?:万亿|亿|万|千(?![瓦米克伏]))';
const MAG_CN = '(?:万亿|亿|万)';
const PCT = '[%％‰]';
// Multi-character units first (longest match wins over its prefix: 个百分点 before 个, 人次 before 人), then one class.
const UNITS_MULTI = [
  '个百分点', '百分点', '个月', '平方公里', '平方千米', '平方米', '标准立方米', '立方米',
  '千瓦时', '千瓦', '兆瓦', '吉瓦', '千伏', '千米', '千克', '公里', '公顷', '公斤', '公吨', '厘米', '毫米',
  '美元', '港元', '欧元', '日元', '人次', '批次', '小时', '分钟', '周年', '标准箱', '标箱',
];
const UNITS_SINGLE = '元人户家个项亩吨岁天倍件所座条套台辆张次名位例批篇部场处种株棵头只艘架列趟栋幢间床份册本块片层年周箱度升克米';
const UNIT = `(?:${UNITS_MULTI.join('|')}|[${UNITS_SINGLE}])`;
const CN_NUM = `${CN_ALL}{1,12}(?:点${CN_DIG}{1,8})?`;
const RANGE_SEP = '(?:——|[—–\\-~～－〜至到])';
const PUNCT_BEFORE_ENUM = '[：:；;，,。！？!?\\s\\x{3000}（(“”、]';
// A line break written out as its two escapes (backslash-r backslash-n), as a regex: a report exported with its breaks
// escaped is one physical line, so headings also start after one and end before the next.
const ESC_BREAK = '\\\\r\\\\n';
const ENUM = `(?:${CN_ORD}{1,2}是|第${CN_ORD}{1,2}(?:是|(?=[，,、](?![一二三四五六七八九十两〇零]))))`;

const S = {
  num: 'constant.numeric.govreport',
  mag: 'constant.numeric.magnitude.govreport',
  unit: 'keyword.other.unit.govreport',
  date: 'constant.other.date.govreport',
  period: 'constant.language.period.govreport',
  rangeSep: 'punctuation.separator.range.govreport',
  enumKw: 'keyword.other.enumeration.govreport',
};

const headingEnd = { end: `(。)|(?=${ESC_BREAK})|$`, endCaptures: { 1: { name: 'punctuation.terminator.heading.govreport' } } };

function heading(level, comment, markerRe) {
  return {
    comment,
    name: `markup.heading.${level}.govreport`,
    begin: `(?:^|(?<=${ESC_BREAK}))(${SP}*)(${markerRe})`,
    beginCaptures: { 2: { name: 'punctuation.definition.heading.govreport' } },
    ...headingEnd,
    contentName: 'entity.name.section.govreport',
    patterns: [{ include: '#inline' }],
  };
}

const grammar = {
  information_for_contributors: [
    'TextMate grammar for Chinese government work reports (政府工作报告) read as plain text.',
    'Every rule is single-line (begin/end rules all end at $ at the latest), so the grammar carries no state across lines.',
    'Regexes must stay linear on 10 MB inputs: no nested unbounded quantifiers; number rules start with a negative',
    'look-behind so that only the first character of a digit run can start a match; Chinese-numeral runs are bounded.',
    'Tests: test/unit/grammar.test.ts (token snapshot in test/unit/__snapshots__/grammar.tokens.txt).',
  ],
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'GovReport',
  scopeName: 'text.govreport',
  fileTypes: ['govreport'],
  patterns: [
    { include: '#report-title' },
    { include: '#annex-heading' },
    { include: '#notes-heading' },
    { include: '#heading-1' },
    { include: '#heading-2' },
    { include: '#heading-2-arabic' },
    { include: '#heading-3' },
    { include: '#heading-4-enumeration' },
    { include: '#inline' },
  ],
  repository: {
    'report-title': {
      comment: 'A short line that ends with 政府工作报告 (optionally followed by ——date/meeting or a parenthesis).',
      match: `^(${SP}*)([^\\s。，；：“”《》]{0,40}?政府工作报告)(?=${SP}*$|——|—|[（(])`,
      captures: { 2: { name: 'markup.heading.title.govreport entity.name.section.govreport' } },
    },
    'annex-heading': {
      comment: '附件 / 附件1 / 附表二 / 附录, alone or followed by a colon or space and an annex title.',
      begin: `^(${SP}*)((?:附件|附表|附录)(?:${D}{1,2}|${CN_ORD}{1,2})?)(?=${SP}*$|[：:]|${SP})`,
      beginCaptures: { 2: { name: 'punctuation.definition.heading.govreport' } },
      end: '$',
      name: 'markup.heading.annex.govreport',
      contentName: 'entity.name.section.govreport',
      patterns: [{ include: '#inline' }],
    },
    'notes-heading': {
      comment: 'Glossary / notes block headings: 名词解释, 《政府工作报告》有关内容名词注释, 注释：, 字库未存字注释：',
      match: `^(${SP}*)([^\\s。，；！？]{0,30}?(?:名词解释|名词注释|名词说明|注释|注解))(${SP}*[：:])?(?=${SP}*$)`,
      captures: {
        2: { name: 'markup.heading.annex.govreport entity.name.section.govreport' },
        3: { name: 'markup.heading.annex.govreport punctuation.separator.govreport' },
      },
    },
    'heading-1': heading(1, 'Parts: 一、…二十、 (also 一．) at line start, not 一、二季度 / 一、二、三产业; heading text runs to the first 。 or the end of the line.'
      + ' This and the other headings also start after a written-out \\r\\n escape and end at the next one: a report'
      + ' exported with its breaks escaped is one physical line (src32 易县-2018).',
      `${CN_ORD}{1,3}[、.．](?!${CN_ORD}[、季])`),
    'heading-2': heading(2, 'Sections: （一）/(一) at line start.', `[（(]${CN_ORD}{1,3}[）)]`),
    'heading-2-arabic': heading(2,
      'Sections: 1. / 1． / １． / 1、 at line start, but not a decimal such as a lone "2.5" line or "3.5%…".',
      `${D}{1,2}[.．、](?!${D}+(?:${DOT}${D}+)?(?:${PCT}|个百分点|万|亿|倍|${SP}*$))`),
    'heading-3': heading(3, 'Sub-sections: （1）/(1) at line start.', `[（(]${D}{1,2}[）)]`),
    'heading-4-enumeration': {
      comment: 'Paragraph opening with an enumeration (一是 / 第一，): the lead sentence up to the first 。',
      name: 'markup.heading.4.govreport',
      begin: `(?:^|(?<=${ESC_BREAK}))(${SP}*)(${ENUM})`,
      beginCaptures: { 2: { name: 'punctuation.definition.heading.govreport keyword.other.enumeration.govreport' } },
      ...headingEnd,
      contentName: 'entity.name.section.govreport',
      patterns: [{ include: '#inline' }],
    },
    inline: {
      patterns: [
        { include: '#escaped-break' },
        { include: '#url' },
        { include: '#footnote' },
        { include: '#period-quoted' },
        { include: '#book-title' },
        { include: '#quote-double' },
        { include: '#quote-single' },
        { include: '#inline-quoted-content' },
      ],
    },
    'escaped-break': {
      comment: 'A line break written out as its two escapes, backslash-r backslash-n: a report exported with its breaks'
        + ' escaped is one physical line (src32 易县-2018, 徐水区-2018), the escapes left visible between its sentences.'
        + ' A comment scope, which every theme renders muted, so that the text reads through them; the file itself is'
        + ' never changed. No line of an ordinary report holds the four characters.',
      match: ESC_BREAK,
      name: 'comment.other.escaped-break.govreport',
    },
    url: {
      comment: 'A web address (a scraped page\'s 来源URL： line): one link, its digits no figures. ASCII only: report text'
        + ' never runs on without a space or a Chinese character after an address.',
      match: '\\bhttps?://[!-~]+',
      name: 'markup.underline.link.url.govreport',
    },
    'inline-quoted-content': {
      comment: 'What may appear inside quotations as well as in running text.',
      patterns: [
        { include: '#footnote' },
        { include: '#date-range' },
        { include: '#date' },
        { include: '#percent-chinese' },
        { include: '#figure-range' },
        { include: '#figure' },
        { include: '#figure-chinese' },
        { include: '#period' },
        { include: '#enumeration' },
      ],
    },
    footnote: {
      comment: 'Footnote / glossary reference markers: [1], ［1］, ^[1].',
      match: `\\^?[\\[［]${D}{1,3}[\\]］]`,
      name: 'markup.underline.link.footnote.govreport',
    },
    'period-quoted': {
      comment: 'Five-year-plan periods in quotes: “十三五”, “十四五”, “十五五”, “六五”, “十五”.',
      match: '(“)(十[一二三四五六七八九]五|[六七八九]五|十五)(”)',
      name: S.period,
      captures: {
        1: { name: 'punctuation.definition.string.begin.govreport' },
        3: { name: 'punctuation.definition.string.end.govreport' },
      },
    },
    period: {
      comment: 'Unquoted plan periods: 十三五 anywhere (not inside a longer numeral), 六五/十五 only before 计划/规划/时期/期间….',
      match: `(?<!${CN_ALL})(?:十[一二三四五六七八九]五(?![〇零○一二三四五六七八九十百千万亿两])|(?:[六七八九]五|十五)(?=计划|规划|时期|期间|期末|末期|初期))`,
      name: S.period,
    },
    'book-title': {
      comment: '《书名》, with anything (（草案）, 〈…〉) inside; closes at 》 or at the end of the line.',
      begin: '《',
      beginCaptures: { 0: { name: 'punctuation.definition.title.begin.govreport' } },
      end: '(》)|$',
      endCaptures: { 1: { name: 'punctuation.definition.title.end.govreport' } },
      name: 'entity.name.type.title.govreport',
    },
    'quote-double': {
      comment: '“引语”; closes at ” or at the end of the line (quotes broken across lines must not colour the rest of the file).',
      begin: '“',
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.govreport' } },
      end: '(”)|$',
      endCaptures: { 1: { name: 'punctuation.definition.string.end.govreport' } },
      name: 'string.quoted.double.govreport',
      patterns: [
        { include: '#period-quoted' },
        { include: '#book-title' },
        { include: '#quote-single' },
        { include: '#inline-quoted-content' },
      ],
    },
    'quote-single': {
      comment: '‘引语’ nested in “…”.',
      begin: '‘',
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.govreport' } },
      end: '(’)|$',
      endCaptures: { 1: { name: 'punctuation.definition.string.end.govreport' } },
      name: 'string.quoted.single.govreport',
      patterns: [{ include: '#book-title' }, { include: '#inline-quoted-content' }],
    },
    'date-range': {
      comment: 'Year ranges: 2021—2025年, 2016-2020年.',
      match: `${LB_DATE}([12１２]${D}{3})(${RANGE_SEP})([12１２]${D}{3}年)`,
      captures: { 1: { name: S.date }, 2: { name: S.rangeSep }, 3: { name: S.date } },
    },
    date: {
      patterns: [
        {
          comment: 'Years with optional month/day: 2021年, ２０２１年, 2021年1月19日.',
          match: `${LB_DATE}[12１２]${D}{3}年(?:${D}{1,2}月(?:${D}{1,2}日)?)?`,
          name: S.date,
        },
        {
          comment: 'ISO-ish dates: 2021-02-02, 2021/2/2.',
          match: `${LB_DATE}[12]\\d{3}([-/])\\d{1,2}\\1\\d{1,2}(?!\\d)`,
          name: S.date,
        },
        {
          comment: 'Years in Chinese numerals, optional month/day: 二〇二一年一月, 一九八○年 (○ U+25CB and 〇 U+3007 both occur).',
          match: `(?<!${CN_ALL})[一二][〇零○一二三四五六七八九]{3}年(?:${CN_ORD}{1,2}月(?:${CN_ORD}{1,3}日)?)?`,
          name: S.date,
        },
        {
          comment: 'Month / day without a year: 6月25日, 12月, 19日.',
          match: `${LB_NUM}${D}{1,2}(?:月(?:${D}{1,2}日)?|日)`,
          name: S.date,
        },
        {
          comment: 'A time frame counted back from now or bounded (大气质量为6年来最好水平, 近3年, 二十年来, 5年间): a time, as'
            + ' 五年来 is, not a figure: the labels list no time frame. A trial saw 6年 of 6年来最好水平 coloured as a figure'
            + ' (src32 河北省-2020). Arabic (1-3 digits, after 近 or before 来/以来/间) or a Chinese numeral of two to four'
            + ' characters (the ones the figure rule would colour) before 来/以来/间; a streak (连续5年) and a term (延长30年)'
            + ' stay figures.',
          match: `(?:${LB_NUM}${D}{1,3}多?年(?=多?(?:来|以来|间))|(?<=近)${D}{1,3}多?年(?!${D})`
            + `|(?<![〇零○一二三四五六七八九十百千两万亿第])${CN_ALL}{2,4}多?年(?=多?(?:来|以来|间)))`,
          name: S.date,
        },
        {
          comment: 'Clock times of a page\'s header (2026-02-02 09:20, 2026年2月2日 09:02:33): a time, not a figure. Only at a'
            + ' line\'s start or after a date (and a space), with a two-digit hour: a sector ratio (调整为12:48:40,'
            + ' 比例为 10:45:45) stays figures.',
          match: '(?<=^|[0-9０-９日][ \\t\u3000]|日)(?:[01][0-9]|2[0-3])[:：][0-5][0-9](?:[:：][0-5][0-9])?(?![0-9０-９.．:：%％])',
          name: 'constant.other.time.govreport',
        },
      ],
    },
    'percent-chinese': {
      comment: '百分之七十七点五, 百分之四到五, 百分之三到百分之五.',
      match: `(百分之)(${CN_NUM})(?:(${RANGE_SEP})(百分之)?(${CN_NUM}))?`,
      captures: {
        1: { name: S.unit }, 2: { name: S.num }, 3: { name: S.rangeSep }, 4: { name: S.unit }, 5: { name: S.num },
      },
    },
    'figure-range': {
      comment: 'Ranges whose second end carries a unit or %: 5%—6%, 6.5%－7%, 1~2个, 0—6岁 (2021-02 without a unit is two plain figures).',
      match: `${LB_NUM}(${NUM})(${MAG})?(?:(${PCT})|(${UNIT}))?(${RANGE_SEP})(${NUM})(${MAG})?(?:(${PCT})|(${UNIT}))`,
      captures: {
        1: { name: S.num }, 2: { name: S.mag }, 3: { name: S.unit }, 4: { name: S.unit }, 5: { name: S.rangeSep },
        6: { name: S.num }, 7: { name: S.mag }, 8: { name: S.unit }, 9: { name: S.unit },
      },
    },
    figure: {
      comment: 'Arabic / full-width figures with decimals and thousands separators, optional magnitude (万/亿/万亿/千) and unit.',
      match: `${LB_NUM}(${NUM})(${MAG})?(?:(${PCT})| ?(${UNIT}))?`,
      captures: { 1: { name: S.num }, 2: { name: S.mag }, 3: { name: S.unit }, 4: { name: S.unit } },
    },
    'figure-chinese': {
      comment: 'Chinese-numeral quantities that carry a unit, contain 十/百/千/万/亿 and are at least two characters or carry 万/亿 (三百三十九亿元, 十三个百分点, 八千六百七十七万亩), so that 一个/两项/十条/千家 stay plain.',
      match: `(?<![〇零○一二三四五六七八九十百千两万亿第])(?![千百])(?=${CN_ALL}{0,12}[十百千万亿])(?=${CN_ALL}{2}|${CN_ALL}{1,12}${MAG_CN})(${CN_NUM})(${MAG_CN})?(${UNIT})`,
      captures: { 1: { name: S.num }, 2: { name: S.mag }, 3: { name: S.unit } },
    },
    enumeration: {
      comment: 'Inline enumerations after punctuation: …；二是…, 。第二，… (not 全国第一，/ 第一、二季度).',
      match: `(?<=${PUNCT_BEFORE_ENUM})${ENUM}`,
      name: S.enumKw,
    },
  },
};

const out = process.argv[2] ?? new URL('../syntaxes/govreport.tmLanguage.json', import.meta.url);
// Invisible spaces (the ones SP lists) are written as \u escapes, so that the JSON shows every character a rule matches.
const INVISIBLE = /[\u00A0\u200B-\u200D\u3000\uFEFF]/g;
const json = JSON.stringify(grammar, null, '\t')
  .replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(out, json + '\n');
console.log('wrote', out);
