import { ActionIcon, Badge, Button, Group, MultiSelect, Popover, Stack, TextInput, Tooltip } from '@mantine/core';
import { IconFilter, IconFocus2, IconFocusCentered, IconLink, IconPencil, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import type { Dispatch, ReactNode, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { actorKinds, sectors, tieTypes, type ActorKind, type Sector, type TieType } from '../../../../../shared/domain/stakeholders/codes';
import type { MapViewState } from '../mapViewState';
import { codeOptions } from '../forms/formControls';

export interface MapToolbarProps {
  view: MapViewState;
  setView: Dispatch<SetStateAction<MapViewState>>;
  search: string;
  onSearch: (text: string) => void;
  /** Zooms to what the search found. */
  onSearchGo: () => void;
  matches: number;
  selectedActors: number;
  selectedTotal: number;
  /** The one selected actor, whose neighbourhood the focus button shows. */
  focusCandidate: string | null;
  onAdd: () => void;
  onConnect: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onFocus: () => void;
  layoutPicker: ReactNode;
}

function ToolButton({
  label,
  testId,
  onClick,
  disabled,
  active,
  children,
}: {
  label: string;
  testId: string;
  onClick: () => void;
  disabled?: boolean;
  active?: boolean;
  children: ReactNode;
}) {
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon
        variant={active ? 'filled' : 'light'}
        size="lg"
        aria-label={label}
        aria-pressed={active}
        onClick={onClick}
        disabled={disabled}
        data-testid={testId}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/**
 * The canvas's editing chrome: add, connect, edit, delete, focus, layout, search and filters.
 * Each button names its key in its tooltip; the filters set the map page's view, which the
 * table and the exports share.
 */
export function MapToolbar(p: MapToolbarProps) {
  const { t } = useTranslation();
  const key = (name: string, k: string) => t('stakeholderMap.toolbar.withKey', { action: t(`stakeholderMap.toolbar.${name}`), key: k });
  const setSet =
    <K extends 'kinds' | 'sectors' | 'tieTypes'>(field: K) =>
    (values: string[]) =>
      p.setView((v) => ({ ...v, [field]: new Set(values) }));
  const focused = p.view.focusActorId !== null;
  const filterCount = p.view.kinds.size + p.view.sectors.size + p.view.tieTypes.size;
  return (
    <div className="map-toolbar editing-chrome" role="toolbar" aria-label={t('stakeholderMap.toolbar.label')} data-testid="map-toolbar">
      <Group gap={6} wrap="wrap" align="flex-end">
        <ToolButton label={key('add', 'N')} testId="map-toolbar-add" onClick={p.onAdd}>
          <IconPlus size={20} />
        </ToolButton>
        <ToolButton label={key('connect', 'C')} testId="map-toolbar-connect" onClick={p.onConnect} disabled={p.selectedActors !== 1}>
          <IconLink size={20} />
        </ToolButton>
        <ToolButton label={key('edit', 'Enter')} testId="map-toolbar-edit" onClick={p.onEdit} disabled={p.selectedTotal !== 1}>
          <IconPencil size={20} />
        </ToolButton>
        <ToolButton label={key('delete', 'Delete')} testId="map-toolbar-delete" onClick={p.onDelete} disabled={p.selectedTotal === 0}>
          <IconTrash size={20} />
        </ToolButton>
        <ToolButton
          label={key(focused ? 'unfocus' : 'focus', 'F')}
          testId="map-toolbar-focus"
          onClick={p.onFocus}
          disabled={!focused && p.focusCandidate === null}
          active={focused}
        >
          {focused ? <IconFocusCentered size={20} /> : <IconFocus2 size={20} />}
        </ToolButton>
        {p.layoutPicker}
        <TextInput
          className="map-toolbar__search"
          leftSection={<IconSearch size={16} />}
          aria-label={t('stakeholderMap.toolbar.search')}
          placeholder={t('stakeholderMap.toolbar.searchPlaceholder')}
          value={p.search}
          onChange={(e) => p.onSearch(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') p.onSearchGo();
          }}
          rightSectionWidth={p.search.trim() ? 120 : undefined}
          rightSection={
            p.search.trim() ? (
              <Badge variant="light" tt="none" color={p.matches ? 'teal' : 'red'} data-testid="map-search-count" aria-live="polite">
                {t('stakeholderMap.toolbar.matches', { count: p.matches })}
              </Badge>
            ) : undefined
          }
          data-testid="map-search"
        />
        {/* The focus moves to the first filter and back to the button when the popover closes. */}
        <Popover position="bottom-end" withArrow shadow="md" trapFocus returnFocus>
          <Popover.Target>
            <Button
              variant={filterCount ? 'filled' : 'light'}
              leftSection={<IconFilter size={18} />}
              rightSection={filterCount ? <Badge color="dark">{filterCount}</Badge> : undefined}
              data-testid="map-filters"
            >
              {t('stakeholderMap.filters.title')}
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="sm" w={320}>
              <MultiSelect
                label={t('stakeholderMap.filters.kind')}
                placeholder={t('stakeholderMap.filters.all')}
                data={codeOptions(t, 'kind', actorKinds)}
                value={[...p.view.kinds] as ActorKind[]}
                onChange={setSet('kinds')}
                clearable
                searchable
                // Focused as the popover opens: its list must not open over the other filters then.
                openOnFocus={false}
                comboboxProps={{ withinPortal: false }}
                data-testid="map-filter-kind"
              />
              <MultiSelect
                label={t('stakeholderMap.filters.sector')}
                placeholder={t('stakeholderMap.filters.all')}
                data={codeOptions(t, 'sector', sectors)}
                value={[...p.view.sectors] as Sector[]}
                onChange={setSet('sectors')}
                clearable
                comboboxProps={{ withinPortal: false }}
                data-testid="map-filter-sector"
              />
              <MultiSelect
                label={t('stakeholderMap.filters.tieType')}
                placeholder={t('stakeholderMap.filters.all')}
                data={codeOptions(t, 'tieType', tieTypes)}
                value={[...p.view.tieTypes] as TieType[]}
                onChange={setSet('tieTypes')}
                clearable
                comboboxProps={{ withinPortal: false }}
                data-testid="map-filter-tietype"
              />
            </Stack>
          </Popover.Dropdown>
        </Popover>
      </Group>
    </div>
  );
}
