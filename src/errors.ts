/**
 * The one catalogue of khabar's errors (Fastify style): each code has a message template and an
 * HTTP status, so the CLI and the API say the same thing about the same failure.
 */
export const ERRORS = {
  KHABAR_ERR_USAGE: { status: 400, message: '%s' },
  KHABAR_ERR_NOT_FOUND: { status: 404, message: 'no such file: %s' },
  KHABAR_ERR_NO_SUCH: { status: 404, message: 'no such %s' },
  KHABAR_ERR_UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '%s' },
  KHABAR_ERR_BAD_QUERY: { status: 400, message: 'bad search query: %s' },
  KHABAR_ERR_STORE: { status: 503, message: 'store unavailable: %s' },
  KHABAR_ERR_REFUSED: { status: 403, message: 'refused to fetch %s' },
  KHABAR_ERR_IS_DIRECTORY: { status: 400, message: '%s is a directory, not a file' },
  KHABAR_ERR_EMPTY_INPUT: { status: 400, message: '%s is empty' },
  KHABAR_ERR_BINARY_INPUT: { status: 415, message: '%s looks like a binary file, not text' },
  KHABAR_ERR_TOO_LARGE: { status: 413, message: '%s' },
  KHABAR_ERR_FETCH: { status: 502, message: 'could not fetch %s' },
  KHABAR_ERR_BAD_DATE: { status: 400, message: 'not a date (want YYYY-MM-DD): %s' },
  KHABAR_ERR_BAD_DATA: { status: 500, message: 'invalid data file %s' },
  KHABAR_ERR_BAD_GOLD: { status: 400, message: 'invalid gold file %s' },
  KHABAR_ERR_INTERNAL: { status: 500, message: 'internal error: %s' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An expected failure with a code from the catalogue; shown to users as one line, never a stack. */
export class KhabarError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  /**
   * @example throw new KhabarError('KHABAR_ERR_NOT_FOUND', 'article.txt');
   */
  constructor(code: ErrorCode, detail: string, options?: { cause?: unknown }) {
    super(ERRORS[code].message.replace('%s', detail), options);
    this.name = 'KhabarError';
    this.code = code;
    this.status = ERRORS[code].status;
  }
}
