import { describe, expect, it } from 'vitest';
import { resolveLocalAliases, type LocalMention } from './local-aliases.ts';
import { findMentions } from './mentions.ts';
import { tokenizeBlocks } from './tokens.ts';

/** Mentions of an article given as its paragraphs, with in-article aliases resolved. */
function resolve(paragraphs: string[]): LocalMention[] {
  return resolveLocalAliases(findMentions(tokenizeBlocks(paragraphs), paragraphs), paragraphs);
}

const named = (ms: LocalMention[], surface: string) => ms.filter((m) => m.surface === surface);

// TechCrunch, 2026-02-28 (content/articles/000_…).
const ALTMAN_FULL = 'OpenAI CEO Sam Altman announced late on Friday that his company has reached an agreement allowing the Department of Defense to use its AI models in the department’s classified network.';
const ALTMAN_SHORT = 'Surprisingly, Altman claimed in a post on X that OpenAI’s new defense contract includes protections addressing the same issues that became a flashpoint for Anthropic.';

// ECB+ topic 1 (Lindsay Lohan), with a crafted paragraph naming her mother.
const LINDSAY = 'It seems Lindsay Lohan has had enough of New York attorney Mark Jay Heller.';
const DINA = 'Her mother, Dina Lohan, told reporters she was relieved.';
const LOHAN = 'Lohan caused a stir on Thursday after she checked out of Morningside Recovery after only a few minutes.';

// The Decoder (content/articles/002_…) and TechCrunch.
const DOW_DEFINED = 'According to TechCrunch AI, CEO Sam Altman announced the deal late Friday, confirming that the Department of Defense, referred to as the Department of War (DoW) by the current administration, has agreed to terms that include specific technical safeguards.';
const DOW_USED = '“The DoW agrees with these principles, reflects them in law and policy, and we put them into our agreement,” Altman wrote.';

describe('resolveLocalAliases: one person, several forms', () => {
  it('"Mark Heller" and "Heller" beside "Mark Jay Heller" (ECB+ 1_2, 1_4) stand for the fullest form', () => {
    const ms = resolve([LINDSAY, 'Lohan lawyer Mark Heller told the judge that Lohan had checked into a rehab.', 'Heller said she was at Morningside.']);
    expect(named(ms, 'Mark Heller')[0]).toMatchObject({ name: 'Mark Jay Heller', resolvedLocally: true });
    expect(named(ms, 'Heller')[0]).toMatchObject({ name: 'Mark Jay Heller', type: 'person' });
  });

  it('two different people with one surname keep a bare surname as written: "Lindsay Lohan" and "Dina Lohan"', () => {
    const ms = resolve([LINDSAY, DINA, LOHAN]);
    expect(named(ms, 'Lohan')[0]).toMatchObject({ name: 'Lohan', resolvedLocally: false });
    expect(named(ms, 'Dina Lohan')[0]?.name).toBe('Dina Lohan');
  });
});

describe('resolveLocalAliases: surnames', () => {
  it.each([
    ['after the full name', [ALTMAN_FULL, ALTMAN_SHORT]],
    ['before the full name', [ALTMAN_SHORT, ALTMAN_FULL]],
  ])('"Altman" %s resolves to "Sam Altman"', (_, paragraphs) => {
    const ms = resolve(paragraphs);
    const altman = named(ms, 'Altman');
    expect(altman).toHaveLength(1);
    expect(altman[0]).toMatchObject({ name: 'Sam Altman', resolvedLocally: true, type: 'person' });
    // The full name stands for itself.
    expect(named(ms, 'Sam Altman')[0]).toMatchObject({ name: 'Sam Altman', resolvedLocally: false });
  });

  it('a name that is nobody’s surname stands for itself', () => {
    const anthropic = named(resolve([ALTMAN_FULL, ALTMAN_SHORT]), 'Anthropic');
    expect(anthropic[0]).toMatchObject({ name: 'Anthropic', resolvedLocally: false });
  });

  it('"Altman" stays as written in an article without the full name', () => {
    expect(named(resolve([ALTMAN_SHORT]), 'Altman')[0]).toMatchObject({ name: 'Altman', resolvedLocally: false });
  });

  it('"Lohan" resolves to "Lindsay Lohan" when she is the only Lohan named in full', () => {
    expect(named(resolve([LINDSAY, LOHAN]), 'Lohan')[0]).toMatchObject({ name: 'Lindsay Lohan', resolvedLocally: true });
  });

  it('"Lohan" stays unresolved when the article names two Lohans in full', () => {
    const ms = resolve([LINDSAY, DINA, LOHAN]);
    expect(named(ms, 'Dina Lohan')).toHaveLength(1);
    expect(named(ms, 'Lindsay Lohan')).toHaveLength(1);
    expect(named(ms, 'Lohan')[0]).toMatchObject({ name: 'Lohan', resolvedLocally: false });
  });
});

describe('resolveLocalAliases: a title that says it is someone else', () => {
  // The Washington Post, 1961 (Brown Corpus A33, brown-press tuning): the only Kennedy named in full is the First Lady.
  const FIRST_LADY = 'It was the first in the series of “Concerts for Young People by Young People” to be sponsored by First Lady Jacqueline Kennedy at the White House.';
  const PRESIDENT = 'After paying tribute to the conductor and his white-clad youthful students, President Kennedy said, “As an American I have the greatest possible pride in the work that is being done.”';

  it('"President Kennedy" is not "First Lady Jacqueline Kennedy"', () => {
    expect(named(resolve([FIRST_LADY, PRESIDENT]), 'Kennedy')[0]).toMatchObject({ name: 'Kennedy', resolvedLocally: false });
  });

  it('"Mrs. Kennedy" still is: a form of address names no office', () => {
    expect(named(resolve([FIRST_LADY, 'Mrs. Kennedy was not present.']), 'Kennedy')[0]).toMatchObject({ name: 'Jacqueline Kennedy' });
  });

  it('"Mr. Trump" opening a sentence is not "First Lady Melania Trump"', () => {
    expect(named(resolve(['President Trump and First Lady Melania Trump arrived in Riyadh on Saturday.', 'Mr. Trump said it was a tremendous day.']), 'Trump').every((m) => m.name !== 'Melania Trump')).toBe(true);
  });

  // Known limit: inside a sentence "Mr." is not kept as a title, so this "Mr. Trump" still reads as Melania Trump.
  // (Keeping it cost right speakers on brown-press tuning: "Mrs. Lee Patterson" then kept "she" from "Mrs. Peck".)
  it.fails('"Mr. Trump" inside a sentence is not "First Lady Melania Trump"', () => {
    expect(named(resolve(['First Lady Melania Trump arrived in Riyadh on Saturday.', '“This is a tremendous day,” Mr. Trump said.']), 'Trump')[0]!.name).not.toBe('Melania Trump');
  });

  it('after a dateline, "Former first lady Hillary Clinton" is "Secretary Clinton", and "Former first lady Rosalynn Carter" not "President Carter" (a review)', () => {
    expect(named(resolve(['PITTSBURGH (AP) — Former first lady Hillary Clinton campaigned for Democratic candidates on Friday.', '“We cannot afford to sit this one out,” Secretary Clinton told the crowd.']), 'Clinton')[0]).toMatchObject({ name: 'Hillary Clinton' });
    expect(named(resolve(['PLAINS, Ga. (AP) — Former first lady Rosalynn Carter was honored at a ceremony on Sunday.', '“She was my partner in everything,” President Carter said.']), 'Carter')[0]).toMatchObject({ name: 'Carter' });
  });

  it('another office of the same person still agrees: "Sen. McConnell" is "Senate Majority Leader Mitch McConnell"', () => {
    expect(named(resolve(['Senate Majority Leader Mitch McConnell said Tuesday he would not bring the bill to the floor.', '“It is dead on arrival,” Sen. McConnell told reporters.']), 'McConnell')[0]).toMatchObject({ name: 'Mitch McConnell' });
  });

  it('the same office under another written form agrees: "Senator Paul" is "Sen. Rand Paul"', () => {
    expect(named(resolve(['Sen. Rand Paul (R-Ky.) opposed the bill.', '“It is a bad bill,” Senator Paul said.']), 'Paul')[0]).toMatchObject({ name: 'Rand Paul' });
  });

  it('a full name written with no title takes any titled surname', () => {
    expect(named(resolve(['Pete Hegseth arrived on Monday.', '“We are ready,” Secretary Hegseth said.']), 'Hegseth')[0]).toMatchObject({ name: 'Pete Hegseth' });
  });
});

describe('resolveLocalAliases: a company\'s short name blending its first two words', () => {
  // Reuters, 1987 (Reuters-21578, reuters-wire-3 tuning): the story names the company once in full, then as "Adsteam".
  const FULL = 'The Adelaide Steamship Co Ltd <ADSA.S> is looking to Britain and the United States for investment opportunities, managing director John Spalvins said.';
  const SHORT = 'Adsteam said it was continuing to look for investment opportunities both in Australia and overseas.';

  it('"Adsteam" is Adelaide Steamship Co Ltd, an organization', () => {
    expect(named(resolve([FULL, SHORT]), 'Adsteam')[0]).toMatchObject({ name: 'Adelaide Steamship Co Ltd', type: 'organization', resolvedLocally: true });
  });

  it('not a word too short to tell, nor one that blends two bodies\' names, nor the first word itself', () => {
    expect(named(resolve(['American Express Co said profits rose.', 'Amex said it would hire.']), 'Amex')[0]?.name).toBe('Amex');
    expect(named(resolve([FULL, 'Adelaide Steamers Ltd said it would bid.', SHORT]), 'Adsteam')[0]?.name).toBe('Adsteam');
  });
});

describe('resolveLocalAliases: acronyms defined in the text', () => {
  it('"Department of War (DoW)" makes every later "DoW" stand for "Department of War"', () => {
    const ms = resolve([DOW_DEFINED, DOW_USED]);
    const dows = named(ms, 'DoW');
    expect(dows).toHaveLength(2);
    for (const m of dows) expect(m).toMatchObject({ name: 'Department of War', resolvedLocally: true, type: 'organization' });
    // The long form it follows, not the other department named earlier in the sentence.
    expect(named(ms, 'Department of Defense')[0]?.name).toBe('Department of Defense');
  });

  it('"Department of War (DOD)": letters that are not the initials define nothing', () => {
    const defined = DOW_DEFINED.replace('(DoW)', '(DOD)');
    const ms = resolve([defined, 'A DOD spokesperson declined to comment.']);
    const dods = named(ms, 'DOD');
    expect(dods).toHaveLength(2);
    for (const m of dods) expect(m).toMatchObject({ name: 'DOD', resolvedLocally: false });
  });

  it.each([
    ['FTC', 'Federal Trade Commission'],
    ['SEC', 'SEC'],
  ])('"Federal Trade Commission (%s)": a later use stands for %j', (acronym, name) => {
    const ms = resolve([`The Federal Trade Commission (${acronym}) opened an inquiry on Monday.`, `The ${acronym} declined to comment.`]);
    const uses = named(ms, acronym);
    expect(uses).toHaveLength(2);
    for (const m of uses) expect(m.name).toBe(name);
  });
});

describe('resolveLocalAliases: nicknames of a given name and a family name', () => {
  it('"LiLo", "A-Rod" for the one person of the article whose names start so; not a word two people could blend', () => {
    const ms = resolve(['Lindsay Lohan checked out of rehab.', 'He told the judge that LiLo was in rehab.', 'A-Rod hit a home run. Alex Rodriguez later said he was tired.']);
    expect(named(ms, 'LiLo')[0]).toMatchObject({ name: 'Lindsay Lohan', resolvedLocally: true });
    expect(named(ms, 'A-Rod')[0]).toMatchObject({ name: 'Alex Rodriguez', resolvedLocally: true });
    const two = resolve(['Lindsay Lohan and Lisa Lowe checked out of rehab.', 'He told the judge that LiLo was in rehab.']);
    expect(named(two, 'LiLo')[0]?.name).toBe('LiLo');
  });
});

describe('resolveLocalAliases: an organization by its first word', () => {
  it('"Lumen" after "Lumen Labs", "Halvorsen" after "Halvorsen Semiconductor ASA" stand for the full name (wire-general w15, w16)', () => {
    const ms = resolve(['Lumen Labs unveiled its headset on Tuesday.', 'Lumen says the Halo lasts about three hours on a charge.']);
    expect(named(ms, 'Lumen')[0]).toMatchObject({ name: 'Lumen Labs', type: 'organization', resolvedLocally: true });
    const asa = resolve(['OSLO (Reuters) - Norwegian chipmaker Halvorsen Semiconductor ASA said on Monday it would buy Brightwater Devices Inc.', 'Halvorsen will pay $38 per share.']);
    expect(named(asa, 'Halvorsen')[0]).toMatchObject({ name: 'Halvorsen Semiconductor ASA', resolvedLocally: true });
  });

  it('"Greyhound" beside "Greyhound Lines Inc" and "Greyhound Lines" (one company, with and without its legal form); "TransAmerican" with a capital inside (Reuters-21578, wire tuning half)', () => {
    const ms = resolve([
      'Justice\'s opposition to quick federal approval of a bid by Greyhound Lines Inc to take immediate control Trailways Corp prompted Greyhound to threaten to drop the merger plan.',
      '"Greyhound Lines will go forward with the transaction only if it is permitted to assume immediate, unconditional control of Trailways\' operations," Greyhound said in a filing with the ICC.',
      'Greyhound said it would pay 80 mln dlrs for many of Trailways\' terminals, buses and garages.',
    ]);
    expect(named(ms, 'Greyhound').map((m) => m.name)).toEqual(['Greyhound Lines Inc', 'Greyhound Lines Inc', 'Greyhound Lines Inc']);
    const camel = resolve(['Coastal Corp said it will file an alternate proposal to reorganize TransAmerican Natural Gas Corp, the privately-owned Texas firm in bankruptcy.', 'TransAmerican said it had not seen the letter, and could not comment.']);
    expect(named(camel, 'TransAmerican')[0]).toMatchObject({ name: 'TransAmerican Natural Gas Corp', resolvedLocally: true });
  });

  it('a short form right after one company, before another of the same first word is named, is the first (crafted, beat-review-2 s13)', () => {
    const ms = resolve([
      'LONDON, June 3 (Reuters) - Brightwater Energy Plc said on Tuesday that chief executive Simon Achterberg would step down.',
      'Brightwater said Achterberg would remain until a successor was found.',
      'Brightwater Renewables, a wind-power developer that shares only a name with the utility, said it was not connected.',
      'Brightwater shares rose 3%.',
    ]);
    const short = named(ms, 'Brightwater');
    expect(short[0]).toMatchObject({ name: 'Brightwater Energy Plc', resolvedLocally: true });
    // (After both are named, it may be either.)
    expect(short[short.length - 1]).toMatchObject({ name: 'Brightwater', resolvedLocally: false });
  });

  it('two companies whose names start with the same word keep the short form as written, legal forms or not', () => {
    const two = resolve(['Greyhound Lines Inc agreed to buy Trailways Corp.', 'Greyhound Corp, its former parent, sold the bus line in 1987.', 'Greyhound said it would appeal.']);
    expect(named(two, 'Greyhound')[0]).toMatchObject({ name: 'Greyhound', resolvedLocally: false });
    const forms = resolve(['Dome Petroleum Ltd shares rose.', 'Dome Petroleum Corp, a U.S. unit, was not part of the offer.', 'Dome said it would study the bid.']);
    expect(named(forms, 'Dome')[0]).toMatchObject({ name: 'Dome', resolvedLocally: false });
  });

  it('a name the organization is named after, or where it is, is no short form of it: "Obama", "Greek"', () => {
    const owned = resolve(['The Obama Administration restored the rule on Tuesday.', 'Obama signed the order.']);
    expect(named(owned, 'Obama')[0]?.name).not.toBe('Obama Administration');
    const where = resolve(['The Greek Parliament voted on the measures.', 'Greek unions called a strike.']);
    expect(named(where, 'Greek')[0]?.name).not.toBe('Greek Parliament');
    const event = resolve(['The Academy Awards will be held in February.', 'The Academy chose a host.']);
    expect(named(event, 'Academy')[0]?.name).not.toBe('Academy Awards');
  });

  it('"the Academy" after "Academy of Motion Picture Arts and Sciences": a kind of body "of" something, by its first word', () => {
    const ms = resolve(['The Academy of Motion Picture Arts and Sciences announced the nominees.', 'In a statement, the Academy said its members vote in secret.']);
    expect(named(ms, 'Academy')[0]).toMatchObject({ name: 'Academy of Motion Picture Arts and Sciences', resolvedLocally: true });
    // Not a first word that is no kind of body ("Friends of the Earth").
    const person = resolve(['The Friends of the Earth group protested.', 'Friends said the rally was peaceful.']);
    expect(named(person, 'Friends')[0]?.name).not.toBe('Friends of the Earth');
  });

  it('a first word two organizations share, a place or a given name stays as written', () => {
    const two = resolve(['Apex Capital and Apex Motors both bid for the plant.', 'Apex declined to comment.']);
    expect(named(two, 'Apex')[0]).toMatchObject({ name: 'Apex', resolvedLocally: false });
    const place = resolve(['Boston Bank said it would cut 300 jobs.', 'Boston has lost two big employers this year.']);
    expect(named(place, 'Boston')[0]?.name).not.toBe('Boston Bank');
  });
});

describe('resolveLocalAliases: a surname of a name the finder could not type', () => {
  it('"Musk" after "Elon Musk" (typed neither person nor organization) is Elon Musk (second tuning set q29)', () => {
    const ms = resolve(['The contract went to xAI, Elon Musk\'s artificial intelligence company.', 'Musk dismissed the letter on X.']);
    expect(named(ms, 'Musk')[0]).toMatchObject({ name: 'Elon Musk', resolvedLocally: true });
    // Its type is what the finder could tell: "Blazers" after "Trail Blazers" is the same name, and no person.
    const team = resolve(['Fans of the Trail Blazers queued overnight.', 'The Blazers led by 20 at halftime.']);
    expect(named(team, 'Blazers')[0]).toMatchObject({ name: 'Trail Blazers' });
    expect(named(team, 'Blazers')[0]?.type).not.toBe('person');
    // Two such names with that last word: unknown which.
    const two = resolve(['Elon Musk and Kimbal Musk spoke at the event.', 'Musk dismissed the letter on X.']);
    expect(named(two, 'Musk')[0]?.name).toBe('Musk');
  });
});

// Reuters wire stories of 1987 (tests/fixtures/reuters-wire-2, tuning half: stories 3, 37, 45).
describe('resolveLocalAliases: family names that are not the last word, and a firm by its first word', () => {
  it('"Koo" after "Koo Bon-yong": a family name first, a given name of two syllables joined by a hyphen (story 37)', () => {
    const ms = resolve([
      "Koo Bon-yong, an aide to Kim, said South Korea's foreign debt had been expected to fall below 40 billion dlrs by the end of 1987.",
      '"The foreign currency-based loans are considerable incentives given to increase imports," Koo said.',
    ]);
    expect(named(ms, 'Koo Bon-yong')).toHaveLength(1);
    expect(named(ms, 'Koo')[0]).toMatchObject({ name: 'Koo Bon-yong', type: 'person' });
  });

  it('"Rodriguez" after "Mario Rodriguez Montero": the first of two family names (story 45)', () => {
    const ms = resolve([
      'Mario Rodriguez Montero, president of an Organization of American States special committee on trade, said he was aware of the large U.S. trade deficit.',
      'Rodriguez said "the region needs trade to continue development."',
    ]);
    expect(named(ms, 'Rodriguez')[0]).toMatchObject({ name: 'Mario Rodriguez Montero', type: 'person' });
  });

  it('but a given name inside a full name stays apart, and two people sharing the family name leave it unsettled', () => {
    const a = resolve([LINDSAY, 'Jay said it was fine.']);
    expect(named(a, 'Jay')[0]?.name).not.toBe('Mark Jay Heller');
    const b = resolve(['Mario Rodriguez Montero and Ana Rodriguez Vega spoke to reporters.', 'Rodriguez said trade would grow.']);
    expect(named(b, 'Rodriguez')[0]?.name).toBe('Rodriguez');
  });

  it('"Airbus" after "Airbus Industrie": a firm by its first word, the rest naming what kind of firm (story 3)', () => {
    const ms = resolve(['The planes were built by Airbus Industrie, a European consortium, analysts said.', 'American Airlines said Airbus confirmed those terms.']);
    expect(named(ms, 'Airbus')[0]).toMatchObject({ name: 'Airbus Industrie', type: 'organization' });
  });

  it('"Zhao" after "Zhao Ziyang": a name read family name first, its first word no given name (reuters-wire-4 story 21)', () => {
    const ms = resolve([
      "Premier Zhao Ziyang told the annual meeting of the National People's Congress that China cooled its overheated economy.",
      'Zhao said total social demand exceeds total supply.',
    ]);
    expect(named(ms, 'Zhao')[0]).toMatchObject({ name: 'Zhao Ziyang', type: 'person' });
    // …but of two such names with that first word, neither.
    const two = resolve(['Zhao Ziyang met Zhao Lanfang in Beijing.', 'Zhao said the talks went well.']);
    expect(named(two, 'Zhao')[0]?.name).toBe('Zhao');
  });
});

// Crafted (tests/fixtures/interview-profiles, tuning): profiles call relatives who share the subject's family name by
// their given names, often ones the lexicon does not know.
describe('resolveLocalAliases: a given name alone for one person of the article', () => {
  it('"Huw says" after "Her father, Huw Abernethy," is Huw Abernethy, and "Darla Jean says" is Darla Jean Pruitt', () => {
    const ms = resolve(['Her father, Huw Abernethy, played bass in a Cardiff pub band for 30 years.', '“I told her it sounds like a fridge having a nervous breakdown,” Huw says.']);
    expect(named(ms, 'Huw')[0]).toMatchObject({ name: 'Huw Abernethy', type: 'person' });
    const ds = resolve(['Darla Jean Pruitt has sung in the same bar for 20 years.', '“Tammy writes the sad ones,” Darla Jean says.']);
    expect(named(ds, 'Darla Jean')[0]).toMatchObject({ name: 'Darla Jean Pruitt' });
  });

  it('but not a word that opens a company’s name too (its last word an adjective or no family name’s shape), nor one that is another person’s family name', () => {
    const ms = resolve(['Hyundai Heavy Industries won the order for six tankers.', 'Hyundai said deliveries would start in 2026.']);
    expect(named(ms, 'Hyundai')[0]).toMatchObject({ name: 'Hyundai Heavy Industries', type: 'organization' });
    const hs = resolve(['Hyundai Heavy said it won a 1 billion dlr order.', 'Hyundai said car sales rose.']);
    expect(named(hs, 'Hyundai')[0]?.name).toBe('Hyundai');
    const cs = resolve(['Castlebridge RFC have signed prop Fergal Nolan from Dunhollow RFC on a two-year deal.', 'Dunhollow said it had agreed to release him early.']);
    expect(named(cs, 'Dunhollow')[0]).not.toMatchObject({ name: 'Dunhollow RFC', type: 'person' });
    const ns = resolve(['Huw Abernethy played bass for Gwen Huw for years.', '“It was loud,” Huw said.']);
    expect(named(ns, 'Huw')[0]?.name).toBe('Gwen Huw');
  });
});
