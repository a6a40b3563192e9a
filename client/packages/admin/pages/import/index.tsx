import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { IMPORT_MAX_BYTES, type ImportResult } from '../../../../../shared/jobs';
import { adminApi } from '../../../../api/admin';
import { errorText } from '../../../../api/http';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import '../../console.scss';

const TOO_BIG = '文件超过 2 MB，请分成几个文件再导入';

/** In WeChat the sheet comes from a chat (an employer forwarded it): chooseMessageFile. */
async function pickInWeChat(): Promise<{ name: string; data: ArrayBuffer } | null> {
  const chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] }).catch(() => null);
  const file = chosen?.tempFiles[0];
  if (!file) return null;
  if (file.size > IMPORT_MAX_BYTES) throw new Error(TOO_BIG);
  const data = await new Promise<ArrayBuffer>((ok, fail) =>
    Taro.getFileSystemManager().readFile({
      filePath: file.path,
      success: (r) => ok(r.data as ArrayBuffer),
      fail,
    }),
  );
  return { name: file.name, data };
}

/** Import postings from the template sheet; shows what was saved and which rows need fixing. */
export default function ImportJobs() {
  const [fileName, setFileName] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const upload = async (name: string, data: ArrayBuffer) => {
    setFileName(name);
    setResult(null);
    setError('');
    if (data.byteLength > IMPORT_MAX_BYTES) {
      setError(TOO_BIG);
      return;
    }
    setBusy(true);
    try {
      setResult(await adminApi.importJobs(data));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const chooseWeChat = async () => {
    try {
      const picked = await pickInWeChat();
      if (picked) await upload(picked.name, picked.data);
    } catch (e) {
      setError(e instanceof Error && e.message === TOO_BIG ? TOO_BIG : errorText(e));
    }
  };

  const onH5File = async (e: { target: EventTarget | null }) => {
    const input = e.target as HTMLInputElement | null;
    const file = input?.files?.[0];
    if (!file) return;
    await upload(file.name, await file.arrayBuffer());
    if (input) input.value = '';
  };

  const template = async () => {
    try {
      await adminApi.importTemplate();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Screen title='从 Excel 导入岗位'>
      <NeedLogin line='请先登录工作人员账号。' roles={['staff']} roleLine='只有妇联工作人员能打开这个页面。'>
        <View className='muted'>
          请用模板填写，每行一个岗位，最多 2000 行、2 MB。再次导入同一个岗位编号，会更新原来的岗位，不会重复。
        </View>
        <Button className='btn plain small' onClick={template}>
          下载模板
        </Button>
        {process.env.TARO_ENV === 'h5' ? (
          <View className='field'>
            <View className='label'>选择 Excel 文件（.xlsx）</View>
            <input type='file' accept='.xlsx' aria-label='选择 Excel 文件' disabled={busy} onChange={(e) => void onH5File(e)} />
          </View>
        ) : (
          <Button className='btn' disabled={busy} onClick={chooseWeChat}>
            从聊天记录选择 Excel 文件
          </Button>
        )}
        {busy && <View className='state'>正在导入 {fileName}…</View>}
        {error && (
          <View className='error-text' role='alert'>
            {error}
          </View>
        )}
        {result && (
          <View className='card' aria-label='导入结果'>
            <View className='console-ok'>
              新增 {result.created} 个岗位，更新 {result.updated} 个岗位。
            </View>
            {result.errors.length > 0 && (
              <View>
                <View className='console-notice'>有 {result.errors.length} 处需要修改，这些行没有导入：</View>
                {result.errors.map((e) => (
                  <View key={`${e.row}-${e.column}`} className='console-card__line'>
                    第 {e.row} 行「{e.column}」：{e.message}
                  </View>
                ))}
              </View>
            )}
          </View>
        )}
      </NeedLogin>
    </Screen>
  );
}
