import { Kbd, Modal, Table } from '@mantine/core';
import { shortcutText } from '../hooks/useShortcuts.ts';

const SHORTCUTS: [string, string][] = [
  ['KeyD', 'Discreet mode on or off'],
  ['KeyL', 'Start or stop listening'],
  ['KeyS', 'Suggest'],
  ['KeyU', 'Go to the utterance box'],
  ['KeyC', 'Switch speaker (client / clinician)'],
];

export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts">
      <Table>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>
              <Kbd>Enter</Kbd>
            </Table.Td>
            <Table.Td>Add the utterance to the transcript (Shift+Enter: new line)</Table.Td>
          </Table.Tr>
          {SHORTCUTS.map(([code, what]) => (
            <Table.Tr key={code}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Kbd>{shortcutText(code)}</Kbd>
              </Table.Td>
              <Table.Td>{what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
