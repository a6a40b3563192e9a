import { Button, Text, View } from '@tarojs/components';

/*
 * Boxes, words and a button of the first screen (the page frame in Screen, the help strip,
 * the home's cards, the retry of a failed load). On H5 every Taro View, Text and Button is a
 * custom element that Stencil constructs, connects, styles and renders in a frame of its own;
 * these are static text and taps, which a plain div, span and button do as well, at a
 * fraction of the work on a slow phone (slow-phone bench, README perf). Weapp keeps Taro's
 * components (the branch is a build-time constant). Same class names, so the same styles apply.
 */
export const Box = (process.env.TARO_ENV === 'h5' ? 'div' : View) as typeof View;
export const Words = (process.env.TARO_ENV === 'h5' ? 'span' : Text) as typeof Text;
/** A native <button> on H5 (no form around it: a tap only calls onClick); Taro's Button in weapp. */
export const Press = (process.env.TARO_ENV === 'h5' ? 'button' : Button) as typeof Button;
