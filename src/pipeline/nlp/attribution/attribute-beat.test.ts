import { describe, expect, it } from 'vitest';
import { annotate, speaker } from '../../../../tests/support/attribution.ts';

// Attribution in beat reporting (entertainment, obituaries, sport, police and military press releases): sentences in the
// style of tests/fixtures/beat-news (crafted, labelled before any output), each with the cases that must stay unknown.
// "the actress", "the 26-year-old", "the first baseman": beat reporters' descriptions of someone named before. The
// phrasing follows real copy (ECB+ 1_x: "Lindsay Lohan, 26, …", "the 26-year-old actress checked into Betty Ford";
// 7_x: "the 36-year-old Klitschko"); the people and events in the sentences are made up.
describe('attribution: a description by what the article said a person is', () => {
  it('"the comedian said", "the 28-year-old told reporters", "said the first baseman": the one the article called so', () => {
    const a = annotate(
      'The Academy said comedian Ellen Marsh and director Jon Reyes will host the show.',
      '"I am so excited to be back," the comedian said.',
      '"She is a natural on that stage," the director said.',
    );
    expect(speaker(a, 'so excited to be back')).toBe('Ellen Marsh');
    expect(speaker(a, 'a natural on that stage')).toBe('Jon Reyes');
    // Nouns no title list holds ("swimmer", "outfielder"): only what the article called them says who they are.
    const s = annotate(
      'Olympic swimmer Dara Quinn and Mariners outfielder Sam Ortiz visited the school on Friday.',
      '"I learned to swim in a lake just like this one," the swimmer said.',
      '"These kids throw harder than I do," said the outfielder.',
    );
    expect(speaker(s, 'learned to swim in a lake')).toBe('Dara Quinn');
    expect(speaker(s, 'kids throw harder')).toBe('Sam Ortiz');
    const b = annotate(
      'Yankees first baseman Mark Tell, 28, signed an eight-year deal on Tuesday.',
      '"I always wanted to play here," the 28-year-old told reporters.',
      '"It is a dream," said the first baseman.',
    );
    expect(speaker(b, 'always wanted to play here')).toBe('Mark Tell');
    expect(speaker(b, 'It is a dream')).toBe('Mark Tell');
  });

  it('takes the evidence from an apposition or a copula after the name', () => {
    const a = annotate('Esther Wills, who became an actress after her swimming career, died on Thursday.', '"I never liked the water much," the actress said in a 1999 interview.');
    expect(speaker(a, 'never liked the water')).toBe('Esther Wills');
    const b = annotate('Wladimir Petrov, the two-time champion, defended his title on Saturday.', '"He was stronger than I expected," the champion said.');
    expect(speaker(b, 'stronger than I expected')).toBe('Wladimir Petrov');
  });

  it('stays unknown when the article never called anyone so, or someone new was brought in by the same words', () => {
    // Lohan is never called an actress here: knowing she is one is not reading the article.
    const none = annotate('Lindsay Lohan left the clinic on Thursday.', '"It was not the right place," the actress said.');
    expect(speaker(none, 'not the right place')).toBeUndefined();
    const another = annotate(
      'Yankees first baseman Mark Tell signed on Tuesday.',
      'A first baseman from the minor leagues was sent down the same day.',
      '"I will be back next spring," the first baseman said.',
    );
    expect(speaker(another, 'back next spring')).toBeUndefined();
    // Two the article called so: the one the sentence before was about, else nobody.
    const two = annotate(
      'The relay was won by swimmer Dara Quinn and swimmer Lena Fox on Friday.',
      '"We have not decided who swims the last leg," the swimmer said.',
    );
    expect(speaker(two, 'who swims the last leg')).toBeUndefined();
  });

  it('finds what a person was called in a description before the name, a relative clause, or a compound', () => {
    const a = annotate("She thanked her producer, Eli Strand, for the song.", '"I missed the whole thing," the producer said.');
    expect(speaker(a, 'missed the whole thing')).toBe('Eli Strand');
    const b = annotate('Gil Farraday, the comedian who hosted “After Hours” for 22 years, died Wednesday.', 'In his final broadcast, the host told viewers: “I am just going to bed at a normal hour.”');
    expect(speaker(b, 'going to bed at a normal hour')).toBe('Gil Farraday');
    const c = annotate('Oscar-winning actor Harlan Voss died on Monday.', '"I played 90 bad men so I could play one good one," the Oscar winner told an interviewer in 2011.');
    expect(speaker(c, 'one good one')).toBe('Harlan Voss');
    // Nobody was called a producer: unknown.
    const d = annotate('She thanked Eli Strand for the song.', '"I missed the whole thing," the producer said.');
    expect(speaker(d, 'missed the whole thing')).toBeUndefined();
  });

  it('a description nobody was given stays unknown even right after narration about one person (beat-news b01)', () => {
    // Crediting it to the person the sentence before was about was tried and not kept: two code reviews found it
    // giving "the sheriff said", "the coach said" and "the 45-year-old said" to the person narrated (docs/evaluation.md).
    const a = annotate(
      'The Academy of Screen Arts and Sciences read out its nominations on Tuesday, including best actress for Nadia Ferreira.',
      'Ferreira, who plays a widow fighting to keep the family farm afloat, heard the news on a film set in the mountains. “I was standing in the mud in a borrowed coat when my phone started buzzing,” the actress said in a statement.',
    );
    expect(speaker(a, 'standing in the mud')).toBeUndefined();
    const sheriff = annotate('John Miller was arrested outside his home on Friday. “I am confident we have the right man,” the sheriff said.');
    expect(speaker(sheriff, 'the right man')).toBeUndefined();
  });

  it('keeps a qualifier apart: "the champion" is not "the former champion"', () => {
    const a = annotate('Vitali Grom, the former champion, watched from ringside.', '"He looked slow tonight," the champion said.');
    expect(speaker(a, 'looked slow tonight')).toBeUndefined();
  });
});

describe('attribution: a nationality, a sports club, and the person the sentence before was about', () => {
  it('"the Belgian said", "The American said": the person the article called so, never a name "Belgian"', () => {
    // Real phrasing: ECB+ 7_x ("Ukrainian Wladimir Klitschko", "the 40-year-old American"); beat-news b09, b10.
    const a = annotate('Belgian Luc Verhaegen, 52, watched his daughter win the final.', '"I looked at the ceiling for most of the last game," the Belgian said.');
    expect(speaker(a, 'looked at the ceiling')).toBe('Luc Verhaegen');
    const b = annotate('Carl Mendenhall, an American, lost to Dmytro Savchuk of Ukraine.', 'The American said the stoppage was premature.');
    expect(speaker(b, 'stoppage was premature')).toBe('Carl Mendenhall');
    // Nobody was called American: unknown, not an entity "American".
    const c = annotate('Carl Mendenhall lost to Dmytro Savchuk on Saturday.', 'The American said the stoppage was premature.', '"I was hurt, but I wasn\'t out."');
    expect(speaker(c, 'stoppage was premature')).toBeUndefined();
    expect(speaker(c, 'I was hurt')).toBeUndefined();
  });

  it('a description right after a sentence about someone else, who was not called so, stays unknown', () => {
    // beat-news b20: the rookie is the right-hander named; the veteran just shrugged.
    const a = annotate(
      'Rookie right-hander Tyler Quon struck out the side in the ninth.',
      'Asked about the advice, Hal Decker shrugged. “Somebody told me the same thing in 2009. The plate doesn\'t move,” the right-hander said.',
    );
    expect(speaker(a, 'The plate doesn')).toBeUndefined();
    // …but a manager the article titled so is no "36-year-old" (beat-news b04).
    const b = annotate('The Mariners also claimed veteran right-hander Cody Brannigan, 36, off waivers.', 'Foxes manager Walt Simms called the trade "a loss for our clubhouse." "I know where the coffee machine is in every ballpark," the 36-year-old said.');
    expect(speaker(b, 'coffee machine')).toBe('Cody Brannigan');
  });

  it('"the club said" is a name that reads as a club, never the network told or a surname ending in s', () => {
    const a = annotate('Guard Darius Whitlaw agreed to stay with the Caldermoor Owls, his agent told ESPN on Saturday.', 'The club said the deal includes a player option for the third season.');
    expect(speaker(a, 'player option')).toBe('Caldermoor Owls');
    const b = annotate('LISBON, Jan 7 (Reuters) - Sporting Almada sacked coach Paulo Duarte on Monday, the club said in a statement.');
    expect(speaker(b, 'sacked coach Paulo Duarte')).toBe('Sporting Almada');
    // A body named with "County" is no club ("Derby County" is): the team is the club named before it.
    const county = annotate(
      'The Northshore Falcons have been fined $250,000 by the National Basketball League for resting healthy players.',
      'The Lakeshore County Health Department weighed in on Saturday, issuing a statement on injuries in youth sport.',
      "The team said the department's figures supported its position.",
    );
    expect(speaker(county, "department's figures supported")).toBe('Northshore Falcons');
    // No club named: "Albers" and ALS are not one.
    const c = annotate('Tight end Joe Albers was diagnosed with ALS in 2019.', 'Albers has stepped away from football to focus on his health, the team said.');
    expect(speaker(c, 'stepped away from football')).toBeUndefined();
  });
});

describe('attribution: ranks in full, spokespeople for a kind of body, a stand before a colon', () => {
  it('"the admiral" is "Rear Adm." and "the lieutenant" is "Lt.": the title written in full or abbreviated', () => {
    const a = annotate('Rear Adm. Sofia Lind, commander of the task force, said it was the third attack this year.', '"The gulf is watched," the admiral said.');
    expect(speaker(a, 'The gulf is watched')).toBe('Sofia Lind');
    const b = annotate('Lt. Carla Mendez asked the public for help on Monday.', '"If you recognize this man, call us," the lieutenant said.');
    expect(speaker(b, 'recognize this man')).toBe('Carla Mendez');
    // An admiral nobody named: unknown.
    const c = annotate('Sofia Lind, a navy spokeswoman, confirmed the raid.', '"The gulf is watched," the admiral said.');
    expect(speaker(c, 'The gulf is watched')).toBeUndefined();
  });

  it('"a hospital spokeswoman" speaks for the one hospital named; with none named she stays unknown', () => {
    const a = annotate('Two of the injured were flown to Harrow General Hospital, where a hospital spokeswoman said they were in serious but stable condition.');
    expect(speaker(a, 'serious but stable')).toBe('Harrow General Hospital');
    const b = annotate('A team spokesman said Carl Hill would miss Sunday\'s game against Denver.');
    expect(speaker(b, 'would miss Sunday')).toBeUndefined();
    const two = annotate('Two of the injured were flown to Harrow General Hospital and Kessler Community Hospital, where a hospital spokeswoman said they were in serious but stable condition.');
    expect(speaker(two, 'serious but stable')).toBeUndefined();
  });

  it('"Ines Varga was blunter:" and "Hale disagreed:" introduce their words; a report or a bare action does not', () => {
    const a = annotate('The series star Jonah Pereira posted a photo.', 'His co-star Ines Varga was blunter: "Numbers do not tell you what a show meant to people."', 'Tom Hale disagreed: "The film is not finished yet."');
    expect(speaker(a, 'Numbers do not tell you')).toBe('Ines Varga');
    expect(speaker(a, 'The film is not finished')).toBe('Tom Hale');
    const b = annotate('The coroner\'s report was blunter: "Death was caused by a blow to the head."');
    expect(speaker(b, 'caused by a blow')).toBeUndefined();
  });
});

describe('attribution: a body by the word it is named with, and "it" for a club', () => {
  it('"the Navy said", "the hospital said": the one body named with that word; with two, or none, unknown', () => {
    const a = annotate(
      'The Mariscan Navy said its frigate stopped the skiff on Tuesday.',
      'The suspects will be handed to authorities in Port Kestrel for prosecution, the Navy said.',
      'Two sailors were taken to Harrow General Hospital. Both are in stable condition at Harrow General Hospital, the hospital said.',
    );
    expect(speaker(a, 'handed to authorities')).toBe('Mariscan Navy');
    expect(speaker(a, 'Both are in stable condition')).toBe('Harrow General Hospital');
    const two = annotate('The injured went to Harrow General Hospital and St. Mary Hospital.', 'Four of them were released on Monday, the hospital said.');
    expect(speaker(two, 'released on Monday')).toBeUndefined();
  });

  it('"it" after "the team said" is the club, not the league that fined it (wire-review-2 u16)', () => {
    const a = annotate(
      'The Northshore Falcons have been fined $250,000 by the National Basketball League for resting healthy players, the league said on Friday.',
      "The team said it would appeal the ruling. In a statement, it called the fine “a punishment for putting players' health first.”",
    );
    expect(speaker(a, 'fined $250,000')).toBe('National Basketball League');
    expect(speaker(a, 'a punishment for putting')).toBe('Northshore Falcons');
  });

  it('a quotation closing an aside before the verb: "Okafor, who cast him in “The Orchard,” called him “…”"', () => {
    const a = annotate('Director Jane Okafor, who cast him in “The Orchard,” called him “the kindest man who ever held a prop knife.”');
    expect(speaker(a, 'the kindest man')).toBe('Jane Okafor');
  });
});

describe('attribution: asides between a name and its verb', () => {
  it('", where …," and a long participle phrase are asides; a company fills "the building’s owner, X,"', () => {
    const a = annotate('The Palisade Theater, where the show took place, said in a statement that it had "received dozens of complaints" and would review its booking policies.');
    expect(speaker(a, 'received dozens of complaints')).toBe('Palisade Theater');
    const b = annotate('Yuki Tanabe won easily.', "Tanabe, asked about her rival's absence before her own first-round match, said she had sent Markovic a message.");
    expect(speaker(b, 'sent Markovic a message')).toBe('Yuki Tanabe');
    const c = annotate("The building's owner, Tessaro Property Group, said in a statement that every smoke detector had been inspected in March.");
    expect(speaker(c, 'every smoke detector')).toBe('Tessaro Property Group');
    // An owner the text does not name stays unknown.
    const d = annotate('The owner of the Tessaro Building, who asked not to be named, said the detectors had been checked in March.');
    expect(speaker(d, 'detectors had been checked')).toBeUndefined();
  });

  it('"the studio said" is the one body named with that word or its plural ("Vantage Studios")', () => {
    const a = annotate('Director Ingrid Solberg has exited the Vantage Studios sequel "Nightglass 2", citing creative differences, the studio said Wednesday.');
    expect(speaker(a, 'citing creative differences')).toBe('Vantage Studios');
  });
});

describe('attribution: who speaks inside a relative clause, and who reads a document out', () => {
  it('"Eli Strand, who she said had “…”": she speaks; "A woman who lives nearby said" is the woman (beat-news b18)', () => {
    const a = annotate('Marisol Vega won record of the year.', 'She thanked her producer, Eli Strand, who she said had “heard the song before I did.”');
    expect(speaker(a, 'heard the song before')).toBe('Marisol Vega');
  });

  it('a letter read out or a note shared is its writer’s, or nobody’s; never the reader’s (beat-review r07, r08, r29)', () => {
    const a = annotate('Rear Adm. Patricia Sloane presided. She read aloud a letter from retired Vice Adm. George Whitlock, who commanded the cutter in the 1970s: “She was never the fastest ship in the fleet, but she always came home.”');
    expect(speaker(a, 'never the fastest ship')).toBe('George Whitlock');
    const b = annotate('Detective Constable Joanna Reeve read one of his notes aloud to the court: “You smile at me every night and I know what it means.”');
    expect(speaker(b, 'You smile at me')).toBeUndefined();
    const c = annotate('Later, Tamsin Rhee took to Instagram to share a note her late grandmother had left for her: “Sing loud, and do not let anyone make you quieter.”');
    expect(speaker(c, 'Sing loud')).toBeUndefined();
  });

  it('"the lieutenant commander" is "Lt. Cmdr. X"; "the lieutenant" is "Lt. Y", not the lieutenant commander', () => {
    const a = annotate(
      'The final commanding officer, Lt. Cmdr. Nadia Ferris, said the crew would be reassigned.',
      '“It is like closing up your grandparents’ house,” the lieutenant commander said.',
      'Lt. Samuel Ochoa, the youngest officer aboard, said he had asked to keep the bell. “I tried and they said no,” the lieutenant said.',
    );
    expect(speaker(a, 'closing up your grandparents')).toBe('Nadia Ferris');
    expect(speaker(a, 'I tried and they said no')).toBe('Samuel Ochoa');
  });

  it('"Detective Tom Hale read the note aloud:" is not the note’s author; "Hale read a statement:" reads his own', () => {
    const a = annotate('Detective Tom Hale read the note aloud in court: "Give me the money now or people get hurt."');
    expect(speaker(a, 'Give me the money')).toBeUndefined();
    const b = annotate('Tom Hale read a statement outside the courthouse: "I am innocent of these charges."');
    expect(speaker(b, 'innocent of these charges')).toBe('Tom Hale');
  });
});

describe('attribution: agency copy translated from other languages (beat-scraped t14, t22, t29, t30)', () => {
  it('"X informed at a press conference", "he underlined", "The Ministry informed that": speech verbs of translated copy', () => {
    const a = annotate(
      'DUSHANBE, 4 February (Pamir-Info) - Parliamentary elections in the republic will be held on 28 March, the chairman of the Central Commission Murod Saidov informed at a press conference.',
      '"All necessary conditions have been created for the free expression of the will of citizens", he underlined.',
      'The Ministry of Foreign Affairs informed that citizens residing in Russia will be able to vote at the consulates.',
    );
    // The body's name ends before a given name the lexicon does not know: Saidov is the person, not "Central Commission Murod Saidov".
    expect(speaker(a, 'will be held on 28 March')).toBe('Murod Saidov');
    // The agency in a day-first dateline is not the subject "he" stands for.
    expect(speaker(a, 'All necessary conditions')).toBe('Murod Saidov');
    expect(speaker(a, 'able to vote at the consulates')).toBe('Ministry of Foreign Affairs');
  });

  it('"the force said" is the one force named; "Shortstop Jordan Amadi" is a player with his position', () => {
    const a = annotate('The EU Naval Force said its warship shadowed the tanker.', 'The MT Kyra Selene was seized about 250 nautical miles off the coast of Oman early on Monday, the force said in a statement.');
    expect(speaker(a, '250 nautical miles')).toBe('EU Naval Force');
    // A position before a player's name is a title, not part of the name nor a body.
    const b = annotate('Shortstop Jordan Amadi said he had texted Whitlaw every day.', '"I told him if he left, I was keeping his parking spot forever," Amadi said.');
    expect(speaker(b, 'texted Whitlaw every day')).toBe('Jordan Amadi');
  });
});

describe('attribution: datelines, legal names and titles after a body (beat-scraped t12, t16, t20, t30)', () => {
  it('the agency in a dateline whose comma is spaced off is not the subject "it" stands for; "the company" is no naval force', () => {
    const a = annotate(
      'NAIROBI , May 8 (Reuters) - Somali pirates have hijacked a Greek-owned oil tanker, the EU Naval Force said on Tuesday.',
      '"Our first priority is the safety of our crew," the company said.',
    );
    expect(speaker(a, 'safety of our crew')).toBeUndefined();
    const b = annotate('TAIYUAN , Aug. 14 (Xinhua) -- Nineteen miners were trapped underground after flooding at a coal mine in Shanxi Province, local authorities said.', 'Twenty-eight miners managed to escape from the Dongshan mine, it said.');
    expect(speaker(b, 'managed to escape')).toBeUndefined();
  });

  it('"Shrivat Chemicals" after "Shrivat Chemicals Ltd" is the company by its legal name', () => {
    const a = annotate('Shrivat Chemicals Ltd said four workers died in the blast.', 'In a statement, Shrivat Chemicals said it was "deeply saddened" by the deaths.');
    expect(speaker(a, 'deeply saddened')).toBe('Shrivat Chemicals Ltd');
  });

  it('"said Breakers President of Basketball Operations Glen Whitaker": the title holder after the body, not the body', () => {
    const a = annotate('"Vernon has won everywhere he has been," said Breakers President of Basketball Operations Glen Whitaker.');
    // (The person, not the body; the name still keeps "Basketball Operations" before it — a known fault, and starting
    // a name at its given name was tried and cost people joined across outlets, docs/evaluation.md.)
    expect(speaker(a, 'won everywhere he has been')).toMatch(/Glen Whitaker$/);
    const b = annotate('"We are proud of the team," said Acme Corp. spokesman Tom Reyes.');
    expect(speaker(b, 'proud of the team')).toBe('Tom Reyes');
  });
});

describe('attribution: who the club, the staff member and the papers are (beat-news b04, beat-scraped t04, t16)', () => {
  it('"the club announced" at the end of a sentence about one club is that club, not the other one it names', () => {
    const a = annotate('The Port Alder Mariners acquired first baseman Rafael Duquesne from the Granite Ferry Foxes on Wednesday for two minor league pitchers, the club announced.');
    expect(speaker(a, 'acquired first baseman')).toBe('Port Alder Mariners');
  });

  it('"the club said" right after a sentence about one of two clubs: that club (beat-review r16)', () => {
    const a = annotate(
      'The Caldermoor Owls have signed midfielder Jamie Okoro from the Skelby Gulls for an undisclosed fee.',
      'The Gulls were gracious in defeat and wished the Caldermoor Owls well. In a statement, the club said he had been “a credit to the shirt on and off the pitch.”',
    );
    expect(speaker(a, 'a credit to the shirt')).toBe('Skelby Gulls');
  });

  it('"said Fenwick Bay’s creator, Ray Dunstan" and "said his wife, Jean Petrie, 61": the name in apposition after "said"', () => {
    const a = annotate('“Gordon never learned his lines until the morning of a shoot,” said Fenwick Bay\'s creator, Ray Dunstan.', '“I kept his dinner in the oven both nights,” said his wife, Jean Petrie, 61.');
    expect(speaker(a, 'never learned his lines')).toBe('Ray Dunstan');
    expect(speaker(a, 'dinner in the oven')).toBe('Jean Petrie');
    const b = annotate('“I kept his dinner in the oven both nights,” said his wife.');
    expect(speaker(b, 'dinner in the oven')).toBeUndefined();
  });

  it('", surnamed Wang," names the one who speaks, not the company in apposition before it', () => {
    const a = annotate("A staff member of the mine's owner, Dongshan Coal Group, surnamed Wang, told Xinhua that the mine had resumed operations in May.");
    expect(speaker(a, 'resumed operations in May')).toBe('Wang');
  });

  it('"According to court records, Fairbanks was sued …": the name after the phrase is what the records are about (beat-news b17)', () => {
    const a = annotate('According to court records, Fairbanks was sued by a musician in 2015 over similar claims.');
    expect(speaker(a, 'sued by a musician')).toBeUndefined();
    // A representative in apposition after the phrase still speaks.
    const b = annotate('According to a spokesman for Cuellar, Jesus Arellano, the congressman was in Texas on Monday.');
    expect(speaker(b, 'was in Texas')).toBe('Jesus Arellano');
  });

  it('"according to documents obtained by People" credits nobody: the outlet that saw the papers did not write them', () => {
    const a = annotate('Shannon Lyle, 38, filed papers Friday in Marlow County Circuit Court citing irreconcilable differences, according to documents obtained by People.');
    expect(speaker(a, 'irreconcilable differences')).toBeUndefined();
    // "according to People" is the magazine's report.
    const b = annotate('Shannon Lyle, 38, filed for divorce on Friday, according to People.');
    expect(speaker(b, 'filed for divorce')).toBe('People');
  });
});

describe('attribution: the second review of the beat rules (beat-review-2)', () => {
  it('"the force said" is no "Air Force Base": the word must head the name (s07)', () => {
    const a = annotate(
      'A man was arrested early Sunday near the main gate of Calder Air Force Base, the Grantham Falls Police Department said.',
      'The force said two of its officers suffered minor injuries while making the arrest.',
    );
    expect(speaker(a, 'minor injuries while making')).not.toBe('Calder Air Force Base');
  });

  it('"the team said" with two clubs in reach and neither the subject: unknown (s12)', () => {
    const a = annotate(
      'The Ridgeport Mariners named Corinne Hale general manager on Monday.',
      'Hale, 46, spent nine seasons in the front office of the Fairhaven Stags.',
      'Hale will be introduced at a news conference Wednesday, the team said.',
    );
    expect(speaker(a, 'introduced at a news conference')).toBeUndefined();
  });

  it('"The Dutchman was less gracious. “…,” he told NOS.": the Dutchman named before; unknown when nobody was (s20)', () => {
    const a = annotate(
      'Lukas Peeters won the fourth stage on Wednesday, outsprinting Dutchman Bram Visser and Belgian champion Wout Claes.',
      'X-rays showed no fracture, his team, Arvano Cycling, said.',
      'The Dutchman was less gracious. “Some people think the road belongs to them,” he told Dutch broadcaster NOS.',
    );
    expect(speaker(a, 'road belongs to them')).toBe('Bram Visser');
    // Nobody called a Dutchman: "he" does not reach past the description to someone else.
    const b = annotate('Lukas Peeters won the fourth stage on Wednesday.', 'X-rays showed no fracture, his team, Arvano Cycling, said.', 'The Dutchman was less gracious. “Some people think the road belongs to them,” he told NOS.');
    expect(speaker(b, 'road belongs to them')).toBeUndefined();
  });

  it('"a statement on his behalf:" is whom "his" stands for; "on behalf of the caucus" a few words on is the caucus’s (beat-review-3 c17, c28, c30)', () => {
    const a = annotate('State Sen. Howard Kline announced he would retire.', 'His aide Brianna Fetter read a statement on his behalf: “Serving the people of the 14th District has been the honor of my life.”');
    expect(speaker(a, 'Serving the people')).toBe('Howard Kline');
    const b = annotate('House Speaker Ron Lattimore read a statement to reporters on behalf of the House Republican Caucus: “This bill passed with bipartisan votes.”');
    expect(speaker(b, 'bipartisan votes')).toBe('House Republican Caucus');
    // "Cllr" is a title, as "Sen." is: the deputy reads for the leader.
    const c = annotate('The leader of the council, Cllr Joanna Pike, has resigned.', 'Her deputy, Cllr Raj Malhotra, read a statement on her behalf: “I have given this borough everything I had.”');
    expect(speaker(c, 'given this borough everything')).toBe('Joanna Pike');
  });

  it('"the companies said" is several bodies together: nobody alone (beat-review-3 c15)', () => {
    const a = annotate('Trellis Foods will be sold to its largest distributor, Halvorsen Holdings, for $340 million, the companies said Tuesday.');
    expect(speaker(a, '$340 million')).toBeUndefined();
  });

  it('"a statement on behalf of Ruth Dade:" is hers, not the reader’s (s18)', () => {
    const a = annotate('State Sen. Carol Ibsen read a statement on behalf of Ruth Dade, a 91-year-old voter who could not attend: “I have voted in the same church basement for 70 years.”');
    expect(speaker(a, 'same church basement')).toBe('Ruth Dade');
  });

  it('"Mercy Regional" is "Mercy Regional Medical Center"; "the hospital" after a sentence about it is not another hospital (s24)', () => {
    const a = annotate(
      'Braxton Community Hospital moved 18 patients to Mercy Regional Medical Center in Dorrance overnight.',
      'Mercy Regional said all 18 were in stable condition. The hospital said it had opened a second emergency ward with 20 beds.',
    );
    expect(speaker(a, 'all 18 were in stable')).toBe('Mercy Regional Medical Center');
    expect(speaker(a, 'second emergency ward')).not.toBe('Braxton Community Hospital');
  });

  it('"according to the petition she filed in Los Angeles Superior Court" is hers, never the court’s (s05)', () => {
    const a = annotate('Actor Dev Hollis and his wife, Mara Quinn, are divorcing.', "Quinn is seeking joint custody of the couple's two children, according to the petition she filed in Los Angeles Superior Court on Tuesday.");
    expect(speaker(a, 'joint custody')).toBe('Mara Quinn');
  });

  it('"said Mariners owner and chairman Walter Pruitt": lower-case title words between the body and the holder (s12)', () => {
    const a = annotate('“Corinne has built winners everywhere she has been,” said Mariners owner and chairman Walter Pruitt.');
    expect(speaker(a, 'built winners everywhere')).toBe('Walter Pruitt');
  });
});

describe('attribution: a gender the article itself shows (beat-scraped t05)', () => {
  it('"Marchetti died at her home" makes a later "he" someone else, though the name alone shows no gender', () => {
    const a = annotate(
      'Lillian Marchetti, the star of 1960s screwball comedies, has died.',
      'Marchetti died Saturday at her home in Connecticut after a long illness, her son, Paul Marchetti-Reyes, said Sunday.',
      '“She was working on her memoirs right up until the end,” he said.',
    );
    expect(speaker(a, 'working on her memoirs')).not.toBe('Marchetti');
    // "Cole" is a man's given name in the lexicon, but a surname here: "she" may still be Cole (wire-general w24).
    const b = annotate('Reality star Brianna Cole and Glen Cole spoke.', 'Cole hinted at the split last week when she wrote on Instagram, "Protect your peace, even if it costs you people."');
    expect(speaker(b, 'Protect your peace')).toMatch(/Cole$/);
  });
});

describe('attribution: ranks written with a period, and going somewhere to speak', () => {
  it('reads "Vice Adm.", "Cmdr.", "Rear Adm." as titles, not as names or sentence ends', () => {
    const a = annotate(
      '"We intercepted the vessel at dawn," said Navy spokesman Cmdr. Ravi Satish.',
      '"We are proud of our sailors," Vice Adm. Sunil Lanba said.',
      '"No one was hurt," Rear Adm. Tom Hale told reporters.',
    );
    expect(speaker(a, 'intercepted the vessel at dawn')).toBe('Ravi Satish');
    expect(speaker(a, 'proud of our sailors')).toBe('Sunil Lanba');
    expect(speaker(a, 'No one was hurt')).toBe('Tom Hale');
  });

  it('"took to Twitter to write:" is the subject speaking; "declined to say" is nobody', () => {
    const a = annotate('Ellen Marsh is thrilled.', 'Marsh took to Twitter to write: "Guess who is hosting the Oscars!"');
    expect(speaker(a, 'Guess who is hosting')).toBe('Ellen Marsh');
    const b = annotate('Barack Obama used his weekly address to say that "the economy is improving."');
    expect(speaker(b, 'the economy is improving')).toBe('Barack Obama');
    const c = annotate('Senator Tom Smith declined to say whether "the plan is dead in the water."');
    expect(speaker(c, 'dead in the water')).toBeUndefined();
  });
});

// The country a person is from, written as the country's name, and "the teenager" for an age in the teens: ECB+ 7_1
// ("Manuel Charr of Germany"), the beat-news tuning set (b09, b10); the quotations beside them are made up.
describe('attribution: a nationality or "the teenager" from what the article said of a person', () => {
  it('"the German" after "Manuel Charr of Germany", "the Ukrainian" after "Ukraine\'s Dmytro Savchuk", "the teenager" after "a 19-year-old from Belgium"', () => {
    const a = annotate(
      'The elder Klitschko will defend his WBC title against Manuel Charr of Germany in Moscow on Sept. 8.',
      '"I will take his belt," the German said.',
    );
    expect(speaker(a, 'take his belt')).toBe('Manuel Charr');
    const b = annotate(
      'Ukraine\'s Dmytro Savchuk kept his heavyweight title with a ninth-round stoppage of Carl Mendenhall on Saturday night.',
      '"He hit me with a good shot in the fourth and I saw stars," the Ukrainian said through an interpreter.',
    );
    expect(speaker(b, 'good shot in the fourth')).toBe('Dmytro Savchuk');
    const c = annotate(
      'Anouk Verhaegen, a 19-year-old from Belgium, beat two-time champion Marta Kostelic of Croatia 6-4, 3-6, 7-5 on Sunday.',
      '"I don\'t really know what happened in the third set," the teenager said. "I just stopped thinking."',
      '"I had my chance and I got tight," the Croatian said.',
    );
    expect(speaker(c, 'what happened in the third set')).toBe('Anouk Verhaegen');
    expect(speaker(c, 'I had my chance')).toBe('Marta Kostelic');
  });

  it('stays unknown for a company\'s name that starts with a country, a country the article never gave the person, and a relative brought in right before', () => {
    const a = annotate('Paul Girard of Canada Post said deliveries would resume.', '"We are doing our best," the Canadian said.');
    expect(speaker(a, 'doing our best')).toBeUndefined();
    const b = annotate('Ukraine\'s Dmytro Savchuk beat Carl Mendenhall on Saturday.', '"That was a robbery," the American said.');
    expect(speaker(b, 'That was a robbery')).toBeUndefined();
    // (b09: her father, also of Belgium, is brought in just before — "the Belgian" may be either.)
    const c = annotate(
      'Anouk Verhaegen, a 19-year-old from Belgium, won the Coastal Open on Sunday.',
      'Verhaegen\'s coach is her father, Luc Verhaegen, who spent the final game with his head in his hands. "I looked at the ceiling for most of the last game," the Belgian said.',
    );
    expect(speaker(c, 'looked at the ceiling')).not.toBe('Anouk Verhaegen');
  });
});


// Crafted beat-reporting sentences (beat-review-2 r20, beat-scraped s07); no real labelled article has these words.
describe('attribution: "the festival said", "the base said" — a body whose name says what it is', () => {
  it('goes to the one body in reach whose name ends with that word, even when the name finder could not type it', () => {
    const a = annotate('The Halsworth Film Festival will open next month with Lowland, the debut feature from director Sana Qureshi, the festival said on Tuesday.');
    expect(speaker(a, 'will open next month')).toBe('Halsworth Film Festival');
    const b = annotate('A drone crashed near the fence of Calder Air Force Base late Friday.', 'No one on the installation was hurt, the base said in a statement.');
    expect(speaker(b, 'No one on the installation')).toBe('Calder Air Force Base');
  });

  it('stays unknown with two such bodies in reach, or a name that only has the word inside it', () => {
    const a = annotate('The Halsworth Film Festival and the Marlow Film Festival both picked Lowland.', 'Lowland will open on May 3 at the Corn Exchange, the festival said.');
    expect(speaker(a, 'will open on May 3')).toBeUndefined();
    const b = annotate('Festival Road was closed after the crash.', 'Lowland will open on May 3 at the Corn Exchange, the festival said.');
    expect(speaker(b, 'will open on May 3')).toBeUndefined();
  });
});

// Crafted sentences (beat-scraped t25, wire-review-3 x20): no real labelled article has these words.
describe('attribution: "asked to be traded" is no speech; "promised to be “…”" is', () => {
  it('a speech verb before "to be" is an infinitive, so the outlet that reported it speaks — unless it is a promise', () => {
    const a = annotate('Lakeport Captains slugger Andre Bellamy has asked to be traded, the Lakeport Tribune reported Sunday.');
    expect(speaker(a, 'has asked to be traded')).toBe('Lakeport Tribune');
    const b = annotate('At a victory rally, Joseph Kaba promised to be “a president for all Talvenians, including those who did not vote for me.”');
    expect(speaker(b, 'a president for all Talvenians')).toBe('Joseph Kaba');
  });
});

// Crafted (beat-review r11), beside the real "who the report suggests" case in attribute-wire.test.ts.
describe('attribution: "X, who the playhouse\'s annual report said had …" is the report\'s word, not X\'s', () => {
  it('a noun phrase with a possessive after "who" is the clause\'s own subject', () => {
    const a = annotate('The Halsworth Playhouse named its new director on Monday.', 'Castle, who the playhouse\'s annual report said had “held the building together with string and sheer will,” retired in 2001.');
    expect(speaker(a, 'held the building together')).not.toBe('Castle');
    const b = annotate('Smith met Jones, who Dunne said was angry about the vote.');
    expect(speaker(b, 'was angry about the vote')).toBe('Dunne');
  });
});

// Crafted (beat-news b10, tuning): "referee" was no title, so "the referee" found nobody once another man was named.
// The ECB+ 7 sentence (real, tuning) worked before and must still.
describe('attribution: "referee Tom Bellamy … the referee said"', () => {
  it('a referee or umpire named with the title is who "the referee" stands for', () => {
    const a = annotate(
      'Mendenhall, 34, was ahead on one of the three scorecards when referee Tom Bellamy waved off the fight at 1:52 of the ninth.',
      '"I\'m not waiting for a man to get hurt before I do my job," the referee said.',
    );
    expect(speaker(a, 'not waiting for a man to get hurt')).toBe('Tom Bellamy');
    const b = annotate('Rivera was down twice when umpire Joe West stopped the game in the fifth.', '“The field was not fit to play on,” the umpire said.');
    expect(speaker(b, 'The field was not fit')).toBe('Joe West');
    const c = annotate(
      'The Ukrainian champion dropped Thompson again in the sixth, and referee Sam Williams gave the challenger a standing count before stopping the fight at 2:56.',
      '“He was not defending himself any more,” the referee said.',
    );
    expect(speaker(c, 'He was not defending himself')).toBe('Sam Williams');
  });

  it('but with no referee named, "the referee" stays unknown', () => {
    const a = annotate('The Ukrainian champion dropped Thompson again in the sixth before the fight was stopped at 2:56.', '“He was not defending himself any more,” the referee said.');
    expect(speaker(a, 'He was not defending himself')).toBeUndefined();
  });
});

describe('attribution: "he" does not reach back to a speaker past another man named in the sentence before', () => {
  it('an obituary: the director named right before "He once called her …" stands between it and her son who spoke', () => {
    const a = annotate(
      'NEW YORK (AP) — Lillian Marchetti, the husky-voiced star of 1960s screwball comedies, has died. She was 84.',
      'Marchetti died Saturday at her home in Connecticut after a long illness, her son, Paul Marchetti-Reyes, said Sunday. “She was working on her memoirs right up until the end,” he said.',
      'Born in Hartwell, Ohio, Marchetti began as a chorus girl before director Sam Oyelaran cast her in 1964’s “Ninth Honeymoon.” He once called her “the only actress who could make a pratfall look like ballet.”',
    );
    expect(speaker(a, 'working on her memoirs')).toBe('Paul Marchetti-Reyes');
    expect(speaker(a, 'the only actress who could make a pratfall')).toBeUndefined();
  });

  it('but a closing "“…,” he said" goes on with the speaker past a man named between (a review’s wire copy)', () => {
    const a = annotate(
      'WASHINGTON (AP) — A federal judge on Tuesday refused to dismiss fraud charges against former hedge fund manager Daniel Okafor. “We are disappointed, but we will be vindicated at trial,” defense attorney Mark Levin said outside the courthouse.',
      'The Justice Department, which brought the case under former Attorney General William Barr, declined to comment.',
      '“My client has never taken a dime that wasn’t his,” he said.',
    );
    expect(speaker(a, 'My client has never taken')).toBe('Mark Levin');
  });

  it('and the speaker goes on past a woman named between, or a name that shows no gender', () => {
    const a = annotate(
      'Sen. Tom Harlan said the bill would cut waste. “It is overdue,” he said.',
      'The measure was drafted by Rep. Maria Delgado in March.',
      '“We will pass it this week,” he added.',
    );
    expect(speaker(a, 'We will pass it this week')).toBe('Tom Harlan');
    const b = annotate(
      'Sen. Tom Harlan said the bill would cut waste. “It is overdue,” he said.',
      'The measure was drafted in March by the Oakmont Policy Group.',
      '“We will pass it this week,” he added.',
    );
    expect(speaker(b, 'We will pass it this week')).toBe('Tom Harlan');
  });
});
