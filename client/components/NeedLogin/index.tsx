import type { ReactNode } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import type { Role } from '../../../shared/common';
import { useSession } from '../../session/SessionContext';
import { pageUrl, rememberReturn } from '../../session/returnTo';
import { roleLabel } from '../../utils/format';

const ME = '/pages/me/index';

interface Props {
  /** Why she needs to sign in here, e.g. 预约前请先登录。 */
  line: string;
  /** Roles that may use the page; others see `roleLine`. */
  roles?: readonly Role[];
  roleLine?: string;
  /** What the page shows once she is signed in (with an allowed role). */
  children?: ReactNode;
}

/**
 * The one login gate. Signed out, it says why and offers 去登录; the page she is on is
 * remembered, and 我的 brings her back to it after sign-in (H5 and weapp).
 * Signed in, it shows its children.
 */
export default function NeedLogin({ line, roles, roleLine, children }: Props) {
  const { user } = useSession();
  const router = useRouter() as { path?: string; params: Record<string, string | undefined> };

  if (!user) {
    const goSignIn = () => {
      if (router.path) rememberReturn(pageUrl(router.path, router.params));
      void Taro.switchTab({ url: ME }).catch(() => undefined);
    };
    return (
      <View className='card need-login'>
        <View>{line}</View>
        <View className='muted'>登录后会回到这一页。</View>
        <Button className='btn' onClick={goSignIn}>
          去登录
        </Button>
      </View>
    );
  }
  if (roles && !roles.includes(user.role)) {
    return (
      <View className='card need-login'>
        {roleLine ?? `现在登录的是${roleLabel(user.role)}账号，这一页不能用。`}
      </View>
    );
  }
  return <>{children}</>;
}
