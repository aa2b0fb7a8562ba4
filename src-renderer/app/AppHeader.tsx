import { useWorkspaceStore } from '../features/workspace/workspace-store';
import { auditTypeLabels } from '../shared/format/audit-type';
import { formatCalendarDate } from '../shared/format/calendar-date';

/** The banner: whose engagement this is, which audit it prepares for, and which file holds it. */
export function AppHeader() {
  const client = useWorkspaceStore((state) => state.summary?.engagement.clientOrganisation);
  const auditType = useWorkspaceStore((state) => state.summary?.engagement.auditType);
  const plannedDate = useWorkspaceStore((state) => state.summary?.engagement.plannedAuditDate);
  const fileName = useWorkspaceStore((state) => state.summary?.fileName);
  if (!client || !auditType || !fileName) return null;
  const audit = plannedDate
    ? `${auditTypeLabels[auditType]} · ${formatCalendarDate(plannedDate)}`
    : `${auditTypeLabels[auditType]} · date not planned`;
  return (
    <header className="app-header">
      <div className="app-header__engagement">
        <p className="app-header__client" data-testid="header-client">
          {client}
        </p>
        <p className="app-header__audit" data-testid="header-audit">
          {audit}
        </p>
      </div>
      <p className="app-header__file" title={fileName}>
        <svg className="app-header__file-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 1.75h5.5L12.5 4.75v9.5h-8.5z" />
          <path d="M9.25 1.75v3.25h3.25" />
        </svg>
        <span className="visually-hidden">Workspace file: </span>
        <span data-testid="header-file">{fileName}</span>
      </p>
    </header>
  );
}
