import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { errorText } from '../../api/http';
import { DELETE_CONFIRM_WORD, meApi } from '../../api/me';
import { useSession } from '../../session/SessionContext';
import { confirmDialog } from '../../utils/confirm';
import { saveDiscreet, useDiscreet, useDiscreetFromServer } from '../../utils/discreet';
import { PAGES } from '../../utils/nav';
import './index.scss';

/** What 删除我的全部数据 removes, in her words (PIPL art. 47). */
export const DELETED_ITEMS = [
  '您的账号和登录',
  '您提过的问题，和律师之间的全部留言',
  '您的预约（还没到时间的会先取消，志愿者只会知道“预约有变化”）',
  '您报名的岗位意向',
  '您同意过的授权，和收到的消息',
];

function DeleteDialog({ onClose }: { onClose: () => void }) {
  const { signOut } = useSession();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const ready = typed.trim() === DELETE_CONFIRM_WORD;

  const confirm = async () => {
    if (!ready || busy) return;
    setBusy(true);
    setError('');
    try {
      await meApi.deleteEverything();
      signOut();
      Taro.showToast({ title: '已删除', icon: 'success' });
      await Taro.reLaunch({ url: PAGES.home }).catch(() => undefined);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    <View className='privacy-dialog'>
      <View className='privacy-dialog__box' role='dialog' aria-label='删除我的全部数据'>
        <View className='privacy-dialog__title'>删除我的全部数据</View>
        <View>删除后，下面这些都会没有，不能恢复：</View>
        {DELETED_ITEMS.map((item) => (
          <View key={item} className='privacy-dialog__item'>
            · {item}
          </View>
        ))}
        <View className='muted'>只留下不含任何个人信息的统计数字（例如“本月有多少次咨询”）。</View>
        <View className='privacy-dialog__ask'>确定要删除，请在下面输入“{DELETE_CONFIRM_WORD}”两个字：</View>
        <View className='field'>
          <Input
            className='input'
            value={typed}
            maxlength={10}
            placeholder={`输入“${DELETE_CONFIRM_WORD}”`}
            onInput={(e) => setTyped(e.detail.value)}
          />
        </View>
        {error && <View className='error-text'>{error}</View>}
        <Button className='btn danger' loading={busy} disabled={!ready || busy} onClick={confirm}>
          确认删除
        </Button>
        <Button className='btn plain' disabled={busy} onClick={onClose}>
          不删了
        </Button>
      </View>
    </View>
  );
}

/**
 * 我的 → 隐私和安全: 隐私模式, 在其他设备退出登录 and 删除我的全部数据, for someone whose
 * phone may be checked or taken.
 */
export default function PrivacySettings() {
  const { signOut } = useSession();
  useDiscreetFromServer();
  const discreet = useDiscreet();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');
  const [deleting, setDeleting] = useState(false);

  const toggle = async () => {
    if (saving) return;
    const next = !discreet;
    setSaving(true);
    setError('');
    try {
      await meApi.setDiscreet(next);
      saveDiscreet(next);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const signOutEverywhere = async () => {
    const yes = await confirmDialog({
      title: '在其他设备退出登录',
      content: '所有手机上的登录都会失效，包括这一台。之后要重新登录。',
      confirmText: '全部退出',
    });
    if (!yes) return;
    try {
      await meApi.signOutEverywhere();
      signOut();
      Taro.showToast({ title: '已在所有设备退出', icon: 'none' });
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <View className='card privacy'>
      <View className='privacy__title'>隐私和安全</View>
      <View
        className={`privacy__switch ${discreet ? 'is-on' : ''}`}
        role='switch'
        aria-checked={discreet}
        aria-label='隐私模式'
        aria-busy={saving}
        onClick={toggle}
      >
        <Text>隐私模式{discreet ? '（已打开）' : '（已关闭）'}</Text>
        <View className='privacy__knob' />
      </View>
      <View className='muted privacy__note'>
        打开后，我的提问、我的预约和消息只显示“咨询 1 · 11月28日”这样的字，点“显示”才看得到内容；页面标题也不显示具体内容。
      </View>
      {error && <View className='error-text'>{error}</View>}
      <Button className='btn plain' onClick={signOutEverywhere}>
        在其他设备退出登录
      </Button>
      <Button className='btn plain privacy__delete' onClick={() => setDeleting(true)}>
        删除我的全部数据
      </Button>
      {deleting && <DeleteDialog onClose={() => setDeleting(false)} />}
    </View>
  );
}
