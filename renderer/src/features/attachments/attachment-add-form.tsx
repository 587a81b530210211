// "Ajouter une pièce": its type (the first missing one is proposed) and the file, copied into the app's storage.
import { Alert, Button, FileInput, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconPaperclip, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type ComponentProps } from 'react';
import type { DocumentChecklistItem, DocumentType } from '../../../../core/service/api.ts';
import { formatFileSize } from '../../../../core/domain/attachment-file.ts';
import { DOCUMENT_TYPE_LABELS, MAX_ATTACHMENT_BYTES } from '../../../../core/service/attachments/attachments-api.ts';
import { ApiCallError, errorMessage } from '../../api/api-call-error.ts';
import { useAddAttachment } from './use-attachments.ts';

type Props = { applicationId: number; required: DocumentChecklistItem[] };

const TYPE_OPTIONS = (Object.keys(DOCUMENT_TYPE_LABELS) as DocumentType[]).map((type) => ({ value: type, label: DOCUMENT_TYPE_LABELS[type] }));
const FILE_FIELDS = new Set(['fileName', 'contentBase64', 'mediaType']);

type Errors = { documentType?: string; file?: string; form?: string };

function fileProblem(file: File | null): string | undefined {
  if (!file) return 'Choisissez le fichier à joindre.';
  if (file.size === 0) return 'Le fichier est vide.';
  if (file.size > MAX_ATTACHMENT_BYTES) return `Fichier trop volumineux (${formatFileSize(file.size)}) : 20 Mo au plus.`;
  return undefined;
}

/** The host's refusal, placed on the field it concerns. */
function hostErrors(failure: unknown): Errors {
  if (!(failure instanceof ApiCallError)) return { form: errorMessage(failure) };
  const typeIssue = failure.issues.find((issue) => issue.path === 'documentType');
  const fileIssue = failure.issues.find((issue) => FILE_FIELDS.has(issue.path));
  if (typeIssue || fileIssue) return { documentType: typeIssue?.message, file: fileIssue?.message };
  return { form: failure.message };
}

export function AttachmentAddForm({ applicationId, required }: Props) {
  const add = useAddAttachment(applicationId);
  const [chosenType, setChosenType] = useState<DocumentType | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [added, setAdded] = useState<string | null>(null);
  const resetFile = useRef<() => void>(null);
  // Until the person picks a type, the first document still missing is proposed: the usual next step.
  const proposed = required.find((line) => line.isRequired && !line.isPresent)?.documentType ?? 'autre';
  const documentType = chosenType ?? proposed;

  const submit = () => {
    const problem = fileProblem(file);
    if (problem || !file) {
      setErrors({ file: problem });
      return;
    }
    setAdded(null);
    add.mutate(
      { documentType, file },
      {
        onSuccess: (item) => {
          setAdded(`« ${item.fileName} » a été ajoutée (${DOCUMENT_TYPE_LABELS[item.documentType]}, ${formatFileSize(item.sizeBytes)}).`);
          setChosenType(null);
          setFile(null);
          resetFile.current?.();
        },
        onError: (failure) => setErrors(hostErrors(failure)),
      },
    );
  };

  return (
    <form
      noValidate
      aria-labelledby="attachment-add-title"
      data-testid="attachment-add-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="xs">
        <Title order={3} id="attachment-add-title" size="h4">
          Ajouter une pièce
        </Title>
        <Group align="flex-start" gap="sm">
          <Select
            label="Type de pièce"
            data={TYPE_OPTIONS}
            value={documentType}
            onChange={(value) => {
              setChosenType(value as DocumentType | null);
              setErrors({});
            }}
            allowDeselect={false}
            error={errors.documentType}
            w={340}
            data-testid="attachment-type"
          />
          <FileInput
            label="Fichier"
            placeholder="Choisir un fichier…"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setErrors({});
              setAdded(null);
            }}
            leftSection={<IconPaperclip size={18} aria-hidden />}
            resetRef={resetFile}
            error={errors.file}
            disabled={add.isPending}
            w={340}
            // The real <input type="file"> is hidden behind the button; tests attach files to it.
            fileInputProps={{ 'data-testid': 'attachment-file' } as ComponentProps<'input'>}
          />
          {/* Aligned with the inputs, below their labels. */}
          <Button type="submit" mt={24} loading={add.isPending} leftSection={<IconUpload size={18} aria-hidden />} data-testid="attachment-add">
            Ajouter la pièce
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          PDF, image, texte ou tableur ; 20 Mo au plus. Le fichier est copié dans le stockage de l’application, avec son empreinte SHA-256.
        </Text>
        {errors.form && (
          <Text size="sm" c="red.9" role="alert">
            {errors.form}
          </Text>
        )}
        <div role="status" aria-live="polite">
          {added && (
            <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} styles={{ message: { color: 'var(--mantine-color-text)' } }} data-testid="attachment-added">
              {added}
            </Alert>
          )}
        </div>
      </Stack>
    </form>
  );
}
