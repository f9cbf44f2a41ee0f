import { describe, expect, it } from 'vitest';
import { annotate, core, speaker } from '../../../../tests/support/attribution.ts';
import { framesQuotation } from './cues.ts';

// Attribution in political copy: sentences crafted in the style of US and UK coverage, most from the crafted passage
// sets in tests/fixtures/ (political-style, political-style-2, attribution-traps; written and labelled before any
// output) and from the reviews of these rules, each with the cases that must stay unknown.
describe('attribution: patterns of political coverage (crafted in the style of the issue’s Fox News / NYT / HuffPost examples)', () => {
  it('an aside opened by a preposition or a participle stands between the name and its verb', () => {
    const a = annotate(
      'Attorney General Jeff Sessions recommended the firing on Tuesday.',
      'Sessions, in a letter to the president, wrote that Comey should be removed from his post.',
      'Former President Barack Obama, speaking at a rally in Ohio, said the country was at a crossroads.',
    );
    expect(speaker(a, 'Comey should be removed')).toBe('Jeff Sessions');
    expect(speaker(a, 'at a crossroads')).toBe('Barack Obama');
  });

  it('a clause after "said" with only an auxiliary is the claim; a comma closing an apposition is no "…, X said" frame', () => {
    const a = annotate('White House press secretary Sarah Huckabee Sanders spoke to reporters.', 'Asked about the timing, Sanders said it was the right moment to act.');
    expect(core(a, 'right moment')).toBe('it was the right moment to act.');
    const b = annotate('Laura Ingraham, the Fox News host, called the firing of the director “long overdue.”');
    expect(speaker(b, 'long overdue')).toBe('Laura Ingraham');
    expect(core(b, 'long overdue')).toBeUndefined();
  });

  it('a description the word lists do not know, opening the sentence, is the title of the name in apposition after it', () => {
    // political-style-2 and attribution-traps (crafted); the first comes from a real one, ECB+ 8_4.
    const a = annotate(
      'The vice president of the civil servants\' union, Elias Vrettakos, told Sky News: "The measures of the government overtake our historic experience."',
      'Her Conservative shadow, Laura Finch, said the announcement had created chaos in schools.',
      'The minister for EU relations, Owen Pritchard, told the Commons the deal was “a win for farmers, a win for consumers”.',
    );
    expect(speaker(a, 'overtake our historic')).toBe('Elias Vrettakos');
    expect(speaker(a, 'created chaos in schools')).toBe('Laura Finch');
    expect(speaker(a, 'a win for farmers')).toBe('Owen Pritchard');
    // The head the tagger calls an adjective (third review k04).
    const b = annotate('Former Maryland Gov. Larry Hogan said Wednesday he would not run again.', 'His longtime rival, Senate President Bill Ferguson, said Hogan had been “a formidable opponent and a good partner.”');
    expect(speaker(b, 'a formidable opponent')).toBe('Bill Ferguson');
  });

  it('a spokesperson named in apposition speaks, not the person or body they speak for (review of 2026-12-06)', () => {
    const a = annotate(
      'Gov. Glenn Youngkin signed the order Friday.',
      'Youngkin\'s spokesperson, Christian Martinez, said the governor “welcomes bipartisan support on protecting Virginians.”',
      'A Justice Department spokeswoman, Maura Delaney, said in a statement to HuffPost that the decision was made “by career prosecutors.”',
      'A spokesperson for Youngkin said the governor “has no plans to veto the bill.”',
    );
    expect(speaker(a, 'welcomes bipartisan support')).toBe('Christian Martinez');
    expect(speaker(a, 'by career prosecutors')).toBe('Maura Delaney');
    // Unnamed, the spokesperson speaks for the governor (the labelling guidelines' convention).
    expect(speaker(a, 'no plans to veto')).toBe('Glenn Youngkin');
  });

  it('a quotation inside a clause opened by "after" is that clause’s subject’s, when the sentence has no cue of its own', () => {
    // political-review r53 (crafted).
    const a = annotate('Rep. Matt Gaetz tweeted that he had the votes.', 'Gaetz\'s announcement came just hours after Speaker Kevin McCarthy told reporters he was “not going to back down.”');
    expect(speaker(a, 'not going to back down')).toBe('Kevin McCarthy');
  });

  it('with a cue of its own, the sentence is cut before its "hours after" clause, whose quotation is that clause’s speaker’s (review 2, s16)', () => {
    const b = annotate('Sen. Susan Collins said the vote would go ahead, hours after Leader Chuck Schumer said he had “no intention of waiting.”');
    expect(speaker(b, 'no intention of waiting')).toBe('Chuck Schumer');
    expect(speaker(b, 'the vote would go ahead')).toBe('Susan Collins');
    const c = annotate('“This is a manufactured crisis, plain and simple,” Senate Majority Leader Chuck Schumer said on the Senate floor, hours after Speaker Kevin McCarthy told reporters he would “not budge an inch on spending cuts.”');
    expect(speaker(c, 'manufactured crisis')).toBe('Chuck Schumer');
    expect(speaker(c, 'not budge an inch')).toBe('Kevin McCarthy');
    // "after the vote" with no speech in it is no clause of its own.
    const d = annotate('“We did our job,” House Majority Leader Steve Scalise said after the vote, minutes after the chamber adjourned.');
    expect(speaker(d, 'We did our job')).toBe('Steve Scalise');
  });

  it('"Mayorkas, speaking to reporters, …" is a subject a later "he" stands for, though the word looks plural (review r55)', () => {
    const a = annotate(
      'Arizona Rep. Andy Biggs on Thursday introduced articles of impeachment against Homeland Security Secretary Alejandro Mayorkas.',
      '“Secretary Mayorkas has willfully refused to enforce the law,” Biggs said. “He must be held accountable.”',
      'Mayorkas, speaking to reporters in El Paso the same day, dismissed the effort. “I\'m focused on the work,” he said.',
    );
    expect(speaker(a, 'held accountable')).toBe('Andy Biggs');
    expect(speaker(a, 'focused on the work')).toBe('Alejandro Mayorkas');
  });

  it('"he" after a sentence whose subject the name finder missed stands for that sentence’s speaker (review r115)', () => {
    const a = annotate(
      'House Republicans moved Tuesday to hold Attorney General Merrick Garland in contempt of Congress for refusing to hand over audio.',
      '“The Department of Justice has no legitimate reason to withhold this audio,” Rep. Jim Jordan, R-Ohio, said.',
      'Garland, in remarks at the Justice Department, said the effort was “the latest in a long line of unprecedented attacks.” He added: “I will not be intimidated.”',
    );
    expect(speaker(a, 'no legitimate reason')).toBe('Jim Jordan');
    expect(speaker(a, 'I will not be intimidated')).toBe('Merrick Garland');
  });

  it('a short reply that is a sentence of its own is a quotation, and the next quotation of the paragraph is the same speaker’s (review r07)', () => {
    const a = annotate(
      'On Tuesday night, Fox News host Laura Ingraham pressed Rep. Dan Crenshaw on the party’s plans for the debt ceiling.',
      '“Are Republicans going to cave again, congressman?” Ingraham asked.',
      '“Absolutely not,” Crenshaw responded. “We have the votes, and we’re going to use the leverage that we have.”',
    );
    expect(speaker(a, 'cave again')).toBe('Laura Ingraham');
    expect(speaker(a, 'We have the votes')).toBe('Dan Crenshaw');
    // Two words inside a sentence are the writer's scare quotes: no quotation, so nothing of the paragraph carries.
    const b = annotate('Sen. Lindsey Graham spoke first.', 'Critics called the plan a “deep state,” and the vote was delayed. “It will pass,” one aide said.');
    expect(speaker(b, 'It will pass')).toBeUndefined();
  });

  it('"shot back" and "fired back" are replies; "fired" alone is not speech (review r27, r72)', () => {
    const a = annotate(
      'Sen. Ted Cruz, R-Texas, and Sen. Chris Murphy, D-Conn., clashed on the Senate floor Wednesday over gun legislation.',
      'Murphy said Republicans were “choosing the gun lobby over children.” Cruz shot back that Democrats were “exploiting tragedy to strip law-abiding citizens of their rights.”',
      'Sen. Sheldon Whitehouse fired back that the bill was “carrying water for the fossil fuel industry.”',
      'The agency fired the contractor after it posted “confidential records of the committee.”',
    );
    expect(speaker(a, 'choosing the gun lobby')).toBe('Chris Murphy');
    expect(speaker(a, 'exploiting tragedy')).toBe('Ted Cruz');
    expect(speaker(a, 'carrying water')).toBe('Sheldon Whitehouse');
    expect(speaker(a, 'confidential records')).toBeUndefined();
  });

  it('"add" with an object of its own is no speech: "Texas was adding jobs" (review r18)', () => {
    const a = annotate(
      'Gov. Gavin Newsom of California and Gov. Greg Abbott of Texas traded barbs Friday over the state of their economies.',
      'Abbott, for his part, said Texas was adding jobs “at a pace California can only dream about.”',
      '“We are not going anywhere,” added Abbott.',
    );
    expect(speaker(a, 'at a pace California')).toBe('Greg Abbott');
    expect(speaker(a, 'not going anywhere')).toBe('Greg Abbott');
  });

  it('with no party tag, "the Kentucky Republican" is the one titled politician the text has been about (review r05, r49)', () => {
    const paul = annotate(
      'Sen. Rand Paul told Fox News Digital on Wednesday that he would not support the spending package in its current form.',
      '“We are borrowing money from China to send it overseas, and the American people are sick of it,” the Kentucky Republican said.',
    );
    expect(speaker(paul, 'borrowing money from China')).toBe('Rand Paul');
    // President Biden is named, but only as the owner of a performance: Pelosi is the one the text is about.
    const pelosi = annotate(
      'Former House Speaker Nancy Pelosi offered a blunt assessment of President Biden’s debate performance on Wednesday.',
      '“It’s up to the president to decide if he is going to run,” the California Democrat said on MSNBC.',
    );
    expect(speaker(pelosi, 'up to the president')).toBe('Nancy Pelosi');
  });

  it('two politicians and no tag: "the Massachusetts Democrat" and the "she" after it stay unknown (review r10)', () => {
    const a = annotate(
      'Sen. Elizabeth Warren and Sen. Amy Klobuchar have introduced legislation to crack down on corporate mergers in the grocery industry.',
      '“Families are paying more at the checkout line because a handful of giant companies control the market,” Warren said in a statement. Klobuchar, who chairs the Senate antitrust subcommittee, said the bill would “restore competition and bring prices down.”',
      'The Massachusetts Democrat added that she had been warning about consolidation for years. “We saw this coming,” she said.',
    );
    expect(speaker(a, 'restore competition')).toBe('Amy Klobuchar');
    expect(speaker(a, 'We saw this coming')).toBeUndefined();
    // A host is no Republican senator: nobody is credited.
    const host = annotate('Fox News host Laura Ingraham opened her show on Monday with the spending bill.', '“This bill is a disaster,” the Kentucky Republican said.');
    expect(speaker(host, 'This bill is a disaster')).toBeUndefined();
  });

  it('"the president" is the one holder named before; of two, a qualifier must say which (reviews r83, r106, s72)', () => {
    const a = annotate(
      'French President Emmanuel Macron met with President Trump at the White House on Monday.',
      '“No, in fact, to be frank, we paid,” Macron said, placing his hand on Trump’s arm.',
      'The president smiled. “If you believe that, it’s OK with me,” he said.',
      'The French president laughed. “We will see,” he said.',
    );
    expect(a.mentions.find((m) => m.name === 'Emmanuel Macron')?.role).toBe('French President');
    // Two presidents named before, and "the president" does not say which (writers mean either: Trump here, Argentina's
    // Javier Milei "through an interpreter" in the second review): nobody is credited.
    expect(speaker(a, 'If you believe that')).toBeUndefined();
    expect(speaker(a, 'We will see')).toBe('Emmanuel Macron');
    // Not the holder named later in the same sentence.
    const b = annotate('President Donald Trump flew to Finland on Sunday.', 'Speaking to reporters aboard Air Force One, the president said he was “not happy” with Russian President Vladimir Putin.');
    expect(speaker(b, 'not happy')).toBe('Donald Trump');
    // Two holders with the same bare title: the text does not say which.
    const c = annotate('President Joe Biden met President Volodymyr Zelensky on Monday.', 'The president nodded. “We are with you,” he said.');
    expect(speaker(c, 'We are with you')).toBeUndefined();
  });

  it('a party adjective before a noun is no speaker: "said one Democratic strategist" stays unknown (review r35)', () => {
    const a = annotate('Democrats are worried about the Senate map.', '“If we lose Montana and Ohio, it’s over,” said one Democratic strategist who works on Senate races, speaking on condition of anonymity.');
    expect(speaker(a, 'If we lose Montana')).toBeUndefined();
    // A name at the end of the description still speaks: "said the 36-year-old Klitschko".
    expect(speaker(annotate('“I am ready,” said the 36-year-old Klitschko.'), 'I am ready')).toBe('Klitschko');
  });

  it('"X said that … – and added, “…”": "that" after the verb opens what was said, so "added" keeps the subject (ECB+ 3_2)', () => {
    const a = annotate(
      'Department of Criminal Justice spokeswoman Michelle Lyons said Thursday that the convicted sex offender was still on the run.',
      'Lyons said that Comeaux used a wheelchair in prison – he "claimed it was necessary for his mobility" – and added, "Since he fled on foot, that\'s obviously in question."',
    );
    expect(speaker(a, 'Since he fled on foot')).toBe('Michelle Lyons');
    // A real relative clause is not the sentence's subject: "Graham met President Trump, who nodded and said …" is
    // never Graham's (it is left unknown).
    const b = annotate('Sen. Lindsey Graham met President Trump, who nodded and said the deal was “done.”');
    expect(speaker(b, 'the deal was')).toBeUndefined();
  });

  it('a title description must fit the holder’s title: "the former FBI director", never "the president" for a vice president (review r03, r11)', () => {
    const a = annotate(
      'Former President Donald Trump on Saturday lashed out at former FBI Director James Comey, calling him “a liar and a leaker” in a post on Truth Social.',
      'Comey, who was fired in May 2017, responded hours later on MSNBC. “I’m not going to get into the mud with him,” the former FBI director said.',
    );
    expect(a.mentions.find((m) => m.name === 'James Comey')?.role).toBe('former FBI Director');
    expect(speaker(a, 'into the mud')).toBe('James Comey');
    const b = annotate('Vice President Mike Pence spoke in Ohio on Monday.', '“We will not back down,” the president said.');
    expect(speaker(b, 'We will not back down')).toBeUndefined();
    // "the FBI director" (still in office) is not the former one.
    const c = annotate('Former FBI Director James Comey testified on Thursday.', '“The bureau is independent,” the FBI director said.');
    expect(speaker(c, 'The bureau is independent')).toBeUndefined();
  });

  it('"agreed with that assessment but said": neither "with" after a verb nor "that" before a noun opens a clause (review)', () => {
    const a = annotate('Sen. Marco Rubio of Florida, the panel’s top Republican, agreed with that assessment but said the administration had been “too slow to respond.”');
    expect(speaker(a, 'too slow to respond')).toBe('Marco Rubio');
    // "with X calling …" still opens a clause of its own: the cue in it is not the sentence's.
    const b = annotate('The deal collapsed on Friday, with Sen. Josh Hawley calling it “a giveaway to China.”');
    expect(speaker(b, 'a giveaway to China')).not.toBe('Josh Hawley');
  });

  it('"dismissed … as “…”" credits its subject; a surname that is no English plural opens a sentence with any verb (review r20, r80)', () => {
    const a = annotate('Rep. Jamie Raskin, the top Democrat on the House Oversight Committee, dismissed the impeachment inquiry on Wednesday as “a political stunt with no evidence behind it.”');
    expect(speaker(a, 'a political stunt')).toBe('Jamie Raskin');
    const b = annotate('Fox News host Jesse Watters pressed the senator on the bill.', 'Watters laughed and said, “I’ll take that as a yes.”');
    expect(speaker(b, 'take that as a yes')).toBe('Jesse Watters');
    // "Waters" is the plural of a word: with a verb that is no speech it stays water.
    const c = annotate('Rep. Maxine Waters (D-Calif.) toured Houston on Monday.', 'Waters rose again overnight in several neighborhoods.', '“It is heartbreaking,” she said.');
    expect(c.mentions.filter((m) => m.sentence === 1)).toEqual([]);
  });

  it('a name in apposition keeps its title and party tag: "Her likely Democratic opponent, Rep. Ruben Gallego (D-Ariz.), wrote" (political-style-3)', () => {
    const a = annotate('Republican Senate candidate Kari Lake spoke in Phoenix.', 'Her likely Democratic opponent, Rep. Ruben Gallego (D-Ariz.), wrote on X that Lake was “still living in 2022 while Arizonans are living in 2024.”');
    expect(speaker(a, 'still living in 2022')).toBe('Ruben Gallego');
  });

  it('a participle after "after" has the sentence’s subject, and speaks for the quotation when the main verb is no speech (political-style-3)', () => {
    const a = annotate('Sen. Josh Hawley (R-Mo.) is getting roasted after claiming in a speech on Sunday that America’s “masculinity crisis” was caused by “the left’s war on men.”');
    expect(speaker(a, 'war on men')).toBe('Josh Hawley');
    // Without a quotation, a clause of its own does not speak for the sentence (content/articles/003, Engadget).
    const b = annotate('Anthropic has refused the terms.', 'In its latest statement, published just hours before Altman announced OpenAI’s agreement, it repeated its stance.');
    expect(speaker(b, 'repeated its stance')).not.toBe('Altman');
  });

  it('a country’s government speaks; "one House Democrat" is no name; an unreadable cue keeps its clause from the sentence’s speaker (political-style-3)', () => {
    const a = annotate(
      'The Canadian government said it would respond “in a measured and proportionate way,” while two European officials, speaking on condition of anonymity because they were not authorized to discuss the talks, said Brussels was drawing up a list of U.S. goods to target.',
      '“This is a disaster,” said Rep. Ann Kuster of New Hampshire.',
      'One House Democrat from a swing district, who spoke on the condition of anonymity, said the party was “sleepwalking toward a disaster in November.”',
    );
    expect(speaker(a, 'measured and proportionate')).toBe('Canadian government');
    expect(speaker(a, 'Brussels was drawing up')).toBeUndefined();
    expect(speaker(a, 'sleepwalking toward a disaster')).toBeUndefined();
    expect(a.mentions.map((m) => m.name)).not.toContain('House Democrat');
  });

  it('"told a judge that … and argued that …": the second verb keeps the subject (ECB+ 1_5)', () => {
    const a = annotate('Mark Jay Heller told a judge that Lohan was settling in at Morningside Recovery and argued that the actress should be allowed to stay until a judge approves her placement.');
    expect(speaker(a, 'should be allowed to stay')).toBe('Mark Jay Heller');
  });

  it('any verb framing a quotation is speech: "“…,” Klobuchar countered.", "“…,” retorted Cantwell." (review 2, u01–u14)', () => {
    const a = annotate(
      'Sen. Josh Hawley said the pharmaceutical companies had “ripped off American patients for decades.”',
      '“That is not the whole story, and the senator knows it,” Sen. Amy Klobuchar countered.',
      '“Nobody elected you to preempt every state legislature in the country,” retorted Sen. Maria Cantwell.',
      '“We’ll get to that,” Jordan deadpanned on Tuesday.',
    );
    expect(speaker(a, 'not the whole story')).toBe('Amy Klobuchar');
    expect(speaker(a, 'Nobody elected you')).toBe('Maria Cantwell');
    // Nobody named Jordan before: the frame still blocks Cantwell from carrying over.
    expect(speaker(a, 'get to that')).not.toBe('Maria Cantwell');
    // A quotation that is a title, then a verb with its object, is no frame.
    const b = annotate('The musical “Hamilton,” which opened the festival, sold out every night.');
    const tokens = b.sentences[0]!.tokens;
    expect(framesQuotation(tokens, tokens.findIndex((t) => t.value === 'opened'))).toBe(false);
    const c = annotate('“That is not the whole story,” Klobuchar countered.');
    expect(framesQuotation(c.sentences[0]!.tokens, c.sentences[0]!.tokens.findIndex((t) => t.value === 'countered'))).toBe(true);
  });

  it('second review: a spokesperson for a titled leader, "one of the defendants", "according to" a title holder (s62, t05, t45, s80, u13)', () => {
    const a = annotate(
      'A spokesperson for Senate Majority Leader John Thune, Ryan Wrasse, said the leader was “confident we have the votes.”',
      'A lawyer for one of the defendants, Kelli Ward, said the charges were “a political hit job.”',
      'According to Minnesota Republican Party Chair Alex Plechash, the announcement was “an admission of failure.”',
      'According to a spokesman for the Congressional Progressive Caucus, Dan Lyon, Democrats would not provide votes to rescue the rule.',
      'According to the Justice Department, John Smith lied to investigators.',
    );
    expect(speaker(a, 'confident we have the votes')).toBe('Ryan Wrasse');
    // The name is the defendant's, not the lawyer's: nobody is credited.
    expect(speaker(a, 'a political hit job')).toBeUndefined();
    expect(speaker(a, 'an admission of failure')).toBe('Alex Plechash');
    expect(speaker(a, 'would not provide votes')).toBe('Dan Lyon');
    // After "according to the body," a name is the clause's subject, not an apposition: the body is the source.
    expect(speaker(a, 'lied to investigators')).toBe('Justice Department');
  });

  it('second review: two politicians joined as a subject leave "the Iowa Republican" unknown, and the quotation it closes too (s35, s76)', () => {
    const a = annotate(
      'Sen. Chuck Grassley and Rep. Zach Nunn both attended the Iowa State Fair on Friday.',
      '“Farmers are the ones who get hurt first in a trade war,” the Iowa Republican said.',
      '“And they’re always the last ones to recover,” he added.',
    );
    expect(speaker(a, 'hurt first in a trade war')).toBeUndefined();
    expect(speaker(a, 'last ones to recover')).toBeUndefined();
    const b = annotate(
      'Sen. Tim Kaine, D-Va., and Sen. Mark Warner, D-Va., called on the administration Friday to reverse the firings.',
      '“These are not bureaucrats. These are our neighbors,” the Virginia Democrat said at a press conference in Alexandria.',
    );
    expect(speaker(b, 'These are not bureaucrats')).toBeUndefined();
    // One politician, and another named only as the one he spoke with: "the South Carolina Republican" is Graham.
    const c = annotate('Sen. Lindsey Graham said he had spoken with former President Trump on Sunday.', 'The South Carolina Republican added that he believed a majority of GOP senators would support the package.');
    expect(speaker(c, 'a majority of GOP senators')).toBe('Lindsey Graham');
  });

  it('second review: "did not respond" is no speech, "the university" is the university, "would later tell reporters" is speech (s42, s63)', () => {
    const a = annotate(
      'Harvard University President Alan Garber said Monday that the school would not comply.',
      'Garber did not respond directly, but the university said it would “defend its independence in court if necessary.”',
    );
    expect(speaker(a, 'defend its independence')).toBe('Harvard University');
    expect(speaker(a, 'did not respond directly')).toBeUndefined();
    const b = annotate(
      'Rep. Matt Gaetz, R-Fla., said Speaker Kevin McCarthy had “lost the trust of the conference.”',
      '“I may have lost a vote today, but I fought for what I believe in,” McCarthy would later tell reporters.',
    );
    expect(speaker(b, 'I may have lost a vote')).toBe('Kevin McCarthy');
  });

  it('second review: a body’s name before a given name and a surname is the person’s title (s57)', () => {
    const a = annotate('Secretary of Health and Human Services Robert F. Kennedy Jr. defended the new panel.', '“The old committee was a rubber stamp for the industry,” Kennedy said.');
    expect(a.mentions.some((m) => m.name === 'Robert F. Kennedy Jr' && m.type === 'person')).toBe(true);
    expect(speaker(a, 'rubber stamp')).toBe('Robert F. Kennedy Jr');
  });

  it('anonymous sources stay unknown, and so do "the senator", "he" and "she" that stand for them (political-anonymous)', () => {
    const a = annotate(
      '“We are closer than the headlines suggest,” Sen. Daniel Whitcomb, R-Ky., told Fox News Digital.',
      'But another Republican senator, who asked not to be named to discuss internal deliberations, said the whip count was still short. “There are eight or nine of us who won’t vote for another punt,” the senator said.',
      'The Pentagon is preparing to withdraw troops, a senior administration official told Fox News Digital.',
      '“The mission is largely accomplished,” the official said. He said Kurdish commanders had been briefed last week.',
      'A former staffer for Rep. Colleen Marsh (R-Mont.) says she was pushed out of her job after raising concerns.',
      'Democrats said the cuts would gut programs that help rural towns prepare for wildfires.',
    );
    expect(speaker(a, 'closer than the headlines')).toBe('Daniel Whitcomb');
    expect(speaker(a, 'eight or nine of us')).toBeUndefined();
    expect(speaker(a, 'largely accomplished')).toBeUndefined();
    expect(speaker(a, 'Kurdish commanders')).toBeUndefined();
    expect(speaker(a, 'pushed out of her job')).toBeUndefined();
    expect(speaker(a, 'gut programs')).toBeUndefined();
    // A description with a name in apposition is that person: "he" after it is Vance (political-style-2).
    const b = annotate('The executive, Richard Vance of Meridian Health Solutions, said that list prices were set by drug makers. “We are one part of a very complicated system,” he said.');
    expect(speaker(b, 'very complicated system')).toBe('Richard Vance');
  });

  it('a name in apposition may have a title before it and where it is from after it (second review s05, s17, t38)', () => {
    const a = annotate(
      'The committee’s ranking member, Rep. Robert Garcia of California, said the report showed “a deliberate campaign to gut independent oversight.”',
      'The reporter, Associated Press correspondent Zeke Miller, later wrote that economists “overwhelmingly disagree” with that claim.',
      'The protest’s organizer, Stephana Ferrell of the Florida Freedom to Read Project, said the governor was “inventing a problem to sell a book.”',
      'Rep. Nick LaLota, R-N.Y., a fellow New York Republican, said it was “a good day for the institution.”',
    );
    expect(speaker(a, 'gut independent oversight')).toBe('Robert Garcia');
    expect(speaker(a, 'overwhelmingly disagree')).toBe('Zeke Miller');
    expect(speaker(a, 'inventing a problem')).toBe('Stephana Ferrell');
    // A party description in apposition only says who the name before it is.
    expect(speaker(a, 'a good day for the institution')).toBe('Nick LaLota');
  });

  it('"remarked", "cautioned", "complained", "answered" are speech verbs (second review u03, u04, u15)', () => {
    const a = annotate('Rep. Ritchie Torres, D-N.Y., remarked on X that the booing was “the most bipartisan moment of the year.”', 'Riders advocate Lisa Daglian cautioned that more police alone “won’t fix the underlying problems.”');
    expect(speaker(a, 'most bipartisan moment')).toBe('Ritchie Torres');
    expect(speaker(a, 'underlying problems')).toBe('Lisa Daglian');
  });

  it('"the Kentucky senator" is the senator tagged with Kentucky; with no tag, the one holder in reach; two untagged, nobody (second review s38, s55, s85)', () => {
    const a = annotate(
      'Sen. Rand Paul (R-Ky.) blocked a Senate resolution on Tuesday.',
      'Sen. Amy Klobuchar (D-Minn.) called the objection “a disappointing display.”',
      'The Kentucky senator later told reporters he would support a revised version.',
    );
    expect(speaker(a, 'support a revised version')).toBe('Rand Paul');
    const b = annotate('Gov. Andy Beshear signed the bill on Monday.', '“We’ve spent too long using words nobody understands,” the Kentucky governor said.');
    expect(speaker(b, 'nobody understands')).toBe('Andy Beshear');
    const c = annotate('Gov. Gavin Newsom and Gov. Greg Abbott traded barbs on Friday.', '“People are voting with their feet,” the Texas governor said.');
    expect(speaker(c, 'voting with their feet')).toBeUndefined();
  });

  it('a quotation closing an aside before the verb leaves the name before the aside its subject (second review s74, s79)', () => {
    const a = annotate(
      'Rep. Jim Clyburn spoke Sunday.',
      'Clyburn, appearing on CBS’s “Face the Nation,” said the party had done “a lousy job of telling people what we did for them.”',
      'President Trump attacked the Fed again. Trump, who has called Powell “a numbskull,” said on social media that the decision would cost Americans “billions of dollars in unnecessary interest.”',
      '“We will win this,” said Clyburn on Sunday.',
    );
    expect(speaker(a, 'a lousy job')).toBe('Jim Clyburn');
    expect(speaker(a, 'unnecessary interest')).toBe('Trump');
    // Inverted after a quotation, as before.
    expect(speaker(a, 'We will win this')).toBe('Jim Clyburn');
  });

  it('third review: representatives named in apposition speak; an unnamed lawyer is nobody (m01, m02, k05, p02)', () => {
    const a = annotate(
      'A spokesman for former President Donald Trump, Steven Cheung, said the ruling was “a total victory for President Trump.”',
      'Rep. Henry Cuellar was pardoned on Tuesday. According to a spokesman for Cuellar, Jesus Arellano, the congressman had “never asked anyone for a pardon.”',
      'Sen. Josh Hawley filed the bill. According to Hawley’s chief of staff, Kyle Plotkin, the bill now has nine Republican co-sponsors.',
      'John Bolton was charged in May. According to Bolton’s lawyer, the documents at issue were “diary entries that the government had reviewed years ago.”',
    );
    expect(speaker(a, 'a total victory')).toBe('Steven Cheung');
    expect(speaker(a, 'never asked anyone')).toBe('Jesus Arellano');
    expect(speaker(a, 'nine Republican co-sponsors')).toBe('Kyle Plotkin');
    expect(speaker(a, 'diary entries')).toBeUndefined();
  });

  it('third review: a platform in an aside is not the speaker; a passive verb is no cue; a signed post is its signer’s (w06, r07, q02)', () => {
    const a = annotate(
      'President Trump and Vice President JD Vance met with Ukrainian President Volodymyr Zelensky on Friday.',
      'The president, in a post on Truth Social, said Zelensky “needs to make a deal, and fast.”',
      'Thune said he still expected the nominee to be confirmed “with a comfortable margin.”',
    );
    expect(speaker(a, 'needs to make a deal')).not.toBe('Truth Social');
    expect(speaker(a, 'comfortable margin')).toBe('Thune');
    const b = annotate(
      'In a post on X, Sen. Chris Coons of Delaware wrote: “Withholding aid from an ally under attack is not a negotiating tactic.”',
      '“Our allies are watching, and so are our adversaries.”',
      '— Senator Jeanne Shaheen (@SenatorShaheen) March 4, 2025',
    );
    expect(speaker(b, 'Our allies are watching')).toBe('Jeanne Shaheen');
    expect(speaker(b, 'not a negotiating tactic')).toBe('Chris Coons');
  });

  it('third review: after “…,” the Kentucky Republican said, left unknown, the next quotation of the paragraph is not an earlier speaker’s (v06)', () => {
    const a = annotate(
      'Rep. Andy Barr, who is running to replace retiring Sen. Mitch McConnell, picked up a key endorsement on Monday.',
      '“Andy has been a champion for agriculture every day he’s been in Congress,” the group’s president, Mark Haney, said in a statement.',
      '“I’m humbled by this,” the Kentucky Republican said at an event in Bowling Green. “Farmers are the backbone of this state.”',
    );
    expect(speaker(a, 'champion for agriculture')).toBe('Mark Haney');
    expect(speaker(a, 'backbone of this state')).not.toBe('Mark Haney');
  });

  it('third review: a lawyer for a person with a long lower-case title, named in apposition, speaks; "according to X’s spokesman, Name," too; "the congressman shot back" (p02, u06)', () => {
    const a = annotate(
      'A lawyer for former national security adviser John Bolton, Abbe Lowell, said Friday that his client would plead not guilty.',
      'According to FBI Director Kash Patel’s spokesman, Ben Williamson, the bureau had followed “every standard procedure, as it always does.”',
    );
    expect(speaker(a, 'plead not guilty')).toBe('Abbe Lowell');
    expect(speaker(a, 'every standard procedure')).toBe('Ben Williamson');
    const b = annotate(
      'Laura Ingraham opened her show Wednesday with a pointed question for her guest, Rep. Wesley Hunt of Texas.',
      '“You’ve said that before,” she replied.',
      '“And we delivered every single time,” the congressman shot back.',
    );
    expect(speaker(b, 'delivered every single time')).toBe('Wesley Hunt');
  });

  it('third review: of two holders of a title, the one whose title has the place, or the one the sentence before in the paragraph is about (r04, p04)', () => {
    const a = annotate(
      'California Gov. Gavin Newsom and Florida Gov. Ron DeSantis traded barbs on Wednesday over a new study ranking state economies.',
      '“California is the fourth-largest economy in the world,” the California governor said at an event in Sacramento.',
      '“People are voting with their feet,” the Florida governor said in Tallahassee.',
    );
    expect(speaker(a, 'fourth-largest economy')).toBe('Gavin Newsom');
    expect(speaker(a, 'voting with their feet')).toBe('Ron DeSantis');
    const b = annotate(
      'Rep. Ro Khanna of California said Monday that he would force a vote on a war powers resolution.',
      'Rep. Thomas Massie, the Kentucky Republican who is co-sponsoring the resolution, agreed. “This is not complicated,” the congressman said.',
    );
    expect(speaker(b, 'This is not complicated')).toBe('Thomas Massie');
    // Across a paragraph break the sentence before does not settle it (review r106).
    const c = annotate('French President Emmanuel Macron met with President Trump on Monday.', '“No, in fact, we paid,” Macron said.', 'The president smiled. “If you believe that, it’s OK with me,” he said.');
    expect(speaker(c, 'If you believe that')).toBeUndefined();
  });

  it('a person "of" or "at" a body speaks, not the body; a country recalling its ambassador says nothing (wire-general w29, w21)', () => {
    const a = annotate('Police arrested a man on Friday.', '"He wasn\'t hard to find ,"Detective Sgt. Mike Bannerman of the Northfield Police Department told reporters at a news conference.');
    expect(speaker(a, 'hard to find')).toBe('Mike Bannerman');
    const b = annotate('(Reuters) - Velmira recalled its ambassador to neighbouring Sarkand on Tuesday after Sarkandi troops detained three Velmiran fishermen in disputed waters, Velmira\'s foreign ministry said.');
    expect(speaker(b, 'recalled its ambassador')).toBeUndefined();
    // "claimed" with a clause after its noun phrase is speech.
    const c = annotate('Former President Donald Trump claimed the election was stolen from him by fraud.');
    expect(speaker(c, 'the election was stolen')).toBe('Donald Trump');
  });

  it('the subject of a clause is its head, not a name its title or owner is "to" or "of" (wire-general w15, w25)', () => {
    // "Vireo's CEO, Hannah Osei,": the name in apposition, whom "she" then stands for; not the company.
    const a = annotate('Vireo\'s CEO, Hannah Osei, didn\'t wait long to respond.', '"Welcome to last year, Lumen," she posted on X, minutes after the keynote ended.');
    expect(speaker(a, 'Welcome to last year')).toBe('Hannah Osei');
    // The assistant sued the singer; the singer accuses nobody.
    const b = annotate('A former personal assistant to singer-songwriter Nolan Pierce has sued him for $5 million, accusing him of withholding wages, according to a lawsuit filed Tuesday.');
    expect(speaker(b, 'withholding wages')).toBeUndefined();
    // "At the hearing Sen. X": a noun that is no title does not make the name an object.
    const c = annotate('At the hearing Sen. Maria Cantwell said the agency had failed to act.');
    expect(speaker(c, 'failed to act')).toBe('Maria Cantwell');
  });

  it('a participle ending a coordinated clause is that clause’s subject’s, and the clause before is the writer’s (wire-general w15)', () => {
    const a = annotate('Lumen Labs finally pulled the wraps off its long-rumored Halo headset on Tuesday, and CEO Anders Holmqvist didn\'t undersell it, calling the device "the most personal computer we have ever built."');
    expect(speaker(a, 'most personal computer')).toBe('Anders Holmqvist');
    expect(speaker(a, 'pulled the wraps off')).toBeUndefined();
    // Inverted after both clauses, the speaker says both.
    const b = annotate('The deal is done and the merger will close in March, said Jane Smith, the chief executive.');
    expect(speaker(b, 'merger will close in March')).toBe('Jane Smith');
  });

  it('a crowd’s chant in a relative clause is the crowd’s, not the speaker’s before it (wire-general w20)', () => {
    const a = annotate('"The people have spoken, and they have spoken clearly,"Vasko told thousands of supporters in Liberty Square, who chanted "Irina, Irina, new Ostavia!" and waved placards reading "Morov must go now."');
    expect(speaker(a, 'they have spoken clearly')).toBe('Vasko');
    expect(speaker(a, 'Irina, Irina, new Ostavia')).toBeUndefined();
    expect(speaker(a, 'Morov must go now')).toBeUndefined();
    // A named person's relative clause stays that person's ("…, who said", third review).
    const b = annotate('The remarks drew an immediate rebuke from Rep. Brian Fitzpatrick, R-Pa., who said the comments were “dangerous and wrong.”');
    expect(speaker(b, 'dangerous and wrong')).toBe('Brian Fitzpatrick');
  });

  it('a spokesperson whose surname is a place word, and a pronoun for the subject in a "when" clause, speak (wire-general w24)', () => {
    const a = annotate('"Brianna and Tyrese have decided to go their separate ways with love and respect," Cole\'s rep, Simone Park, said in a statement. "They ask for privacy for their daughter\'s sake."');
    expect(speaker(a, 'separate ways with love')).toBe('Simone Park');
    expect(speaker(a, 'privacy for their daughter')).toBe('Simone Park');
    const b = annotate('Reality star Brianna Cole is divorcing.', 'Cole hinted at the split last week when she wrote on Instagram, "Protect your peace, even if it costs you people."');
    expect(speaker(b, 'Protect your peace')).toBe('Brianna Cole');
    // The pronoun of someone else in the clause: "… when he wrote" after a woman's name is not hers.
    const c = annotate('Reality star Brianna Cole is divorcing.', 'Cole learned of it last week when he wrote on Instagram, "Protect your peace, even if it costs you people."');
    expect(speaker(c, 'Protect your peace')).toBeUndefined();
  });

  it('in "X reported that he had told …", "he" is not the one reporting (wire-general w13)', () => {
    const a = annotate('“This is a dream for me and my family,” Meirelles told the club\'s website. A Bola reported that he had told Vila Serrana teammates his “heart was already in England” weeks before the deal was agreed.');
    expect(speaker(a, 'heart was already in England')).toBe('Meirelles');
    // "X said that he …" is still X: saying is no reporting.
    const b = annotate('Coach Stefan Kowalczyk spoke after Thiago Meirelles signed. Meirelles said that he had told his teammates he was “ready to play on Saturday.”');
    expect(speaker(b, 'ready to play on Saturday')).toBe('Thiago Meirelles');
  });

  it('a quotation with no cue right after someone’s reported speech goes on with it, when its subject is a pronoun (sample 003)', () => {
    const a = annotate('Altman added in his post on X that OpenAI will build technical safeguards to ensure the company’s models behave as they should, claiming that’s also what the DoW wanted. It’s sending engineers to work with the agency to “ensure [its models’] safety,” and it will only deploy on cloud networks.');
    expect(speaker(a, 'ensure [its models’] safety')).toBe('Altman');
    // Not a phrase the sentence names or a title (second review of the wire rules, u03, u28, u29).
    const c = annotate('Chief executive Priya Natarajan said the company would recall 40,000 drones.', 'It is a humbling moment for a start-up that investors once hailed as “the Apple of home security.”', 'It was the subject of a viral video, “My Drone Burned Down My Garage,” which has been watched millions of times.');
    expect(speaker(c, 'the Apple of home security')).toBeUndefined();
    expect(speaker(c, 'My Drone Burned Down')).toBeUndefined();
    const d = annotate('Daniel Roe said he had last heard from his sister on Saturday morning. It read: “Nearly at the top, views are amazing.”');
    expect(speaker(d, 'Nearly at the top')).toBeUndefined();
    // Someone else as the subject keeps it theirs (wire-general w15).
    const b = annotate('Lumen Labs unveiled its headset.', 'Lumen says the Halo lasts about three hours on a charge. Outside the venue, a lone protester held a sign reading "Touch grass, not glass."');
    expect(speaker(b, 'Touch grass, not glass')).toBeUndefined();
  });

  it('the review of the wire rules (wire-review, crafted): unnamed clause subjects, people of bodies, members, unnamed people who speak', () => {
    // A coordinated clause about someone unnamed is not the sentence subject's…
    const a = annotate('Gary Doyle, who was appointed in the summer, was defiant, and his assistant resigned in solidarity, saying the decision had been made “by people who have never kicked a ball.”');
    expect(speaker(a, 'never kicked a ball')).toBeUndefined();
    // …but a definite description there is the same person.
    const b = annotate('Mila Ferrand won the final in three sets, and the 19-year-old was in tears afterward, telling the crowd she “would not be standing here without my coach.”');
    expect(speaker(b, 'without my coach')).toBe('Mila Ferrand');
    // The person of a body whose name the finder split.
    const c = annotate('Assistant District Attorney Paula Strickland of the Calder County District Attorney\'s Office said charges would be filed Thursday.');
    expect(speaker(c, 'charges would be filed')).toBe('Paula Strickland');
    // A member of a group is not the group.
    const d = annotate('Outside court, a member of Save Witherby said the group had raised £60,000 to fund the case.');
    expect(speaker(d, 'raised £60,000')).toBeUndefined();
    // Letters after a name.
    const e = annotate('In a witness statement, Dr Anil Varma FRCP, a public health consultant, said overcrowding would create “a real risk of infectious disease outbreaks.”');
    expect(speaker(e, 'a real risk of infectious')).toBe('Anil Varma');
    // An unnamed neighbour, or a mother the text does not name, who spoke last: "she" is hers, not an earlier woman's.
    const f = annotate('Assistant District Attorney Paula Strickland said charges would be filed.', 'A neighbour of the suspect, who declined to give her name, said he kept to himself. “You\'d see him carrying boxes in and out at night,” she said.');
    expect(speaker(f, 'carrying boxes in and out')).toBeUndefined();
    // A guest, a supporter (second review of the wire rules, u20, u05).
    const guest = annotate('Bride Sophie Granger said the day had been ruined.', 'A guest who witnessed the fight said the police arrived within minutes. “The kids were all screaming,” she added.');
    expect(speaker(guest, 'kids were all screaming')).toBeUndefined();
    const fan = annotate('Striker Lena Vogt scored twice.', 'One supporter, a teenage girl wearing Vogt\'s shirt, said she had queued since dawn. “She\'s the reason I started playing,” she said.');
    expect(speaker(fan, 'reason I started playing')).toBeUndefined();
    const g = annotate('Doherty\'s ex-girlfriend, Kayla Moreau, tweeted Monday that she was "praying for him every single day."', 'His mother said she expected him to stay at the facility for at least 60 days.', '"This time he actually wants to be there ," she said.');
    expect(speaker(g, 'actually wants to be there')).toBeUndefined();
    // A crowd "in" a named place, in a relative clause.
    const h = annotate('Tomasz Wrona spoke on Saturday to thousands of supporters in Kessel, who chanted “Out with the thieves!” as he spoke.');
    expect(speaker(h, 'Out with the thieves')).toBeUndefined();
  });

  it('scraped copy (scraped-news, crafted): an anonymous person "familiar with X’s thinking", a relative clause’s subject, a firm by its first word', () => {
    const a = annotate(
      'Corvane Systems outbid a rival proposal from private equity firm Hestia Partners.',
      'Hestia, which bid $38 a share last month, said in a brief statement that it was "reviewing all of its options."',
      '"They have a ceiling and they are close to it ," a person familiar with Hestia\' s thinking said.',
      '"Nobody there wants to overpay for a mature business."',
    );
    expect(speaker(a, 'reviewing all of its options')).toBe('Hestia Partners');
    expect(speaker(a, 'They have a ceiling')).toBeUndefined();
    expect(speaker(a, 'Nobody there wants to overpay')).toBeUndefined();
    const b = annotate(
      'A convicted burglar walked away from a highway cleanup crew on Monday, Sheriff Wade Tolliver said.',
      'A woman who lives near the search area said she saw a man in an orange jumpsuit cross her yard.',
      '"I locked every door in the house and called my husband ," she said.',
    );
    expect(speaker(b, 'locked every door')).toBeUndefined();
    // A named person's relative clause still names them ("Harriet Olumide, who chairs the trust, said" has commas;
    // without them the name before "who" is the subject).
    const c = annotate('Residents who live near the plant said the smell had got worse over the past 3 weeks.', 'Council leader Harriet Olumide who chairs the trust said the site would close.');
    expect(speaker(c, 'smell had got worse')).toBeUndefined();
    expect(speaker(c, 'site would close')).toBe('Harriet Olumide');
  });

  it('"police said" is the one police force the article names, and nobody when it names none or two (wire-general w29)', () => {
    const a = annotate('NORTHFIELD — A man accused of robbing three banks was arrested Thursday at a motel off Interstate 80, police said.', 'Detective Sgt. Mike Bannerman of the Northfield Police Department told reporters the man had been armed.');
    expect(speaker(a, 'arrested Thursday at a motel')).toBe('Northfield Police Department');
    const none = annotate('A man accused of robbing three banks was arrested Thursday at a motel off Interstate 80, police said.');
    expect(speaker(none, 'arrested Thursday at a motel')).toBeUndefined();
    const two = annotate('A man was arrested Thursday at a motel off Interstate 80, police said.', 'The Northfield Police Department and the Ridgeway Police Department searched the area.');
    expect(speaker(two, 'arrested Thursday at a motel')).toBeUndefined();
  });

  it('an organization in apposition to a description of one speaks, and a company’s board speaks for it (scraped-news s23, s09)', () => {
    const a = annotate('Rights activists protested on Monday.', 'A human rights group, the Civil Liberties Forum, said the arrests were "a warning to every journalist in the country."');
    expect(speaker(a, 'a warning to every journalist')).toBe('Civil Liberties Forum');
    const b = annotate("Corvane raised its offer for Telmark Inc on Monday. Telmark Inc's board said it would evaluate both proposals by the end of the week.");
    expect(speaker(b, 'evaluate both proposals')).toBe('Telmark Inc');
    // A person's description before an organization's name is no apposition: "His employer, Acme Corp, said" is Acme's
    // only as a body, not his.
    const c = annotate('Engineer Tom Reyes was fired in May.', 'A former colleague, the Acme Workers Union, said the firing was "plainly unlawful."');
    expect(speaker(c, 'plainly unlawful')).toBeUndefined();
  });

  it('second review of the wire rules: a title the tagger reads as a verb, and an outlet citing unnamed people (u27, u25)', () => {
    const a = annotate('Feretti was asked about the report on Saturday. “I don\'t read newspapers,” he said.', 'Lead driver Tomas Lindqvist was more relaxed. “Marco is the boss until he tells me otherwise,” he said.');
    expect(speaker(a, 'Marco is the boss')).toBe('Tomas Lindqvist');
    const b = annotate('Pitchline, citing two people at the label, said a deluxe edition of the album was already being planned.');
    expect(speaker(b, 'deluxe edition of the album')).toBeUndefined();
    // Someone named after the outlet's citation still speaks (political-style-3 p3-04).
    const c = annotate('The New York Times, citing three people familiar with the matter, reported that Kelly told aides he planned to stay through the midterm elections.');
    expect(speaker(c, 'stay through the midterm elections')).toBe('Kelly');
    // An outlet citing someone named is that person's source, as before.
    const d = annotate('Pitchline, citing label president Ana Ruiz, said a deluxe edition of the album was already being planned.');
    expect(speaker(d, 'deluxe edition of the album')).not.toBe('Pitchline');
  });

  it('third review (wire-review-3): a recall of goods is no speech, a pal of X is not X, "the company" is no rescue service', () => {
    const a = annotate('Kitchen appliance maker Ovalo Home has recalled 120,000 air fryers after reports that some units overheated, the Federal Consumer Safety Board said Thursday.');
    expect(speaker(a, 'recalled 120,000 air fryers')).toBe('Federal Consumer Safety Board');
    const b = annotate('Singer Jaz Monroe split from her band last year.', 'A pal of Jaz told The Daily Flash: “Tyler is bitter because her career took off and his did not.”');
    expect(speaker(b, 'Tyler is bitter')).toBeUndefined();
    const c = annotate('The Cumbrook Fire and Rescue Service said crews had rescued 40 people overnight.', 'Rail operator Westway Trains has cancelled all services. In a post on X, the company said: “Please do not attempt to travel today.”');
    expect(speaker(c, 'do not attempt to travel')).not.toBe('Rescue Service');
  });

  it('a sentence whose own subject is someone described takes no earlier speaker for its quotation (wire-review-3 x12)', () => {
    const a = annotate('Anya Kovac said she expected “a very emotional match for both of us.” One fan in the front row held up a sign reading “One More Year, Elena.”');
    expect(speaker(a, 'a very emotional match')).toBe('Anya Kovac');
    expect(speaker(a, 'One More Year, Elena')).toBeUndefined();
    // A quotation that goes on in the same paragraph still does.
    const b = annotate('“We played well,” Anya Kovac said. “We will be back next year.”');
    expect(speaker(b, 'We will be back')).toBe('Anya Kovac');
  });

  it('", a claim the rebel group dismissed as “…”" is not the first speaker’s (wire-review-3 x07)', () => {
    const a = annotate('The Corvanian Ministry of Defence said on Sunday its forces had retaken the border town of Essa from the Free Hills Front, a claim the rebel group dismissed as “a fantasy for state television.”');
    expect(speaker(a, 'retaken the border town')).toBe('Corvanian Ministry of Defence');
    expect(speaker(a, 'a fantasy for state television')).toBeUndefined();
  });

  it('a barrister named with "KC" after the name speaks under the name alone (wire-general w06)', () => {
    const a = annotate('A delivery driver stabbed a father of two to death, prosecutor Helen Marsh KC told Avonford Crown Court on Monday.', 'Colley\'s barrister, Owen Prideaux KC, told jurors his client had acted in self-defence.');
    expect(speaker(a, 'stabbed a father of two')).toBe('Helen Marsh');
    expect(speaker(a, 'acted in self-defence')).toBe('Owen Prideaux');
  });

  it('a place of two words narrows a title as one place, and a lower-case "solicitor general" is a title (fourth review w70, w79)', () => {
    const a = annotate('Former Gov. Nikki Haley of South Carolina and Gov. Henry McMaster both endorsed the candidate.', '“She is the real deal,” the South Carolina governor said.');
    expect(speaker(a, 'the real deal')).toBe('Henry McMaster');
    // Two sitting governors, one of them of South Carolina only by world knowledge: unknown.
    const b = annotate('Gov. Henry McMaster and Gov. Brian Kemp both endorsed the candidate.', '“She is the real deal,” the South Carolina governor said.');
    expect(speaker(b, 'the real deal')).toBeUndefined();
    const c = annotate('Former acting solicitor general Neal Katyal argued the case before the Supreme Court.', '“The tariffs are a tax, and only Congress can tax,” the former solicitor general said afterward.');
    expect(speaker(c, 'only Congress can tax')).toBe('Neal Katyal');
    // The sitting solicitor general is not "the former" one.
    const d = annotate('Solicitor General D. John Sauer defended the tariffs before the justices.', '“The tariffs are a tax, and only Congress can tax,” the former solicitor general said afterward.');
    expect(speaker(d, 'only Congress can tax')).toBeUndefined();
  });

  it('"…, who said" and "…, who had called X “…”" are the name before the relative pronoun’s (third review y02, t38)', () => {
    const a = annotate(
      'Rep. Chip Roy said he disagreed with Rep. Thomas Massie, who had called the spending package “a debt bomb with a bow on it.”',
      'The remarks drew an immediate rebuke from Rep. Brian Fitzpatrick, R-Pa., who said the comments were “dangerous and wrong.”',
      'The White House responded through a spokesman, Harrison Fields, who said Fitzpatrick “should spend less time on cable news.”',
    );
    expect(speaker(a, 'a debt bomb')).toBe('Thomas Massie');
    expect(speaker(a, 'dangerous and wrong')).toBe('Brian Fitzpatrick');
    expect(speaker(a, 'less time on cable news')).toBe('Harrison Fields');
    // Past where the person is from (fourth review w02).
    const b = annotate('Several Republicans objected, including Rep. Tim Burchett of Tennessee, who had called the package “a gift to Wall Street.”');
    expect(speaker(b, 'a gift to Wall Street')).toBe('Tim Burchett');
  });

  it('"X released a lengthy statement …" introduces the quotation paragraphs after it; a statement merely mentioned does not (third review x08)', () => {
    const a = annotate(
      'Rep. Jamie Raskin, the top Democrat on the Judiciary Committee, released a lengthy statement on Wednesday responding to the firing of the inspector general.',
      '“The president has now removed every independent watchdog who dared to look into his administration’s conduct. It is a strategy.',
      '“Congress must act, and it must act now.”',
    );
    expect(speaker(a, 'removed every independent watchdog')).toBe('Jamie Raskin');
    expect(speaker(a, 'Congress must act')).toBe('Jamie Raskin');
    const b = annotate('Rep. Jamie Raskin read the statement aloud on Wednesday.', '“This is a dark day for the country.”');
    expect(speaker(b, 'a dark day')).toBeUndefined();
  });

  it('fourth review: a lawyer for someone with names in his title, named in apposition, speaks; an aide to X "who said" is the aide; "a person close to X" is nobody (w19, w22, w61, w73)', () => {
    const a = annotate(
      'A lawyer for former Trump adviser Peter Navarro, John Rowley, said his client would appeal.',
      'An attorney for New York Attorney General Letitia James, Abbe Farrow, said the indictment was “baseless and political.”',
      'The former aide to Sen. Kyrsten Sinema, who said she was fired after reporting harassment, filed suit in Arizona on Monday.',
      'House Speaker Mike Johnson returned to Washington on Monday. According to a person close to House Speaker Mike Johnson, the speaker is considering canceling the recess.',
    );
    expect(speaker(a, 'his client would appeal')).toBe('John Rowley');
    expect(speaker(a, 'baseless and political')).toBe('Abbe Farrow');
    expect(speaker(a, 'fired after reporting harassment')).toBeUndefined();
    expect(speaker(a, 'canceling the recess')).toBeUndefined();
  });

  it('fourth review: "The California governor was more measured" is Newsom’s sentence, and the "he" after it his; "the government" is no advocacy group (w15, w54)', () => {
    const a = annotate(
      'California Gov. Gavin Newsom and Illinois Gov. JB Pritzker have emerged as leading critics of the deployments. Pritzker called the move “an invasion” on Sunday.',
      'The California governor was more measured. “We will see them in court,” he said.',
    );
    expect(speaker(a, 'see them in court')).toBe('Gavin Newsom');
    const b = annotate(
      'The lawsuit, filed by the American Civil Liberties Union in federal court in Maryland, alleges that the deportations violated due process.',
      'In its response, the government said the men were members of a terrorist organization.',
    );
    // Unresolved, the sentence names nothing and makes no claim at all; above all it is not the ACLU's.
    expect(b.claims.filter((c) => c.text.includes('terrorist organization') && c.speaker !== undefined)).toEqual([]);
  });

  it('"her lawyer" is no attorney general; "the attorney general" still is (review r90)', () => {
    const a = annotate(
      '“I will not allow American democracy to be undermined,” Arizona Attorney General Kris Mayes said in a video statement.',
      'Kelli Ward, one of those charged, called the indictment “a political witch hunt.” Her lawyer said she would plead not guilty.',
      '“Nobody is above the law,” the attorney general said.',
    );
    // Unresolved, "Her lawyer said she would plead not guilty" names nobody and makes no claim; none is the attorney general's.
    expect(a.claims.filter((c) => c.text.includes('plead not guilty') && c.speaker !== undefined)).toEqual([]);
    expect(speaker(a, 'Nobody is above the law')).toBe('Kris Mayes');
  });

  it('"…, who called it “…,” and by Rep. X, who said …": the second name and its clause are a claim of their own (fourth review w60, w100)', () => {
    const a = annotate('The bill was opposed by Rep. Jared Moskowitz, D-Fla., who called it “a publicity stunt,” and by Rep. Kat Cammack, R-Fla., who said it would raise insurance premiums.');
    expect(speaker(a, 'a publicity stunt')).toBe('Jared Moskowitz');
    expect(speaker(a, 'raise insurance premiums')).toBe('Kat Cammack');
    // A plain list after a quotation is not cut: "“…,” and tariffs" has no name with a clause of its own.
    const b = annotate('Sen. Ron Wyden called the bill “a giveaway,” and tariffs were raised again on Friday.');
    expect(b.claims).toHaveLength(1);
  });

  it('a verb of saying after a modal is no cue: the quotation belongs to the one who said it would be said', () => {
    const a = annotate('Pentagon spokesman Sean Parnell said the department would respond “in due course.”', 'The committee will announce “a full review of the contracts,” its chairman said.');
    expect(speaker(a, 'in due course')).toBe('Sean Parnell');
    expect(speaker(a, 'full review of the contracts')).toBeUndefined();
    // With no other cue in the sentence, "would say only" reports what was said.
    expect(speaker(annotate('Pentagon spokesman Sean Parnell would say only that the review was “ongoing and thorough.”'), 'ongoing and thorough')).toBe('Sean Parnell');
  });

  it('a clause before the subject does not change whose title the description is', () => {
    const a = annotate('When the vote failed, the committee chairman, Tom Reyes, said the bill would return in the fall.');
    expect(speaker(a, 'return in the fall')).toBe('Tom Reyes');
  });


  it('"X, asked about Y, said the president had …": X speaks; "said the president" before a verb is no inverted speaker', () => {
    const a = annotate(
      'President Donald Trump met his lawyer in 2016.',
      'White House press secretary Sarah Huckabee Sanders held a briefing on Monday.',
      'Sanders, asked about the payments, said the president had answered those questions.',
    );
    expect(speaker(a, 'answered those questions')).toBe('Sarah Huckabee Sanders');
    expect(core(a, 'answered those questions')).toBe('the president had answered those questions.');
  });

  it('"said Name who …" is still inverted: the verb belongs to the relative clause (ECB+ 9_13)', () => {
    const a = annotate('"To establish an orderly process that allows us to make wise decisions based on sound information, we need to set aside" the plan, said new Interior Secretary Ken Salazar who extended the public comment period on offshore drilling by six months.');
    expect(speaker(a, 'orderly process')).toBe('Ken Salazar');
  });

  it('"Trump’s lawyer, Michael Cohen, said": the name in apposition to a description speaks', () => {
    const a = annotate('President Donald Trump met Michael Cohen in 2016.', 'Trump’s lawyer, Michael Cohen, said the payments were legal.', '“The president did nothing wrong,” Cohen’s lawyer, Lanny Davis, said on Tuesday.');
    expect(speaker(a, 'payments were legal')).toBe('Michael Cohen');
    expect(speaker(a, 'did nothing wrong')).toBe('Lanny Davis');
  });

  it('a subject with an aside before its verb is not cut off as a frame ("Republicans, including Sen. John McCain, criticized …")', () => {
    const a = annotate('Republicans, including Sen. John McCain, criticized the move on Tuesday.');
    expect(core(a, 'criticized the move')).toBeUndefined();
  });

  it('a cue right after its quotation frames the place that follows it, not the quotation ("…,” Zinke said in a statement released by the White House")', () => {
    const a = annotate('Interior Secretary Ryan Zinke defended the plan on Friday.', '“We are going to protect public lands,” Zinke said in a statement released by the White House.');
    expect(speaker(a, 'protect public lands')).toBe('Ryan Zinke');
    expect(core(a, 'protect public lands')).toBe('“We are going to protect public lands');
  });

  it('a time between the cue and "that" is part of the frame ("Trump tweeted Tuesday that …", "said late Monday that …")', () => {
    expect(core(annotate('President Donald Trump tweeted Tuesday that the bill was dead.'), 'the bill was dead')).toBe('the bill was dead.');
    expect(core(annotate('Sen. Chuck Schumer said late Monday that the vote would be delayed.'), 'vote would be delayed')).toBe('the vote would be delayed.');
  });

  it('"the president" is the sitting president named before, never "Former President Barack Obama"', () => {
    const sitting = annotate('President Donald Trump spoke at the White House on Monday.', 'Sen. Lindsey Graham (R-S.C.) also attended the event.', '“It’s a disgrace and a sham,” the president wrote on Twitter.');
    expect(speaker(sitting, 'a disgrace and a sham')).toBe('Donald Trump');
    const former = annotate('Former President Barack Obama spoke in Ohio on Monday.', '“It’s a disgrace and a sham,” the president wrote on Twitter.');
    expect(speaker(former, 'a disgrace and a sham')).toBeUndefined();
  });
});

describe('attribution: crafted political-style passages (tests/fixtures/political-style, written before any output)', () => {
  it('"the Kentucky Republican said" is the one Republican from Kentucky named before; two such people, or none, leave it unknown', () => {
    const a = annotate(
      'Senate Majority Leader Mitch McConnell (R-Ky.) and Sen. Chuck Schumer (D-N.Y.) met at the White House on Tuesday.',
      '“Our troops should not be bargaining chips,” the Kentucky Republican said.',
      'The New York Democrat said he had offered the president a deal on border security.',
    );
    expect(speaker(a, 'bargaining chips')).toBe('Mitch McConnell');
    expect(speaker(a, 'offered the president a deal')).toBe('Chuck Schumer');
    const two = annotate('Sen. Rand Paul (R-Ky.) and Senate Majority Leader Mitch McConnell (R-Ky.) spoke on Tuesday.', '“Our troops should not be bargaining chips,” the Kentucky Republican said.');
    expect(speaker(two, 'bargaining chips')).toBeUndefined();
    // Nor is the description itself ever a name.
    expect(two.mentions.map((m) => m.name)).not.toContain('Kentucky Republican');
  });

  it('a question mark inside the quotation does not put its "if" before the cue (“… if you repeal the law?” asked Marjorie Flynn)', () => {
    const a = annotate('“I am here to listen, and I am going to take every question,” Rep. Dave Brat said.', '“What happens to my husband, who has cancer, if you repeal the law?” asked Marjorie Flynn, a retired teacher from Orange County.');
    expect(speaker(a, 'What happens to my husband')).toBe('Marjorie Flynn');
  });

  it('"…,” the attorney general told reporters" is Sessions, and a cue we cannot read stops the last speaker being carried', () => {
    const a = annotate(
      'President Donald Trump on Thursday again criticized Attorney General Jeff Sessions.',
      '“I expected a lot more from the attorney general, and frankly I am disappointed,” Trump said in an interview.',
      '“I have been a loyal supporter from the very beginning,” the attorney general told reporters Friday.',
    );
    expect(speaker(a, 'loyal supporter')).toBe('Jeff Sessions');
    // The tagger reads "heads" (head teachers) as a verb, so no speaker phrase is found: without the rule the quotation
    // went to the president, the last speaker.
    const unreadable = annotate('“I expected a lot more from him, and frankly I am disappointed,” President Donald Trump said.', '“I have been a loyal supporter from the very beginning,” heads told the BBC on Friday.');
    expect(speaker(unreadable, 'loyal supporter')).toBeUndefined();
  });

  it('a second verb of the same subject after "and" speaks for it ("Trump labeled the startup … and wrote on Truth Social:", sample 004)', () => {
    const a = annotate('Trump labeled the startup a "radical Left AI company" and wrote on Truth Social: "WE will decide the fate of our country — NOT some out-of-control, Radical Left AI company."');
    expect(speaker(a, 'WE will decide the fate')).toBe('Trump');
  });

  it('the object of a preposition is never the speaker: "one person close to the president said", "the senator from Alabama said" (review)', () => {
    const a = annotate('President Donald Trump met Sen. Richard Shelby on Monday.', '“He wants someone who will be loyal, first and foremost,” one person close to the president said.', '“It is a bad bill,” the senator from Alabama told reporters.');
    expect(speaker(a, 'someone who will be loyal')).toBeUndefined();
    // The place narrows "the senator" down in a way titles cannot check (Shelby may not be the senator from Alabama
    // meant): unknown, not whichever senator came last.
    expect(speaker(a, 'a bad bill')).toBeUndefined();
    // "for" and "as" are no such prepositions: "a spokesman for the FEC", "As The New York Times notes" (sample 003).
    expect(speaker(annotate('A spokesman for the FEC said the commission does not comment on pending enforcement matters.'), 'pending enforcement matters')).toBe('FEC');
    expect(speaker(annotate('As The New York Times notes, OpenAI is not yet on Amazon cloud, which the government uses.'), 'Amazon cloud')).toBe('New York Times');
  });

  it('what follows "told" is its listener, never its speaker (ECB+ 5_9)', () => {
    const a = annotate('Samuel Dalembert agreed to a six year deal with the Philadelphia 76ers on Saturday, his agent Marc Cornstein, told ESPN.com.');
    expect(speaker(a, 'six year deal')).not.toBe('ESPN');
  });

  it('a surname opening its sentence is the subject a later "she" stands for ("Collins disagreed. “…,” she said.")', () => {
    const a = annotate(
      'Sen. Elizabeth Warren (D-Mass.) and Sen. Susan Collins (R-Maine) clashed Thursday over a bill that would roll back parts of the Dodd-Frank financial law.',
      '“This bill is a gift to the big banks, plain and simple,” Warren said.',
      'Collins disagreed. “Community banks in Maine are drowning in paperwork designed for Wall Street giants,” she said.',
    );
    expect(speaker(a, 'Community banks in Maine')).toBe('Susan Collins');
  });

  it('"A spokeswoman for Obama, Meredith Tate, said" is Tate’s; "Senator Chuck Schumer of New York, the Democratic leader, called" is Schumer’s', () => {
    const a = annotate('Former President Barack Obama broke his silence on Tuesday.', 'A spokeswoman for Obama, Meredith Tate, said the former president would not comment further.');
    expect(speaker(a, 'would not comment further')).toBe('Meredith Tate');
    const b = annotate('Senator Chuck Schumer of New York, the Democratic leader, called the policy “a moral stain on this country.”');
    expect(speaker(b, 'a moral stain')).toBe('Chuck Schumer');
  });

  it('"the committee said" is only an organization named with that word; never whichever organization came last', () => {
    const a = annotate('The Democratic Congressional Campaign Committee launched an ad on Monday.', '“Republicans handed a massive tax break to corporations,” the committee said in a statement.');
    expect(speaker(a, 'massive tax break')).toBe('Democratic Congressional Campaign Committee');
    const b = annotate('The Federal Election Commission opened an inquiry on Monday.', '“Republicans handed a massive tax break to corporations,” the committee said in a statement.');
    expect(speaker(b, 'massive tax break')).toBeUndefined();
  });

  it('an intensifying "herself" between a name and its verb ("McCaskill herself told reporters … that")', () => {
    const a = annotate('Sen. Claire McCaskill (D-Mo.) faces a tough race this fall.', 'McCaskill herself told reporters in St. Louis that she was “not worried about outside money.”');
    expect(speaker(a, 'not worried about outside money')).toBe('Claire McCaskill');
  });

  it('second review: inputs where the political-copy rules first credited the wrong person now stay unknown', () => {
    const speakerIn = (paragraphs: string[], words: string) => speaker(annotate(...paragraphs), words);
    // The inspector general is not the attorney general.
    expect(speakerIn(['Attorney General Jeff Sessions ordered a review of the FBI’s handling of the case.', '“We found no evidence of political bias,” the inspector general said.'], 'no evidence of political bias')).toBeUndefined();
    // "Waters rose" is no person opening the sentence: "she" is not Maxine Waters through it.
    expect(speakerIn(['Rep. Maxine Waters (D-Calif.) toured Houston on Monday with Mayor Sylvester Turner.', 'Turner said the city needed federal help.', 'Waters rose again overnight in several neighborhoods.', '“It is heartbreaking,” she said.'], 'It is heartbreaking')).not.toBe('Maxine Waters');
    // "the Independent" is a newspaper, not Bernie Sanders (I-Vt.).
    expect(speakerIn(['Sen. Bernie Sanders (I-Vt.) spoke on Tuesday.', '“The senator has lost,” the Independent said in an editorial.'], 'The senator has lost')).toBe('Independent');
    // Two Kentucky Republicans, one tagged AP style (", R-Ky.,"); a Republican named without a tag.
    expect(speakerIn(['Sen. Mitch McConnell, R-Ky., said the bill would pass. Sen. Rand Paul (R-Ky.) disagreed.', '“It will pass,” the Kentucky Republican said.'], 'It will pass')).toBeUndefined();
    expect(speakerIn(['Rep. Barbara Comstock (R-Va.) faces a tough race.', 'Her primary challenger, Republican Corey Stewart, held a rally.', '“They are the enemy,” the Republican said.'], 'They are the enemy')).toBeUndefined();
    // "the House committee" is not the Senate Judiciary Committee.
    expect(speakerIn(['Senate Judiciary Committee Chairman Chuck Grassley (R-Iowa) released a memo on Monday.', '“The memo is misleading,” the House committee said.'], 'memo is misleading')).toBeUndefined();
    // A relative clause's verbs are its antecedent's, never the main subject's.
    expect(speakerIn(['House Speaker Nancy Pelosi met President Trump, who nodded and said he agreed with her.'], 'agreed with her')).not.toBe('Nancy Pelosi');
    // A relative speaks for herself: "the wife of Sen. John McCain said".
    expect(speakerIn(['The wife of Sen. John McCain said he was a fighter.'], 'he was a fighter')).toBeUndefined();
  });

  it('second review: inputs the first version of the rules lost, credited again', () => {
    expect(speaker(annotate('A spokesman for Sen. Ted Cruz, Steve Guest, said the senator would vote no.'), 'would vote no')).toBe('Steve Guest');
    expect(speaker(annotate('House Speaker Nancy Pelosi met with reporters.', 'On Tuesday Pelosi said the House would vote on the bill.'), 'would vote on the bill')).toBe('Nancy Pelosi');
    expect(speaker(annotate('“We do not comment on pending matters,” a spokeswoman at the Justice Department said.'), 'pending matters')).toBe('Justice Department');
  });

  it('"the company said" is never a government body ("the White House") — a company named before it is', () => {
    expect(speaker(annotate('The White House announced new rules for AI contracts on Friday.', '“The deal is signed,” the company said in a statement.'), 'The deal is signed')).toBeUndefined();
    expect(speaker(annotate('OpenAI and the White House announced the deal on Friday.', '“The deal is signed,” the company said in a statement.'), 'The deal is signed')).toBe('OpenAI');
  });

  it('second crafted set: a unisex given name says nothing of gender ("Lindsey Graham … He told reporters")', () => {
    const a = annotate(
      'Secretary of Defense Pete Hegseth clashed with senators on Tuesday over the Pentagon’s plan.',
      'Sen. Lindsey Graham (R-S.C.) pressed him on whether the contracts included safeguards.',
      'Graham appeared unconvinced. He told reporters after the hearing that he would ask the committee to hold a closed-door briefing.',
    );
    expect(speaker(a, 'closed-door briefing')).toBe('Lindsey Graham');
  });

  it('second crafted set: a shout is speech by someone, so the last speaker is not carried to it', () => {
    const a = annotate('Illinois Gov. JB Pritzker addressed the crowd on Saturday.', '“We will see them in court, and we will win,” Pritzker said.', '“This is theater, and everybody here knows it,” one marcher shouted through a bullhorn.');
    expect(speaker(a, 'This is theater')).toBeUndefined();
  });

  it('second crafted set: "the MP said" is no entity named MP; "the company said" is the company that spoke before, not "the U.S."', () => {
    const a = annotate('Chi Onwurah, the Labour MP who chairs the committee, criticized the company.', '“That is not how a company should behave,” the MP said.');
    expect(a.mentions.map((m) => m.name)).not.toContain('MP');
    const b = annotate('Anthropic said on Tuesday it would not loosen restrictions on how the U.S. military can use its models.', 'In a statement, the company said: “We support the national security mission and have worked with the Department of Defense for more than a year.”');
    expect(speaker(b, 'national security mission')).toBe('Anthropic');
  });

  it('second crafted set: a wire dateline’s agency is never the subject ("BRUSSELS, Oct 16 (Reuters) - The European Commission …, saying …")', () => {
    const a = annotate('BRUSSELS, Oct 16 (Reuters) - The European Commission on Thursday ordered Meta to change how Instagram recommends content to teenagers, saying the company had failed to properly assess risks to minors.');
    expect(speaker(a, 'failed to properly assess risks')).not.toBe('Reuters');
  });

  it('second crafted set: "the lawmaker said" is the one legislator in reach; an envoy’s post is no speaker (third review)', () => {
    const a = annotate('Rep. Chip Roy, a frequent critic of leadership, said he had not yet decided how he would vote.', '“I want to see the text before I commit to anything,” the lawmaker said.');
    expect(speaker(a, 'see the text before I commit')).toBe('Chip Roy');
    // "Russia's envoy to the United Nations, Vassily Nebenzia, said": the preposition after an envoy's title is no
    // reason to credit the place (a rule that made "to the EU" part of the title did, and was dropped).
    const b = annotate('Russia’s envoy to the United Nations, Vassily Nebenzia, said the resolution was unbalanced.');
    expect(speaker(b, 'resolution was unbalanced')).toBe('Vassily Nebenzia');
  });

  it('trap set: the nearer speech verb governs a quotation ("Kiss said Lindqvist had told him … that “…”"), even when its speaker cannot be read', () => {
    const a = annotate('Zoltan Kiss met Anna Lindqvist in Brussels.', 'Kiss said Lindqvist had told him in a phone call last month that “there is still room for compromise”, a claim the Commission did not confirm.');
    expect(speaker(a, 'still room for compromise')).toBe('Anna Lindqvist');
    const b = annotate('Her Conservative shadow, Laura Finch, said the announcement had created chaos in schools.', 'Finch said heads had told her, “We still don’t know what replaces it.”');
    expect(speaker(b, 'what replaces it')).toBeUndefined();
  });

  it('trap set: ", while Moscow said …" is Moscow’s, not the first clause’s speaker', () => {
    const a = annotate('KYIV (Reuters) - Ukraine said on Sunday its air defences had shot down 41 of 47 drones launched overnight, while Moscow said its forces had captured a village in the eastern Donetsk region.');
    expect(speaker(a, 'captured a village')).toBe('Moscow');
    expect(speaker(a, 'shot down 41 of 47 drones')).toBe('Ukraine');
  });

  it('trap set: whose title a description is — "The owner of the Denver Summit, Richard Young,", "Scotland’s First Minister, Morag Lennox," — the name in apposition speaks, and stays the subject of a second verb', () => {
    expect(speaker(annotate('The owner of the Denver Summit, Richard Young, said Tuesday that the team would not visit the White House this season.'), 'would not visit the White House')).toBe('Richard Young');
    expect(speaker(annotate('Scotland’s First Minister, Morag Lennox, has said she will not resign over the ferries contract.'), 'will not resign')).toBe('Morag Lennox');
    const a = annotate('The head of the Royal College of Nursing in Scotland, Fiona Grant, said staff were leaving the profession faster than they could be replaced, and warned ministers that winter would be worse.');
    expect(speaker(a, 'winter would be worse')).toBe('Fiona Grant');
  });

  it('third review: "the administration / company said" is no person who spoke before, and a company is not a public body for sharing a word', () => {
    expect(speaker(annotate('Trump said the tariffs would stay in place.', 'The administration said the 25 percent tariffs would take effect on Friday.'), 'take effect on Friday')).not.toBe('Trump');
    expect(speaker(annotate('Ryanair said summer demand was strong.', 'O’Leary said fares would rise this year.', 'The company said bookings for August were up 10 percent.'), 'bookings for August')).toBeUndefined();
    expect(speaker(annotate('Penguin Random House said it would appeal the ruling.', '“We stand by our authors,” the company said in a statement.'), 'stand by our authors')).toBe('Penguin Random House');
  });

  it('third review: only a speech verb with a speaker of its own is nearer ("said in a statement posted on X:", "as Republicans yelled objections:"); an opening "Asked whether …" does not take the quotation', () => {
    expect(speaker(annotate('Senator Elizabeth Warren said in a statement posted on X: “This nominee is unfit to lead the agency.”'), 'unfit to lead the agency')).toBe('Elizabeth Warren');
    expect(speaker(annotate('Sen. Chuck Schumer said on the floor, as Republicans yelled objections: “We will pass this bill.”'), 'We will pass this bill')).toBe('Chuck Schumer');
    expect(speaker(annotate('Asked whether he would run again, “I have not decided,” Sen. Joe Manchin said.'), 'I have not decided')).toBe('Joe Manchin');
  });

  it('third review: "he yelled" after "An officer approached Marcus Jones" is not Jones; "Trump’s lawyer, Michael Cohen, … he said" is Cohen', () => {
    expect(speaker(annotate('An officer approached Marcus Jones as he sat in his car.', '“Get out of the car right now!” he yelled.'), 'Get out of the car')).not.toBe('Marcus Jones');
    expect(speaker(annotate('Trump’s lawyer, Michael Cohen, appeared before the committee on Tuesday.', '“I did nothing wrong, and I will prove it,” he said.'), 'I did nothing wrong')).toBe('Michael Cohen');
  });
});


// Crafted tuning set tests/fixtures/political-descriptions (written and labelled before any output): a party member or
// a Marine described by town, county or an epithet was read as a person named "Wichita Republican" or "Marine".
describe('attribution: "the Wichita Republican", "the retired Marine" are descriptions, not names', () => {
  it('stand for the one person the article described so', () => {
    const a = annotate(
      'The bill’s sponsor, state Sen. Brock Hadley, a Wichita Republican and real estate broker, said he had the votes to override.',
      '“The governor has decided that a homeowner in Olathe needs a permission slip from city hall to rent out a basement,” the Wichita Republican said.',
    );
    expect(speaker(a, 'needs a permission slip')).toBe('Brock Hadley');
    const b = annotate(
      'Council member Rafael Beltrán, a retired Marine lieutenant colonel who voted against the deal, said he would call for an independent audit.',
      '“He said it in writing, which is more than the rest of them did,” the retired Marine said.',
    );
    expect(speaker(b, 'He said it in writing')).toBe('Rafael Beltrán');
  });

  it('never become an entity, and stay unknown when nobody was described so', () => {
    const a = annotate(
      'AMES, Iowa — Rep. Owen Sturdevant, 38, had been talking for less than five minutes at a town hall here Tuesday night.',
      '“Ma’am, I’m going to get to Medicaid, I promise you that,” the first-term Republican said.',
      '“I heard from more landlords than mayors this spring,” the Garden City Republican said.',
    );
    expect(a.mentions.some((m) => /Republican|Marine/.test(m.name))).toBe(false);
    expect(speaker(a, 'heard from more landlords')).toBeUndefined();
    // "the first-term Republican" is a party's member as "the Republican" is: the one politician in reach.
    expect(speaker(a, 'going to get to Medicaid')).toBe('Owen Sturdevant');
    // (…but "the first Democrat in Congress to call on Biden to step aside" is who that was, not a description of
    // another Democrat: crafted political-review r113.)
    const b = annotate(
      'Rep. Jim Clyburn, D-S.C., said Thursday that he remained fully behind the president. “I’m with him, and I’ll be with him all the way,” Clyburn said.',
      'Rep. Lloyd Doggett of Texas, the first Democrat in Congress to call on Biden to step aside, said he respected Clyburn but disagreed.',
    );
    expect(speaker(b, 'he respected Clyburn but disagreed')).not.toBe('Jim Clyburn');
    // (A family name "Marine" is still a name.)
    expect(annotate('Mike Marine, the county clerk, said the count was done.').mentions.map((m) => m.name)).toContain('Mike Marine');
  });
});

// Crafted tuning set tests/fixtures/political-descriptions: a paragraph of quotation after a reporter's question, or
// after someone else cut in.
describe('attribution: a quotation paragraph after a question is the answer, not the asker’s', () => {
  it('goes to the one who spoke before the question', () => {
    const a = annotate(
      'DULUTH, Minn. — Mayor Celeste Amundsen opened Monday’s briefing by announcing that the city would rebid its snow-removal contract. “The people of this city paid for plowed streets and got a bill for imaginary ones,” Amundsen said.',
      '“Mayor, did anyone in public works know about this before the auditor did?” asked Heather Bjornstad of the News Tribune.',
      '“I have asked that exact question of every supervisor in that building. So far the answer I have gotten is no.”',
    );
    expect(speaker(a, 'did anyone in public works know')).toBe('Heather Bjornstad');
    expect(speaker(a, 'I have asked that exact question')).toBe('Celeste Amundsen');
  });

  it('stays unknown when nobody spoke before the question', () => {
    const a = annotate('The hearing opened at 9 a.m. in a packed room.', '“Mayor, did anyone in public works know about this?” asked Heather Bjornstad of the News Tribune.', '“I have asked that exact question of every supervisor in that building.”');
    expect(speaker(a, 'I have asked that exact question')).toBeUndefined();
  });

  it('and a paragraph ending on someone else cutting in is not carried to the one who spoke before', () => {
    const a = annotate(
      'Rep. Gwen Trask (R-Kan.), the subcommittee’s chairwoman, was not persuaded. “You’ve told us June before,” Trask said.',
      'Deputy Agriculture Secretary Harold Beemer replied that last year’s estimate had assumed a hiring freeze would be lifted. Trask cut him off.',
      '“Then don’t give us an estimate. Give us a date, and put your own name on it.”',
    );
    expect(speaker(a, 'hiring freeze would be lifted')).toBe('Harold Beemer');
    expect(speaker(a, 'Give us a date')).not.toBe('Harold Beemer');
  });
});

describe('attribution: a description in apposition after a party tag is what the person was called', () => {
  it('"Rep. Gwen Trask (R-Kan.), a former bank examiner," is who "the former bank examiner" stands for', () => {
    const a = annotate(
      'The subcommittee’s chairwoman, Rep. Gwen Trask (R-Kan.), a former bank examiner, was no more persuaded than Ortega.',
      'Deputy Agriculture Secretary Harold Beemer replied that the estimate had assumed a hiring freeze would be lifted.',
      '“Then don’t give us an estimate. Give us a date,” the former bank examiner said.',
    );
    expect(speaker(a, 'Give us a date')).toBe('Gwen Trask');
    // (…but not a description the tag's sentence gave someone else.)
    const b = annotate('Rep. Gwen Trask (R-Kan.) questioned Harold Beemer, a former bank examiner, for an hour.', '“Give us a date,” the former bank examiner said.');
    expect(speaker(b, 'Give us a date')).not.toBe('Gwen Trask');
  });
});

// A review of the session's rules (90 passages, expected speakers written first) found these read worse; each is kept.
describe('attribution: cases a review found the first versions of the new rules got wrong', () => {
  it('a question the asker answers, and one whose answer may be someone named since, are not handed back', () => {
    const rhetorical = annotate(
      'TOPEKA, Kan. (AP) — Gov. Laura Kelly said the program would pay for itself within five years.',
      '“Who is going to pay for this?” asked Rep. Gwen Trask, a Wichita Republican who voted against it.',
      '“Not the people who wrote it, I can tell you that.”',
    );
    expect(speaker(rhetorical, 'Not the people who wrote it')).toBe('Gwen Trask');
    const named = annotate(
      'Senate President Ty Masterson said the chamber would not take up the bill this year.',
      'At a news conference an hour later, Gov. Laura Kelly was asked about Masterson’s remarks. “Do you think he is bluffing?” asked Tim Wu of KSNT.',
      '“I think he is counting votes, and he does not have them.”',
    );
    expect(speaker(named, 'counting votes')).not.toBe('Ty Masterson');
  });

  it('someone standing by who has not spoken does not stop the speaker going on', () => {
    const a = annotate('MIDLAND, Texas — “We will rebuild this town,” Mayor Lori Blong said at a news conference Friday. Fire Chief Dan Olen stood beside her.', '“Midland has been through worse, and we will get through this.”');
    expect(speaker(a, 'Midland has been through worse')).toBe('Lori Blong');
  });

  it('a person brought in who did not speak, or by a tie to the one who did, does not take the next paragraph', () => {
    const silent = annotate('“This was a calculated, cold-blooded act,” Assistant District Attorney Ann Lisle told jurors.', 'Defense attorney Mark Levin did not return a call seeking comment.', '“I have prosecuted a lot of these cases, and I have never seen anything like it.”');
    expect(speaker(silent, 'prosecuted a lot of these cases')).not.toBe('Mark Levin');
    const tied = annotate('“I just want to know what happened to my son,” said Tanya Brooks, whose son died in the county jail in March.', 'The family’s attorney, Ben Crump, is expected to hold a news conference Thursday.', '“I keep calling and nobody calls me back.”');
    expect(speaker(tied, 'I keep calling')).not.toBe('Ben Crump');
  });

  it('a name the finder could not type in the narration keeps the interviewee from going on', () => {
    const a = annotate('LAWRENCE, Kan. (AP) — “We have to find a way to win without him,” Kansas coach Bill Self said.', 'Hunter Dickinson sat out the second half with a sprained ankle.', '“I felt something pop when I landed. I knew right away.”');
    expect(speaker(a, 'felt something pop')).not.toBe('Bill Self');
  });

  it('"the longtime Democrat" is what the article called someone, and "the veteran fire chief Mike Marine" is a name', () => {
    const a = annotate('Commissioner Ray Dunbar, a longtime Democrat, switched his registration to independent on Monday.', 'The longtime Democrat said he had grown tired of party fights. “I just want to fix the roads,” he said.');
    expect(speaker(a, 'grown tired of party fights')).toBe('Ray Dunbar');
    expect(speaker(a, 'fix the roads')).toBe('Ray Dunbar');
    expect(annotate('The blaze started in a first-floor kitchen, said the veteran fire chief Mike Marine.').mentions.map((m) => m.name)).toContain('Mike Marine');
  });
});
