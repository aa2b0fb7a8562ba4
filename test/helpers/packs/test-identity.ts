import { createIdentity } from '../../../src-main/core/packs/identity/create-identity';
import { unlockIdentity, type UnlockedIdentity } from '../../../src-main/core/packs/identity/unlock-identity';

export const TEST_PASSPHRASE = 'correct horse battery';

export interface TestIdentity {
  p12: Buffer;
  unlocked: UnlockedIdentity;
}

/** A fresh RSA-3072 identity for "Jane Doe"; key generation is slow, so make one per test file. */
export function makeTestIdentity(now = new Date()): TestIdentity {
  const { p12 } = createIdentity({
    name: 'Jane Doe',
    organisation: 'Northgate Assurance Ltd',
    email: 'jane.doe@northgate.example',
    passphrase: TEST_PASSPHRASE,
    now,
  });
  return { p12, unlocked: unlockIdentity(p12, TEST_PASSPHRASE) };
}
