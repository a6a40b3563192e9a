import { createElement, type ReactNode } from 'react';

/**
 * @tarojs/components mapped to plain DOM elements for component tests in jsdom.
 * Events carry `detail.value` the way Taro's do.
 */
type Props = Record<string, unknown> & { children?: ReactNode; className?: string };

function passThrough(tag: string) {
  return function TaroElement({ children, ...rest }: Props) {
    const { onClick, className, style, role, ...aria } = rest;
    const attrs: Record<string, unknown> = { onClick, className, style, role };
    for (const [k, v] of Object.entries(aria)) if (k.startsWith('aria-') || k.startsWith('data-')) attrs[k] = v;
    return createElement(tag, attrs, children);
  };
}

export const View = passThrough('div');
export const Text = passThrough('span');
export const ScrollView = passThrough('div');

export function Button({ children, onClick, className, disabled, loading }: Props) {
  return createElement(
    'button',
    { type: 'button', onClick, className, disabled: Boolean(disabled), 'aria-busy': Boolean(loading) },
    children,
  );
}

type ValueHandler = (e: { detail: { value: string } }) => void;

function field(tag: 'input' | 'textarea') {
  return function TaroField({ value, placeholder, className, maxlength, onInput, onBlur, onConfirm }: Props) {
    return createElement(tag, {
      value,
      placeholder,
      className,
      maxLength: maxlength,
      onChange: (e: { target: { value: string } }) => (onInput as ValueHandler | undefined)?.({ detail: { value: e.target.value } }),
      onBlur: (e: { target: { value: string } }) => (onBlur as ValueHandler | undefined)?.({ detail: { value: e.target.value } }),
      onKeyDown: (e: { key: string; currentTarget: { value: string } }) => {
        if (e.key === 'Enter') (onConfirm as ValueHandler | undefined)?.({ detail: { value: e.currentTarget.value } });
      },
    });
  };
}

export const Input = field('input');
export const Textarea = field('textarea');

export function Image({ src, className }: Props) {
  return createElement('img', { src, className, alt: '' });
}

/** A checkbox standing in for Taro's <Switch>; change events carry `detail.value` as a boolean. */
export function Switch({ checked, onChange }: Props) {
  return createElement('input', {
    type: 'checkbox',
    role: 'switch',
    checked: Boolean(checked),
    onChange: (e: { target: { checked: boolean } }) =>
      (onChange as ((e: { detail: { value: boolean } }) => void) | undefined)?.({ detail: { value: e.target.checked } }),
  });
}

/** Taro's <Picker> opens a native sheet; in jsdom it shows its child (the button that opens it). */
export const Picker = passThrough('div');
