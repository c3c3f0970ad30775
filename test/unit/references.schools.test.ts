/**
 * A school said again by its name (北城中学, 西街小学) links to its first mention, as a named project does: 中学 and 小学
 * are type words (entityTypes.json), and the class of schools (中小学, 普通中学, 普通高中学位) is no name
 * (src/core/references/schoolClasses.ts). Real lines of src32 阜平县-2021 (lines 20, 80), 高阳县-2017 (44, 128),
 * 河北省-2009 (53, 124) and national 1958 (67, 280), outside ../shared/corpus, and of dev 广东 2026 (lines 137, 165).
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { schoolClass } from '../../src/core/references/schoolClasses';

const TITLE = '标题：2021年阜平县政府工作报告\n发文单位：阜平县人民政府\n\n正文：\n\n';

const links = (body: string, title = TITLE): string[] =>
  analyzeReport(title + body)
    .references.filter((r: Reference) => r.kind === 'entity' && /[中小]学/.test(r.from.text))
    .map((r) => `${r.from.range.start.line}:${r.from.text} → ${r.to.range.start.line}:${r.to.text}`);

describe('a school said again', () => {
  it('links each school of a list said again to its first mention (阜平县 2021)', () => {
    const body = ['改造提升93所小规模及薄弱学校，启动了北城中学、西城小学、王林口中学建设。', '推进教育优化提升，完成北城中学、西城小学、王林口中学建设。'].join('\n');
    expect(links(body)).toEqual(['6:北城中学 → 5:北城中学', '6:西城小学 → 5:西城小学', '6:王林口中学 → 5:王林口中学']);
  });

  it('links a school said with its works (高阳县 2017: 西街小学迁建)', () => {
    const title = TITLE.replace(/2021年阜平县/g, '2017年高阳县').replace('阜平县人民政府', '高阳县人民政府');
    const body = ['北二环西段道路建成通车，西街小学迁建主体基本完工，宏利佳九年一贯制学校主体完工。', '加快县医院迁建、西街小学迁建、宏利佳九年一贯制学校等民生工程建设。'].join('\n');
    expect(links(body, title)).toEqual(['6:西街小学 → 5:西街小学']);
  });

  it('leaves the class of schools: 中小学 (河北省 2009), 普通中学 (national 1958)', () => {
    const title = '标题：河北省2009年政府工作报告\n发文单位：河北省人民政府\n\n正文：\n\n';
    const body = ['投入11.97亿元实施农村中小学取暖设施改造工程。', '进一步健全义务教育经费保障机制，提高农村中小学公用经费标准。'].join('\n');
    expect(links(body, title)).toEqual([]);
    const line = '高等学校增长百分之九点七，普通中学增长百分之十五，小学增长百分之';
    expect(schoolClass(line, line.indexOf('中学'), '中学')).toBe(true);
  });

  it('leaves a school stage: 普通高中学位 (广东 2026)', () => {
    const title = '标题：2026年广东省政府工作报告\n发文单位：广东省人民政府\n\n正文：\n\n';
    const body = ['义务教育优质均衡发展县创建，新增普通高中学位20万个以上，办好特殊教育。', '重点推进城乡人口流入多、学位紧缺地区的普通高中学位建设，增加学位超20万个。'].join('\n');
    expect(links(body, title)).toEqual([]);
  });
});
