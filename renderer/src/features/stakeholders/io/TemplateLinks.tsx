import { Button, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/contract/app';
import { call } from '../../../app/client';
import { notifyError } from '../../../app/notify';
import { downloadExported } from './downloadFile';

const whats = ['actors', 'ties'] as const;
const formats = ['csv', 'xlsx'] as const;

/** Empty actors and ties files with the documented columns, in the language the user reads. */
export function TemplateLinks() {
  const { t, i18n } = useTranslation();
  const get = (what: (typeof whats)[number], format: (typeof formats)[number]) =>
    call('stakeholders.export.template', { what, format, lang: i18n.language as Language }).then(downloadExported, notifyError);
  return (
    <div>
      <Text size="sm" fw={600} id="import-templates-title">
        {t('stakeholderImport.templates.title')}
      </Text>
      <Text size="sm" mb={4}>
        {t('stakeholderImport.templates.explain')}
      </Text>
      <Group gap="xs" role="group" aria-labelledby="import-templates-title">
        {whats.flatMap((what) =>
          formats.map((format) => (
            <Button
              key={`${what}-${format}`}
              variant="light"
              size="compact-sm"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => void get(what, format)}
              data-testid={`import-template-${what}-${format}`}
            >
              {t(`stakeholderImport.templates.${what}`, { format: format.toUpperCase() })}
            </Button>
          )),
        )}
      </Group>
    </div>
  );
}
