import { create } from 'qrcode';
import { View } from '@tarojs/components';

/**
 * A QR code drawn as rows of small views from the qrcode library's module matrix: the same
 * markup works in WeChat and in the browser, with no canvas to size or redraw.
 */
export default function QrCode({ text }: { text: string }) {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const rows = Array.from({ length: modules.size }, (_, r) =>
    Array.from({ length: modules.size }, (_, c) => modules.get(r, c) === 1),
  );
  return (
    <View className='qr__grid' role='img' aria-label='签到二维码'>
      {rows.map((row, r) => (
        <View key={r} className='qr__row'>
          {row.map((on, c) => (
            <View key={c} className={`qr__cell ${on ? 'is-on' : ''}`} />
          ))}
        </View>
      ))}
    </View>
  );
}
