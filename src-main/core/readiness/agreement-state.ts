import { daysBetween } from './calendar-days';
import { dayCount } from './phrases';

export interface AgreementTerms {
  status: 'draft' | 'agreed' | 'expired' | 'terminated';
  start_date: string | null;
  end_date: string | null;
}

/**
 * Why an agreement is not in force on `today`, as a phrase after its name: "is a draft",
 * "expired on 2026-10-08", "ended on … but is still recorded as agreed", "starts on …".
 * Null when it is in force.
 */
export function whyNotInForce(terms: AgreementTerms, today: string): string | null {
  const ended = terms.end_date !== null && terms.end_date < today ? terms.end_date : null;
  switch (terms.status) {
    case 'draft':
      return 'is still a draft';
    case 'terminated':
      return ended ? `was terminated (it ended on ${ended})` : 'was terminated';
    case 'expired':
      return ended ? `expired on ${ended}` : 'is recorded as expired';
    case 'agreed':
      if (ended) return `ended on ${ended}, ${dayCount(daysBetween(ended, today))} ago`;
      if (terms.start_date !== null && terms.start_date > today) return `starts only on ${terms.start_date}`;
      return null;
  }
}
