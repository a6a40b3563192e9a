import { createElement, type PropsWithChildren } from 'react';
import { SessionProvider } from './session/SessionContext';
import { guardAfterQuickExit } from './utils/nav';
import './app.scss';

// Before anything draws: after 快速离开 the back button never brings the app back (H5).
guardAfterQuickExit();

// H5: the home page, the first screen of nearly every visit, ships inside app.js, so the
// router finds it loaded instead of asking for its chunk only after app.js has run (one
// round trip less before the first screen; slow-phone bench, README perf). It also takes
// Screen and the Taro component table out of every other page's chunk. Weapp builds drop
// this branch (TARO_ENV is a build-time constant there).
if (process.env.TARO_ENV === 'h5') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./pages/index/index');
}

/** The app shell: every page renders inside the session provider. */
function App({ children }: PropsWithChildren) {
  return createElement(SessionProvider, null, children);
}

export default App;
