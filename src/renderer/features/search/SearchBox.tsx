import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';

/** The one search box in the header: Enter opens the results page (#/search?q=…). */
export function SearchBox({ initial = '', width = 280 }: { initial?: string; width?: number | string }) {
  const [value, setValue] = useState(initial);
  const [, navigate] = useLocation();
  return (
    <TextInput
      aria-label="搜索案件"
      placeholder="案号、当事人、证件号、电话…"
      leftSection={<IconSearch size={16} />}
      value={value}
      w={width}
      size="xs"
      onChange={(event) => setValue(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && value.trim() !== '')
          navigate(`/search?q=${encodeURIComponent(value.trim())}`);
      }}
    />
  );
}
