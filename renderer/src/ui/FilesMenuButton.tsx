import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileExport } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/**
 * A page's menu of files to take away (exports, templates, an import): one button that opens a
 * list of menu items, given as `children`. It is editing chrome, hidden while presenting.
 */
export function FilesMenuButton({
  label,
  testId,
  dropdownClassName,
  children,
}: {
  label: string;
  testId: string;
  dropdownClassName?: string;
  children: ReactNode;
}) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          className="editing-chrome"
          leftSection={<IconFileExport size={18} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
          data-testid={testId}
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown className={dropdownClassName}>{children}</Menu.Dropdown>
    </Menu>
  );
}
