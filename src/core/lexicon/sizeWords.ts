/** Words that say only how big a thing is (总量, 规模, 数量): sizeWords.json says where they were seen. */
import data from './sizeWords.json';

export const SIZE_ALONE: ReadonlySet<string> = new Set(data.sizeAlone);
