/** Ingest progress: a bar with done/total, rate and ETA on a terminal, plain lines otherwise. */

export interface ProgressSink {
  isTTY?: boolean;
  write(s: string): unknown;
}

function fmtSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * Reports ingest progress to a stream.
 *
 * @example
 * const p = new Progress(process.stderr, 345); p.tick('added', 'a.txt'); p.finish();
 */
export class Progress {
  private done = 0;
  private readonly started = performance.now();
  private lastDraw = 0;

  constructor(private readonly out: ProgressSink, public total: number) {}

  /** Rate in items per second so far. */
  rate(): number {
    const s = (performance.now() - this.started) / 1000;
    return s > 0 ? this.done / s : 0;
  }

  /** One item finished with a status (`added`, `duplicate`, `failed`). */
  tick(status: string, source: string, detail = ''): void {
    this.done++;
    if (this.total < this.done) this.total = this.done;
    if (!this.out.isTTY) {
      this.out.write(`[${this.done}/${this.total}] ${status} ${source}${detail ? `: ${detail}` : ''}\n`);
      return;
    }
    const now = performance.now();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    const width = 30;
    const frac = this.total ? this.done / this.total : 0;
    const filled = Math.round(frac * width);
    const rate = this.rate();
    const eta = rate > 0 ? (this.total - this.done) / rate : Infinity;
    this.out.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} ${rate.toFixed(1)}/s ETA ${fmtSeconds(eta)}  `);
  }

  /** Ends the bar line on a terminal. */
  finish(): void {
    if (this.out.isTTY) this.out.write('\n');
  }
}
