import { useState } from 'react';
import { callPhone, quickExit } from '../../utils/nav';
import { Box, Words } from '../plain';
import './index.scss';

export const HELP_LINES = [
  { number: '110', name: '报警', note: '有危险，马上打' },
  { number: '12338', name: '妇女维权热线', note: '咨询、求助、投诉' },
] as const;

/**
 * A small bar on every page: help numbers one tap away, and a quick exit to a
 * neutral page for someone who may be watched. The words stay plain and discreet.
 */
export default function HelpStrip() {
  const [open, setOpen] = useState(false);

  return (
    <Box className='help-strip'>
      <Box className='help-strip__bar'>
        <Box
          className='help-strip__btn'
          role='button'
          aria-expanded={open}
          onClick={() => setOpen((v) => !v)}
        >
          {open ? '收起电话' : '求助电话'}
        </Box>
        <Box className='help-strip__btn help-strip__btn--exit' role='button' onClick={quickExit}>
          快速离开
        </Box>
      </Box>
      {open && (
        <Box className='help-strip__card' role='dialog' aria-label='求助电话'>
          {HELP_LINES.map((line) => (
            <Box
              key={line.number}
              className='help-strip__line'
              role='button'
              aria-label={`拨打 ${line.number} ${line.name}`}
              onClick={() => callPhone(line.number)}
            >
              <Box>
                <Words className='help-strip__number'>{line.number}</Words>
                <Words className='help-strip__name'>{line.name}</Words>
              </Box>
              <Words className='help-strip__note'>{line.note} ›</Words>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
