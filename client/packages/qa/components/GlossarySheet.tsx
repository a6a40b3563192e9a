import { Button, View } from '@tarojs/components';
import type { GlossaryEntry } from '../../../../shared/qa';
import './glossary.scss';

interface Props {
  entry: GlossaryEntry;
  onClose: () => void;
}

/** A small sheet at the bottom of the screen: the word and its plain explanation. */
export default function GlossarySheet({ entry, onClose }: Props) {
  return (
    <View className='glossary-sheet' onClick={onClose}>
      <View
        className='glossary-sheet__box'
        role='dialog'
        aria-label={`${entry.term}是什么意思`}
        onClick={(e) => e.stopPropagation()}
      >
        <View className='glossary-sheet__term'>{entry.term}</View>
        <View className='glossary-sheet__text'>{entry.explanation}</View>
        <Button className='btn' onClick={onClose}>
          知道了
        </Button>
      </View>
    </View>
  );
}
