import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { PowerMapBoard } from './PowerMapBoard';
import { SpectrumBoard } from './SpectrumBoard';
import { ForceFieldBoard } from './boards/ForceFieldBoard';
import { ProblemTreeBoard } from './boards/ProblemTreeBoard';
import { TheoryOfChangeBoard } from './boards/TheoryOfChangeBoard';
import { useActors, useBoard } from './use-maps-data';
import { ExportButton } from '../exports/ExportDialog';
import { today } from '../members/member-text';
import { mapExport } from './map-export';
import { boardFigure } from './board-export';
import { currentLocale } from '../../i18n/i18n';

/** One board: its title and kind, then the board of its kind, live. */
export function MapScreen(page: WorkspacePageProps & { mapId: string }) {
  const { doc, mapId, workspaceId } = page;
  const { t } = useTranslation();
  const { board, content, version } = useBoard(doc, mapId);
  const actors = useActors(doc);
  const boardRef = useRef<HTMLDivElement | null>(null);
  const back = (
    <a className="back-link" href={`#/w/${workspaceId}/maps`}>
      <span aria-hidden="true">{'‹ '}</span>
      {t('maps.common.back')}
    </a>
  );

  if (!board || !content) {
    return (
      <section className="screen map-screen" aria-labelledby="map-title">
        {back}
        <h1 id="map-title">{t('maps.list.title')}</h1>
        <p className="notice notice--warning" role="alert">
          {t('maps.common.notFound')}
        </p>
      </section>
    );
  }

  const boardPage: WorkspacePageProps = { workspaceId, doc, members: page.members, rules: page.rules, meId: page.meId, readOnly: page.readOnly };
  let body;
  switch (board.kind) {
    case 'power-map':
      body = <PowerMapBoard page={boardPage} mapId={mapId} content={content} title={board.title} actors={actors} version={version} />;
      break;
    case 'spectrum':
      body = <SpectrumBoard page={boardPage} mapId={mapId} content={content} title={board.title} actors={actors} version={version} />;
      break;
    case 'theory-of-change':
      body = <TheoryOfChangeBoard page={boardPage} mapId={mapId} content={content} />;
      break;
    case 'problem-tree':
      body = <ProblemTreeBoard page={boardPage} mapId={mapId} content={content} />;
      break;
    case 'force-field':
      body = <ForceFieldBoard page={boardPage} mapId={mapId} content={content} />;
      break;
    default:
      body = <p className="notice notice--info">{t('maps.common.coming')}</p>;
  }

  return (
    <section className={`screen map-screen map-screen--${board.kind}`} aria-labelledby="map-title" data-testid="map-screen">
      {back}
      <header className="screen__header">
        <h1 id="map-title" dir="auto">
          {board.title}
        </h1>
        <p className="map-screen__kind">
          {t(`maps.list.kinds.${board.kind}.name`)} — {t(`maps.list.kinds.${board.kind}.description`)}
        </p>
        {page.readOnly ? <p className="notice notice--info">{t('maps.common.readOnly')}</p> : null}
        <ExportButton
          label={t('maps.common.exportDocument')}
          name={board.title}
          load={async ({ t: inLanguage, locale }) => {
            // The board as the page draws it now, above the same in words — when the export is in the
            // interface's language (the drawing's labels and its direction are the page's).
            const alt = inLanguage('maps.common.figureAlt', { kind: inLanguage(`maps.list.kinds.${board.kind}.name`), title: board.title });
            const figure =
              locale === currentLocale()
                ? await boardFigure(boardRef.current, board.title, alt).catch((error: unknown) => {
                    console.warn('The board picture could not be made; the export has the board in words only', error);
                    return undefined;
                  })
                : undefined;
            const document = mapExport({ doc, mapId, t: inLanguage, locale, today: today(), ...(figure ? { figure } : {}) });
            if (!document) throw new Error(t('maps.common.notFound'));
            return document;
          }}
        />
      </header>
      <div ref={boardRef}>{body}</div>
    </section>
  );
}
