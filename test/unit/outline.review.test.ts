import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/core';
import { analyzeReport, flattenOutline } from '../../src/core';

/**
 * The close of a review part after its numbered sections: the lessons drawn from the years under review and the
 * problems acknowledged (“我们也清醒地认识到，…”) speak for the whole part, so the lists they announce are the part's,
 * not items of its last section (as 2011's bold “…认识和体会：” makes its 一是…四是 points of part 一).
 */

// 2008年国务院政府工作报告 (aldohemsn/chinese-political-corpora @99bc4b0, government_work_reports.jsonl), lines 0–2,
// 8–11, 37–38, 56–59, 73–77, 108–135 and 144; long paragraphs cut after a whole sentence.
const NATIONAL_2008_EXCERPT = [
  '各位代表：',
  '',
  '现在，我代表国务院，向大会报告本届政府过去五年的工作，对今年工作提出建议，请予审议，并请全国政协各位委员提出意见。',
  '一、 过去五年工作回顾',
  '',
  '',
  '第十届全国人民代表大会第一次会议以来的五年，是不平凡的五年。在中国共产党领导下，各级政府和全国各族人民认真贯彻党的十六大精神，齐心协力，顽强拼搏，积极应对复杂多变的国际环境，努力克服经济社会发展中的各种困难，战胜了突如其来的严重非典疫情和历史罕见的低温雨雪冰冻等特大自然灾害，改革开放和现代化建设取得了举世瞩目的重大成就。',
  '（一）加强和改善宏观调控，促进经济平稳快速发展',
  '',
  '（二）大力推进改革开放，注重制度建设和创新',
  '',
  '',
  '全面深化农村改革。以乡镇机构、农村义务教育和县乡财政管理体制改革为主要内容的农村综合改革，取得阶段性重要成果。',
  '（三）全面加强社会建设，切实保障和改善民生',
  '',
  '',
  '我们坚持统筹经济社会发展，加快教育、卫生、文化、体育等社会事业发展和改革，积极解决涉及人民群众切身利益的问题。',
  '',
  '五年来，我们始终重视政府自身改革和建设。本届政府把实行科学民主决策、推进依法行政、加强行政监督作为政府工作的三项基本准则。',
  '',
  '过去五年，我们在丰富实践中积累了许多宝贵经验，主要体会是：',
  '',
  '第一，必须坚持解放思想。解放思想、实事求是是我们党的思想路线。只有坚持一切从实际出发，破除迷信，敢于冲破不合时宜的观念束缚，尊重群众首创精神，大胆探索、实践和创造，与时俱进，才能使社会主义现代化事业充满生机和活力。',
  '',
  '第二，必须坚持落实科学发展观。科学发展观是发展中国特色社会主义的重大战略思想，是我国经济社会发展的重要指导方针。',
  '',
  '第三，必须坚持改革开放。改革开放是决定当代中国命运重大而关键的抉择。我们要坚定不移地推进经济体制改革、政治体制改革，发展社会主义民主政治，完善社会主义市场经济体制，解放和发展生产力，促进社会公平正义，实现人的全面发展。',
  '',
  '第四，必须坚持搞好宏观调控。宏观调控与市场机制都是社会主义市场经济体制的组成部分。我们要更大程度地发挥市场在资源配置中的基础性作用，增强企业活力和竞争力。',
  '',
  '第五，必须坚持执政为民。政府的一切权力都是人民赋予的，执政为民是各级政府的崇高使命。我们要牢记全心全意为人民服务的宗旨，把实现好、维护好、发展好最广大人民的根本利益，作为政府工作的出发点和落脚点。',
  '',
  '第六，必须坚持依法行政。遵守宪法和法律是政府一切工作的根本原则。我们要严格按照法定权限和程序行使权力、履行职责，加强政府立法，规范行政执法，完善行政监督，建设法治政府，不断提高依法行政能力。',
  '',
  '我们也清醒地认识到，经济社会发展和政府工作中还存在不少问题，国内外形势发展变化使我们面临诸多新的挑战和风险。',
  '',
  '——经济运行中一些突出问题和深层次矛盾依然存在。近年来固定资产投资增长过快，货币信贷投放过多，国际收支不平衡。',
  '',
  '——涉及群众切身利益的问题有待进一步解决。当前物价上涨、通货膨胀压力加大，是广大群众最为关注的问题。去年居民消费价格总水平比上年上涨4.8%，主要是食品和居住类价格涨幅较大。',
  '',
  '——国际经济环境变化不确定因素和潜在风险增加。随着经济全球化深入发展，我国经济与世界经济联系越来越密切。',
  '',
  '——政府自身建设和管理需要加强。我们深深感到，政府工作与形势的要求和人民的期望还有不小差距。政府职能转变还不到位，社会管理和公共服务比较薄弱；一些部门职责交叉、权责脱节，相互推诿，办事效率低下；一些政府工作人员服务意识不强，素质不高；对权力的监督和约束机制不健全，形式主义、官僚主义问题比较突出，弄虚作假、奢侈浪费和腐败现象比较严重。',
  '',
  '我们一定要始终保持清醒头脑，增强忧患意识，以对国家、对人民高度负责的使命感和紧迫感，更加兢兢业业、扎扎实实地做好政府各项工作。',
  '',
  '二、2008年主要任务',
].join('\n');

const nodes = (text: string): OutlineNode[] => flattenOutline(analyzeReport(text).outline).map(({ node }) => node);
const at = (text: string, start: string): OutlineNode | undefined => {
  const line = text.split('\n').findIndex((l) => l.startsWith(start));
  if (line < 0) throw new Error(`no line starts with ${start}`);
  return nodes(text).find((n) => n.selectionRange.start.line === line);
};

describe('the close of a review part', () => {
  it('reads the lessons announced after the last section (“…主要体会是：”) as sections of the part (2008 part 一)', () => {
    expect(at(NATIONAL_2008_EXCERPT, '（三）全面加强社会建设')).toMatchObject({ kind: 'section', level: 2 });
    for (const lesson of ['第一，必须坚持解放思想。', '第六，必须坚持依法行政。']) {
      expect(at(NATIONAL_2008_EXCERPT, lesson), lesson).toMatchObject({ level: 2 });
    }
  });

  it('reads the problems listed after “我们也清醒地认识到，…” as leads of the part, not of the last lesson (2008 part 一)', () => {
    expect(at(NATIONAL_2008_EXCERPT, '——经济运行中一些突出问题')).toMatchObject({ kind: 'lead', level: 2 });
    expect(at(NATIONAL_2008_EXCERPT, '——政府自身建设和管理需要加强')).toMatchObject({ kind: 'lead', level: 2 });
    expect(at(NATIONAL_2008_EXCERPT, '二、2008年主要任务')).toMatchObject({ kind: 'part', level: 1 });
  });
});
