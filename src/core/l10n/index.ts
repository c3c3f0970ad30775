/** The core's user-facing words in the caller's language (@vscode/l10n with the extension's zh-cn bundle). */
export { bundleLanguage, translator } from './translate';
export type { DisplayLanguage, L10nReplacement, Translate } from './translate';
export { kindLabels, outcomeLabels, outlineKindLabel, statusLabels, tableLabels } from './labels';
export type { StatusLabels, TableLabels } from './labels';
export { cardStrings, lineText, moreMentionsText, positionCell, positionText, positionTitle } from './cardLabels';
export type { CardLabels, CardSeriesLabels, CardStrings } from './cardLabels';
export { termTableLabels } from './termLabels';
export type { TermChangeList, TermTableLabels } from './termLabels';
