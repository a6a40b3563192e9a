import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Box, Press, Words } from '../plain';
import HelpStrip from '../HelpStrip';
import { useDiscreet } from '../../utils/discreet-flag';
import { NEUTRAL_TITLE } from '../../utils/nav';
import { dropFirstScreen } from '../../utils/first-screen';
import './index.scss';

/** What `useLoaded(...).load` and `usePagedList(...).state` hand to a screen. */
export interface LoadView {
  loading?: boolean;
  error?: string;
  retry?: () => void;
}

const TAB_PATHS = ['/pages/index/index', '/pages/qa/index', '/pages/jobs/index', '/pages/me/index'];
const HOME = '/pages/index/index';

/** An inner page of the H5 build: there is no native back button there. */
function isInnerH5Page(path: string | undefined): boolean {
  if (process.env.TARO_ENV !== 'h5' || !path) return false;
  return !TAB_PATHS.includes(path.split('?')[0]);
}

function goBack(): void {
  const depth = typeof Taro.getCurrentPages === 'function' ? Taro.getCurrentPages().length : 0;
  // Opened from a link (nothing to go back to): go home instead of doing nothing.
  if (depth > 1) void Taro.navigateBack().catch(() => Taro.switchTab({ url: HOME }).catch(() => undefined));
  else void Taro.switchTab({ url: HOME }).catch(() => undefined);
}

/**
 * 正在加载 / the error with 重试 / an empty line: one look for every page and list.
 * Use it inside a page for one section (a list under filters); `<Screen load>` uses it
 * for the whole page.
 */
export function LoadState({
  loading,
  error,
  retry,
  onRetry,
  loadingText = '正在加载…',
}: LoadView & { loadingText?: string; onRetry?: () => void }) {
  const again = retry ?? onRetry;
  if (error) {
    return (
      <Box className='state' role='alert'>
        <Box className='error-text'>{error}</Box>
        {again && (
          <Press className='btn plain state__retry' onClick={again}>
            重试
          </Press>
        )}
      </Box>
    );
  }
  return loading ? <Box className='state'>{loadingText}</Box> : null;
}

/** The line shown when a list or page has nothing to show yet. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <Box className='state screen__empty'>{children}</Box>;
}

interface Props {
  /** The page heading (and the bar title); omit on a page whose content has its own heading. */
  title?: string;
  children?: ReactNode;
  /** While loading or failed, the state shows instead of the children. */
  load?: LoadView;
  loadingText?: string;
  /** When set (and not loading), this line shows instead of the children. */
  empty?: string | false;
  /** Force the back arrow on or off (default: on for inner pages of the H5 build). */
  back?: boolean;
  /** Dialogs and other overlays: rendered outside the padded page body. */
  overlay?: ReactNode;
  /** Extra class on the padded body (e.g. a page's own layout class). */
  className?: string;
}

/**
 * The frame of every page: the help strip (help numbers and quick exit), a back arrow
 * on inner H5 pages, the title, and the page's load / empty / error states.
 *
 *   export default function MyBookings() {
 *     const list = usePagedList((_: void, cursor?: string) => bookingsApi.myBookings(cursor));
 *     useEffect(() => { void list.load(); }, []);
 *     return (
 *       <Screen title='我的预约' load={list.state} empty={list.items.length === 0 && '现在没有预约。'}>
 *         {list.items.map((b) => <BookingCard key={b.id} b={b} />)}
 *         <ListFooter list={list} />
 *       </Screen>
 *     );
 *   }
 *
 * Pages that need sign-in put `<NeedLogin>` inside: `<Screen title='…'><NeedLogin line='…'>…</NeedLogin></Screen>`.
 */
export default function Screen({ title, children, load, loadingText, empty, back, overlay, className }: Props) {
  const { path } = useRouter() as { path?: string };
  const showBack = back ?? isInnerH5Page(path);

  // 隐私模式: the bar (document.title in H5) never names the page or the app.
  const discreet = useDiscreet();
  // H5: the home's HTML copy (index.html) gives way in the same frame this page first draws.
  useLayoutEffect(dropFirstScreen, []);
  useEffect(() => {
    const barTitle = discreet ? NEUTRAL_TITLE : title;
    if (barTitle && typeof Taro.setNavigationBarTitle === 'function') {
      void Promise.resolve(Taro.setNavigationBarTitle({ title: barTitle })).catch(() => undefined);
    }
  }, [title, discreet]);

  const stateShown = Boolean(load && (load.error || load.loading));
  let body: ReactNode = children;
  if (stateShown && load) body = <LoadState {...load} loadingText={loadingText} />;
  else if (empty) body = <EmptyState>{empty}</EmptyState>;

  return (
    <Box className='screen'>
      <HelpStrip />
      <Box className={`page ${className ?? ''}`}>
        {(showBack || title) && (
          <Box className='screen__head'>
            {showBack && (
              <Box className='screen__back' role='button' aria-label='返回上一页' onClick={goBack}>
                <Words className='screen__back-arrow'>‹</Words>
                <Words>返回</Words>
              </Box>
            )}
            {title && <Box className='title screen__title'>{title}</Box>}
          </Box>
        )}
        {body}
      </Box>
      {overlay}
    </Box>
  );
}
