import type { Route } from '../../../app/router/hash-route';
import { registers, type RegisterId } from './registers';

/** What a register screen shows. */
export type RegisterView =
  | { kind: 'list' }
  | { kind: 'detail'; id: string }
  | { kind: 'edit'; id: string }
  /** `prefill`: values for a new record from the route, e.g. the agreement a new target belongs to. */
  | { kind: 'new'; prefill: Readonly<Record<string, string>> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function listHref(register: RegisterId): string {
  return `#/${registers[register].path}`;
}

export function detailHref(register: RegisterId, id: string): string {
  return `#/${registers[register].path}/${encodeURIComponent(id)}`;
}

export function editHref(register: RegisterId, id: string): string {
  return `${detailHref(register, id)}/edit`;
}

export function newHref(register: RegisterId, prefill: Record<string, string> = {}): string {
  const query = new URLSearchParams(prefill).toString();
  return `#/${registers[register].path}/new${query ? `?${query}` : ''}`;
}

/**
 * The register and view a route names, or null when it names none. The agreements section holds
 * three registers: `#/agreements/…`, `#/agreements/targets/…` and `#/agreements/reviews/…`.
 */
export function registerRoute(route: Route): { register: RegisterId; view: RegisterView } | null {
  let register: RegisterId;
  let rest = route.segments;
  switch (route.section) {
    case 'services':
    case 'customers':
    case 'suppliers':
      register = route.section;
      break;
    case 'agreements':
      register = 'agreements';
      if (rest[0] === 'targets' || rest[0] === 'reviews') {
        register = rest[0];
        rest = rest.slice(1);
      }
      break;
    default:
      return null;
  }
  const [first, second] = rest;
  if (first === undefined) return { register, view: { kind: 'list' } };
  if (first === 'new' && second === undefined)
    return { register, view: { kind: 'new', prefill: route.query } };
  if (UUID.test(first)) {
    if (second === undefined) return { register, view: { kind: 'detail', id: first } };
    if (second === 'edit' && rest.length === 2) return { register, view: { kind: 'edit', id: first } };
  }
  return null;
}
