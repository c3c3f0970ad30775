/**
 * The opening of 南山区 2021 (outside free text, Jianzi270/zizhengLLM): a term report with no title, date, meeting or
 * year of its own — its review (过去五年) can be dated by nothing but its file's name. Quoted exactly, lines between
 * left out.
 */
export const UNDATED_OPENING = [
  '各位代表：',
  '　　现在，我代表南山区人民政府，向大会报告政府工作，请予审议，并请各位政协委员和其他列席人员提出意见。　　',
  '过去五年工作回顾',
  '　　过去五年，我们坚定不移走创新发展之路，城区发展更高质量',
  '　　经济体量更大。本地生产总值高位竞进，超过6500亿元，超额完成“十三五”规划目标，总量稳居全省区（县）第一。',
  '',
].join('\n');
