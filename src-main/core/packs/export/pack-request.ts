import type { KeyObject } from 'node:crypto';
import type { PackData } from '../document/pack-data';
import type { PackSigner } from '../document/pack-signer';

/**
 * Everything needed to write one signed pack, gathered on the main thread so the heavy part
 * (layout, embedding, signing, writing) can run in a worker with no access to the workspace
 * (which the app holds under SQLite's exclusive lock). The evidence is not in it: the writer asks
 * for each file when its turn comes (see run-pack-build.ts). Structured-cloneable: a KeyObject
 * crosses to a worker thread as it is.
 */
export interface PackBuildRequest {
  data: PackData;
  packId: string;
  generatedAt: string;
  signer: PackSigner;
  signing: { privateKey: KeyObject; certificateDer: Uint8Array; chainDer: Uint8Array[] };
  /** The final file; written under a temporary name first, so it never holds half a pack. */
  outputPath: string;
}

export interface PackBuildProgress {
  phase: string;
  done: number;
  total: number;
}

export interface PackBuildResult {
  sha256: string;
  sizeBytes: number;
  evidenceFiles: number;
}
