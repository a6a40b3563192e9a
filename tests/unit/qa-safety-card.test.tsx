import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { SafetyAdvice } from '../../shared/qa';
import SafetyCard from '../../client/packages/qa/components/SafetyCard';

const advice = (over: Partial<SafetyAdvice> = {}): SafetyAdvice => ({
  message: '如果您现在有危险，请马上打 110 报警。',
  hotlines: [
    { number: '110', label: '有危险，马上报警' },
    { number: '12338', label: '妇女维权公益服务热线' },
  ],
  articles: [
    { id: 'dv-protection-order-1', title: '他打我，我能申请人身安全保护令吗？', topic: 'dv-protection-order' },
    { id: 'dv-shelter-1', title: '不敢回家，能去哪里住？', topic: 'dv-shelter' },
  ],
  ...over,
});

describe('SafetyCard', () => {
  beforeEach(() => jest.clearAllMocks());

  it('shows both numbers, 110 and 12338, each as its own button', () => {
    render(<SafetyCard safety={advice()} />);

    expect(screen.getByRole('button', { name: /拨打 110/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /拨打 12338/ })).toBeTruthy();
    expect(screen.getByText('妇女维权公益服务热线')).toBeTruthy();
  });

  it('dials 110 with one tap', () => {
    render(<SafetyCard safety={advice()} />);

    fireEvent.click(screen.getByRole('button', { name: /拨打 110/ }));

    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '110' });
  });

  it('opens the protection-order article from its link', () => {
    render(<SafetyCard safety={advice()} />);

    fireEvent.click(screen.getByText(/人身安全保护令/));

    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/qa/pages/article/index?id=dv-protection-order-1' });
  });

  it('leaves out the reading list when there are no articles', () => {
    render(<SafetyCard safety={advice({ articles: [] })} />);

    expect(screen.queryByText('现在可以看看：')).toBeNull();
    expect(screen.getByRole('button', { name: /拨打 12338/ })).toBeTruthy();
  });
});
