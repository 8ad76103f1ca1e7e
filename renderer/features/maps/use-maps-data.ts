import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { listActors, observeActors, type Actor } from '../../../shared/sync/actors-doc';
import { listMaps, mapContent, observeMaps, readMap, type MapBoard } from '../../../shared/sync/maps-doc';

/** The workspace's actors, live (another member may add, change or delete one). */
export function useActors(doc: Y.Doc): Actor[] {
  const [actors, setActors] = useState(() => listActors(doc));
  useEffect(() => {
    setActors(listActors(doc));
    return observeActors(doc, () => setActors(listActors(doc)));
  }, [doc]);
  return actors;
}

/** The workspace's boards, live. */
export function useMaps(doc: Y.Doc): MapBoard[] {
  const [maps, setMaps] = useState(() => listMaps(doc));
  useEffect(() => {
    setMaps(listMaps(doc));
    return observeMaps(doc, () => setMaps(listMaps(doc)));
  }, [doc]);
  return maps;
}

/** One board and its content, live; a change count so boards re-read their content when anything on them changes. */
export function useBoard(doc: Y.Doc, mapId: string): { board: MapBoard | null; content: Y.Map<unknown> | null; version: number } {
  const [state, setState] = useState(() => ({ board: readMap(doc, mapId), content: mapContent(doc, mapId), version: 0 }));
  useEffect(() => {
    const read = () => setState((current) => ({ board: readMap(doc, mapId), content: mapContent(doc, mapId), version: current.version + 1 }));
    read();
    return observeMaps(doc, read);
  }, [doc, mapId]);
  return state;
}
