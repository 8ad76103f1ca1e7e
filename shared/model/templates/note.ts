/** Note template: a title and a short prompt, then room to write. */
import type { Locale } from '../locale';
import type { BlockList } from '../template';
import { guidance, h1, p, withTypography } from './blocks';

const PROMPT: Record<Locale, string> = {
  en: 'A space for ideas, notes from a call or the first draft of a proposal. When a note calls for a decision, bring it to the committee as a proposal.',
  fr: "Un espace pour des idées, des notes d'appel ou le premier jet d'une proposition. Quand une note appelle une décision, soumettez-la au comité sous forme de proposition.",
  ar: 'مساحة للأفكار، أو لملاحظات مكالمة، أو لمسودة أولى لمقترح. وعندما تستدعي الملاحظة قرارًا، اعرضوها على اللجنة في صورة مقترح.',
};

export function noteTemplate(locale: Locale, title: string): BlockList {
  return withTypography(locale, [h1(title), guidance(PROMPT[locale]), p('')]);
}
