import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { z } from 'zod';
import { ApiError, errorText } from '../../../api/http';
import type { LoadView } from '../../../components/Screen';
import { useSession } from '../../../session/SessionContext';
import { apiFieldErrors, zodFieldErrors, type FieldErrors, type FieldLabels } from '../../../utils/validation';

/** Anything the console edits under optimistic locking: PATCH sends back the version it was read at. */
export interface Versioned {
  id: string;
  version: number;
}

/** What one console edit page (a posting, a fair) tells `useEditForm` about its thing. */
export interface EditFormSpec<T extends Versioned, F, B, P> {
  /** The id from the route; none when she creates a new one. */
  id?: string;
  fetch: (id: string) => Promise<T>;
  empty: () => F;
  toForm: (item: T) => F;
  toRequest: (form: F) => B;
  /** The shared create schema: a new one is checked with it before anything is sent. */
  schema: z.ZodType<P>;
  labels: FieldLabels;
  create: (body: P) => Promise<T>;
  update: (item: T, body: B & { version: number }) => Promise<T>;
}

/**
 * The state of a staff console edit page: the thing as last read, the form, field errors,
 * the line under the form, and `conflict` when someone else saved first (VERSION_CONFLICT),
 * which `reload` clears by reading the newest version. Loads only for staff.
 */
export function useEditForm<T extends Versioned, F, B, P>(spec: EditFormSpec<T, F, B, P>) {
  const { user } = useSession();
  const [id, setId] = useState(spec.id);
  const [item, setItem] = useState<T | null>(null);
  const [form, setForm] = useState<F>(spec.empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState('');
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState('');

  const show = (next: T) => {
    setItem(next);
    setForm(spec.toForm(next));
    setId(next.id);
    setConflict(false);
  };

  const load = async (itemId: string) => {
    setLoadError('');
    try {
      show(await spec.fetch(itemId));
    } catch (e) {
      setLoadError(errorText(e));
    }
  };
  const reload = () => (id ? load(id) : Promise.resolve());

  // After a create `show` has already set the new id and what the server answered: no second read.
  useEffect(() => {
    if (id && id !== item?.id && user?.role === 'staff') void load(id);
  }, [id, user]);

  const set = <K extends keyof F>(key: K, value: F[K]) => setForm((f) => ({ ...f, [key]: value }));

  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
      setConflict(true);
      setNotice('');
      return;
    }
    if (e instanceof ApiError && e.fields.length) setErrors(apiFieldErrors(e.fields, spec.labels));
    setNotice(errorText(e));
  };

  /** Runs one write; what it answers is shown and `done` says what happened. */
  const write = async (action: () => Promise<T>, done: (next: T) => string) => {
    setBusy(true);
    setNotice('');
    try {
      const next = await action();
      show(next);
      setNotice(done(next));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    const body = spec.toRequest(form);
    const parsed = spec.schema.safeParse(body);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, spec.labels));
      setNotice('请按红字修改后再保存');
      return;
    }
    setErrors({});
    await write(
      () => (item ? spec.update(item, { ...body, version: item.version }) : spec.create(parsed.data)),
      () => {
        void Taro.showToast({ title: '已保存', icon: 'success' });
        return '已保存。';
      },
    );
  };

  /** Another action on the loaded thing (close, reopen, cancel); it answers the thing as it is now. */
  const run = async (action: (current: T) => Promise<T>, done: (next: T) => string) => {
    if (item) await write(() => action(item), done);
  };

  const screenLoad: LoadView = { error: loadError, retry: id ? () => void reload() : undefined };
  return { id, item, form, set, errors, notice, conflict, busy, save, run, reload, load: screenLoad };
}
