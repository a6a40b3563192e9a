import { fireEvent, render, screen } from '@testing-library/react';
import FilterBar from '../../client/components/FilterBar';
import type { JobFilters } from '../../client/api/jobs';

function renderBar(filters: JobFilters = {}) {
  const onChange = jest.fn<void, [JobFilters]>();
  render(<FilterBar filters={filters} onChange={onChange} />);
  return onChange;
}

describe('FilterBar', () => {
  it('sets the city she picks and keeps the other filters', () => {
    const onChange = renderBar({ tag: 'flexible' });

    fireEvent.click(screen.getByText('全部城市'));
    fireEvent.click(screen.getByRole('option', { name: '九江' }));

    expect(onChange).toHaveBeenCalledWith({ tag: 'flexible', city: 'jiujiang' });
  });

  it('turns a salary choice into a monthly minimum', () => {
    const onChange = renderBar();

    fireEvent.click(screen.getByText('工资不限'));
    fireEvent.click(screen.getByRole('option', { name: '4000 元/月以上' }));

    expect(onChange).toHaveBeenCalledWith({ salaryMin: 4000 });
  });

  it('clears a filter with its 全部 choice and shows the chosen label on the button', () => {
    const onChange = renderBar({ city: 'nanchang' });
    expect(screen.getByText('南昌')).toBeTruthy();

    fireEvent.click(screen.getByText('南昌'));
    fireEvent.click(screen.getByRole('option', { name: '全部城市' }));

    expect(onChange).toHaveBeenCalledWith({ city: undefined });
  });
});
