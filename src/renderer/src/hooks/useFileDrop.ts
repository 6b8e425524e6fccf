import { useEffect, useRef, useState } from 'react';
import type { DossierBridge } from '../../../shared/api';
import { collectDrop, dragHasFiles, type DroppedItems } from '../lib/drop';
import { errorText, sentence } from '../lib/format';

/**
 * Files and folders dragged onto the window: true while a drag with files is over it, and the dropped
 * items (paths on disk, or the bytes of files that have none) handed to `onDrop`.
 */
export function useFileDrop(bridge: DossierBridge, onDrop: (items: DroppedItems) => void, onProblem: (message: string) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const dropRef = useRef(onDrop);
  dropRef.current = onDrop;
  const problemRef = useRef(onProblem);
  problemRef.current = onProblem;

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed; counting them tells when the drag really left.
    let depth = 0;
    const enter = (e: DragEvent): void => {
      if (!dragHasFiles(e.dataTransfer)) return;
      e.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (e: DragEvent): void => {
      if (!dragHasFiles(e.dataTransfer)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (e: DragEvent): void => {
      if (!dragHasFiles(e.dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0 || e.relatedTarget === null) {
        depth = 0;
        setDragging(false);
      }
    };
    const end = (): void => {
      depth = 0;
      setDragging(false);
    };
    const drop = (e: DragEvent): void => {
      const dt = e.dataTransfer;
      depth = 0;
      setDragging(false);
      if (!dt || !dragHasFiles(dt)) return;
      e.preventDefault();
      collectDrop(dt, (f) => bridge.pathForFile(f)).then(
        (items) => {
          if (items.paths.length + items.files.length === 0) {
            problemRef.current('Nothing to import in what was dropped. Drop article files (text, Markdown, web pages, PDF, Word) or folders of them.');
            return;
          }
          dropRef.current(items);
        },
        (err: unknown) => problemRef.current(`Couldn't read what was dropped: ${sentence(errorText(err))} Try dropping the files themselves, or use Import….`),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragend', end);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragend', end);
      window.removeEventListener('drop', drop);
    };
  }, [bridge]);

  return dragging;
}
