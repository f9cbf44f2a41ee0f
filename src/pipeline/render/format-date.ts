// Fixed locale and zone: the same input must render the same page on every machine.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });

/** "28 February 2026" for a day, "28 February 2026, 16:17 UTC" for an instant. */
export function formatPublished(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return iso.length === 10 ? dayFormat.format(date) : `${dayFormat.format(date)}, ${timeFormat.format(date)} UTC`;
}

/** Newest first; articles without a date go last, then by id so the order never depends on input order. */
export function byPublishedDesc(a: { id: string; published?: string | undefined }, b: { id: string; published?: string | undefined }): number {
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa < pb ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
