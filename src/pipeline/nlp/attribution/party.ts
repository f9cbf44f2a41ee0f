import type { LocalMention } from '../local-aliases.ts';
import type { Discourse } from './resolve-reference.ts';

/**
 * US political copy names a politician by party and state once ("Rep. Dave Brat (R-Va.)") and then by a description
 * built from them ("the Virginia Republican said"). This module reads the tags and matches the descriptions.
 */

/** "Democrats said", "Senate Republicans argue", "according to Republicans who attended": members of a party, unnamed. */
export const PARTY_MEMBERS = /^(?:(?:House|Senate|Congressional)\s+)?(?:Democrats|Republicans)$/;

// AP style state abbreviations (and the names AP spells out), with the postal codes some outlets use instead.
const STATES: Record<string, string> = {
  'ala.': 'alabama', 'ariz.': 'arizona', 'ark.': 'arkansas', 'calif.': 'california', 'colo.': 'colorado', 'conn.': 'connecticut',
  'del.': 'delaware', 'fla.': 'florida', 'ga.': 'georgia', 'ill.': 'illinois', 'ind.': 'indiana', 'kan.': 'kansas', 'kans.': 'kansas',
  'ky.': 'kentucky', 'la.': 'louisiana', 'md.': 'maryland', 'mass.': 'massachusetts', 'mich.': 'michigan', 'minn.': 'minnesota',
  'miss.': 'mississippi', 'mo.': 'missouri', 'mont.': 'montana', 'neb.': 'nebraska', 'nev.': 'nevada', 'n.h.': 'new hampshire',
  'n.j.': 'new jersey', 'n.m.': 'new mexico', 'n.y.': 'new york', 'n.c.': 'north carolina', 'n.d.': 'north dakota', 'okla.': 'oklahoma',
  'ore.': 'oregon', 'pa.': 'pennsylvania', 'r.i.': 'rhode island', 's.c.': 'south carolina', 's.d.': 'south dakota', 'tenn.': 'tennessee',
  'vt.': 'vermont', 'va.': 'virginia', 'wash.': 'washington', 'w.va.': 'west virginia', 'w. va.': 'west virginia', 'wis.': 'wisconsin',
  'wyo.': 'wyoming', al: 'alabama', ak: 'alaska', az: 'arizona', ar: 'arkansas', ca: 'california', co: 'colorado', ct: 'connecticut',
  de: 'delaware', fl: 'florida', ga: 'georgia', hi: 'hawaii', id: 'idaho', il: 'illinois', in: 'indiana', ia: 'iowa', ks: 'kansas',
  ky: 'kentucky', la: 'louisiana', me: 'maine', md: 'maryland', ma: 'massachusetts', mi: 'michigan', mn: 'minnesota', ms: 'mississippi',
  mo: 'missouri', mt: 'montana', ne: 'nebraska', nv: 'nevada', nh: 'new hampshire', nj: 'new jersey', nm: 'new mexico', ny: 'new york',
  nc: 'north carolina', nd: 'north dakota', oh: 'ohio', ok: 'oklahoma', or: 'oregon', pa: 'pennsylvania', ri: 'rhode island',
  sc: 'south carolina', sd: 'south dakota', tn: 'tennessee', tx: 'texas', ut: 'utah', vt: 'vermont', va: 'virginia', wa: 'washington',
  wv: 'west virginia', wi: 'wisconsin', wy: 'wyoming',
};
const STATE_NAMES = new Set(Object.values(STATES));
const SPELLED_OUT = ['alaska', 'hawaii', 'idaho', 'iowa', 'maine', 'ohio', 'texas', 'utah'];

const PARTIES: Record<string, 'R' | 'D' | 'I'> = { republican: 'R', democrat: 'D', democratic: 'D', independent: 'I' };
// How many sentences back a description may reach for the person it describes.
const REACH = 8;

export interface PartyTag {
  /** Undefined when the text gives only a state ("Nancy Pelosi of California"). */
  party?: 'R' | 'D' | 'I';
  /** The state spelled out in lower case, when the tag gives one the table knows. */
  state?: string;
}

/** The state an abbreviation or name stands for, in lower case. */
export function stateOf(written: string): string | undefined {
  const w = written.trim().toLowerCase().replace(/\s+/g, ' ');
  if (SPELLED_OUT.includes(w)) return w;
  return STATES[w] ?? STATES[w.replace(/\.$/, '')] ?? (STATE_NAMES.has(w) ? w : undefined);
}

/** The party tag right after a name in its block text: "(R-Va.)", "(D-N.Y.)", "(I-Vt.)", or AP's ", R-Ky.,". */
export function partyTagAfter(blockText: string, end: number): PartyTag | undefined {
  const m = /^\s*(?:\(([RDI])-([A-Za-z. ]{1,14})\)|,\s*([RDI])-([A-Za-z. ]{1,12}?),)/.exec(blockText.slice(end, end + 24));
  if (!m) return undefined;
  const state = stateOf(m[2] ?? m[4]!);
  return { party: (m[1] ?? m[3]) as PartyTag['party'], ...(state ? { state } : {}) };
}

/**
 * What the text around a name says of its party and state: a tag after it, "Republican Corey Stewart" before it,
 * ", a Wisconsin Republican" or " of California" after it. Any of these makes the person a candidate for a
 * description like "the Republican", so that two of them leave it unknown.
 */
export function politicalTag(blockText: string, start: number, end: number): PartyTag | undefined {
  const tag = partyTagAfter(blockText, end);
  if (tag) return tag;
  // Before the name, or as the first word the name finder kept with it ("Republican Corey Stewart").
  const before = /\b(Republican|Democrat|Democratic)\s+$/.exec(blockText.slice(Math.max(0, start - 14), start)) ?? /^(Republican|Democrat|Democratic)\s/.exec(blockText.slice(start, end));
  if (before) return { party: PARTIES[before[1]!.toLowerCase()]! };
  const after = blockText.slice(end, end + 40);
  const apposed = /^,\s+an?\s+((?:[A-Z][a-z.]+\s+){0,2})(Republican|Democrat)\b/.exec(after);
  if (apposed) {
    const state = apposed[1] ? stateOf(apposed[1]) : undefined;
    return { party: PARTIES[apposed[2]!.toLowerCase()]!, ...(state ? { state } : {}) };
  }
  const of = /^\s+of\s+((?:[A-Z][a-z.]+\s?){1,2})/.exec(after);
  const state = of ? stateOf(of[1]!) : undefined;
  return state ? { state } : undefined;
}

/** "Virginia Republican", "New York Democrat", "Republican": the party and state a description names, if it is one. */
export function partyDescription(words: string): PartyTag | undefined {
  const written = words.trim().replace(/\s*-\s*/g, '-').split(/\s+/);
  const parts = written.map((w) => w.toLowerCase());
  const party = PARTIES[parts[parts.length - 1] ?? ''];
  if (!party || parts.length > 4) return undefined;
  const before = parts.slice(0, -1).join(' ');
  // A bare "Independent" is as often the British newspaper: only with a state ("the Vermont Independent").
  // (Words before it in lower case say what kind of member, not where from: "the first-term Republican", "the
  // freshman Democrat" are a party's member as "the Republican" is.)
  // (Not an ordinal or a "one of": "the first Democrat in Congress to call on Biden to step aside" is who that was.)
  const plain = written.slice(0, -1).every((w) => !/\p{Lu}/u.test(w) && !/^(?:first|second|third|last|only|lone|sole|other|another|same|next|\w+est)$/.test(w));
  if (before === '' || plain) return party === 'I' ? undefined : { party };
  const state = stateOf(before);
  return state ? { party, state } : undefined;
}

/**
 * The one person a party description stands for: among the people named before it with a party tag, those of
 * that party (and that state, when the description names one). Two different people fit: the text does not say.
 */
export function resolveParty(mentions: readonly LocalMention[], tags: ReadonlyMap<number, PartyTag>, wanted: PartyTag, before: { sentence: number; block: number; start: number }): number | undefined {
  const fits: number[] = [];
  const names = new Set<string>();
  for (const [m, tag] of tags) {
    const x = mentions[m]!;
    const earlier = x.block < before.block || (x.block === before.block && x.end <= before.start);
    if (!earlier || before.sentence - x.sentence > REACH) continue;
    // Someone the text might mean: no party or state that rules them out.
    const possible = (tag.party === undefined || tag.party === wanted.party) && (wanted.state === undefined || tag.state === undefined || tag.state === wanted.state);
    if (!possible) continue;
    names.add(x.name);
    if (tag.party === wanted.party && (wanted.state === undefined || tag.state === wanted.state)) fits.push(m);
  }
  return names.size === 1 && fits.length > 0 ? fits[fits.length - 1] : undefined;
}

// Titles of elected officials and party leaders: who a "the Kentucky Republican" may describe.
const POLITICAL_ROLE = /\b(?:sen|senator|rep|representative|congressman|congresswoman|gov|governor|speaker|leader|whip|mayor|president|lawmaker|chair|chairman|chairwoman)\b/i;

/**
 * With no party tag to go by ("Sen. Rand Paul told Fox News … the Kentucky Republican said"): the one person the
 * text has been about — the only subject or speaker of the sentences in reach — when that person holds a political
 * title and no tag of theirs contradicts the description. Two such people ("Warren … Klobuchar … the
 * Massachusetts Democrat"): the text does not say which, and nobody is credited.
 */
export function onlyPolitician(d: Discourse, wanted: PartyTag, sentence: number): number | undefined {
  const tags = d.partyTags;
  const people = new Map<string, number>();
  for (let s = sentence - 1; s >= Math.max(0, sentence - REACH); s--) {
    for (const m of [d.subjectOf[s], d.speakerOf[s]]) if (m !== undefined && d.mentions[m]!.type === 'person' && !people.has(d.mentions[m]!.name)) people.set(d.mentions[m]!.name, m);
  }
  // So does another titled politician joined to a subject ("Sen. Chuck Grassley and Rep. Zach Nunn both attended"),
  // but not one named as an object ("had spoken with former President Trump") or an owner.
  d.mentions.forEach((x, i) => {
    if (x.sentence >= sentence || sentence - x.sentence > REACH || x.type !== 'person' || people.has(x.name) || d.quoted[i]) return;
    const text = d.blocks[x.block] ?? '';
    const before = text.slice(0, x.start).replace(/\s+$/, '');
    const role = x.role && before.endsWith(x.role) ? before.slice(0, -x.role.length) : before;
    if (POLITICAL_ROLE.test(x.role ?? '') && /(?:^|\band)\s*$/.test(role) && !/^[’']s\b/u.test(text.slice(x.end))) people.set(x.name, i);
  });
  const only = people.size === 1 ? [...people][0] : undefined;
  if (only === undefined) return undefined;
  const [name, mention] = only;
  // Someone else in reach tagged with a party and state that fit ("Sen. Rand Paul (R-Ky.) and … McConnell (R-Ky.)"):
  // the tags say two people fit, and the subjects do not settle it.
  for (const [m, tag] of tags) {
    const x = d.mentions[m]!;
    if (x.name !== name && sentence - x.sentence <= REACH && x.sentence < sentence && (tag.party === undefined || tag.party === wanted.party) && (wanted.state === undefined || tag.state === undefined || tag.state === wanted.state)) return undefined;
  }
  const forms = d.mentions.flatMap((x, i) => (x.name === name ? [i] : []));
  const contradicted = forms.some((i) => {
    const tag = tags.get(i);
    return tag !== undefined && ((tag.party !== undefined && tag.party !== wanted.party) || (wanted.state !== undefined && tag.state !== undefined && tag.state !== wanted.state));
  });
  return !contradicted && forms.some((i) => POLITICAL_ROLE.test(d.mentions[i]!.role ?? '')) ? mention : undefined;
}
