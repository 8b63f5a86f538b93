/** Version of the analyser; stored with every analysis so `reanalyze` can find older ones. */
export const PIPELINE_VERSION = '0.1.0';
