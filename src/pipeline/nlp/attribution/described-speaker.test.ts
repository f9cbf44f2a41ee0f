import { describe, expect, it } from 'vitest';
import { annotate, claimWith, speaker } from '../../../../tests/support/attribution.ts';
import type { AnnotatedArticle } from '../annotate-article.ts';
import { describesSpeaker } from './described-speaker.ts';

// Speakers an article describes but does not name. Sentences from real articles of the tuning halves (Brown Corpus
// press samples of 1961, ECB+ events, Reuters wire stories, the bundled samples), each with the description a reader
// would give, and the cases that must show none.

const described = (a: AnnotatedArticle, words: string) => claimWith(a, words).speakerDescription;

describe('a speaker described, not named', () => {
  it('"Police said …" and "…, police said.": police (A19, Baltimore Sun)', () => {
    const a = annotate(
      'Police said the children’s mother, Mrs. Eleanor Somerville, was visiting next door when the fire occurred.',
      'The house is on Old Annapolis road a mile south of Severna Park, at Jones Station, police said.',
    );
    expect(described(a, 'was visiting next door')).toBe('police');
    expect(described(a, 'Old Annapolis road')).toBe('police');
    expect(claimWith(a, 'Old Annapolis road').attribution).toBe('indirect');
    expect(speaker(a, 'was visiting next door')).toBeUndefined();
  });

  it('"the stewards announced": a group, definite or not (A11, Providence Journal)', () => {
    const a = annotate('Prior to the featured race, the stewards announced that apprentice James P. Verrone is suspended ten days for crowding horses.');
    expect(described(a, 'is suspended ten days')).toBe('the stewards');
  });

  it('after the quotation, with its words: "said a House Democratic leader", "said one military man" (A37)', () => {
    const a = annotate(
      '“Here are two old men, mad at each other and too proud to pick up the phone,” said a House Democratic leader.',
      '“It would be like fighting the French and Indian War all over again,” said one military man.',
    );
    expect(described(a, 'two old men')).toBe('a House Democratic leader');
    expect(claimWith(a, 'two old men').attribution).toBe('quote');
    expect(described(a, 'French and Indian War')).toBe('one military man');
  });

  it('a description of several words, its capital lowered only when it is the sentence’s (A09, ECB+ 9)', () => {
    const a = annotate(
      'Police laboratory technicians said the explosive device, containing either TNT or nitroglycerine, was apparently placed under the left front wheel.',
      'Officials at the Interior and Commerce departments said they have reimposed the consultation requirement that assured the government’s top biologists a say.',
    );
    expect(described(a, 'explosive device')).toBe('police laboratory technicians');
    expect(described(a, 'reimposed the consultation requirement')).toBe('officials at the Interior and Commerce departments');
  });

  it('but a nationality or a body’s name keeps its capital (Reuters)', () => {
    const a = annotate('Japanese officials said 3 plans were dropped.', 'Finance Ministry officials asked the big four securities companies to help calm panic selling on the Tokyo Stock Exchange.');
    expect(described(a, '3 plans were dropped')).toBe('Japanese officials');
    expect(described(a, 'big four securities companies')).toBe('Finance Ministry officials');
  });

  it('"according to Texas authorities": an according-to description (ECB+ 3)', () => {
    const a = annotate('According to Texas authorities, the weapons conviction stemmed from a 1999 incident where he stabbed his wife 17 times while she was visiting him in prison.');
    expect(described(a, 'weapons conviction')).toBe('Texas authorities');
    expect(claimWith(a, 'weapons conviction').attribution).toBe('according-to');
  });

  it('"a statement of the event organisers said": the organisers (ECB+ 11)', () => {
    const a = annotate(
      'On October 1-2 Ashgabat hosts a seminar organised with the assistance of the United Nations Development Programme on electoral processes in Turkmenistan, a statement of the event organisers said on Wednesday.',
    );
    expect(described(a, 'hosts a seminar')).toBe('the event organisers');
  });

  it('"A source tells The Associated Press": the source, not the agency told (ECB+ 1)', () => {
    const a = annotate('A source tells The Associated Press that the Liz & Dick star is now receiving treatment at the Betty Ford Center in Rancho Mirage, Calif.');
    expect(described(a, 'receiving treatment')).toBe('a source');
    expect(speaker(a, 'receiving treatment')).toBeUndefined();
  });
});

describe('a description that is no unnamed speaker', () => {
  it('"as company has also just announced": a body named before, found or not, is never "not named" (bundled sample 003)', () => {
    const a = annotate(
      'OpenAI is not yet on Amazon cloud, which the government uses. But that could change soon, as company has also just announced forming a partnership with Amazon to run its models on Amazon Web Services (AWS) for enterprise customers.',
    );
    expect(described(a, 'forming a partnership with Amazon')).toBeUndefined();
  });

  it('"The driver admitted …": one the text met before, under "the", is not shown as a description (A19)', () => {
    const a = annotate('The driver admitted he was the Dresbachs’ son and all three were taken to the Edgewater Station, police said.');
    expect(described(a, 'The driver admitted')).not.toBe('the driver');
  });

  it('what someone might say, or is there to say, is no report: "Many critics will note", "accountants to tell us" (ECB+ 7, web)', () => {
    const a = annotate(
      'Many critics will note that the WBO was not universally recognized in high regard at the time Klitschko held that title.',
      'We don’t need cross boarder British accountants to tell us what to do with 40 million pounds!',
    );
    expect(described(a, 'WBO was not universally recognized')).toBeUndefined();
    expect(described(a, 'British accountants')).toBeUndefined();
  });

  it('"the statement said", "the report said": a document describes no speaker', () => {
    expect(describesSpeaker('statement')).toBe(false);
    expect(describesSpeaker('report')).toBe(false);
    expect(describesSpeaker('records')).toBe(false);
    expect(describesSpeaker('officials')).toBe(true);
    expect(describesSpeaker('police')).toBe(true);
  });

  it('a name wins over a description: "the spokesman" after Spokesman Tom Ryder is Ryder', () => {
    const a = annotate('Spokesman Tom Ryder said 14 people were hurt.', '“We expect that number to rise through the night,” the spokesman added.');
    expect(speaker(a, 'expect that number to rise')).toBe('Tom Ryder');
    expect(described(a, 'expect that number to rise')).toBeUndefined();
  });
});

describe('a described speaker going on', () => {
  it('"the strategist" later is the "one Republican political strategist" described before (Reuters 28)', () => {
    const a = annotate(
      '"We\'re falling by our own hand," said one Republican political strategist.',
      'The strategist, who works for one of his party\'s top 1988 presidential contenders and asked not to be identified, said the report was like "an anvil falling on us."',
    );
    expect(described(a, 'falling by our own hand')).toBe('one Republican political strategist');
    expect(described(a, 'an anvil falling on us')).toBe('one Republican political strategist');
  });

  it('the sentences of a quotation after its cue, in the same paragraph (Reuters 17234)', () => {
    const a = annotate(
      'India expects to increase borrowing this year, an Indian official said.',
      '"We are quite satisfied at having opened this new window in borrowing," the official said. "Our projects are being vetted quickly. We have no complaints."',
    );
    expect(described(a, 'new window in borrowing')).toBe('an Indian official');
    expect(described(a, 'being vetted quickly')).toBe('an Indian official');
  });

  it('a paragraph of quotation with no cue after a described speaker’s quotation, or their colon', () => {
    const a = annotate(
      '“We found three bodies in the basement,” a police spokesman said.',
      '“We are still looking for the owner of the house.”',
      'Fire officials said in a statement:',
      '“The blaze was contained at 6 a.m. after crews worked for 14 hours.”',
    );
    expect(described(a, 'looking for the owner')).toBe('a police spokesman');
    expect(described(a, 'blaze was contained')).toBe('fire officials');
  });

  it('but not past someone named after the description, nor into a paragraph with a cue of its own', () => {
    const a = annotate(
      '“We found three bodies in the basement,” a police spokesman said, adding that Mayor Ann Lee would visit the scene.',
      '“We will rebuild every one of these homes by spring.”',
      '“The water came up so fast,” said a neighbour.',
      '“I lost everything I owned,” Tomas Reyes said.',
    );
    expect(described(a, 'rebuild every one')).toBeUndefined();
    expect(described(a, 'I lost everything')).toBeUndefined();
    expect(speaker(a, 'I lost everything')).toBe('Tomas Reyes');
  });

  it('a quotation paragraph after a described speaker’s quotation does not reach back past it to a name', () => {
    const a = annotate('Mayor Ann Lee said 12 homes were lost. “It hurts,” a neighbour said.', '“We will rebuild every one of them by spring.”');
    expect(speaker(a, 'rebuild every one')).toBeUndefined();
    expect(described(a, 'rebuild every one')).toBe('a neighbour');
  });
});
