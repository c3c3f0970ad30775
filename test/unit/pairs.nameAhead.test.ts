/**
 * A target its group leaves alone may be paired with an actual whose name its sentence says just before it (入库总量
 * 力争超过1万家: references/targets.ts saidNear). Not when that name is another figure's — counted by a figure of its
 * own right before it (建成…等10个重大医疗项目，布局建设100个临床重点专科) — nor when the target's own noun follows its
 * classifier (选取1-2个党群阵地): the figure counts that noun, and the name before it is another thing's. Read on the
 * outside free texts 南山 2018 and 2024, 深圳 2026 (links38), checked on 罗湖 2022 (two more wrong pairs gone).
 */
import { describe, expect, it } from 'vitest';
import { judgedBy, reviewAndPlan as report } from '../support/pairs';

describe('a name said before a target that is another figure’s', () => {
  it('深圳 2026: 100个临床重点专科 is not judged by last year’s 13个医疗项目 (10个重大医疗项目 stands before it)', () => {
    const model = report(
      2026,
      '建成投用香港中文大学（深圳）医院等13个医疗项目，启用华南地区首个质子治疗中心。',
      '深化高水平医院、研究型医院建设，建成阜外医院深圳医院二期等10个重大医疗项目，布局建设100个临床重点专科和30个重点疾病专科医疗中心。',
    );
    expect(judgedBy(model, '100个')).toBeUndefined();
  });

  it('南山 2018: 16个街心花园 is not judged by last year’s 8个花漾街区 (the list’s item before it)', () => {
    const model = report(
      2018,
      '建成2条花卉景观大道、8个花漾街区，公园总数达130个。',
      '落实“世界著名花城”建设行动，建成2条花卉景观大道、8个花漾街区、16个街心花园，让居民群众漫步在花的海洋。',
    );
    expect(judgedBy(model, '16个')).toBeUndefined();
    // The list's own items keep their pairs.
    expect(judgedBy(model, '8个')).toBe('8个');
  });

  it('南山 2024: 1-2个党群阵地 counts the 阵地 after it, not the 党群服务中心 said before', () => {
    const model = report(
      2024,
      '新建孖洲岛等3个党群服务中心，高质量办理民生实事20项、民生微实事1953件，在“过紧日子”的同时，民生支出只增不减，幸福“底色”持续擦亮。',
      '建设丽雅侨城北、桃源365幸福空间等一批党群服务中心，每个街道选取1-2个党群阵地开展微改造，推动功能集约、风格简约、经费节约。',
    );
    expect(judgedBy(model, '1-2个')).toBeUndefined();
  });

  it('南山 2018: 2座二层连廊 is not judged by last year’s 4座 人行天桥 (10座人行天桥, the item before it, counts those)', () => {
    const model = report(
      2018,
      '沙河西路、桂庙路快速化改造持续推进，新建、续建南海大道南延段等道路15条，建成人行天桥4座。',
      '深化、完善代建制改革，在学校、医院、道路、文体设施等基础设施和民生领域，大力推行代建制，启动10座人行天桥、2座二层连廊等公共设施项目，促进政府投资提质提效。',
    );
    expect(judgedBy(model, '2座')).toBeUndefined();
  });
});
