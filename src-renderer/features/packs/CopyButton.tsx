import { useEffect, useState } from 'react';

interface CopyButtonProps {
  value: string;
  /** The accessible name, saying what is copied: "Copy the fingerprint". */
  label: string;
}

/**
 * Puts a value on the clipboard, for pasting into an email or comparing with another copy. Says
 * so in words for a moment afterwards (a status, so screen readers hear it too).
 */
export function CopyButton({ value, label }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(null), 2000);
    return () => clearTimeout(timer);
  }, [outcome]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <span className="copy">
      <button
        type="button"
        className="link-button copy__button"
        aria-label={label}
        onClick={() => void copy()}
      >
        Copy
      </button>
      <span
        role="status"
        className={outcome === 'failed' ? 'copy__status copy__status--failed' : 'copy__status'}
      >
        {outcome === 'copied' ? 'Copied' : outcome === 'failed' ? 'Select and copy it instead' : ''}
      </span>
    </span>
  );
}
