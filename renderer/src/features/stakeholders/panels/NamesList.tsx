import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFigureFormat } from './useFigureFormat';

/** How many names a card lists before saying how many more there are. */
const SHOWN = 8;

/** Who a figure is about (the SMEs with no SME tie), named, the first few of a long list. */
export function NamesList({
  ids,
  names,
  title,
  none,
  testId,
}: {
  ids: readonly string[];
  names: Map<string, string>;
  title: string;
  none: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const fmt = useFigureFormat();
  if (ids.length === 0)
    return (
      <Text size="sm" mt="xs" fs="italic" data-testid={testId}>
        {none}
      </Text>
    );
  const shown = ids.slice(0, SHOWN).map((id) => names.get(id) ?? id);
  return (
    <Text size="sm" mt="xs" data-testid={testId}>
      <Text span fw={600}>
        {title}
      </Text>{' '}
      {shown.join(', ')}
      {ids.length > SHOWN && ` ${t('stakeholderPanels.capital.andMore', { more: fmt.count(ids.length - SHOWN) })}`}
    </Text>
  );
}
