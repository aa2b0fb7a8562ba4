import { fingerprintLines } from './pack-format';

/**
 * A certificate's SHA-256 fingerprint in four lines of eight pairs, in monospace, so it can be read
 * out and compared line by line. Screen readers get the pairs in one run, without the line breaks.
 */
export function Fingerprint({ value, testId }: { value: string; testId?: string }) {
  return (
    <code className="fingerprint" data-testid={testId} title={value}>
      {fingerprintLines(value).map((line, index) => (
        <span key={index} className="fingerprint__line">
          {line}
          {/* A space between lines, so copied text and screen readers keep the pairs apart. */}{' '}
        </span>
      ))}
    </code>
  );
}
