import { useReachBottom } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';

interface ListLike {
  items: readonly unknown[];
  status: string;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: string;
  loadMore: () => unknown;
}

/**
 * The end of a paged list: 加载更多 while the server has more (also on scrolling to the
 * bottom), a retry when the next page failed, and 没有更多了 at the real end — never a
 * list that stops quietly. `more` renames the button (e.g. 看更多).
 */
export default function ListFooter({ list, more = '加载更多', auto = true }: { list: ListLike; more?: string; auto?: boolean }) {
  useReachBottom(() => {
    if (auto) void list.loadMore();
  });
  if (list.status !== 'ready' || list.items.length === 0) return null;
  if (list.moreError) {
    return (
      <View className='state list-footer'>
        <View className='error-text'>{list.moreError}</View>
        <Button className='btn plain' onClick={() => void list.loadMore()}>
          重试
        </Button>
      </View>
    );
  }
  if (list.hasMore) {
    return (
      <Button className='btn plain list-footer' loading={list.loadingMore} onClick={() => void list.loadMore()}>
        {list.loadingMore ? '正在加载…' : more}
      </Button>
    );
  }
  return <View className='muted list-footer list-footer--end'>没有更多了</View>;
}
