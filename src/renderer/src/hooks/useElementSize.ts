import { useEffect, useState, type RefObject } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

/**
 * The element's size, kept up to date as it resizes. Changes smaller than `ignoreBelow` pixels in both
 * directions are not reported, so a costly layout is not redone for a scrollbar appearing.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, ignoreBelow = 0): ElementSize | null {
  const [size, setSize] = useState<ElementSize | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (): void => {
      const { width, height } = el.getBoundingClientRect();
      setSize((prev) =>
        prev && Math.abs(prev.width - width) <= ignoreBelow && Math.abs(prev.height - height) <= ignoreBelow
          ? prev
          : { width: Math.round(width), height: Math.round(height) },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, ignoreBelow]);
  return size;
}
