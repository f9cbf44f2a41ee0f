import { describe, expect, it } from 'vitest';
import { asHeadline, claimHeadline, conciseMention, coreOf, statementSpan } from './claim-statement.ts';

const statement = (text: string) => {
  const { start, end } = statementSpan(text);
  return text.slice(start, end);
};

describe('statementSpan: the claim without its framing (sentences from real articles)', () => {
  it.each([
    [
      'If you’ll recall, US Defense Secretary Pete Hegseth previously threatened to label Anthropic “supply chain risk” if it continues refusing.',
      'US Defense Secretary Pete Hegseth previously threatened to label Anthropic “supply chain risk” if it continues refusing.',
    ],
    ['Meanwhile, Anthropic has announced it will challenge the designation in court.', 'Anthropic has announced it will challenge the designation in court.'],
    [
      'Specifically, according to Axios, the models would only run on cloud networks and not be deployed in edge environments.',
      'the models would only run on cloud networks and not be deployed in edge environments.',
    ],
    ['As The New York Times notes, OpenAI is not yet on Amazon cloud, which the government uses.', 'OpenAI is not yet on Amazon cloud, which the government uses.'],
    ['TechCrunch AI reports that this refusal led to a hostile breakdown in negotiations.', 'this refusal led to a hostile breakdown in negotiations.'],
    [
      'Jeremy Lewin, the Senior Official Under Secretary for Foreign Assistance, said on X that DoW “references certain existing legal authorities” in its contracts.',
      'DoW “references certain existing legal authorities” in its contracts.',
    ],
    ["a private contractor can't dictate how its tools are used for national security, it said.", "a private contractor can't dictate how its tools are used for national security"],
    ['“We really wanted to de-escalate things, and we thought the deal on offer was good,” Altman said.', '“We really wanted to de-escalate things, and we thought the deal on offer was good,”'],
    ['The quake struck at 1:35 a.m. local time, according to the U.S. Geological Survey.', 'The quake struck at 1:35 a.m. local time'],
    ['In his post, he said two of OpenAI’s most important safety principles are “prohibitions on domestic mass surveillance.”', 'two of OpenAI’s most important safety principles are “prohibitions on domestic mass surveillance.”'],
    ['Tonight, we reached an agreement with the Department of War to deploy our models.', 'we reached an agreement with the Department of War to deploy our models.'],
    [
      'However, with the administration already engaging in active conflict, as noted by reports of bombing campaigns, the testing ground will likely be immediate.',
      'with the administration already engaging in active conflict, as noted by reports of bombing campaigns, the testing ground will likely be immediate.',
    ],
    ['After the fight, Klitschko led the crowd in singing "Happy Birthday" to his trainer.', 'Klitschko led the crowd in singing "Happy Birthday" to his trainer.'],
    ['Under Cheeks’ guidance, the Blazers made the playoffs in both seasons but did not get out of the first round.', 'the Blazers made the playoffs in both seasons but did not get out of the first round.'],
    ['He was sentenced to life in prison for aggravated sexual assault, MyFoxHouston.com reports.', 'He was sentenced to life in prison for aggravated sexual assault'],
  ])('%s', (sentence, expected) => {
    expect(statement(sentence)).toBe(expected);
  });

  it('never cuts a denial down to what it denies (crafted): "denied claims that …" keeps the denial', () => {
    for (const sentence of ['The company denied claims that the data was stolen by hackers.', 'Police dismissed reports that the suspect had fled the country.']) {
      const { start, end } = statementSpan(sentence);
      expect(sentence.slice(start, end)).toBe(sentence);
    }
  });

  it('a place or name ending in -ly is no connective: "Italy," and "Kelly," stay (crafted)', () => {
    for (const sentence of ['Italy, Germany and France signed the agreement on Monday.', 'Kelly, the White House spokesperson, rejected the report on Monday.']) {
      const { start, end } = statementSpan(sentence);
      expect(sentence.slice(start, end)).toBe(sentence);
    }
    const finally_ = 'Finally, the Senate passed the bill after a long night of debate.';
    const span = statementSpan(finally_);
    expect(finally_.slice(span.start, span.end)).toBe('the Senate passed the bill after a long night of debate.');
  });

  it('keeps a sentence that has no framing whole', () => {
    const text = 'A Friday deadline of 5:01 PM passed without an agreement.';
    expect(statementSpan(text)).toEqual({ start: 0, end: text.length });
  });

  it('keeps an opening phrase with a number in it: a date or amount is part of the claim', () => {
    expect(statement('In 2019, the company paid $21 million to settle the claims against it.')).toBe('In 2019, the company paid $21 million to settle the claims against it.');
  });

  it('does not strip framing when fewer than five words would remain', () => {
    expect(statement('Meanwhile, prices rose sharply.')).toBe('Meanwhile, prices rose sharply.');
  });

  it('keeps a reported-speech lead when what follows refers back to it ("… announced that his company …")', () => {
    const text = 'OpenAI CEO Sam Altman announced late on Friday that his company has reached an agreement with the Department of Defense.';
    expect(statement(text)).toBe(text);
  });

  it('keeps a long subordinate clause: the rest of the sentence refers to it', () => {
    const text = 'Since the rule took effect before Obama was sworn in, overturning it through regulation would require a lengthy review.';
    expect(statement(text)).toBe(text);
  });

  it('does not take the end of a long subject for a trailing attribution ("X, who …, said their decision …")', () => {
    const text = 'Gary Locke and Ken Salazar, who head the two agencies, said their decision to again require consultation is based on sound science.';
    expect(statement(text)).toBe(text);
  });

  it('does not take a name set off by commas for framing', () => {
    const text = 'Altman, on the other hand, frames his principle as "human responsibility for the use of force."';
    expect(statement(text)).toBe(text);
  });
});

describe('asHeadline', () => {
  it('capitalizes and drops a quotation’s dangling comma', () => {
    expect(asHeadline('the models would only run on cloud networks')).toBe('The models would only run on cloud networks');
    expect(asHeadline('“We thought the deal on offer was good,”')).toBe('“We thought the deal on offer was good”');
  });
});

describe('coreOf', () => {
  it('uses the offsets extraction found, when they fit the text', () => {
    expect(coreOf({ text: 'In his post, he said the deal was rushed.', core: { start: 13, end: 40 } })).toEqual({ start: 13, end: 40 });
  });
  it('falls back to the framing-free span when offsets are absent or out of range', () => {
    const text = 'Meanwhile, Anthropic has announced it will challenge the designation in court.';
    expect(coreOf({ text })).toEqual({ start: 11, end: text.length });
    expect(coreOf({ text, core: { start: 0, end: 500 } })).toEqual({ start: 11, end: text.length });
  });
});

describe('claimHeadline', () => {
  const mention = (text: string) => ({ article: 'a', text, anchor: '/articles/a/#claim-c', outlet: 'o' });

  it('uses the claim’s own short statement when linking made one', () => {
    const claim = { text: 'Hegseth designated Anthropic a supply-chain risk', mentions: [mention('If you’ll recall, Hegseth designated Anthropic a supply-chain risk on Friday.')] };
    expect(claimHeadline(claim)).toBe('Hegseth designated Anthropic a supply-chain risk');
  });

  it('otherwise picks the most concise whole-sentence wording, without framing, over fragments', () => {
    const texts = [
      'If you’ll recall, US Defense Secretary Pete Hegseth previously threatened to label Anthropic “supply chain risk” if it continues refusing to remove the guardrails on its AI.',
      'Hegseth also said he is designating Anthropic as a supply-chain risk',
      'Secretary of Defense Pete Hegseth said he was designating the AI company as a supply-chain risk.',
      'designated the company a “supply-chain risk.”',
    ];
    expect(claimHeadline({ text: texts[0]!, mentions: texts.map(mention) })).toBe('Hegseth also said he is designating Anthropic as a supply-chain risk');
  });

  it('prefers a wording that credits the claim’s speaker to an outlet’s own analysis of it', () => {
    const texts = [
      'In his post, he said two of OpenAI’s most important safety principles are “prohibitions on domestic mass surveillance and human responsibility for the use of force.”',
      'Altman, on the other hand, frames his principle as "human responsibility for the use of force."',
    ];
    const claim = { text: texts[0]!, speaker: 'sam-altman', mentions: [{ ...mention(texts[0]!), speaker: 'sam-altman' }, mention(texts[1]!)] };
    expect(conciseMention(claim)).toBe(0);
    expect(claimHeadline(claim)).toBe('Two of OpenAI’s most important safety principles are “prohibitions on domestic mass surveillance and human responsibility for the use of force.”');
  });

  it('shows a naming verb’s whole sentence, not its object alone, though linking compares only the object (sample 004)', () => {
    const text = 'Defense Secretary Pete Hegseth then called Anthropic a "supply chain risk to national security."';
    const core = { start: text.indexOf('Anthropic'), end: text.length };
    const claim = { text, mentions: [{ ...mention(text), cue: 'called', core }] };
    expect(claimHeadline(claim)).toBe(text);
    // A core after a verb of saying stays the headline.
    const said = 'Altman said OpenAI will build technical safeguards into its systems.';
    expect(claimHeadline({ text: said, mentions: [{ ...mention(said), cue: 'said', core: { start: said.indexOf('OpenAI'), end: said.length } }] })).toBe('OpenAI will build technical safeguards into its systems.');
  });

  it('uses a fragment when every wording is one, capitalized', () => {
    const text = "a private contractor can't dictate how its tools are used for national security, it said.";
    expect(claimHeadline({ text, mentions: [mention(text)] })).toBe("A private contractor can't dictate how its tools are used for national security");
  });
});
