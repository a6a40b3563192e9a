import { useEffect, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { jobsMain, type JobFilters } from '../../api/main';
import { takeFirstJobs } from '../../api/prefetch';
import ListFooter from '../../components/ListFooter';
import Screen, { EmptyState, LoadState } from '../../components/Screen';
import SearchBox from '../../components/SearchBox';
import { usePagedList } from '../../hooks/usePagedList';
import JobCard from '../../components/JobCard';
import FilterBar from '../../components/FilterBar';
import { openPage, PAGES } from '../../utils/nav';
import './index.scss';

/** The list's reader: the unfiltered first page may already be on its way (home prefetches it on H5). */
function readJobs(filters: JobFilters, cursor?: string) {
  const unfiltered = !cursor && Object.values(filters).every((v) => v === undefined);
  const early = unfiltered ? takeFirstJobs() : null;
  return early ? early.catch(() => jobsMain.list(filters)) : jobsMain.list(filters, cursor);
}

export default function Jobs() {
  const [filters, setFilters] = useState<JobFilters>({});
  const [keyword, setKeyword] = useState('');
  const list = usePagedList(readJobs);
  const { items, status, load } = list;

  useEffect(() => {
    load(filters);
  }, [filters, load]);

  usePullDownRefresh(() => {
    load(filters).finally(() => Taro.stopPullDownRefresh());
  });

  const search = () => setFilters((f) => ({ ...f, q: keyword.trim() || undefined }));

  return (
    <Screen>
      <View className='jobs__search'>
        <SearchBox
          label='搜索岗位'
          value={keyword}
          placeholder='搜岗位、公司，如：保洁'
          maxlength={30}
          onInput={setKeyword}
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

      <LoadState {...list.state} />
      {status === 'ready' && items.length === 0 && <EmptyState>暂时没有合适的岗位，换个条件试试。</EmptyState>}
      {status === 'ready' && items.length > 0 && (
        <View className='jobs__list'>
          {items.map((job) => (
            <JobCard key={job.id} job={job} onOpen={(id) => openPage(PAGES.jobDetail(id))} />
          ))}
          <ListFooter list={list} />
        </View>
      )}
    </Screen>
  );
}
