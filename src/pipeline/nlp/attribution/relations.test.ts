import { describe, expect, it } from 'vitest';
import { annotate, speaker } from '../../../../tests/support/attribution.ts';

// "her father said", "his publicist said": a tie to someone, named in apposition somewhere in the article. Crafted
// celebrity copy (wire-general w24), with the cases that must stay unknown.
describe('attribution: a tie named in apposition', () => {
  it('"her father added" and "her rep confirmed" are the people named as her dad and her rep, before or after', () => {
    const a = annotate(
      'Reality star Brianna Cole and her husband of three years, former footballer Tyrese Banks, are divorcing, her rep confirmed to us on Monday.',
      '"Brianna and Tyrese have decided to go their separate ways with love and respect," Cole\'s rep, Simone Park, said in a statement.',
      'Her dad, Glen Cole, told the Daily Star: "I\'m just glad my girl is coming home to Texas." "He\'s not a bad guy, he just wasn\'t ready to be a husband," her father added.',
    );
    expect(speaker(a, 'just wasn\'t ready to be a husband')).toBe('Glen Cole');
    expect(speaker(a, 'are divorcing')).toBe('Simone Park');
  });

  it('a tie nobody is named for, or two people named for it, stays unknown', () => {
    const none = annotate('Lindsay Lohan left the clinic on Thursday.', '"She was not happy with the place," her father said.');
    expect(speaker(none, 'not happy with the place')).toBeUndefined();
    const two = annotate(
      'Her lawyer, Shawn Holley, spoke first.',
      'His lawyer, Mark Heller, spoke next.',
      '"We will appeal the ruling within the week," the lawyer said.',
    );
    expect(speaker(two, 'appeal the ruling')).toBeUndefined();
  });

  it('"his father" is no woman’s named father (second review of the wire rules, u11)', () => {
    const a = annotate(
      'Her father, Glen Marsh, said his daughter had done nothing wrong.',
      'Jake Tulley was dropped from the squad on Friday.',
      'His father told a reporter outside the family\'s home that his son was “devastated and keeping his head down.”',
    );
    expect(speaker(a, 'devastated and keeping his head down')).toBeUndefined();
    // "Cole's rep": a surname alone says nothing of gender, so "her rep" may be that rep.
    const b = annotate('Brianna Cole is divorcing, her rep confirmed to us on Monday.', '"They ask for privacy," Cole\'s rep, Simone Park, said in a statement.');
    expect(speaker(b, 'is divorcing')).toBe('Simone Park');
  });

  it('a body tied to someone ("her label, Northlight Records,") is what "the label said" stands for', () => {
    const a = annotate(
      'Singer Leah Marchetti has pulled out of the remaining dates of her European tour, her label, Northlight Records, said on Friday.',
      'Marchetti, 28, had been suffering from vocal strain and had been advised by doctors to rest for six weeks, the label said.',
    );
    expect(speaker(a, 'pulled out of the remaining dates')).toBe('Northlight Records');
    expect(speaker(a, 'suffering from vocal strain')).toBe('Northlight Records');
    // No label named: unknown, not the singer.
    const b = annotate('Singer Leah Marchetti has pulled out of the remaining dates of her European tour.', 'Marchetti, 28, had been advised by doctors to rest for six weeks, the label said.');
    expect(speaker(b, 'advised by doctors')).toBeUndefined();
  });
});
