/**
 * The snapshot of one knowledge base is saved by two parties (a live update a few seconds after
 * the last change, and the snapshot repair after a round of repairs): their saves run one after
 * another, never two at once (else the last rename wins and the work of the other is wasted), and
 * a save asked for while another waits replaces it (the one run encodes the knowledge as it is
 * when it starts, so it holds every change made before either was asked for).
 */

/** A save waiting for the one running, and what resolves once it has run. */
interface Waiting {
  job: () => Promise<void>;
  done: Promise<void>;
}

/**
 * Runs saves one at a time, at most one waiting.
 * @example const saves = new SaveQueue(); await saves.run(() => saveSnapshot(knowledge, "data", fingerprint, [], logger))
 */
export class SaveQueue {
  #running: Promise<void> | undefined;
  #waiting: Waiting | undefined;

  /** Run `job` once no save runs; resolves when it (or a later job that replaced it while waiting) has run. A failing job is ignored here (saves log their own failures). */
  run(job: () => Promise<void>): Promise<void> {
    if (this.#waiting) {
      this.#waiting.job = job;
      return this.#waiting.done;
    }
    if (!this.#running) return this.#start(job);
    const running = this.#running;
    const waiting: Waiting = {
      job,
      done: running.then((): Promise<void> => {
        this.#waiting = undefined;
        return this.#start(waiting.job);
      }),
    };
    this.#waiting = waiting;
    return waiting.done;
  }

  #start(job: () => Promise<void>): Promise<void> {
    const running = job()
      .catch(() => undefined)
      .finally(() => {
        if (this.#running === running) this.#running = undefined;
      });
    this.#running = running;
    return running;
  }
}
