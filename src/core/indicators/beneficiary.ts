/**
 * “为全省在岗养老护理员、养老机构新入职人员、有意愿从事养老护理工作的社会人员开展职业技能培训超5万人次”: a service given
 * to people (对/为/面向/向/给 them, then 开展/提供/适配 it) is measured by the service. Who receives it is left out
 * when they are a list or a description ending in 的, which would make the name a clause; named briefly
 * (对上消化道癌高危人群开展内镜检查) they stay, as written.
 */
const SERVICE = /^(.{2,}?)(?:开展|提供|适配)(.{2,})$/;
/** The recipient's preposition right before them, a scope word (全省, 全市) between allowed. */
const RECIPIENT = /(?:[对为向给]|面向)(?:全国|全省|全市|全区|全县|全州)?$/;

export function serviceForBeneficiary(name: string | null, before: string): string | null {
  const m = name ? SERVICE.exec(name) : null;
  if (!m || !name) return name;
  const who = m[1] as string;
  if (!who.includes('、') && !who.includes('的')) return name;
  // (The people must follow a preposition of the recipient in the text; 全省开展… has an agent, not a recipient.)
  const at = before.indexOf(who.slice(0, 2));
  return at >= 1 && RECIPIENT.test(before.slice(0, at)) ? (m[2] as string) : name;
}
