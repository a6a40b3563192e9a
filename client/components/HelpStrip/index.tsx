import { useState } from 'react';
import { callPhone, quickExit } from '../../utils/nav';
import { Box, Words } from '../plain';
import { HELP_CLOSE, HELP_LINES, HELP_OPEN, helpLineLabel, QUICK_EXIT } from './lines';
import './index.scss';

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
          {open ? HELP_CLOSE : HELP_OPEN}
        </Box>
        <Box className='help-strip__btn help-strip__btn--exit' role='button' onClick={quickExit}>
          {QUICK_EXIT}
        </Box>
      </Box>
      {open && (
        <Box className='help-strip__card' role='dialog' aria-label='求助电话'>
          {HELP_LINES.map((line) => (
            <Box
              key={line.number}
              className='help-strip__line'
              role='button'
              aria-label={helpLineLabel(line)}
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
