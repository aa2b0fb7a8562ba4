import { useState } from 'react';
import { localToday } from './format/calendar-date';

/** Today's date (YYYY-MM-DD), read once per mounted screen so rendering stays pure. */
export function useToday(): string {
  const [today] = useState(localToday);
  return today;
}
