/** The units and opening words of a project's size (100万千瓦, 年产5万吨): worksSizes.json says where they were seen. */
import data from './worksSizes.json';

export const WORKS_SIZE_UNITS: readonly string[] = data.units;
export const WORKS_SIZE_OPENERS: readonly string[] = data.openers;
/** The units of a voltage grade a facility is named by (10kV线路, 110千伏变电站). */
export const GRADE_UNITS: readonly string[] = data.gradeUnits;
