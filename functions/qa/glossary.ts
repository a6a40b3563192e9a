import glossaryJson from '../../content/glossary.json';
import { glossaryFile, termsUsed, type GlossaryEntry } from '../../shared/qa';

/**
 * The glossary of content/glossary.json, bundled with the function (it is small and
 * changes only with a content release), checked once when the module loads.
 */
export const GLOSSARY: readonly GlossaryEntry[] = glossaryFile.parse(glossaryJson);
const byTerm = new Map(GLOSSARY.map((e) => [e.term, e]));
export const GLOSSARY_TERMS: readonly string[] = GLOSSARY.map((e) => e.term);

/** The glossary entries an article's title, summary and body use, in order of first use. */
export function termsFor(a: { title: string; summary: string; body: string }): GlossaryEntry[] {
  return termsUsed(`${a.title}\n${a.summary}\n${a.body}`, GLOSSARY_TERMS).flatMap((t) => {
    const e = byTerm.get(t);
    return e ? [e] : [];
  });
}
