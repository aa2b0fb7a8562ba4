import '../evidence/evidence.css';
import './findings.css';
import { useRoute } from '../../app/router/hash-route';
import { SectionFlash } from '../evidence/SectionFlash';
import { FindingFormScreen } from './FindingFormScreen';
import { FindingsListScreen } from './FindingsListScreen';

/** `#/findings` lists them, `#/findings/new` raises one, `#/findings/<id>` edits one. */
export function FindingsSection() {
  const route = useRoute();
  const [id] = route.segments;
  return (
    <>
      <SectionFlash />
      {id === undefined ? (
        <FindingsListScreen />
      ) : (
        <FindingFormScreen key={id} id={id === 'new' ? null : id} />
      )}
    </>
  );
}
