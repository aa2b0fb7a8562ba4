import type { HandlerRegistry } from '../registry';
import type { Session } from '../../core/session';
import { ClausebookError } from '../errors';
import { linkEvidence, unlinkEvidence } from '../../core/evidence/evidence-links';
import { listEvidence } from '../../core/evidence/evidence-list';
import { readEvidence, type EvidenceSnapshot } from '../../core/evidence/evidence-snapshot';
import {
  addEvidence,
  deleteEvidence,
  readEvidenceContent,
  updateEvidence,
  type AddedEvidence,
} from '../../core/evidence/evidence-store';
import { evidenceView } from '../../core/evidence/evidence-view';
import { readEvidenceFile } from '../../core/evidence/read-evidence-file';
import { writeContext } from '../../core/registers/write-context';

/** The evidence library: base64 content for the page, a path for local callers. */
export function registerEvidenceHandlers(api: HandlerRegistry, session: Session): void {
  const db = () => session.require().db;
  const view = (snapshot: EvidenceSnapshot) => evidenceView(db(), snapshot);
  const added = ({ snapshot, nameAdjusted, sameContentAs }: AddedEvidence) => ({
    evidence: view(snapshot),
    nameAdjusted,
    sameContentAs,
  });

  api.register('evidence.add', ({ content, ...file }) =>
    added(addEvidence(writeContext(db()), { ...file, bytes: Buffer.from(content, 'base64') })),
  );
  api.register('evidence.addFile', ({ path, ...details }) => {
    const context = writeContext(db());
    const { fileName, bytes } = readEvidenceFile(path);
    return added(addEvidence(context, { ...details, fileName, mediaType: '', bytes }));
  });
  api.register('evidence.get', ({ id }) => {
    const snapshot = readEvidence(db(), id);
    if (!snapshot) {
      throw new ClausebookError(
        'NOT_FOUND',
        `There is no evidence file with the id ${id}; it may have been deleted.`,
      );
    }
    return view(snapshot);
  });
  api.register('evidence.content', ({ id }) => {
    const { bytes, ...facts } = readEvidenceContent(db(), id);
    return { ...facts, content: bytes.toString('base64') };
  });
  api.register('evidence.update', ({ id, values }) => view(updateEvidence(writeContext(db()), id, values)));
  api.register('evidence.delete', ({ id }) => ({ deleted: id, ...deleteEvidence(writeContext(db()), id) }));
  api.register('evidence.link', ({ id, target }) => view(linkEvidence(writeContext(db()), id, target)));
  api.register('evidence.unlink', ({ id, target }) => view(unlinkEvidence(writeContext(db()), id, target)));
  api.register('evidence.list', (filters) => listEvidence(db(), filters));
}
