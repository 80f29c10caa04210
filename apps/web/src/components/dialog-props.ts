/**
 * Props every dialog of the signed-in app shares. The close button gets a name (axe
 * `button-name`), and the dialog is placed inside the page's <main>: Mantine's dialog header is
 * a <header> element, which outside any section would be a second banner landmark beside the
 * site's own (axe `landmark-no-duplicate-banner`).
 */
export const DIALOG_PROPS = {
  closeButtonProps: { 'aria-label': 'Close the dialog' },
  portalProps: { target: '#main' },
} as const;
