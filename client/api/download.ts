import Taro from '@tarojs/taro';
import { XLSX_CONTENT_TYPE } from '../../shared/jobs';
import { ApiError, buildUrl, signInHeader, type Query } from './http';
import { readToken } from './session';

function refused(statusCode: number): ApiError {
  if (statusCode === 403) return new ApiError('FORBIDDEN', statusCode);
  if (statusCode === 404) return new ApiError('NOT_FOUND', statusCode);
  return new ApiError('BAD_RESPONSE', statusCode);
}

/**
 * A spreadsheet the API answers as binary (staff exports, the import template): in WeChat it
 * opens in the document viewer (from where she forwards or saves it); in H5 the browser saves
 * it as `filename`.
 */
export async function downloadSheet(path: string, query: Query, filename: string): Promise<void> {
  const header = signInHeader(readToken());
  const url = buildUrl(path, query);
  if (process.env.TARO_ENV === 'weapp') {
    const file = await Taro.downloadFile({ url, header }).catch(() => {
      throw new ApiError('NETWORK', 0);
    });
    if (file.statusCode !== 200) throw refused(file.statusCode);
    await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'xlsx', showMenu: true });
    return;
  }
  const res = await Taro.request<ArrayBuffer>({ url, header, responseType: 'arraybuffer', dataType: '其他' }).catch(() => {
    throw new ApiError('NETWORK', 0);
  });
  if (res.statusCode !== 200) throw refused(res.statusCode);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([res.data], { type: XLSX_CONTENT_TYPE }));
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
