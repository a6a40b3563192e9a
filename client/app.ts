import { createElement, type PropsWithChildren } from 'react';
import { SessionProvider } from './session/SessionContext';
import './app.scss';

/** The app shell: every page renders inside the session provider. */
function App({ children }: PropsWithChildren) {
  return createElement(SessionProvider, null, children);
}

export default App;
