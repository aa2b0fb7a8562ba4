import { describe, expect, it } from 'vitest';
import { guardWebContents, isNavigationAllowed } from '../../../src-main/electron/navigation-guard';
import { FakeWebContents, fakeEvent } from './fake-electron';

function guarded(): FakeWebContents {
  const contents = new FakeWebContents();
  guardWebContents(contents);
  return contents;
}

const foreign = [
  'https://example.com/',
  'http://127.0.0.1:8080/index.html',
  'file:///etc/passwd',
  'file:///C:/Users/someone/workspace.clausebook',
  'javascript:alert(1)',
  'data:text/html,<script>1</script>',
  'clausebook://evil/index.html',
  'clausebook://app.evil.com/',
  'clausebook://user@app/index.html',
  'devtools://devtools/bundled/inspector.html',
  'not a url',
];

describe('navigation guard', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])(
    '%s: prevents every foreign URL',
    (eventName) => {
      const contents = guarded();
      for (const url of foreign) {
        const event = fakeEvent({ url, isMainFrame: true });
        contents.emit(eventName, event);
        expect(event.defaultPrevented, url).toBe(true);
      }
    },
  );

  it('lets the main frame move within the app', () => {
    const contents = guarded();
    const event = fakeEvent({ url: 'clausebook://app/index.html#/settings', isMainFrame: true });
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('prevents sub-frames from navigating, even to the app', () => {
    const contents = guarded();
    const event = fakeEvent({ url: 'clausebook://app/index.html', isMainFrame: false });
    contents.emit('will-frame-navigate', event);
    expect(event.defaultPrevented).toBe(true);
    expect(isNavigationAllowed({ url: 'clausebook://app/', isMainFrame: false })).toBe(false);
  });

  it('denies window.open for any URL, including the app', () => {
    const contents = guarded();
    const handler = contents.windowOpenHandler;
    if (!handler) throw new Error('no window open handler installed');
    for (const url of ['https://example.com/', 'clausebook://app/index.html', 'about:blank']) {
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
  });

  it('refuses to attach a <webview>', () => {
    const contents = guarded();
    const event = fakeEvent({});
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.defaultPrevented).toBe(true);
  });
});
