/** Maps failures to the catalogue of src/errors.ts, as JSON for the API and HTML for pages. */
import { ZodError } from 'zod';
import { KhabarError } from '../errors.ts';

export interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * A thrown value as catalogue error: KhabarError as is, zod failures as usage errors,
 * anything else as an internal error whose detail stays in the server log.
 *
 * @example
 * toKhabarError(new Error('boom')).code; // 'KHABAR_ERR_INTERNAL'
 */
export function toKhabarError(err: unknown): KhabarError {
  if (err instanceof KhabarError) return err;
  if (err instanceof ZodError) {
    const i = err.issues[0];
    const where = i.path.length ? `${i.path.join('.')}: ` : '';
    return new KhabarError('KHABAR_ERR_USAGE', `${where}${i.message}`);
  }
  if (err instanceof SyntaxError) return new KhabarError('KHABAR_ERR_USAGE', `malformed request body: ${err.message}`);
  return new KhabarError('KHABAR_ERR_INTERNAL', 'the server failed to answer; see its log');
}

/**
 * The JSON body of an error answer.
 *
 * @example
 * errorBody(new KhabarError('KHABAR_ERR_USAGE', 'bad')); // { error: { code: 'KHABAR_ERR_USAGE', message: 'bad' } }
 */
export function errorBody(err: KhabarError): ErrorBody {
  return { error: { code: err.code, message: err.message } };
}
