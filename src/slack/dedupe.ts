/**
 * Slack retries event deliveries (X-Slack-Retry-Num) when it thinks we did not answer in time.
 * Remember recent event ids so the same event is never answered twice.
 */

/**
 * A bounded set of recently seen ids.
 * @example const seen = new RecentIds(1000); seen.firstTime("Ev1") // true, then false
 */
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 5000) {}

  /** True the first time an id is offered; false for every repeat. */
  firstTime(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}
