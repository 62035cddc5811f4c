import { Alert, Code, List, Text } from '@mantine/core';

export interface TemplateProblem {
  readonly title: string;
  readonly message: string;
  readonly missing: readonly { readonly key: string; readonly meaning: string }[];
  readonly unknown: readonly string[];
  readonly outsideRows: readonly string[];
}

/** Why an uploaded template was refused, placeholder by placeholder, as the administrator fixes it. */
export function TemplateUploadError({ problem, onClose }: { problem: TemplateProblem; onClose: () => void }) {
  const listed = problem.missing.length + problem.unknown.length + problem.outsideRows.length > 0;
  return (
    <Alert color="red" title={`《${problem.title}》模板未通过检查`} withCloseButton onClose={onClose}>
      {!listed && <Text size="sm">{problem.message}</Text>}
      {problem.missing.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            缺少必需的占位符：
          </Text>
          <List size="sm" mb="xs">
            {problem.missing.map((item) => (
              <List.Item key={item.key}>
                <Code>{`{{${item.key}}}`}</Code> {item.meaning}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {problem.unknown.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            无法识别的占位符（请检查拼写，或从占位符清单中复制）：
          </Text>
          <List size="sm" mb="xs">
            {problem.unknown.map((key) => (
              <List.Item key={key}>
                <Code>{`{{${key}}}`}</Code>
              </List.Item>
            ))}
          </List>
        </>
      )}
      {problem.outsideRows.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            以下按行重复的占位符须放在表格行中：
          </Text>
          <List size="sm">
            {problem.outsideRows.map((key) => (
              <List.Item key={key}>
                <Code>{`{{${key}}}`}</Code>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
