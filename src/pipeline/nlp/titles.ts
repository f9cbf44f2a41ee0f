import { genderOf, titleGender } from './attribution/gender.ts';
import { ROLE_HEADS } from './name-words.ts';

// A spouse's title, which no office holder shares: "First Lady Jacqueline Kennedy" is not "President Kennedy". A former
// one may hold an office since ("Former first lady Hillary Clinton" is "Secretary Clinton"), but not her husband's.
const SPOUSE = /\b(?:first|second)\s+(?:lady|gentleman)\b/i;

/** Whether a title names an office ("President", "Sen."), not only a form of address ("Mrs.", "Dr.") or nothing. */
export function namesOffice(role: string | undefined): boolean {
  return (role ?? '').toLowerCase().split(/\s+/).some((w) => ROLE_HEADS.has(w) && titleGender(w) === 'unknown' && !/^(?:dr\.?|prof\.?|professor)$/.test(w));
}

/**
 * Whether a surname's title says it is someone else than the one full name with that surname: an office beside a
 * full name only ever written as a spouse ("President Kennedy", "First Lady Jacqueline Kennedy"), or a form of address
 * of the other gender ("Mr. Trump", "First Lady Melania Trump"). Other offices are not compared: one person holds many
 * ("Senate Majority Leader Mitch McConnell" is "Sen. McConnell"), as a review of a first, wider version found.
 */
export function titlesConflict(shortRole: string | undefined, fullName: string, fullRoles: readonly (string | undefined)[]): boolean {
  const address = titleGender(shortRole);
  const gender = fullRoles.map((r) => titleGender(r)).find((g) => g !== 'unknown') ?? genderOf(fullName);
  if (address !== 'unknown' && gender !== 'unknown' && address !== gender) return true;
  if (!namesOffice(shortRole) || fullRoles.length === 0 || !fullRoles.every((r) => SPOUSE.test(r ?? ''))) return false;
  return !fullRoles.some((r) => /\bformer\b/i.test(r ?? '')) || /\bpresident\b/i.test(shortRole ?? '');
}
