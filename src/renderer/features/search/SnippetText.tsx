import { Mark, Text } from '@mantine/core';
import type { SnippetPart } from '../../../shared/types/search.ts';

/** A search snippet with the matched parts highlighted; text only, never markup. */
export function SnippetText({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <Text size="sm" c="dimmed">
      {parts.map((part, i) =>
        part.hit ? <Mark key={i}>{part.text}</Mark> : <span key={i}>{part.text}</span>,
      )}
    </Text>
  );
}
