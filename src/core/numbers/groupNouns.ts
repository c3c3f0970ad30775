import { PEOPLE_NOUNS } from '../lexicon/nameWords';
/**
 * People counted by a magnitude alone, beyond the lexicon's people nouns (nameWords.json): the groups older reports
 * and plans count this way (近千万知识青年上山下乡, 上百万赤脚医生 — national 1975; 再扫除350万青壮年文盲 — 1998;
 * 一千二百万侨民 — 1954), and the words that may qualify a people noun between (三千多万失业人员, 上百万赤脚医生).
 */
// (孕产妇 too: 全省30万以上参保孕产妇, 浙江 2026; and 青、壮年 as 1960 writes it: 已经有一亿一千多万青、壮年摆脱了文盲地位.)
// (And the party's members, compatriots and red guards, which the CPC congress reports count so: 拥有五千万党员的大党 —
// congress 14, 15; 两千三百万台湾同胞 — 16, 17; 一千三百万红卫兵 — 9 (unseen, session 25); 二千八百万党员 — 10.)
// (侨民 and 华侨 of 1954 are the lexicon's own people nouns: listed there, not here again.)
// (Volunteers, registered and counted by a magnitude alone: 注册志愿者超过90万 — 深圳 2014, 注册志愿者105万 — 深圳 2015,
// 注册志愿者总数超381万 — 深圳 2024; 注册义工达到31万 — 宝安 2015, 义工总人数突破31万 — 宝安 2016; and the people of a place
// addressed so: 守护了30万父老乡亲的生命安全 — 盐田 2022, 全区30万父老乡亲团结一心 — 盐田 2023; all outside.)
export const MORE_PEOPLE: readonly string[] = ['人才', '工人', '专家', '青年', '青壮年', '青、壮年', '文盲', '手工业者', '孕产妇', '党员', '共产党员', '同胞', '红卫兵', '志愿者', '义工', '父老乡亲'];

// (台湾 and 大陆 before 同胞: 十三亿大陆同胞和两千三百万台湾同胞 — congress 17; 两千三百万台湾同胞 — 16.)
export const GROUP_WORDS: readonly string[] = ['台湾', '大陆', '少数民族', '失业', '下岗', '高级专门', '专门', '科技', '技术', '农村', '城镇', '贫困', '退休', '在校', '知识', '赤脚', '住房困难', '困难'];

/** Every noun that counts people: the lexicon's people nouns and these groups, one list for the patterns that read either. */
export const ALL_PEOPLE: readonly string[] = [...PEOPLE_NOUNS, ...MORE_PEOPLE];
