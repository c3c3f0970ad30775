/**
 * Adverbs said before a verb of doing (适当|缩小指令性计划, 超额|完成计划, 优先|发展北部湾经济区, 主动|服务北京城市副中心):
 * a reading that opens with one and then a verb is a clause said twice, never a name's start, however often it recurs
 * (modifiers.ts opensWithManner reads them with the words of manner). Read as names, a wide dump of outside reports
 * linked such clauses from paragraph to paragraph (national 1958/1986, 河北 2018, 广西 2026).
 */
export const ADVERBS_OF_DOING: readonly string[] = ['适当', '超额', '坚决', '优先', '主动', '切实', '认真', '继续', '不断', '持续', '进一步'];
