import type { ChartRequest } from '../core/charts';

/** Opens a chart: from the Command Palette (a pick list), a hover card's link (a ChartRequest) or an Indicators view item. */
export const SHOW_CHART_COMMAND = 'govreport.showChart';

/** Opens a chart of terms' frequencies across years; for other parts of the extension (not contributed to menus). */
export const SHOW_TERMS_CHART_COMMAND = 'govreport.showTermsChart';

/** A link a hover card shows under the figure: its label and a `command:` URI of SHOW_CHART_COMMAND. */
export interface HoverChartLink {
  readonly label: string;
  readonly uri: string;
}

/**
 * A `command:` URI that opens the chart (rust-analyzer style: the arguments JSON-encoded in the query). The command
 * validates them again (parseChartRequest): a link in a Markdown string is not trusted input.
 */
export function chartCommandUri(request: ChartRequest): string {
  const plain: ChartRequest =
    request.type === 'years'
      ? { type: 'years', place: request.place, groupKey: request.groupKey, unit: request.unit, ...(request.additions ? { additions: true as const } : {}) }
      : {
          type: 'places',
          year: request.year,
          status: request.status,
          groupKey: request.groupKey,
          unit: request.unit,
          ...(request.level ? { level: request.level } : {}),
          ...(request.additions ? { additions: true as const } : {}),
        };
  // encodeURIComponent leaves ( ) alone, and a “)” would end the Markdown link early.
  const query = encodeURIComponent(JSON.stringify([plain])).replace(/\(/gu, '%28').replace(/\)/gu, '%29');
  return `command:${SHOW_CHART_COMMAND}?${query}`;
}
