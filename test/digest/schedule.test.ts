import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dueSlot, localDay, nextRun, slotTime } from '../../src/digest/schedule.ts';
import type { Subscription } from '../../src/digest/subscription.ts';

const sub = (time: string, tz = 'Europe/Berlin', createdAt = '2020-01-01T00:00:00Z'): Subscription => ({ channel: 'C1', kind: 'channel', time, tz, skipEmpty: false, createdAt });
const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe('localDay', () => {
  it('reads the calendar day in the zone, not in UTC', () => {
    assert.equal(localDay(at('2025-03-29T22:59:59Z'), 'Europe/Berlin'), '2025-03-29');
    assert.equal(localDay(at('2025-03-29T23:00:00Z'), 'Europe/Berlin'), '2025-03-30');
    assert.equal(localDay(at('2025-07-01T21:59:59Z'), 'Europe/Berlin'), '2025-07-01');
    assert.equal(localDay(at('2025-07-01T22:00:00Z'), 'Europe/Berlin'), '2025-07-02');
    assert.equal(localDay(at('2025-07-01T03:00:00Z'), 'America/New_York'), '2025-06-30');
  });
});

describe('slotTime in Europe/Berlin across the spring-forward night (2025-03-30, 02:00 -> 03:00)', () => {
  it('keeps 08:00 local: 07:00Z in winter time, 06:00Z from the switch day on', () => {
    assert.equal(iso(slotTime('2025-03-29', sub('08:00'))), '2025-03-29T07:00:00.000Z');
    assert.equal(iso(slotTime('2025-03-30', sub('08:00'))), '2025-03-30T06:00:00.000Z');
    assert.equal(iso(slotTime('2025-03-31', sub('08:00'))), '2025-03-31T06:00:00.000Z');
  });
  it('runs a 02:30 subscription at 03:00 CEST on the switch day, when 02:30 does not exist', () => {
    assert.equal(iso(slotTime('2025-03-29', sub('02:30'))), '2025-03-29T01:30:00.000Z');
    assert.equal(iso(slotTime('2025-03-30', sub('02:30'))), '2025-03-30T01:00:00.000Z');
    assert.equal(iso(slotTime('2025-03-31', sub('02:30'))), '2025-03-31T00:30:00.000Z');
  });
});

describe('slotTime in Europe/Berlin across the fall-back night (2025-10-26, 03:00 -> 02:00)', () => {
  it('keeps 08:00 local: 06:00Z in summer time, 07:00Z from the switch day on', () => {
    assert.equal(iso(slotTime('2025-10-25', sub('08:00'))), '2025-10-25T06:00:00.000Z');
    assert.equal(iso(slotTime('2025-10-26', sub('08:00'))), '2025-10-26T07:00:00.000Z');
  });
  it('runs a 02:30 subscription at the first of the two 02:30s', () => {
    assert.equal(iso(slotTime('2025-10-26', sub('02:30'))), '2025-10-26T00:30:00.000Z');
    assert.equal(iso(slotTime('2025-10-27', sub('02:30'))), '2025-10-27T01:30:00.000Z');
  });
});

describe('slotTime in other zones', () => {
  it('America/New_York: 02:30 on its spring-forward day runs at 03:00 EDT', () => {
    assert.equal(iso(slotTime('2025-03-08', sub('02:30', 'America/New_York'))), '2025-03-08T07:30:00.000Z');
    assert.equal(iso(slotTime('2025-03-09', sub('02:30', 'America/New_York'))), '2025-03-09T07:00:00.000Z');
  });
  it('America/New_York: 01:30 on its fall-back day runs at the first 01:30 (EDT)', () => {
    assert.equal(iso(slotTime('2025-11-02', sub('01:30', 'America/New_York'))), '2025-11-02T05:30:00.000Z');
    assert.equal(iso(slotTime('2025-11-03', sub('01:30', 'America/New_York'))), '2025-11-03T06:30:00.000Z');
  });
  it('Australia/Sydney: 02:30 on its October spring-forward day runs at 03:00 AEDT', () => {
    assert.equal(iso(slotTime('2025-10-05', sub('02:30', 'Australia/Sydney'))), '2025-10-04T16:00:00.000Z');
  });
  it('finds the right local day at the extreme offsets (+14 and -11)', () => {
    assert.equal(iso(slotTime('2025-06-01', sub('00:00', 'Pacific/Kiritimati'))), '2025-05-31T10:00:00.000Z');
    assert.equal(iso(slotTime('2025-06-01', sub('23:59', 'Pacific/Kiritimati'))), '2025-06-01T09:59:00.000Z');
    assert.equal(iso(slotTime('2025-06-01', sub('00:00', 'Pacific/Pago_Pago'))), '2025-06-01T11:00:00.000Z');
    assert.equal(iso(slotTime('2025-06-01', sub('23:59', 'Pacific/Pago_Pago'))), '2025-06-02T10:59:00.000Z');
  });
  it('handles half-hour zones without DST (Asia/Kolkata, +05:30)', () => {
    assert.equal(iso(slotTime('2025-03-30', sub('08:00', 'Asia/Kolkata'))), '2025-03-30T02:30:00.000Z');
  });
  it('rejects a bad time, zone or day', () => {
    assert.throws(() => slotTime('2025-03-30', sub('25:99')), /HH:MM/);
    assert.throws(() => slotTime('2025-03-30', sub('8:00')), /HH:MM/);
    assert.throws(() => slotTime('2025-03-30', sub('08:00', 'Mars/Olympus')), /time zone/);
    assert.throws(() => slotTime('30.03.2025', sub('08:00')), /YYYY-MM-DD/);
  });
});

describe('nextRun', () => {
  it('is 23 hours after the previous run across the spring-forward night', () => {
    const first = nextRun(at('2025-03-29T06:00:00Z'), sub('08:00'));
    assert.equal(iso(first), '2025-03-29T07:00:00.000Z');
    const second = nextRun(first, sub('08:00'));
    assert.equal(iso(second), '2025-03-30T06:00:00.000Z');
    assert.equal(second.getTime() - first.getTime(), 23 * 3600_000);
  });
  it('is 25 hours after the previous run across the fall-back night', () => {
    const first = nextRun(at('2025-10-25T05:00:00Z'), sub('08:00'));
    assert.equal(iso(nextRun(first, sub('08:00'))), '2025-10-26T07:00:00.000Z');
  });
  it('for 02:30 on the spring-forward day is 03:00 CEST, then 02:30 CEST the next day', () => {
    assert.equal(iso(nextRun(at('2025-03-30T00:59:00Z'), sub('02:30'))), '2025-03-30T01:00:00.000Z');
    assert.equal(iso(nextRun(at('2025-03-30T01:00:00Z'), sub('02:30'))), '2025-03-31T00:30:00.000Z');
  });
  it('for 02:30 on the fall-back day skips the repeated 02:30', () => {
    assert.equal(iso(nextRun(at('2025-10-26T00:30:00Z'), sub('02:30'))), '2025-10-27T01:30:00.000Z');
  });
  it('is strictly after now: at exactly 08:00 the next run is tomorrow', () => {
    assert.equal(iso(nextRun(at('2025-07-01T06:00:00Z'), sub('08:00'))), '2025-07-02T06:00:00.000Z');
  });
  it('never lies before the subscription was made', () => {
    const future = sub('08:00', 'Europe/Berlin', '2025-07-03T10:00:00Z');
    assert.equal(iso(nextRun(at('2025-07-01T00:00:00Z'), future)), '2025-07-04T06:00:00.000Z');
  });
});

describe('dueSlot', () => {
  const daily = sub('08:00', 'Europe/Berlin', '2025-06-01T00:00:00Z');
  it("is null before today's time and the local day from that minute on", () => {
    assert.equal(dueSlot(at('2025-07-01T05:59:59Z'), daily), null);
    assert.equal(dueSlot(at('2025-07-01T06:00:00Z'), daily), '2025-07-01');
    assert.equal(dueSlot(at('2025-07-01T21:59:00Z'), daily), '2025-07-01');
  });
  it('is null once today was sent, and due again the next day', () => {
    assert.equal(dueSlot(at('2025-07-01T09:00:00Z'), daily, '2025-07-01'), null);
    assert.equal(dueSlot(at('2025-07-02T09:00:00Z'), daily, '2025-07-01'), '2025-07-02');
  });
  it('still offers a digest missed earlier the same local day', () => {
    assert.equal(dueSlot(at('2025-07-01T20:00:00Z'), daily, '2025-06-29'), '2025-07-01');
  });
  it("never offers a previous day's missed digest", () => {
    // Down all of 1 July; back at 00:30 local on 2 July, before 2 July's 08:00.
    assert.equal(dueSlot(at('2025-07-01T22:30:00Z'), daily, '2025-06-30'), null);
  });
  it("does not send today's digest to a subscription made after today's time", () => {
    const late = sub('08:00', 'Europe/Berlin', '2025-07-01T07:00:00Z'); // 09:00 CEST
    assert.equal(dueSlot(at('2025-07-01T07:01:00Z'), late), null);
    assert.equal(dueSlot(at('2025-07-02T06:00:00Z'), late), '2025-07-02');
  });
  it('sends a 02:30 digest on the spring-forward day from 03:00 CEST on', () => {
    const night = sub('02:30');
    assert.equal(dueSlot(at('2025-03-30T00:59:59Z'), night, '2025-03-29'), null); // 01:59:59 CET
    assert.equal(dueSlot(at('2025-03-30T01:00:00Z'), night, '2025-03-29'), '2025-03-30'); // 03:00 CEST
  });
  it('sends a 02:30 digest once on the fall-back day, even when 02:30 comes round again', () => {
    const night = sub('02:30');
    assert.equal(dueSlot(at('2025-10-26T00:30:00Z'), night, '2025-10-25'), '2025-10-26');
    assert.equal(dueSlot(at('2025-10-26T01:30:00Z'), night, '2025-10-26'), null);
  });
  it('uses the subscription\'s zone for "today": 23:30 UTC is already tomorrow in Berlin', () => {
    const late = sub('00:15');
    assert.equal(dueSlot(at('2025-07-01T22:20:00Z'), late, '2025-07-01'), '2025-07-02');
    // Same instant in New York is 18:20 on 1 July: 1 July's 00:15 slot, not 2 July's.
    assert.equal(dueSlot(at('2025-07-01T22:20:00Z'), sub('00:15', 'America/New_York'), '2025-06-30'), '2025-07-01');
  });
});
