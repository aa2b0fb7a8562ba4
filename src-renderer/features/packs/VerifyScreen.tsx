import { useScreenTitle } from '../../app/screen-title-store';
import { VerificationReport } from './VerificationReport';
import { VerifyDropZone } from './VerifyDropZone';
import { useVerifyStore } from './verify-store';

/** Checks a pack the user was given, or one just made: the verdict, the signer, each check and each file. */
export function VerifyScreen() {
  useScreenTitle('Verify a pack');
  const result = useVerifyStore((state) => state.result);
  const status = useVerifyStore((state) => state.status);
  // A report stays in view while the next file is checked; a refused file replaces it with the reason.
  const shown = status === 'failed' ? null : result;
  return (
    <div className="verify-screen">
      <VerifyDropZone compact={shown !== null} />
      {shown && <VerificationReport result={shown} />}
    </div>
  );
}
