import { describe, expect, it } from 'vitest';
import { parseDateline, parseDateValue } from './dates.ts';

describe('parseDateValue', () => {
  it.each([
    // [input, expected ISO value]
    ['2026-02-28', '2026-02-28'],
    [' 2026-02-28 ', '2026-02-28'],
    ['2024-02-29', '2024-02-29'], // 2024 is a leap year
    ['2026-02-28T16:17:36.000Z', '2026-02-28T16:17:36.000Z'],
    ['2026-02-28T16:17:36Z', '2026-02-28T16:17:36.000Z'],
    // +02:00 is two hours ahead of UTC: 16:17 local is 14:17 UTC.
    ['2026-02-28T16:17:36+02:00', '2026-02-28T14:17:36.000Z'],
    // -04:00 (EDT): 14:00 local is 18:00 UTC.
    ['2013-05-03T14:00:00-04:00', '2013-05-03T18:00:00.000Z'],
    // A negative offset can move the instant to the next UTC day.
    ['2009-03-03T20:41:00-05:00', '2009-03-04T01:41:00.000Z'],
  ])('reads the ISO value %j as %j', (input, expected) => {
    expect(parseDateValue(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['2026-02-28T16:17:36', '2026-02-28'],
    ['2026-02-28 16:17', '2026-02-28'],
    ['2013-05-03T23:30:00', '2013-05-03'],
  ])('keeps only the day of the zone-less time %j', (input, expected) => {
    expect(parseDateValue(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    // EDT is UTC-4: 2:00pm EDT is 18:00 UTC.
    ['May 3rd, 2013 2:00pm EDT', '2013-05-03T18:00:00.000Z'],
    // No time given: the day only.
    ['June 06, 2013', '2013-06-06'],
    ['Published August 02, 2013', '2013-08-02'],
  ])('reads the written date %j as %j', (input, expected) => {
    expect(parseDateValue(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['2026-02-30'], // February has 28 days in 2026
    ['2025-02-29'], // 2025 is not a leap year
    ['2026-13-01'], // there is no 13th month
    ['2026-04-31'], // April has 30 days
  ])('rejects the impossible day %j and names it in the reason', (input) => {
    const result = parseDateValue(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(input);
  });

  it.each([['2026-02-28T24:00Z'], ['2026-02-28T23:60Z']])('rejects the impossible time %j', (input) => {
    const result = parseDateValue(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/time of day/);
  });

  it.each([
    ['a number', 20260228],
    ['null', null],
    ['undefined', undefined],
    ['a list', ['2026-02-28']],
    ['a mapping', { date: '2026-02-28' }],
    ['a boolean', true],
  ])('rejects %s with a reason', (_label, value) => {
    const result = parseDateValue(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
  });

  it.each([['next Friday'], ['May 2013'], ['Friday'], ['']])('rejects %j, which lacks a day, month or year', (input) => {
    expect(parseDateValue(input).ok).toBe(false);
  });

  it('accepts a valid Date object as its UTC instant', () => {
    expect(parseDateValue(new Date(Date.UTC(2026, 1, 28, 16, 17, 36)))).toEqual({ ok: true, value: '2026-02-28T16:17:36.000Z' });
  });

  it('rejects an invalid Date object', () => {
    expect(parseDateValue(new Date('not a date')).ok).toBe(false);
  });
});

describe('parseDateline', () => {
  it.each([
    ['date 2026-02-28 Ask about this article… Search', '2026-02-28', 'Ask about this article… Search'],
    ['Published August 02, 2013', '2013-08-02', ''],
    ['Posted: May 24, 2005', '2005-05-24', ''],
    ['May 03, 2013', '2013-05-03', ''],
    ['updated 8:41 p. m. EST, Tue March 3, 2009', '2009-03-03', ''],
    ['Published on Friday, 27 September 2013', '2013-09-27', ''],
    ['PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM', '2013-05-02', ''],
  ])('reads %j as %j with rest %j', (line, value, rest) => {
    expect(parseDateline(line)).toEqual({ value, rest });
  });

  it.each([
    ['The company said on May 3, 2013 that it would appeal the ruling.'],
    ['Lohan rear-ended a truck with her Porsche on Pacific Coast Highway on June 8, 2012, and then lied to police.'],
    ['Lindsay Lohan has checked into the Betty Ford Center.'],
    [''],
  ])('does not read the body sentence %j as a dateline', (line) => {
    expect(parseDateline(line)).toBeUndefined();
  });

  it('does not read a line longer than 160 characters as a dateline, even when it starts with a date', () => {
    const line =
      'May 03, 2013 After skipping out on entering a Newport Beach rehabilitation facility and facing the prospect of arrest for violating her probation, Lindsay Lohan has checked into the Betty Ford Center.';
    expect(line.length).toBeGreaterThan(160);
    expect(parseDateline(line)).toBeUndefined();
    // The same date on a short line is a dateline: the length is what rules the long line out.
    expect(parseDateline(line.slice(0, 12))).toEqual({ value: '2013-05-03', rest: '' });
  });
});
