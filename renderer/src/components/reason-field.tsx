// The reason a person gives for a decision that is kept (a refusal, a step back, a withdrawal): one
// field with the same behaviour everywhere — grows with the text, 2,000 characters, error cleared on typing.
import { Textarea } from '@mantine/core';

type Props = {
  id: string;
  label: string;
  description: string;
  required: boolean;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  testId: string;
};

export function ReasonField({ id, label, description, required, value, onChange, error, testId }: Props) {
  return (
    <Textarea
      id={id}
      label={label}
      description={description}
      withAsterisk={required}
      aria-required={required}
      autosize
      minRows={3}
      maxRows={10}
      maxLength={2000}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      data-autofocus
      data-testid={testId}
    />
  );
}
