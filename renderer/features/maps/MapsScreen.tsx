import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_KINDS, MAP_TITLE_MAX, createMap, deleteMap, renameMap, type MapBoard, type MapKind } from '../../../shared/sync/maps-doc';
import { fillPowerMap } from '../../../shared/sync/boards/power-map';
import { fillSpectrum } from '../../../shared/sync/boards/spectrum';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Field } from '../../ui/Field';
import { useInitialFocus } from '../members/focus-invalid';
import { currentLocale } from '../../i18n/i18n';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { useMaps } from './use-maps-data';

type Pending = { kind: 'new' } | { kind: 'rename'; board: MapBoard } | { kind: 'delete'; board: MapBoard } | null;

/** What a new board of each kind starts with (written once, on the computer that creates it). */
const FILL: Partial<Record<MapKind, (content: import('yjs').Map<unknown>) => void>> = {
  'power-map': fillPowerMap,
  spectrum: fillSpectrum,
};

function formatCreated(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** The workspace's strategy maps: a list with New map (choose the kind and a title), rename and delete. */
export function MapsScreen(page: WorkspacePageProps) {
  const { doc, readOnly, workspaceId } = page;
  const { t } = useTranslation();
  const locale = currentLocale();
  const maps = useMaps(doc);
  const [pending, setPending] = useState<Pending>(null);
  const close = () => setPending(null);

  let dialog = null;
  if (pending?.kind === 'new') {
    dialog = (
      <MapFormDialog
        onClose={close}
        onSubmit={(kind, title) => {
          const id = createMap(doc, { kind, title }, FILL[kind]);
          close();
          window.location.hash = `#/w/${workspaceId}/maps/${id}`;
          return null;
        }}
      />
    );
  } else if (pending?.kind === 'rename') {
    dialog = (
      <MapFormDialog
        board={pending.board}
        onClose={close}
        onSubmit={(_kind, title) => {
          if (!renameMap(doc, pending.board.id, title)) return t('maps.list.form.gone');
          close();
          return null;
        }}
      />
    );
  } else if (pending?.kind === 'delete') {
    dialog = (
      <ConfirmDialog
        title={t('maps.list.confirmDelete.title')}
        body={t('maps.list.confirmDelete.body', { title: pending.board.title })}
        confirmLabel={t('maps.list.confirmDelete.confirm')}
        cancelLabel={t('maps.list.confirmDelete.cancel')}
        onCancel={close}
        onConfirm={async () => {
          // Already gone (deleted elsewhere) is the outcome asked for.
          deleteMap(doc, pending.board.id);
          close();
        }}
      />
    );
  }

  return (
    <section className="screen maps-screen" aria-labelledby="maps-title">
      <header className="screen__header">
        <h1 id="maps-title">{t('maps.list.title')}</h1>
        <p className="screen__intro">{t('maps.list.intro')}</p>
        {readOnly ? <p className="notice notice--info">{t('maps.common.readOnly')}</p> : null}
        <div className="screen__actions">
          {readOnly ? null : (
            <button type="button" className="button button--primary" onClick={() => setPending({ kind: 'new' })}>
              {t('maps.list.new')}
            </button>
          )}
          <a className="button" href={`#/w/${workspaceId}/actors`}>
            {t('maps.common.actorsLink')}
          </a>
        </div>
      </header>
      {maps.length === 0 ? (
        <p className="empty">{t('maps.list.empty')}</p>
      ) : (
        <table className="table maps-table" data-testid="map-list">
          <caption className="visually-hidden">{t('maps.list.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('maps.list.colTitle')}</th>
              <th scope="col">{t('maps.list.colKind')}</th>
              <th scope="col">{t('maps.list.colCreated')}</th>
              {readOnly ? null : (
                <th scope="col">
                  <span className="visually-hidden">{t('maps.list.colActions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {maps.map((board) => (
              <tr key={board.id}>
                <th scope="row">
                  <a href={`#/w/${workspaceId}/maps/${board.id}`} dir="auto">
                    {board.title}
                  </a>
                </th>
                <td>{t(`maps.list.kinds.${board.kind}.name`)}</td>
                <td className="table__nowrap">{formatCreated(board.createdAt, locale)}</td>
                {readOnly ? null : (
                  <td className="table__actions">
                    <button type="button" className="button button--quiet" aria-label={t('maps.list.renameLabel', { title: board.title })} onClick={() => setPending({ kind: 'rename', board })}>
                      {t('maps.list.rename')}
                    </button>
                    <button type="button" className="button button--danger-quiet" aria-label={t('maps.list.deleteLabel', { title: board.title })} onClick={() => setPending({ kind: 'delete', board })}>
                      {t('maps.list.delete')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dialog}
    </section>
  );
}

/** New map (kind + title) or rename (title only). `onSubmit` returns an error to show, or null. */
function MapFormDialog({ board, onClose, onSubmit }: { board?: MapBoard; onClose: () => void; onSubmit: (kind: MapKind, title: string) => string | null }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MapKind>(board?.kind ?? 'power-map');
  const [title, setTitle] = useState(board?.title ?? '');
  const [attempted, setAttempted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  useInitialFocus(board ? titleRef : { current: null });
  const trimmed = title.trim();
  const problem = trimmed === '' ? t('maps.list.form.titleRequired') : Array.from(trimmed).length > MAP_TITLE_MAX ? t('maps.list.form.titleTooLong', { max: MAP_TITLE_MAX }) : null;

  const submit = () => {
    setAttempted(true);
    if (problem) {
      titleRef.current?.focus();
      return;
    }
    setFailure(onSubmit(kind, trimmed));
  };

  return (
    <Dialog
      title={board ? t('maps.list.form.renameTitle') : t('maps.list.form.newTitle')}
      onClose={onClose}
      onSubmit={submit}
      actions={<DialogActions cancelLabel={t('maps.list.form.cancel')} submitLabel={board ? t('maps.list.form.save') : t('maps.list.form.create')} busy={false} onCancel={onClose} />}
    >
      {failure ? (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      ) : null}
      {board ? null : (
        <fieldset className="map-kinds">
          <legend className="field__label">{t('maps.list.form.kind')}</legend>
          {MAP_KINDS.map((value) => (
            <label key={value} className="choice-card map-kind">
              <input type="radio" name="map-kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
              <span className="map-kind__text">
                <span className="map-kind__name">{t(`maps.list.kinds.${value}.name`)}</span>
                <span className="map-kind__description">{t(`maps.list.kinds.${value}.description`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <Field label={t('maps.list.form.title')} hint={t('maps.list.form.titleHint')} error={attempted ? problem : null}>
        {(props) => <input {...props} ref={titleRef} className="input" dir="auto" autoComplete="off" value={title} onChange={(event) => setTitle(event.target.value)} />}
      </Field>
    </Dialog>
  );
}
