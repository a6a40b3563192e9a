import { Text } from '@tarojs/components';
import { splitByTerms } from '../../../../shared/qa';

interface Props {
  text: string;
  /** The glossary words of this article (from `terms` of GET /api/qa/articles/:id). */
  terms: readonly string[];
  onTerm: (term: string) => void;
}

/**
 * Text with its glossary words underlined; tapping one asks for its explanation. The same
 * longest-match splitter as the server, so every underlined word has an explanation.
 */
export default function GlossaryText({ text, terms, onTerm }: Props) {
  return (
    <>
      {splitByTerms(text, terms).map((piece, i) =>
        piece.term ? (
          <Text
            key={i}
            className='glossary-term'
            onClick={(e) => {
              e.stopPropagation();
              if (piece.term) onTerm(piece.term);
            }}
          >
            {piece.text}
          </Text>
        ) : (
          <Text key={i}>{piece.text}</Text>
        ),
      )}
    </>
  );
}
