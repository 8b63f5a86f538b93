import { KhabarError } from '../../errors.ts';

/** `khabar analyze` (placeholder until its issue lands). */
export async function run(_argv: string[]): Promise<number> {
  throw new KhabarError('KHABAR_ERR_USAGE', 'analyze is not implemented yet');
}
