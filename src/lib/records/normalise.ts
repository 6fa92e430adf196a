/**
 * How records' free text is matched: titles exactly as search compares them (case, accents, spacing and
 * punctuation never matter, nor a plural ending), skills the same way, so "core_java" = "Core Java".
 */
import { foldText, singulars } from '@/lib/search/text';

/** One word's singular, when it has a plural ending ("managers" → "manager", "coaches" → "coach"). */
function singular(word: string): string {
  const forms = singulars(word);
  return forms.length > 0 ? forms[forms.length - 1]! : word;
}

/** A job title as mapping compares it: "Global Account Managers" and "global-account manager" are one key. */
export function titleKey(title: string): string {
  return foldText(title).split(' ').filter(Boolean).map(singular).join(' ');
}

/**
 * A skill as mapping compares it. "+" and "#" carry meaning in skill names, so they become words first:
 * "C++" and "C#" stay apart from "C".
 */
export function skillKey(skill: string): string {
  return titleKey(skill.replaceAll('+', ' plus ').replaceAll('#', ' sharp '));
}
