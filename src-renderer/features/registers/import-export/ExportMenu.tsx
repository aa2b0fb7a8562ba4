import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { api } from '../../../api/client';
import { DownloadIcon } from '../../../shared/components/icons';
import { listHref } from '../model/register-routes';
import type { RegisterId } from '../model/registers';
import { useFlashStore } from '../state/register-data-store';
import {
  fileFormats,
  fileRegisters,
  fileRegistersOf,
  type FileFormat,
  type FileRegister,
} from './file-registers';
import { failureMessage } from '../../../api/api-error';
import { downloadFile } from './file-transfer';

interface Choice {
  register: FileRegister;
  format: FileFormat;
  label: string;
}

/**
 * "Export" on a register's list: a menu of the files it can write (CSV or an Excel workbook; on the
 * Targets list also the measurements), each downloaded as it comes from the core.
 */
export function ExportMenu({ register }: { register: RegisterId }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const choices: Choice[] = fileRegistersOf(register).flatMap((fileRegister) =>
    fileFormats.map(({ format, label }) => ({
      register: fileRegister,
      format,
      label: `${fileRegisters[fileRegister].title} as ${format === 'xlsx' ? 'Excel workbook' : label}`,
    })),
  );

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  // Opening moves focus into the menu; a press anywhere outside it closes it.
  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => list[(index + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(list.length - 1);
        break;
      case 'Escape':
        close();
        break;
      case 'Tab':
        setOpen(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  const exportFile = async (choice: Choice) => {
    close();
    setBusy(true);
    setFailure(null);
    try {
      const file = await api.call('registers.export', { register: choice.register, format: choice.format });
      downloadFile(file);
      const what = fileRegisters[choice.register].plural;
      useFlashStore
        .getState()
        .show(
          `Exported ${file.rowCount.toLocaleString('en-GB')} ${what} to ${file.fileName}.`,
          listHref(register),
        );
    } catch (error) {
      setFailure(`The export did not work: ${failureMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="menu-button">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        // Not disabled while exporting: focus returns here from the menu and must stay.
        aria-disabled={busy}
        onClick={() => {
          if (!busy) setOpen((shown) => !shown);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open && !busy) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <DownloadIcon />
        {busy ? 'Exporting…' : 'Export'}
      </button>
      {open && (
        <div ref={menuRef} id={menuId} className="menu" role="menu" aria-label="Export" onKeyDown={onMenuKey}>
          {choices.map((choice) => (
            <button
              key={`${choice.register}-${choice.format}`}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu__item"
              onClick={() => void exportFile(choice)}
            >
              {choice.label}
              <span className="menu__hint" aria-hidden="true">
                .{choice.format}
              </span>
            </button>
          ))}
        </div>
      )}
      {failure && (
        <p className="menu-button__failure notice notice--error" role="alert">
          {failure}{' '}
          <button type="button" className="link-button" onClick={() => setFailure(null)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
