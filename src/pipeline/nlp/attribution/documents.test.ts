import { describe, expect, it } from 'vitest';
import { annotate, speaker } from '../../../../tests/support/attribution.ts';

// Words quoted from a document are its issuer's. Sentences from real coverage (ECB+ 9_2, 9_5: the 2009 Endangered
// Species Act memorandum) and from the crafted sets in tests/fixtures/ (political-style p40, attribution-traps t09,
// political-review-4), each beside the cases that must stay unknown.
describe('attribution: documents speak for whoever issued them', () => {
  it('a quotation in a memorandum its subject issued is the subject’s, and "according to the memorandum" names them too', () => {
    const a = annotate(
      'Obama issued a memorandum that effectively suspends the regulation while ordering a review to determine whether it promotes "the purposes of the [Endangered Species Act]."',
      'In the meantime, according to the memorandum, officials should "follow the prior longstanding consultation and concurrence practices" that call for independent reviews.',
    );
    expect(speaker(a, 'the purposes of the')).toBe('Obama');
    expect(speaker(a, 'follow the prior longstanding')).toBe('Obama');
  });

  it('"according to the complaint" is the one who filed the lawsuit; "the report said" alone credits no one', () => {
    const c = annotate('The lawsuit, filed by the American Civil Liberties Union in federal court, names three officers.', 'According to the complaint, the officers “acted with deliberate indifference” to the man’s injuries.');
    expect(speaker(c, 'acted with deliberate indifference')).toBe('American Civil Liberties Union');
    // Crediting "the report said" to the report's issuer was tried and not kept (docs/evaluation.md: it credited an
    // unnamed statement on the ECB+ test half): the description names no speaker.
    const a = annotate(
      'The Center for American Progress, a liberal think tank, released a report Thursday criticizing the plan.',
      '“Secretary Zinke is running the Interior Department like a subsidiary of the oil industry,” the report said.',
    );
    expect(speaker(a, 'like a subsidiary')).toBeUndefined();
  });

  it('a statement released "saying" something says it for whoever released it', () => {
    const a = annotate('Harvard University released a statement Monday saying it would fight the administration’s funding freeze in court.');
    expect(speaker(a, 'fight the administration')).toBe('Harvard University');
  });

  it('of two issuers, "according to the report" is the one just spoken of; further back, or issued by no one named, it is unknown', () => {
    const two = annotate(
      'The Center for American Progress released a report on Thursday.',
      'The Heritage Foundation released a report of its own on Friday.',
      'According to the report, the plan “favors oil companies over taxpayers.”',
    );
    expect(speaker(two, 'favors oil companies')).toBe('Heritage Foundation');
    const far = annotate(
      'The Center for American Progress released a report on Thursday.',
      'The Heritage Foundation released a report of its own on Friday.',
      'Both came as the Senate weighed the bill.',
      'Leaders met on Monday to set a schedule.',
      'According to the report, the plan “favors oil companies over taxpayers.”',
    );
    expect(speaker(far, 'favors oil companies')).toBeUndefined();
    // "a report by the inspector general": issued by someone the text does not name.
    const unnamed = annotate('Interior Secretary Ryan Zinke welcomed a report by the inspector general.', 'According to the report, the flights “complied with all rules.”');
    expect(speaker(unnamed, 'complied with all rules')).toBeUndefined();
  });

  it('a memorandum someone else is said to have issued is not the subject’s', () => {
    const a = annotate('Senator Ann Walsh said the agency had issued a memo that called the rule “a dead letter.”');
    expect(speaker(a, 'a dead letter')).not.toBe('Ann Walsh');
  });

  it('a heading "Statement by X" and "The full statement … reads:" introduce the quotation paragraphs after them (wire-general w13, w23)', () => {
    const a = annotate(
      'Ashford Rovers have completed the signing of striker Thiago Meirelles.',
      'Statement by Vila Serrana president Rui Tavares',
      '“Thiago leaves Vila Serrana with our gratitude and our respect. He arrived as a teenager.',
      '“The fee will allow us to invest in our academy, and we wish him every success in England.”',
    );
    expect(speaker(a, 'gratitude and our respect')).toBe('Rui Tavares');
    expect(speaker(a, 'invest in our academy')).toBe('Rui Tavares');
    const b = annotate(
      'Harbrook Home, the online furniture retailer, said Thursday that hackers had stolen the names of about 2.3 million customers.',
      'The full statement, posted on the company\'s website, reads:',
      '“We immediately took the system offline and engaged outside cybersecurity experts.”',
    );
    expect(speaker(b, 'took the system offline')).toBe('Harbrook Home');
    // A heading that names nobody introduces nobody.
    const c = annotate('Harbrook Home said Thursday that hackers had stolen customer data.', 'Statement from the board', '“We are deeply sorry for what happened to our customers.”');
    expect(speaker(c, 'deeply sorry')).toBeUndefined();
  });

  it('"according to a memo sent to employees … by X" names X (wire-general w17)', () => {
    const a = annotate(
      'Corwin Appliance will cut 340 jobs at its Millbrook plant by the end of March, according to a memo sent to employees Wednesday by Chief Operating Officer Gail Whitcomb.',
      '"This decision was not made lightly," the memo said.',
    );
    expect(speaker(a, 'cut 340 jobs')).toBe('Gail Whitcomb');
    // "the memo said" credits no one (see "the report said" above), least of all the company the memo is about.
    expect(speaker(a, 'not made lightly')).toBeUndefined();
    // A memo about someone, not by them.
    const b = annotate('Corwin Appliance will cut 340 jobs, according to a memo about Chief Operating Officer Gail Whitcomb.');
    expect(speaker(b, 'cut 340 jobs')).not.toBe('Gail Whitcomb');
  });

  it('"according to that statement" is the latest statement’s, and a group is no ministry (wire-review v08, v26)', () => {
    const a = annotate(
      'The Estavian Ministry of Foreign Affairs said in a statement on Sunday that it had expelled two Korvanian diplomats.',
      'The Korvanian Ministry of Foreign Affairs responded hours later with a statement of its own, calling the expulsions “groundless.” According to the statement, Korvania “reserves the right to respond.”',
    );
    expect(speaker(a, 'reserves the right to respond')).toBe('Korvanian Ministry of Foreign Affairs');
    const c = annotate('Colonel Arben Hoxha of the Mirovan Defence Ministry said the town had been retaken.', '“Our units have withdrawn to defensive positions in good order,” the group said in a statement posted on its messaging channel.');
    expect(speaker(c, 'withdrawn to defensive positions')).not.toBe('Mirovan Defence Ministry');
  });

  it('"the team" is no league that fined it, and a statement issued in a participle is the subject’s (second review, u16)', () => {
    const a = annotate(
      'The National Basketball League fined the Northshore Falcons $250,000 on Monday for resting players.',
      'The league said the Falcons had broken its rules on 14 occasions. The team said the fine would be appealed within 14 days.',
    );
    expect(speaker(a, 'would be appealed within 14 days')).not.toBe('National Basketball League');
    const b = annotate(
      'The Lakeshore County Health Department weighed in on Friday, issuing a statement on youth injuries.',
      'According to the statement, overuse injuries among teenage players had risen 30 percent in five years.',
    );
    expect(speaker(b, 'risen 30 percent')).toBe('Lakeshore County Health Department');
  });
});

describe('"the statement said": only the body the sentence says it is from, never the body named last', () => {
  it('the body the sentence says it is from (ECB+ 3, a wire story)', () => {
    const a = annotate(
      'A Texas inmate escaped from a prison van near Houston after pulling a gun on two guards, according to a Texas prison statement Monday.',
      'Arcade Joseph Comeaux Jr., 49, ran away on foot with the guards’ guns, the statement from the Texas Department of Criminal Justice said.',
    );
    expect(speaker(a, 'ran away on foot')).toBe('Texas Department of Criminal Justice');
  });

  it('never whichever body was named last when the issuer is no name (crafted political copy, tuning)', () => {
    const a = annotate(
      'The other fellow, Curtis Manning, has made the ruling the centerpiece of his campaign for the Republican Senate nomination.',
      'Manning’s campaign said in a statement Saturday that the heckler was not affiliated with it. “We don’t need to plant anybody in a crowd,” the statement said.',
    );
    expect(speaker(a, 'plant anybody in a crowd')).toBeUndefined();
  });
});

describe('"said the Pentagon’s announcement": a document after the verb speaks for the name owning it (Brown Corpus, 1961)', () => {
  it('as "the Pentagon’s statement said" does, and a named spokesman in apposition still speaks himself', () => {
    const a = annotate('“In view of the present situation in Laos,” said the Pentagon’s announcement, “we are taking normal precautionary actions to increase the readiness of our forces in the Pacific.”');
    expect(speaker(a, 'present situation in Laos')).toBe('Pentagon');
    expect(speaker(annotate('“We are ready,” said the Pentagon’s spokesman, John Kirby.'), 'We are ready')).toBe('John Kirby');
  });
});
