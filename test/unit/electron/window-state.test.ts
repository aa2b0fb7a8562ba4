import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WindowStateStore, parseWindowState, placeWindow } from '../../../src-main/electron/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('window placement', () => {
  it('opens at 1280×820, centred by the system, when nothing was saved', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({
      bounds: { width: 1280, height: 820 },
      maximized: false,
    });
    // On a screen smaller than the default the window fits the screen.
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    expect(placeWindow(null, [small], small).bounds).toEqual({ width: 1024, height: 700 });
  });

  it('restores bounds that are visible on a connected display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(placeWindow(saved, [laptop, monitorRight], laptop)).toEqual(saved);
  });

  it('moves a window from an unplugged monitor onto the primary display, centred', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({
      bounds: { x: 120, y: 35, width: 1200, height: 800 },
      maximized: false,
    });
  });

  it('pulls a partly off-screen window inside the display it mostly covers', () => {
    const saved = { bounds: { x: -200, y: 600, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop, monitorRight], laptop).bounds).toEqual({
      x: 0,
      y: 170,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window saved on a bigger screen to the work area', () => {
    const saved = { bounds: { x: 100, y: 50, width: 2400, height: 1300 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 870 });
  });

  it('never restores a window smaller than the minimum size', () => {
    const saved = { bounds: { x: 10, y: 10, width: 100, height: 80 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toMatchObject({ width: 800, height: 560 });
  });
});

describe('window state file', () => {
  it('rejects anything that is not a saved state', () => {
    expect(parseWindowState(undefined)).toBeNull();
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false })).toBeNull();
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: 5, height: 10 } })).toBeNull();
  });

  it('round-trips through the store and survives a damaged file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'clausebook-window-'));
    try {
      const store = new WindowStateStore(path.join(dir, 'window-state.json'));
      expect(store.load()).toBeNull();
      const state = { bounds: { x: 5, y: 6, width: 900, height: 700 }, maximized: true };
      store.save(state);
      expect(new WindowStateStore(path.join(dir, 'window-state.json')).load()).toEqual(state);
      writeFileSync(path.join(dir, 'window-state.json'), 'garbage');
      expect(store.load()).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
