import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Role } from '../../../shared/common';
import { DEMO_ACCOUNTS } from '../../../shared/demo-accounts';
import { errorText } from '../../api/http';
import MyIntentions from '../../components/MyIntentions';
import PrivacySettings from '../../components/PrivacySettings';
import Screen from '../../components/Screen';
import { useSession } from '../../session/SessionContext';
import { forgetReturn, takeReturn } from '../../session/returnTo';
import { roleLabel } from '../../utils/format';
import { confirmDialog } from '../../utils/confirm';
import { openPage } from '../../utils/nav';
import './index.scss';

/**
 * Entries to other areas, shown by role. Areas that have not shipped their pages yet
 * answer "即将上线" (openPage catches the failed navigation).
 */
const ENTRIES: { label: string; url: string; roles: Role[] }[] = [
  { label: '我的提问', url: '/packages/qa/pages/my-questions/index', roles: ['resident'] },
  { label: '我的预约', url: '/packages/booking/pages/my-bookings/index', roles: ['resident'] },
  { label: '申请成为志愿者', url: '/packages/booking/pages/apply-volunteer/index', roles: ['resident'] },
  { label: '志愿者工作台', url: '/packages/volunteer/pages/workbench/index', roles: ['volunteer'] },
  { label: '妇联工作台', url: '/packages/admin/pages/console/index', roles: ['staff'] },
  { label: '我的转介', url: '/packages/referral/pages/mine/index', roles: ['resident'] },
  { label: '社区妇联工作者登记', url: '/packages/community/pages/apply/index', roles: ['resident'] },
  { label: '社区工作台', url: '/packages/community/pages/workbench/index', roles: ['worker'] },
  { label: '转介跟进情况', url: '/packages/community/pages/district/index', roles: ['staff'] },
  { label: '内容反馈', url: '/packages/admin/pages/reports/index', roles: ['staff'] },
  { label: '我报名的活动', url: '/packages/events/pages/mine/index', roles: ['resident'] },
  { label: '我的志愿服务', url: '/packages/events/pages/hours/index', roles: ['volunteer'] },
  { label: '我组织的活动', url: '/packages/events/pages/organised/index', roles: ['volunteer', 'staff'] },
  { label: '志愿服务时长', url: '/packages/events/pages/admin-hours/index', roles: ['staff'] },
];

function SignIn() {
  const { signIn } = useSession();
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (key: string, code: () => Promise<string>) => {
    setBusy(key);
    try {
      await signIn(await code());
      Taro.showToast({ title: '登录成功', icon: 'success' });
      // "登录后回到这里": the page that sent her here to sign in opens again.
      const back = takeReturn();
      if (back) void openPage(back, { fresh: true });
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
    } finally {
      setBusy(null);
    }
  };

  if (process.env.TARO_ENV === 'h5') {
    return (
      <View>
        <View className='title'>选择演示账号</View>
        <View className='muted me__hint'>这是本地演示版，点一个账号就能登录。</View>
        {DEMO_ACCOUNTS.map((a) => (
          <View
            key={a.handle}
            className='card me__account'
            role='button'
            aria-busy={busy === a.handle}
            onClick={() => busy === null && run(a.handle, async () => `local:${a.handle}`)}
          >
            <Text className='me__account-name'>{a.displayName}</Text>
            <Text className='muted'>{busy === a.handle ? '正在登录…' : a.note}</Text>
          </View>
        ))}
      </View>
    );
  }
  return (
    <View>
      <View className='title'>登录</View>
      <View className='muted me__hint'>登录后可以报名岗位、提问和预约律师。</View>
      <Button
        className='btn'
        loading={busy === 'wechat'}
        onClick={() => run('wechat', async () => (await Taro.login()).code)}
      >
        微信一键登录
      </Button>
    </View>
  );
}

export default function Me() {
  const { user, signOut, refresh } = useSession();
  useDidShow(() => {
    void refresh();
  });

  const confirmSignOut = async () => {
    const yes = await confirmDialog({ title: '退出登录', content: '确定要退出登录吗？', confirmText: '退出' });
    if (!yes) return;
    forgetReturn();
    signOut();
  };

  return (
    <Screen>
      {!user && <SignIn />}
      {user && (
        <View>
          <View className='card me__profile'>
            <Text className='me__name'>{user.displayName}</Text>
            <Text className='muted'>{roleLabel(user.role)}</Text>
          </View>

          <View className='me__entries'>
            {ENTRIES.filter((e) => e.roles.includes(user.role)).map((e) => (
              <View key={e.url} className='me__entry' role='link' onClick={() => openPage(e.url)}>
                <Text>{e.label}</Text>
                <Text className='muted'>›</Text>
              </View>
            ))}
          </View>

          {user.role === 'resident' && <MyIntentions />}

          <PrivacySettings />

          <Button className='btn plain' onClick={confirmSignOut}>
            退出登录
          </Button>
        </View>
      )}
    </Screen>
  );
}
