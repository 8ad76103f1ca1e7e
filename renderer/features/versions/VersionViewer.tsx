/**
 * A past version (read-only) or the comparison of two, over the document in a modal view:
 * says clearly what is shown, and Back (or Escape) returns to the document unchanged.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockList } from '../../../shared/model/template';
import { diffVersions, type VersionDiff } from '../../../shared/model/version-diff';
import type { VersionRecord } from '../../../shared/sync/document-versions';
import { currentLocale } from '../../i18n/i18n';
import { formatTime } from '../../ui/format-time';
import { useDocumentContext } from '../documents/document-context';
import { BlocksView } from './BlocksView';
import { DiffSummary, DiffView } from './DiffView';
import { readText, type TextSource } from './version-text';

export type ViewerMode = { kind: 'view'; version: VersionRecord } | { kind: 'compare'; from: TextSource; to: TextSource };

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'view'; blocks: BlockList; intact: boolean }
  | { state: 'compare'; diff: VersionDiff; intact: boolean };

export function VersionViewer({ mode, onClose }: { mode: ViewerMode; onClose: () => void }) {
  const { t } = useTranslation();
  const { doc } = useDocumentContext();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    let live = true;
    const sources = mode.kind === 'view' ? [mode.version] : [mode.from, mode.to];
    void Promise.all(sources.map((source) => readText(doc, source))).then((texts) => {
      if (!live) return;
      const failed = texts.find((text) => !text.ok);
      if (failed && !failed.ok) {
        setLoaded({ state: 'failed', message: t(failed.reason === 'missing' ? 'versions.missing' : 'versions.undecodable', { name: failed.name }) });
        return;
      }
      const ok = texts.filter((text) => text.ok);
      const intact = ok.every((text) => text.hashMatches);
      if (mode.kind === 'view') setLoaded({ state: 'view', blocks: ok[0]!.blocks, intact });
      else setLoaded({ state: 'compare', diff: diffVersions(ok[0]!.blocks, ok[1]!.blocks), intact });
    });
    return () => {
      live = false;
    };
  }, [doc, mode, t]);

  const nameOf = (source: TextSource) => (source === 'current' ? t('versions.current') : source.name);
  const title = mode.kind === 'view' ? t('versions.pastTitle', { name: mode.version.name }) : t('versions.compareHeading', { from: nameOf(mode.from), to: nameOf(mode.to) });

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-modal="true"
      className="dialog version-viewer"
      data-testid={mode.kind === 'view' ? 'past-version' : 'version-compare'}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {/* Title, Back and what is shown stay in view while the text scrolls. */}
      <div className="version-viewer__top">
        <header className="version-viewer__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button type="button" className="button" onClick={onClose}>
            {t('versions.back')}
          </button>
        </header>
        {mode.kind === 'view' ? (
          <p className="version-viewer__intro">
            {t('versions.pastIntro', { author: mode.version.author || t('versions.someone'), date: formatTime(Date.parse(mode.version.createdAt), currentLocale()) })}
          </p>
        ) : null}
        {loaded.state === 'loading' ? <p role="status">{t('versions.loading')}</p> : null}
        {loaded.state === 'failed' ? (
          <p className="notice notice--error" role="alert">
            {loaded.message}
          </p>
        ) : null}
        {(loaded.state === 'view' || loaded.state === 'compare') && !loaded.intact ? (
          <p className="notice notice--warning" role="alert">
            {t('versions.hashMismatch')}
          </p>
        ) : null}
        {loaded.state === 'compare' ? <DiffSummary diff={loaded.diff} /> : null}
      </div>
      {loaded.state === 'view' ? <BlocksView blocks={loaded.blocks} label={title} /> : null}
      {loaded.state === 'compare' ? <DiffView diff={loaded.diff} label={title} /> : null}
    </dialog>
  );
}
