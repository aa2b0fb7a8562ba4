export type ChipTone = 'danger' | 'warning' | 'success' | 'accent' | 'neutral';

export interface Chip {
  label: string;
  tone: ChipTone;
}

const icons: Record<ChipTone, string | null> = {
  danger: 'M8 4.6v4M8 11.3v.1',
  warning: 'M8 4.6v4M8 11.3v.1',
  success: 'M5 8.3l2 2 4-4.3',
  accent: null,
  neutral: null,
};

/** A short state in words, with colour and a mark as extra cues: "Review overdue", "Target breached". */
export function StatusChip({ label, tone }: Chip) {
  const icon = icons[tone];
  return (
    <span className={`chip chip--${tone}`}>
      {icon && (
        <svg className="chip__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d={icon} />
        </svg>
      )}
      {label}
    </span>
  );
}

export function StatusChips({ chips }: { chips: readonly Chip[] }) {
  if (chips.length === 0) return null;
  return (
    <span className="chips">
      {chips.map((chip) => (
        <StatusChip key={chip.label} {...chip} />
      ))}
    </span>
  );
}
