import { Center, Loader } from '@mantine/core';
import { lazy, type ComponentType } from 'react';

/**
 * A component loaded with its own script chunk the first time it is shown. The 工作台 and the case
 * pages come with the first script; the statistics (charts), document preview, 法条, settings and
 * administration pages follow when opened, so the first screen parses a smaller script (issue 18,
 * cold start).
 */
export function lazyNamed<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** What shows while a page's script loads (usually a few milliseconds). */
export function PageLoading() {
  return (
    <Center py="xl">
      <Loader aria-label="正在加载页面" />
    </Center>
  );
}
