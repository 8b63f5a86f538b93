import { KhabarError } from '../../errors.ts';

/** `khabar ner` (placeholder until its issue lands). */
export async function run(_argv: string[]): Promise<number> {
  throw new KhabarError('KHABAR_ERR_USAGE', 'ner is not implemented yet');
}
