import { Text, View } from '@tarojs/components';

/*
 * Boxes and words of the first screen (the page frame in Screen, the help strip, the home's
 * cards). On H5 every Taro View and Text is a custom element that Stencil constructs,
 * connects, styles and renders in a frame of its own; these are static text and taps, which a
 * plain div and span do as well, at a fraction of the work on a slow phone (slow-phone bench,
 * README perf). Weapp keeps View and Text (the branch is a
 * build-time constant). Same class names, so the same styles apply.
 */
export const Box = (process.env.TARO_ENV === 'h5' ? 'div' : View) as typeof View;
export const Words = (process.env.TARO_ENV === 'h5' ? 'span' : Text) as typeof Text;
