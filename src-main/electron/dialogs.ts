import path from 'node:path';
import type { FileFilter, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { DialogParent, ShellDialog } from './electron-surface';

export const WORKSPACE_EXTENSION = 'clausebook';
export const WORKSPACE_FILTERS: FileFilter[] = [
  { name: 'Clausebook workspace', extensions: [WORKSPACE_EXTENSION] },
];

/** Linux save dialogs do not add the extension of the chosen filter; the core expects it. */
export function withWorkspaceExtension(file: string): string {
  return path.extname(file).toLowerCase() === `.${WORKSPACE_EXTENSION}`
    ? file
    : `${file}.${WORKSPACE_EXTENSION}`;
}

/**
 * New Workspace asks for a file name only; the name the user typed is the natural first guess at
 * the client, and the engagement is edited in Settings afterwards.
 */
export function organisationFromPath(file: string): string {
  const name = path.basename(file, path.extname(file)).trim().slice(0, 200);
  return name === '' ? 'New client' : name;
}

export interface AboutInfo {
  name: string;
  version: string;
  schemaVersion: number;
}

/** The native dialogs the shell shows, attached to the window when there is one. */
export class WorkspaceDialogs {
  constructor(
    private readonly dialog: ShellDialog,
    private readonly parent: () => DialogParent | null,
    private readonly defaultFolder: () => string,
  ) {}

  async chooseNewPath(): Promise<string | null> {
    return this.#save({
      title: 'New Workspace',
      buttonLabel: 'Create',
      defaultPath: path.join(this.defaultFolder(), `New client.${WORKSPACE_EXTENSION}`),
      filters: WORKSPACE_FILTERS,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  }

  async chooseSaveAsPath(currentPath: string | null): Promise<string | null> {
    const folder = currentPath === null ? this.defaultFolder() : path.dirname(currentPath);
    const base =
      currentPath === null ? 'Workspace' : `${path.basename(currentPath, path.extname(currentPath))} copy`;
    return this.#save({
      title: 'Save Workspace As',
      buttonLabel: 'Save',
      defaultPath: path.join(folder, `${base}.${WORKSPACE_EXTENSION}`),
      filters: WORKSPACE_FILTERS,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  }

  async chooseOpenPath(): Promise<string | null> {
    const options: OpenDialogOptions = {
      title: 'Open Workspace',
      buttonLabel: 'Open',
      defaultPath: this.defaultFolder(),
      filters: WORKSPACE_FILTERS,
      properties: ['openFile'],
    };
    const parent = this.#parent();
    const result = parent
      ? await this.dialog.showOpenDialog(parent, options)
      : await this.dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  async showError(title: string, message: string): Promise<void> {
    await this.#message({ type: 'error', title, message: title, detail: message, buttons: ['OK'] });
  }

  async showAbout(about: AboutInfo): Promise<void> {
    await this.#message({
      type: 'info',
      title: `About ${about.name}`,
      message: `${about.name} ${about.version}`,
      detail:
        'Offline workbench for preparing ISO/IEC 20000-1:2018 service management audits.\n' +
        `Workspace format version ${about.schemaVersion}.`,
      buttons: ['OK'],
    });
  }

  async #save(options: SaveDialogOptions): Promise<string | null> {
    const parent = this.#parent();
    const result = parent
      ? await this.dialog.showSaveDialog(parent, options)
      : await this.dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : withWorkspaceExtension(result.filePath);
  }

  async #message(options: MessageBoxOptions): Promise<void> {
    const parent = this.#parent();
    if (parent) await this.dialog.showMessageBox(parent, options);
    else await this.dialog.showMessageBox(options);
  }

  #parent(): DialogParent | null {
    const parent = this.parent();
    return parent !== null && !parent.isDestroyed() ? parent : null;
  }
}
