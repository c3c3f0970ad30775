/**
 * The footer a government portal prints under every page (hebei.gov.cn, gaoyang.gov.cn, baoding.gov.cn): its
 * publishing details, its links, the site's accounts and the dialog it shows before leaving. A scrape keeps them as
 * lines of their own after the report (河北 2001–2025: 冀ICP备… / 网站标识码：… / 主办：河北省人民政府办公厅 / © /
 * 版权所有：… / 河北省人民政府微信 / …微博 / 您访问的链接即将离开“河北省人民政府”门户网站 / 是否继续？ / 放弃).
 * Read as words of the report, the lines the chrome patterns did not know stood as headings. Checked by a set
 * lookup and patterns anchored at both ends: linear.
 */

/** Labels of the page's publishing details, before a colon (主办：河北省人民政府办公厅, ICP备案号：). */
const FOOTER_LABELS: readonly string[] = [
  '主办', '承办', '协办', '主管', '主管单位', '网站标识码', 'ICP备案号', '网站备案号', '公安机关备案号', '公安备案号',
  '联系电话', '联系方式', '联系地址', '通讯地址', '邮政编码', '电子邮箱', '上班时间', '办公时间', '网站主办',
];

/** Whole lines that are the footer's links and buttons, never a line of a report. */
const FOOTER_LINES: ReadonlySet<string> = new Set([
  '联系我们', '网站地图', '站点地图', '关于本站', '关于我们', '法律声明', '免责声明', '隐私声明', '网站声明',
  '隐私政策', '使用帮助', '网站纠错', '意见建议', 'Copyright', 'copyright', 'All Rights Reserved',
  // The dialog shown before a link leaves the site (folded: 是否继续？ is 是否继续?).
  '是否继续?', '放弃', '继续访问',
]);

/** A label of FOOTER_LABELS then a colon and a short value without a sentence's punctuation. */
const LABELLED = new RegExp(`^(?:${FOOTER_LABELS.join('|')})\\s*[:：][^。；;]{0,80}$`);
/** The site's accounts: an owner that is a government or its press office, then the kind of account. */
const ACCOUNT = /^[\u4e00-\u9fff]{1,12}(?:人民政府|政府|发布|政务)(?:官方)?(?:微信|微博|客户端|公众号|抖音号?|头条号|视频号)$/;
/** 您访问的链接即将离开“河北省人民政府”门户网站; 您是第 / 74367782 位访客. */
const NOTICE = /^(?:您访问的链接即将离开|您即将离开|您是第\s*\d*\s*$|\d{1,12}\s*位访客$)/;

export function isSiteFooterLine(content: string): boolean {
  if (content.length > 120) return false;
  return FOOTER_LINES.has(content) || LABELLED.test(content) || ACCOUNT.test(content) || NOTICE.test(content);
}
