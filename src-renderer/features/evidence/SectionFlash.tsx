import { useEffect } from 'react';
import { useCurrentHash } from '../../app/router/hash-route';
import { useFlashStore } from '../registers/state/register-data-store';

/** A short confirmation after a save or delete (as on the register screens), shown on its own route only. */
export function SectionFlash() {
  const hash = useCurrentHash();
  const message = useFlashStore((state) => (state.href === hash ? state.message : null));
  useEffect(() => () => useFlashStore.getState().clear(), []);
  return (
    <div className={message ? 'flash flash--shown' : 'flash'}>
      <svg className="flash__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M4 8.5l2.5 2.5L12 5.5" />
      </svg>
      <p className="flash__message" role="status">
        {message}
      </p>
      {message && (
        <button
          type="button"
          className="flash__close"
          aria-label="Dismiss"
          onClick={() => useFlashStore.getState().clear()}
        >
          ×
        </button>
      )}
    </div>
  );
}
