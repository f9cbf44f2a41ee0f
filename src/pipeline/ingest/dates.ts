import * as chrono from 'chrono-node';

/** Result of reading a date: an ISO string (`YYYY-MM-DD` or a full UTC instant) or why it is not a date. */
export type DateResult = { ok: true; value: string } | { ok: false; reason: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

// A fixed reference makes parsing independent of the machine's clock and time zone.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 'UTC' };

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function fromIso(text: string): DateResult | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  if (!isRealDay(year, month, day)) return { ok: false, reason: `${y}-${mo}-${d} is not a day in the calendar` };
  if (h === undefined) return { ok: true, value: `${y}-${mo}-${d}` };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return { ok: false, reason: `${h}:${mi} is not a time of day` };
  // Without a zone the instant is unknown; keep only the day rather than guess one.
  if (zone === undefined) return { ok: true, value: `${y}-${mo}-${d}` };
  const instant = new Date(text.replace(' ', 'T'));
  if (Number.isNaN(instant.getTime())) return { ok: false, reason: `cannot read the time zone in "${text}"` };
  return { ok: true, value: instant.toISOString() };
}

function fromChronoResult(result: chrono.ParsedResult): string {
  const start = result.start;
  const day = `${pad(start.get('year') ?? 0, 4)}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`;
  if (start.isCertain('hour') && start.isCertain('timezoneOffset')) return start.date().toISOString();
  return day;
}

function isFullDate(result: chrono.ParsedResult): boolean {
  return result.start.isCertain('year') && result.start.isCertain('month') && result.start.isCertain('day');
}

/**
 * Reads a date given as a metadata value (front matter, sidecar, `<meta>`): the whole value must be a date.
 * Accepts ISO 8601 and written dates ("May 3rd, 2013 2:00pm EDT"); rejects impossible days like 2026-02-30.
 */
export function parseDateValue(value: unknown): DateResult {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { ok: false, reason: 'invalid date' } : { ok: true, value: value.toISOString() };
  }
  if (typeof value !== 'string') return { ok: false, reason: `expected a date, found ${typeof value} ${JSON.stringify(value)}` };
  const text = value.trim();
  const iso = fromIso(text);
  if (iso) return iso;
  const results = chrono.strict.parse(text, REFERENCE).filter(isFullDate);
  const first = results[0];
  if (!first) return { ok: false, reason: `"${text}" is not a date with a day, month and year` };
  // A metadata value must be a date, not a sentence that contains one ("Deal closes May 3, 2013").
  const leftover = results.reduce((rest, r) => rest.replace(r.text, ' '), text);
  if ((leftover.match(/\p{L}{3,}/gu) ?? []).filter((w) => !/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$|^(?:utc|gmt|[a-z]st|[a-z]dt)$|^(?:date|dated|published|posted|updated|modified)$/i.test(w)).length > 0) {
    return { ok: false, reason: `"${text}" holds more than a date` };
  }
  return { ok: true, value: fromChronoResult(first) };
}

/** A date found at the start of a line, and what the line holds besides it. */
export interface Dateline {
  value: string;
  /** The line without the label and the date (e.g. leftover site chrome). */
  rest: string;
}

// Words that introduce a dateline: "Published August 02, 2013", "Posted: May 24, 2005", "date 2026-02-28".
const DATELINE_LABEL = /^\s*(?:(?:first\s+|last\s+)?(?:date|dated|published|posted|updated|modified|on)\b[\s:]*)?/i;

/**
 * Reads a dateline: a short line that starts with a full date, optionally after a label like "Published".
 * Returns undefined when the line does not start with a date, so body sentences that merely mention one are left alone.
 */
export function parseDateline(line: string): Dateline | undefined {
  if (line.length > 160) return undefined;
  const label = DATELINE_LABEL.exec(line)?.[0] ?? '';
  const afterLabel = line.slice(label.length);
  // Leading clock times ("updated 8:41 p. m. EST, Tue March 3, 2009") come before the day in some datelines.
  const results = chrono.strict.parse(afterLabel, REFERENCE);
  const full = results.find(isFullDate);
  if (!full) return undefined;
  const before = afterLabel.slice(0, full.index);
  const beforeIsTime = results.some((r) => r !== full && r.index < full.index && !isFullDate(r));
  if (before.trim() !== '' && !beforeIsTime) return undefined;
  if (beforeIsTime && before.length > 30) return undefined;
  const iso = fromIso(full.text.trim());
  const value = iso?.ok ? iso.value : fromChronoResult(full);
  const rest = afterLabel.slice(full.index + full.text.length).replace(/^[\s,|·•–—-]+/, '').trim();
  return { value, rest };
}
