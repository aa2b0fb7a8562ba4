import type { Rectangle } from 'electron';
import { z } from 'zod';
import { readJsonFile, writeJsonFileAtomic } from './json-file';

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

const rectangle = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

const windowState = z.object({ bounds: rectangle, maximized: z.boolean() });

export type WindowState = z.infer<typeof windowState>;

/** Where to open the window. No x/y means "let the system centre it". */
export interface WindowPlacement {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

export function parseWindowState(value: unknown): WindowState | null {
  const parsed = windowState.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Restores the saved bounds onto a display that exists now. A window saved on a monitor that
 * has since been unplugged, or on a larger screen, would otherwise open off-screen or
 * oversized: it is moved onto the display it overlaps most (the primary one if none), shrunk to
 * fit that display's work area and pushed inside it.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
  primary: Rectangle,
): WindowPlacement {
  if (saved === null) {
    const width = Math.min(DEFAULT_WINDOW_SIZE.width, primary.width);
    const height = Math.min(DEFAULT_WINDOW_SIZE.height, primary.height);
    return { bounds: { width, height }, maximized: false };
  }
  const overlapping = bestArea(saved.bounds, workAreas);
  const area = overlapping ?? primary;
  const width = Math.min(Math.max(saved.bounds.width, MIN_WINDOW_SIZE.width), area.width);
  const height = Math.min(Math.max(saved.bounds.height, MIN_WINDOW_SIZE.height), area.height);
  const x = overlapping
    ? clamp(saved.bounds.x, area.x, area.x + area.width - width)
    : centre(area.x, area.width, width);
  const y = overlapping
    ? clamp(saved.bounds.y, area.y, area.y + area.height - height)
    : centre(area.y, area.height, height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

function bestArea(bounds: Rectangle, areas: readonly Rectangle[]): Rectangle | null {
  let best: Rectangle | null = null;
  let bestOverlap = 0;
  for (const area of areas) {
    const overlap = intersection(bounds, area);
    if (overlap > bestOverlap) {
      best = area;
      bestOverlap = overlap;
    }
  }
  return best;
}

function intersection(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function centre(start: number, available: number, size: number): number {
  return start + Math.floor((available - size) / 2);
}

/** The window's last bounds and maximised state, in userData. */
export class WindowStateStore {
  constructor(private readonly file: string) {}

  load(): WindowState | null {
    return parseWindowState(readJsonFile(this.file));
  }

  save(state: WindowState): void {
    writeJsonFileAtomic(this.file, state);
  }
}
