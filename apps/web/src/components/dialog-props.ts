import { appI18n } from '../i18n/language-content.ts';

/**
 * Props every dialog of the signed-in app shares. The close button gets a name (axe
 * `button-name`), and the dialog is placed inside the page's <main>: Mantine's dialog header is
 * a <header> element, which outside any section would be a second banner landmark beside the
 * site's own (axe `landmark-no-duplicate-banner`). The name is read from the clinician strings
 * each time the props are spread into a dialog (a getter), when those strings have loaded.
 */
export const DIALOG_PROPS = {
  get closeButtonProps() {
    return { 'aria-label': appI18n.t('dialog.close', { ns: 'clinician' }) };
  },
  portalProps: { target: '#main' },
} as const;
