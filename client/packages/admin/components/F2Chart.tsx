import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Canvas as TaroCanvas, View } from '@tarojs/components';
import { Axis, Canvas, Chart, Interval, Legend, Line, jsx } from '@antv/f2';
import { COLORS } from '../../../styles/colors';

export interface ChartDatum {
  x: string;
  y: number;
  /** The series (e.g. 提问 / 解答) when several share the chart. */
  series?: string;
}

interface Props {
  /** Unique on the page: the weapp canvas is found by it. */
  id: string;
  title: string;
  kind: 'bar' | 'line';
  data: ChartDatum[];
  height?: number;
}

/** F2's element factory, typed loosely: its declared ElementType does not admit its own generic components. */
const el = jsx as unknown as (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => ReturnType<typeof jsx>;

const PALETTE = [COLORS.brand, COLORS.info, COLORS.ok, COLORS.warn, COLORS['brand-dark'], COLORS.faint];

/** The F2 element tree for one chart (F2's own JSX runtime, called as functions beside React). */
function tree(kind: Props['kind'], data: ChartDatum[]) {
  const series = data.some((d) => d.series);
  const color = series ? { field: 'series', range: PALETTE } : PALETTE[0];
  const geometry =
    kind === 'bar'
      ? el(Interval, { x: 'x', y: 'y', color, adjust: series ? 'dodge' : undefined })
      : el(Line, { x: 'x', y: 'y', color });
  return el(
    Chart,
    { data, scale: { y: { min: 0, tickCount: 4, nice: true } } },
    el(Axis, { field: 'x', style: { label: { fontSize: 11 } } }),
    el(Axis, { field: 'y', style: { label: { fontSize: 11 } } }),
    geometry,
    series ? el(Legend, { position: 'top' }) : null,
  );
}

async function contextOf(id: string, h5Canvas: HTMLCanvasElement | null, height: number) {
  if (process.env.TARO_ENV === 'h5') {
    if (!h5Canvas) return null;
    const width = h5Canvas.clientWidth || 320;
    const ratio = window.devicePixelRatio || 1;
    h5Canvas.width = width * ratio;
    h5Canvas.height = height * ratio;
    return { context: h5Canvas.getContext('2d'), width, height, ratio };
  }
  // WeChat: a type="2d" canvas node, found after the page rendered it.
  const node = await new Promise<{ node?: { getContext(t: string): CanvasRenderingContext2D; width: number; height: number }; width: number }>(
    (ok) =>
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res) => ok(res[0] ?? { width: 0 })),
  );
  if (!node.node) return null;
  const ratio = Taro.getSystemInfoSync().pixelRatio;
  node.node.width = node.width * ratio;
  node.node.height = height * ratio;
  return { context: node.node.getContext('2d'), width: node.width, height, ratio };
}

/**
 * A chart drawn with AntV F2 on a canvas: a plain <canvas> in H5, a type="2d" canvas in WeChat.
 * Lives in the admin subpackage so F2 never reaches the main package.
 */
export default function F2Chart({ id, title, kind, data, height = 220 }: Props) {
  const h5Ref = useRef<HTMLCanvasElement | null>(null);
  const chart = useRef<Canvas | null>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    let gone = false;
    const draw = async () => {
      const found = await contextOf(id, h5Ref.current, height);
      if (gone || !found?.context) return;
      const children = tree(kind, data);
      if (chart.current) {
        await chart.current.update({ ...chart.current.props, children });
      } else {
        chart.current = new Canvas({
          context: found.context,
          width: found.width,
          height: found.height,
          pixelRatio: found.ratio,
          animate: false,
          children,
        });
        await chart.current.render();
      }
      if (!gone) setDrawn(true);
    };
    // After layout, so the canvas has its width.
    const timer = setTimeout(() => void draw(), 0);
    return () => {
      gone = true;
      clearTimeout(timer);
    };
  }, [id, kind, data, height]);

  useEffect(() => () => chart.current?.destroy(), []);

  return (
    <View className='chart' aria-label={title} data-drawn={drawn ? 'true' : 'false'}>
      <View className='chart__title'>{title}</View>
      {data.length === 0 ? (
        <View className='muted'>这段时间还没有数据。</View>
      ) : process.env.TARO_ENV === 'h5' ? (
        <canvas ref={h5Ref} className='chart__canvas' style={{ height: `${height}px` }} />
      ) : (
        <TaroCanvas type='2d' id={id} className='chart__canvas' style={{ height: `${height}px` }} />
      )}
    </View>
  );
}
