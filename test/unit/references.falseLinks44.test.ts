/**
 * Links a reader would not make (issue 13, the precision half; session 34's links44 round), each class seen in two or
 * more outside free texts (src32, 保定's city and counties): an epithet X之城 read as a kind, a grade's class after
 * 以上 read as a name starting on 上, the adverb 高速 before 发展 read as an expressway, and a kind said as one more of it
 * (新的|经济增长极) read as a name. Short real lines.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';

const entityLinks = (text: string): string[] =>
  analyzeReport(text)
    .references.filter((r: Reference) => r.kind === 'entity')
    .map((r) => `${r.from.text} → ${r.to.text}`);

const report = (...paragraphs: string[]): string => ['各位代表：', ...paragraphs.map((p) => `\u3000\u3000${p}`)].join('\n');

describe('false links guarded by structure (links44)', () => {
  it('an epithet X之城 is the goal a place sets itself, no kind of named place (涞水 2021, outside)', () => {
    const text = report(
      '未来五年，政府工作围绕全县四个发展定位，全面落实市委“七个一体化”部署，全力推动品质生活之城建设迈好第一步、见到新气象，重点抓好以下八大任务。',
      '按照世界级城市群的标准和品位，坚持外延内拓，推进县城扩容升级，补齐公共服务短板，提高县城综合承载能力，高质量建设品质生活之城。',
      '2021年是伟大的开局之年，我们将围绕构建京雄保一体化发展新格局、精心打造品质生活之城，紧紧团结和依靠全县广大干部群众，切实加强政府自身建设。',
    );
    expect(entityLinks(text).filter((l) => l.includes('之城'))).toEqual([]);
  });

  it('a grade’s class after 以上 is counted, no name, and no name starts on 上 (曲阳 2020, 涞水 2020, outside)', () => {
    const quyang = report('县级以上现代农业园区达到12个，建成太行山农业创新驿站3个。', '抓好现代农业园区完善提升，深化太行山农业创新驿站建设。');
    expect(entityLinks(quyang).filter((l) => l.includes('农业园区'))).toEqual([]);
    const laishui = report(
      '现代农业不断壮大，桑梓文化产业园区、信忠蔬菜园区被认定为市级现代农业园区，全县市级以上现代农业园区达8家;打造“京涞派”农特产品主品牌。',
      '巩固提升现代特色农业示范园区建设，力争新增市级以上现代农业园区2家;深化农业供给侧结构性改革。',
    );
    expect(entityLinks(laishui).filter((l) => l.includes('上现代'))).toEqual([]);
  });

  it('高速 before 发展 is the adverb, no expressway (阜平 2022, outside)', () => {
    const text = report(
      '2021年，是中国共产党成立100周年，也是阜平巩固脱贫攻坚成果、全面推进乡村振兴、加快实现高质量高速发展的关键一年。',
      '深入开展党史学习教育，学习教育焕发的激情正在转换为高质量高速发展的强大动力。',
    );
    expect(entityLinks(text).filter((l) => l.includes('高速'))).toEqual([]);
  });

  it('a kind said as one more of it (新的|经济增长极) is no name (清苑 2021, outside)', () => {
    const text = report(
      '坚持产城融合，以开发区基础设施建设拉开城区发展框架，全力打造新的经济增长极。',
      '加快构建新技术支撑、新业态引领、新模式应用的现代服务业体系，打造新的经济增长极。',
    );
    expect(entityLinks(text).filter((l) => l.includes('增长极'))).toEqual([]);
  });

  it('an expressway said again still links (阜平 2021, outside: 西阜高速 … 西阜高速北延)', () => {
    const text = report(
      '全面推进路水电讯建设，西阜高速建成通车，投资33.4亿元新建三级以上公路43条423公里，完成通村公路176公里。',
      '构建立体交通网络，通用机场开工建设，配合推进雄忻高铁建成通车，积极推动西阜高速北延、阜平至正定机场高速项目。',
    );
    expect(entityLinks(text)).toContain('西阜高速 → 西阜高速');
  });
});
