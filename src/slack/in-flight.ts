/**
 * Requests being answered right now, so that a shutdown can wait for them (up to a limit)
 * instead of cutting answers off mid-way.
 */

/**
 * A counter of running work with a way to wait until it is done.
 * @example const inFlight = new InFlight(); app.use(({ next }) => inFlight.run(next)); await inFlight.idle(10_000)
 */
export class InFlight {
  private running = 0;
  private waiters: Array<() => void> = [];

  /** How many are running. */
  get count(): number {
    return this.running;
  }

  /** Run `work`, counting it while it runs. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      if (this.running === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Resolve with true once nothing runs, or with false after `timeoutMs`. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.running === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => (clearTimeout(timer), resolve(true)));
    });
  }
}
