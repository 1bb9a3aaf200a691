import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { homeView, HOME_BLOCK_LIMIT } from '../../src/render/home.ts';

const channel = (i: number) => ({ channel: `C${i}`, kind: 'channel' as const, time: '08:00', tz: 'Europe/Berlin', skipEmpty: false, createdAt: '2026-01-01T00:00:00.000Z' });

describe('homeView', () => {
  it('shows the archive, the digest, the language and examples', () => {
    const view = homeView({ archive: { articles: 854, newest: { title: 'Gipfel in Hanoi', date: '2019-02-28' }, updatedAt: '2026-12-07T06:00:00.000Z', merging: true }, channels: [channel(1)], lang: 'de' });
    const text = JSON.stringify(view.blocks);
    assert.equal(view.type, 'home');
    assert.match(text, /854 Artikel/);
    assert.match(text, /Gipfel in Hanoi/);
    assert.match(text, /eingearbeitet/);
    assert.match(text, /<#C1>: täglich um 08:00/);
    assert.match(text, /Aus\. Wähle eine Uhrzeit/);
  });

  it('stays within 100 blocks with many channels and a long feedback summary', () => {
    const latestWrong = Array.from({ length: 20 }, (_, i) => ({ answerId: `a${i}`, question: 'q', kind: 'who', cited: [], user: 'U1', verdict: 'wrong' as const, at: '2026-12-01T00:00:00.000Z' }));
    const view = homeView({
      archive: { articles: 1, merging: false },
      channels: Array.from({ length: 300 }, (_, i) => channel(i)),
      lang: 'en',
      feedback: {
        periods: [
          { days: 7, counts: [] },
          { days: 30, counts: [] },
        ],
        latestWrong,
      },
    });
    assert.ok(view.blocks.length <= HOME_BLOCK_LIMIT);
    assert.ok(view.blocks.length > 20);
  });
});
