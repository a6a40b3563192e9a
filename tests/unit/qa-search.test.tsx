import { act, render } from '@testing-library/react';
import type { TopicSummary } from '../../shared/qa';
import { groupTopics, SEARCH_DELAY_MS, useSearchInput } from '../../client/pages/qa/search';
import { basisLabel, bodyLines } from '../../client/packages/qa/components/labels';

describe('useSearchInput', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function Probe({ send, onReady }: { send: (term: string) => void; onReady: (change: (term: string) => void) => void }) {
    onReady(useSearchInput(send));
    return null;
  }

  it('sends her first words from the input handler itself, then waits for her to stop typing', () => {
    const send = jest.fn();
    let change: (term: string) => void = () => undefined;
    render(<Probe send={send} onReady={(c) => (change = c)} />);

    change('老公打我');
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenLastCalledWith('老公打我');

    act(() => jest.advanceTimersByTime(100));
    change('老公打我怎么');
    change('老公打我怎么办');
    change('老公打我怎么办');
    act(() => jest.advanceTimersByTime(SEARCH_DELAY_MS - 1));
    expect(send).toHaveBeenCalledTimes(1);
    act(() => jest.advanceTimersByTime(1));
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith('老公打我怎么办');

    act(() => jest.advanceTimersByTime(SEARCH_DELAY_MS));
    change('离婚');
    expect(send).toHaveBeenCalledTimes(3);
    expect(send).toHaveBeenLastCalledWith('离婚');
  });
});

describe('groupTopics', () => {
  const topic = (id: TopicSummary['id'], group: TopicSummary['group'], articleCount = 1): TopicSummary => ({
    id,
    title: id,
    group,
    articleCount,
  });

  it('puts topics under their theme in the fixed order and drops empty themes', () => {
    const groups = groupTopics([topic('custody', 'children'), topic('dv-shelter', 'dv'), topic('wage-arrears', 'work', 0)]);

    expect(groups.map((g) => g.title)).toEqual(['家庭暴力', '孩子']);
    expect(groups[0]?.topics.map((t) => t.id)).toEqual(['dv-shelter']);
  });
});

describe('article labels', () => {
  it('writes the law in book-title marks once', () => {
    expect(basisLabel({ law: '反家庭暴力法', article: '第二十三条' })).toBe('《反家庭暴力法》第二十三条');
    expect(basisLabel({ law: '《民法典》', article: '第一千零七十九条' })).toBe('《民法典》第一千零七十九条');
  });

  it('marks numbered lines of a body as steps and drops empty lines', () => {
    expect(bodyLines('先报警。\n\n1. 去医院。\n2、拍照。')).toEqual([
      { text: '先报警。', step: false },
      { text: '1. 去医院。', step: true },
      { text: '2、拍照。', step: true },
    ]);
  });
});
