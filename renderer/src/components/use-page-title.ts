// Each page names the window/tab after itself, as RGAA asks for a relevant title per page.
import { useDocumentTitle } from '@mantine/hooks';

export function usePageTitle(title: string): void {
  useDocumentTitle(title ? `${title} · Pacte CAI` : 'Pacte CAI');
}
