import type { ChecklistVersion, PassOverRule } from '@openiort/contract';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { useSaveChecklist } from '../../api/checklists.ts';
import { moved, templateToSave, type EditableItem } from './editor-items.ts';

const PASS_OVER_CHOICES: { value: PassOverRule; label: string }[] = [
  { value: 'never', label: 'checklists.editor.never' },
  { value: 'with-reason', label: 'checklists.editor.withReason' },
];

interface EditorProps {
  version: ChecklistVersion;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * An administrator's new version of one checklist: title, when, items (text and whether it may be
 * passed over), order, and the reason. Existing items keep their ids; the server refuses the save
 * when someone else saved a version meanwhile.
 */
export function ChecklistEditor({ version, onDone, onCancel }: EditorProps) {
  const save = useSaveChecklist();
  const { t } = useTranslation('clinician');
  const [title, setTitle] = useState(version.template.title);
  const [when, setWhen] = useState(version.template.when);
  const [items, setItems] = useState<EditableItem[]>(() =>
    version.template.items.map((item, index) => ({ ...item, key: index })),
  );
  const [nextKey, setNextKey] = useState(version.template.items.length);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const change = (index: number, patch: Partial<EditableItem>) => {
    setItems(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    try {
      const saved = await save.mutateAsync({
        template: templateToSave(version.template, title, when, items),
        basedOn: version.version,
        reason,
      });
      onDone(t('checklists.editor.done', { title: saved.template.title, version: saved.version }));
    } catch (error) {
      if (!isApiError(error)) setFailure(t('programLimits.form.sendingFailed'));
      else if (error.fieldErrors.length > 0)
        setErrors(Object.fromEntries(error.fieldErrors.map((e) => [e.path, e.message])));
      else setFailure(error.detail);
    }
  };

  const prefix = `checklist-${version.key}`;
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('checklists.edit', { title: version.template.title })}
    >
      <Stack gap="sm">
        {failure !== null && (
          <Alert color="red" role="alert" title={t('checklists.editor.notSaved')}>
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('checklists.editor.title')}
          value={title}
          error={errors['template.title']}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
          }}
        />
        <TextInput
          label={t('checklists.editor.when')}
          value={when}
          error={errors['template.when']}
          onChange={(e) => {
            setWhen(e.currentTarget.value);
          }}
        />
        {errors['template.items'] !== undefined && (
          <Text c="red.8" size="sm" role="alert">
            {t('checklists.editor.itemsError', { error: errors['template.items'] })}
          </Text>
        )}
        {items.map((item, index) => (
          <Paper withBorder p="sm" key={item.key}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text size="sm" fw={600}>
                  {t('checklists.editor.item', { n: index + 1 })}
                  <Text span size="xs" c="gray.7" ml="xs">
                    {item.id === ''
                      ? t('checklists.editor.newItem')
                      : t('checklists.editor.itemId', { id: item.id })}
                  </Text>
                </Text>
                <Group gap={4}>
                  <ActionIcon
                    variant="default"
                    aria-label={t('checklists.editor.moveUp', { n: index + 1 })}
                    disabled={index === 0}
                    onClick={() => {
                      setItems(moved(items, index, -1));
                    }}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    aria-label={t('checklists.editor.moveDown', { n: index + 1 })}
                    disabled={index === items.length - 1}
                    onClick={() => {
                      setItems(moved(items, index, 1));
                    }}
                  >
                    ↓
                  </ActionIcon>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => {
                      setItems(items.filter((_, i) => i !== index));
                    }}
                  >
                    {t('checklists.editor.remove')}
                  </Button>
                </Group>
              </Group>
              <Textarea
                label={t('checklists.editor.what')}
                autosize
                minRows={1}
                value={item.text}
                error={
                  errors[`template.items.${String(index)}.text`] ??
                  errors[`template.items.${String(index)}.id`]
                }
                onChange={(e) => {
                  change(index, { text: e.currentTarget.value });
                }}
              />
              <Select
                label={t('checklists.editor.passingOver')}
                id={`${prefix}-pass-over-${String(item.key)}`}
                data={PASS_OVER_CHOICES.map((choice) => ({ ...choice, label: t(choice.label) }))}
                value={item.passOver}
                allowDeselect={false}
                error={errors[`template.items.${String(index)}.passOver`]}
                onChange={(value) => {
                  if (value === 'never' || value === 'with-reason')
                    change(index, { passOver: value });
                }}
              />
              {item.source !== undefined && (
                <Text size="xs" c="gray.7">
                  {t('checklists.editor.source', { source: item.source })}
                </Text>
              )}
            </Stack>
          </Paper>
        ))}
        <Button
          variant="light"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            setItems([...items, { key: nextKey, id: '', text: '', passOver: 'with-reason' }]);
            setNextKey(nextKey + 1);
          }}
        >
          {t('checklists.editor.add')}
        </Button>
        <Textarea
          label={t('programLimits.form.reason')}
          description={t('checklists.editor.reasonHint')}
          autosize
          minRows={2}
          value={reason}
          error={errors.reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
          }}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('programCriteria.form.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
