import { useState, type DragEvent } from 'react';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

/**
 * Makes an element a drop target for files: `dropping` is true while files are dragged over it
 * (for a highlight or a hint), and `onFiles` gets the dropped files. Drags of anything but files
 * are left to the browser; while `enabled` is false nothing is accepted.
 */
export function useFileDrop(onFiles: (files: File[]) => void, enabled = true) {
  const [dropping, setDropping] = useState(false);
  const dropHandlers = {
    onDragOver(event: DragEvent) {
      if (!enabled || !carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDropping(true);
    },
    onDragLeave(event: DragEvent) {
      // Leaving for a child is not leaving the target.
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
    },
    onDrop(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDropping(false);
      if (enabled) onFiles([...event.dataTransfer.files]);
    },
  };
  return { dropping, dropHandlers };
}
