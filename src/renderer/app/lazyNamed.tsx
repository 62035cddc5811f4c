import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';

/**
 * A component loaded with its own script chunk the first time it is shown. The 工作台 and the case
 * pages come with the first script; the statistics (charts), document preview, 法条, settings and
 * administration pages follow when opened, so the first screen parses a smaller script (issue 18,
 * cold start). Show them inside `LoadedPart`.
 */
export function lazyNamed<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** What shows while a page's script loads (usually a few milliseconds). */
function PageLoading() {
  return (
    <Center py="xl">
      <Loader aria-label="正在加载页面" />
    </Center>
  );
}

/**
 * Where lazily loaded parts are shown: a loader while the script comes, and — when it cannot come (the
 * host was updated while this window stayed open, the network dropped) — a message with a way out
 * instead of a blank window. `resetKey` (the page address) clears the message on navigating away.
 */
export function LoadedPart({ children, resetKey }: { children: ReactNode; resetKey?: string }) {
  return (
    <ErrorBoundary
      resetKeys={[resetKey]}
      fallback={
        <Alert color="red" title="这部分没有加载成功" role="alert" m="md">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              可能是调解台刚刚更新，或与主机的连接中断了。已保存的数据不受影响；重新加载后即可继续。
            </Text>
            <Button size="xs" onClick={() => window.location.reload()}>
              重新加载
            </Button>
          </Stack>
        </Alert>
      }
    >
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </ErrorBoundary>
  );
}
