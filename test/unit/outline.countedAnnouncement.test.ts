import { describe, expect, it } from 'vitest';
import { isAnnouncement } from '../../src/core/outline/leads';
import { readCorpus } from '../support/corpus';
import { nodeAtLine } from '../support/outlineNodes';

// A sentence that ends on the count of the points it announces introduces them and titles nothing. Unseen witnesses
// (session 24): 黑龙江 2025 part 二 “做好今年政府工作，要着力把握好五个方面。” over 一是…五是, and the 14th CPC congress
// report “建立社会主义市场经济体制，要认真抓好几个相互联系的重要环节。” over 一是…四是. Each was read as a lead, which put
// the points one level down under it (a false level-2 node; the congress's points fell below depth 3).
describe('an announcement ending on the count of its points is no lead', () => {
  it('reads the dev announcements of counted points (1955) and keeps counted words inside leads (dev titles)', () => {
    expect(isAnnouncement('我现在要说的是关于农业的合作化、农业的增产措施、对农业生产的领导这三个问题')).toBe(true);
    expect(isAnnouncement('实现上述目标，要着力把握好五个方面')).toBe(true);
    expect(isAnnouncement('要认真抓好几个相互联系的重要环节')).toBe(true);
    // Dev leads naming a count that is not what the sentence ends on (2011, 湖南 2026, 辽宁 2026).
    expect(isAnnouncement('必须坚持统筹国内国际两个大局')).toBe(false);
    expect(isAnnouncement('持续用力打造“三个高地”，推动高质量发展实现新突破')).toBe(false);
    expect(isAnnouncement('坚持“两个毫不动摇”')).toBe(false);
  });

  it('keeps 一是 points under the part when the announcement over them counts them (dev 天津 2026 part 二)', () => {
    const text = readCorpus('local/天津市-2026.txt');
    const announcement = '实现上述目标，重点从以下几个方面把握：';
    expect(text).toContain(announcement);
    // As published: the announcement ends on a colon.
    expect(nodeAtLine(text, announcement)).toBeUndefined();
    expect(nodeAtLine(text, '一是以推进京津冀协同发展为战略牵引')).toMatchObject({ kind: 'point', level: 2 });
    // The same part with its announcement in the unseen form: no lead, the points stay at level 2.
    const counted = text.replace(announcement, '实现上述目标，要着力把握好五个方面。');
    expect(nodeAtLine(counted, '实现上述目标，要着力把握好五个方面。')).toBeUndefined();
    expect(nodeAtLine(counted, '一是以推进京津冀协同发展为战略牵引')).toMatchObject({ kind: 'point', level: 2 });
    expect(nodeAtLine(counted, '九是提升城市治理现代化水平')).toMatchObject({ kind: 'point', level: 2 });
  });
});
