import { describe, expect, it } from 'vitest';
import { annotate, speaker } from '../../../tests/support/attribution.ts';

const names = (...paragraphs: string[]) => annotate(...paragraphs).mentions.map((m) => m.name);

describe('a double-barrelled name written with a hyphen is one name', () => {
  it('a surname after a given name and a title, and alone after it (Reuters, 1987)', () => {
    const a = annotate(
      'Bank of England Governor Robin Leigh-Pemberton said the Paris pact agreed between six leading industrialised nations set no nominal exchange rate targets.',
      'Leigh-Pemberton said in oral evidence to a select committee that "we did not swap numbers - we reached an understanding" on how to cooperate.',
      'He said the accord had brought Britain into a form of joint currency float.',
    );
    expect(a.mentions.filter((m) => m.type === 'person').map((m) => m.name)).toEqual(['Robin Leigh-Pemberton', 'Robin Leigh-Pemberton']);
    expect(speaker(a, 'we did not swap numbers')).toBe('Robin Leigh-Pemberton');
    expect(speaker(a, 'joint currency float')).toBe('Robin Leigh-Pemberton');
  });

  it('"he" goes on with the whole name (a web page, issue25)', () => {
    const a = annotate(
      'Dr Nigel Sleigh-Johnson, head of financial reporting at the ICAEW, is unconvinced. He warned gradual change could "result in a rather incoherent and complex accounting framework", saying rapid adoption would minimise market disruption.',
    );
    expect(speaker(a, 'incoherent and complex accounting framework')).toBe('Nigel Sleigh-Johnson');
  });

  it('a politician’s name and a press secretary’s', () => {
    expect(names('Rep. Alexandria Ocasio-Cortez said the bill fails. Ocasio-Cortez added that it was bad.')).toEqual(['Alexandria Ocasio-Cortez', 'Alexandria Ocasio-Cortez']);
    expect(names('White House press secretary Karine Jean-Pierre said the president was fine. Jean-Pierre declined to comment.')).toEqual(['White House', 'Karine Jean-Pierre', 'Karine Jean-Pierre']);
  });

  it('a given name of two, after a title or opening the sentence', () => {
    expect(names('European Commission President Jean-Claude Juncker said talks failed. Juncker said more.')).toEqual(['European Commission', 'Jean-Claude Juncker', 'Jean-Claude Juncker']);
    const a = annotate('Mary-Kate Olsen arrived late on Tuesday.', '“I was tired,” she said.');
    expect(speaker(a, 'I was tired')).toBe('Mary-Kate Olsen');
  });

  it('given names joined by a hyphen tell a gender only when both do and agree: "Marie" in "Jean-Marie" is a man’s', () => {
    expect(speaker(annotate('Jean-Marie Le Pen arrived in Paris on Monday.', '“I love it here,” he said.'), 'I love it here')).toBe('Jean-Marie Le Pen');
    // (The review's: "Jo" and "Lin" are women's names to the lexicon, "Terry" a man's.)
    expect(speaker(annotate('Jo-Wilfried Tsonga, the former world No. 5, said he had “no regrets” about retiring.', '“I gave everything to this sport,” he said.'), 'I gave everything')).toBe('Jo-Wilfried Tsonga');
    expect(speaker(annotate('Lin-Manuel Miranda returned to Broadway on Tuesday.', '“It felt like coming home,” he said.'), 'It felt like coming home')).toBe('Lin-Manuel Miranda');
    expect(speaker(annotate('Terry-Ann Jones, a nurse in Kingston, described the ward.', '“We are turning people away,” she said.'), 'We are turning people away')).toBe('Terry-Ann Jones');
    // Both a woman's: "he" does not go on with her.
    expect(speaker(annotate('Mary-Kate Olsen arrived late on Tuesday.', '“I was tired,” he said.'), 'I was tired')).toBeUndefined();
  });

  it('a half inside another person’s name does not keep the two apart ("Pierre Poilievre", "Jason Smith")', () => {
    const a = annotate('White House press secretary Karine Jean-Pierre said the bill was fair. Conservative leader Pierre Poilievre disagreed.', '“It is a fair bill,” Jean-Pierre said.');
    expect(speaker(a, 'It is a fair bill')).toBe('Karine Jean-Pierre');
    const b = annotate('Sen. Cindy Hyde-Smith, R-Miss., and Rep. Jason Smith, R-Mo., spoke.', '“We will block it,” Hyde-Smith said.', '“It is dead,” she added.');
    expect(speaker(b, 'We will block it')).toBe('Cindy Hyde-Smith');
    expect(speaker(b, 'It is dead')).toBe('Cindy Hyde-Smith');
  });

  it('a family name first, with a given name of two syllables in capitals ("Lee Jae-Myung … Lee said")', () => {
    expect(speaker(annotate('South Korean President Lee Jae-Myung met Trump on Monday.', '“We agreed on tariffs,” Lee said.'), 'We agreed on tariffs')).toBe('Lee Jae-Myung');
  });

  it('a name the finder could not type is reached by its double-barrelled surname ("Shai Gilgeous-Alexander … Gilgeous-Alexander said")', () => {
    const a = annotate('Shai Gilgeous-Alexander scored 40 points on Sunday.', '“We kept fighting,” Gilgeous-Alexander said.');
    expect(speaker(a, 'We kept fighting')).toBe('Shai Gilgeous-Alexander');
  });

  it('a firm the lexicon lists is one name alone too ("Coca-Cola … The company said")', () => {
    const a = annotate('Coca-Cola reported earnings on Tuesday.', 'The company said it expects organic revenue growth of 6 percent.');
    expect(speaker(a, 'organic revenue growth')).toBe('Coca-Cola');
  });
});

describe('a hyphen that joins a title or a people to a name joins nothing', () => {
  it('"Secretary-General António Guterres" is António Guterres with a title', () => {
    expect(names('U.N. Secretary-General António Guterres said the truce must hold. Guterres said more.')).toContain('António Guterres');
    expect(names('U.N. Secretary-General António Guterres said the truce must hold.').some((n) => /General/.test(n))).toBe(false);
  });

  it('"Cuban-American Marco Rubio" is Marco Rubio', () => {
    const a = annotate('Cuban-American Marco Rubio said the embargo would stay.', '“The regime must change,” Rubio said.');
    expect(speaker(a, 'The regime must change')).toBe('Marco Rubio');
  });

  it('"Jean-Yves Le Drian" after a title keeps his surname and its particle', () => {
    const a = annotate('French Foreign Minister Jean-Yves Le Drian said Paris would act.', '“We will not stand by,” Le Drian said.');
    expect(speaker(a, 'We will not stand by')).toMatch(/Le Drian$/);
  });
});

describe('two names a hyphen joins stay two when either is written alone', () => {
  it('nor before a noun of two parties, names between ("the Paul-Tyson Netflix bout")', () => {
    const a = annotate('Jake Paul said the Paul-Tyson Netflix bout drew 60 million viewers.', '“It was huge,” Netflix said.');
    expect(a.mentions.some((m) => m.name.includes('Paul-Tyson'))).toBe(false);
  });

  it('"former All-Star Chris Webber" (ECB+ 5) keeps the epithet out of the name', () => {
    expect(names('O’Brien was not very popular with his players, most notably former All-Star Chris Webber.').some((n) => n.includes('All-Star'))).toBe(false);
  });

  it('"the Biden-Harris administration", "the Harris-Walz campaign" are one body each, not a "Harris administration"', () => {
    expect(names('The Biden-Harris administration said the rule would take effect.')).toEqual(['Biden-Harris administration']);
    expect(names('The Harris-Walz campaign said it raised $100 million.')).toEqual(['Harris-Walz campaign']);
    const a = annotate('The Biden-Harris administration said the rule would take effect in May.');
    expect(speaker(a, 'the rule would take effect')).toBe('Biden-Harris administration');
  });

  it('"the House Smith-Colmer bill" names two congressmen, not one', () => {
    expect(names('The House Smith-Colmer bill failed.').some((n) => n.includes('Smith-Colmer'))).toBe(false);
  });

  it('"the Klitschko-Haye fight" beside "David Haye" names two boxers', () => {
    expect(names('Wladimir Klitschko said the Klitschko-Haye fight is off. David Haye did not comment.')).toEqual(['Wladimir Klitschko', 'Wladimir Klitschko', 'David Haye', 'David Haye']);
  });

  it('"President Trump" before "the Trump-Kim summit" is Trump alone', () => {
    const found = names('President Trump said the Trump-Kim summit was on. Kim Jong Un did not reply.');
    expect(found).not.toContain('Trump-Kim');
    expect(found.some((n) => /-/.test(n))).toBe(false);
  });

  it('two full names joined by a hyphen are two people ("the John McCain-Russ Feingold law")', () => {
    const found = names('Sen. John McCain-Russ Feingold law was cited by the judge.');
    expect(found.some((n) => /McCain-Russ/.test(n))).toBe(false);
  });

  it('a hyphen with no name on either side joins nothing ("the Obama-Biden ticket")', () => {
    expect(names('Voters backed the Obama-Biden ticket in Ohio.').some((n) => /Obama-Biden/.test(n))).toBe(false);
  });
});

describe('a mother’s family name before the father’s, after a given name, is one name even when the first is written alone', () => {
  it('"Marchetti died … her son, Paul Marchetti-Reyes, said" (an AP obituary’s shape)', () => {
    const a = annotate(
      'NEW YORK (AP) — Lillian Marchetti, the husky-voiced star of 1960s screwball comedies, has died. She was 84.',
      'Marchetti died Saturday at her home in Connecticut, her son, Paul Marchetti-Reyes, said Sunday. “She was working on her memoirs right up until the end,” he said.',
    );
    expect(a.mentions.filter((m) => m.type === 'person').map((m) => m.name)).toEqual(['Lillian Marchetti', 'Lillian Marchetti', 'Paul Marchetti-Reyes']);
    expect(speaker(a, 'working on her memoirs')).toBe('Paul Marchetti-Reyes');
  });

  it('but not when the second half is written alone, or the first half alone is the same person (a review’s cases)', () => {
    expect(names('Maria Lopez-Haye spoke first. Haye said nothing.')).not.toContain('Maria Lopez-Haye');
    const fury = names('LAS VEGAS (AP) — Promoters are already selling the Tyson Fury-Wilder trilogy as the fight of the year.', '“I’m going to knock him out again,” Fury said Wednesday. Deontay Wilder did not attend.');
    expect(fury).not.toContain('Tyson Fury-Wilder');
    expect(fury).toContain('Tyson Fury');
    expect(names('The bitter Hillary Clinton-Sanders primary of 2016 still shapes the party.', '“We learned a lot from that race,” Clinton said. Bernie Sanders did not respond.')).not.toContain('Hillary Clinton-Sanders');
  });
});
