/**
 * General rules that recognise site chrome in a block of article text. Each is a pure predicate on the
 * block's plain text, so they apply to every format and are unit-tested with strings from real pages.
 */

// Interface strings that make up a whole block on their own ("Scroll to Top", "Ask about this article… Search").
const UI_PHRASES = [
  'ask about this article', 'scroll to top', 'back to top', 'skip to main content', 'skip to content',
  'sign up for our newsletter', 'subscribe to our newsletter', 'listen to this article', 'continue reading',
  'share this article', 'share this story', 'share on facebook', 'share on twitter', 'copy link', 'view comments',
  'show comments', 'read more', 'read next', 'related articles', 'most popular', 'advertisement', 'sponsored content',
  'subscribe now', 'subscribe', 'share', 'tweet', 'print', 'email', 'comments', 'search', 'menu', 'close', 'view bio',
  'facebook', 'twitter', 'linkedin', 'whatsapp', 'reddit', 'pinterest', 'flipboard',
].sort((a, b) => b.length - a.length);

function normalize(text: string): string {
  return text.toLowerCase().replace(/[…]|\.{3}/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A block made only of interface strings. */
export function isUiString(text: string): boolean {
  if (text.length > 80) return false;
  let rest = normalize(text);
  for (const phrase of UI_PHRASES) rest = rest.split(phrase).join(' ');
  return !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * "Techcrunch event" followed by "Boston, MA | June 9, 2026": the heading of an event advertisement.
 * The heading alone could be a real subheading ("Charity events"), so the place-and-date line must follow.
 */
export function isEventPromoHeading(text: string, next: string | undefined): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= 4 && /^[\p{L}&'’ .-]{1,40}\s+events?$/iu.test(t) && next !== undefined && isEventPlaceAndDate(next);
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const PLACE_AND_DATE = new RegExp(`^[^|]{2,50}\\|\\s*${MONTH}\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?,?\\s+\\d{4}$`, 'i');

/** "Boston, MA | June 9, 2026": the place-and-date line of an event advertisement. */
export function isEventPlaceAndDate(text: string): boolean {
  return PLACE_AND_DATE.test(text.trim());
}

const CREDIT_MARKS = /[/|©–]|\s-\s|\bcourtesy\b|\b(?:AP|AFP|EPA|Reuters|Getty(?: Images)?|Associated Press|Shutterstock|iStock(?:photo)?|dpa|picture alliance|Bloomberg|Xinhua|Alamy|Unsplash)\b/i;

/** Link lists and teasers: "Related: …", "Read more: …", "Image credit: …", "(Credit: …)", "© 2026 …". */
export function isTeaserOrCredit(text: string): boolean {
  const t = text.trim();
  if (t.length > 200) return false;
  // (…and a photo credit on its own line, "(Credit: Marguerite Reardon/CNET)", "Photo: Getty Images".)
  // (…when what follows the label reads as a credit, not a headline: a photographer and an outlet split by a slash,
  // dash or bar, an agency, "©" or "courtesy".)
  const label = /^\(?(?:credit|photo credit|photo|image|picture)\s*:\s*([^:]{1,80}?)\)?\.?$/i.exec(t);
  const credit = label !== null && (!t.startsWith('(') || t.endsWith(')')) && CREDIT_MARKS.test(label[1]!);
  return credit || /^(?:related|read more|see also|also read|more coverage|recommended)\s*:/i.test(t) || /^(?:image|photo|photograph|picture|video)\s+(?:credit|by)\b|^(?:copyright\s|©)/i.test(t);
}

const ROLE = '(?:editor|reporter|writer|correspondent|journalist|columnist|contributor|producer|analyst|freelancer|author|intern)';

/**
 * The author bio and contact lines that close many articles. With a known author the bio must start with
 * their name; without one, it must read as "Firstname Lastname is <outlet>'s … reporter".
 */
export function isAuthorBio(text: string, author: string | undefined): boolean {
  const t = text.trim();
  if (t.length > 700) return false;
  if (/^(?:view|see) (?:full )?bio$|^(?:more|articles|stories) by\b/i.test(t)) return true;
  if (/^you can (?:contact|reach)\b|verify outreach|^(?:contact|email) the author\b/i.test(t)) return true;
  if (/^follow (?:him|her|them|[\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+)*) on (?:twitter|x|bluesky|mastodon|threads|linkedin)\b/iu.test(t)) return true;
  if (author) {
    // With a known author, a bio is a sentence about them: "<name> is/was/covers …", mentioning their role.
    for (const name of [author, author.split(/\s+/)[0] ?? author]) {
      const opens = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:is|was|has been|covers|writes|joined|reports)\\b`, 'u');
      if (name.length > 1 && opens.test(t) && new RegExp(ROLE, 'i').test(t)) return true;
    }
    return false;
  }
  return new RegExp(`^[\\p{Lu}][\\p{L}'-]+(?: [\\p{Lu}][\\p{L}.'-]+){1,2} is (?:a|an|the|[\\p{Lu}][\\p{L}]+(?:[’']s|[’']))(?=\\s)[^.]{0,80}\\b${ROLE}`, 'u').test(t);
}

/** "This article originally appeared on Engadget at https://…": a republication footer. */
export interface OriginFooter {
  outletName: string;
  url?: string;
  text: string;
}

const ORIGIN = /^(?:this|the) (?:article|story|post|piece) (?:was )?(?:originally|first) (?:appeared|published|ran) (?:on|in|at|by) (.+?)(?:\s+at\s+(https?:\/\/\S+?))?\.?$/i;

export function readOriginFooter(text: string): OriginFooter | undefined {
  const m = ORIGIN.exec(text.trim());
  if (!m || !m[1]) return undefined;
  const outletName = m[1].trim();
  return m[2] ? { outletName, url: m[2], text: text.trim() } : { outletName, text: text.trim() };
}

/** "By Jane Doe" or "By Jane Doe, Reuters": a byline opening the body. */
export function readByline(text: string): string | undefined {
  // Case-sensitive on purpose: \p{Lu} must stay upper case. A name has at least two words, and only an outlet
  // name may follow it, so "By Friday, the deal was done." is a sentence, not a byline.
  const name = String.raw`[\p{Lu}][\p{L}.'’-]+(?:\s+(?:[\p{Lu}][\p{L}.'’-]+|de|van|von|der|al|bin))+`;
  const m = new RegExp(String.raw`^(?:By|BY|by)\s+(${name}(?:\s+and\s+${name})?)\s*(?:[,|·•–—-]\s*[\p{Lu}][\p{L}\s&'’-]{0,58})?$`, 'u').exec(text.trim());
  return m?.[1];
}
