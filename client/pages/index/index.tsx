import { useEffect } from 'react';
import Screen from '../../components/Screen';
import { openPage, PAGES } from '../../utils/nav';
import { Box, Words } from '../../components/plain';
import { prefetchJobsTab } from './prefetch';
import './index.scss';

const SERVICES = [
  { key: 'qa', title: '法律问答', line: '婚姻、家暴、孩子、工作的法律问题，用大白话讲清楚', url: PAGES.qa },
  { key: 'booking', title: '预约律师', line: '约志愿律师面对面、打电话或视频，免费咨询', url: '/packages/booking/pages/slots/index' },
  { key: 'jobs', title: '春风岗位', line: '找离家近、时间灵活的工作，报名后妇联帮您联系', url: PAGES.jobs },
  { key: 'events', title: '普法活动', line: '社区里的普法讲座和法律咨询日，报名就能去，可以不留名', url: '/packages/events/pages/list/index' },
] as const;

export default function Home() {
  useEffect(prefetchJobsTab, []);

  return (
    <Screen>
      <Box className='title'>您好，这里是她援</Box>
      <Box className='muted home__intro'>妇联和志愿律师为您提供免费帮助。</Box>
      {SERVICES.map((s) => (
        <Box key={s.key} className='card home__service' role='link' onClick={() => openPage(s.url)}>
          <Words className='home__service-title'>{s.title}</Words>
          <Words className='home__service-line'>{s.line}</Words>
          <Words className='home__service-go'>进入 ›</Words>
        </Box>
      ))}
    </Screen>
  );
}
