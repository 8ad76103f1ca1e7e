/**
 * Choosing a `.accord` file. The desktop shows its native Open dialog; the browser
 * shell, which has none, shows the app's own picker over the Accord folder, with an
 * upload button and a drop zone for a file from anywhere else.
 */
import { useEffect, useId, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceFileInfo } from '../../../shared/ipc/contract';
import { useServices } from '../../app/services';
import { currentLocale } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { formatRelativeTime } from '../../ui/format-time';
import { call } from './file-bridge';
import { FileFailure, reasonOf, type FileFailureReason } from './file-errors';
import type { FileSource } from './FileFlow';

export const ACCEPT = '.accord,application/x-accord-workspace';

/** "1.2 MB" in the interface language. */
export function formatSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(bytes / 1024, bytes > 0 ? 0.1 : 0), 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

async function fromBrowserFile(file: File): Promise<FileSource> {
  return { kind: 'bytes', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** An upload button (a label over a visually hidden file input, so it is keyboard operable and named). */
export function UploadButton({ onFile, label, className = 'button' }: { onFile: (source: FileSource) => void; label: string; className?: string }) {
  const id = useId();
  return (
    <>
      <input
        id={id}
        type="file"
        accept={ACCEPT}
        className="visually-hidden upload-input"
        data-testid="upload-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void fromBrowserFile(file).then(onFile);
        }}
      />
      <label htmlFor={id} className={`${className} upload-button`}>
        {label}
      </label>
    </>
  );
}

/** Takes a dropped file; keyboard users have the buttons beside it. */
export function DropZone({ onFile, children, disabled = false }: { onFile: (source: FileSource) => void; children: ReactNode; disabled?: boolean }) {
  const [over, setOver] = useState(false);
  const accept = (event: DragEvent) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setOver(true);
  };
  return (
    <div
      className="drop-zone"
      data-over={over ? 'true' : undefined}
      data-testid="drop-zone"
      onDragEnter={accept}
      onDragOver={accept}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        if (disabled) return;
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) void fromBrowserFile(file).then(onFile);
      }}
    >
      {children}
    </div>
  );
}

/** The `.accord` files in the Accord folder, to open one. */
export function useFolderFiles(): { files: WorkspaceFileInfo[] | null; failure: FileFailureReason | null } {
  const { bridge } = useServices();
  const [state, setState] = useState<{ files: WorkspaceFileInfo[] | null; failure: FileFailureReason | null }>({ files: null, failure: null });
  useEffect(() => {
    let live = true;
    call(bridge, 'files:list', undefined).then(
      ({ files }) => live && setState({ files: [...files].sort((a, b) => b.modifiedAt - a.modifiedAt), failure: null }),
      (error: unknown) => live && setState({ files: [], failure: reasonOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [bridge]);
  return state;
}

export function FileList({ files, label, onOpen }: { files: WorkspaceFileInfo[]; label: string; onOpen: (file: WorkspaceFileInfo) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <ul className="file-list" aria-label={label}>
      {files.map((file) => (
        <li key={file.path} className="file-list__item">
          <button type="button" className="file-list__open" onClick={() => onOpen(file)}>
            <span className="file-list__name">{file.name}</span>
            <span className="file-list__meta">{t('files.open.modified', { size: formatSize(file.size, locale), when: formatRelativeTime(file.modifiedAt, locale) })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The browser shell's own file picker. */
export function FilePickerDialog({ onPick, onCancel }: { onPick: (source: FileSource) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { files, failure } = useFolderFiles();
  return (
    <Dialog
      title={t('files.picker.title')}
      onClose={onCancel}
      onSubmit={onCancel}
      actions={
        <button type="button" className="button" onClick={onCancel}>
          {t('files.picker.cancel')}
        </button>
      }
    >
      <div className="file-picker" data-testid="file-picker">
        {files === null ? (
          <p aria-live="polite">{t('files.open.loading')}</p>
        ) : failure ? (
          <p className="notice notice--error">{t('files.open.folderFailed', { reason: t(`files.reasons.${failure}`) })}</p>
        ) : files.length === 0 ? (
          <p className="empty">{t('files.open.folderEmpty')}</p>
        ) : (
          <>
            <p>{t('files.picker.intro')}</p>
            <FileList files={files} label={t('files.picker.listLabel')} onOpen={(file) => onPick({ kind: 'path', path: file.path })} />
          </>
        )}
        <DropZone onFile={onPick}>
          <UploadButton label={t('files.picker.upload')} onFile={onPick} />
          <p className="drop-zone__hint">{t('files.picker.drop')}</p>
        </DropZone>
      </div>
    </Dialog>
  );
}

/**
 * "Open…": the native dialog where there is one, else the app's own picker.
 * Returns the function to call and the picker to render.
 */
export function useChooseFile(onPick: (source: FileSource) => void, onFailure: (reason: FileFailureReason) => void) {
  const { bridge } = useServices();
  const [pickerOpen, setPickerOpen] = useState(false);
  const choose = async () => {
    try {
      const chosen = await call(bridge, 'files:choose-open', undefined);
      if (chosen) onPick({ kind: 'path', path: chosen.path });
    } catch (error) {
      const reason = error instanceof FileFailure ? error.reason : reasonOf(error);
      if (reason === 'not-supported') setPickerOpen(true);
      else onFailure(reason);
    }
  };
  const picker = pickerOpen ? (
    <FilePickerDialog
      onCancel={() => setPickerOpen(false)}
      onPick={(source) => {
        setPickerOpen(false);
        onPick(source);
      }}
    />
  ) : null;
  return { choose, picker };
}
