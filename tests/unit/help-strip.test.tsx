import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HelpStrip from '../../client/components/HelpStrip';

describe('HelpStrip', () => {
  beforeEach(() => jest.clearAllMocks());

  it('shows 110 and 12338 with their names once she opens the help numbers', () => {
    render(<HelpStrip />);
    expect(screen.queryByText('12338')).toBeNull();

    fireEvent.click(screen.getByText('求助电话'));

    expect(screen.getByText('110')).toBeTruthy();
    expect(screen.getByText('报警')).toBeTruthy();
    expect(screen.getByText('12338')).toBeTruthy();
    expect(screen.getByText('妇女维权热线')).toBeTruthy();
  });

  it('dials the number she taps', () => {
    render(<HelpStrip />);
    fireEvent.click(screen.getByText('求助电话'));

    fireEvent.click(screen.getByRole('button', { name: /12338/ }));

    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12338' });
  });

  it('replaces the whole page stack with the neutral page on 快速离开', () => {
    render(<HelpStrip />);

    fireEvent.click(screen.getByText('快速离开'));

    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/neutral/index' });
  });
});
