import { describe, expect, it } from 'vitest';
import { nodeAtLine } from '../support/outlineNodes';

/**
 * Sites that convert reports to traditional script print a character's pinyin reading in parentheses after it (區(qū),
 * 經(jīng)濟). The text folds the readings to spaces (normalize.ts); the outline shows titles as written, so they must
 * drop them there too.
 */

/** 土默特左旗 2017 from m.ilynn.cn (stored page excerpt, /work/outside/outline12/pages/012.txt), its lines as the page has them. */
const TUMOTE_LEFT_2017 = [
  '政 府 工 作 報 告',
  '——2017年12月5日在土默特左旗第十七屆人民代表大會第一次會議上',
  '土默特左旗人民政府旗長 成紅亮',
  '各位代表:',
  '現(xiàn)在,我代表旗人民政府向大會報告工作,請予審議,并請旗政協(xié)委員和其他列席會議的同志們提出意見。',
  '一、本屆政府工作回顧',
  '過去五年,是我旗發(fā)展充滿挑戰(zhàn)、極不平凡的五年,也是經(jīng)濟轉(zhuǎn)型升級、提質(zhì)增效的五年。',
  '(一)五年來,我們始終堅持經(jīng)濟發(fā)展第一要務(wù),提質(zhì)增效,產(chǎn)業(yè)規(guī)模不斷壯大。',
  '現(xiàn)代農(nóng)牧業(yè)發(fā)展成效顯著。農(nóng)業(yè)供給側(cè)結(jié)構(gòu)性改革扎實推進(jìn),種植結(jié)構(gòu)進(jìn)一步優(yōu)化。',
].join('\n');

describe('a heading title printed with pinyin readings', () => {
  it('is shown without them (土默特左旗 2017, traditional script with readings)', () => {
    expect(nodeAtLine(TUMOTE_LEFT_2017, '(一)五年來')).toMatchObject({
      kind: 'section',
      title: '五年來,我們始終堅持經濟發展第一要務,提質增效,產業規模不斷壯大',
    });
  });
});
