/**
 * For a `useEffect` whose set-up is asynchronous (open a doc, then observe it):
 * returns the effect's cleanup. If the component goes away before the set-up is
 * done, the teardown it returns runs as soon as it exists, so nothing stays open;
 * errors after unmount are dropped.
 */
export function asyncEffect(
  setUp: (isCancelled: () => boolean) => Promise<(() => void) | void>,
  onError: (error: unknown) => void,
): () => void {
  let cancelled = false;
  let teardown: (() => void) | void;
  setUp(() => cancelled).then(
    (result) => {
      if (cancelled) result?.();
      else teardown = result;
    },
    (error: unknown) => {
      if (!cancelled) onError(error);
    },
  );
  return () => {
    cancelled = true;
    teardown?.();
  };
}
