import { describe, expect, it } from 'vitest';
import { announcesList } from '../../src/core/outline/announcedList';
import { nodeAtLine } from '../support/outlineNodes';

// 河北 2000 (yver-sun/gaoyang-towel-resilience data/government_reports/河北省_2000_report.txt), lines 13–115 in part:
// the opening, parts 一、 and 二、, and part 二's list of tasks, a second 一、…四、 announced by “今年的主要任务是：”, each
// paragraph cut after a whole sentence, a blank line between paragraphs.
const HEBEI_2000_EXCERPT = [
  '各位代表：',
  '',
  '现在，我代表省人民政府向大会作工作报告，请予审议，并请省政协各位委员和其他列席同志提出意见。',
  '',
  '一、1999年工作的回顾',
  '',
  '过去的一年，是很不寻常的一年。',
  '',
  '二、2000年工作的指导思想和目标任务',
  '',
  '今年是世纪交替之年。做好今年的工作，对圆满完成"九五"计划，实现现代化建设第二步战略目标，具有十分重要的意义。',
  '',
  '今年的主要任务是：',
  '',
  '一、积极扩大内需',
  '',
  '扩大内需，关系全局，是当前加快经济发展的基本立足点。',
  '',
  '扩大投资需求。认真落实积极的财政政策，引导和支持民间投资，发展多元投资主体，增加农林水利、生态环境、交通通信、城市基础设施、企业技术改造和高新技术产业化等方面的投入。今年，计划全社会固定资产投资1960亿元，增长9％左右。',
  '',
  '二、加速调整农业和农村经济结构',
  '',
  '认真贯彻落实中央农村工作会议精神和省委、省政府《关于加快农业经济结构优化调整的指导意见》，大力发展区域特色经济，巩固和加强农业基础地位。坚持农业产业化经营、乡镇企业和小城镇建设三位一体，统筹规划，全面发展。',
  '',
  '1、不断优化种养业结构。保护和提高粮食综合生产能力，扩大蔬菜、食用菌、饲草、花卉等种植面积。大力发展畜牧、水产业。加强农业服务体系建设，抓好种子工程，实施名牌战略，提高农产品质量，推进科教兴农。',
  '',
  '三、推进国有企业改革、发展和工业结构调整',
  '',
  '认真贯彻落实省委、省政府《关于加快主要工业行业结构调整的指导意见》。深化国有企业改革，加快工业结构调整，提高工业经济增长质量和效益。',
  '',
  '1、加快国有企业改革和发展。坚持有进有退，有所为有所不为。国有经济需要控制的行业和领域，主要包括涉及国家安全和自然垄断的行业，提供重要公共产品和服务的行业，支柱产业和高新技术产业中的重要骨干企业。',
].join('\n');

describe('a second 一、 list announced by its tasks (AnnouncedList)', () => {
  it('reads “…主要任务是：” as announcing the list, like “…以下几个问题。” (河北 2000 part 二)', () => {
    expect(announcesList('今年的主要任务是：')).toBe(true);
    expect(announcesList('实现今年的目标任务，要着力抓好五个方面的工作：')).toBe(true);
    // A colon after something else announces no list of sections.
    expect(announcesList('今年政府工作的总体要求是：')).toBe(false);
  });

  it('places its items as sections of the part, their 1、 items below them, and keeps its 三、 out of the parts', () => {
    expect(nodeAtLine(HEBEI_2000_EXCERPT, '二、2000年工作的指导思想')).toMatchObject({ kind: 'part', level: 1 });
    expect(nodeAtLine(HEBEI_2000_EXCERPT, '一、积极扩大内需')).toMatchObject({ level: 2, marker: '一、', title: '积极扩大内需' });
    expect(nodeAtLine(HEBEI_2000_EXCERPT, '二、加速调整农业')).toMatchObject({ level: 2, marker: '二、' });
    expect(nodeAtLine(HEBEI_2000_EXCERPT, '1、不断优化种养业结构')).toMatchObject({ level: 3, marker: '1、' });
    expect(nodeAtLine(HEBEI_2000_EXCERPT, '三、推进国有企业改革')).toMatchObject({ level: 2, marker: '三、' });
  });
});
