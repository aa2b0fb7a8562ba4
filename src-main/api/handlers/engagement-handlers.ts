import type { HandlerRegistry } from '../registry';
import type { Session } from '../../core/session';
import { readEngagement, updateEngagement } from '../../core/engagement/engagement-store';

export function registerEngagementHandlers(api: HandlerRegistry, session: Session): void {
  api.register('engagement.get', () => readEngagement(session.require().db));
  api.register('engagement.update', (input) => updateEngagement(session.require().db, input, new Date()));
}
