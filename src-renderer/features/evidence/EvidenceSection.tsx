import './evidence.css';
import { useRoute } from '../../app/router/hash-route';
import { EvidenceDetailScreen } from './EvidenceDetailScreen';
import { EvidenceListScreen } from './EvidenceListScreen';
import { SectionFlash } from './SectionFlash';

/** The evidence library: `#/evidence` lists the files, `#/evidence/<id>` shows one. */
export function EvidenceSection() {
  const route = useRoute();
  const [id] = route.segments;
  return (
    <>
      <SectionFlash />
      {id ? <EvidenceDetailScreen key={id} id={id} /> : <EvidenceListScreen />}
    </>
  );
}
