/**
 * Outside text shared by several tests: stored page excerpts (not corpus reports, never labelled), kept as the page
 * gave them.
 */

/**
 * 正蓝旗 2019 as gongwensou.com copies it (stored page excerpt, /work/outside/outline12/pages/015): “vfO” after each
 * paragraph end, the body hard-wrapped at 40 characters, without its headline line.
 */
export const ZHENGLAN_2019 = [
  '政 府 工 作 报 告vfO',
  '2019年3月21日在正蓝旗第十五届人民代表大会第二次会议上vfO',
  '正蓝旗人民政府旗长 宝音图vfO',
  '各位代表:vfO',
  '现在,我代表旗人民政府向大会报告工作,请予审议,并请政协委员和列席会议的',
  '同志们提出意见。vfO',
  '一、2018年工作回顾vfO',
  '过去的一年,在盟委、行署和旗委的坚强领导下,在旗人大、政协的监督支持下,',
  '我们团结带领全旗干部群众,直面挑战、攻坚克难、群策群力、奋发有为,全力推进经',
  '济社会高质量发展,较好地完成了全年主要目标任务。vfO',
  '一年来,地区生产总值增长5.1%,一般公共预算收入完成3.98亿元,固定资产投资',
  '完成15亿元,社会消费品零售总额完成16亿元,城乡常住居民人均可支配收入分别达到',
  '37462元和17597元、增长7%和10%。vfO',
  '一年来,我们主要做了以下工作。vfO',
].join('\n');

/** The same page with its headline line above the report. */
export const ZHENGLAN_2019_PAGE = `(内蒙古)2019年正蓝旗人民政府工作报告(全文)\n${ZHENGLAN_2019}`;
