import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { headShape } from '../../src/core/outline/leadSeries';
import { readCorpus } from '../support/corpus';

/**
 * A part with no numbered sections whose paragraphs open with titles written to one measure: two clauses, each the same
 * length from paragraph to paragraph, whatever their first words (free outside texts of src32, yver-sun/gaoyang-towel-
 * resilience @a1caada, /work/outside/src32/SOURCES.md): 阜平县 2022 part 2021年主要工作回顾, lines 15–21 (10+10 ×7), and
 * 涞水县 2020 part 三, lines 70–73 (6+19 ×4). Paragraphs cut after two sentences. Neither was read as a series: their
 * heads differ (脱贫/产业/园区…, 践行/强化/严守/秉承) and each title is too long for a lone lead sentence with a comma.
 */
const OPENING = ['各位代表：', '现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和列席会议的同志提出意见。'];
const FUPING_2022 = [
  ...OPENING,
  '2021年主要工作回顾',
  '2021年，是中国共产党成立100周年，是奋进“十四五”新征程的开局之年，也是阜平巩固脱贫攻坚成果、全面推进乡村振兴、加快实现高质量高速发展的关键一年。一年来，我们坚持以习近平新时代中国特色社会主义思想为指导，在中央、省市和县委的坚强领导下，不忘初心、勇毅前行，较好完成了全年主要任务目标。',
  '脱贫成果持续巩固拓展，乡村振兴迈出坚实步伐。严格落实“四个不摘”〔1〕要求，主要帮扶政策保持总体稳定。',
  '产业发展持续提质增效，结构效益同步优化升级。农业特色产业发展壮大，食用菌达到2.1万亩，获全国“具公共性卓越品牌”荣誉。',
  '园区平台持续规范提升，营商环境不断优化升级。开发区基础配套进一步完善，装配园标准化厂房、市政配套和阜东工业台地标准化厂房、110千伏变电站等项目加快实施。',
  '社会治理持续深化提升，安全稳定局面不断巩固。深入开展党史学习教育，坚持从党的奋斗历史中汲取前进力量，学习教育焕发的激情正在转换为高质量高速发展的强大动力。',
  '审计、粮食、气象、物价、邮政、供销、民族宗教、妇女儿童、退役军人事务管理、国防动员等工作均取得可喜成绩。',
  '各位代表!惟其艰难，方显勇毅。回首这一年，意义非凡。',
].join('\n');
const LAISHUI_2020 = [
  ...OPENING,
  '一、2019年工作回顾',
  '刚刚过去的一年，是我县大事多、难事多的一年，是问题突发、风险叠加的一年，是殚精竭虑、刻骨铭心的一年。',
  '三、全面提升政府治理能力和水平',
  '新起点、新目标，必须有新气象、新作为。我们要深化“不忘初心、牢记使命”主题教育成果，创新行政方式、提高行政效能、提升执政能力，建设人民满意的服务型政府。',
  '践行初心使命，坚持自我革新自觉讲担当、善作为、重落实。把党的建设贯穿政府工作全过程，深入学习贯彻习近平新时代中国特色社会主义思想，持续推进“四问”大讨论。',
  '强化法治思维，推进依法行政贯穿全过程、全链条、全环节。围绕治理体系和治理能力现代化，扎实开展法治政府建设，严格按照法定权限和程序行使权力、履行职责。',
  '严守纪律规矩，筑牢拒腐防线做到知敬畏、严约束、守底线。切实贯彻县委立规矩、理秩序的要求，坚决把纪律和规矩挺在前面，严格执行《准则》《条例》及中央八项规定。',
  '秉承为民理念，有效化解百姓身边操心事、烦心事、揪心事。始终坚持党的群众路线，站稳群众立场，主动服务、靠前服务、热情服务，竭尽全力办好事、办实事。',
  '各位代表!雄关漫道真如铁，而今迈步从头越。',
].join('\n');

const line = (file: string, start: string): string => readCorpus(file).split('\n').find((l) => l.startsWith(start)) as string;
const children = (text: string, part: string): string[] =>
  (analyzeReport(text).outline.find((n) => n.title === part)?.children ?? []).map((n) => `${n.level} ${n.kind} ${n.title}`);

describe('titles of two clauses written to one measure are a series of leads', () => {
  it('reads the four 10+10 titles of 阜平 2022 part 一 as its leads, not the intro or the closing words', () => {
    expect(children(FUPING_2022, '2021年主要工作回顾')).toEqual([
      '2 lead 脱贫成果持续巩固拓展，乡村振兴迈出坚实步伐',
      '2 lead 产业发展持续提质增效，结构效益同步优化升级',
      '2 lead 园区平台持续规范提升，营商环境不断优化升级',
      '2 lead 社会治理持续深化提升，安全稳定局面不断巩固',
    ]);
  });

  it('reads the four 6+19 titles of 涞水 2020 part 三 (自我 is no speaker)', () => {
    expect(children(LAISHUI_2020, '全面提升政府治理能力和水平')).toEqual([
      '2 lead 践行初心使命，坚持自我革新自觉讲担当、善作为、重落实',
      '2 lead 强化法治思维，推进依法行政贯穿全过程、全链条、全环节',
      '2 lead 严守纪律规矩，筑牢拒腐防线做到知敬畏、严约束、守底线',
      '2 lead 秉承为民理念，有效化解百姓身边操心事、烦心事、揪心事',
    ]);
  });

  it('measures two clauses only: one clause, three clauses or a short clause give no measure', () => {
    expect(headShape('脱贫成果持续巩固拓展，乡村振兴迈出坚实步伐。严格落实“四个不摘”要求，主要帮扶政策保持总体稳定。')).toContain('=10+10');
    // Dev 2015 part 六: two commas, read by its head (坚持2) as before.
    const shape = headShape(line('national/2015.txt', '坚持依宪施政，依法行政'));
    expect(shape).toMatch(/^坚持2/);
    expect(shape).not.toContain('=');
    // 南山区 2021 (src27) line 62: a three-character clause is no measured title.
    expect(headShape('讲政治，对党忠诚。提高政治判断力。进一步增强“四个意识”、坚定“四个自信”、做到“两个维护”，做到重大问题和关键环节上头脑特别清醒、眼睛特别明亮，确保政治立场不移、政治方向不偏。')).not.toContain('=');
  });
});
