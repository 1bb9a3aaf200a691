/**
 * The editors' feedback summary, read from the feedback store (`/korea feedback`, the App Home,
 * `npm run feedback`).
 */
import type { FeedbackSummary } from '../render/feedback.ts';
import type { FeedbackStore } from './feedback.ts';

/**
 * Counts for the last 7 and 30 days and the latest 20 "wrong" votes.
 * @example (await feedbackSummary(store, new Date())).periods.map((p) => p.days) // [7, 30]
 */
export async function feedbackSummary(store: FeedbackStore, now: Date): Promise<FeedbackSummary> {
  const since = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  return {
    periods: [
      { days: 7, counts: await store.countsSince(since(7)) },
      { days: 30, counts: await store.countsSince(since(30)) },
    ],
    latestWrong: await store.latestWrong(20),
  };
}
