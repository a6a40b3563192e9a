import { useEffect, useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button, Input, View } from '@tarojs/components';
import { jobsApi, type JobFilters } from '../../api/jobs';
import { LoadState, usePagedList } from '../../components/Loaded';
import HelpStrip from '../../components/HelpStrip';
import JobCard from '../../components/JobCard';
import FilterBar from '../../components/FilterBar';
import { openPage, PAGES } from '../../utils/nav';
import './index.scss';

export default function Jobs() {
  const [filters, setFilters] = useState<JobFilters>({});
  const [keyword, setKeyword] = useState('');
  const { items, status, error, loadingMore, hasMore, load, loadMore } = usePagedList(jobsApi.list);

  useEffect(() => {
    load(filters);
  }, [filters, load]);

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

        <LoadState error={status === 'error' ? error : ''} loading={status === 'loading'} onRetry={() => load(filters)} />
        {status === 'ready' && items.length === 0 && <View className='state'>暂时没有合适的岗位，换个条件试试</View>}
        {status === 'ready' && items.length > 0 && (
          <View className='jobs__list'>
            {items.map((job) => (
              <JobCard key={job.id} job={job} onOpen={(id) => openPage(PAGES.jobDetail(id))} />
            ))}
            {hasMore ? (
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
