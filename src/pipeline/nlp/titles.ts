import { ROLE_HEADS } from './name-words.ts';

// One office under its written forms ("Sen." and "Senator", "Rep." and "Congresswoman", "lawyer" and "attorney").
const SAME_OFFICE: Record<string, string> = {
  'sen.': 'senator', 'rep.': 'representative', congressman: 'representative', congresswoman: 'representative', 'gov.': 'governor',
  'gen.': 'general', 'adm.': 'admiral', 'dr.': 'doctor', dr: 'doctor', 'prof.': 'professor', 'capt.': 'captain', 'lt.': 'lieutenant',
  'sgt.': 'sergeant', 'col.': 'colonel', 'maj.': 'major', 'cmdr.': 'commander', 'cdr.': 'commander', 'supt.': 'superintendent',
  'insp.': 'inspector', 'det.': 'detective', 'rev.': 'reverend', cllr: 'councillor', 'cllr.': 'councillor', councilor: 'councillor',
  councilman: 'councillor', councilwoman: 'councillor', attorney: 'lawyer', counsel: 'lawyer', spokesman: 'spokesperson',
  spokeswoman: 'spokesperson', chairman: 'chair', chairwoman: 'chair', advisor: 'adviser', tsar: 'czar',
  'mr.': 'mr', 'mrs.': 'mrs', 'ms.': 'ms',
};
// Forms of address, not offices: "Mrs. Kennedy" says nothing of which Kennedy holds what office.
const ADDRESS = new Set(['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'doctor']);

/** The offices a title names, each under one form ("Sen." → senator); forms of address left out. */
export function officesOf(role: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const word of role?.toLowerCase().split(/\s+/) ?? []) {
    if (!ROLE_HEADS.has(word)) continue;
    const office = SAME_OFFICE[word] ?? word;
    if (!ADDRESS.has(office)) out.add(office);
  }
  return out;
}

/**
 * Whether a short form's title says it is someone else than the full name's titles do: "President Kennedy" is not
 * "First Lady Jacqueline Kennedy", "Secretary Clinton" not "President Bill Clinton". Only offices count, and only
 * when both sides name one; "Sen. Paul" and "Senator Rand Paul" agree.
 */
export function titlesConflict(shortRole: string | undefined, fullRoles: Iterable<string | undefined>): boolean {
  const own = officesOf(shortRole);
  if (own.size === 0) return false;
  const theirs = [...fullRoles].map(officesOf).filter((o) => o.size > 0);
  return theirs.length > 0 && theirs.every((o) => ![...o].some((x) => own.has(x)));
}
