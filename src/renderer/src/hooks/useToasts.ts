import { useCallback, useEffect, useRef, useState } from 'react';

export type ToastKind = 'error' | 'info';

export interface Toast {
  id: number;
  message: string;
  repeats: number;
  kind: ToastKind;
}

const LIFETIME_MS = 12_000;
const MAX_SHOWN = 5;

/** Non-blocking messages (errors, and news such as an inbox import): identical ones collapse with a repeat count. */
export function useToasts(): {
  toasts: Toast[];
  push: (message: string, kind?: ToastKind) => void;
  dismiss: (id: number) => void;
} {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const list = useRef<Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const commit = useCallback((next: Toast[]) => {
    list.current = next;
    setToasts(next);
  }, []);

  const dismiss = useCallback(
    (id: number) => {
      const t = timers.current.get(id);
      if (t) clearTimeout(t);
      timers.current.delete(id);
      commit(list.current.filter((x) => x.id !== id));
    },
    [commit],
  );

  const push = useCallback(
    (message: string, kind: ToastKind = 'error') => {
      const same = list.current.find((x) => x.message === message && x.kind === kind);
      let id: number;
      if (same) {
        id = same.id;
        commit(list.current.map((x) => (x === same ? { ...x, repeats: x.repeats + 1 } : x)));
      } else {
        id = nextId.current++;
        const kept = list.current.slice(-(MAX_SHOWN - 1));
        for (const dropped of list.current.slice(0, list.current.length - kept.length)) {
          const t = timers.current.get(dropped.id);
          if (t) clearTimeout(t);
          timers.current.delete(dropped.id);
        }
        commit([...kept, { id, message, repeats: 1, kind }]);
      }
      const old = timers.current.get(id);
      if (old) clearTimeout(old);
      timers.current.set(
        id,
        setTimeout(() => dismiss(id), LIFETIME_MS),
      );
    },
    [commit, dismiss],
  );

  useEffect(() => {
    const map = timers.current;
    return () => {
      for (const t of map.values()) clearTimeout(t);
      map.clear();
    };
  }, []);

  return { toasts, push, dismiss };
}
