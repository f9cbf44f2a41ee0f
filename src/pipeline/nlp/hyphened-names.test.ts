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

  it('of given names joined by a hyphen, the first tells the gender: "Marie" in "Jean-Marie" is a man’s', () => {
    const a = annotate('Jean-Marie Le Pen arrived in Paris on Monday.', '“I love it here,” he said.');
    expect(speaker(a, 'I love it here')).toBe('Jean-Marie Le Pen');
  });
});

describe('two names a hyphen joins stay two when either is written alone', () => {
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
