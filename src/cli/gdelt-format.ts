/**
 * `khabar analyze --format gdelt`: the analysis's events as GDELT Event 2.0 rows (see
 * docs/gdelt.md). The formatter lives with the events stage; this module is the CLI's entry.
 */
export { formatGdelt, GDELT_COLUMNS, cameoCountry } from '../analysis/events/gdelt.ts';
