import { useEffect } from 'react';
import Screen from '../../components/Screen';
import { openPage } from '../../utils/nav';
import { Box, Words } from '../../components/plain';
import { prefetchJobsTab } from './prefetch';
import { HOME_INTRO, HOME_TITLE, SERVICE_GO, SERVICES } from './services';
import './index.scss';

export default function Home() {
  useEffect(prefetchJobsTab, []);

  return (
    <Screen>
      <Box className='title'>{HOME_TITLE}</Box>
      <Box className='muted home__intro'>{HOME_INTRO}</Box>
      {SERVICES.map((s) => (
        <Box key={s.key} className='card home__service' role='link' onClick={() => openPage(s.url)}>
          <Words className='home__service-title'>{s.title}</Words>
          <Words className='home__service-line'>{s.line}</Words>
          <Words className='home__service-go'>{SERVICE_GO}</Words>
        </Box>
      ))}
    </Screen>
  );
}
