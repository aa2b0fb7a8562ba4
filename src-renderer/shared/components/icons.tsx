// Small interface icons on a 16×16 grid, stroked in the text colour; always decorative.

function Icon({ d, className = 'icon' }: { d: string; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

export const PlusIcon = () => <Icon d="M8 3.5v9M3.5 8h9" />;
export const EditIcon = () => <Icon d="M10.5 3l2.5 2.5-7 7H3.5V10z" />;
export const TrashIcon = () => <Icon d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5" />;
export const BackIcon = () => <Icon d="M9.5 3.5L5 8l4.5 4.5" />;
export const CloseIcon = () => <Icon d="M4 4l8 8M12 4l-8 8" />;
export const DownloadIcon = () => <Icon d="M8 2.5v8M4.5 7L8 10.5 11.5 7M3 13.5h10" />;
export const UploadIcon = () => <Icon d="M8 10.5v-8M4.5 6L8 2.5 11.5 6M3 13.5h10" />;
