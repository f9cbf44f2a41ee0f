import { describe, expect, it } from 'vitest';
import { annotate, speaker } from '../../../../tests/support/attribution.ts';
import type { AnnotatedArticle } from '../annotate-article.ts';

// A code review of the rules added on 2026-12-07 (sixth session: company short names, "post"/"call"/"maintain" as
// speech, a pronoun after a clause of time, nationalities from countries) wrote these passages to make them credit the
// wrong person. Each of these was wrong when the review ran, and must stay right.

/** Who the sentence holding `words` credits, whether or not it is a claim (a sentence that is none credits nobody). */
function creditOf(a: AnnotatedArticle, words: string): string | undefined {
  const c = a.claims.find((x) => x.text.includes(words));
  return c?.speaker === undefined ? undefined : a.mentions[c.speaker]!.name;
}

describe('review of the sixth session: senses of "call", "post" and "maintain" that are no speech', () => {
  it('a call to someone, a timeout, a news conference; deputies or bail posted; a credit line with an amount', () => {
    const cases: [string[], string][] = [
      [['Widow Carla Benes said she called her husband twice from the airport.', 'She called her sister after the crash.'], 'called her sister'],
      [['Coach Pete Ames called a timeout with 40 seconds left and the Rams down by two.'], 'called a timeout'],
      [['Mayor Ed Lutz called a news conference for Friday morning at City Hall.'], 'called a news conference'],
      [['Sheriff Lyle Dorn posted deputies at every polling place in the county after the threats.'], 'posted deputies'],
      [['Harbor Freightways Inc maintained a $50 million line of credit with Chase Manhattan Bank.'], 'line of credit'],
    ];
    for (const [paragraphs, words] of cases) expect(creditOf(annotate(...paragraphs), words), words).toBeUndefined();
  });

  it('but naming, urging and claiming still are', () => {
    expect(speaker(annotate('Miller called Trump’s plan a disaster in an interview on Tuesday in Ohio.'), 'a disaster')).toBe('Miller');
    expect(speaker(annotate('Sen. Adam Schiff of California on Wednesday called the pardon of the Jan. 6 rioters “an insult to every officer who defended the Capitol.”'), 'an insult to every officer')).toBe('Adam Schiff');
    expect(speaker(annotate('Peterson has maintained throughout the trial that he is innocent of the charges.'), 'innocent of the charges')).toBe('Peterson');
  });
});

describe('review of the sixth session: names and pronouns', () => {
  it('"Ford said" beside both "Gerald Ford" and "Ford Motor Co" names neither', () => {
    const a = annotate('Former President Gerald Ford, 85, was treated for a minor stroke last week.', 'Separately, Ford Motor Co said it would recall 1.2 million pickups to fix faulty brakes. Ford said no injuries had been reported.');
    expect(speaker(a, 'recall 1.2 million pickups')).toBe('Ford Motor Co');
    expect(creditOf(a, 'no injuries had been reported')).not.toBe('Gerald Ford');
    // …but a person's surname alone still stands for them beside a body named after them.
    const b = annotate('According to a spokesperson for the Donalds campaign, Rep. Byron Donalds raised $8 million in the last quarter.', 'Donalds himself said, “We are building a movement.”');
    expect(speaker(b, 'We are building a movement')).toBe('Byron Donalds');
  });

  it('"he said" set off by commas after a clause of time is not that clause\'s subject', () => {
    const a = annotate('"We had no depth," coach Dave Kline said.', 'Because Harris was injured in the opener, he said, the team had to rely on three rookies.');
    expect(speaker(a, 'rely on three rookies')).toBe('Dave Kline');
    const b = annotate('The Democratic candidate, Sam Becker, campaigned in Ohio on Wednesday.', 'If Baker wins, he said, taxes on the middle class will rise.');
    expect(speaker(b, 'taxes on the middle class')).not.toBe('Baker');
  });

  it('a relative brought in at the end of the paragraph before keeps "the Ukrainian" unknown', () => {
    const a = annotate("Ukraine's Vitali Brenko will fight for the title in Kiev next month. His brother, Oleksandr Brenko, will be in his corner.", '"He is ready, he has never been stronger," the Ukrainian said.');
    expect(speaker(a, 'He is ready')).toBeUndefined();
    const b = annotate("Italy's Marco Berti, 17, advanced to the final. Berti's father, Luca Berti, coached him until last year.", '"He listens to nobody now," the Italian said.');
    expect(speaker(b, 'He listens to nobody')).toBeUndefined();
  });
});
