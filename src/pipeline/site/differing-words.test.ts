import { describe, expect, it } from 'vitest';
import { differingWords } from './differing-words.ts';

describe('differingWords', () => {
  it('gives each side the words only it has', () => {
    expect(differingWords('The earthquake killed at least 60 people in the province', 'The earthquake killed at least 300 people in the province')).toEqual({ ours: '60', theirs: '300', mostlyDifferent: false });
  });

  it('shows an added negation against nothing', () => {
    expect(differingWords('The company will accept the terms', 'The company will not accept the terms')).toEqual({ ours: '', theirs: 'not', mostlyDifferent: false });
  });

  it('joins separate runs with an ellipsis and ignores punctuation-only changes', () => {
    expect(differingWords('Hegseth threatened to label Anthropic a risk, officials said', 'Hegseth designated Anthropic a risk; officials confirmed')).toEqual({
      ours: 'threatened to label … said',
      theirs: 'designated … confirmed',
      mostlyDifferent: false,
    });
  });

  it('says when most of a wording differs (two different sentences, not one disputed detail)', () => {
    const ours = 'Ross was reportedly paid $3 million to write and direct the film';
    const theirs = 'Gary Ross would definitely not be returning to direct the sequel, it seems';
    expect(differingWords(ours, theirs).mostlyDifferent).toBe(true);
  });
});
