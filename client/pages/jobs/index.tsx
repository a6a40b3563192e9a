import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button, Input, View } from '@tarojs/components';
import type { JobListItem } from '../../../shared/jobs';
import { jobsApi, type JobFilters } from '../../api/jobs';
import { errorText } from '../../api/http';
import HelpStrip from '../../components/HelpStrip';
import JobCard from '../../components/JobCard';
import FilterBar from '../../components/FilterBar';
import { openPage, PAGES } from '../../utils/nav';
import './index.scss';

type Status = 'loading' | 'ready' | 'error';

export default function Jobs() {
  const [filters, setFilters] = useState<JobFilters>({});
  const [keyword, setKeyword] = useState('');
  const [items, setItems] = useState<JobListItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [error, setError] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  // Only the newest request may write the list: a slow answer to old filters is dropped.
  const latest = useRef(0);

  const load = useCallback(async (f: JobFilters) => {
    const ticket = ++latest.current;
    setStatus('loading');
    try {
      const page = await jobsApi.list(f);
      if (ticket !== latest.current) return;
      setItems(page.items);
      setCursor(page.nextCursor);
      setStatus('ready');
    } catch (e) {
      if (ticket !== latest.current) return;
      setError(errorText(e));
      setStatus('error');
    }
  }, []);

  useEffect(() => {
    load(filters);
  }, [filters, load]);

  const loadMore = useCallback(async () => {
    if (!cursor || loadingMore || status !== 'ready') return;
    const ticket = latest.current;
    setLoadingMore(true);
    try {
      const page = await jobsApi.list(filters, cursor);
      if (ticket !== latest.current) return;
      setItems((prev) => [...prev, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      if (ticket === latest.current) setError(errorText(e));
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, filters, loadingMore, status]);

  useReachBottom(() => {
    loadMore();
  });

  usePullDownRefresh(() => {
    load(filters).finally(() => Taro.stopPullDownRefresh());
  });

  const search = () => setFilters((f) => ({ ...f, q: keyword.trim() || undefined }));

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='jobs__search'>
          <Input
            className='jobs__search-input'
            value={keyword}
            placeholder='搜岗位、公司，如：保洁'
            confirmType='search'
            maxlength={30}
            onInput={(e) => setKeyword(e.detail.value)}
            onConfirm={search}
          />
          <Button className='btn small jobs__search-btn' onClick={search}>
            搜索
          </Button>
        </View>
        <FilterBar filters={filters} onChange={setFilters} />
        <View className='jobs__fairs' role='link' onClick={() => openPage(PAGES.fairs)}>
          招聘会：线上线下都有，点这里看 ›
        </View>

        {status === 'loading' && <View className='state'>正在加载…</View>}
        {status === 'error' && (
          <View className='state'>
            <View className='error-text'>{error}</View>
            <Button className='btn plain' onClick={() => load(filters)}>
              重试
            </Button>
          </View>
        )}
        {status === 'ready' && items.length === 0 && <View className='state'>暂时没有合适的岗位，换个条件试试</View>}
        {status === 'ready' && items.length > 0 && (
          <View className='jobs__list'>
            {items.map((job) => (
              <JobCard key={job.id} job={job} onOpen={(id) => openPage(PAGES.jobDetail(id))} />
            ))}
            {cursor ? (
              <Button className='btn plain' loading={loadingMore} onClick={loadMore}>
                {loadingMore ? '正在加载…' : '加载更多'}
              </Button>
            ) : (
              <View className='state'>没有更多了</View>
            )}
          </View>
        )}
      </View>
    </View>
  );
}
