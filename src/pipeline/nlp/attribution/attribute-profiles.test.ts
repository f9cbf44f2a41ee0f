import { describe, expect, it } from 'vitest';
import { annotate, speaker } from '../../../../tests/support/attribution.ts';

// Interview profiles and features, in the words of the crafted tuning set tests/fixtures/interview-profiles (written
// and labelled before any output; no real labelled article has these cases), each beside a case that must stay as it
// was (beat-news b12).

describe('who "she says" after a quotation of several sentences stands for', () => {
  it('the one named right before the quotation began, past its own sentences ("Seun says …" inside it included)', () => {
    const a = annotate(
      'Seun Adeyemi founded Kobo Jar, a savings app, in 2019 with her university friend Grace Otieno, now its chief technology officer. The idea came, Adeyemi says, from watching her mother queue for two hours at a post office. Otieno remembers it differently. “Seun says it was her mum. It was my mum. Both mums, fine, but mine queued longer,” she says.',
    );
    expect(speaker(a, 'Both mums, fine')).toBe('Grace Otieno');
  });

  it('but only that one sentence: before it, someone the text does not name may stand between', () => {
    const a = annotate(
      'The trawler’s captain, Arne Ellery, 58, said the boat began taking on water shortly after midnight and went down in under ten minutes. “We had time to grab the raft and the beacon and that’s it,” he said.',
      'At the harbor in Gannet Point, the wife of one of the crewmen wept as the helicopter landed. “Twenty hours. I didn’t sleep, I didn’t eat, I just prayed,” she said.',
    );
    expect(speaker(a, 'I just prayed')).toBeUndefined();
  });
});

describe('a quotation paragraph carried from the paragraph before', () => {
  it('is not carried to a person it names: “Gillian’s right …” is not Gillian Marsh’s', () => {
    const a = annotate(
      'Tahir’s Conservative predecessor, Gillian Marsh, who lost the seat and now runs a lobbying firm, has described her as “a very talented campaigner with absolutely no plan”. Marsh, reached by email, says she meant it as a compliment. When I read both remarks back to Tahir, she laughs.',
      '“Gillian’s right that I haven’t got a plan. I’ve got 312 plans. One for every person who voted for me.”',
    );
    expect(speaker(a, 'I’ve got 312 plans')).not.toBe('Gillian Marsh');
  });

  it('while one that does not name the speaker still goes on with them', () => {
    const a = annotate('Marsh, reached by email, says she meant it as a compliment.', '“I have always admired her energy. I just wish she had a plan.”');
    expect(speaker(a, 'I just wish she had a plan')).toBe('Marsh');
  });
});

describe('a relative called by a given name the lexicon does not know', () => {
  it('"Huw says" is Huw Abernethy, named before', () => {
    const a = annotate(
      'Her father, Huw Abernethy, played bass in a Cardiff pub band for 30 years and still sits in on her sessions when she lets him.',
      '“I told her it sounds like a fridge having a nervous breakdown,” Huw says.',
    );
    expect(speaker(a, 'a fridge having a nervous breakdown')).toBe('Huw Abernethy');
  });
});
