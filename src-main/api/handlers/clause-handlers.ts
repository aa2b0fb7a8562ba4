import type { HandlerRegistry } from '../registry';
import { findClauseLibrary, listClauseLibraries } from '../../core/clauses/clause-catalogue';

/** The clause libraries, read from the app's assets once and then served from memory. */
export function registerClauseHandlers(api: HandlerRegistry): void {
  api.register('clauses.libraries', () => listClauseLibraries());
  api.register('clauses.library', ({ id }) => findClauseLibrary(id));
}
