import { createElement, type PropsWithChildren } from 'react';
import { SessionProvider } from './session/SessionContext';
import { guardAfterQuickExit } from './utils/nav';
import './app.scss';

// Before anything draws: after 快速离开 the back button never brings the app back (H5).
guardAfterQuickExit();

/** The app shell: every page renders inside the session provider. */
function App({ children }: PropsWithChildren) {
  return createElement(SessionProvider, null, children);
}

export default App;
