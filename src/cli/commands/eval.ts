import { KhabarError } from '../../errors.ts';

/** `khabar eval` (placeholder until its issue lands). */
export async function run(_argv: string[]): Promise<number> {
  throw new KhabarError('KHABAR_ERR_USAGE', 'eval is not implemented yet');
}
